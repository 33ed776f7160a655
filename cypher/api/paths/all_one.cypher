// One shortest path between two entities, in either direction, over every fact
// relationship (Source nodes and MENTIONS left out).
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
MATCH p = shortestPath((a)-[:OWNS_STAKE|SUPPLIES|PARTNERS_WITH|INVESTS_IN|OPERATES|LOCATED_IN|BUILDS_IN|HEADQUARTERED_IN*..10]-(b))
RETURN p
