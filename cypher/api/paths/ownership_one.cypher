// One shortest path between two entities, in either direction, over stakes only (OWNS_STAKE).
// The search stops at 10 hops; the caller drops paths longer than it asked for (a predicate on
// the path would make Neo4j fall back to an exhaustive search).
// Params: $from, $to (company, plant or country ids).
CALL {
  MATCH (a:Company {id: $from}) RETURN a
  UNION
  MATCH (a:Plant {id: $from}) RETURN a
  UNION
  MATCH (a:Country {id: $from}) RETURN a
}
CALL {
  MATCH (b:Company {id: $to}) RETURN b
  UNION
  MATCH (b:Plant {id: $to}) RETURN b
  UNION
  MATCH (b:Country {id: $to}) RETURN b
}
MATCH p = shortestPath((a)-[:OWNS_STAKE*..10]-(b))
RETURN p
