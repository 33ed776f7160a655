// Loader: create or replace MENTIONS relationships from Source to Company, keyed by kg_key.
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Source {id: row.start})
MATCH (b:Company {id: row.end})
MERGE (a)-[r:MENTIONS {kg_key: row.key}]->(b)
SET r = row.props
