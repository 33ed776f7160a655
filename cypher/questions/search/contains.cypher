// Search, first pass: entities with a normalised name or alias that contains the query, best
// candidates first (a name or alias equal to the query, then one starting with it, then the
// shortest names), so that the candidate limit never drops an exact match on a large graph.
// One branch per searchable label, only those in $labels run: a MATCH that names its label
// reads only those nodes, faster than one MATCH (n) filtered by label (BENCHMARKS.md).
// Params: $q (query normalised like graph/names.py), $labels (labels to search), $limit (int).
UNWIND $labels AS label
CALL {
  WITH label
  WITH label WHERE label = 'Company'
  MATCH (n:Company)
  WHERE any(k IN n.search_keys WHERE k CONTAINS $q)
  RETURN n
  UNION ALL
  WITH label
  WITH label WHERE label = 'Plant'
  MATCH (n:Plant)
  WHERE any(k IN n.search_keys WHERE k CONTAINS $q)
  RETURN n
  UNION ALL
  WITH label
  WITH label WHERE label = 'Country'
  MATCH (n:Country)
  WHERE any(k IN n.search_keys WHERE k CONTAINS $q)
  RETURN n
}
WITH n,
     CASE
       WHEN any(k IN n.search_keys WHERE k = $q) THEN 0
       WHEN any(k IN n.search_keys WHERE k STARTS WITH $q) THEN 1
       ELSE 2
     END AS tier
RETURN n.id AS id, labels(n)[0] AS label, coalesce(n.display_name, n.name) AS name,
       n.kind AS kind, n.search_keys AS keys, tier
ORDER BY tier, size(name), id
LIMIT $limit
