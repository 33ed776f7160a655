// LOCATED_IN: the plants in a country, with capacity where known.
// :param country => 'GB'
MATCH (p:Plant)-[r:LOCATED_IN]->(k:Country {id: $country})
RETURN p.id AS plant_id, p.name AS plant, r.region AS region, p.status AS status,
       p.capacity_gwh AS capacity_gwh, p.capacity_scope AS capacity_scope
ORDER BY plant
