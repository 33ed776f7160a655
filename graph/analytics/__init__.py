"""Supply-chain analytics: pure functions on the networkx projection (fetched by
`graph.analytics.projection`, the one module here that reads the database).

Modules: `networks` (company networks and the supply graph derived from a projection),
`importance` (PageRank, betweenness), `dependence` (a buyer's sources, HHI), `failure` (single
points of failure), `control` (effective ownership, who controls each joint venture),
`communities` (Louvain clusters).
"""
