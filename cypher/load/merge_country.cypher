// Loader: create or replace Country nodes (id = ISO 3166-1 alpha-2). $rows: [{id, props}].
UNWIND $rows AS row
MERGE (n:Country {id: row.id})
SET n = row.props
