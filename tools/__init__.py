"""Developer tools: the Cypher grammar check and the generators of the Cypher families."""
