"""Generated artefacts beside dist/: the JSON Schemas of the workload files (schemas/).

Run with `python -m ai_workloads.artifacts` (part of `make synth`). Every file is derived from the
pydantic models, never written by hand; tests fail when a committed file is stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable

from ai_workloads.values import WORKLOAD_ADAPTER, MlInferenceLoadSchema, MlServerReleaseSchema

SCHEMA_DIR = Path("schemas")
SCHEMA_ID_BASE = "https://ai-workloads.example.com/schemas/"


def _with_header(schema: dict[str, Any], file_name: str, title: str) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID_BASE + file_name,
        "title": title,
        **{key: value for key, value in schema.items() if key != "title"},
    }


SCHEMA_FILES: dict[str, Callable[[], dict[str, Any]]] = {
    "ml-inference-load.schema.json": lambda: _with_header(
        MlInferenceLoadSchema.model_json_schema(by_alias=True), "ml-inference-load.schema.json", "MlInferenceLoadSchema"
    ),
    "mlserver-release.schema.json": lambda: _with_header(
        MlServerReleaseSchema.model_json_schema(by_alias=True), "mlserver-release.schema.json", "MlServerReleaseSchema"
    ),
    "workload.schema.json": lambda: _with_header(
        WORKLOAD_ADAPTER.json_schema(by_alias=True), "workload.schema.json", "WorkloadSchema"
    ),
}


def schema_texts() -> dict[str, str]:
    return {name: json.dumps(build(), indent=2) + "\n" for name, build in SCHEMA_FILES.items()}


def write_schemas(folder: Path = SCHEMA_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = folder / name
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
        written.append(path)
    return written


def main() -> int:
    paths = write_schemas()
    print(f"wrote {len(paths)} JSON Schema file(s) to {SCHEMA_DIR}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
