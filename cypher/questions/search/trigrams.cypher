// Search, second pass (misspellings): entities whose names share the most three-letter pieces
// with the query, most shared first.
// Params: $grams (three-letter pieces of the normalised query words), $min_shared (int: fewest
// pieces a name must share), $labels (labels to search), $limit (int).
MATCH (n)
WHERE (n:Company OR n:Plant OR n:Country) AND labels(n)[0] IN $labels
WITH n, size([g IN $grams WHERE any(k IN n.search_keys WHERE k CONTAINS g)]) AS shared
WHERE shared >= $min_shared
RETURN n.id AS id, labels(n)[0] AS label, coalesce(n.display_name, n.name) AS name,
       n.kind AS kind, n.search_keys AS keys, shared
ORDER BY shared DESC, id
LIMIT $limit
