// Loader: create or replace Company nodes. $rows: [{id, props}]; props hold every property.
UNWIND $rows AS row
MERGE (n:Company {id: row.id})
SET n = row.props
