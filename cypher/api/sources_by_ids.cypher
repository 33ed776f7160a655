// The metadata of the sources with the given ids, for citations: title, publisher, date, link.
// Params: $ids (list of source ids).
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.published AS published,
       s.url AS url
