// Which plants have a given status (confirmed, announced, reported, under consideration, denied)?
// Each with country, region, operators, capacity and the (target) start of production.
// $status: one status of graph.model.Status.
// Graph view: operators -> plants -> countries.
// :param status => 'announced'
MATCH located = (p:Plant {status: $status})-[l:LOCATED_IN]->(k:Country)
OPTIONAL MATCH run = (c:Company)-[:OPERATES]->(p)
WITH p, l, k, located, collect(c.display_name) AS operators, collect(run) AS runs
RETURN p.id AS plant_id, p.name AS plant, k.id AS country, l.region AS region, operators,
       p.capacity_gwh AS capacity_gwh, p.start_of_production AS start_of_production,
       p.start_of_production_target AS start_is_target, p.evidence AS evidence, located, runs
ORDER BY country, plant
