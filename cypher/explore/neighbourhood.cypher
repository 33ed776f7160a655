// What is directly around a company on a given day? Every edge that touches it, in or out, in
// force that day (a headquarters or a mention has no time: always shown), with the entity at the
// other end, how firmly the fact is stated, its detail (stake, product, kind of partnership,
// country), when it holds and on what it rests (basis: source, or curator for general
// knowledge), plus the articles that mention the company.
// $id: the company id.
// $as_of: the day, 'YYYY-MM-DD'; null = today.
// Graph view: the company in the middle of its neighbours.
// :param id => 'catl'
// :param as_of => null
WITH coalesce($as_of, toString(date())) AS day
MATCH around = (c:Company {id: $id})-[r]-(n)
WHERE (r.valid_from IS NULL OR r.valid_from <= day)
  AND (r.valid_until IS NULL OR day < r.valid_until)
RETURN type(r) AS type,
       CASE WHEN startNode(r) = c THEN 'out' ELSE 'in' END AS direction,
       labels(n)[0] AS label, n.id AS neighbour_id,
       coalesce(n.display_name, n.name, n.title) AS neighbour, r.status AS status,
       coalesce(toString(r.percent) + ' %', r.product, r.kind, r.region) AS detail,
       r.valid_from AS valid_from, r.valid_until AS valid_until,
       coalesce(r.basis, 'source') AS basis, r.sources AS sources, day AS as_of, around
ORDER BY type, neighbour
