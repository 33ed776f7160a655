// Loader: create or replace Plant nodes. $rows: [{id, props}].
UNWIND $rows AS row
MERGE (n:Plant {id: row.id})
SET n = row.props
