# swiftcoder: `make reproduce` runs the smoke reproduction, `make test` runs every check CI runs.
# Both set up what they need first (a venv with the pinned packages, the toolchains) and are idempotent.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.swiftcoder-installed
PROFILE ?= smoke
export SWIFTCODER_PROGRESS ?= $(if $(CI),0,1)

.PHONY: help setup toolchains reproduce test check-notebooks nbtest pytest export lab clean-runs

help:
	@echo "make reproduce   set up, then run every stage notebook with the smoke profile (PROFILE=test|smoke|full;"
	@echo "                 STAGE=NAME: that stage and what it needs; FROM=NAME: rerun from that stage on)"
	@echo "make test        set up, then: notebooks clean and in sync, nbdev_test, pytest"
	@echo "make setup       venv with the pinned packages + toolchains"
	@echo "make export      nbdev_export + nbdev_clean after editing notebooks"
	@echo "make lab         JupyterLab on nbs/"

setup: $(STAMP) toolchains

$(STAMP): requirements.txt requirements-nodeps.txt settings.ini setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -r requirements.txt
	$(BIN)/python -m pip install -q --no-deps -r requirements-nodeps.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	@touch $(STAMP)

toolchains:
	@bash reproduce/install_toolchains.sh

reproduce: setup
	$(BIN)/swiftcoder reproduce --profile $(PROFILE) $(if $(STAGE),--stage $(STAGE)) $(if $(FROM),--from $(FROM))

test: setup
	@$(MAKE) --no-print-directory check-notebooks nbtest pytest

# CI fails when a notebook is not clean or swiftcoder/ is out of sync with nbs/ (the nbdev CI recipe)
check-notebooks:
	@before=$$(sha256sum nbs/*.ipynb swiftcoder/*.py); \
	$(BIN)/nbdev_export && $(BIN)/nbdev_clean; \
	after=$$(sha256sum nbs/*.ipynb swiftcoder/*.py); \
	if [ "$$before" != "$$after" ]; then \
	  echo "Notebooks not clean or package out of sync; nbdev_export / nbdev_clean changed:"; \
	  diff <(echo "$$before") <(echo "$$after") | grep '^>' | awk '{print "  " $$3}'; \
	  echo "Run 'make export' and commit the result."; exit 1; \
	else echo "notebooks clean, swiftcoder/ in sync with nbs/"; fi
	@$(BIN)/ruff format --check --quiet nbs/ || { echo "Notebook code not formatted: run 'make export' (ruff format nbs/)"; exit 1; }

# stage notebooks read upstream stages' outputs, so they run one at a time in their numbered order
nbtest:
	$(BIN)/nbdev_test --n_workers 0 --do_print

pytest:
	$(BIN)/python -m pytest tests/ -q -ra

export: $(STAMP)
	$(BIN)/ruff format --quiet nbs/ && $(BIN)/nbdev_export && $(BIN)/nbdev_clean

lab: setup
	$(BIN)/jupyter lab nbs/

clean-runs:
	rm -rf runs/
