// Which facts come from one article? Every fact edge the source states, in force or not, with
// how firmly, the stake / product / kind it carries, when it holds (valid_from, valid_until, and
// whether a source says it ended) and the quote (evidence) it was taken from.
// Plant facts show as the plant's OPERATES and LOCATED_IN edges; BUILDS_IN is derived from them.
// $source: the source id (the name of its file in data/facts/, without .yaml).
// Graph view: the article's facts as edges between companies, plants and countries.
// :param source => 'catl-baic-xiaomi-beijing-jv'
MATCH fact = (a)-[r]->(b)
WHERE $source IN r.sources
WITH fact, a, r, b,
     [i IN range(0, size(coalesce(r.fact_ids, [])) - 1)
      WHERE r.fact_ids[i] STARTS WITH $source + '#'] AS mine
RETURN type(r) AS type, a.id AS from_id, coalesce(a.display_name, a.name) AS from_name,
       b.id AS to_id, coalesce(b.display_name, b.name) AS to_name, r.status AS status,
       r.percent AS percent, r.product AS product, r.kind AS kind,
       r.valid_from AS valid_from, r.valid_until AS valid_until,
       coalesce(r.ended, false) AS ended,
       [i IN mine | split(r.fact_ids[i], '#')[1]] AS facts,
       CASE WHEN size(mine) > 0 AND r.evidence IS NOT NULL
            THEN [i IN mine | r.evidence[i]] ELSE r.evidence END AS evidence,
       fact
ORDER BY type, from_id, to_id
