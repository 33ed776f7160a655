// Loader: every relationship the loader manages (it carries kg_key), with its type, key and hash.
// Params: none.
MATCH ()-[r]->()
WHERE r.kg_key IS NOT NULL
RETURN type(r) AS type, r.kg_key AS key, r.kg_hash AS hash
