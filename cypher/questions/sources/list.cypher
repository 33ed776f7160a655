// Every source article: id, title, publisher, date, link and how many facts it states.
// Params: none.
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.published AS published,
       s.url AS url, s.fact_count AS fact_count
ORDER BY id
