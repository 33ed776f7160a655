// Loader: create or replace LOCATED_IN relationships from Plant to Country, keyed by kg_key.
// $rows: [{key, start, end, props}]
UNWIND $rows AS row
MATCH (a:Plant {id: row.start})
MATCH (b:Country {id: row.end})
MERGE (a)-[r:LOCATED_IN {kg_key: row.key}]->(b)
SET r = row.props
