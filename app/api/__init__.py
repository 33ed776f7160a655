"""HTTP routes, one module per resource under `app/api/routes/`."""
