// What a company holds: every chain of stakes that starts at it, direct stakes included.
// Params: $id (company id), $max_hops (int, at most 10), $as_of (YYYY-MM-DD or null: only
// stakes whose valid_from is on or before it), $limit (int, the most chains).
MATCH p = (o:Company {id: $id})-[:OWNS_STAKE*1..10]->(x)
WHERE length(p) <= $max_hops
  AND all(r IN relationships(p) WHERE $as_of IS NULL OR r.valid_from <= $as_of)
RETURN [n IN nodes(p) | {id: n.id, label: labels(n)[0], name: coalesce(n.display_name, n.name),
                         kind: n.kind}] AS nodes,
       [r IN relationships(p) | properties(r)] AS rels
ORDER BY length(p)
LIMIT $limit
