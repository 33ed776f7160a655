// Which facts are not confirmed? Every fact whose status is not among $firm (by default
// announced, reported, under consideration and denied: an announced plan is not a confirmed
// fact), one row per fact, in force or not, with its article, its quote and the edges that record
// it (a plant fact is recorded by its OPERATES, LOCATED_IN and BUILDS_IN).
// $firm: the statuses counted as confirmed (graph.model.CONFIRMED_STATUSES: confirmed only).
// Graph view: the edges of those facts.
// :param firm => ['confirmed']
MATCH edge = (a)-[r]->(b)
WHERE r.status IS NOT NULL AND NOT r.status IN $firm AND size(coalesce(r.fact_ids, [])) > 0
UNWIND range(0, size(r.fact_ids) - 1) AS i
WITH r.fact_ids[i] AS fact_id, r.status AS status, r.evidence[i] AS quote, edge,
     startNode(r).id + ' -' + type(r) + '-> ' + endNode(r).id AS statement
WITH fact_id, collect(DISTINCT status) AS statuses, collect(quote) AS quotes,
     collect(statement) AS statements, collect(edge) AS edges
RETURN split(fact_id, '#')[0] AS source, split(fact_id, '#')[1] AS fact, statuses[0] AS status,
       quotes[0] AS evidence, statements, edges
ORDER BY status, source, fact
