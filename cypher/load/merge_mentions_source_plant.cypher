// Loader: create or replace MENTIONS relationships from Source to Plant, keyed by kg_key.
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Source {id: row.start})
MATCH (b:Plant {id: row.end})
MERGE (a)-[r:MENTIONS {kg_key: row.key}]->(b)
SET r = row.props
