// One tier down the supply chain: the customers of the given companies and what they buy.
// Params: $ids (company ids), $statuses (list of statuses, or null = any), $as_of (YYYY-MM-DD:
// only supplies in force that day, those without a date included).
MATCH (s:Company)-[r:SUPPLIES]->(c:Company)
WHERE s.id IN $ids
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND (r.valid_from IS NULL OR r.valid_from <= $as_of)
  AND (r.valid_until IS NULL OR $as_of < r.valid_until)
RETURN properties(s) AS supplier, properties(r) AS props, properties(c) AS customer
ORDER BY s.id, c.id
