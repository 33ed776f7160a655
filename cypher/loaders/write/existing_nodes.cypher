// Loader: every node the loader manages (it carries kg_hash), with its label, id and hash.
// Params: none.
MATCH (n)
WHERE n.kg_hash IS NOT NULL
RETURN labels(n)[0] AS label, n.id AS id, n.kg_hash AS hash
