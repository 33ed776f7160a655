// Find an entity by any of its names or aliases (misspellings on record included).
// $key is the name normalised like graph/names.py does: lower case, no accents or punctuation.
// :param key => 'xiami auto'
MATCH (n)
WHERE (n:Company OR n:Plant OR n:Country) AND $key IN n.search_keys
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name
