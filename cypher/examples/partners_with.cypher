// PARTNERS_WITH: a company's partners, in either direction, with the kind of partnership.
// :param id => 'catl'
MATCH (a:Company {id: $id})-[r:PARTNERS_WITH]-(b:Company)
RETURN b.id AS partner_id, b.display_name AS partner, r.kind AS kind, r.status AS status,
       r.announced AS announced
ORDER BY partner
