// Who supplies a buyer: product, since / start, status, the supplying plant when a fact names it.
// Params: $buyer (the buyer's company id).
MATCH (s:Company)-[r:SUPPLIES]->(b:Company {id: $buyer})
OPTIONAL MATCH (p:Plant {id: r.plant})
RETURN s.id AS supplier,
       coalesce(s.display_name, s.name) AS name,
       r.product AS product,
       r.since AS since,
       r.start AS start,
       r.status AS status,
       p.name AS plant,
       p.country AS plant_country,
       r.evidence AS evidence
ORDER BY supplier, product
