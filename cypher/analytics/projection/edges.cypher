// Analytics projection, edges: fact relationships between companies and plants in force on one
// day (valid_from absent or on or before it, valid_until absent or after it), with properties.
// Params: $types (relationship types to fetch, validated against graph.model.REL_TYPES by the
// caller), $excluded_statuses (statuses to leave out, e.g. ['denied']: the fact does not hold),
// $as_of (YYYY-MM-DD, the day: today unless the caller says otherwise).
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND (a:Company OR a:Plant)
  AND (b:Company OR b:Plant)
  AND NOT coalesce(r.status, '') IN $excluded_statuses
  AND (r.valid_from IS NULL OR r.valid_from <= $as_of)
  AND (r.valid_until IS NULL OR $as_of < r.valid_until)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.kg_key AS key, properties(r) AS props
ORDER BY key
