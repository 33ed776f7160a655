// Every relationship of an entity, with its direction and the node at the other end.
// Params: $id (entity id).
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
RETURN type(r) AS type, properties(r) AS props, startNode(r) = n AS outgoing,
       properties(m) AS other, labels(m)[0] AS other_label
ORDER BY type, other_label, m.id
