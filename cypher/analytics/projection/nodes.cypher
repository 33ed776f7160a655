// Analytics projection, nodes: every company and plant with the properties the analytics use.
// Country = the company's headquarters or the plant's location (the node's own field as fallback).
// Params: none.
MATCH (n)
WHERE n:Company OR n:Plant
OPTIONAL MATCH (n)-[:HEADQUARTERED_IN|LOCATED_IN]->(c:Country)
RETURN n.id AS id,
       CASE WHEN n:Company THEN 'Company' ELSE 'Plant' END AS label,
       coalesce(n.display_name, n.name, n.id) AS name,
       n.kind AS kind,
       coalesce(c.id, n.country) AS country,
       n.status AS status,
       n.start_of_production AS start_of_production
ORDER BY id
