// Liveness probe: answers one row when the database is reachable.
RETURN 1 AS ok
