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


def test_every_independent_problem_of_a_file_is_reported_at_once_with_line_and_column(tmp_path):
    import yaml
    from conftest import LLAMA, example_document

    from ai_workloads.errors import WorkloadErrors
    from ai_workloads.synth.loader import load_workload_file

    document = example_document(LLAMA)
    container = document["container"]
    container["environment"].append({"name": "HF_TOKEN", "value": "hf_x"})
    container["shmSize"] = "64Gi"
    container["containerPorts"].append({"portName": "http", "portNumber": 9000, "servicePort": 90})
    container["gpuCont"] = 2
    document["serviceName"] = "llama.3"
    path = tmp_path / "several.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    try:
        load_workload_file(path, file="workloads/several.yaml")
        raise AssertionError("expected errors")
    except WorkloadErrors as failure:
        errors = failure.errors
    lines = [str(error) for error in errors]
    text = path.read_text().splitlines()
    # each error points at the line that writes its field
    for error in errors:
        assert error.line is not None and error.column is not None
    by_field = {error.field_path: error for error in errors}
    assert text[by_field["serviceName"].line - 1].lstrip().startswith("serviceName:")
    assert text[by_field["container.gpuCont"].line - 1].lstrip().startswith("gpuCont:")
    # field-level problems come together (the type checks of pydantic), and so do a model's own checks
    assert [line.split(": ", 2)[1] for line in lines] == ["container.gpuCont", "serviceName"]
    del document["container"]["gpuCont"]
    document["serviceName"] = "llama-3"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    try:
        load_workload_file(path, file="workloads/several.yaml")
        raise AssertionError("expected errors")
    except WorkloadErrors as failure:
        fields = [error.field_path for error in failure.errors]
    assert fields == [
        "container.containerPorts[1].portName",
        "container.environment[2].name",
        "container.secrets[0].name",
        "container.shmSize",
    ]
