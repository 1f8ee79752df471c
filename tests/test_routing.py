"""`routing.mode: inferencePool` (issue #23 part 1): the InferencePool, the endpoint picker's objects, the
facts they rely on (routing/facts.py) and the cross-object rules that check them."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
import yaml
from conftest import LLAMA, QWEN, example_document, find, render_document, workload_errors
from upstream_sources import git_file

from ai_workloads.gates.cross_object import cross_object_findings
from ai_workloads.ml_inference_load.engines.metrics_facts import VLLM_LORA_METRICS, VLLM_METRICS
from ai_workloads.ml_inference_load.routing import facts
from ai_workloads.ml_inference_load.routing.endpoint_picker import scorers_for
from ai_workloads.stage_types import RenderedWorkload

FILE = "workloads/routed.yaml"


def _routed(**picker: Any) -> dict[str, Any]:
    document = copy.deepcopy(example_document(QWEN))
    document["routing"] = {"mode": "inferencePool", **({"endpointPicker": picker} if picker else {})}
    return document


@pytest.fixture(scope="module")
def routed() -> list[dict[str, Any]]:
    return render_document(_routed(), FILE)


def _picker_container(manifests: list[dict[str, Any]]) -> dict[str, Any]:
    deployment = find(manifests, "Deployment", "qwen2-5-7b-instruct-epp")
    return deployment["spec"]["template"]["spec"]["containers"][0]


def _flags(manifests: list[dict[str, Any]]) -> dict[str, str]:
    return dict(arg.removeprefix("--").split("=", 1) for arg in _picker_container(manifests)["args"])


# --- what is rendered --------------------------------------------------------------------------------


def test_service_mode_renders_no_routing_objects():
    plain = render_document(example_document(QWEN), FILE)
    explicit = copy.deepcopy(example_document(QWEN))
    explicit["routing"] = {"mode": "service"}
    assert render_document(explicit, FILE) == plain
    assert not [m for m in plain if m["kind"] in ("InferencePool", "DestinationRule", "Role")]
    route = find(plain, "HTTPRoute")
    assert route["spec"]["rules"][0]["backendRefs"][0]["kind"] == "Service"


def test_the_pool_selects_exactly_the_server_pods_on_the_engine_port(routed):
    pool = find(routed, "InferencePool", "qwen2-5-7b-instruct")
    server = find(routed, "Deployment", "qwen2-5-7b-instruct")
    assert pool["apiVersion"] == f"{facts.POOL_GROUP}/{facts.POOL_VERSION}"
    assert pool["spec"]["selector"]["matchLabels"] == find(routed, "Service", "qwen2-5-7b-instruct")["spec"]["selector"]
    assert pool["spec"]["selector"]["matchLabels"].items() <= server["spec"]["template"]["metadata"]["labels"].items()
    assert pool["spec"]["targetPorts"] == [{"number": 8000}]
    assert pool["spec"]["endpointPickerRef"] == {
        "name": "qwen2-5-7b-instruct-epp",
        "kind": "Service",
        "group": "",
        "port": {"number": facts.GRPC_PORT},
        "failureMode": "FailOpen",
    }


def test_failure_mode_is_rendered_as_given():
    manifests = render_document(_routed(failureMode="FailClose"), FILE)
    assert find(manifests, "InferencePool")["spec"]["endpointPickerRef"]["failureMode"] == "FailClose"


def test_the_route_sends_to_the_pool(routed):
    backends = find(routed, "HTTPRoute", "qwen2-5-7b-instruct")["spec"]["rules"][0]["backendRefs"]
    assert backends == [
        {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "qwen2-5-7b-instruct"}
    ]


def test_picker_flags_are_known_flags_with_the_pool(routed):
    flags = _flags(routed)
    assert set(flags) <= set(facts.FLAGS), set(flags) - set(facts.FLAGS)
    assert flags["pool-name"] == "qwen2-5-7b-instruct"
    assert flags["pool-namespace"] == "ml-inference"
    assert flags["pool-group"] == facts.POOL_GROUP
    assert flags["grpc-health-port"] == str(facts.GRPC_HEALTH_PORT)
    # defaults switched off on purpose (facts.FLAGS says why)
    assert flags["tracing"] == flags["metrics-endpoint-auth"] == flags["enable-pprof"] == "false"


def test_picker_container_ports_probes_and_security(routed):
    container = _picker_container(routed)
    assert container["image"] == f"{facts.IMAGE_REPOSITORY}:{facts.IMAGE_TAG}"
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert ports == {"grpc": facts.GRPC_PORT, "grpc-health": facts.GRPC_HEALTH_PORT, "metrics": facts.METRICS_PORT}
    assert container["livenessProbe"]["grpc"] == {"port": facts.GRPC_HEALTH_PORT, "service": facts.LIVENESS_SERVICE}
    assert container["readinessProbe"]["grpc"] == {"port": facts.GRPC_HEALTH_PORT, "service": facts.READINESS_SERVICE}
    security = container["securityContext"]
    assert security["allowPrivilegeEscalation"] is False and security["capabilities"] == {"drop": ["ALL"]}
    assert security["readOnlyRootFilesystem"] is True
    pod = find(routed, "Deployment", "qwen2-5-7b-instruct-epp")["spec"]["template"]
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    assert pod["metadata"]["labels"]["sidecar.istio.io/inject"] == "false"
    assert container["startupProbe"]["grpc"] == {"port": facts.GRPC_HEALTH_PORT, "service": facts.LIVENESS_SERVICE}
    assert container["resources"] == {
        "requests": {"cpu": "500m", "memory": "512Mi"},
        "limits": {"cpu": "2", "memory": "2Gi"},
    }
    config_file = _flags(routed)["config-file"]
    mount = next(m for m in container["volumeMounts"] if m["name"] == "config")
    assert config_file.startswith(mount["mountPath"] + "/")
    config = find(routed, "ConfigMap", "qwen2-5-7b-instruct-epp")
    assert config_file.rsplit("/", 1)[1] in config["data"]


def test_picker_service_is_h2c_ext_proc_and_metrics(routed):
    service = find(routed, "Service", "qwen2-5-7b-instruct-epp")
    assert service["spec"]["type"] == "ClusterIP"
    assert service["spec"]["ports"] == [
        {
            "name": "grpc-ext-proc",
            "port": 9002,
            "targetPort": 9002,
            "protocol": "TCP",
            "appProtocol": "kubernetes.io/h2c",
        },
        {"name": "http-metrics", "port": 9090, "targetPort": 9090, "protocol": "TCP"},
    ]


def test_picker_metrics_are_scraped_like_the_servers(routed):
    """The example has basicMonitoring: the picker pod gets the same annotations and its own PodMonitor."""
    pod = find(routed, "Deployment", "qwen2-5-7b-instruct-epp")["spec"]["template"]
    assert pod["metadata"]["annotations"] == {
        "prometheus.io/scrape": "true",
        "prometheus.io/port": str(facts.METRICS_PORT),
        "prometheus.io/path": facts.METRICS_PATH,
    }
    monitor = find(routed, "PodMonitor", "qwen2-5-7b-instruct-epp")
    assert monitor["spec"]["podMetricsEndpoints"] == [{"port": "metrics", "path": facts.METRICS_PATH}]
    assert monitor["spec"]["selector"]["matchLabels"].items() <= pod["metadata"]["labels"].items()
    quiet = _routed()
    quiet["basicMonitoring"] = {"enabled": False}
    manifests = render_document(quiet, FILE)
    assert not [m for m in manifests if m["kind"] == "PodMonitor"]
    assert "annotations" not in find(manifests, "Deployment", "qwen2-5-7b-instruct-epp")["spec"]["template"]["metadata"]


def test_destination_rule_sets_tls_to_the_self_signed_picker(routed):
    rule = find(routed, "DestinationRule", "qwen2-5-7b-instruct-epp")
    assert rule["apiVersion"] == "networking.istio.io/v1"
    assert rule["spec"] == {
        "host": "qwen2-5-7b-instruct-epp.ml-inference.svc.cluster.local",
        "trafficPolicy": {"tls": {"mode": "SIMPLE", "insecureSkipVerify": True}},
    }
    assert _flags(routed).get("secure-serving", facts.FLAGS["secure-serving"].default) == "true"


def test_role_grants_only_the_reads_the_picker_makes(routed):
    role = find(routed, "Role", "qwen2-5-7b-instruct-epp")
    rules = {(r["apiGroups"][0], r["resources"][0]): r for r in role["rules"]}
    assert set(rules) == set(facts.RBAC_RULES)
    for rule in role["rules"]:
        assert rule["verbs"] == list(facts.READ_VERBS)
    assert rules[(facts.POOL_GROUP, "inferencepools")]["resourceNames"] == ["qwen2-5-7b-instruct"]
    binding = find(routed, "RoleBinding", "qwen2-5-7b-instruct-epp")
    assert binding["subjects"] == [
        {"kind": "ServiceAccount", "name": "qwen2-5-7b-instruct-epp", "namespace": "ml-inference"}
    ]
    pod = find(routed, "Deployment", "qwen2-5-7b-instruct-epp")["spec"]["template"]["spec"]
    assert pod["serviceAccountName"] == "qwen2-5-7b-instruct-epp"
    assert not [m for m in routed if m["kind"] in ("ClusterRole", "ClusterRoleBinding")]


def test_plugin_config_names_known_scorers(routed):
    config = yaml.safe_load(find(routed, "ConfigMap", "qwen2-5-7b-instruct-epp")["data"]["config.yaml"])
    assert (config["apiVersion"], config["kind"]) == (facts.CONFIG_API_VERSION, facts.CONFIG_KIND)
    types = [plugin["type"] for plugin in config["plugins"]]
    assert types == list(facts.DEFAULT_SCORERS)
    assert set(types) <= set(facts.PLUGIN_SOURCES)
    profile = config["schedulingProfiles"][0]["plugins"]
    assert [(p["pluginRef"], p["weight"]) for p in profile] == [(t, facts.SCORER_WEIGHTS[t]) for t in types]


def test_lora_affinity_joins_the_scorers_when_adapters_are_served():
    assert facts.LORA_AFFINITY_SCORER not in scorers_for(lora_adapters=0)
    assert scorers_for(lora_adapters=2)[-1] == facts.LORA_AFFINITY_SCORER


def test_every_metric_the_picker_reads_from_vllm_is_a_vllm_metric_fact():
    known = {fact.name for fact in (*VLLM_METRICS.facts, *VLLM_LORA_METRICS.facts)}
    read = set(facts.VLLM_METRICS_READ.values())
    # vllm:cache_config_info is an info gauge whose label names are CacheConfig's fields (vLLM
    # log_metrics_info): it is checked against the wheel in test_cache_config_info_in_the_vllm_wheel.
    assert read - known == {"vllm:cache_config_info"}


def test_the_lora_metric_leaves_the_model_name_in_vllm_alert_selectors():
    """vllm:lora_requests_info has no model_name label: kept out of VLLM_METRICS, whose common labels
    decide the alert and KEDA selectors (the operated example's alerts select model_name)."""
    from ai_workloads.ml_inference_load.alerts import engine_selector
    from ai_workloads.registry import validate_document

    values = validate_document(example_document(QWEN))
    assert 'model_name="' in engine_selector(values, VLLM_METRICS)
    assert all("model_name" in fact.labels for fact in VLLM_METRICS.facts)
    assert all("model_name" not in fact.labels for fact in VLLM_LORA_METRICS.facts)


def test_an_engine_claims_picker_metrics_exactly_when_the_picker_has_a_mapping_for_it():
    from ai_workloads.ml_inference_load.engines import engines

    claims = {engine.name: engine.picker_metrics for engine in engines()}
    assert claims == {name: name in facts.ENGINES_WITH_METRICS for name in claims}
    assert claims["vllm"] and not claims["tgi"]


# --- refused inputs ----------------------------------------------------------------------------------


def test_tgi_with_inference_pool_is_refused_with_the_reason(tmp_path):
    document = copy.deepcopy(example_document(LLAMA))
    document["routing"] = {"mode": "inferencePool"}
    errors = workload_errors(document, tmp_path)
    assert len(errors) == 1 and errors[0].startswith("routing.mode: inferencePool needs an engine whose metrics"), (
        errors
    )
    assert "the tgi engine exports no queue or KV-cache metric" in errors[0]


def test_the_network_policy_admits_the_picker_to_the_serving_port():
    document = _routed()
    document["networkPolicy"] = {"enabled": True}
    manifests = render_document(document, FILE)
    policy = find(manifests, "NetworkPolicy", "qwen2-5-7b-instruct")
    picker_labels = find(manifests, "Deployment", "qwen2-5-7b-instruct-epp")["spec"]["template"]["metadata"]["labels"]
    picker_rules = [
        rule
        for rule in policy["spec"]["ingress"]
        if rule["from"][0]["podSelector"]["matchLabels"].items() <= picker_labels.items()
    ]
    assert [rule["ports"] for rule in picker_rules] == [[{"port": 8000, "protocol": "TCP"}]]
    plain = copy.deepcopy(example_document(QWEN))
    plain["networkPolicy"] = {"enabled": True}
    assert (
        len(find(render_document(plain, FILE), "NetworkPolicy")["spec"]["ingress"])
        == len(policy["spec"]["ingress"]) - 1
    )


def test_latest_picker_tag_is_refused(tmp_path):
    errors = workload_errors(_routed(tag="latest"), tmp_path)
    assert len(errors) == 1 and errors[0].startswith("routing.endpointPicker.tag:"), errors


# --- cross-object rules ------------------------------------------------------------------------------


def _findings(manifests: list[dict[str, Any]], *others: RenderedWorkload) -> list[tuple[str, str, str, str]]:
    return cross_object_findings([RenderedWorkload(FILE, "routed", manifests), *others])


def test_the_rendered_routing_passes_the_cross_object_rules(routed):
    assert _findings(routed) == []


def test_a_pool_selecting_other_pods_too_is_refused(routed):
    manifests = copy.deepcopy(routed)
    find(manifests, "InferencePool")["spec"]["selector"]["matchLabels"] = {"app.kubernetes.io/part-of": "ai-workloads"}
    findings = _findings(manifests)
    assert [(f[1], f[2]) for f in findings] == [("InferencePool/qwen2-5-7b-instruct", "spec.selector.matchLabels")]
    message = findings[0][3]
    assert message.startswith("selects the pods of ")
    for selected in (
        "Job/qwen2-5-7b-instruct-fetch-",
        "Deployment/qwen2-5-7b-instruct,",
        "Deployment/qwen2-5-7b-instruct-epp",
    ):
        assert selected in message
    assert message.endswith("a pool selects one server's pods only")


def test_a_pool_selecting_nothing_is_refused(routed):
    manifests = copy.deepcopy(routed)
    find(manifests, "InferencePool")["spec"]["selector"]["matchLabels"] = {"app": "nobody"}
    assert [(f[2], f[3]) for f in _findings(manifests)] == [
        ("spec.selector.matchLabels", "selects no pods of a rendered Deployment ({'app': 'nobody'})")
    ]


def test_a_target_port_that_is_not_the_engine_port_is_refused(routed):
    manifests = copy.deepcopy(routed)
    find(manifests, "InferencePool")["spec"]["targetPorts"] = [{"number": 8080}]
    assert [(f[2], f[3]) for f in _findings(manifests)] == [
        ("spec.targetPorts[0].number", "8080 is not a container port of Deployment/qwen2-5-7b-instruct (ports: [8000])")
    ]


def test_a_missing_picker_service_or_port_is_refused(routed):
    manifests = copy.deepcopy(routed)
    find(manifests, "InferencePool")["spec"]["endpointPickerRef"]["port"]["number"] = 9003
    assert [(f[2], f[3]) for f in _findings(manifests)] == [
        ("spec.endpointPickerRef", "Service 'qwen2-5-7b-instruct-epp' has no port 9003 (ports: [9002, 9090])")
    ]
    manifests = [m for m in routed if not (m["kind"] == "Service" and m["metadata"]["name"].endswith("-epp"))]
    assert [(f[2], f[3]) for f in _findings(manifests)] == [
        ("spec.endpointPickerRef", "Service 'qwen2-5-7b-instruct-epp' is not rendered in namespace 'ml-inference'")
    ]


def test_a_route_to_a_missing_or_foreign_pool_is_refused(routed):
    manifests = [m for m in routed if m["kind"] != "InferencePool"]
    assert [(f[1], f[2], f[3]) for f in _findings(manifests)] == [
        (
            "HTTPRoute/qwen2-5-7b-instruct",
            "spec.rules[0].backendRefs[0]",
            "InferencePool 'qwen2-5-7b-instruct' is not rendered in namespace 'ml-inference'",
        )
    ]
    manifests = copy.deepcopy(routed)
    find(manifests, "HTTPRoute")["spec"]["rules"][0]["backendRefs"][0]["namespace"] = "elsewhere"
    assert [(f[2], f[3]) for f in _findings(manifests)] == [
        (
            "spec.rules[0].backendRefs[0].namespace",
            "InferencePool 'qwen2-5-7b-instruct' must be in the route's namespace 'ml-inference'",
        )
    ]


# --- the facts against their upstream sources (when a clone is named) ---------------------------------

PICKER_TAG = "v0.10.0"
REPO_VARIABLE = "AI_WORKLOADS_LLM_D_ROUTER_REPO"


@pytest.mark.parametrize("flag", sorted(facts.FLAGS))
def test_picker_flag_is_declared_with_its_default(flag):
    options = git_file(REPO_VARIABLE, PICKER_TAG, "pkg/epp/server/options.go")
    declared = re.search(rf'fs\.\w+Var\(&opts\.(\w+), "{re.escape(flag)}"', options)
    assert declared, f"--{flag} is not declared in options.go at {PICKER_TAG}"
    default = facts.FLAGS[flag].default
    field = declared.group(1)
    if default in ("true", "false") or default.isdigit():
        initial = re.search(rf"\n\t\t{field}:\s+([^,\n]+),", options)
        constant = {"DefaultGrpcPort": str(facts.GRPC_PORT)}
        value = constant.get(initial.group(1), initial.group(1)) if initial else "false"
        assert value == default, (flag, value)


@pytest.mark.parametrize("plugin", sorted(facts.PLUGIN_SOURCES))
def test_plugin_type_is_registered(plugin):
    path = facts.PLUGIN_SOURCES[plugin].split(":", 1)[1].split(" ")[0]
    assert f'"{plugin}"' in git_file(REPO_VARIABLE, PICKER_TAG, path)


def test_vllm_metrics_the_picker_reads():
    source = git_file(REPO_VARIABLE, PICKER_TAG, "pkg/epp/framework/plugins/datalayer/extractor/metrics/factories.go")
    block = source.split('Name:                "vllm"', 1)[1].split("},", 1)[0]
    for field, metric in facts.VLLM_METRICS_READ.items():
        assert re.search(rf'{field}:\s+"{re.escape(metric)}"', block), (field, metric)


def test_rbac_follows_what_the_manager_caches():
    manager = git_file(REPO_VARIABLE, PICKER_TAG, "pkg/epp/server/controller_manager.go")
    for kind in (
        "corev1.Pod{}",
        "v1alpha2.InferenceObjective{}",
        "v1alpha2.InferenceModelRewrite{}",
        "v1.InferencePool{}",
    ):
        assert f"&{kind}" in manager
    assert '"metadata.name": gknn.Name' in manager  # the pool is watched by name: resourceNames suffices
    chart = git_file(REPO_VARIABLE, PICKER_TAG, "config/charts/routerlib/templates/_rbac.yaml")
    assert 'resources: ["pods"]' in chart


def test_ports_user_and_health_services():
    dockerfile = git_file(REPO_VARIABLE, PICKER_TAG, "Dockerfile.epp")
    for port in (facts.GRPC_PORT, facts.GRPC_HEALTH_PORT, facts.METRICS_PORT):
        assert f"EXPOSE {port}" in dockerfile
    assert f"USER {facts.IMAGE_UID}:{facts.IMAGE_UID}" in dockerfile
    health = git_file(REPO_VARIABLE, PICKER_TAG, "cmd/epp/runner/health.go")
    assert f'LivenessCheckService  = "{facts.LIVENESS_SERVICE}"' in health
    assert f'ReadinessCheckService = "{facts.READINESS_SERVICE}"' in health


def test_istio_inference_extension_is_off_by_default_in_1_30():
    features = git_file("AI_WORKLOADS_ISTIO_REPO", "1.30.3", "pilot/pkg/features/experimental.go")
    assert 'env.Register("ENABLE_GATEWAY_API_INFERENCE_EXTENSION", false,' in features
    conversion = git_file("AI_WORKLOADS_ISTIO_REPO", "1.30.3", "pilot/pkg/config/kube/gateway/conversion.go")
    assert "InferencePool is not enabled. To enable, set ENABLE_GATEWAY_API_INFERENCE_EXTENSION to true in istiod" in (
        conversion
    )


def test_cache_config_info_in_the_vllm_wheel():
    from upstream_sources import wheel_file

    loggers = wheel_file("AI_WORKLOADS_VLLM_WHEEL", "vllm/v1/metrics/loggers.py")
    assert 'name = "vllm:cache_config_info"' in loggers
    cache = wheel_file("AI_WORKLOADS_VLLM_WHEEL", "vllm/config/cache.py")
    assert "def metrics_info(self):" in cache
    assert "block_size:" in cache and "num_gpu_blocks:" in cache


def test_image_name_and_registry():
    release = git_file(REPO_VARIABLE, PICKER_TAG, ".github/workflows/ci-release.yaml")
    assert 'echo "epp_name=${repo}-endpoint-picker"' in release and "tag=${GITHUB_REF##refs/tags/}" in release
    makefile = git_file(REPO_VARIABLE, PICKER_TAG, "Makefile")
    registry, name = facts.IMAGE_REPOSITORY.rsplit("/", 1)
    assert f"IMAGE_REGISTRY ?= {registry}" in makefile and f"EPP_IMAGE_NAME ?= {name}" in makefile
    assert facts.IMAGE_TAG == PICKER_TAG


def test_config_file_format():
    types = git_file(REPO_VARIABLE, PICKER_TAG, "apix/config/v1alpha1/zz_generated.register.go")
    group, version = facts.CONFIG_API_VERSION.split("/")
    assert f'const GroupName = "{group}"' in types and f'Version: "{version}"' in types
    defaults = git_file(REPO_VARIABLE, PICKER_TAG, "pkg/epp/config/loader/defaults.go")
    assert "maxscore.MaxScorePickerType" in defaults and "sourcemetrics.MetricsDataSourceType" in defaults


def test_self_signed_tls_and_the_upstream_destination_rule():
    runserver = git_file(REPO_VARIABLE, PICKER_TAG, "pkg/epp/server/runserver.go")
    assert "CreateSelfSignedTLSCertificate" in runserver
    chart = git_file(REPO_VARIABLE, PICKER_TAG, "config/charts/llm-d-router-gateway/templates/istio.yaml")
    assert "mode: SIMPLE" in chart and "insecureSkipVerify: true" in chart


def test_istio_calls_the_picker_through_an_outbound_cluster_of_its_service():
    route = git_file("AI_WORKLOADS_ISTIO_REPO", "1.30.3", "pilot/pkg/networking/core/route/route.go")
    assert "FailureModeAllow: &wrapperspb.BoolValue{Value: infPoolRouteRuleCfg.FailureModeAllow}" in route
    assert 'ClusterName: model.BuildSubsetKey(model.TrafficDirectionOutbound, "", extSvcHost, extPortNum)' in route
    conversion = git_file("AI_WORKLOADS_ISTIO_REPO", "1.30.3", "pkg/config/kube/conversion.go")
    assert 'case "kubernetes.io/h2c":\n\t\t\treturn protocol.HTTP2' in conversion


def test_inference_pool_fields_in_the_bundled_schema():
    """The InferencePool fields the construct renders, in the bundled v1.6.0 schema (always here)."""
    from ai_workloads.gates.crd_schema import load_bundled_catalog

    schema = load_bundled_catalog().schema(f"{facts.POOL_GROUP}/{facts.POOL_VERSION}", "InferencePool")
    spec = schema["properties"]["spec"]
    assert set(spec["required"]) == {"selector", "targetPorts"}
    assert spec["properties"]["targetPorts"]["maxItems"] == 8
    picker = spec["properties"]["endpointPickerRef"]["properties"]
    assert picker["failureMode"]["enum"] == ["FailOpen", "FailClose"]
    assert picker["failureMode"]["default"] == "FailClose"  # the construct always renders it explicitly


def test_a_lora_server_behind_a_pool_gets_the_lora_affinity_scorer():
    """The hook of routing for `serving.lora`: with adapters the picker also scores LoRA affinity."""
    from conftest import REPO

    document = yaml.safe_load((REPO / "workloads" / "qwen2-5-7b-lora.yaml").read_text())
    assert document["serving"]["lora"]["adapters"]
    document["routing"] = {"mode": "inferencePool"}
    manifests = render_document(document, FILE)
    name = document["serviceName"]
    config = yaml.safe_load(find(manifests, "ConfigMap", f"{name}-epp")["data"]["config.yaml"])
    assert [plugin["type"] for plugin in config["plugins"]] == [*facts.DEFAULT_SCORERS, facts.LORA_AFFINITY_SCORER]
    args = " ".join(find(manifests, "Deployment", name)["spec"]["template"]["spec"]["containers"][0]["args"])
    assert "--enable-lora" in args  # vLLM then exports vllm:lora_requests_info, which the scorer reads
