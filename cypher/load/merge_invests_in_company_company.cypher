// Loader: create or replace INVESTS_IN relationships from Company to Company, keyed by kg_key.
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Company {id: row.start})
MATCH (b:Company {id: row.end})
MERGE (a)-[r:INVESTS_IN {kg_key: row.key}]->(b)
SET r = row.props
