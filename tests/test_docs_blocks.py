"""Every python/sh/yaml code block of README.md and docs/*.md runs, so the documentation cannot drift.

A block is marked on the line before its fence: `<!-- runnable: ... -->` or `<!-- not-runnable: reason -->`;
an unmarked block fails. Runnable blocks:
- python: executed in a scratch copy of the fixture project (workloads/, cdk8s.yaml), with this Python;
- sh/bash: run in a scratch copy of the fixture project made a git repository (workloads/, cdk8s.yaml,
  main.py and the committed outputs): `python main.py ...` as written; `make TARGET` for the targets that
  work on a project (RUN_IN_SCRATCH) as the commands the Makefile runs for it (`make -n`, with the
  environments taken as built); other targets (the test suite, the cluster, the benchmark) must exist in
  the Makefile. Any other command must be marked not-runnable;
- yaml: must parse; a workload file (`type:` of a registered kind) is validated by the loader.
Blocks without a language (sample output) are not checked.
"""

from __future__ import annotations

import os
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
    """The fixture project as a team's repository: its workload files, cdk8s.yaml, main.py and its committed
    outputs in one git commit."""
    shutil.copytree(PROJECT, tmp_path, dirs_exist_ok=True)
    shutil.copy(REPO / "main.py", tmp_path / "main.py")
    (tmp_path / "node_modules").symlink_to(REPO / "node_modules")
    (tmp_path / ".gitignore").write_text("node_modules\n.cache/\n")
    git = ["git", "-c", "user.name=docs", "-c", "user.email=docs@example.invalid"]
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "the team's workloads and outputs"]):
        subprocess.run([*git, *command], cwd=tmp_path, check=True, capture_output=True)
    return tmp_path


# Targets a runnable block's `make` runs in the scratch project; the others are only checked to exist (they
# run the whole test suite, need a cluster or Go, or take minutes).
RUN_IN_SCRATCH = {"synth", "diff", "new", "prerequisites"}
# Prerequisites taken as built when `make -n` lists a target's commands (the environments of REPO).
ASSUMED_BUILT = (".venv/.synced", ".venv/.synced-dev", "node_modules/.synth", "node_modules/.installed")
ASSUMED_BUILT += (".cache/compiled.stamp", "bootstrap", "rehearsal-bootstrap", "tools/checkov/.venv/bin/checkov")


def make_commands(arguments: list[str]) -> list[str]:
    """The shell commands `make ARGUMENTS` runs for its targets (not for its prerequisites)."""
    assumed = [f"--assume-old={path}" for path in ASSUMED_BUILT]
    result = subprocess.run(
        ["make", "-n", "-s", *assumed, *arguments], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def run_in(scratch: Path, block: Block, command: str, shell_command: str) -> None:
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", shell_command],
        cwd=scratch,
        capture_output=True,
        text=True,
        timeout=600,
        env=environment,
    )
    assert result.returncode == 0, f"{block}: `{command}` ({shell_command}): {result.stderr}"
    assert "Traceback" not in result.stderr, f"{block}: `{command}`: {result.stderr}"


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
            if set(named) <= RUN_IN_SCRATCH:
                for shell_command in make_commands(words[1:]):
                    run_in(scratch, block, command, shell_command)
        elif words[0] in {"python", "python3"} and words[1:2] == ["main.py"]:
            run_in(scratch, block, command, shlex.join(["python", *words[1:]]))
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


def test_the_cel_figures_in_the_docs_are_what_make_check_prints_for_the_examples():
    line = next(line for line in (REPO / "docs" / "gates.md").read_text().splitlines() if line.startswith("CEL: "))
    result = subprocess.run(
        [sys.executable, "-m", "ai_workloads.check", "dist"], cwd=PROJECT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert line in result.stdout.splitlines(), f"docs/gates.md says {line!r}; make check prints {result.stdout!r}"


def test_readme_says_which_command_a_teams_ci_runs():
    text = (REPO / "README.md").read_text()
    assert "### Your team's CI: `make ci`" in text
    assert "ci" in makefile_targets()


def test_a_make_block_runs_the_makefiles_commands_in_the_scratch_project(scratch: Path):
    # GIVEN the commands `make synth` stands for
    assert make_commands(["synth"])[0] == "python main.py --prerequisites prerequisites.yaml"
    # WHEN a block's `make synth` runs on a broken workload file
    broken = next((scratch / "workloads").glob("*.yaml"))
    broken.write_text(broken.read_text().replace("namespace:", "namespace: [", 1))
    block = Block("test", 1, "sh", "runnable", "make synth\n")
    # THEN the block fails, naming the command
    with pytest.raises(AssertionError, match="`make synth`"):
        run_shell(block, scratch)


def test_a_make_diff_block_compares_with_the_committed_outputs(scratch: Path):
    # GIVEN a changed workload file in the scratch repository
    path = next((scratch / "workloads").glob("llama*.yaml"))
    path.write_text(path.read_text().replace("llama-3-8b.inference", "llama-3-8b-v2.inference"))
    # WHEN a block runs `make synth` and `make diff`  THEN both succeed and synth wrote the change
    run_shell(Block("test", 1, "sh", "runnable", "make synth\nmake diff\n"), scratch)
    assert "llama-3-8b-v2.inference" in next((scratch / "dist").glob("llama-3-8b-instruct*")).read_text()
