"""The values schemas: generated from the pydantic models, committed fresh, and agreeing with the examples."""

from __future__ import annotations

import json

import jsonschema
import pytest
from conftest import FRAUD, LLAMA, MIXTRAL, PROJECT, QWEN, WORKLOADS, example_document

from ai_workloads.platform.schemas import schema_documents, schema_texts

SCHEMAS = PROJECT / "schemas"


def _validator(schema):
    """The validator of the draft the schema declares (draft-07: what the YAML language server supports)."""
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    return validator(schema)


@pytest.mark.parametrize("name", sorted(schema_texts(schema_documents())))
def test_committed_json_schema_is_fresh(name):
    expected = schema_texts(schema_documents())[name]
    assert (SCHEMAS / name).read_text() == expected, f"schemas/{name} is stale: run `make fixtures`"


@pytest.mark.parametrize(
    "example, schema",
    [
        (LLAMA, "ml-inference-load"),
        (MIXTRAL, "ml-inference-load"),
        (QWEN, "ml-inference-load"),
        (FRAUD, "mlserver-release"),
    ],
)
def test_every_example_validates_against_its_schema_and_the_union(example, schema):
    document = example_document(example)
    for name in (f"{schema}.schema.json", "workload.schema.json"):
        _validator(json.loads((SCHEMAS / name).read_text())).validate(document)


@pytest.mark.parametrize("example, schema", [(LLAMA, "ml-inference-load"), (FRAUD, "mlserver-release")])
def test_each_example_names_its_schema_for_editors(example, schema):
    first_line = (WORKLOADS / example).read_text().splitlines()[0]
    assert first_line == f"# yaml-language-server: $schema=../schemas/{schema}.schema.json"


def test_json_schema_rejects_an_unknown_key_like_the_models_do():
    document = example_document(LLAMA)
    document["container"]["gpuCont"] = 2
    schema = json.loads((SCHEMAS / "ml-inference-load.schema.json").read_text())
    with pytest.raises(jsonschema.ValidationError, match="'gpuCont' was unexpected"):
        _validator(schema).validate(document)


def test_schema_documents_model_revision_as_required_without_default():
    schema = json.loads((SCHEMAS / "ml-inference-load.schema.json").read_text())
    model = schema["definitions"]["ModelSource"]
    assert model["required"] == ["id", "revision"]
    assert "default" not in model["properties"]["revision"]


def test_schema_knows_the_engine_the_shared_settings_and_the_model_cache():
    schema = json.loads((SCHEMAS / "ml-inference-load.schema.json").read_text())
    properties = schema["properties"]
    assert properties["engine"] == {
        "default": "tgi",
        "description": properties["engine"]["description"],
        "enum": ["tgi", "vllm"],
        "type": "string",
    }
    serving = schema["definitions"]["ServingSettings"]["properties"]
    assert set(serving) == {
        "servedModelName",
        "maxModelLength",
        "quantization",
        "dtype",
        "gpuMemoryUtilization",
        "extraArgs",
        "usageStats",
        "lora",
    }
    assert serving["usageStats"]["default"] == "off" and serving["usageStats"]["enum"] == ["off", "no-stack", "on"]
    assert "vllm: auto, half, float16, bfloat16, float, float32" in serving["dtype"]["description"]
    cache = schema["definitions"]["ModelCacheSettings"]["properties"]
    assert schema["definitions"]["AccessMode"]["enum"] == ["ReadWriteOnce", "ReadWriteMany"]
    assert schema["definitions"]["ModelCacheSharing"]["enum"] == ["private", "provide", "use"]
    assert cache["downloadRetries"]["default"] == 3 and cache["downloadDeadlineSeconds"]["default"] == 7200


def test_typescript_declares_the_new_fields():
    declarations = (SCHEMAS / "workload.d.ts").read_text()
    for declaration in (
        'engine?: "tgi" | "vllm";',
        "serving?: ServingSettings;",
        "modelCache?: ModelCacheSettings | null;",
        "extraArgs?: string[];",
        "accessMode?: AccessMode | null;",
    ):
        assert declaration in declarations, declaration


def test_schemas_are_draft_07_for_the_yaml_language_server():
    # GIVEN the published schemas  THEN each declares draft-07 and uses only its vocabulary for references
    for name in ("ml-inference-load.schema.json", "mlserver-release.schema.json", "workload.schema.json"):
        text = (SCHEMAS / name).read_text()
        schema = json.loads(text)
        assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
        assert jsonschema.validators.validator_for(schema) is jsonschema.Draft7Validator
        assert "$defs" not in text and "prefixItems" not in text and "$dynamicRef" not in text


def test_typescript_declares_each_shared_type_once():
    text = (PROJECT / "schemas" / "workload.d.ts").read_text()
    import re

    duplicates = re.findall(r"export (?:type|interface) (\w+?\d+)\b", text)
    assert duplicates == [], f"numbered duplicate types from json2ts: {duplicates}"
    assert text.count("export type ProbeType =") == 1 and text.count("export type Lifecycle =") == 1
