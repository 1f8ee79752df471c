"""Every python/sh/yaml code block of README.md and docs/*.md runs, so the documentation cannot drift.

A block is marked on the line before its fence: `<!-- runnable: ... -->` or `<!-- not-runnable: reason -->`;
an unmarked block fails. Runnable blocks:
- python: executed in a scratch copy of the fixture project (workloads/, cdk8s.yaml), with this Python;
- sh/bash: every `make TARGET` must be a Makefile target, every `python main.py ...` runs in the scratch
  copy; any other command must be marked not-runnable;
- yaml: must parse; a workload file (`type:` of a registered kind) is validated by the loader.
Blocks without a language (sample output) are not checked.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from conftest import PROJECT, REPO

CHECKED_LANGUAGES = {"python", "sh", "bash", "shell", "yaml", "yml"}
MARKER = re.compile(r"^<!-- (runnable|not-runnable)(?::\s*(.*?))?\s*-->$")


@dataclass(frozen=True)
class Block:
    file: str
    line: int
    language: str
    marker: str | None  # "runnable", "not-runnable" or None
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line} ({self.language})"


def doc_files() -> list[Path]:
    return [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]


def blocks_of(path: Path) -> list[Block]:
    lines = path.read_text().splitlines()
    blocks, index = [], 0
    while index < len(lines):
        fence = re.match(r"^(```+)\s*([\w-]*)", lines[index])
        if not fence:
            index += 1
            continue
        end = next(i for i in range(index + 1, len(lines)) if lines[i].startswith(fence.group(1)))
        previous = next((lines[i].strip() for i in range(index - 1, -1, -1) if lines[i].strip()), "")
        marker = MARKER.match(previous)
        language = fence.group(2).lower()
        if language in CHECKED_LANGUAGES:
            blocks.append(
                Block(
                    str(path.relative_to(REPO)),
                    index + 1,
                    language,
                    marker and marker.group(1),
                    "\n".join(lines[index + 1 : end]) + "\n",
                )
            )
        index = end + 1
    return blocks


ALL_BLOCKS = [block for path in doc_files() for block in blocks_of(path)]
RUNNABLE = [block for block in ALL_BLOCKS if block.marker == "runnable"]


def makefile_targets() -> set[str]:
    text = (REPO / "Makefile").read_text()
    return {m.group(1) for m in re.finditer(r"^([A-Za-z][\w.-]*)\s*:(?!=)", text, re.MULTILINE)}


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    shutil.copytree(PROJECT / "workloads", tmp_path / "workloads")
    shutil.copy(PROJECT / "cdk8s.yaml", tmp_path / "cdk8s.yaml")
    (tmp_path / "node_modules").symlink_to(REPO / "node_modules")
    return tmp_path


def test_every_code_block_is_marked():
    unmarked = [str(block) for block in ALL_BLOCKS if block.marker is None]
    assert not unmarked, f"mark each block `<!-- runnable: ... -->` or `<!-- not-runnable: reason -->`: {unmarked}"
    assert RUNNABLE, "no runnable block found"


@pytest.mark.parametrize("block", RUNNABLE, ids=str)
def test_runnable_block_runs(block: Block, scratch: Path):
    if block.language == "python":
        run_python(block, scratch)
    elif block.language in {"sh", "bash", "shell"}:
        run_shell(block, scratch)
    else:
        check_yaml(block, scratch)


def run_python(block: Block, scratch: Path) -> None:
    (scratch / "block.py").write_text(block.text)
    result = subprocess.run([sys.executable, "block.py"], cwd=scratch, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{block}: {result.stderr}"
    assert "Traceback" not in result.stderr and "end-of-life" not in result.stderr, f"{block}: {result.stderr}"


def run_shell(block: Block, scratch: Path) -> None:
    targets = makefile_targets()
    for line in block.text.splitlines():
        command = line.split("#", 1)[0].strip()
        if not command:
            continue
        words = shlex.split(command)
        if words[0] == "make":
            named = [word for word in words[1:] if "=" not in word and not word.startswith("-")]
            assert named and set(named) <= targets, f"{block}: `{command}`: no such Makefile target"
        elif words[:2] == ["python", "main.py"]:
            result = subprocess.run(
                [sys.executable, str(REPO / "main.py"), *words[2:]],
                cwd=scratch,
                capture_output=True,
                text=True,
                timeout=600,
            )
            assert result.returncode == 0, f"{block}: `{command}`: {result.stderr}"
        else:
            pytest.fail(f"{block}: `{command}` cannot run in a test: mark the block `<!-- not-runnable: reason -->`")


def check_yaml(block: Block, scratch: Path) -> None:
    document = yaml.safe_load(block.text)
    from ai_workloads.registry import kinds

    if isinstance(document, dict) and document.get("type") in {kind.type for kind in kinds()}:
        from ai_workloads.synth.loader import load_workload_files

        path = scratch / "workloads" / "from-docs.yaml"
        path.write_text(block.text)
        _, errors = load_workload_files([path])
        assert errors == [], f"{block}: " + "; ".join(map(str, errors))


def test_readme_cel_figures_are_what_make_check_prints_for_the_examples():
    line = next(line for line in (REPO / "README.md").read_text().splitlines() if line.startswith("CEL: "))
    result = subprocess.run(
        [sys.executable, "-m", "ai_workloads.check", "dist"], cwd=PROJECT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert line in result.stdout.splitlines(), f"README says {line!r}; make check prints {result.stdout!r}"


def test_readme_says_which_command_a_teams_ci_runs():
    text = (REPO / "README.md").read_text()
    assert "### Your team's CI: `make ci`" in text
    assert "ci" in makefile_targets()
