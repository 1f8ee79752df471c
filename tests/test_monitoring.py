"""monitoring.podMonitor and monitoring.alerts: every rendered PromQL expression names only facts of its
pinned exporters (parsed with promql-parser), promtool checks and unit-tests every rendered rule file,
and the values rules."""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import REQUIRE_REHEARSAL_ENV

from ai_workloads._parts.metrics_facts import KUBE_STATE_METRICS
from ai_workloads.errors import WorkloadErrors
from ai_workloads.gates.promql_facts import promql_problems
from ai_workloads.ml_inference_load.engines import engines
from ai_workloads.ml_inference_load.engines.metrics_facts import TGI_METRICS, VLLM_METRICS
from ai_workloads.mlserver_release.metrics_facts import MLSERVER_METRICS
from ai_workloads.synth.loader import load_workload_file

# The server container's name -> the pinned metrics it exports.
SERVER_METRICS = {**{engine.name: engine.metrics for engine in engines()}, "mlserver": MLSERVER_METRICS}

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
PROMTOOL_VERSION = "v0.316.0"  # github.com/prometheus/prometheus (Prometheus 3.16.0)


def _objects(path: Path) -> list[dict]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def _engine_of(objects: list[dict], name: str | None = None) -> str:
    """The server container of Deployment `name` (the first one without), named after its engine."""
    deployment = next(o for o in objects if o["kind"] == "Deployment" and name in (None, o["metadata"]["name"]))
    return deployment["spec"]["template"]["spec"]["containers"][0]["name"]


def _rule_files() -> list[Path]:
    return sorted(p for p in DIST.glob("*.k8s.yaml") if any(o["kind"] == "PrometheusRule" for o in _objects(p)))


def _rules(path: Path) -> list[dict]:
    return [r for _name, rules in _rules_by_server(path) for r in rules]


def _rules_by_server(path: Path) -> list[tuple[str, list[dict]]]:
    """(Deployment name, its alerting rules) per PrometheusRule of the file (named like its Deployment)."""
    return [
        (o["metadata"]["name"], [r for group in o["spec"]["groups"] for r in group["rules"]])
        for o in _objects(path)
        if o["kind"] == "PrometheusRule"
    ]


def test_golden_examples_render_alerts_for_every_engine() -> None:
    engines = {_engine_of(_objects(path)) for path in _rule_files()}
    assert engines == {"tgi", "vllm", "mlserver"}


def _expressions_by_server(path: Path) -> list[tuple[str, str, str]]:
    """(Deployment name, where, PromQL) of every alert and every dashboard panel target of the file (the
    PrometheusRule is named like its Deployment, the dashboard ConfigMap `<Deployment>-dashboard`)."""
    out = [(name, f"alert {r['alert']}", r["expr"]) for name, rules in _rules_by_server(path) for r in rules]
    for o in _objects(path):
        if o["kind"] == "ConfigMap" and o["metadata"]["name"].endswith("-dashboard"):
            name = o["metadata"]["name"].removesuffix("-dashboard")
            for text in o["data"].values():
                for panel in json.loads(text)["panels"]:
                    out += [(name, f"panel {panel['title']}", t["expr"]) for t in panel["targets"]]
    return out


def _expression_files() -> list[Path]:
    return sorted(p for p in DIST.glob("*.k8s.yaml") if _expressions_by_server(p))


def test_alerts_and_dashboards_are_both_collected() -> None:
    kinds = {where.split()[0] for path in _expression_files() for _n, where, _e in _expressions_by_server(path)}
    assert kinds == {"alert", "panel"}


@pytest.mark.parametrize("path", _expression_files(), ids=lambda p: p.name)
def test_every_rendered_expression_names_facts_of_its_engine(path: Path) -> None:
    objects = _objects(path)
    for name, where, expr in _expressions_by_server(path):
        engine = SERVER_METRICS[_engine_of(objects, name)]
        assert promql_problems(expr, [engine, KUBE_STATE_METRICS]) == [], where


def test_tgi_renders_no_alert_on_a_metric_it_lacks() -> None:
    tgi = next(p for p in _rule_files() if _engine_of(_objects(p)) == "tgi")
    names = {rule["alert"] for rule in _rules(tgi)}
    assert not names & {"LLMTimeToFirstTokenHigh", "LLMInterTokenLatencyHigh", "LLMKvCacheNearlyFull"}
    assert {"LLMQueuePerReplicaHigh", "LLMErrorRatioHigh", "LLMNoReadyReplica"} <= names


def test_every_alert_has_for_severity_summary_and_runbook() -> None:
    for path in _rule_files():
        for name, rules in _rules_by_server(path):
            for rule in rules:
                assert rule["for"] and rule["labels"]["severity"] in ("warning", "critical")
                assert name in rule["annotations"]["summary"] and rule["annotations"]["runbook"]


def test_the_checker_refuses_what_an_engine_does_not_export() -> None:
    """The peers' mistakes, caught: a `model` label vLLM never sets, the metric vLLM 0.33 removed, a
    counter without `_total`, a TTFT query on TGI, an unknown finish reason."""
    assert promql_problems('sum(vllm:num_requests_waiting{model="x"})', [VLLM_METRICS])
    assert promql_problems("vllm:gpu_cache_usage_perc > 0.9", [VLLM_METRICS])
    assert promql_problems("rate(vllm:request_success[5m])", [VLLM_METRICS])
    assert promql_problems("rate(tgi_request_count_total[5m])", [TGI_METRICS])
    assert promql_problems("rate(vllm:time_to_first_token_seconds_bucket[5m])", [TGI_METRICS])
    assert promql_problems('vllm:request_success_total{finished_reason="failed"}', [VLLM_METRICS])
    assert promql_problems("sum by (model) (vllm:num_requests_waiting)", [VLLM_METRICS])
    assert promql_problems("sum(", [VLLM_METRICS])
    assert promql_problems('vllm:num_requests_waiting{model_name="x"}', [VLLM_METRICS]) == []


# --- PodMonitor ---------------------------------------------------------------------------------------


def test_pod_monitor_is_on_where_basic_monitoring_is_and_scrapes_the_engine_port() -> None:
    for path in DIST.glob("*.k8s.yaml"):
        objects = _objects(path)
        if not any(
            o["kind"] == "Deployment"
            and "prometheus.io/scrape" in (o["spec"]["template"]["metadata"].get("annotations") or {})
            for o in objects
        ):
            assert not any(o["kind"] == "PodMonitor" for o in objects), path.name
            continue
        scraped = (
            o
            for o in objects
            if o["kind"] == "Deployment"
            and "prometheus.io/scrape" in (o["spec"]["template"]["metadata"].get("annotations") or {})
        )  # the server's (a routed workload's endpoint picker is not a model server: no PodMonitor)
        for deployment in scraped:
            monitor = next(
                o
                for o in objects
                if o["kind"] == "PodMonitor" and o["metadata"]["name"] == deployment["metadata"]["name"]
            )
            pod = deployment["spec"]["template"]
            annotations = pod["metadata"]["annotations"]
            port = next(
                p
                for p in pod["spec"]["containers"][0]["ports"]
                if str(p["containerPort"]) == annotations["prometheus.io/port"]
            )
            endpoint = monitor["spec"]["podMetricsEndpoints"][0]
            assert endpoint == {"port": port["name"], "path": annotations["prometheus.io/path"]}
            # it selects the server's pods, by part and workload like the Service (never another workload's pods)
            selector = monitor["spec"]["selector"]["matchLabels"]
            assert (
                deployment["spec"]["selector"]["matchLabels"].items()
                <= selector.items()
                <= pod["metadata"]["labels"].items()
            )


# --- values -----------------------------------------------------------------------------------------------


def _problems(**changes) -> list[str]:
    """The loader's one-line problems for the vLLM example (without autoscaling) with `changes`."""
    data = yaml.safe_load((ROOT / "workloads" / "qwen2-5-7b-operated.yaml").read_text())
    del data["autoscaling"]
    data.update(changes)
    try:
        load_workload_file(Path("workloads/x.yaml"), raw=yaml.safe_dump(data).encode(), file="workloads/x.yaml")
    except WorkloadErrors as error:  # without the line and column, which depend on the YAML written here
        return [re.sub(r"^(workloads/x\.yaml)(:\d+:\d+)?: ", r"\1: ", str(problem)) for problem in error.errors]
    return []


def test_alerts_need_a_pod_monitor_that_scrapes_the_engine() -> None:
    assert _problems(basicMonitoring={"enabled": False}, monitoring={"alerts": {"enabled": True}}) == [
        "workloads/x.yaml: monitoring.alerts.enabled: the alerts need monitoring.podMonitor (they select the "
        "server's series by its job): enable it"
    ]
    assert _problems(
        basicMonitoring={"enabled": True, "annotations": "istioSidecar"}, monitoring={"alerts": {"enabled": True}}
    ) == [
        "workloads/x.yaml: monitoring.alerts.enabled: basicMonitoring.annotations: istioSidecar scrapes the proxy "
        "only (Istio does not merge the server's metrics): use `engine`"
    ]
    assert (
        _problems(
            basicMonitoring={"enabled": False},
            monitoring={"podMonitor": {"enabled": True}, "alerts": {"enabled": True}},
        )
        == []
    )


def test_thresholds_and_labels_are_typed() -> None:
    assert _problems(monitoring={"alerts": {"enabled": True, "thresholds": {"kvCacheUsage": 1.5}}}) == [
        "workloads/x.yaml: monitoring.alerts.thresholds.kvCacheUsage: Input should be less than or equal to 1"
    ]
    assert [
        p.split(": ")[1]
        for p in _problems(monitoring={"alerts": {"enabled": True, "thresholds": {"noReadyReplicaFor": "soon"}}})
    ] == ["monitoring.alerts.thresholds.noReadyReplicaFor"]
    assert [p.split(": ")[1] for p in _problems(monitoring={"podMonitor": {"labels": {"bad key!": "x"}}})] == [
        "monitoring.podMonitor.labels.bad key!"
    ]


def test_alerts_and_pod_monitor_render_with_extra_labels() -> None:
    objects = _objects(DIST / "qwen2-5-7b-operated.k8s.yaml")
    monitor = next(o for o in objects if o["kind"] == "PodMonitor")
    rule = next(o for o in objects if o["kind"] == "PrometheusRule")
    assert monitor["metadata"]["labels"]["release"] == rule["metadata"]["labels"]["release"] == "kube-prometheus-stack"
    assert all(r["labels"]["team"] == "ml-platform" for r in _rules(DIST / "qwen2-5-7b-operated.k8s.yaml"))
    assert {r["alert"] for r in _rules(DIST / "qwen2-5-7b-operated.k8s.yaml")} == {
        "LLMTimeToFirstTokenHigh",
        "LLMInterTokenLatencyHigh",
        "LLMQueuePerReplicaHigh",
        "LLMKvCacheNearlyFull",
        "LLMErrorRatioHigh",
        "LLMNoReadyReplica",
        "LLMServerRestarting",
        "LLMServerCrashLooping",
        "LLMModelDownloadFailed",
    }


# --- promtool -------------------------------------------------------------------------------------------


@functools.cache
def _promtool() -> str:
    """promtool of the pinned Prometheus release, built with the rehearsal's Prometheus (`make controlplane`,
    or here on first use): skipped without Go, failed with AI_WORKLOADS_REQUIRE_REHEARSAL=1 (CI)."""
    from ai_workloads.rehearsal.binaries import AUTOSCALING_COMPONENTS, ensure_binaries

    prometheus = next(component for component in AUTOSCALING_COMPONENTS if component.name == "prometheus")
    assert prometheus.version() == PROMTOOL_VERSION, "tools/prometheus/go.mod pins another release"
    try:
        return str(ensure_binaries((prometheus,), progress=False)["promtool"])
    except Exception as error:
        if os.environ.get(REQUIRE_REHEARSAL_ENV) == "1":
            pytest.fail(f"promtool {PROMTOOL_VERSION} is not available: {error}")
        pytest.skip(f"promtool {PROMTOOL_VERSION} is not available: {error}")


def _rule_files_in(path: Path, folder: Path) -> list[tuple[str, Path]]:
    """Each PrometheusRule's spec as a Prometheus rule file: (Deployment name, file)."""
    out = []
    for rule in (o for o in _objects(path) if o["kind"] == "PrometheusRule"):
        name = rule["metadata"]["name"]
        target = folder / f"{name}.rules.yaml"
        target.write_text(yaml.safe_dump(rule["spec"], sort_keys=False))
        out.append((name, target))
    return out


@pytest.mark.parametrize("path", _rule_files(), ids=lambda p: p.name)
def test_promtool_checks_every_rendered_rule_file(path: Path, tmp_path: Path) -> None:
    promtool = _promtool()
    for _name, rules in _rule_files_in(path, tmp_path):
        done = subprocess.run([promtool, "check", "rules", str(rules)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def _series(path: Path, name: str) -> dict[str, dict[str, str]]:
    """Label sets of the series of Deployment `name`, read from its rendered objects."""
    objects = _objects(path)
    deployment = next(o for o in objects if o["kind"] == "Deployment" and o["metadata"]["name"] == name)
    ns = deployment["metadata"]["namespace"]
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    engine = {"namespace": ns, "job": f"{ns}/{name}", "pod": f"{name}-5d8f7c9b4-abcde", "container": container["name"]}
    if container["name"] == "vllm":
        args = container["args"]
        engine |= {"model_name": args[args.index("--served-model-name") + 1], "engine": "0"}
    if container["name"] == "mlserver":
        settings = next(
            o
            for o in objects
            if o["kind"] == "ConfigMap"
            and o["metadata"]["name"]
            in [v["configMap"]["name"] for v in deployment["spec"]["template"]["spec"]["volumes"] if "configMap" in v]
        )
        model = next(yaml.safe_load(text)["name"] for key, text in settings["data"].items() if key != "settings.json")
        engine |= {"model": model, "version": ""}
    job = next((o["metadata"]["name"] for o in objects if o["kind"] == "Job"), None)
    return {
        "engine": engine,
        "deployment": {"namespace": ns, "deployment": name, "job": "kube-state-metrics"},
        "pod": {
            "namespace": ns,
            "pod": f"{name}-5d8f7c9b4-abcde",
            "container": container["name"],
            "job": "kube-state-metrics",
        },
        "job": {"namespace": ns, "job_name": job or "none", "job": "kube-state-metrics"},
    }


def _labels(labels: dict[str, str], **extra: str) -> str:
    return "{" + ",".join(f'{k}="{v}"' for k, v in {**labels, **extra}.items()) + "}"


# alert -> (firing series, healthy series): (series name, label set key, extra labels, values)
def _cases(s: dict[str, dict[str, str]]) -> dict[str, tuple[list[tuple], list[tuple]]]:
    e = s["engine"]
    hist = lambda name, slow: [  # noqa: E731 -- 1 request per second, all in the le="5" bucket (slow) or le="0.05"
        (f"{name}_bucket", e, {"le": "0.05"}, "0+0x60" if slow else "0+60x60"),
        (f"{name}_bucket", e, {"le": "5"}, "0+60x60"),
        (f"{name}_bucket", e, {"le": "+Inf"}, "0+60x60"),
    ]
    return {
        "LLMTimeToFirstTokenHigh": (
            hist("vllm:time_to_first_token_seconds", True),
            hist("vllm:time_to_first_token_seconds", False),
        ),
        "LLMInterTokenLatencyHigh": (
            hist("vllm:inter_token_latency_seconds", True),
            hist("vllm:inter_token_latency_seconds", False),
        ),
        "LLMQueuePerReplicaHigh": (
            [("vllm:num_requests_waiting", e, {}, "50x60"), ("tgi_queue_size", e, {}, "50x60")],
            [("vllm:num_requests_waiting", e, {}, "1x60"), ("tgi_queue_size", e, {}, "1x60")],
        ),
        "LLMKvCacheNearlyFull": (
            [("vllm:kv_cache_usage_perc", e, {}, "0.99x60")],
            [("vllm:kv_cache_usage_perc", e, {}, "0.5x60")],
        ),
        "LLMErrorRatioHigh": (
            [
                ("vllm:request_success_total", e, {"finished_reason": "error"}, "0+30x60"),
                ("vllm:request_success_total", e, {"finished_reason": "stop"}, "0+30x60"),
                ("tgi_request_failure", e, {"err": "generation"}, "0+30x60"),
                ("tgi_request_count", e, {}, "0+60x60"),
            ],
            [
                ("vllm:request_success_total", e, {"finished_reason": "stop"}, "0+60x60"),
                ("tgi_request_failure", e, {"err": "validation"}, "0+30x60"),
                ("tgi_request_count", e, {}, "0+60x60"),
            ],
        ),
        "MLServerErrorRatioHigh": (
            [
                ("model_infer_request_failure_total", e, {}, "0+30x60"),
                ("model_infer_request_success_total", e, {}, "0+30x60"),
            ],
            [
                ("model_infer_request_failure_total", e, {}, "0+0x60"),
                ("model_infer_request_success_total", e, {}, "0+60x60"),
            ],
        ),
        "MLServerInferenceLatencyHigh": (  # 1 request per second taking 2 s / 0.01 s
            [
                ("model_infer_request_duration_sum", e, {}, "0+120x60"),
                ("model_infer_request_duration_count", e, {}, "0+60x60"),
            ],
            [
                ("model_infer_request_duration_sum", e, {}, "0+0.6x60"),
                ("model_infer_request_duration_count", e, {}, "0+60x60"),
            ],
        ),
        "NoReadyReplica": (
            [
                ("kube_deployment_status_replicas_available", s["deployment"], {}, "0x120"),
                ("kube_deployment_spec_replicas", s["deployment"], {}, "1x120"),
            ],
            [
                ("kube_deployment_status_replicas_available", s["deployment"], {}, "1x120"),
                ("kube_deployment_spec_replicas", s["deployment"], {}, "1x120"),
            ],
        ),
        "Restarting": (
            [("kube_pod_container_status_restarts_total", s["pod"], {"uid": "u"}, "0+1x60")],
            [("kube_pod_container_status_restarts_total", s["pod"], {"uid": "u"}, "2x60")],
        ),
        "CrashLooping": (
            [
                (
                    "kube_pod_container_status_waiting_reason",
                    s["pod"],
                    {"uid": "u", "reason": "CrashLoopBackOff"},
                    "1x60",
                )
            ],
            [
                (
                    "kube_pod_container_status_waiting_reason",
                    s["pod"],
                    {"uid": "u", "reason": "ContainerCreating"},
                    "1x60",
                )
            ],
        ),
        "ModelDownloadFailed": (
            [("kube_job_failed", s["job"], {"condition": "true"}, "1x60")],
            [
                ("kube_job_failed", s["job"], {"condition": "true"}, "0x60"),
                ("kube_job_failed", s["job"], {"condition": "false"}, "1x60"),
            ],
        ),
    }


@pytest.mark.parametrize("path", _rule_files(), ids=lambda p: p.name)
def test_promtool_unit_tests_fire_on_a_bad_series_and_stay_quiet_on_a_healthy_one(path: Path, tmp_path: Path) -> None:
    promtool = _promtool()
    for name, rules in _rule_files_in(path, tmp_path):
        cases = _cases(_series(path, name))
        tests = []
        for rule in yaml.safe_load(rules.read_text())["groups"][0]["rules"]:
            # Generic Kubernetes alerts are keyed without their kind's prefix (LLMServerRestarting -> Restarting).
            key = next(
                k
                for k in cases
                if rule["alert"] == k
                or (rule["alert"].endswith(k) and k[0].isupper() and not k.startswith(("LLM", "MLServer")))
            )
            firing, healthy = cases[key]
            # Series last 60 minutes (120 for the no-ready-replica alert, whose `for` may be long), so every
            # rendered `for` has passed at the evaluation time.
            at = "119m" if key == "NoReadyReplica" else "59m"
            for series, fires in ((firing, True), (healthy, False)):
                tests.append(
                    {
                        "interval": "1m",
                        "input_series": [
                            {"series": metric + _labels(labels, **extra), "values": values}
                            for metric, labels, extra, values in series
                        ],
                        "alert_rule_test": [
                            {
                                "eval_time": at,
                                "alertname": rule["alert"],
                                "exp_alerts": [
                                    {"exp_labels": _exp_labels(rule, series), "exp_annotations": rule["annotations"]}
                                ]
                                if fires
                                else [],
                            }
                        ],
                    }
                )
        unit = tmp_path / f"{name}.unit.yaml"
        unit.write_text(yaml.safe_dump({"rule_files": [rules.name], "tests": tests}, sort_keys=False))
        done = subprocess.run([promtool, "test", "rules", unit.name], capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == 0, done.stdout + done.stderr


def _exp_labels(rule: dict, series: list[tuple]) -> dict[str, str]:
    """The labels an alert carries: the rule's, plus the labels its expression keeps (none after an
    aggregation; a selector's own labels when it is compared directly)."""
    labels = dict(rule["labels"])
    expr = rule["expr"]
    if not expr.startswith(("histogram_quantile", "avg(", "max(", "sum(")):
        _name, base, extra, _ = series[0]
        labels.update({**base, **extra})
    return labels


def test_engine_selector_keeps_model_name_when_one_vllm_metric_lacks_it() -> None:
    """An info metric without `model_name` (vLLM's LoRA gauge) must not drop the model from the selectors."""
    from dataclasses import replace

    from conftest import validate_document

    from ai_workloads._parts.metrics_facts import MetricFact, MetricType
    from ai_workloads.ml_inference_load.alerts import engine_selector

    info = MetricFact("vllm:lora_requests_info", MetricType.GAUGE, ("max_lora",), "a test fact")
    values = validate_document(yaml.safe_load((ROOT / "workloads" / "qwen2-5-7b-operated.yaml").read_text()))
    selector = engine_selector(values, replace(VLLM_METRICS, facts=(*VLLM_METRICS.facts, info)))
    assert 'model_name="qwen2.5-7b-instruct"' in selector
    assert "model_name" not in engine_selector(values, TGI_METRICS)
