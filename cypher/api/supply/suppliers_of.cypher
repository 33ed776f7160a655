// One tier up the supply chain: the suppliers of the given companies and what they supply.
// Params: $ids (company ids), $statuses (list of statuses, or null = any), $as_of (YYYY-MM-DD
// or null: only supplies whose valid_from is on or before it).
MATCH (s:Company)-[r:SUPPLIES]->(c:Company)
WHERE c.id IN $ids
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($as_of IS NULL OR r.valid_from <= $as_of)
RETURN properties(s) AS supplier, properties(r) AS props, properties(c) AS customer
ORDER BY c.id, s.id
