// What is directly around a company? Every edge that touches it, in or out, with the entity at the
// other end, how firmly the fact is stated and its detail (stake, product, kind of partnership,
// country), plus the articles that mention the company.
// $id: the company id.
// Graph view: the company in the middle of its neighbours.
// :param id => 'catl'
MATCH around = (c:Company {id: $id})-[r]-(n)
RETURN type(r) AS type,
       CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction,
       labels(n)[0] AS label, n.id AS neighbour_id,
       coalesce(n.display_name, n.name, n.title) AS neighbour, r.status AS status,
       coalesce(toString(r.percent) + ' %', r.product, r.kind, r.region) AS detail,
       r.sources AS sources, around
ORDER BY type, neighbour
