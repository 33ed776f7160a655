"""Thin route modules: parse the request, call `graph/`, return a response model."""
