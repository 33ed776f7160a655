// Empty the database: every node and relationship. Used by tests on their scratch database.
MATCH (n)
DETACH DELETE n
