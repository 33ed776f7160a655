// Who owns a company or plant: every chain of stakes that ends at it, direct stakes included,
// walked from the owned entity up (nodes and relationships listed from the top owner down).
// Params: $id (company or plant id), $max_hops (int, at most 10), $as_of (YYYY-MM-DD or null:
// only stakes whose valid_from is on or before it), $limit (int, the most chains).
CALL {
  MATCH (x:Company {id: $id}) RETURN x
  UNION
  MATCH (x:Plant {id: $id}) RETURN x
}
MATCH p = (x)<-[:OWNS_STAKE*1..10]-(:Company)
WHERE length(p) <= $max_hops
  AND all(r IN relationships(p) WHERE $as_of IS NULL OR r.valid_from <= $as_of)
RETURN reverse([n IN nodes(p) | {id: n.id, label: labels(n)[0],
                                 name: coalesce(n.display_name, n.name), kind: n.kind}]) AS nodes,
       reverse([r IN relationships(p) | properties(r)]) AS rels
ORDER BY length(p)
LIMIT $limit
