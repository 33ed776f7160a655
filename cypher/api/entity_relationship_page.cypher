// One page of an entity's relationships of one type, ordered by the id of the node at the other
// end: each with its properties, its direction, and the id, name and kind of that node. (ORDER BY
// with SKIP/LIMIT keeps only one page in memory however many relationships a hub has.)
// Params: $id (entity id), $type (a relationship type from graph/model.py REL_TYPES),
// $skip (int, relationships to pass over), $limit (int, the most relationships returned).
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
WHERE type(r) = $type
WITH n, r, m
ORDER BY m.id, elementId(r)
SKIP $skip
LIMIT $limit
RETURN type(r) AS type, properties(r) AS props, startNode(r) = n AS outgoing,
       {id: m.id, display_name: m.display_name, name: m.name, title: m.title, kind: m.kind}
         AS other,
       labels(m)[0] AS other_label
