// Loader: remove managed nodes (and their relationships) no longer in the files.
// Params: $rows ([{label, id}]).
UNWIND $rows AS row
MATCH (n {id: row.id})
WHERE n.kg_hash IS NOT NULL AND row.label IN labels(n)
DETACH DELETE n
