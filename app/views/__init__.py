"""Interactive network views (pyvis / vis-network) served as HTML pages."""
