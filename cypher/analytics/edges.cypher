// Analytics projection, edges: fact relationships between companies and plants, with properties.
// $types: relationship types to fetch (validated against graph.model.REL_TYPES by the caller).
// $excluded_statuses: statuses to leave out (e.g. ['denied']: the fact does not hold).
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND (a:Company OR a:Plant)
  AND (b:Company OR b:Plant)
  AND NOT coalesce(r.status, '') IN $excluded_statuses
RETURN a.id AS source, b.id AS target, type(r) AS type, r.kg_key AS key, properties(r) AS props
ORDER BY key
