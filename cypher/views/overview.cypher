// The whole industry graph for the home page: Company, Plant and Country nodes and the fact
// relationships between them (Source nodes and MENTIONS are left out).
// Params: $limit (int) - the most nodes to return.
MATCH (n)
WHERE n:Company OR n:Plant OR n:Country
WITH n
ORDER BY n.id
LIMIT $limit
OPTIONAL MATCH (n)-[r]->(m)
WHERE m:Company OR m:Plant OR m:Country
RETURN n, r, m
