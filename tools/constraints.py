#!/usr/bin/env python3
"""Write constraints.txt: the versions of Pipfile.lock's [packages] group (what synthesis and the library
use), for `pip install -c constraints.txt ai_workloads-*.whl`. The wheel's own requirements
(pyproject.toml) stay ranges so the library can live beside other packages; the constraints pin an
installation to exactly what this repository is tested with. `make constraints` runs it; a test fails
when constraints.txt and Pipfile.lock disagree.

Usage: python tools/constraints.py [--lock Pipfile.lock] [--out constraints.txt]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HEADER = "# Generated from Pipfile.lock ([packages]) by `make constraints`. Do not edit.\n"


def constraints_text(lock: dict) -> str:
    lines = []
    for name, entry in sorted(lock["default"].items()):
        version = entry.get("version")
        if not version or entry.get("editable") or "file" in entry or "path" in entry:
            continue  # the library itself (`ai-workloads = {file = "."}`)
        markers = f"; {entry['markers']}" if entry.get("markers") else ""
        lines.append(f"{name}{version}{markers}\n")
    return HEADER + "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lock", type=Path, default=Path("Pipfile.lock"))
    parser.add_argument("--out", type=Path, default=Path("constraints.txt"))
    args = parser.parse_args(argv)
    args.out.write_text(constraints_text(json.loads(args.lock.read_text())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
