// Relationships of an entity picked by element id (a page from `api/entity_relationships`):
// each with its type, properties, direction, and the id, name and kind of the node at the
// other end.
// Params: $id (entity id), $rids (relationship element ids).
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
WHERE elementId(r) IN $rids
RETURN elementId(r) AS rid, type(r) AS type, properties(r) AS props,
       startNode(r) = n AS outgoing,
       {id: m.id, display_name: m.display_name, name: m.name, title: m.title, kind: m.kind}
         AS other,
       labels(m)[0] AS other_label
