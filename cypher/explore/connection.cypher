// How are two companies connected on a given day? Every shortest chain of industry facts in force
// that day between them (stakes, supplies, partnerships, plants they operate or invest in), at
// most 6 hops; no row: not connected. Countries and articles are left out: sharing a country or a
// source is not a connection.
// $from_id, $to_id: the two company ids.
// $as_of: the day, 'YYYY-MM-DD'; null = today.
// Graph view: the chains themselves.
// :param from_id => 'xiaomi-auto'
// :param to_id => 'ford'
// :param as_of => null
WITH coalesce($as_of, toString(date())) AS day
MATCH (a:Company {id: $from_id})
MATCH (b:Company {id: $to_id})
WHERE a <> b
MATCH chain = allShortestPaths(
  (a)-[:OWNS_STAKE|SUPPLIES|PARTNERS_WITH|OPERATES|INVESTS_IN*..6]-(b)
)
WHERE all(r IN relationships(chain) WHERE (r.valid_from IS NULL OR r.valid_from <= day)
                                      AND (r.valid_until IS NULL OR day < r.valid_until))
RETURN length(chain) AS hops,
       [n IN nodes(chain) | coalesce(n.display_name, n.name)] AS through,
       [r IN relationships(chain) |
         startNode(r).id + ' -' + type(r) + '-> ' + endNode(r).id +
         ' (' + coalesce(r.status, '?') + ')'] AS facts,
       day AS as_of, chain
ORDER BY hops
