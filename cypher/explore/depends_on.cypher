// What does this automaker (or any buyer) depend on, on a given day? Its suppliers whose supply is
// in force that day (one without any date is shown, date_unknown), what they supply and how
// firmly it is stated, the plant a source names for the supply, and every plant each supplier
// operates that day, with its country.
// $id: the buyer's company id.
// $as_of: the day, 'YYYY-MM-DD'; null = today.
// Graph view: suppliers -> buyer, and suppliers -> plants -> countries.
// :param id => 'xiaomi-auto'
// :param as_of => null
WITH coalesce($as_of, toString(date())) AS day
MATCH supply = (buyer:Company {id: $id})<-[s:SUPPLIES]-(supplier:Company)
WHERE (s.valid_from IS NULL OR s.valid_from <= day)
  AND (s.valid_until IS NULL OR day < s.valid_until)
OPTIONAL MATCH (named:Plant {id: s.plant})-[:LOCATED_IN]->(named_country:Country)
WITH day, supply, s, supplier, named, named_country,
     [site = (supplier)-[o:OPERATES]->(p:Plant)-[:LOCATED_IN]->(:Country)
       WHERE (o.valid_from IS NULL OR o.valid_from <= day)
         AND (o.valid_until IS NULL OR day < o.valid_until)
         AND (p.valid_from IS NULL OR p.valid_from <= day)
         AND (p.valid_until IS NULL OR day < p.valid_until) | site] AS sites
RETURN supplier.id AS supplier_id, supplier.display_name AS supplier, supplier.kind AS kind,
       supplier.country AS supplier_country, s.product AS product, s.chemistry AS chemistry,
       s.status AS status, s.since AS since, s.valid_from AS valid_from,
       s.valid_until AS valid_until, s.valid_from IS NULL AS date_unknown, day AS as_of,
       s.evidence AS evidence, named.name AS supplying_plant,
       named_country.id AS supplying_plant_country,
       [site IN sites | nodes(site)[1].name + ' (' + nodes(site)[2].id + ', ' +
         nodes(site)[1].status + ')' + coalesce(' phase: ' + nodes(site)[1].lifecycle, '')]
         AS supplier_plants,
       supply, sites
ORDER BY supplier, product
