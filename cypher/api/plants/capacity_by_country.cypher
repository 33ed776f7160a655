// Capacity of the plants matching the filters, by country: GWh where stated, and how many
// plants state a capacity and how many do not.
// Params (null = no filter): $country (ISO code), $company (operator id), $status, $chemistry
// (any case), $cell_format (e.g. "32140"), $start_year (YYYY text: start of production),
// $as_of (YYYY-MM-DD: only plants whose valid_from is on or before it; undated plants left out).
MATCH (p:Plant)
WHERE ($country IS NULL OR p.country = $country)
  AND ($status IS NULL OR p.status = $status)
  AND ($chemistry IS NULL OR toUpper(p.chemistry) = toUpper($chemistry))
  AND ($cell_format IS NULL OR $cell_format IN p.cell_formats)
  AND ($start_year IS NULL OR left(p.start_of_production, 4) = $start_year)
  AND ($as_of IS NULL OR p.valid_from <= $as_of)
  AND ($company IS NULL OR EXISTS { MATCH (:Company {id: $company})-[:OPERATES]->(p) })
OPTIONAL MATCH (p)-[:LOCATED_IN]->(c:Country)
RETURN p.country AS id, coalesce(c.name, p.country) AS name, sum(p.capacity_gwh) AS gwh,
       count(p.capacity_gwh) AS plants_with_capacity,
       count(p) - count(p.capacity_gwh) AS plants_without_capacity
ORDER BY gwh DESC, id
