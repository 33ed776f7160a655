// The companies that build (run or plan plants) in a country or are headquartered there, with
// the relationship's properties.
// Params: $id (ISO 3166-1 alpha-2 code).
MATCH (co:Company)-[r:BUILDS_IN|HEADQUARTERED_IN]->(:Country {id: $id})
RETURN type(r) AS type, properties(r) AS props, properties(co) AS company
ORDER BY type, co.id
