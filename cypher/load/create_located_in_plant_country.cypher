// Loader: create LOCATED_IN relationships from Plant to Country that the plan found missing (no stored kg_key).
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Plant {id: row.start})
MATCH (b:Country {id: row.end})
CREATE (a)-[r:LOCATED_IN]->(b)
SET r = row.props
