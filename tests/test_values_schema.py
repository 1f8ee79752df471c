"""The values schemas: generated from the pydantic models, committed fresh, and agreeing with the examples."""

from __future__ import annotations

import json

import jsonschema
import pytest

from ai_workloads.platform.schemas import schema_documents, schema_texts
from conftest import FRAUD, LLAMA, MIXTRAL, QWEN, REPO, WORKLOADS, example_document

SCHEMAS = REPO / "schemas"


@pytest.mark.parametrize("name", sorted(schema_texts(schema_documents())))
def test_committed_json_schema_is_fresh(name):
    expected = schema_texts(schema_documents())[name]
    assert (SCHEMAS / name).read_text() == expected, f"schemas/{name} is stale: run `make synth`"


@pytest.mark.parametrize(
    "example, schema",
    [(LLAMA, "ml-inference-load"), (MIXTRAL, "ml-inference-load"), (QWEN, "ml-inference-load"), (FRAUD, "mlserver-release")],
)
def test_every_example_validates_against_its_schema_and_the_union(example, schema):
    document = example_document(example)
    for name in (f"{schema}.schema.json", "workload.schema.json"):
        jsonschema.Draft202012Validator(json.loads((SCHEMAS / name).read_text())).validate(document)


@pytest.mark.parametrize("example, schema", [(LLAMA, "ml-inference-load"), (FRAUD, "mlserver-release")])
def test_each_example_names_its_schema_for_editors(example, schema):
    first_line = (WORKLOADS / example).read_text().splitlines()[0]
    assert first_line == f"# yaml-language-server: $schema=../schemas/{schema}.schema.json"


def test_json_schema_rejects_an_unknown_key_like_the_models_do():
    document = example_document(LLAMA)
    document["container"]["gpuCont"] = 2
    schema = json.loads((SCHEMAS / "ml-inference-load.schema.json").read_text())
    with pytest.raises(jsonschema.ValidationError, match="'gpuCont' was unexpected"):
        jsonschema.Draft202012Validator(schema).validate(document)


def test_schema_documents_model_revision_as_required_without_default():
    schema = json.loads((SCHEMAS / "ml-inference-load.schema.json").read_text())
    model = schema["$defs"]["ModelSource"]
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
    serving = schema["$defs"]["ServingSettings"]["properties"]
    assert set(serving) == {"servedModelName", "maxModelLength", "quantization", "dtype", "gpuMemoryUtilization", "extraArgs",
                            "usageStats"}
    assert serving["usageStats"]["default"] == "off" and serving["usageStats"]["enum"] == ["off", "no-stack", "on"]
    assert "vllm: auto, half, float16, bfloat16, float, float32" in serving["dtype"]["description"]
    cache = schema["$defs"]["ModelCacheSettings"]["properties"]
    assert schema["$defs"]["AccessMode"]["enum"] == ["ReadWriteOnce", "ReadWriteMany"]
    assert schema["$defs"]["ModelCacheSharing"]["enum"] == ["private", "provide", "use"]
    assert cache["downloadRetries"]["default"] == 3 and cache["downloadDeadlineSeconds"]["default"] == 7200


def test_typescript_declares_the_new_fields():
    declarations = (SCHEMAS / "workload.d.ts").read_text()
    for declaration in ('engine?: "tgi" | "vllm";', "serving?: ServingSettings;", "modelCache?: ModelCacheSettings | null;",
                        "extraArgs?: string[];", 'accessMode?: AccessMode | null;'):
        assert declaration in declarations, declaration
