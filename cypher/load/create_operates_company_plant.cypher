// Loader: create OPERATES relationships from Company to Plant that the plan found missing (no stored kg_key).
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Company {id: row.start})
MATCH (b:Plant {id: row.end})
CREATE (a)-[r:OPERATES]->(b)
SET r = row.props
