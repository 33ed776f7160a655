// One step out from a set of entities: their relationships of the given types (either
// direction) and the nodes at the other end, for neighbourhood subgraphs (the nodes of $ids
// are not returned again: the caller has them from the step before).
// Params: $ids (entity ids), $types (relationship types, from graph/model.py REL_TYPES),
// $statuses (list, or null = any), $as_of (YYYY-MM-DD or null: only relationships whose
// valid_from is on or before it), $limit (int, the most relationships).
CALL {
  MATCH (n:Company) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Plant) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Country) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Source) WHERE n.id IN $ids RETURN n
}
MATCH (n)-[r]-(m)
WHERE type(r) IN $types
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($as_of IS NULL OR r.valid_from <= $as_of)
RETURN r, m
LIMIT $limit
