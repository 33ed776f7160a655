// Every version of the given direct stakes: one OWNS_STAKE edge per (owner, owned, percent),
// whether in force or not (ended, superseded, planned), oldest first (undated first, then by
// valid_from).
// Params: $pairs ([{owner, owned}]: owner company id, owned company or plant id).
UNWIND $pairs AS pair
MATCH (o:Company {id: pair.owner})-[r:OWNS_STAKE]->(t)
WHERE t.id = pair.owned
RETURN pair.owner AS owner, pair.owned AS owned, properties(r) AS props
ORDER BY owner, owned, coalesce(r.valid_from, ''), r.kg_key
