# The two commands of the README: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test setup lint format serve bench loadtest catalogue clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable
	$(PY) manage.py load_default_data

run: setup
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: setup lint
	$(PY) -m pytest $(PYTEST_ARGS)

serve: $(VENV)/.installed
	PORT=$(PORT) PY=$(PY) scripts/serve.sh

bench: $(VENV)/.installed
	$(PY) scripts/bench.py

loadtest: $(VENV)/.installed
	$(PY) scripts/loadtest.py
	scripts/with_postgres.sh $(PY) scripts/loadtest.py

# Rebuild fixtures/catalogue.json from the agencies' files with the real importers.
SHARED ?= ../shared
catalogue: $(VENV)/.installed
	$(PY) scripts/build_catalogue.py --shared $(SHARED)

clean:
	rm -rf $(VENV) staticfiles test-artifacts .pytest_cache .ruff_cache
