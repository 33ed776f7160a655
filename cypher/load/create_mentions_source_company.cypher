// Loader: create MENTIONS relationships from Source to Company that the plan found missing (no stored kg_key).
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Source {id: row.start})
MATCH (b:Company {id: row.end})
CREATE (a)-[r:MENTIONS]->(b)
SET r = row.props
