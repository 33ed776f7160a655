// Loader: create Country nodes that the plan found missing from the database.
// $rows: [{id, props}]; props hold every property.
UNWIND $rows AS row
CREATE (n:Country {id: row.id})
SET n = row.props
