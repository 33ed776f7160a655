// An entity by its id: the node (Company, Plant, Country or Source) and its label.
// Params: $id (entity id: company slug, plant id, ISO country code or source id).
CALL {
  MATCH (n:Company {id: $id}) RETURN n
  UNION
  MATCH (n:Plant {id: $id}) RETURN n
  UNION
  MATCH (n:Country {id: $id}) RETURN n
  UNION
  MATCH (n:Source {id: $id}) RETURN n
}
RETURN n, labels(n)[0] AS label
