// How many relationships an entity has of each type, and the element ids of one page of them
// per type, ordered by the id of the node at the other end (sorting scalars only, so that a hub
// with thousands of relationships needs little memory); `api/entity_relationships_by_ids`
// then fetches that page.
// Params: $id (entity id), $type (a relationship type from graph/model.py REL_TYPES, or null =
// every type), $skip (int, relationships to pass over in each type), $limit (int, the most
// relationships per type).
CALL {
  MATCH (n:Company {id: $id}) RETURN n
  UNION
  MATCH (n:Plant {id: $id}) RETURN n
  UNION
  MATCH (n:Country {id: $id}) RETURN n
  UNION
  MATCH (n:Source {id: $id}) RETURN n
}
MATCH (n)-[r]-(m)
WHERE $type IS NULL OR type(r) = $type
WITH type(r) AS type, m.id AS other_id, elementId(r) AS rid
ORDER BY type, other_id, rid
WITH type, collect(rid) AS rids
RETURN type, size(rids) AS total, rids[$skip..($skip + $limit)] AS page
ORDER BY type
