"""Gate: a rendered object must fit what the API server and etcd accept.

- ConfigMap: the values of `data` and `binaryData` together at most 1 MiB (1048576 bytes), the limit
  the API server's validation applies (Go `len`: UTF-8 bytes of `data`, decoded bytes of
  `binaryData`); the same for a Secret's `data` (decoded) and `stringData`.
- Any object: at most 1.5 MiB (1572864 bytes) as JSON, etcd's default request size limit
  (`--max-request-bytes`); Argo CD's last-applied annotation makes a large object fail even sooner.

Over either limit the apply fails at sync time, after dist/ was merged; this gate fails synthesis instead.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

CONFIG_DATA_LIMIT = 1024 * 1024  # bytes: ConfigMap data + binaryData (and Secret data)
OBJECT_LIMIT = 1536 * 1024  # bytes of the JSON encoding: etcd's default --max-request-bytes


def object_json_size(manifest: dict[str, Any]) -> int:
    """Bytes of the object's compact JSON encoding (what kubectl / Argo CD send)."""
    return len(json.dumps(manifest, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))


def _data_size(manifest: dict[str, Any]) -> int:
    total = 0
    for key in ("data", "stringData") if manifest.get("kind") == "Secret" else ("data",):
        for value in (manifest.get(key) or {}).values():
            if manifest.get("kind") == "Secret" and key == "data":
                total += _decoded_size(value)
            else:
                total += len(str(value).encode("utf-8"))
    if manifest.get("kind") == "ConfigMap":
        total += sum(_decoded_size(value) for value in (manifest.get("binaryData") or {}).values())
    return total


def _decoded_size(value: Any) -> int:
    try:
        return len(base64.b64decode(str(value), validate=True))
    except (binascii.Error, ValueError):
        return len(str(value).encode("utf-8"))  # not base64: the schema gate reports it


def object_size_problems(manifest: dict[str, Any]) -> list[tuple[str, str]]:
    """(field path inside the object, message) for each limit the object exceeds ("" = the object)."""
    problems: list[tuple[str, str]] = []
    kind = manifest.get("kind")
    if kind in ("ConfigMap", "Secret"):
        data = _data_size(manifest)
        if data > CONFIG_DATA_LIMIT:
            fields = "data and binaryData" if kind == "ConfigMap" else "data and stringData"
            problems.append(
                (
                    "data",
                    f"{kind} {fields} hold {data} bytes; the API server accepts at most {CONFIG_DATA_LIMIT} bytes (1 MiB)",
                )
            )
    size = object_json_size(manifest)
    if size > OBJECT_LIMIT:
        problems.append(
            ("", f"the object is {size} bytes as JSON; etcd accepts at most {OBJECT_LIMIT} bytes (1.5 MiB) per object")
        )
    return problems
