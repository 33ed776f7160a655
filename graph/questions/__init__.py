"""The questions the API answers, one module each (the Cypher console among them), and the
answer shapes they share (`facts`, `sentences`, `subgraph`)."""
