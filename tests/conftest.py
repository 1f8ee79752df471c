"""Shared fixtures. Importing ai_workloads first pins jsii to the Node.js inside the venv."""

from __future__ import annotations

import copy
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import ai_workloads  # noqa: F401  (must precede any cdk8s import)
from ai_workloads.gates.crd_schema import crds_dir, crds_required, load_bundled_catalog
from ai_workloads.registry import validate_document
from ai_workloads.stage_types import LoadedWorkload
from ai_workloads.synth.build import render

REPO = Path(__file__).resolve().parent.parent
# The tool's own tests run on a project of their own (the five examples and their expected outputs), never
# on the repository's workloads/, dist/ and argocd/, which belong to the team using the tool (their gate
# is `make ci`). `make fixtures` regenerates the expected outputs after a change to what is rendered.
PROJECT = REPO / "tests" / "fixtures" / "project"
WORKLOADS = PROJECT / "workloads"
DIST = PROJECT / "dist"

# Subprocesses (main.py, cdk8s synth) run in scratch folders: give them the CRD folder as an absolute path.
os.environ["AI_WORKLOADS_CRDS_DIR"] = str((REPO / crds_dir()).resolve())

LLAMA = "llama-3-8b-instruct.yaml"
MIXTRAL = "mixtral-8x7b-instruct-awq.yaml"
FRAUD = "fraud-scoring.yaml"
QWEN = "qwen2-5-7b-instruct.yaml"


REQUIRE_REHEARSAL_ENV = "AI_WORKLOADS_REQUIRE_REHEARSAL"


def rehearsal_binaries_or_skip() -> None:
    """Skip the test without the rehearsal's control-plane binaries (fail with AI_WORKLOADS_REQUIRE_REHEARSAL=1)."""
    try:
        from ai_workloads.rehearsal.binaries import ensure_binaries

        ensure_binaries()
    except Exception as error:
        if os.environ.get(REQUIRE_REHEARSAL_ENV) == "1":
            pytest.fail(f"the rehearsal binaries are not available: {error}")
        pytest.skip(f"the rehearsal binaries are not available: {error}")


def example_document(file_name: str) -> dict[str, Any]:
    return yaml.safe_load((WORKLOADS / file_name).read_text())


def workload_errors(document: dict[str, Any], tmp_path: Path, name: str = "x.yaml") -> list[str]:
    """`<field path>: <message>` of every error loading `document` as a workload file (empty: it loads)."""
    from ai_workloads.errors import WorkloadErrors
    from ai_workloads.synth.loader import load_workload_file

    path = tmp_path / name
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    try:
        load_workload_file(path)
    except WorkloadErrors as error:
        return [f"{e.field_path}: {e.message}" for e in error.errors]
    return []


def render_document(document: dict[str, Any], file: str = "workloads/test.yaml") -> list[dict[str, Any]]:
    """Validate a values document and render its objects (no gates, no files)."""
    values = validate_document(document)
    return render([LoadedWorkload(file=file, values=values)])[0].manifests


def find(manifests: list[dict[str, Any]], kind: str, name: str | None = None) -> dict[str, Any]:
    matches = [m for m in manifests if m["kind"] == kind and (name is None or m["metadata"]["name"] == name)]
    assert len(matches) == 1, f"expected one {kind} {name or ''}, found {[m['metadata']['name'] for m in matches]}"
    return matches[0]


def run_main(
    workdir: Path,
    *args: str,
    env: dict[str, str] | None = None,
    platform_files: bool = False,
    cpu_seconds: int | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run main.py as a user would, in `workdir` (which holds workloads/ and dist/); dist/ only unless
    `platform_files` (schemas/, .cat/backstage/, argocd/ in `workdir`). `cpu_seconds`: a CPU-time limit
    (RLIMIT_CPU) that ends a run doing more work than that (SIGXCPU: returncode -24)."""

    def limit_cpu() -> None:
        if cpu_seconds is not None:
            resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))  # SIGXCPU, then SIGKILL

    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args, *([] if platform_files else ["--no-platform-files"])],
        cwd=workdir,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
        preexec_fn=limit_cpu if cpu_seconds is not None else None,
    )


def run_facts(stderr: str) -> dict[str, Any]:
    """What a run with AI_WORKLOADS_TIMINGS=json reported about itself (synth/timeline.py): its one JSON
    line on stderr, {"steps": [[step, seconds], ...], "total": seconds, "notes": {...}}."""
    found = [json.loads(line)["timings"] for line in stderr.splitlines() if line.startswith('{"timings": ')]
    assert len(found) == 1, f"expected one timings line on stderr:\n{stderr}"
    return dict(found[0])


def run_cli_noting_cdk8s(workdir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`main([])` (with the platform files) in a process of its own in `workdir`; its last stdout line says
    whether that process loaded cdk8s (and so started the jsii runtime) itself."""
    code = (
        "import sys\n"
        "from ai_workloads.synth.cli import main\n"
        "status = main([])\n"
        "print('cdk8s loaded' if 'cdk8s' in sys.modules else 'cdk8s not loaded')\n"
        "sys.exit(status)\n"
    )
    environment = {
        **os.environ,
        "PATH": f"{os.path.dirname(sys.executable)}{os.pathsep}{os.environ['PATH']}",
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True, env=environment, timeout=300
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes (to prove a folder is untouched)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A scratch project: the example workloads, the committed dist/ and cdk8s.yaml."""
    shutil.copytree(WORKLOADS, tmp_path / "workloads")
    shutil.copytree(DIST, tmp_path / "dist")
    shutil.copy(PROJECT / "cdk8s.yaml", tmp_path / "cdk8s.yaml")
    shutil.copytree(PROJECT / "schemas", tmp_path / "schemas")
    (tmp_path / "node_modules").symlink_to(REPO / "node_modules")  # json2ts, for runs writing schemas/workload.d.ts
    return tmp_path


@pytest.fixture(scope="session")
def crd_catalog():
    """The CRD schemas the gate validates custom resources with: the bundle `make imports` commits in
    imports/crd_schemas (no CRD folder needed)."""
    catalog = load_bundled_catalog()
    if catalog is None:
        pytest.fail("no bundled CRD schemas in imports/crd_schemas: run `make imports`")
    return catalog


@pytest.fixture(scope="session")
def crds_folder() -> Path:
    """The upstream CRD files (only needed to regenerate imports/); skipped with a clear message when the
    folder is missing, unless CI requires it (AI_WORKLOADS_REQUIRE_CRDS)."""
    folder = crds_dir()
    if not folder.is_dir():
        message = f"CRD folder {folder} not found: set AI_WORKLOADS_CRDS_DIR to regenerate imports/ from the CRDs"
        if crds_required():
            pytest.fail(message)
        pytest.skip(message)
    return folder.resolve()


@pytest.fixture
def llama() -> dict[str, Any]:
    return copy.deepcopy(example_document(LLAMA))


@pytest.fixture
def mixtral() -> dict[str, Any]:
    return copy.deepcopy(example_document(MIXTRAL))


@pytest.fixture
def qwen() -> dict[str, Any]:
    return copy.deepcopy(example_document(QWEN))


@pytest.fixture
def fraud() -> dict[str, Any]:
    return copy.deepcopy(example_document(FRAUD))
