// Nodes by their element ids: the ends of relationships a Cypher console result returned bare.
// Params: $ids (list of element ids).
MATCH (n)
WHERE elementId(n) IN $ids
RETURN n
