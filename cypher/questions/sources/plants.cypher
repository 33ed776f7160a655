// The plants a source describes (its id is in the plant's sources).
// Params: $id (source id).
MATCH (:Source {id: $id})-[:MENTIONS]->(p:Plant)
WHERE $id IN p.sources
RETURN properties(p) AS plant
ORDER BY p.id
