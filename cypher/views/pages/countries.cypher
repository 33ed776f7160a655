// Every country in the graph, for the home page's list of country views (also shown when the
// whole graph is too big to draw).
// Params: none.
MATCH (c:Country)
RETURN c.id AS id, coalesce(c.name, c.id) AS name
ORDER BY name
