// OPERATES: who runs each plant of a country, with the plant's status and start of production.
// :param country => 'MY'
MATCH (c:Company)-[r:OPERATES]->(p:Plant)-[:LOCATED_IN]->(:Country {id: $country})
RETURN p.id AS plant_id, p.name AS plant, c.id AS operator_id, c.display_name AS operator,
       r.status AS status, p.start_of_production AS start_of_production,
       p.start_of_production_target AS start_is_target
ORDER BY plant
