# make run   - set everything up and start the app
# make test  - set everything up and run every check (lint, types, content, tests, the frozen app)
# make dist  - build the standalone app: dist/kiosk/ (ONEFILE=1: one file, DEBUG=1: console build)
# make translations - refresh resources/translations/*.ts from the source (then translate, commit)
# make screens - contact sheets of every screen and pop-up, one PNG per window size, in build/screens/
# make bench - measure start-up, page turns, text size, memory, endurance, scale, and against
#              Chromium into BENCHMARKS.md (~25 min; `.venv/bin/python -m bench --quick`: seconds)
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

TS_DIR := resources/translations
LUPDATE := -silent -locations none -no-obsolete -source-language en

.PHONY: run test setup system-deps lint typecheck content-check pytest bench dist frozen-test clean translations screens

run: setup
	$(PY) -m kiosk run

test: setup lint typecheck content-check pytest frozen-test

setup: system-deps $(STAMP)

system-deps:
	@scripts/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,dist]"
	touch $(STAMP)

# lupdate cannot see our tr() helpers' contexts, so scripts/ui_strings.py lists every string for it first.
# The compiled .qm files are committed, so any install (pip, wheel, frozen) is complete; they are
# recompiled here and tests/test_translations.py fails when one does not match its .ts.
translations: $(STAMP)
	$(PY) scripts/ui_strings.py build/ui_strings.py
	$(VENV)/bin/pyside6-lupdate $(LUPDATE) -target-language es_419 build/ui_strings.py -ts $(TS_DIR)/kiosk_es.ts
	$(VENV)/bin/pyside6-lupdate $(LUPDATE) -target-language en -pluralonly build/ui_strings.py \
		-ts $(TS_DIR)/kiosk_en.ts
	for ts in $(TS_DIR)/*.ts; do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

lint: setup
	$(VENV)/bin/ruff check kiosk tests bench scripts
	$(VENV)/bin/ruff format --check kiosk tests bench scripts

typecheck: setup
	$(VENV)/bin/mypy

content-check: setup
	$(PY) -m kiosk check content

pytest: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

dist: setup
	$(PY) scripts/build_dist.py $(if $(ONEFILE),--onefile) $(if $(DEBUG),--debug)

# Build the one-folder app and run it as a clinic would: another folder, a clean environment.
frozen-test: setup
	$(PY) scripts/build_dist.py --no-archive
	$(PY) scripts/frozen_smoke.py dist/kiosk/kiosk

# Not part of make test: for a person to look at (scripts/contact_sheet.py --help for options).
screens: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/contact_sheet.py --out build/screens

bench: setup
	bench/setup.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
