// OWNS_STAKE: who owns a company or plant, and how much (percent is null when not stated).
// :param id => 'beijing-era-new-energy'
MATCH (o:Company)-[r:OWNS_STAKE]->(t {id: $id})
WHERE t:Company OR t:Plant
RETURN o.id AS owner_id, o.display_name AS owner, r.percent AS percent, r.status AS status,
       r.evidence AS evidence
ORDER BY r.percent DESC
