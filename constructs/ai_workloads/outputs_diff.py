"""`make diff` (`python -m ai_workloads.outputs_diff`): what the workload files of the working tree do to dist/
and argocd/, object by object, against the outputs committed at a git revision (default HEAD).

The working tree's workloads/ is synthesized into a scratch copy (nothing of the project is written); the
committed files are read with `git show`. Printed as Markdown for a pull request description: per file,
each object added, removed or changed, and for a changed object every field that differs
(`spec.replicas: 1 -> 2`). Exit 0 (also when nothing changes), 1 when the workload files are invalid
(their `file: path: message` lines) or git cannot read the revision.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

from ai_workloads.repo_check import synthesize_copy

FOLDERS = ("dist", "argocd")
VALUE_WIDTH = 80

Objects = dict[tuple[str, str, str], dict[str, Any]]  # (kind, namespace, name) -> object


def _objects(text: str) -> Objects:
    found = {}
    for document in yaml.safe_load_all(text):
        if isinstance(document, dict):
            metadata = document.get("metadata") or {}
            found[(document.get("kind", "?"), metadata.get("namespace", ""), metadata.get("name", "?"))] = document
    return found


def committed_files(project: Path, revision: str) -> dict[str, str]:
    listing = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", revision, "--", *FOLDERS],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return {
        path: subprocess.run(
            ["git", "show", f"{revision}:{path}"], cwd=project, capture_output=True, text=True, check=True
        ).stdout
        for path in listing
        if path.endswith(".yaml")
    }


def produced_files(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): path.read_text()
        for folder in FOLDERS
        for path in sorted((root / folder).rglob("*.yaml"))
    }


_ABSENT = object()


def _short(value: Any) -> str:
    text = "(absent)" if value is _ABSENT else yaml.safe_dump(value, default_flow_style=True, width=10_000).strip()
    text = text.removesuffix("\n...").strip()
    return text if len(text) <= VALUE_WIDTH else text[: VALUE_WIDTH - 3] + "..."


def field_changes(old: Any, new: Any, path: str = "") -> Iterator[str]:
    """`path: old -> new` for every leaf that differs (lists compared item by item)."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(old.keys() | new.keys(), key=str):
            yield from field_changes(
                old.get(key, _ABSENT), new.get(key, _ABSENT), f"{path}.{key}" if path else str(key)
            )
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (before, after) in enumerate(zip(old, new)):
            yield from field_changes(before, after, f"{path}[{index}]")
    elif old != new:
        yield f"{path}: {_short(old)} -> {_short(new)}"


def _label(key: tuple[str, str, str]) -> str:
    kind, namespace, name = key
    return f"{kind} {namespace}/{name}" if namespace else f"{kind} {name}"


def describe(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Markdown lines: per file that changed, its objects added, removed and changed (with fields)."""
    lines = []
    for path in sorted(before.keys() | after.keys()):
        old, new = _objects(before.get(path, "")), _objects(after.get(path, ""))
        entries = [f"- added {_label(key)}" for key in new if key not in old]
        entries += [f"- removed {_label(key)}" for key in old if key not in new]
        for key in (key for key in new if key in old and new[key] != old[key]):
            entries.append(f"- changed {_label(key)}")
            entries += [f"  - `{change}`" for change in field_changes(old[key], new[key])]
        if entries:
            state = "new file" if path not in before else "deleted" if path not in after else "changed"
            lines += [f"### {path} ({state})", *entries, ""]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make diff", description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=Path("."))
    parser.add_argument("--base", default="HEAD", help="the git revision whose committed outputs are compared")
    args = parser.parse_args(argv)
    project = args.project.resolve()
    try:
        before = committed_files(project, args.base)
    except subprocess.CalledProcessError as error:
        print(
            f"make diff: error: git cannot read {args.base}: {' '.join((error.stderr or '').split())}", file=sys.stderr
        )
        return 1
    with tempfile.TemporaryDirectory(prefix="ai-workloads-diff-") as scratch_name:
        scratch = Path(scratch_name)
        result = synthesize_copy(project, scratch)
        if result.returncode != 0:
            sys.stderr.write(result.stderr)
            return 1
        after = produced_files(scratch)
    lines = describe(before, after)
    print(f"## What this change does to {' and '.join(f'{f}/' for f in FOLDERS)} (against {args.base})\n")
    print("\n".join(lines) if lines else "No object changes.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
