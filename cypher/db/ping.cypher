// Liveness probe: answers one row when the database is reachable.
// Params: none.
RETURN 1 AS ok
