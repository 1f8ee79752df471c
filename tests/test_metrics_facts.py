"""Each metric fact is read back from the pinned release's source (see upstream_sources.py for where the
tests find it): name, type, label names and enumerated label values."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from upstream_sources import git_file, git_files, wheel_file

from ai_workloads._parts.metrics_facts import (
    KUBE_STATE_METRICS,
    POD_MONITOR_TARGET_LABELS,
    MetricFact,
    MetricsCatalog,
    MetricType,
)
from ai_workloads.ml_inference_load.engines.metrics_facts import (
    TGI_METRICS,
    VLLM_FINISH_REASONS,
    VLLM_LORA_METRICS,
    VLLM_METRICS,
)
from ai_workloads.mlserver_release.metrics_facts import MLSERVER_METRICS


def _ids(catalog: MetricsCatalog) -> list:
    return [pytest.param(fact, id=fact.name) for fact in catalog.facts]


# --- vLLM 0.33.0 -----------------------------------------------------------------------------------

_VLLM_KINDS = {
    "_gauge_cls": MetricType.GAUGE,
    "_counter_cls": MetricType.COUNTER,
    "_histogram_cls": MetricType.HISTOGRAM,
}


def _vllm_declared(source: str) -> dict[str, tuple[MetricType, tuple[str, ...]]]:
    """`self._gauge_cls(name="vllm:...", labelnames=...)` calls of loggers.py, `labelnames` resolved."""
    tree = ast.parse(source)
    base: tuple[str, ...] = ()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["labelnames"]:
            base = tuple(ast.literal_eval(node.value))
    # `self.labelname_x = "x"` (the LoRA info gauge names its labels through such attributes)
    attributes = {
        node.targets[0].attr: node.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Attribute)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }
    declared = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _VLLM_KINDS):
            continue
        keywords = {k.arg: k.value for k in node.keywords}
        if not isinstance(keywords.get("name"), ast.Constant):
            continue
        labels = keywords.get("labelnames")
        try:
            if isinstance(labels, ast.Name):
                names = base
            elif isinstance(labels, ast.List) and all(isinstance(e, ast.Attribute) for e in labels.elts):
                names = tuple(attributes[e.attr] for e in labels.elts)
            elif isinstance(labels, ast.BinOp):
                names = base + tuple(ast.literal_eval(labels.right))
            else:
                names = tuple(ast.literal_eval(labels))
        except ValueError:  # computed label names (LoRA info): no fact relies on them
            names = None
        declared[keywords["name"].value] = (_VLLM_KINDS[node.func.attr], names)
    return declared


@pytest.mark.parametrize("fact", _ids(VLLM_METRICS) + _ids(VLLM_LORA_METRICS))
def test_vllm_metric_fact(fact: MetricFact) -> None:
    declared = _vllm_declared(wheel_file("AI_WORKLOADS_VLLM_WHEEL", "vllm/v1/metrics/loggers.py"))
    assert fact.name in declared, f"{fact.name} is not declared by vLLM 0.33.0"
    assert declared[fact.name] == (fact.type, fact.labels)


def test_vllm_finish_reasons_and_no_gpu_cache_usage() -> None:
    engine = wheel_file("AI_WORKLOADS_VLLM_WHEEL", "vllm/v1/engine/__init__.py")
    assert f"FINISH_REASON_STRINGS = {VLLM_FINISH_REASONS!r}".replace("'", '"') in engine
    declared = _vllm_declared(wheel_file("AI_WORKLOADS_VLLM_WHEEL", "vllm/v1/metrics/loggers.py"))
    assert "vllm:gpu_cache_usage_perc" not in declared and "vllm:kv_cache_usage_perc" in declared


# --- TGI 3.3.4 ---------------------------------------------------------------------------------------

TGI_TAG = "v3.3.4"
_TGI_CALL = re.compile(r'metrics::(counter|gauge|histogram)!\(\s*"(\w+)"((?:\s*,\s*"\w+"\s*=>\s*"[^"]*")*)')
_TGI_LABEL = re.compile(r'"(\w+)"\s*=>\s*"([^"]*)"')


def _tgi_declared() -> tuple[dict[str, tuple[str, dict[str, set[str]]]], list[tuple[str, str]]]:
    files = {
        **git_files("AI_WORKLOADS_TGI_REPO", TGI_TAG, "router/src", ".rs"),
        **git_files("AI_WORKLOADS_TGI_REPO", TGI_TAG, "backends/v3/src", ".rs"),
    }
    declared: dict[str, tuple[str, dict[str, set[str]]]] = {}
    for text in files.values():
        for kind, name, labels in _TGI_CALL.findall(text):
            values = declared.setdefault(name, (kind, {}))[1]
            for key, value in _TGI_LABEL.findall(labels):
                values.setdefault(key, set()).add(value)
    server = [line for line in files["router/src/server.rs"].splitlines() if not line.strip().startswith("//")]
    matchers = re.findall(r'Matcher::(Suffix|Full)\(String::from\("(\w+)"\)\)', "\n".join(server))
    return declared, matchers


@pytest.mark.parametrize("fact", _ids(TGI_METRICS))
def test_tgi_metric_fact(fact: MetricFact) -> None:
    declared, matchers = _tgi_declared()
    assert fact.name in declared, f"{fact.name} is not recorded by TGI {TGI_TAG}"
    kind, labels = declared[fact.name]
    if kind == "histogram":
        bucketed = any(fact.name.endswith(value) if how == "Suffix" else fact.name == value for how, value in matchers)
        kind = "histogram" if bucketed else "summary"
    assert MetricType(kind) is fact.type
    assert set(fact.labels) == set(labels)
    assert {key: set(values) for key, values in fact.label_values.items()} == labels


def test_tgi_has_no_model_label_ttft_or_kv_cache_metric() -> None:
    declared, _ = _tgi_declared()
    assert not any("first_token" in name or "kv" in name for name in declared)
    assert not any("model" in key for _, labels in declared.values() for key in labels)


def test_tgi_counters_keep_their_name() -> None:
    """metrics-exporter-prometheus 0.15.3 is the release TGI 3.3.4 locks (its render writes counters
    without `_total`: recorded in metrics_facts.RUST_METRICS_EXPORTER)."""
    lock = git_file("AI_WORKLOADS_TGI_REPO", TGI_TAG, "Cargo.lock")
    assert re.search(r'name = "metrics-exporter-prometheus"\nversion = "0\.15\.3"', lock)
    assert TGI_METRICS.exposed("tgi_request_count") == "tgi_request_count"


# --- MLServer 1.7.1 (installed in the dev environment: these always run) -----------------------------


def _mlserver_declared() -> dict[str, tuple[MetricType, tuple[str, ...]]]:
    import mlserver

    root = Path(mlserver.__file__).parent
    declared = {}
    for path in ("handlers/dataplane.py", "parallel/dispatcher.py"):
        tree = ast.parse((root / path).read_text())
        constants = {
            node.targets[0].id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and hasattr(node.targets[0], "id")
        }
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("Counter", "Summary", "Histogram")
            ):
                continue
            first = node.args[0]
            name = first.value if isinstance(first, ast.Constant) else constants[first.id]
            labels = tuple(ast.literal_eval(node.args[2])) if len(node.args) > 2 else ()
            declared[name] = (MetricType(node.func.id.lower()), labels)
    return declared


def test_mlserver_version_is_the_pinned_one() -> None:
    from importlib.metadata import version

    assert version("mlserver") == "1.7.1"


@pytest.mark.parametrize("fact", _ids(MLSERVER_METRICS))
def test_mlserver_metric_fact(fact: MetricFact) -> None:
    declared = _mlserver_declared()
    assert declared.get(fact.name) == (fact.type, fact.labels)


def test_mlserver_metrics_are_multiprocess() -> None:
    import mlserver.metrics.prometheus as prometheus

    assert "MultiProcessCollector" in Path(prometheus.__file__).read_text()
    assert MLSERVER_METRICS.exposed("model_infer_request_failure") == "model_infer_request_failure_total"
    assert "model_infer_request_duration" not in MLSERVER_METRICS.series()  # a Summary without quantiles


# --- kube-state-metrics 2.20.0 and the PodMonitor target labels ----------------------------------------

_KSM_FILES = {
    "deployment": "internal/store/deployment.go",
    "pod": "internal/store/pod.go",
    "job": "internal/store/job.go",
}


@pytest.mark.parametrize("fact", _ids(KUBE_STATE_METRICS))
def test_kube_state_metrics_fact(fact: MetricFact) -> None:
    kind = fact.name.split("_")[1]
    text = git_file("AI_WORKLOADS_KSM_REPO", "v2.20.0", _KSM_FILES[kind])
    defaults = re.search(r"desc\w+LabelsDefaultLabels\s*=\s*\[\]string\{([^}]*)\}", text)
    assert defaults, "default labels not found"
    default_labels = tuple(re.findall(r'"(\w+)"', defaults.group(1)))
    start = text.index(f'"{fact.name}",')
    family = text[start : text.find("NewFamilyGenerator", start) if "NewFamilyGenerator" in text[start:] else None]
    assert re.search(r"metric\.(Gauge|Counter)", family).group(1).lower() == fact.type.value
    assert fact.labels[: len(default_labels)] == default_labels
    for label in fact.labels[len(default_labels) :]:
        assert f'"{label}"' in family
    if fact.label_values:
        utils = git_file("AI_WORKLOADS_KSM_REPO", "v2.20.0", "internal/store/utils.go")
        assert "v1.ConditionTrue, v1.ConditionFalse, v1.ConditionUnknown" in utils and "strings.ToLower" in utils
        assert fact.label_values == {"condition": ("true", "false", "unknown")}


def test_pod_monitor_target_labels() -> None:
    text = git_file("AI_WORKLOADS_PROMETHEUS_OPERATOR_REPO", "v0.93.0", "pkg/prometheus/promcfg.go")
    start = text.index("func (cg *ConfigGenerator) generatePodMonitorConfig(")
    body = text[start : text.index("\nfunc ", start + 10)]
    targets = set(re.findall(r'"target_label", Value: "(\w+)"', body))
    assert set(POD_MONITOR_TARGET_LABELS) - {"instance"} <= targets


# --- the catalogs themselves -------------------------------------------------------------------------


def test_series_names_follow_the_exposition() -> None:
    assert VLLM_METRICS.exposed("vllm:request_success") == "vllm:request_success_total"
    assert (
        VLLM_METRICS.exposed("vllm:time_to_first_token_seconds", "bucket") == "vllm:time_to_first_token_seconds_bucket"
    )
    assert "le" in VLLM_METRICS.series()["vllm:time_to_first_token_seconds_bucket"][1]
    assert TGI_METRICS.exposed("tgi_request_duration", "bucket") == "tgi_request_duration_bucket"
    assert (
        KUBE_STATE_METRICS.exposed("kube_pod_container_status_restarts_total")
        == "kube_pod_container_status_restarts_total"
    )
    with pytest.raises(KeyError):
        VLLM_METRICS.exposed("vllm:gpu_cache_usage_perc")
    with pytest.raises(KeyError):
        MLSERVER_METRICS.exposed("model_infer_request_duration", "bucket")


def test_every_fact_names_its_source() -> None:
    for catalog in (VLLM_METRICS, TGI_METRICS, MLSERVER_METRICS, KUBE_STATE_METRICS):
        for fact in catalog.facts:
            assert re.search(r"(==|@)v?\d+\.\d+\.\d+", fact.source), fact
