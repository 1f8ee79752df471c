"""A team's repository as the tests imagine it: a scratch copy of the project with workload files that
are not the examples (generated here), in two namespaces, and the outputs `make synth` committed."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from conftest import FRAUD, LLAMA, QWEN, REPO, example_document

SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/{kind}.schema.json\n"


def _inference(base: str, name: str, namespace: str, *, cache: bool) -> dict[str, Any]:
    document = copy.deepcopy(example_document(base))
    document.update(serviceName=name, namespace=namespace, description=f"{name} for the team")
    document["gateway"]["hosts"] = [f"{name}.{namespace}.example.org"]
    if cache:
        document["modelCache"] = {"size": "60Gi"}
    else:
        document.pop("modelCache", None)
    return document


def _release(name: str, namespace: str, tags: tuple[str, str]) -> dict[str, Any]:
    document = copy.deepcopy(example_document(FRAUD))
    document.update(releaseName=name, namespace=namespace, description=f"{name} model servers")
    document["istio"]["hosts"] = [f"{name}.{namespace}.example.org"]
    for app, tag in zip(document["apps"], tags):  # the same app names in both releases (mlserver-a, mlserver-b)
        app["settings"]["server_name"] = f"{name}-{app['name']}"
        app["modelSettings"]["parameters"]["version"] = tag
    return document


def team_workloads() -> dict[str, dict[str, Any]]:
    """Six workload files: TGI x2, vLLM with and without modelCache, two MLServer releases of two apps
    each that reuse the app names; in namespaces team-a and team-b."""
    return {
        "chat.yaml": _inference(LLAMA, "chat", "team-a", cache=False),
        "chat-large.yaml": _inference(LLAMA, "chat-large", "team-b", cache=False),
        "code-assist.yaml": _inference(QWEN, "code-assist", "team-a", cache=True),
        "summarize.yaml": _inference(QWEN, "summarize", "team-b", cache=False),
        "scoring.yaml": _release("scoring", "team-b", ("2026-10-01", "2026-10-02")),
        "ranking.yaml": _release("ranking", "team-b", ("2026-09-01", "2026-09-02")),
    }


def write_workload(folder: Path, file_name: str, document: dict[str, Any]) -> Path:
    kind = "ml-inference-load" if document["type"] == "ML_INFERENCE_LOAD" else "mlserver-release"
    path = folder / file_name
    path.write_text(SCHEMA_LINE.format(kind=kind) + yaml.safe_dump(document, sort_keys=False))
    return path


def make_team_project(root: Path, *, synthesized: bool = True) -> Path:
    """`root` as a team's repository: workload files, cdk8s.yaml, main.py, node_modules linked in; with
    `synthesized`, the outputs of `python main.py` as the team would commit them."""
    (root / "workloads").mkdir(parents=True)
    for name, document in team_workloads().items():
        write_workload(root / "workloads", name, document)
    shutil.copy(REPO / "cdk8s.yaml", root / "cdk8s.yaml")
    shutil.copy(REPO / "main.py", root / "main.py")
    (root / "node_modules").symlink_to(REPO / "node_modules")
    if synthesized:
        synth(root)
    return root


def synth(root: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "main.py", "--no-cache"], cwd=root, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr
    return result
