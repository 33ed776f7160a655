"""Loaders: curated YAML facts → validated, resolved rows → the graph database."""
