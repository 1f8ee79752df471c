"""Error messages a user can act on (#19 Messages): patterns explained in words, the nearest known key
suggested, every independent error of a file at once, field errors with the file's line and column."""

from __future__ import annotations


from ai_workloads._values.k8s_names import explain, known_patterns
from ai_workloads.platform.schemas import schema_documents


def _patterns(node, found):
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            found.add(node["pattern"])
        for value in node.values():
            _patterns(value, found)
    elif isinstance(node, list):
        for value in node:
            _patterns(value, found)
    return found


def test_every_pattern_of_the_published_schema_is_explained_in_words():
    patterns = _patterns(list(schema_documents().values()), set())
    storage_uri = {p for p in patterns if p.startswith("^(gs|s3")}  # checked by its own validator, in words
    assert patterns - storage_uri <= known_patterns()
    for pattern in patterns:
        assert pattern not in explain(pattern, "Not Valid!")
