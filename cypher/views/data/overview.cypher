// The whole industry graph for the home page: Company, Plant and Country nodes and the fact
// relationships between them in force on one day (Source nodes and MENTIONS are left out; an
// ended fact or a superseded version of a stake too; facts without a date are kept).
// Params: $limit (int) - the most nodes to return; $as_of (YYYY-MM-DD) - the day (today).
MATCH (n)
WHERE n:Company OR n:Plant OR n:Country
WITH n
ORDER BY n.id
LIMIT $limit
OPTIONAL MATCH (n)-[r]->(m)
WHERE (m:Company OR m:Plant OR m:Country)
  AND (r.valid_from IS NULL OR r.valid_from <= $as_of)
  AND (r.valid_until IS NULL OR $as_of < r.valid_until)
RETURN n, r, m
