// What a company holds: every chain of stakes that starts at it, direct stakes included, each
// stake in force on the day asked for (valid_from absent or on or before it, valid_until absent
// or after it: a stake without a date is in force every day).
// Params: $id (company id), $max_hops (int, at most 10), $as_of (YYYY-MM-DD, the day),
// $limit (int, the most chains).
MATCH p = (o:Company {id: $id})-[:OWNS_STAKE*1..10]->(x)
WHERE length(p) <= $max_hops
  AND all(r IN relationships(p) WHERE (r.valid_from IS NULL OR r.valid_from <= $as_of)
                                  AND (r.valid_until IS NULL OR $as_of < r.valid_until))
RETURN [n IN nodes(p) | {id: n.id, label: labels(n)[0], name: coalesce(n.display_name, n.name),
                         kind: n.kind}] AS nodes,
       [r IN relationships(p) | properties(r)] AS rels
ORDER BY length(p)
LIMIT $limit
