"""docs/environment.md lists every AI_WORKLOADS_* setting the project reads, and only those."""

from __future__ import annotations

import os
import re
from pathlib import Path

from conftest import REPO

NAME = re.compile(r"AI_WORKLOADS_[A-Z0-9_]*[A-Z0-9]")
SEARCHED = ["constructs", "tests", "bench", "tools", "main.py", "Makefile"]
DOC = REPO / "docs" / "environment.md"
ROW = re.compile(r"^\| `(AI_WORKLOADS_[A-Z0-9_]+)` \|(.+)\|$")


def names_read() -> dict[str, list[str]]:
    """Every AI_WORKLOADS_* name in the searched source files, with the files naming it."""
    found: dict[str, list[str]] = {}
    for entry in SEARCHED:
        root = REPO / entry
        for path in [root] if root.is_file() else _source_files(root):
            if path == Path(__file__):
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            for name in set(NAME.findall(text)):
                found.setdefault(name, []).append(str(path.relative_to(REPO)))
    return found


def _source_files(root: Path) -> list[Path]:
    """Files under `root`, skipping environments, node_modules and the tests' fixture projects."""
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in {".venv", "node_modules", "fixtures", "__pycache__"})
        found += [Path(folder) / name for name in sorted(names) if name.endswith((".py", ".go", ".sh", ".mk"))]
    return found


def documented() -> dict[str, list[str]]:
    rows = {}
    for line in DOC.read_text().splitlines():
        match = ROW.match(line)
        if match:
            rows[match.group(1)] = [cell.strip() for cell in match.group(2).split(" | ")]
    return rows


def test_every_setting_read_is_documented():
    # GIVEN every AI_WORKLOADS_* name the code, Makefile, tests and tools mention
    read = names_read()
    assert "AI_WORKLOADS_SYNTH_WORKERS" in read  # the scan finds what it must
    # THEN each has a row in docs/environment.md
    missing = {name: files for name, files in read.items() if name not in documented()}
    assert not missing, f"document these in docs/environment.md: {missing}"


def test_every_documented_setting_is_read_somewhere():
    stale = set(documented()) - set(names_read())
    assert not stale, f"docs/environment.md documents names nothing reads: {sorted(stale)}"


def test_every_row_says_default_effect_and_where_read():
    for name, cells in documented().items():
        assert len(cells) == 3 and all(cells), (name, cells)
        where = cells[2]
        # the "read in" cell names files that exist (module paths relative to constructs/ai_workloads/)
        for path in re.findall(r"`([\w./-]+\.(?:py|md)|Makefile)`", where):
            assert any((base / path).exists() for base in (REPO, REPO / "constructs" / "ai_workloads")), (name, path)
