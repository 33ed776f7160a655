// How many sources are loaded and how many facts they state in all.
// Params: none.
MATCH (s:Source)
RETURN count(s) AS sources, coalesce(sum(s.fact_count), 0) AS facts
