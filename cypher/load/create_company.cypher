// Loader: create Company nodes that the plan found missing from the database.
// $rows: [{id, props}]; props hold every property.
UNWIND $rows AS row
CREATE (n:Company {id: row.id})
SET n = row.props
