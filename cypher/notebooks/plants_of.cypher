// The plants a company operates: where, how big, when production starts, and how firm that is.
// Params: $company (company id).
MATCH (c:Company {id: $company})-[:OPERATES]->(p:Plant)-[:LOCATED_IN]->(k:Country)
RETURN p.id AS plant,
       p.name AS name,
       p.region AS region,
       k.name AS country,
       p.capacity_gwh AS capacity_gwh,
       p.capacity_scope AS capacity_scope,
       p.start_of_production AS start_of_production,
       coalesce(p.start_of_production_target, false) AS target,
       p.status AS status
ORDER BY start_of_production, plant
