// What the last load wrote, per label and per relationship type (JSON text), read from its
// bookkeeping node: one indexed lookup, however large the graph (for /health; /stats counts).
// Params: none.
MATCH (m:LoadRun {id: 'last'})
RETURN m.counts AS counts
