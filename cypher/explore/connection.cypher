// How are two companies connected? Every shortest chain of industry facts between them (stakes,
// supplies, partnerships, plants they operate or invest in), at most 6 hops; no row: not connected.
// Countries and articles are left out: sharing a country or a source is not a connection.
// $from_id, $to_id: the two company ids.
// Graph view: the chains themselves.
// :param from_id => 'xiaomi-auto'
// :param to_id => 'ford'
MATCH (a:Company {id: $from_id})
MATCH (b:Company {id: $to_id})
WHERE a <> b
MATCH chain = allShortestPaths(
  (a)-[:OWNS_STAKE|SUPPLIES|PARTNERS_WITH|OPERATES|INVESTS_IN*..6]-(b)
)
RETURN length(chain) AS hops,
       [n IN nodes(chain) | coalesce(n.display_name, n.name)] AS through,
       [r IN relationships(chain) |
         startNode(r).id + ' -' + type(r) + '-> ' + endNode(r).id +
         ' (' + coalesce(r.status, '?') + ')'] AS facts,
       chain
ORDER BY hops
