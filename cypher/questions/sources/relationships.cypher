// Every relationship a source supports (its id is in the relationship's sources), with both ends.
// Params: $id (source id).
MATCH (:Source {id: $id})-[:MENTIONS]->(e)
MATCH (e)-[r]-()
WHERE $id IN r.sources AND type(r) <> 'MENTIONS'
WITH DISTINCT r
RETURN type(r) AS type, properties(r) AS props,
       properties(startNode(r)) AS start, labels(startNode(r))[0] AS start_label,
       properties(endNode(r)) AS end, labels(endNode(r))[0] AS end_label
