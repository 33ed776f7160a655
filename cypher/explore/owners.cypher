// Who owns this joint venture (or plant) on a given day? Each owner with its stake in force that
// day (a stake that changed is one edge per version: the version in force is shown), how firmly
// it is stated, when it holds (valid_from, valid_until; date_unknown when no source dates it) and
// the quote it comes from, plus the total of the stated stakes: the rest is simply not stated.
// Largest stake first; stakes with no stated percent last.
// $id: the id of the owned company or plant.
// $as_of: the day, 'YYYY-MM-DD'; null = today.
// Graph view: the owners around the joint venture, edges captioned with the percent.
// :param id => 'beijing-era-new-energy'
// :param as_of => null
WITH coalesce($as_of, toString(date())) AS day
MATCH (:Company)-[s:OWNS_STAKE]->(t {id: $id})
WHERE (t:Company OR t:Plant)
  AND (s.valid_from IS NULL OR s.valid_from <= day)
  AND (s.valid_until IS NULL OR day < s.valid_until)
WITH day, t, sum(s.percent) AS stated_total, count(s.percent) AS stakes_with_percent
MATCH stake = (o:Company)-[r:OWNS_STAKE]->(t)
WHERE (r.valid_from IS NULL OR r.valid_from <= day)
  AND (r.valid_until IS NULL OR day < r.valid_until)
RETURN o.id AS owner_id, o.display_name AS owner, r.percent AS percent, r.status AS status,
       r.valid_from AS valid_from, r.valid_from_text AS valid_from_text,
       r.valid_until AS valid_until, r.valid_from IS NULL AS date_unknown, day AS as_of,
       r.evidence AS evidence, r.sources AS sources,
       CASE WHEN stakes_with_percent > 0 THEN stated_total END AS stated_total,
       CASE WHEN stakes_with_percent > 0 THEN 100 - stated_total END AS not_stated,
       stake
ORDER BY percent IS NULL, percent DESC, owner
