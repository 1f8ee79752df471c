"""LoRA adapters (ml_inference_load/lora.py): what the server and the download Job get, and every upstream fact
read back twice: from the rendered objects, and from the pinned release's source when it is on the machine
(`AI_WORKLOADS_VLLM_WHEEL`, `AI_WORKLOADS_TGI_REPO`: see upstream_sources.py; skipped otherwise)."""

from __future__ import annotations

import argparse
import ast
import copy
import dataclasses
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from conftest import LLAMA, QWEN, example_document, find, render_document
from upstream_sources import git_file, wheel_file

from ai_workloads.gates.cross_object import LORA_ADAPTERS_ANNOTATION, cross_object_findings
from ai_workloads.ml_inference_load.catalog import LORA_ANNOTATION, catalog_entry
from ai_workloads.ml_inference_load.engines import DOWNLOAD_SCRIPT, engine_named, engines
from ai_workloads.ml_inference_load.engines.vllm_lora import VLLM_LORA_RANKS
from ai_workloads.ml_inference_load.model_cache import job_name
from ai_workloads.ml_inference_load.routing.facts import LORA_AFFINITY_SCORER
from ai_workloads.registry import validate_document
from ai_workloads.stage_types import RenderedWorkload

SQL = {"name": "sql", "id": "org/qwen-sql-lora", "revision": "1" * 40}
TICKETS = {"name": "tickets", "id": "org/qwen-tickets-lora", "revision": "2" * 40}
QWEN_FOLDER = "/data/models--org--qwen-sql-lora/snapshots/" + "1" * 40
TICKETS_FOLDER = "/data/models--org--qwen-tickets-lora/snapshots/" + "2" * 40
TGI_TAG = "v3.3.4"


def with_lora(base: str, **lora: Any) -> dict[str, Any]:
    document = copy.deepcopy(example_document(base))
    document.setdefault("serving", {})["lora"] = {"adapters": [SQL, TICKETS], **lora}
    document.setdefault("modelCache", {"size": "40Gi"})
    return document


def pod_and_job(document: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    manifests = render_document(document)
    return find(manifests, "Deployment")["spec"]["template"]["spec"], find(manifests, "Job")


def args_of(document: dict[str, Any]) -> list[str]:
    pod, _ = pod_and_job(document)
    return list(pod["containers"][0].get("args", []))


def env_of(document: dict[str, Any]) -> dict[str, str]:
    pod, _ = pod_and_job(document)
    return {e["name"]: e.get("value") for e in pod["containers"][0]["env"]}


def lora_modules(args: list[str]) -> list[dict[str, Any]]:
    start = args.index("--lora-modules") + 1
    return [json.loads(value) for value in args[start:] if value.startswith("{")]


def flag(args: list[str], name: str) -> str:
    return args[args.index(name) + 1]


# --- rendering -----------------------------------------------------------------------------------------


def test_vllm_gets_the_adapters_from_their_snapshot_folders():
    args = args_of(with_lora(QWEN))
    assert args[args.index("--enable-lora") :] == [
        "--enable-lora",
        "--max-loras",
        "2",
        "--max-lora-rank",
        "16",
        "--max-cpu-loras",
        "2",
        "--lora-modules",
        json.dumps({"name": "sql", "path": QWEN_FOLDER, "base_model_name": "Qwen/Qwen2.5-7B-Instruct"}),
        json.dumps({"name": "tickets", "path": TICKETS_FOLDER, "base_model_name": "Qwen/Qwen2.5-7B-Instruct"}),
    ]
    # the model's own arguments and extraArgs come first, unchanged
    assert args[: args.index("--enable-lora")] == args_of(example_document(QWEN))


def test_max_loras_defaults_to_the_adapters_up_to_four_and_follows_the_file():
    many = with_lora(QWEN)
    many["serving"]["lora"]["adapters"] = [
        {"name": f"a{index}", "id": f"org/a{index}", "revision": f"{index:x}" * 40} for index in range(6)
    ]
    assert (flag(args_of(many), "--max-loras"), flag(args_of(many), "--max-cpu-loras")) == ("4", "6")
    set_ = with_lora(QWEN, maxLoras=1, maxLoraRank=64)
    assert (flag(args_of(set_), "--max-loras"), flag(args_of(set_), "--max-lora-rank")) == ("1", "64")


def test_the_base_model_name_is_the_served_name():
    document = with_lora(QWEN)
    document["serving"]["servedModelName"] = "qwen"
    assert {module["base_model_name"] for module in lora_modules(args_of(document))} == {"qwen"}


def test_tgi_gets_lora_adapters_with_local_paths():
    env = env_of(with_lora(LLAMA))
    assert env["LORA_ADAPTERS"] == f"sql={QWEN_FOLDER},tickets={TICKETS_FOLDER}"


def test_without_lora_nothing_changes():
    for base in (QWEN, LLAMA):
        document = copy.deepcopy(example_document(base))
        document.setdefault("modelCache", {"size": "40Gi"})
        _, job = pod_and_job(document)
        values = validate_document(document)
        assert job["metadata"]["name"] == job_name(
            values.service_name, values.model_cache_claim_name, values.model.id, values.model.revision
        )
        command = job["spec"]["template"]["spec"]["containers"][0]["command"]
        assert command == engine_named(values.engine).download_command(values)
        assert "--enable-lora" not in args_of(document) and "LORA_ADAPTERS" not in env_of(document)


def test_the_job_fetches_every_adapter_and_its_marker_and_name_cover_them():
    _, plain = pod_and_job(copy.deepcopy(example_document(QWEN)))
    _, job = pod_and_job(with_lora(QWEN))
    command = job["spec"]["template"]["spec"]["containers"][0]["command"]
    plain_command = plain["spec"]["template"]["spec"]["containers"][0]["command"]
    assert command[:4] == ["sh", "-c", DOWNLOAD_SCRIPT, "sh"]
    assert command[4].startswith(plain_command[4] + "+lora-")
    cli = plain_command[5:]
    assert command[5:9] == ["sh", "-c", command[7], "sh"]
    assert command[9:] == [
        *cli,
        *["hf", "download", SQL["id"], "--revision", SQL["revision"], "--cache-dir", "/data"],
        *["hf", "download", TICKETS["id"], "--revision", TICKETS["revision"], "--cache-dir", "/data"],
    ]
    # no value reaches a script's text
    for script in (command[2], command[7]):
        assert SQL["id"] not in script and SQL["revision"] not in script
    # a new adapter: a new Job (and marker); a renamed or reordered one downloads the same, so neither changes
    assert job["metadata"]["name"] != plain["metadata"]["name"]
    more = with_lora(QWEN)
    more["serving"]["lora"]["adapters"].append({"name": "x", "id": "org/x", "revision": "3" * 40})
    _, more_job = pod_and_job(more)
    assert more_job["metadata"]["name"] != job["metadata"]["name"]
    renamed = with_lora(QWEN)
    renamed["serving"]["lora"]["adapters"] = [{**TICKETS, "name": "t"}, {**SQL, "name": "s"}]
    _, renamed_job = pod_and_job(renamed)
    assert renamed_job["metadata"]["name"] == job["metadata"]["name"]
    renamed_command = renamed_job["spec"]["template"]["spec"]["containers"][0]["command"]
    assert renamed_command[4] == command[4]


def test_adapter_names_are_exposed_for_routing():
    values = validate_document(with_lora(QWEN))
    assert values.lora_adapter_names == ("sql", "tickets")
    assert validate_document(copy.deepcopy(example_document(QWEN))).lora_adapter_names == ()


def test_the_catalog_entry_lists_the_adapters():
    entry = catalog_entry(validate_document(with_lora(QWEN)))
    assert entry.annotations[LORA_ANNOTATION] == (
        f"sql={SQL['id']}@{SQL['revision']},tickets={TICKETS['id']}@{TICKETS['revision']}"
    )
    assert "lora" in entry.tags
    plain = catalog_entry(validate_document(copy.deepcopy(example_document(QWEN))))
    assert LORA_ANNOTATION not in plain.annotations and "lora" not in plain.tags


def test_the_cross_object_gate_refuses_a_server_whose_adapters_no_job_fetches():
    manifests = render_document(with_lora(QWEN), "workloads/x.yaml")
    workload = RenderedWorkload("workloads/x.yaml", "x", manifests)
    assert cross_object_findings([workload]) == []
    deployment, job = find(manifests, "Deployment"), find(manifests, "Job")
    sources = f"{SQL['id']}@{SQL['revision']},{TICKETS['id']}@{TICKETS['revision']}"
    assert deployment["metadata"]["annotations"][LORA_ADAPTERS_ANNOTATION] == sources
    assert job["metadata"]["annotations"][LORA_ADAPTERS_ANNOTATION] == sources
    # a Job (hand-edited, or of another revision of the construct) that fetches one adapter only
    job["metadata"]["annotations"][LORA_ADAPTERS_ANNOTATION] = f"{SQL['id']}@{SQL['revision']}"
    claim = deployment["metadata"]["annotations"]["ai-workloads/model-cache"]
    assert [(path, message) for _f, _label, path, message in cross_object_findings([workload])] == [
        (
            f"metadata.annotations.{LORA_ADAPTERS_ANNOTATION}",
            f"no rendered Job fetches the LoRA adapter(s) {TICKETS['id']}@{TICKETS['revision']} into "
            f"PersistentVolumeClaim '{claim}': the server would not find them offline",
        )
    ]


def test_a_routed_server_with_adapters_gets_the_pickers_lora_affinity():
    document = with_lora(QWEN)
    document["routing"] = {"mode": "inferencePool"}
    config = find(render_document(document), "ConfigMap", "qwen2-5-7b-instruct-epp")["data"]["config.yaml"]
    assert LORA_AFFINITY_SCORER in [plugin["type"] for plugin in yaml.safe_load(config)["plugins"]]
    document["serving"].pop("lora")
    config = find(render_document(document), "ConfigMap", "qwen2-5-7b-instruct-epp")["data"]["config.yaml"]
    assert LORA_AFFINITY_SCORER not in [plugin["type"] for plugin in yaml.safe_load(config)["plugins"]]


# --- upstream facts: rendered --------------------------------------------------------------------------


def rendered_vllm_enable_flag() -> None:
    assert "--enable-lora" in args_of(with_lora(QWEN))


def rendered_vllm_lora_modules() -> None:
    args = args_of(with_lora(QWEN))
    values = args[args.index("--lora-modules") + 1 :]
    assert all("," in value for value in values)  # JSON form, never read as name=path
    assert [sorted(module) for module in lora_modules(args)] == [["base_model_name", "name", "path"]] * 2


def rendered_vllm_adapter_path() -> None:
    assert all(module["path"].startswith("/data/") for module in lora_modules(args_of(with_lora(QWEN))))


def rendered_vllm_max_loras() -> None:
    assert int(flag(args_of(with_lora(QWEN)), "--max-loras")) >= 1


def rendered_vllm_max_lora_rank() -> None:
    assert int(flag(args_of(with_lora(QWEN)), "--max-lora-rank")) in VLLM_LORA_RANKS


def rendered_vllm_max_cpu_loras() -> None:
    args = args_of(with_lora(QWEN, maxLoras=1))
    assert int(flag(args, "--max-cpu-loras")) == 2 >= int(flag(args, "--max-loras"))


def rendered_vllm_adapter_names() -> None:
    args = args_of(with_lora(QWEN))
    served = flag(args, "--served-model-name")
    names = [module["name"] for module in lora_modules(args)]
    assert served not in names and len(set(names)) == len(names)
    assert {module["base_model_name"] for module in lora_modules(args)} == {served}


def rendered_vllm_runtime_updating() -> None:
    assert "VLLM_ALLOW_RUNTIME_LORA_UPDATING" not in env_of(with_lora(QWEN))


def rendered_tgi_adapters_variable() -> None:
    assert "LORA_ADAPTERS" in env_of(with_lora(LLAMA))


def rendered_tgi_adapter_format() -> None:
    for entry in env_of(with_lora(LLAMA))["LORA_ADAPTERS"].split(","):
        assert re.fullmatch(r"[^=@,]+=[^=@,]+", entry)


def rendered_tgi_local_adapter_path() -> None:
    for entry in env_of(with_lora(LLAMA))["LORA_ADAPTERS"].split(","):
        assert entry.split("=")[1].startswith("/data/models--")


def rendered_tgi_adapter_selection() -> None:
    names = [entry.split("=")[0] for entry in env_of(with_lora(LLAMA))["LORA_ADAPTERS"].split(",")]
    assert "tgi" not in names


def rendered_tgi_prefix_caching() -> None:
    assert "PREFIX_CACHING" not in env_of(with_lora(LLAMA))  # the launcher decides (off with adapters)


RENDERED: dict[tuple[str, str], Callable[[], None]] = {
    ("vllm", "enable flag"): rendered_vllm_enable_flag,
    ("vllm", "lora modules"): rendered_vllm_lora_modules,
    ("vllm", "adapter path"): rendered_vllm_adapter_path,
    ("vllm", "max loras"): rendered_vllm_max_loras,
    ("vllm", "max lora rank"): rendered_vllm_max_lora_rank,
    ("vllm", "max cpu loras"): rendered_vllm_max_cpu_loras,
    ("vllm", "adapter names"): rendered_vllm_adapter_names,
    ("vllm", "runtime updating"): rendered_vllm_runtime_updating,
    ("tgi", "adapters variable"): rendered_tgi_adapters_variable,
    ("tgi", "adapter format"): rendered_tgi_adapter_format,
    ("tgi", "local adapter path"): rendered_tgi_local_adapter_path,
    ("tgi", "adapter selection"): rendered_tgi_adapter_selection,
    ("tgi", "prefix caching"): rendered_tgi_prefix_caching,
}


# --- upstream facts: the pinned source -------------------------------------------------------------------


def vllm(member: str) -> str:
    return wheel_file("AI_WORKLOADS_VLLM_WHEEL", member)


def tgi(path: str) -> str:
    return git_file("AI_WORKLOADS_TGI_REPO", TGI_TAG, path)


def source_vllm_enable_flag() -> None:
    text = vllm("vllm/engine/arg_utils.py")
    assert re.search(r'"--enable-lora",\s*action=argparse\.BooleanOptionalAction', text)


def source_vllm_lora_modules() -> None:
    cli = vllm("vllm/entrypoints/common/cli_args.py")
    assert 'if "=" in item and "," not in item:' in cli and "LoRAModulePath(**lora_dict)" in cli
    tree = ast.parse(vllm("vllm/entrypoints/openai/models/protocol.py"))
    [path_class] = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == "LoRAModulePath"]
    fields = [s.target.id for s in path_class.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
    assert fields == ["name", "path", "base_model_name", "is_3d_lora_weight"]
    assert '"nargs": "+" if type is not tuple' in vllm("vllm/engine/arg_utils.py")


def source_vllm_adapter_path() -> None:
    text = vllm("vllm/lora/utils.py")
    assert "if os.path.isabs(lora_path):\n        return lora_path" in text


def source_vllm_max_loras() -> None:
    assert "max_loras: int = Field(default=1, ge=1)" in vllm("vllm/config/lora.py")


def source_vllm_max_lora_rank() -> None:
    text = vllm("vllm/config/lora.py")
    ranks = ", ".join(map(str, VLLM_LORA_RANKS))
    assert f"MaxLoRARanks = Literal[{ranks}]" in text and "max_lora_rank: MaxLoRARanks = 16" in text
    assert "if max_rank > lora_config.max_lora_rank:" in vllm("vllm/lora/peft_helper.py")


def source_vllm_max_cpu_loras() -> None:
    text = vllm("vllm/config/lora.py")
    assert "self.max_cpu_loras = self.max_loras" in text and "elif self.max_cpu_loras < self.max_loras:" in text


def source_vllm_adapter_names() -> None:
    text = vllm("vllm/entrypoints/openai/models/serving.py")
    assert 'conflicts with a "\n                "served base model.' in text
    assert 'has already been "\n                "loaded.' in text
    assert "raise ValueError(load_result.error.message)" in text
    assert "if base_model_name is not None and self.is_base_model(base_model_name):" in text


def source_vllm_runtime_updating() -> None:
    envs = vllm("vllm/envs.py")
    assert '"VLLM_ALLOW_RUNTIME_LORA_UPDATING", "0").strip().lower()\n        in ("1", "true")' in envs
    router = vllm("vllm/entrypoints/serve/lora/api_router.py")
    assert "This should ONLY be used for local development!" in router


def source_tgi_adapters_variable() -> None:
    launcher = tgi("launcher/src/main.rs")
    assert "#[clap(long, env)]\n    lora_adapters: Option<String>," in launcher
    assert 'envs.push(("LORA_ADAPTERS".into(), lora_adapters.into()));' in launcher


def source_tgi_adapter_format() -> None:
    text = tgi("server/text_generation_server/utils/adapter.py")
    assert 'for adapter in lora_adapters.split(","):' in text
    assert 'if adapter.count("=") > 1 or adapter.count("@") > 1:' in text
    assert 're.match(r"^([^=@]+)(?:=([^@]+))?(?:@(.+))?$", adapter)' in text


def source_tgi_local_adapter_path() -> None:
    launcher = tgi("launcher/src/main.rs")
    assert (
        "// skip download if a path is provided\n            if adapter.contains('=') {\n                continue;"
        in (launcher)
    )
    adapter = tgi("server/text_generation_server/utils/adapter.py")
    assert "LoraConfig.load(adapter_path or adapter_id, None)" in adapter
    assert 'hub._weight_files_from_dir(adapter_path, extension=".safetensors")\n        if adapter_path' in adapter


def source_tgi_adapter_selection() -> None:
    assert 'adapter_id: model.filter(|m| *m != "tgi"),' in tgi("router/src/lib.rs")
    causal = tgi("server/text_generation_server/models/flash_causal_lm.py")
    assert "ADAPTER_TO_INDEX.get(self.requests[idx].adapter_id, 0)" in causal


def _upstream_definitions(
    source: str, names: tuple[str, ...], preamble: str, namespace: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The top-level classes/functions `names` of an upstream module, compiled on their own after `preamble`
    (their imports) into `namespace`: the release's own code, run without the rest of its package."""
    lines = source.splitlines()
    parts = [
        "\n".join(lines[min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1 : node.end_lineno])
        for node in ast.parse(source).body
        if isinstance(node, ast.ClassDef | ast.FunctionDef) and node.name in names
    ]
    assert len(parts) == len(names), f"{names} not all found upstream"
    namespace = {} if namespace is None else namespace
    exec(compile(preamble + "\n\n".join(parts), "<upstream>", "exec"), namespace)
    return namespace


def test_vllms_own_parser_reads_the_rendered_lora_modules():
    """vLLM 0.33.0's LoRAParserAction and LoRAModulePath, run on the rendered `--lora-modules` values."""
    code = _upstream_definitions(
        vllm("vllm/entrypoints/openai/models/protocol.py"), ("LoRAModulePath",), "from dataclasses import dataclass\n"
    )
    _upstream_definitions(
        vllm("vllm/entrypoints/common/cli_args.py"),
        ("LoRAParserAction",),
        "import argparse, json\nfrom collections.abc import Sequence\n",
        code,
    )
    parser = argparse.ArgumentParser()
    parser.add_argument("--lora-modules", nargs="+", action=code["LoRAParserAction"])
    args = args_of(with_lora(QWEN))
    parsed = parser.parse_args(args[args.index("--lora-modules") :]).lora_modules
    assert [(m.name, m.path, m.base_model_name) for m in parsed] == [
        ("sql", QWEN_FOLDER, "Qwen/Qwen2.5-7B-Instruct"),
        ("tickets", TICKETS_FOLDER, "Qwen/Qwen2.5-7B-Instruct"),
    ]


def test_tgis_own_parser_reads_the_rendered_lora_adapters():
    """TGI 3.3.4's parse_lora_adapters and AdapterInfo, run on the rendered LORA_ADAPTERS."""
    code = _upstream_definitions(
        tgi("server/text_generation_server/utils/adapter.py"),
        ("AdapterInfo", "parse_lora_adapters"),
        "import re\nfrom dataclasses import dataclass\nfrom typing import List, Optional\n",
    )
    parsed = code["parse_lora_adapters"](env_of(with_lora(LLAMA))["LORA_ADAPTERS"])
    assert [(a.id, a.path, a.revision) for a in parsed] == [
        ("sql", QWEN_FOLDER, None),
        ("tickets", TICKETS_FOLDER, None),
    ]


def source_tgi_prefix_caching() -> None:
    launcher = tgi("launcher/src/main.rs")
    assert (
        'if lora_adapters.is_some() && prefix_caching.is_none() {\n                    tracing::info!("Disabling prefix caching because of lora adapters");'
        in launcher
    )


SOURCES: dict[tuple[str, str], Callable[[], None]] = {
    ("vllm", "enable flag"): source_vllm_enable_flag,
    ("vllm", "lora modules"): source_vllm_lora_modules,
    ("vllm", "adapter path"): source_vllm_adapter_path,
    ("vllm", "max loras"): source_vllm_max_loras,
    ("vllm", "max lora rank"): source_vllm_max_lora_rank,
    ("vllm", "max cpu loras"): source_vllm_max_cpu_loras,
    ("vllm", "adapter names"): source_vllm_adapter_names,
    ("vllm", "runtime updating"): source_vllm_runtime_updating,
    ("tgi", "adapters variable"): source_tgi_adapters_variable,
    ("tgi", "adapter format"): source_tgi_adapter_format,
    ("tgi", "local adapter path"): source_tgi_local_adapter_path,
    ("tgi", "adapter selection"): source_tgi_adapter_selection,
    ("tgi", "prefix caching"): source_tgi_prefix_caching,
}
LORA_FACTS = {engine.name: engine.lora.facts for engine in engines() if engine.lora}
FACTS = sorted((engine, fact.fact) for engine, facts in LORA_FACTS.items() for fact in facts)


def test_every_lora_fact_is_checked_in_the_rendering_and_the_source():
    assert set(RENDERED) == set(SOURCES) == set(FACTS)
    assert all(fact.source for facts in LORA_FACTS.values() for fact in facts)


@pytest.mark.parametrize("key", FACTS, ids=[f"{e}-{f}" for e, f in FACTS])
def test_the_rendering_follows_the_lora_fact(key):
    RENDERED[key]()


@pytest.mark.parametrize("key", FACTS, ids=[f"{e}-{f}" for e, f in FACTS])
def test_the_lora_fact_is_in_the_pinned_source(key):
    SOURCES[key]()


def test_an_engine_without_lora_support_refuses_serving_lora(monkeypatch, tmp_path):
    from conftest import workload_errors

    from ai_workloads.ml_inference_load import engines as serving_engines

    monkeypatch.setitem(serving_engines._ENGINES, "tgi", dataclasses.replace(engine_named("tgi"), lora=None))
    assert workload_errors(with_lora(LLAMA), tmp_path) == [
        "serving.lora: is not supported by the tgi engine (supported by: vllm)"
    ]
    assert workload_errors(copy.deepcopy(example_document(LLAMA)), tmp_path) == []
