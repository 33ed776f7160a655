// MENTIONS: the companies and plants an article mentions, with the facts that mention them.
// :param source => 'catl-baic-xiaomi-beijing-jv'
MATCH (s:Source {id: $source})-[r:MENTIONS]->(e)
RETURN e.id AS id, labels(e)[0] AS label, e.name AS name, r.fact_ids AS facts
ORDER BY label, id
