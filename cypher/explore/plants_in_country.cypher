// Which plants are in a country? Each with its capacity where a source states it, status, region,
// operators and start of production (a target when `start_is_target` is true).
// $country: ISO 3166-1 alpha-2 code of the country.
// Graph view: operators -> plants -> country.
// :param country => 'GB'
MATCH located = (p:Plant)-[l:LOCATED_IN]->(:Country {id: $country})
OPTIONAL MATCH run = (c:Company)-[:OPERATES]->(p)
WITH p, l, located, collect(c.display_name) AS operators, collect(run) AS runs
RETURN p.id AS plant_id, p.name AS plant, l.region AS region, p.status AS status,
       p.capacity_value AS capacity, p.capacity_unit AS unit, p.capacity_per AS per,
       p.capacity_scope AS capacity_scope, p.capacity_gwh AS capacity_gwh,
       p.chemistry AS chemistry, operators,
       p.start_of_production AS start_of_production,
       p.start_of_production_target AS start_is_target, located, runs
ORDER BY plant
