// BUILDS_IN: companies that build or plan plants in a country, and which plants.
// :param country => 'GB'
MATCH (c:Company)-[r:BUILDS_IN]->(k:Country {id: $country})
RETURN c.id AS company_id, c.display_name AS company, r.plants AS plants, r.status AS status
ORDER BY company
