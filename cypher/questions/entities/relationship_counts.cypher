// How many relationships an entity has, by type (types it has none of are left out).
// One count per type of graph/model.py REL_TYPES: the database counts a node's relationships of
// a named type without reading them, far faster on a hub than grouping every relationship by
// type(r) (BENCHMARKS.md).
// Params: $id (entity id), $type (a relationship type from graph/model.py REL_TYPES, or null =
// every type).
CALL {
  MATCH (n:Company {id: $id}) RETURN n
  UNION
  MATCH (n:Plant {id: $id}) RETURN n
  UNION
  MATCH (n:Country {id: $id}) RETURN n
  UNION
  MATCH (n:Source {id: $id}) RETURN n
}
UNWIND [
  {type: 'OWNS_STAKE', total: COUNT { (n)-[:OWNS_STAKE]-() }},
  {type: 'SUPPLIES', total: COUNT { (n)-[:SUPPLIES]-() }},
  {type: 'BUILDS_IN', total: COUNT { (n)-[:BUILDS_IN]-() }},
  {type: 'OPERATES', total: COUNT { (n)-[:OPERATES]-() }},
  {type: 'LOCATED_IN', total: COUNT { (n)-[:LOCATED_IN]-() }},
  {type: 'PARTNERS_WITH', total: COUNT { (n)-[:PARTNERS_WITH]-() }},
  {type: 'HEADQUARTERED_IN', total: COUNT { (n)-[:HEADQUARTERED_IN]-() }},
  {type: 'INVESTS_IN', total: COUNT { (n)-[:INVESTS_IN]-() }},
  {type: 'MENTIONS', total: COUNT { (n)-[:MENTIONS]-() }}
] AS c
WITH c
WHERE c.total > 0 AND ($type IS NULL OR c.type = $type)
RETURN c.type AS type, c.total AS total
ORDER BY type
