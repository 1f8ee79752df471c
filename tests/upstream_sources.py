"""Where the tests find the pinned upstream releases the metric facts were read from.

Nothing upstream is committed. A test that reads a fact back from its source uses the release when it is
on the machine and is skipped (with the reason) otherwise:

- MLServer 1.7.1: the dev environment's installed package (always there, so those tests always run);
- vLLM 0.33.0: `AI_WORKLOADS_VLLM_WHEEL`, the PyPI wheel (`pip download vllm==0.33.0 --no-deps`);
- TGI 3.3.4, kube-state-metrics 2.20.0, prometheus-operator 0.93.0: a git clone of the repository with
  its tags, in `AI_WORKLOADS_TGI_REPO`, `AI_WORKLOADS_KSM_REPO`, `AI_WORKLOADS_PROMETHEUS_OPERATOR_REPO`;
- llm-d-router v0.10.0 and Istio 1.30.3 (routing facts): clones in `AI_WORKLOADS_LLM_D_ROUTER_REPO`,
  `AI_WORKLOADS_ISTIO_REPO`.
- KEDA 2.20.2, istio/proxy 1.30.3, kiwigrid/k8s-sidecar 2.10.1: likewise, `AI_WORKLOADS_KEDA_REPO`,
  `AI_WORKLOADS_ISTIO_PROXY_REPO`, `AI_WORKLOADS_K8S_SIDECAR_REPO`.
"""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

import pytest


def wheel_file(variable: str, member: str) -> str:
    wheel = os.environ.get(variable)
    if not wheel or not Path(wheel).is_file():
        pytest.skip(f"{variable} does not name the release's wheel")
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(member).decode()


def git_file(variable: str, tag: str, path: str) -> str:
    repo = os.environ.get(variable)
    if not repo or not Path(repo).is_dir():
        pytest.skip(f"{variable} does not name a clone of the repository")
    done = subprocess.run(["git", "-C", repo, "show", f"{tag}:{path}"], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"{repo}: {tag}:{path}: {done.stderr.strip()}")
    return done.stdout


def git_files(variable: str, tag: str, folder: str, suffix: str) -> dict[str, str]:
    repo = os.environ.get(variable)
    if not repo or not Path(repo).is_dir():
        pytest.skip(f"{variable} does not name a clone of the repository")
    names = subprocess.run(
        ["git", "-C", repo, "ls-tree", "-r", "--name-only", tag, folder], capture_output=True, text=True, check=True
    ).stdout.split()
    return {name: git_file(variable, tag, name) for name in names if name.endswith(suffix)}
