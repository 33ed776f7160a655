// HEADQUARTERED_IN: the companies headquartered in a country.
// :param country => 'CN'
MATCH (c:Company)-[:HEADQUARTERED_IN]->(k:Country {id: $country})
RETURN c.id AS company_id, c.display_name AS company, c.kind AS kind
ORDER BY company
