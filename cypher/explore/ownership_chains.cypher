// Who owns this company or plant, directly or through other companies? Every chain of stakes
// (up to 4 links) ending at it, with the effective share: the stated percents multiplied along
// the chain (null when a link's percent is not stated).
// $id: the id of the owned company or plant.
// Graph view: the chains of OWNS_STAKE edges.
// :param id => 'beijing-era-new-energy'
MATCH chain = (owner:Company)-[:OWNS_STAKE*1..4]->(t {id: $id})
WHERE t:Company OR t:Plant
WITH owner, chain, relationships(chain) AS stakes
RETURN owner.id AS owner_id, owner.display_name AS owner, size(stakes) AS links,
       [s IN stakes | startNode(s).id + ' ' + coalesce(toString(s.percent) + ' %', '? %') +
         ' -> ' + endNode(s).id] AS steps,
       CASE WHEN all(s IN stakes WHERE s.percent IS NOT NULL)
            THEN reduce(share = 100.0, s IN stakes | share * s.percent / 100.0) END
         AS effective_percent,
       [s IN stakes | s.status] AS statuses, chain
ORDER BY effective_percent DESC, owner
