// Loader: create SUPPLIES relationships from Company to Company that the plan found missing (no stored kg_key).
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Company {id: row.start})
MATCH (b:Company {id: row.end})
CREATE (a)-[r:SUPPLIES]->(b)
SET r = row.props
