// Who owns this joint venture (or plant)? Each owner with its stake, how firmly it is stated and
// the quote it comes from, plus the total of the stated stakes: the rest is simply not stated.
// Largest stake first; stakes with no stated percent last.
// $id: the id of the owned company or plant.
// Graph view: the owners around the joint venture, edges captioned with the percent.
// :param id => 'beijing-era-new-energy'
MATCH (:Company)-[s:OWNS_STAKE]->(t {id: $id})
WHERE t:Company OR t:Plant
WITH t, sum(s.percent) AS stated_total, count(s.percent) AS stakes_with_percent
MATCH stake = (o:Company)-[r:OWNS_STAKE]->(t)
RETURN o.id AS owner_id, o.display_name AS owner, r.percent AS percent, r.status AS status,
       r.evidence AS evidence, r.sources AS sources,
       CASE WHEN stakes_with_percent > 0 THEN stated_total END AS stated_total,
       CASE WHEN stakes_with_percent > 0 THEN 100 - stated_total END AS not_stated,
       stake
ORDER BY percent IS NULL, percent DESC, owner
