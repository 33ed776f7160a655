// Empty the database: every node and relationship. Used by tests on their scratch database.
// Params: none.
MATCH (n)
DETACH DELETE n
