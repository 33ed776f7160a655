// Loader: create Plant nodes that the plan found missing from the database.
// $rows: [{id, props}]; props hold every property.
UNWIND $rows AS row
CREATE (n:Plant {id: row.id})
SET n = row.props
