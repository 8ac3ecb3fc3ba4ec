# The two commands of the README: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test setup lint format serve bench loadtest cluster clean

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

# Two app servers behind nginx on one PostgreSQL and one Redis, under 300 job seekers, with
# an app server killed and PostgreSQL restarted mid-run (needs redis-server and nginx).
cluster: $(VENV)/.installed
	scripts/with_postgres.sh $(PY) scripts/cluster.py $(CLUSTER_ARGS)

clean:
	rm -rf $(VENV) staticfiles test-artifacts .pytest_cache .ruff_cache
