"""prerequisites.yaml after `make synth`, reusing what the last run computed per output file.

`python -m ai_workloads.synth.prerequisites_step` writes the same bytes as
`python -m ai_workloads.platform.prerequisites --write prerequisites.yaml`, but a dist/ or argocd/ file
whose bytes it has seen before is not parsed again: its prerequisites (and its block of the YAML, which
the emitter writes the same at any position) come from a memo, `.cache/ai-workloads/prerequisites.memo`,
keyed by a sha256 of the file's name and bytes under a key of the code that computes them. One file of
2000 changed: one file parsed instead of 4000. After a synthesis (`refresh(..., synthesis=)`) the files it
rendered are not parsed at all: their objects are still in memory (`in_memory`). The memo keeps only this run's files; an unreadable or
foreign memo is an empty one. Without a `.cache/ai-workloads/` folder it computes everything.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ai_workloads.platform import prerequisites
from ai_workloads.stage_types import Synthesis
from ai_workloads.synth.cache import CACHE_DIR, RECORD_FILE, library_fingerprint

MEMO_FILE = "prerequisites.memo"
STAMP_FILE = "prerequisites.stamp"  # touched after each computation (refresh)
WORKLOADS_KEY = "workloads:\n"


def code_key() -> str:
    """What the memo's values depend on besides the files: the library and its dependencies (PyYAML)."""
    return library_fingerprint()


class Memo:
    """sha256 of (name, bytes) -> value, for one code key; `save` keeps the values used this run."""

    def __init__(self, path: Path | None, code: str) -> None:
        self.path, self.code = path, code
        self.values: dict[str, Any] = {}
        self.used: dict[str, Any] = {}
        if path is not None:
            try:
                stored = marshal.loads(path.read_bytes())
                if isinstance(stored, dict) and stored.get("code") == code:
                    self.values = stored["values"]
            except (OSError, EOFError, ValueError, TypeError, KeyError):
                self.values = {}

    def get(self, name: str, data: bytes, make: Callable[[str, bytes], Any]) -> Any:
        key = hashlib.sha256(name.encode() + b"\0" + data).hexdigest()
        value = self.values.get(key)
        if value is None:
            value = make(name, data)
        self.used[key] = value
        return value

    def save(self) -> None:
        if self.path is None or self.used.keys() == self.values.keys():
            return
        partial = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        try:
            partial.write_bytes(marshal.dumps({"code": self.code, "values": self.used}))
            os.replace(partial, self.path)
        except (OSError, ValueError):  # ValueError: a value marshal cannot store (the memo is only a memo)
            partial.unlink(missing_ok=True)


def workload_block(name: str, workload: dict[str, Any]) -> str:
    """The lines of `name` under `workloads:` in prerequisites.yaml."""
    text = prerequisites.to_yaml({"workloads": {name: workload}})
    return text[len(prerequisites.HEADER) + len(WORKLOADS_KEY) :]


# Memo name -> (the text this run wrote there, its objects): what the synthesis still holds in memory.
InMemory = Mapping[str, tuple[str, list[dict[str, Any]]]]


def in_memory(synthesis: Synthesis | None, argocd: Path = Path("argocd")) -> InMemory:
    """The dist/ and argocd/apps/ files this run rendered, with their objects: a memo miss on exactly those
    bytes takes the objects instead of parsing the file again (the writer's YAML reads back as the same
    objects: tests/test_prerequisites_step.py). Reused workloads are not here: their memo entries are."""
    known: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    for item in synthesis.rendered if synthesis is not None else []:
        if item.yaml_text is not None:
            known[item.name] = (item.yaml_text, item.manifests)
        if item.application is not None and item.application_yaml is not None:
            known[str(argocd / "apps" / f"{item.name}.yaml")] = (item.application_yaml, [item.application])
    return known


def _reader(known: InMemory) -> Callable[[str, bytes], list[dict[str, Any]]]:
    def objects(name: str, data: bytes) -> list[dict[str, Any]]:
        text, held = known.get(name, ("", None))
        if held is not None and text.encode() == data:
            return held
        return prerequisites.parse_objects(data.decode())

    return objects


def render(dist: Path, argocd: Path, memo: Memo, known: InMemory | None = None) -> str:
    """prerequisites.yaml's text, as prerequisites.to_yaml(prerequisites.compute(dist, argocd)) writes it."""
    objects = _reader(known or {})

    def workload_entry(name: str, data: bytes) -> tuple[dict[str, Any], str]:
        workload = prerequisites.workload_prerequisites(objects(name, data))
        return workload, workload_block(name, workload)

    workloads: dict[str, dict[str, Any]] = {}
    blocks = []
    for path in prerequisites.workload_files(dist):
        name, data = prerequisites.workload_name(path), path.read_bytes()
        workload, block = memo.get(name, data, workload_entry)
        workloads[name] = workload
        blocks.append(block)
    applications = []
    for path in prerequisites.application_files(argocd):
        applications += memo.get(str(path), path.read_bytes(), objects)
    computed = prerequisites.compute_from(workloads, applications)
    if not workloads:
        return prerequisites.to_yaml(computed)
    head = prerequisites.to_yaml({key: value for key, value in computed.items() if key != "workloads"})
    return head + WORKLOADS_KEY + "".join(blocks)


def write(
    target: Path, dist: Path = Path("dist"), argocd: Path = Path("argocd"), known: InMemory | None = None
) -> bool:
    """prerequisites.yaml written (atomically) unless it already holds these bytes; whether it changed."""
    memo_path = CACHE_DIR / MEMO_FILE if CACHE_DIR.is_dir() else None
    memo = Memo(memo_path, code_key())
    text = render(dist, argocd, memo, known)
    memo.save()
    if target.is_file() and target.read_text() == text:
        return False
    partial = target.with_name(f".{target.name}.{os.getpid()}")
    partial.write_text(text)
    os.replace(partial, target)  # never a half-written checklist
    return True


def refresh(
    target: Path, dist: Path = Path("dist"), *, force: bool = False, synthesis: Synthesis | None = None
) -> bool:
    """`main.py --prerequisites FILE` (make synth), after a successful run: `target` computed again unless
    it is known current (not `force`d; a run with --no-cache writes no record): the run record is older
    than the stamp of the last computation (every run that did not stop at `nothing changed`, and any
    library change, writes a new record) and `target` was not touched since. Whether it changed."""
    stamp, record = CACHE_DIR / STAMP_FILE, CACHE_DIR / RECORD_FILE
    try:
        current = (
            not force
            and target.stat().st_mtime_ns <= stamp.stat().st_mtime_ns
            and record.stat().st_mtime_ns < stamp.stat().st_mtime_ns
        )
    except OSError:  # one of them missing
        current = False
    if current:
        return False
    changed = write(target, dist, known=in_memory(synthesis))
    if CACHE_DIR.is_dir():
        stamp.touch()
    return changed


def main() -> int:
    if not Path("dist").is_dir():
        print("dist: not a folder (run `make synth` first)", file=sys.stderr)
        return 1
    write(prerequisites.PREREQUISITES_FILE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
