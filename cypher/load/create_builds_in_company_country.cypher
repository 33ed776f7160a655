// Loader: create BUILDS_IN relationships from Company to Country that the plan found missing (no stored kg_key).
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Company {id: row.start})
MATCH (b:Country {id: row.end})
CREATE (a)-[r:BUILDS_IN]->(b)
SET r = row.props
