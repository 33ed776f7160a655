// The partnerships of a company announced on a day, month or year: partner, kind, name, status.
// Params: $company (company id), $date (YYYY, YYYY-MM or YYYY-MM-DD: a prefix of the `announced`
// date).
MATCH (c:Company {id: $company})-[r:PARTNERS_WITH]-(p:Company)
WHERE r.announced STARTS WITH $date
RETURN p.id AS partner,
       coalesce(p.display_name, p.name) AS name,
       r.kind AS kind,
       r.name AS agreement,
       r.announced AS announced,
       r.status AS status
ORDER BY partner
