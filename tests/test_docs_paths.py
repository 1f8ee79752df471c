"""Every repository path, make target, main.py option and link named in README.md and docs/*.md exists, so
the documentation cannot point at code that moved (as it once named policy_exceptions.py long after it went)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO
from test_docs_blocks import doc_files, makefile_targets

PACKAGE = REPO / "constructs" / "ai_workloads"
# A backticked token naming a file of this repository: one of its top-level folders, or a folder of the
# ai_workloads package written relative to it (`synth/cache.py`, `engines/vllm.py`). Upstream paths
# (`vllm/engine/arg_utils.py`, `pkg/...`) start with none of these.
TOP_LEVEL = ("constructs/", "tests/", "docs/", "tools/", "bench/", "imports/", "workloads/", ".ci/")
PACKAGE_FOLDERS = tuple(f"{path.name}/" for path in PACKAGE.iterdir() if path.is_dir() and path.name != "__pycache__")
ROOTS = (REPO, PACKAGE, PACKAGE / "ml_inference_load")
TOKEN = re.compile(r"`([^`\s]+)`")
PLACEHOLDER = re.compile(r"[<>*{}$…]|\.\.\.")
MAKE = re.compile(r"`make ([a-z][\w-]*)")
MAIN_OPTION = re.compile(r"`python3? main\.py ([^`]*)`")
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _texts() -> list[tuple[str, str]]:
    return [(str(path.relative_to(REPO)), path.read_text()) for path in doc_files()]


def repository_paths(text: str) -> list[str]:
    found = []
    for token in TOKEN.findall(text):
        token = token.rstrip(".,:;")
        if PLACEHOLDER.search(token) or not token.startswith(TOP_LEVEL + PACKAGE_FOLDERS):
            continue
        found.append(token.split("#")[0].split(":")[0])
    return found


def test_the_scan_recognises_paths_and_ignores_upstream_ones():
    text = "`synth/cache.py`, `constructs/ai_workloads/x.py`, `vllm/engine/arg_utils.py`, `dist/<name>.k8s.yaml`"
    assert repository_paths(text) == ["synth/cache.py", "constructs/ai_workloads/x.py"]
    assert not exists("constructs/ai_workloads/policy_exceptions.py") and not exists("docs/nowhere.md")
    assert exists("synth/cache.py") and exists("docs/features/lora.md")  # the last: vLLM's, not ours


def exists(path: str) -> bool:
    """Whether `path` is in the repository. A `docs/` path whose folder the repository lacks is an upstream
    project's (vLLM's `docs/features/lora.md`), not ours."""
    if path.startswith("docs/") and not (REPO / path).parent.is_dir():
        return True
    return any((root / path).exists() for root in ROOTS)


@pytest.mark.parametrize(("doc", "text"), _texts(), ids=[name for name, _ in _texts()])
def test_every_repository_path_exists(doc: str, text: str):
    missing = [path for path in repository_paths(text) if not exists(path)]
    assert not missing, f"{doc} names paths that do not exist: {missing}"


@pytest.mark.parametrize(("doc", "text"), _texts(), ids=[name for name, _ in _texts()])
def test_every_make_target_exists(doc: str, text: str):
    missing = sorted(set(MAKE.findall(text)) - makefile_targets())
    assert not missing, f"{doc} names make targets the Makefile lacks: {missing}"


def test_every_main_py_option_exists():
    # `python main.py [subcommand] --option ...`: each option must be in that (sub)command's --help
    commands: dict[str, set[str]] = {}
    for _, text in _texts():
        for line in MAIN_OPTION.findall(text):
            words = line.split()
            subcommand = words[0] if words and not words[0].startswith("-") else ""
            commands.setdefault(subcommand, set()).update(re.findall(r"--[\w-]+", line))
    assert commands.get("", set()), "no main.py option found in the docs"
    for subcommand, options in commands.items():
        usage = subprocess.run(
            [sys.executable, str(REPO / "main.py"), *([subcommand] if subcommand else []), "--help"],
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout
        assert {option for option in options if option not in usage} == set(), (subcommand, usage)


def _anchors(path: Path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    anchors = set()
    fenced = False
    for line in path.read_text().splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return anchors


@pytest.mark.parametrize("doc", doc_files(), ids=lambda path: path.name)
def test_every_relative_link_and_anchor_resolves(doc: Path):
    broken = []
    for target in LINK.findall(doc.read_text()):
        if re.match(r"^[a-z]+:", target):
            continue
        file_part, _, anchor = target.partition("#")
        linked = (doc.parent / file_part) if file_part else doc
        if not linked.exists() or (anchor and linked.suffix == ".md" and anchor not in _anchors(linked)):
            broken.append(target)
    assert not broken, f"{doc.name}: broken links {broken}"
