// How many relationships an entity has, by type.
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
MATCH (n)-[r]-()
WHERE $type IS NULL OR type(r) = $type
RETURN type(r) AS type, count(*) AS total
ORDER BY type
