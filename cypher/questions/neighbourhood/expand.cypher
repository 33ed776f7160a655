// One step out from a set of entities, for neighbourhood subgraphs: their relationships of the
// given types (either direction), grouped by the node at the far end; the far nodes already in
// the subgraph ($seen) come first, then the others, at most $nodes far nodes in all. One row per
// relationship, with its far node for drawing: labels and properties without the loader's
// bookkeeping, only the first $most of its `sources` (a company's or country's lists every
// article that names it, thousands for a hub) and their full count. `edges` (relationships read,
// at most $limit) and `far_nodes` (far nodes before the cut) tell the caller what was left out.
// Properties are read only for the rows returned: a hub's neighbours are mostly cut. Each id is
// looked up in the id index (the same db hits as `n.id IN $ids` with a label, BENCHMARKS.md; a
// label-less `MATCH (n)` would scan every node).
// Params: $ids (entity ids), $types (relationship types, from graph/model.py REL_TYPES),
// $statuses (list, or null = any), $as_of (YYYY-MM-DD: only relationships in force that day,
// to a node in force that day (a plant not closed…); those without a date included), $limit
// (int, the most relationships read), $seen (ids of the nodes already in the subgraph), $nodes
// (int, the most far nodes), $most (int, the most source ids per node).
CALL {
  UNWIND $ids AS id MATCH (n:Company {id: id}) RETURN n
  UNION
  UNWIND $ids AS id MATCH (n:Plant {id: id}) RETURN n
  UNION
  UNWIND $ids AS id MATCH (n:Country {id: id}) RETURN n
  UNION
  UNWIND $ids AS id MATCH (n:Source {id: id}) RETURN n
}
MATCH (n)-[r]-(m)
WHERE type(r) IN $types
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND (r.valid_from IS NULL OR r.valid_from <= $as_of)
  AND (r.valid_until IS NULL OR $as_of < r.valid_until)
  AND (m.valid_from IS NULL OR m.valid_from <= $as_of)
  AND (m.valid_until IS NULL OR $as_of < m.valid_until)
WITH n, r, m
LIMIT $limit
WITH m, collect([n, r]) AS steps
WITH m, steps, coalesce(m.id, elementId(m)) IN $seen AS known
ORDER BY known DESC
WITH collect([m, steps]) AS groups, sum(size(steps)) AS edges
UNWIND groups[0..$nodes] AS grp
WITH grp[0] AS m, grp[1] AS steps, edges, size(groups) AS far_nodes
UNWIND steps AS step
WITH m, step[0] AS n, step[1] AS r, edges, far_nodes
RETURN edges, far_nodes,
       elementId(r) AS element_id, type(r) AS type, properties(r) AS props,
       elementId(n) AS near, startNode(r) = n AS outgoing,
       elementId(m) AS far, labels(m) AS far_labels,
       m {.*, kg_hash: null, search_keys: null, sources: m.sources[0..$most]} AS far_props,
       size(m.sources) AS far_sources_total
