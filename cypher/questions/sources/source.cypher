// One source article by id, with every property (note, quotes, file…).
// Params: $id (source id).
MATCH (s:Source {id: $id})
RETURN properties(s) AS source
