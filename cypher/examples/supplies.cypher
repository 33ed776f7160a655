// SUPPLIES: a supplier's customers, with product, since when and how firmly stated.
// :param id => 'cbak-energy'
MATCH (s:Company {id: $id})-[r:SUPPLIES]->(c:Company)
RETURN c.id AS customer_id, c.display_name AS customer, r.product AS product,
       r.cell_formats AS cell_formats, r.since AS since, r.since_precision AS since_precision,
       r.status AS status
ORDER BY customer
