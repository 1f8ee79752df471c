"""Where the tests find the pinned upstream releases the metric facts were read from.

Nothing upstream is committed. A test that reads a fact back from its source uses the release when it is
on the machine and is skipped (with the reason) otherwise:

- MLServer 1.7.1: the dev environment's installed package (always there, so those tests always run);
- vLLM 0.33.0: `AI_WORKLOADS_VLLM_WHEEL`, the PyPI wheel (`pip download vllm==0.33.0 --no-deps`); unset,
  the tests download that wheel once into the machine's cache;
- TGI 3.3.4, kube-state-metrics 2.20.0, prometheus-operator 0.93.0: a git clone of the repository with
  its tags, in `AI_WORKLOADS_TGI_REPO`, `AI_WORKLOADS_KSM_REPO`, `AI_WORKLOADS_PROMETHEUS_OPERATOR_REPO`;
- llm-d-router v0.10.0 and Istio 1.30.3 (routing facts): clones in `AI_WORKLOADS_LLM_D_ROUTER_REPO`,
  `AI_WORKLOADS_ISTIO_REPO`.
- KEDA 2.20.2, istio/proxy 1.30.3, kiwigrid/k8s-sidecar 2.10.1: likewise, `AI_WORKLOADS_KEDA_REPO`,
  `AI_WORKLOADS_ISTIO_PROXY_REPO`, `AI_WORKLOADS_K8S_SIDECAR_REPO`.

Without a clone, the releases published as Go modules at their tag (KEDA, kube-state-metrics,
prometheus-operator: `GO_MODULES`) are read from the module's source as the Go module proxy serves it
(`go mod download`, the module cache), so CI reads those facts back too. Where that fails the test skips
with the `go` error, or fails with AI_WORKLOADS_REQUIRE_REHEARSAL=1 (CI: the same proxy builds the
rehearsal). Not served as modules at their tags here: llm-d-router v0.10.0 and Istio 1.30.3 (the proxy
refuses them), TGI (Rust), k8s-sidecar (Python, no package).
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import NoReturn

import pytest

# Wheel variable -> the PyPI release it names.
WHEELS = {"AI_WORKLOADS_VLLM_WHEEL": "vllm==0.33.0"}

# Clone variable -> the Go module published from that repository's root (its tags are the module versions).
GO_MODULES = {
    "AI_WORKLOADS_KEDA_REPO": "github.com/kedacore/keda/v2",
    "AI_WORKLOADS_KSM_REPO": "k8s.io/kube-state-metrics/v2",
    "AI_WORKLOADS_PROMETHEUS_OPERATOR_REPO": "github.com/prometheus-operator/prometheus-operator",
}


def wheel_file(variable: str, member: str) -> str:
    with zipfile.ZipFile(wheel_path(variable)) as archive:
        return archive.read(member).decode()


def wheel_path(variable: str) -> Path:
    """The release's wheel: `variable` when it names one, else the PyPI wheel downloaded once into the
    machine's cache (`${XDG_CACHE_HOME:-~/.cache}/ai-workloads/upstream/`, outside the repository)."""
    named = os.environ.get(variable)
    if named and Path(named).is_file():
        return Path(named)
    wheel, error = _pypi_wheel(WHEELS[variable])
    return wheel or _unavailable(f"{variable} is unset and `pip download {WHEELS[variable]}` failed: {error}")


def _unavailable(message: str) -> NoReturn:
    """Skip: the release could not be fetched here; fail where it must be (CI: AI_WORKLOADS_REQUIRE_REHEARSAL=1)."""
    if os.environ.get("AI_WORKLOADS_REQUIRE_REHEARSAL") == "1":
        pytest.fail(message)
    pytest.skip(message)


@functools.cache
def _pypi_wheel(requirement: str) -> tuple[Path | None, str]:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ai-workloads" / "upstream"
    name, version = requirement.split("==")
    pattern = f"{name}-{version}-*.whl"
    if not list(cache.glob(pattern)):
        cache.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "pip", "download", requirement, "--no-deps", "--only-binary=:all:"]
        try:
            done = subprocess.run([*command, "-d", str(cache)], capture_output=True, text=True, timeout=1800)
        except (OSError, subprocess.TimeoutExpired) as error:
            return None, str(error)
        if done.returncode:
            return None, done.stderr.strip()[-500:]
    found = sorted(cache.glob(pattern))
    return (found[0], "") if found else (None, f"no {pattern} in {cache}")


def git_file(variable: str, tag: str, path: str) -> str:
    repo = os.environ.get(variable)
    if not repo or not Path(repo).is_dir():
        return (_module_source(variable, tag) / path).read_text()
    done = subprocess.run(["git", "-C", repo, "show", f"{tag}:{path}"], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"{repo}: {tag}:{path}: {done.stderr.strip()}")
    return done.stdout


def git_files(variable: str, tag: str, folder: str, suffix: str) -> dict[str, str]:
    repo = os.environ.get(variable)
    if not repo or not Path(repo).is_dir():
        root = _module_source(variable, tag)
        found = sorted((root / folder).rglob(f"*{suffix}"))
        return {str(path.relative_to(root)): path.read_text() for path in found}
    names = subprocess.run(
        ["git", "-C", repo, "ls-tree", "-r", "--name-only", tag, folder], capture_output=True, text=True, check=True
    ).stdout.split()
    return {name: git_file(variable, tag, name) for name in names if name.endswith(suffix)}


def _module_source(variable: str, tag: str) -> Path:
    """The module source of the release `tag` of the repository in `variable` (see the module doc)."""
    module = GO_MODULES.get(variable)
    if module is None:
        pytest.skip(f"{variable} does not name a clone of the repository")
    folder, error = _downloaded(module, tag)
    return folder or _unavailable(f"{variable} is unset and `go mod download {module}@{tag}` failed: {error}")


@functools.cache
def _downloaded(module: str, version: str) -> tuple[Path | None, str]:
    try:
        done = subprocess.run(
            ["go", "mod", "download", "-json", f"{module}@{version}"], capture_output=True, text=True, timeout=600
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, str(error)
    info = json.loads(done.stdout or "{}")
    if done.returncode or not info.get("Dir"):
        return None, str(info.get("Error") or done.stderr.strip())
    return Path(info["Dir"]), ""
