// Loader: create or replace BUILDS_IN relationships from Company to Country, keyed by kg_key.
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Company {id: row.start})
MATCH (b:Country {id: row.end})
MERGE (a)-[r:BUILDS_IN {kg_key: row.key}]->(b)
SET r = row.props
