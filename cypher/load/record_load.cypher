// Loader: remember when the last load ran and what it loaded.
MERGE (m:LoadRun {id: 'last'})
SET m.at = $at, m.files = $files, m.nodes = $nodes, m.relationships = $relationships
