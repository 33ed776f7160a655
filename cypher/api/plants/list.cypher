// Plants matching the filters, with their operators (id, name, kind, status of the link).
// Params (null = no filter): $country (ISO code), $company (operator id), $status, $chemistry
// (any case), $cell_format (e.g. "32140"), $start_year (YYYY text: start of production),
// $as_of (YYYY-MM-DD: only plants whose valid_from is on or before it; undated plants left out),
// $limit (int).
MATCH (p:Plant)
WHERE ($country IS NULL OR p.country = $country)
  AND ($status IS NULL OR p.status = $status)
  AND ($chemistry IS NULL OR toUpper(p.chemistry) = toUpper($chemistry))
  AND ($cell_format IS NULL OR $cell_format IN p.cell_formats)
  AND ($start_year IS NULL OR left(p.start_of_production, 4) = $start_year)
  AND ($as_of IS NULL OR p.valid_from <= $as_of)
  AND ($company IS NULL OR EXISTS { MATCH (:Company {id: $company})-[:OPERATES]->(p) })
OPTIONAL MATCH (c:Company)-[o:OPERATES]->(p)
WITH p, collect(CASE WHEN c IS NULL THEN null ELSE
                  {id: c.id, name: coalesce(c.display_name, c.name), kind: c.kind,
                   status: o.status} END) AS operators
RETURN properties(p) AS plant, operators
ORDER BY p.country, p.id
LIMIT $limit
