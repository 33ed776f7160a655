"""The database: its settings, the project-managed Neo4j server, the connection, the one class
that touches the driver (`client.Graph`), the named queries and the conversion of driver values."""
