// Loader: create or replace PARTNERS_WITH relationships from Company to Company, keyed by kg_key.
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Company {id: row.start})
MATCH (b:Company {id: row.end})
MERGE (a)-[r:PARTNERS_WITH {kg_key: row.key}]->(b)
SET r = row.props
