// Which plants have a given status (confirmed, announced, reported, under consideration, denied)
// on a given day? The status says how firmly the source states the plant; its phase (planned,
// under construction, in production…) is the separate `lifecycle`. Each plant in force that day
// (a closed or cancelled one is gone from its end on) with country, region, operators, capacity,
// the (target) start of production and when it holds.
// $status: one status of graph.model.Status.
// $as_of: the day, 'YYYY-MM-DD'; null = today.
// Graph view: operators -> plants -> countries.
// :param status => 'announced'
// :param as_of => null
WITH coalesce($as_of, toString(date())) AS day
MATCH located = (p:Plant {status: $status})-[l:LOCATED_IN]->(k:Country)
WHERE (p.valid_from IS NULL OR p.valid_from <= day)
  AND (p.valid_until IS NULL OR day < p.valid_until)
OPTIONAL MATCH run = (c:Company)-[o:OPERATES]->(p)
WHERE (o.valid_from IS NULL OR o.valid_from <= day)
  AND (o.valid_until IS NULL OR day < o.valid_until)
WITH day, p, l, k, located, collect(c.display_name) AS operators, collect(run) AS runs
RETURN p.id AS plant_id, p.name AS plant, p.status AS status, p.lifecycle AS lifecycle,
       p.lifecycle_since AS lifecycle_since, k.id AS country, l.region AS region, operators,
       p.capacity_gwh AS capacity_gwh, p.start_of_production AS start_of_production,
       p.start_of_production_target AS start_is_target, p.valid_from AS valid_from,
       p.valid_until AS valid_until, p.valid_from IS NULL AS date_unknown, day AS as_of,
       p.evidence AS evidence, located, runs
ORDER BY country, plant
