// The metadata of the sources with the given ids, for citations: title, publisher, date, link.
// Returns one row: `sources`, a list of [id, title, publisher, published, url] (one row and
// lists, not a row per source: the driver reads the sources of a large neighbourhood in about
// half the time). Each id is looked up in the id index (as few db hits as `s.id IN $ids`).
// Figures: BENCHMARKS.md.
// Params: $ids (list of distinct source ids).
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN collect([s.id, s.title, s.publisher, s.published, s.url]) AS sources
