"""The registry of workload kinds.

A workload kind is one folder (values model, construct, catalog entry, policy waivers, example) that
registers itself here with one call. Everything that handles workload files in general - the loader,
the renderer, the JSON Schema and TypeScript generation, the Backstage catalog, Argo CD and the
benchmark - iterates over `kinds()` and never names a kind.
"""

from __future__ import annotations

import builtins
import importlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Union, get_args

from pydantic import Field, TypeAdapter

if TYPE_CHECKING:  # pragma: no cover
    from ai_workloads._values.base import WorkloadValues
    from constructs import Construct


@dataclass(frozen=True)
class CatalogEntry:
    """What the Backstage Component of one workload says about it (see platform/catalog.py)."""

    description: str
    tags: tuple[str, ...]
    # Public host names the workload serves (linked from the Component).
    hosts: tuple[str, ...] = ()
    # Extra `metadata.annotations` of the Component, e.g. the serving engine.
    annotations: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class WorkloadKind:
    """One kind of workload file, selected by its `type:` value.

    :param values: the pydantic model of the file. Its `type` field is `Literal[<type>]` (the kind's
        `type`), its `NAME_FIELD` names the workload, and it estimates its objects and declares its hosts
        (`WorkloadValues`).
    :param construct: builds the workload's objects: `construct(scope, id, values=values)`.
    :param catalog_entry: the Backstage Component's description, tags and links for one workload.
    :param catalog_template: optional Backstage scaffolder files (path under `.cat/backstage/` -> text),
        given the kind's JSON Schema and the publish step (`platform.scm.PublishTarget`) of the repository.
    """

    values: builtins.type[WorkloadValues]
    construct: Callable[..., Construct]
    catalog_entry: Callable[[Any], CatalogEntry]
    catalog_template: Callable[[dict[str, Any], Any], dict[str, str]] | None = None

    @property
    def type(self) -> str:
        """The `type:` discriminator of the file, e.g. `ML_INFERENCE_LOAD`: the values' `type` Literal."""
        (type_name,) = get_args(self.values.model_fields["type"].annotation)
        return str(type_name)

    @property
    def slug(self) -> str:
        """`ml-inference-load` for ML_INFERENCE_LOAD: the kind in file names and bench scenarios."""
        return self.type.lower().replace("_", "-")

    @property
    def schema_file(self) -> str:
        """The kind's own JSON Schema, written to `schemas/<slug>.schema.json`."""
        return f"{self.slug}.schema.json"

    @property
    def name_field(self) -> str:
        """The file's key that names the workload (`serviceName`), for messages."""
        return str(self.values.model_fields[self.values.NAME_FIELD].alias)


_KINDS: dict[str, WorkloadKind] = {}


def lazy_construct(module: str, name: str) -> Callable[..., Construct]:
    """`construct` for a kind whose construct module imports cdk8s: importing cdk8s starts the jsii
    runtime (about a second), so it happens only when a workload is actually rendered."""

    def construct(scope: Construct, id: str, **props: Any) -> Construct:
        built: Construct = getattr(importlib.import_module(module), name)(scope, id, **props)
        return built

    construct.__qualname__ = f"lazy({module}.{name})"
    construct.load = lambda: getattr(importlib.import_module(module), name)  # type: ignore[attr-defined]
    return construct


def register(kind: WorkloadKind) -> WorkloadKind:
    """Make `kind` known to every stage. A `type` may be registered once."""
    if kind.type in _KINDS:
        raise ValueError(f"workload type {kind.type!r} is already registered")
    _KINDS[kind.type] = kind
    _adapter.cache_clear()
    return kind


def unregister(type_name: str) -> None:
    """Forget a kind (for tests that register a kind of their own)."""
    _KINDS.pop(type_name, None)
    _adapter.cache_clear()


def kinds() -> tuple[WorkloadKind, ...]:
    """Every registered kind, in registration order."""
    return tuple(_KINDS.values())


def kind_of_type(type_name: Any) -> WorkloadKind | None:
    """The kind whose `type:` is `type_name`; None for anything else (including non-strings)."""
    return _KINDS.get(type_name) if isinstance(type_name, str) else None


def kind_of(values: WorkloadValues) -> WorkloadKind:
    return _KINDS[values.type]


def validate_document(document: Any) -> WorkloadValues:
    """Validate a parsed workload document (JSON-compatible: mappings, lists, strings, numbers,
    booleans, null) into its kind's values, strictly: no coercion between types. Raises pydantic's
    ValidationError."""
    values: WorkloadValues = workload_adapter().validate_json(json.dumps(document), strict=True)
    return values


def workload_adapter() -> TypeAdapter[Any]:
    """Validates any workload document: the `type` key selects the kind's values model."""
    return _adapter(tuple(_KINDS))


@cache
def _adapter(types: tuple[str, ...]) -> TypeAdapter[Any]:
    models = tuple(_KINDS[name].values for name in types)
    if len(models) == 1:
        return TypeAdapter(models[0])
    union: Any = Union.__getitem__(models)
    return TypeAdapter(Annotated[union, Field(discriminator="type")])
