// What does this automaker (or any buyer) depend on? Its suppliers, what they supply and how
// firmly it is stated, the plant a source names for the supply, and every plant each supplier
// operates, with its country.
// $id: the buyer's company id.
// Graph view: suppliers -> buyer, and suppliers -> plants -> countries.
// :param id => 'xiaomi-auto'
MATCH supply = (buyer:Company {id: $id})<-[s:SUPPLIES]-(supplier:Company)
OPTIONAL MATCH (named:Plant {id: s.plant})-[:LOCATED_IN]->(named_country:Country)
RETURN supplier.id AS supplier_id, supplier.display_name AS supplier, supplier.kind AS kind,
       supplier.country AS supplier_country, s.product AS product, s.chemistry AS chemistry,
       s.status AS status, s.since AS since, s.evidence AS evidence,
       named.name AS supplying_plant, named_country.id AS supplying_plant_country,
       [(supplier)-[:OPERATES]->(p:Plant)-[:LOCATED_IN]->(k:Country) |
         p.name + ' (' + k.id + ', ' + p.status + ')'] AS supplier_plants,
       supply,
       [site = (supplier)-[:OPERATES]->(:Plant)-[:LOCATED_IN]->(:Country) | site] AS sites
ORDER BY supplier, product
