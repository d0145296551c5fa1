# make run   - set everything up and start the app
# make test  - set everything up and run every check (lint, types, content, tests)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup system-deps lint typecheck content-check pytest bench dist clean

run: setup
	$(PY) -m kiosk run

test: setup lint typecheck content-check pytest

setup: system-deps $(STAMP)

system-deps:
	@scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

lint: setup
	$(VENV)/bin/ruff check kiosk tests bench
	$(VENV)/bin/ruff format --check kiosk tests bench

typecheck: setup
	$(VENV)/bin/mypy

content-check: setup
	$(PY) -m kiosk check content

pytest: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
