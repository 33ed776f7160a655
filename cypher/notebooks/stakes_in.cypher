// Who holds a stake in a company or plant: percentage (null = not stated), status, evidence.
// Params: $id (the id of the owned company or plant).
MATCH (o:Company)-[r:OWNS_STAKE]->(x)
WHERE (x:Company OR x:Plant) AND x.id = $id
RETURN o.id AS owner,
       coalesce(o.display_name, o.name) AS name,
       r.percent AS percent,
       r.status AS status,
       r.evidence AS evidence
ORDER BY coalesce(r.percent, -1.0) DESC, owner
