"""One synthesis worker: reads `{"paths": [...], "kubernetesVersion": "...", "maxObjects": N}` on
stdin, writes a SliceResult as JSON on stdout. Started by pipeline.py; not meant to be run by hand."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ai_workloads.synth.pipeline import process_files


def main() -> int:
    request = json.load(sys.stdin)
    result = process_files(
        [Path(p) for p in request["paths"]],
        kubernetes_version=request["kubernetesVersion"],
        max_objects=request.get("maxObjects"),
        with_yaml=True,
    )
    sys.stdout.write(result.to_json())
    return 0


if __name__ == "__main__":
    sys.exit(main())
