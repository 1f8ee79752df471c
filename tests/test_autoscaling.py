"""autoscaling: a KEDA ScaledObject on the engine's own signal, its safety defaults, the values rules and
the gate against two autoscalers or a missing target."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml
from conftest import REPO, find, render_document
from upstream_sources import git_file

from ai_workloads._parts.metrics_facts import ISTIO_PROXY_METRICS, KUBE_STATE_METRICS
from ai_workloads.errors import WorkloadErrors
from ai_workloads.gates.cross_object import cross_object_findings
from ai_workloads.gates.promql_facts import promql_problems
from ai_workloads.ml_inference_load.engines import engines
from ai_workloads.mlserver_release.metrics_facts import MLSERVER_METRICS
from ai_workloads.stage_types import RenderedWorkload
from ai_workloads.synth.loader import load_workload_file

SERVER_METRICS = {**{engine.name: engine.metrics for engine in engines()}, "mlserver": MLSERVER_METRICS}
VLLM = "qwen2-5-7b-operated.yaml"
TGI = "llama-3-8b-operated.yaml"
KEDA_TAG = "v2.20.2"


def example_document(file_name: str) -> dict:
    """An operated example of the repository's workloads/ (the fixture project holds the four basic ones)."""
    return yaml.safe_load((REPO / "workloads" / file_name).read_text())


def _problems(error: WorkloadErrors) -> list[str]:
    """The one-line problems without the line and column (which depend on the YAML written here)."""
    return [re.sub(r"^(workloads/x\.yaml)(:\d+:\d+)?: ", r"\1: ", str(p)) for p in error.errors]


def _dist(name: str) -> list[dict]:
    return [d for d in yaml.safe_load_all((REPO / "dist" / name).read_text()) if d]


def _scaled_files() -> list[str]:
    return sorted(
        p.name for p in (REPO / "dist").glob("*.k8s.yaml") if any(d["kind"] == "ScaledObject" for d in _dist(p.name))
    )


def test_an_example_per_engine_is_autoscaled() -> None:
    engines = {
        find(_dist(name), "Deployment")["spec"]["template"]["spec"]["containers"][0]["name"] for name in _scaled_files()
    }
    assert engines == {"tgi", "vllm", "mlserver"}


@pytest.mark.parametrize("name", _scaled_files())
def test_scaled_object_queries_name_facts_of_the_engine_and_return_one_element(name: str) -> None:
    objects = _dist(name)
    engine = find(objects, "Deployment")["spec"]["template"]["spec"]["containers"][0]["name"]
    triggers = find(objects, "ScaledObject")["spec"]["triggers"]
    for trigger in triggers:  # every query, the wake trigger's included, returns one element
        assert trigger["metadata"]["query"].startswith("sum(") and trigger["metadata"]["query"].endswith(")")
    for trigger in triggers[:1]:  # the engine's signal (the wake trigger: test_wake_queries_name_facts_...)
        query = trigger["metadata"]["query"]
        assert promql_problems(query, [SERVER_METRICS[engine]]) == []
        assert query.startswith("sum(") and query.endswith(")")  # KEDA refuses a result with several elements
        namespace = find(objects, "Deployment")["metadata"]["namespace"]
        assert f'namespace="{namespace}"' in query
        if engine == "vllm":
            args = find(objects, "Deployment")["spec"]["template"]["spec"]["containers"][0]["args"]
            assert f'model_name="{args[args.index("--served-model-name") + 1]}"' in query
        elif engine == "tgi":
            assert 'pod=~"llama-3-8b-operated-[a-z0-9]+-[a-z0-9]+"' in query
        else:
            assert 'model="fraud-xgb"' in query


@pytest.mark.parametrize("name", _scaled_files())
def test_scaled_object_never_scales_in_on_missing_data_and_scales_up_one_pod_at_a_time(name: str) -> None:
    objects = _dist(name)
    spec = find(objects, "ScaledObject")["spec"]
    trigger = spec["triggers"][0]
    assert trigger["type"] == "prometheus" and trigger["metricType"] == "AverageValue"
    # missing series are an error (the fallback holds the replicas), except when scaling to zero was asked for:
    # then no pod exports the series, and an error would wake the server through the fallback
    to_zero = "cooldownPeriod" in spec
    assert trigger["metadata"]["ignoreNullValues"] == ("true" if to_zero else "false")
    assert spec["fallback"] == {
        "failureThreshold": 3,
        "replicas": max(spec["minReplicaCount"], 1),
        "behavior": "currentReplicasIfHigher",
    }
    behavior = spec["advanced"]["horizontalPodAutoscalerConfig"]["behavior"]
    deployment = find(objects, "Deployment")
    gpu = deployment["spec"]["template"]["spec"]["containers"][0]["name"] != "mlserver"
    # The startup budget: 60 minutes for an LLM server (capped at the HPA's 1800 s), 5 for MLServer.
    assert behavior["scaleUp"]["policies"] == [{"type": "Pods", "value": 1, "periodSeconds": 1800 if gpu else 300}]
    assert behavior["scaleDown"]["stabilizationWindowSeconds"] == (600 if gpu else 300)
    assert "replicas" not in deployment["spec"]
    # GPU servers: one pod at a time without surge; MLServer (CPU): one extra pod at a time.
    assert deployment["spec"]["strategy"] == {
        "type": "RollingUpdate",
        "rollingUpdate": ({"maxSurge": 0, "maxUnavailable": 1} if gpu else {"maxSurge": 1, "maxUnavailable": 0}),
    }
    assert find(objects, "PodDisruptionBudget")["spec"]["maxUnavailable"] == 1


def test_scale_up_period_follows_a_shorter_startup_budget() -> None:
    document = example_document(VLLM)
    document["container"]["startupProbe"] = {"periodSeconds": 10, "failureThreshold": 60}
    spec = find(render_document(document), "ScaledObject")["spec"]
    assert (
        spec["advanced"]["horizontalPodAutoscalerConfig"]["behavior"]["scaleUp"]["policies"][0]["periodSeconds"] == 600
    )


def test_one_replica_without_autoscaling_keeps_recreate() -> None:
    document = example_document(VLLM)
    del document["autoscaling"]
    objects = render_document(document)
    assert find(objects, "Deployment")["spec"]["strategy"] == {"type": "Recreate"}
    assert not [o for o in objects if o["kind"] in ("ScaledObject", "PodDisruptionBudget")]


@pytest.mark.parametrize(
    "file, change, message",
    [
        (VLLM, {"replicas": 2}, "replicas: is set by the autoscaler: remove it (autoscaling.minReplicas/maxReplicas)"),
        (
            TGI,
            {
                "autoscaling": {
                    "maxReplicas": 2,
                    "signal": "kvCache",
                    "prometheus": {"serverAddress": "http://prometheus:9090"},
                }
            },
            "autoscaling.signal: 'kvCache' is not exported by the tgi engine (TGI v3.3.4): use queue or running",
        ),
        (
            VLLM,
            {
                "autoscaling": {
                    "minReplicas": 3,
                    "maxReplicas": 2,
                    "prometheus": {"serverAddress": "http://prometheus:9090"},
                }
            },
            "autoscaling.minReplicas: 3 is greater than maxReplicas (2)",
        ),
        (
            VLLM,
            {
                "autoscaling": {
                    "minReplicas": 0,
                    "maxReplicas": 2,
                    "prometheus": {"serverAddress": "http://prometheus:9090"},
                }
            },
            "autoscaling.minReplicas: 0 removes every GPU replica when idle: ask for it with "
            "autoscaling.scaleToZero: true (clients get 503 while a pod starts, see docs/operating.md), or use 1",
        ),
        (
            VLLM,
            {
                "autoscaling": {
                    "maxReplicas": 2,
                    "activationThreshold": 2,
                    "prometheus": {"serverAddress": "http://prometheus:9090"},
                }
            },
            "autoscaling.activationThreshold: is only used with autoscaling.scaleToZero: true (KEDA activates from "
            "zero/idle above it)",
        ),
        (
            VLLM,
            {"basicMonitoring": {"enabled": False}, "monitoring": {}},
            "autoscaling: reads the engine's metrics from Prometheus: enable basicMonitoring or monitoring.podMonitor",
        ),
        (
            VLLM,
            {"modelCache": {"size": "40Gi", "accessMode": "ReadWriteOnce"}},
            "modelCache.accessMode: ReadWriteOnce cannot be mounted by 4 replicas on different nodes: use ReadWriteMany",
        ),
        (VLLM, {"autoscaling": {"maxReplicas": 2}}, "autoscaling.prometheus: required field is missing"),
    ],
)
def test_values_rules(file: str, change: dict, message: str) -> None:
    document = example_document(file)
    document.update(copy.deepcopy(change))
    with pytest.raises(WorkloadErrors) as error:
        load_workload_file(Path("workloads/x.yaml"), raw=yaml.safe_dump(document).encode(), file="workloads/x.yaml")
    assert _problems(error.value) == [f"workloads/x.yaml: {message}"]


# --- scale to zero -----------------------------------------------------------------------------------------


def _to_zero(**autoscaling: object) -> dict:
    document = example_document(VLLM)
    document["autoscaling"] = {
        "maxReplicas": 3,
        "scaleToZero": True,
        "prometheus": {"serverAddress": "http://prometheus:9090"},
        **autoscaling,
    }
    return find(render_document(document), "ScaledObject")["spec"]


def test_scale_to_zero_from_min_replicas_zero() -> None:
    spec = _to_zero(minReplicas=0, activationThreshold=2)
    assert spec["minReplicaCount"] == 0 and "idleReplicaCount" not in spec
    assert spec["cooldownPeriod"] == 600  # scaleDownDelay: the last replica goes after 10 idle minutes too
    # a new ScaledObject never active would go to zero at once (KEDA's default initialCooldownPeriod 0): the
    # first pod gets its startup budget (vLLM example: 3600 s) and then the cooldown
    assert spec["initialCooldownPeriod"] == 3600 + 600
    assert spec["fallback"]["replicas"] == 1  # Prometheus unreachable: one replica, never zero
    engine, wake = spec["triggers"]
    assert engine["metadata"]["activationThreshold"] == "2"
    assert engine["metadata"]["ignoreNullValues"] == wake["metadata"]["ignoreNullValues"] == "true"
    assert wake["name"] == "gateway-requests" and wake["metadata"]["activationThreshold"] == "0"
    assert wake["metadata"]["query"] == (
        'sum(rate(istio_requests_total{destination_service_namespace="ml-serving-prod",'
        'destination_service_name="qwen2-5-7b-operated"}[2m]))'
    )
    # the wake trigger never sizes the server: one replica at most for any request rate it could see
    assert int(wake["metadata"]["threshold"]) >= 1_000_000


def test_scale_to_zero_with_min_replicas_uses_keda_idle_replica_count() -> None:
    spec = _to_zero(minReplicas=2)
    assert spec["minReplicaCount"] == 2 and spec["idleReplicaCount"] == 0  # idle: 0; active: at least 2
    assert spec["initialCooldownPeriod"] == spec["cooldownPeriod"] + 3600  # idle mode waits the same way
    assert spec["fallback"]["replicas"] == 2
    assert spec["triggers"][0]["metadata"]["activationThreshold"] == "0"


def test_without_scale_to_zero_there_is_no_activation_idle_or_wake_trigger() -> None:
    spec = find(render_document(example_document(VLLM)), "ScaledObject")["spec"]
    assert len(spec["triggers"]) == 1 and "activationThreshold" not in spec["triggers"][0]["metadata"]
    assert not {"idleReplicaCount", "cooldownPeriod", "initialCooldownPeriod"} & spec.keys()


@pytest.mark.parametrize("name", _scaled_files())
def test_wake_queries_name_facts_of_the_istio_proxy(name: str) -> None:
    for trigger in find(_dist(name), "ScaledObject")["spec"]["triggers"][1:]:
        assert promql_problems(trigger["metadata"]["query"], [ISTIO_PROXY_METRICS]) == []
    assert promql_problems('sum(rate(istio_requests_total{destination_service="x"}[2m]))', [ISTIO_PROXY_METRICS]) == []
    assert promql_problems('sum(rate(istio_requests_total{service_name="x"}[2m]))', [ISTIO_PROXY_METRICS])
    assert promql_problems('istio_requests_total{reporter="gateway"}', [ISTIO_PROXY_METRICS])


def test_an_example_scales_to_zero() -> None:
    spec = find(_dist("llama-3-8b-operated.k8s.yaml"), "ScaledObject")["spec"]
    assert spec["minReplicaCount"] == 0 and [t.get("name") for t in spec["triggers"]] == [None, "gateway-requests"]


# --- the gate ---------------------------------------------------------------------------------------------


def _findings(*manifests: dict) -> list[tuple]:
    return cross_object_findings([RenderedWorkload(file="workloads/x.yaml", name="x", manifests=list(manifests))])


def test_gate_refuses_two_autoscalers_a_missing_target_and_replicas_on_the_target() -> None:
    objects = _dist("qwen2-5-7b-operated.k8s.yaml")
    scaled = find(objects, "ScaledObject")
    assert [f for f in _findings(*objects) if "scaleTargetRef" in f[2]] == []
    hpa = {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": "cpu", "namespace": scaled["metadata"]["namespace"]},
        "spec": {"scaleTargetRef": scaled["spec"]["scaleTargetRef"], "minReplicas": 1, "maxReplicas": 2},
    }
    assert any("is already scaled by ScaledObject/qwen2-5-7b-operated" in f[3] for f in _findings(*objects, hpa))
    orphan = copy.deepcopy(scaled)
    orphan["metadata"]["name"] = "orphan"
    orphan["spec"]["scaleTargetRef"]["name"] = "gone"
    assert (
        "workloads/x.yaml",
        "ScaledObject/orphan",
        "spec.scaleTargetRef",
        "Deployment 'gone' is not rendered",
    ) in _findings(*objects, orphan)
    pinned = [copy.deepcopy(o) for o in objects]
    find(pinned, "Deployment")["spec"]["replicas"] = 2
    assert any("sets spec.replicas" in f[3] for f in _findings(*pinned))


# --- KEDA facts, read back from kedacore/keda at v2.20.2 ($AI_WORKLOADS_KEDA_REPO) -------------------


def test_keda_prometheus_scaler_facts() -> None:
    scaler = git_file("AI_WORKLOADS_KEDA_REPO", KEDA_TAG, "pkg/scalers/prometheus_scaler.go")
    assert 'keda:"name=ignoreNullValues,    order=triggerMetadata,            default=true"' in scaler
    assert "returned multiple elements" in scaler
    assert "if s.metadata.IgnoreNullValues {\n\t\t\treturn 0, nil" in scaler  # an empty result is 0 by default
    assert "val > s.metadata.ActivationThreshold" in scaler


def test_keda_fallback_facts() -> None:
    fallback = git_file("AI_WORKLOADS_KEDA_REPO", KEDA_TAG, "pkg/fallback/fallback.go")
    branch = fallback[fallback.index("case kedav1alpha1.FallbackBehaviorCurrentReplicasIfHigher:") :]
    assert "if currentReplicasCount > fallbackReplicas {\n\t\t\treplicas = float64(currentReplicasCount)" in branch
    types = git_file("AI_WORKLOADS_KEDA_REPO", KEDA_TAG, "apis/keda/v1alpha1/scaledobject_types.go")
    assert "func CheckFallbackValid(" in types and "`AverageValue` type for the fallback" in types


def test_keda_scale_to_zero_facts() -> None:
    executor = git_file("AI_WORKLOADS_KEDA_REPO", KEDA_TAG, "pkg/scaling/executor/scale_scaledobjects.go")
    # active at 0 (or idle) replicas: scale up; inactive above idle / above 0 with minReplicaCount 0: scale down
    assert "case scaledObject.Spec.IdleReplicaCount != nil && currentReplicas < minReplicas, currentReplicas == 0:" in (
        executor
    )
    assert "currentReplicas > 0 && minReplicas == 0:" in executor
    assert "scaledObject.Status.LastActiveTime.Add(cooldownPeriod).Before(time.Now())" in executor
    defaults = git_file("AI_WORKLOADS_KEDA_REPO", KEDA_TAG, "pkg/scaling/executor/scale_executor.go")
    assert "defaultCooldownPeriod        = 5 * 60" in defaults
    # never active since creation: scaled in once initialCooldownPeriod (default 0) has passed
    assert "defaultInitialCooldownPeriod = 0" in defaults
    assert (
        "(scaledObject.Status.LastActiveTime == nil && "
        "scaledObject.CreationTimestamp.Add(initialCooldownPeriod).Before(time.Now()))" in executor
    )
    types = git_file("AI_WORKLOADS_KEDA_REPO", KEDA_TAG, "apis/keda/v1alpha1/scaledobject_types.go")
    assert "IdleReplicaCount=%d must be less than MinReplicaCount=%d" in types
    handler = git_file("AI_WORKLOADS_KEDA_REPO", KEDA_TAG, "pkg/scaling/scale_handler.go")
    # a trigger in fallback counts as active: an erroring query at zero replicas would wake the server
    assert "isActiveOrFallback := fallbackActive || isMetricActive" in handler
    scaler = git_file("AI_WORKLOADS_KEDA_REPO", KEDA_TAG, "pkg/scalers/prometheus_scaler.go")
    assert 'keda:"name=activationThreshold, order=triggerMetadata,            optional"' in scaler


def test_mlserver_keda_and_hpa_are_exclusive() -> None:
    document = example_document("fraud-scoring-ops.yaml")
    document["apps"][0]["hpa"] = {"enabled": True}
    with pytest.raises(WorkloadErrors) as error:
        load_workload_file(Path("workloads/x.yaml"), raw=yaml.safe_dump(document).encode(), file="workloads/x.yaml")
    assert _problems(error.value) == [
        "workloads/x.yaml: apps[0].keda: the app already has a CPU HPA (hpa.enabled): one autoscaler per Deployment"
    ]


def test_ksm_is_not_needed_by_the_scaler() -> None:
    """The scaler reads only the engine: a query naming kube-state-metrics would fail the check."""
    for name in _scaled_files():
        query = find(_dist(name), "ScaledObject")["spec"]["triggers"][0]["metadata"]["query"]
        assert promql_problems(query, [KUBE_STATE_METRICS]) != []
