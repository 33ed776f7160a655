// One page of an entity's relationships of one type, ordered by the id of the node at the other
// end: each with its properties, its direction, and the id, name and kind of that node. (ORDER BY
// with SKIP/LIMIT keeps only one page in memory however many relationships a hub has.)
// One branch per type of graph/model.py REL_TYPES, only the asked one runs: a pattern that names
// its type reads only those relationships of the node (at the L benchmark's hub, 98,850 of nine
// types, the eight pages of its detail took 0.72 s against 1.69 s with `WHERE type(r) = $type`).
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
CALL {
  WITH n
  WITH n WHERE $type = 'OWNS_STAKE'
  MATCH (n)-[r:OWNS_STAKE]-(m)
  RETURN r, m
  UNION ALL
  WITH n
  WITH n WHERE $type = 'SUPPLIES'
  MATCH (n)-[r:SUPPLIES]-(m)
  RETURN r, m
  UNION ALL
  WITH n
  WITH n WHERE $type = 'BUILDS_IN'
  MATCH (n)-[r:BUILDS_IN]-(m)
  RETURN r, m
  UNION ALL
  WITH n
  WITH n WHERE $type = 'OPERATES'
  MATCH (n)-[r:OPERATES]-(m)
  RETURN r, m
  UNION ALL
  WITH n
  WITH n WHERE $type = 'LOCATED_IN'
  MATCH (n)-[r:LOCATED_IN]-(m)
  RETURN r, m
  UNION ALL
  WITH n
  WITH n WHERE $type = 'PARTNERS_WITH'
  MATCH (n)-[r:PARTNERS_WITH]-(m)
  RETURN r, m
  UNION ALL
  WITH n
  WITH n WHERE $type = 'HEADQUARTERED_IN'
  MATCH (n)-[r:HEADQUARTERED_IN]-(m)
  RETURN r, m
  UNION ALL
  WITH n
  WITH n WHERE $type = 'INVESTS_IN'
  MATCH (n)-[r:INVESTS_IN]-(m)
  RETURN r, m
  UNION ALL
  WITH n
  WITH n WHERE $type = 'MENTIONS'
  MATCH (n)-[r:MENTIONS]-(m)
  RETURN r, m
}
WITH n, r, m
ORDER BY m.id, elementId(r)
SKIP $skip
LIMIT $limit
RETURN type(r) AS type, properties(r) AS props, startNode(r) = n AS outgoing,
       {id: m.id, display_name: m.display_name, name: m.name, title: m.title, kind: m.kind}
         AS other,
       labels(m)[0] AS other_label
