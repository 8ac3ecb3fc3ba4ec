# The two commands of the README: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test setup lint format serve bench loadtest cluster catalogue clean

# Settings fail closed (production) without DJANGO_DEBUG=1: local work sets it here.
setup run test lint format: export DJANGO_DEBUG ?= 1

# What the site needs to run; the test tools only for `make test` and `make lint`.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed
	$(PY) manage.py compile_translations
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable
	$(PY) manage.py load_default_data

run: setup
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: setup lint $(VENV)/.installed-test
	$(PY) -m pytest $(PYTEST_ARGS)

serve: $(VENV)/.installed
	PORT=$(PORT) PY=$(PY) scripts/serve.sh

bench: $(VENV)/.installed
	$(PY) scripts/bench.py

loadtest: $(VENV)/.installed-test
	$(PY) scripts/loadtest.py
	scripts/with_postgres.sh $(PY) scripts/loadtest.py

# Two app servers behind nginx on one PostgreSQL and one Redis, under 300 job seekers, with
# an app server killed and PostgreSQL restarted mid-run (needs redis-server and nginx).
cluster: $(VENV)/.installed-test
	scripts/with_postgres.sh $(PY) scripts/cluster.py $(CLUSTER_ARGS)

# Rebuild fixtures/catalogue.json from the agencies' files with the real importers.
SHARED ?= ../shared
catalogue: $(VENV)/.installed
	$(PY) scripts/build_catalogue.py --shared $(SHARED)

clean:
	rm -rf $(VENV) staticfiles test-artifacts .pytest_cache .ruff_cache
