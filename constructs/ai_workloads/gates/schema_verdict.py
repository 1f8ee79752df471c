"""The verdict of a JSON Schema gate, and the words of its messages.

jsonschema-rs (PyPI `jsonschema-rs`, Rust) decides whether an object is valid: it resolves `$ref` through
its registry and takes about 20 us per object. Only for an invalid object does the `jsonschema` validator
of the same schema run, to word the messages: the error lines (`<file>: Kind/name.<path>: <message>`)
quote its messages word for word, and tests compare them. Should jsonschema find nothing where
jsonschema-rs found a violation (their regular expressions differ at the edges: `$` before a final
newline matches in Python's `re`, not in jsonschema-rs's default engine, fancy-regex, nor in Go's RE2, the
API server's), the messages are jsonschema-rs's own, so an object jsonschema-rs refuses is never let
through.

Facts relied on, from jsonschema-rs 0.61.2 (its PyPI README, METADATA of the wheel; each pinned by a test
in tests/test_schema_verdicts.py): Draft 7 asserts `format` by default while 2019-09 and 2020-12 treat it
as an annotation, so both gates pass `validate_formats=False` (the gates' jsonschema validators have no
format checker); `pattern` uses fancy-regex unless `pattern_options` says otherwise; a `Registry` of
`(uri, schema)` pairs resolves `$ref`s to those URIs (the Kubernetes schemas' `_definitions.json` by its
`$id`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import jsonschema
import jsonschema_rs


@dataclass(frozen=True)
class SchemaError:
    """One violation: where (the path into the object), the message, and the keyword that failed."""

    path: list[str | int]
    message: str
    keyword: str


class SchemaGate:
    """A schema's verdict (jsonschema-rs) and, built on first need, its wording (jsonschema)."""

    def __init__(self, verdict: jsonschema_rs.Validator, wording: Callable[[], jsonschema.protocols.Validator]) -> None:
        self._verdict = verdict
        self._make_wording = wording
        self._wording: jsonschema.protocols.Validator | None = None

    def is_valid(self, manifest: Any) -> bool:
        return bool(self._verdict.is_valid(manifest))

    def errors(self, manifest: Any) -> list[SchemaError]:
        """Every violation, sorted by path; empty exactly when jsonschema-rs finds the object valid."""
        if self._verdict.is_valid(manifest):
            return []
        if self._wording is None:
            self._wording = self._make_wording()
        worded = [
            SchemaError(list(error.absolute_path), error.message, str(error.validator))
            for error in self._wording.iter_errors(manifest)
        ]
        if not worded:
            worded = [
                SchemaError(list(error.instance_path), error.message, _keyword(error))
                for error in self._verdict.iter_errors(manifest)
            ]
        return sorted(worded, key=lambda error: list(map(str, error.path)))


def _keyword(error: jsonschema_rs.ValidationError) -> str:
    """The failed keyword as jsonschema names it (`type`, `required`...): the last step of the schema path."""
    path = list(error.schema_path)
    return str(path[-1]) if path else ""
