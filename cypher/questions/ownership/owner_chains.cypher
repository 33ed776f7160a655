// Who owns a company or plant: every chain of stakes that ends at it, direct stakes included,
// walked from the owned entity up (nodes and relationships listed from the top owner down), each
// stake in force on the day asked for (valid_from absent or on or before it, valid_until absent
// or after it: a stake without a date is in force every day).
// Params: $id (company or plant id), $max_hops (int, at most 10), $as_of (YYYY-MM-DD, the day),
// $limit (int, the most chains).
CALL {
  MATCH (x:Company {id: $id}) RETURN x
  UNION
  MATCH (x:Plant {id: $id}) RETURN x
}
MATCH p = (x)<-[:OWNS_STAKE*1..10]-(:Company)
WHERE length(p) <= $max_hops
  AND all(r IN relationships(p) WHERE (r.valid_from IS NULL OR r.valid_from <= $as_of)
                                  AND (r.valid_until IS NULL OR $as_of < r.valid_until))
RETURN reverse([n IN nodes(p) | {id: n.id, label: labels(n)[0],
                                 name: coalesce(n.display_name, n.name), kind: n.kind}]) AS nodes,
       reverse([r IN relationships(p) | properties(r)]) AS rels
ORDER BY length(p)
LIMIT $limit
