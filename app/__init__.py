"""The FastAPI service and the `kg` command line."""
