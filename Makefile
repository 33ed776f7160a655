# Two commands on a fresh machine (Python 3.11, Node.js, Java 17 or 21, Maven): `make run` and
# `make test`. Java and Maven are installed from Debian's packages where apt exists.
# Each installs what it needs, once (stamps in .venv/ and node_modules/ remember it).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
LINT   := tools/cypher-lint
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test lint install install-test chromium neo4j bench clean help

help:
	@echo "make run    install, start the project's Neo4j, load data/, serve on http://127.0.0.1:8000"
	@echo "make test   install everything the tests need and run the whole suite"
	@echo "make lint   ruff and mypy"
	@echo "make bench  benchmarks into BENCHMARKS.md (BENCH_ARGS=\"--sizes S,M\" for a shorter run)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

$(LINT)/node_modules/.installed: $(LINT)/package.json $(LINT)/package-lock.json
	npm ci --prefix $(LINT) --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed-run

install-test: $(VENV)/.installed-test $(LINT)/node_modules/.installed chromium neo4j

# Java and Maven, then the pinned Neo4j jars (tools/neo4j/pom.xml) into var/neo4j/runtime/.
neo4j: | $(BIN)/python
	@bash tools/neo4j/prerequisites.sh
	@$(BIN)/python -m graph.db.server

chromium:
	@if [ ! -x "$(CHROMIUM)" ]; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

run: install neo4j
	$(BIN)/kg serve

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: install-test lint
	$(BIN)/pytest

bench: install-test
	$(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(LINT)/node_modules var .pytest_cache .mypy_cache .ruff_cache
