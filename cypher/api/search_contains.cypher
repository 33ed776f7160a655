// Search, first pass: entities with a normalised name or alias that contains the query.
// Params: $q (query normalised like graph/names.py), $labels (labels to search), $limit (int).
MATCH (n)
WHERE (n:Company OR n:Plant OR n:Country)
  AND labels(n)[0] IN $labels
  AND any(k IN n.search_keys WHERE k CONTAINS $q)
RETURN n.id AS id, labels(n)[0] AS label, coalesce(n.display_name, n.name) AS name,
       n.kind AS kind, n.search_keys AS keys
LIMIT $limit
