// Loader: remember when the last load ran, what it loaded, and the fingerprint of its files
// (a later load of identical files with the same loader can then stop early).
// Params: $at (ISO date and time), $files (int), $nodes (int), $relationships (int),
// $fingerprint (text, or null), $counts (the rows per label and type, as a JSON text: properties
// cannot hold maps).
MERGE (m:LoadRun {id: 'last'})
SET m.at = $at, m.files = $files, m.nodes = $nodes, m.relationships = $relationships,
    m.fingerprint = $fingerprint, m.counts = $counts
