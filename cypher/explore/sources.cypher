// Which articles are in the graph? Each source with its title, publisher, date where printed, how
// many facts it gives and whom it mentions: the ids article_facts takes as $source.
// Graph view: the articles and the companies and plants they mention.
MATCH (s:Source)
OPTIONAL MATCH mention = (s)-[:MENTIONS]->(e)
WITH s, collect(coalesce(e.display_name, e.name)) AS mentions, collect(mention) AS mentioned
RETURN s.id AS source, s.title AS title, s.publisher AS publisher, s.published AS published,
       s.fact_count AS facts, mentions, mentioned
ORDER BY source
