// {{summary}}
// Every relationship of a path is in force on $as_of (valid_from absent or on or before it,
// valid_until absent or after it), a predicate on each relationship that the search checks as
// it expands. The search stops at 10 hops; the caller drops paths longer than it asked for (a
// predicate on the path's length would make Neo4j fall back to an exhaustive search).
// Params: {{params}}
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
MATCH p = {{function}}((a)-[:{{types}}*..10]-(b))
WHERE all(r IN relationships(p) WHERE (r.valid_from IS NULL OR r.valid_from <= $as_of)
                                  AND (r.valid_until IS NULL OR $as_of < r.valid_until))
RETURN p
{{limit}}
