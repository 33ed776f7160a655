// Capacity of the plants matching the filters and in force on $as_of, by operator (OPERATES in
// force that day): GWh where stated, how many plants state a capacity and how many do not (a
// plant run by two operators counts for both), and how many have no date at all; the $limit
// operators with the most stated capacity.
// Params (null = no filter): $country (ISO code), $company (operator id), $status (how firmly
// the plant is stated), $lifecycle (its phase: planned, under construction…), $chemistry
// (any case), $cell_format (e.g. "32140"), $start_year (YYYY text: start of production),
// $as_of (YYYY-MM-DD, never null: only plants in force that day and operators whose OPERATES is;
// those without a date included), $limit (int).
MATCH (p:Plant)
WHERE ($country IS NULL OR p.country = $country)
  AND ($status IS NULL OR p.status = $status)
  AND ($lifecycle IS NULL OR p.lifecycle = $lifecycle)
  AND ($chemistry IS NULL OR toUpper(p.chemistry) = toUpper($chemistry))
  AND ($cell_format IS NULL OR $cell_format IN p.cell_formats)
  AND ($start_year IS NULL OR left(p.start_of_production, 4) = $start_year)
  AND (p.valid_from IS NULL OR p.valid_from <= $as_of)
  AND (p.valid_until IS NULL OR $as_of < p.valid_until)
  AND ($company IS NULL OR EXISTS {
    MATCH (:Company {id: $company})-[run:OPERATES]->(p)
    WHERE (run.valid_from IS NULL OR run.valid_from <= $as_of)
      AND (run.valid_until IS NULL OR $as_of < run.valid_until)
  })
MATCH (co:Company)-[op:OPERATES]->(p)
WHERE (op.valid_from IS NULL OR op.valid_from <= $as_of)
  AND (op.valid_until IS NULL OR $as_of < op.valid_until)
RETURN co.id AS id, coalesce(co.display_name, co.name) AS name, sum(p.capacity_gwh) AS gwh,
       count(p.capacity_gwh) AS plants_with_capacity,
       count(p) - count(p.capacity_gwh) AS plants_without_capacity,
       count(p) - count(p.valid_from) AS undated
ORDER BY gwh DESC, id
LIMIT $limit
