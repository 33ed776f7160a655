// Loader: remove managed relationships whose facts left the files.
// Params: $keys ([kg_key]).
MATCH ()-[r]->()
WHERE r.kg_key IN $keys
DELETE r
