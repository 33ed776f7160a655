// Every company with its number of relationships and of owners: the benchmark picks its
// targets from these (the busiest company, the most-owned one, a typical one).
// Params: none.
MATCH (c:Company)
OPTIONAL MATCH (c)-[r]-()
WITH c, count(r) AS degree
OPTIONAL MATCH (:Company)-[s:OWNS_STAKE]->(c)
RETURN c.id AS id, c.name AS name, degree, count(s) AS owners
ORDER BY degree DESC, id
