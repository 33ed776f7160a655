// When the last load ran and how much it loaded.
// Params: none.
MATCH (m:LoadRun {id: 'last'})
RETURN m.at AS at, m.files AS files, m.nodes AS nodes, m.relationships AS relationships
