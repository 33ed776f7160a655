// What stands behind every relationship the loader wrote: its sources, its quotes and its basis.
// Used by tests/test_facts_over_time.py to check that each has a source and a quote, or says
// that the curator states it from general knowledge (basis 'curator').
// Params: none.
MATCH ()-[r]->()
RETURN type(r) AS type, r.kg_key AS key, coalesce(r.basis, 'source') AS basis,
       coalesce(r.sources, []) AS sources, coalesce(r.evidence, []) AS quotes
