// Loader: create or replace Source (article) nodes. $rows: [{id, props}].
UNWIND $rows AS row
MERGE (n:Source {id: row.id})
SET n = row.props
