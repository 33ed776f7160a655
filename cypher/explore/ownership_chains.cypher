// Who owns this company or plant on a given day, directly or through other companies? Every
// chain of stakes (up to 4 links) ending at it whose every stake is in force that day, with the
// effective share: the stated percents multiplied along the chain (null when a link's percent is
// not stated).
// $id: the id of the owned company or plant.
// $as_of: the day, 'YYYY-MM-DD'; null = today.
// Graph view: the chains of OWNS_STAKE edges.
// :param id => 'beijing-era-new-energy'
// :param as_of => null
WITH coalesce($as_of, toString(date())) AS day
MATCH chain = (owner:Company)-[:OWNS_STAKE*1..4]->(t {id: $id})
WHERE (t:Company OR t:Plant)
  AND all(s IN relationships(chain) WHERE (s.valid_from IS NULL OR s.valid_from <= day)
                                      AND (s.valid_until IS NULL OR day < s.valid_until))
WITH day, owner, chain, relationships(chain) AS stakes
RETURN owner.id AS owner_id, owner.display_name AS owner, size(stakes) AS links,
       [s IN stakes | startNode(s).id + ' ' + coalesce(toString(s.percent) + ' %', '? %') +
         ' -> ' + endNode(s).id] AS steps,
       CASE WHEN all(s IN stakes WHERE s.percent IS NOT NULL)
            THEN reduce(share = 100.0, s IN stakes | share * s.percent / 100.0) END
         AS effective_percent,
       [s IN stakes | s.status] AS statuses, day AS as_of, chain
ORDER BY effective_percent DESC, owner
