"""`make new NAME=... KIND=... [ENGINE=...]` (`python -m ai_workloads.scaffold`): write a valid workload file.

The file starts with the `$schema` line for editors, holds the kind's example values (the model, image and
host to replace are marked `# replace`), and lists every optional key it does not set as a comment with
its default and description, so the choices are visible without the schema. Exit 2 with one line for a
bad option or an existing file (never overwritten).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from ai_workloads.errors import WorkloadErrors
from ai_workloads.platform.catalog import schema_at
from ai_workloads.platform.schemas import schema_documents
from ai_workloads.registry import WorkloadKind, kinds
from ai_workloads.synth.loader import load_workload_file

INDENT = "  "
COMMENT_WIDTH = 110
# Keys whose example value a team must replace (path -> note).
REPLACE = {
    ("model",): "replace: your model's Hugging Face id and the full commit SHA of the revision to serve",
    ("gateway", "hosts"): "replace: the public host name(s)",
    ("istio", "hosts"): "replace: the public host name(s)",
}


def _kind(name: str) -> WorkloadKind:
    wanted = name.upper().replace("-", "_")
    for kind in kinds():
        if kind.type == wanted:
            return kind
    raise ValueError(f"KIND={name!r}: expected one of {', '.join(k.type for k in kinds())}")


def scaffold_document(kind: WorkloadKind, name: str, engine: str | None) -> dict[str, Any]:
    """The kind's example, renamed (`name`, host `<name>.example.com`), for `engine` when the kind has engines."""
    package = Path(str(sys.modules[kind.values.__module__].__file__)).parent
    document: dict[str, Any] = yaml.safe_load((package / "example.yaml").read_text())
    document[kind.name_field] = name
    for section in ("gateway", "istio"):
        if isinstance(document.get(section), dict) and "hosts" in document[section]:
            document[section]["hosts"] = [f"{name}.example.com"]
    if engine is not None:
        if "engine" not in kind.values.model_fields:
            raise ValueError(f"ENGINE={engine!r}: {kind.type} has no serving engine")
        from ai_workloads.ml_inference_load.engines import DEFAULT_ENGINE, engine_named, engines

        if engine not in {e.name for e in engines()}:
            raise ValueError(f"ENGINE={engine!r}: expected one of {', '.join(e.name for e in engines())}")
        if engine != document.get("engine", DEFAULT_ENGINE):
            document["container"].pop("environment", None)  # the example's variables are its engine's own
        document["engine"] = engine
        document["container"]["image"] = {
            "repository": engine_named(engine).image_repository,
            "tag": engine_named(engine).image_tag,
        }
    return document


def _one_line(text: str) -> str:
    first = " ".join(str(text).split())
    return first if len(first) <= COMMENT_WIDTH else first[: COMMENT_WIDTH - 3] + "..."


def _scalar(value: Any) -> str:
    """`value` as one line of YAML (flow style; strings quoted where a YAML 1.1 reader would not read a string)."""
    text: str = yaml.safe_dump(value, default_flow_style=True, width=10_000)
    return text.strip().removesuffix("\n...").strip()


def _lines(schema: dict[str, Any], path: tuple[str, ...], value: dict[str, Any], depth: int) -> list[str]:
    """`value` as YAML lines at `depth`, in the schema's key order, each optional key it does not set as a
    comment (default, description; an unset section's keys one level down)."""
    properties = (schema_at(schema, path) if path else schema).get("properties", {})
    pad = INDENT * depth
    lines = []
    for key in [*value, *[key for key in properties if key not in value]]:  # the set keys first, in their order
        child = schema_at(schema, (*path, key)) if key in properties else {}
        if key in value:
            lines += _set_key(schema, (*path, key), value[key], child, depth)
            continue
        default = f" {_scalar(child['default'])}" if child.get("default") is not None else ""
        description = f"  # {_one_line(child['description'])}" if child.get("description") else ""
        lines.append(f"{pad}# {key}:{default}{description}")
        if child.get("properties") and not default:
            for sub, spec in child["properties"].items():
                sub_default = f" {_scalar(spec['default'])}" if spec.get("default") is not None else ""
                lines.append(f"{pad}# {INDENT}{sub}:{sub_default}")
    return lines


def _item_properties(schema: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    try:
        properties: dict[str, Any] = schema_at(schema, (*path, "items")).get("properties", {})
        return properties
    except (KeyError, IndexError):
        return {}


def _set_key(schema: dict[str, Any], path: tuple[str, ...], item: Any, child: dict[str, Any], depth: int) -> list[str]:
    pad, key = INDENT * depth, path[-1]
    suffix = f"  # {REPLACE[path]}" if path in REPLACE else ""
    if isinstance(item, dict) and child.get("properties"):
        return [f"{pad}{key}:{suffix}", *_lines(schema, path, item, depth + 1)]
    if isinstance(item, list) and item and isinstance(item[0], dict) and _item_properties(schema, path):
        lines = [f"{pad}{key}:{suffix}"]
        for entry in item:  # a block mapping per entry, with its own optional keys as comments
            body = _lines(schema, (*path, "items"), entry, depth + 2)
            lines += [f"{pad}{INDENT}- {body[0].strip()}", *body[1:]]
        return lines
    if isinstance(item, list) and item and isinstance(item[0], dict):
        return [f"{pad}{key}:{suffix}", *[f"{pad}{INDENT}- {_scalar(entry)}" for entry in item]]
    return [f"{pad}{key}: {_scalar(item)}{suffix}"]


def scaffold_text(kind: WorkloadKind, document: dict[str, Any]) -> str:
    schema = schema_documents()[kind.schema_file]
    header = [
        f"# yaml-language-server: $schema=../schemas/{kind.schema_file}",
        f"# Written by `make new`: a valid {kind.type}; replace the marked values, uncomment what you need.",
    ]
    return "\n".join(header + _lines(schema, (), document, 0)) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make new", description=__doc__.splitlines()[0])
    parser.add_argument("--name", required=True)
    parser.add_argument("--kind", default="ML_INFERENCE_LOAD")
    parser.add_argument("--engine", default=None)
    parser.add_argument("--workloads", type=Path, default=Path("workloads"))
    args = parser.parse_args(argv)
    try:
        kind = _kind(args.kind)
        engine = args.engine or ("tgi" if "engine" in kind.values.model_fields else None)
        text = scaffold_text(kind, scaffold_document(kind, args.name, engine))
        path = args.workloads / f"{args.name}.yaml"
        if path.exists():
            raise ValueError(f"{path}: exists already; choose another NAME or edit that file")
        load_workload_file(path, raw=text.encode(), file=str(path))  # never write an invalid file
    except WorkloadErrors as failure:  # e.g. a NAME that is not a DNS label: `<file>: <field>: <message>`
        for error in failure.errors:
            print(f"make new: error: {error}", file=sys.stderr)
        return 2
    except ValueError as error:
        print(f"make new: error: {' '.join(str(error).split())}", file=sys.stderr)
        return 2
    args.workloads.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    print(f"wrote {path}: run `make synth` to render it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
