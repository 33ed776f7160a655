// SUPPLIES as paths: each of a supplier's supply links as a one-hop path (rows that hold paths
// come back with a nodes-and-edges graph as well). The API docs' path example for POST /cypher.
// :param id => 'cbak-energy'
MATCH p = (:Company {id: $id})-[:SUPPLIES]->()
RETURN p
