// Facts between companies and plants whose status is not confirmed (reported, under
// consideration, denied), with the first evidence quote.
// Params: $confirmed (the statuses that count as confirmed: graph.model.CONFIRMED_STATUSES).
MATCH (a)-[r]->(b)
WHERE (a:Company OR a:Plant)
  AND (b:Company OR b:Plant)
  AND r.status IS NOT NULL
  AND NOT r.status IN $confirmed
RETURN type(r) AS fact,
       a.id AS source,
       b.id AS target,
       r.status AS status,
       r.evidence[0] AS evidence
ORDER BY fact, source, target
