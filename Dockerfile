# The battery-kg service: `kg serve` loads data/ into the database at NEO4J_URI, then serves the API.
# Built and run by docker-compose.yml; on its own:
#   docker build -t battery-kg . && docker run -e NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io \
#     -e NEO4J_PASSWORD=... -p 8000:8000 battery-kg
FROM python:3.11.16-slim-trixie

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# 1. The dependencies, exactly [project].dependencies of pyproject.toml (pinned there), in their
#    own layer so a code change does not reinstall them. The image has no Java: it always talks
#    to the Neo4j at NEO4J_URI (the compose file's, or Aura/a server of your own).
COPY pyproject.toml README.md ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# 2. The project itself, installed from pyproject.toml like `make run` does (editable, so the code
#    finds cypher/ and data/ next to it in /app). Its dependencies are already satisfied.
COPY app ./app
COPY graph ./graph
COPY loaders ./loaders
COPY cypher ./cypher
COPY data ./data
RUN pip install -e . \
    && useradd --create-home --uid 10001 --user-group kg

USER kg

ENV KG_HOST=0.0.0.0 \
    KG_PORT=8000
EXPOSE 8000

CMD ["kg", "serve"]
