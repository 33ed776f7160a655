"""Graph access, model, analytics and visual views of the battery-industry knowledge graph."""
