// Whose supply depends on a country: supplies that come from a plant located there, and
// supplies that name no plant from a supplier headquartered there; `basis` says which.
// Params: $id (ISO 3166-1 alpha-2 code).
MATCH (c:Country {id: $id})
CALL {
  WITH c
  MATCH (c)<-[:LOCATED_IN]-(pl:Plant)<-[:OPERATES]-(s:Company)-[r:SUPPLIES]->(cu:Company)
  WHERE r.plant = pl.id
  RETURN s, r, cu, 'plant' AS basis, pl.id AS plant
  UNION
  WITH c
  MATCH (c)<-[:HEADQUARTERED_IN]-(s:Company)-[r:SUPPLIES]->(cu:Company)
  WHERE r.plant IS NULL
  RETURN s, r, cu, 'headquarters' AS basis, null AS plant
}
RETURN properties(s) AS supplier, properties(r) AS props, properties(cu) AS customer, basis,
       plant
ORDER BY cu.id, s.id
