"""MlServerRelease: the objects of the seed release, field by field (GIVEN/WHEN/THEN)."""

from __future__ import annotations

import copy
import json

import pytest
from conftest import find, render_document

from ai_workloads.mlserver_release import MlServerReleaseValues

A = "fraud-scoring-ai-workloads-mlserver-a"
B = "fraud-scoring-ai-workloads-mlserver-b"


def pod_template_of(manifests, name):
    return find(manifests, "Deployment", name)["spec"]["template"]


def pod_of(manifests, name):
    return pod_template_of(manifests, name)["spec"]


def test_seed_release_renders_exactly_these_objects(fraud):
    manifests = render_document(fraud)
    assert [(m["kind"], m["metadata"]["name"]) for m in manifests] == [
        ("ConfigMap", "fraud-scoring-ai-workloads-mlserver-a-settings"),
        ("Deployment", A),
        ("Service", A),
        ("HorizontalPodAutoscaler", A),
        ("NetworkPolicy", A),
        ("PodMonitor", A),
        ("ConfigMap", "fraud-scoring-ai-workloads-mlserver-b-settings"),
        ("Deployment", B),
        ("Service", B),
        ("HorizontalPodAutoscaler", B),
        ("NetworkPolicy", B),
        ("PodMonitor", B),
        ("VirtualService", "fraud-scoring-ai-workloads"),
    ]
    assert {m["metadata"]["namespace"] for m in manifests} == {"ml-serving"}


def test_adding_an_app_adds_its_objects_and_changes_no_other(fraud):
    before = render_document(fraud)
    fraud["apps"].append(
        {
            "kind": "mlserver",
            "name": "mlserver-c",
            "modelSettings": {"name": "m", "implementation": "x.Y"},
            "modelSource": {"storageUri": "gs://bucket/m"},
        }
    )
    after = render_document(fraud)
    names = {(m["kind"], m["metadata"]["name"]) for m in after} - {(m["kind"], m["metadata"]["name"]) for m in before}
    assert names == {
        ("Deployment", "fraud-scoring-ai-workloads-mlserver-c"),
        ("Service", "fraud-scoring-ai-workloads-mlserver-c"),
        ("NetworkPolicy", "fraud-scoring-ai-workloads-mlserver-c"),
        ("PodMonitor", "fraud-scoring-ai-workloads-mlserver-c"),
        ("ConfigMap", "fraud-scoring-ai-workloads-mlserver-c-settings"),
    }
    for manifest in before:
        if manifest["kind"] != "VirtualService":
            assert manifest in after


def test_settings_configmap_holds_the_settings_json(fraud):
    config_map = find(render_document(fraud), "ConfigMap", "fraud-scoring-ai-workloads-mlserver-a-settings")
    assert json.loads(config_map["data"]["settings.json"]) == {
        "server_name": "fraud-scoring-a",
        "debug": False,
        "parallel_workers": 1,
    }


def test_settings_are_mounted_only_into_their_own_app_as_files_in_the_model_repository(fraud):
    manifests = render_document(fraud)
    for name, config_map, model in (
        (A, "fraud-scoring-ai-workloads-mlserver-a-settings", "fraud-xgb"),
        (B, "fraud-scoring-ai-workloads-mlserver-b-settings", "fraud-lgbm-batch"),
    ):
        pod = pod_of(manifests, name)
        assert [v["configMap"]["name"] for v in pod["volumes"] if "configMap" in v] == [config_map]
        mounts = {m["mountPath"]: m for m in pod["containers"][0]["volumeMounts"]}
        assert mounts["/models/settings.json"] == {
            "name": "settings",
            "mountPath": "/models/settings.json",
            "subPath": "settings.json",
            "readOnly": True,
        }
        assert mounts[f"/models/{model}/model-settings.json"] == {
            "name": "settings",
            "mountPath": f"/models/{model}/model-settings.json",
            "subPath": "model-settings.json",
            "readOnly": True,
        }


def test_a_settings_change_rolls_the_pods(fraud):
    """subPath files never change inside a running pod: the settings hash on the pod template does."""
    before = pod_template_of(render_document(fraud), A)["metadata"]["annotations"]["ai-workloads/settings-sha256"]
    fraud["apps"][0]["settings"]["parallel_workers"] = 2
    after = pod_template_of(render_document(fraud), A)["metadata"]["annotations"]["ai-workloads/settings-sha256"]
    assert before != after and len(after) == 64


def test_no_settings_means_an_empty_settings_json(fraud):
    del fraud["apps"][1]["settings"]
    config_map = find(render_document(fraud), "ConfigMap", "fraud-scoring-ai-workloads-mlserver-b-settings")
    assert json.loads(config_map["data"]["settings.json"]) == {}


def test_the_model_is_fetched_by_the_storage_initializer_before_the_server_starts(fraud):
    """Serving correctness 5: the old rendering left /models empty, so MLServer reported ready with no
    model and every /v2/models/... call was a 404."""
    pod = pod_of(render_document(fraud), A)
    server, [fetch] = pod["containers"][0], pod["initContainers"]
    assert server["command"] == ["mlserver", "start", "/models"]
    assert fetch["name"] == "fetch-model"
    assert fetch["image"] == "kserve/storage-initializer:v0.17.0"
    assert "command" not in fetch  # the image's entrypoint, with the arguments as a list (no shell)
    assert fetch["args"] == ["gs://risk-ml-models/fraud-scoring/xgboost/2026-11-01", "/models/fraud-xgb"]
    assert {m["mountPath"]: m["name"] for m in fetch["volumeMounts"]} == {"/models": "models", "/tmp": "scratch"}


def test_bucket_credentials_reach_only_the_download_container(fraud):
    pod = pod_of(render_document(fraud), B)
    [fetch] = pod["initContainers"]
    assert fetch["envFrom"] == [{"secretRef": {"name": "risk-ml-models-s3"}}]
    assert "envFrom" not in pod["containers"][0]


def test_a_model_filled_externally_is_not_downloaded(fraud):
    fraud["apps"][1]["modelsVolume"] = {"persistentVolumeClaim": {"claimName": "fraud-models"}}
    fraud["apps"][1]["modelSource"] = {"filledExternally": True}
    pod = pod_of(render_document(fraud), B)
    assert "initContainers" not in pod


def test_service_port_defaults_to_8000_and_sets_mlserver_http_port(fraud):
    manifests = render_document(fraud)
    service = find(manifests, "Service", A)
    assert service["spec"]["ports"][0] == {"name": "http", "port": 8000, "targetPort": "http", "protocol": "TCP"}
    env = {e["name"]: e["value"] for e in pod_of(manifests, A)["containers"][0]["env"]}
    assert env["MLSERVER_HTTP_PORT"] == "8000"
    assert env["MLSERVER_MODELS_DIR"] == "/models"


def test_service_port_override(fraud):
    fraud["apps"][0]["service"] = {"port": 9000}
    manifests = render_document(fraud)
    assert find(manifests, "Service", A)["spec"]["ports"][0]["port"] == 9000
    server = pod_of(manifests, A)["containers"][0]
    assert {"name": "MLSERVER_HTTP_PORT", "value": "9000"} in server["env"]
    assert server["ports"][0] == {"containerPort": 9000, "name": "http", "protocol": "TCP"}


def test_models_is_an_emptydir_unless_a_pvc_is_given(fraud):
    fraud["apps"][1]["modelsVolume"] = {"persistentVolumeClaim": {"claimName": "fraud-models"}}
    manifests = render_document(fraud)
    volumes_a = {v["name"]: v for v in pod_of(manifests, A)["volumes"]}
    volumes_b = {v["name"]: v for v in pod_of(manifests, B)["volumes"]}
    assert volumes_a["models"] == {"name": "models", "emptyDir": {"sizeLimit": "1Gi"}}
    assert volumes_b["models"] == {"name": "models", "persistentVolumeClaim": {"claimName": "fraud-models"}}


def test_readiness_asks_for_the_apps_model_not_just_the_server(fraud):
    """Serving correctness 5: /v2/health/ready is all(models ready), true with zero models."""
    server = pod_of(render_document(fraud), A)["containers"][0]
    assert server["livenessProbe"]["httpGet"] == {"path": "/v2/health/live", "port": "http", "scheme": "HTTP"}
    assert server["readinessProbe"]["httpGet"] == {
        "path": "/v2/models/fraud-xgb/ready",
        "port": "http",
        "scheme": "HTTP",
    }
    startup = server["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 300


def test_resources_come_from_the_infra_profile(fraud):
    manifests = render_document(fraud)
    assert pod_of(manifests, A)["containers"][0]["resources"] == {
        "requests": {"cpu": "250m", "memory": "512Mi"},
        "limits": {"cpu": "1", "memory": "1Gi"},
    }
    assert pod_of(manifests, B)["containers"][0]["resources"] == {
        "requests": {"cpu": "1", "memory": "2Gi"},
        "limits": {"cpu": "2", "memory": "4Gi"},
    }


def test_release_profiles_extend_and_override_and_apps_override_fields(fraud):
    fraud["infraProfiles"] = {
        "cpu-small": {"requests": {"cpu": "100m", "memory": "256Mi"}, "limits": {"cpu": "500m", "memory": "512Mi"}},
        "cpu-xl": {"requests": {"cpu": "8", "memory": "32Gi"}, "limits": {"cpu": "8", "memory": "32Gi"}},
    }
    fraud["apps"][1]["infraProfile"] = "cpu-xl"
    fraud["apps"][1]["resources"] = {"limits": {"memory": "48Gi"}}
    manifests = render_document(fraud)
    assert pod_of(manifests, A)["containers"][0]["resources"]["requests"] == {"cpu": "100m", "memory": "256Mi"}
    assert pod_of(manifests, B)["containers"][0]["resources"] == {
        "requests": {"cpu": "8", "memory": "32Gi"},
        "limits": {"cpu": "8", "memory": "48Gi"},
    }


def test_builtin_profiles_have_requests_and_limits():
    schema = MlServerReleaseValues.model_validate(
        {
            "type": "MLSERVER_RELEASE",
            "releaseName": "r",
            "namespace": "n",
            "apps": [
                {
                    "kind": "mlserver",
                    "name": "a",
                    "modelSettings": {"name": "m"},
                    "modelSource": {"filledExternally": True},
                }
            ],
        }
    )
    assert {"cpu-small", "cpu-medium", "cpu-large"} <= set(schema.resolved_profiles())


def test_hpa_per_app_and_deployment_leaves_replicas_to_it(fraud):
    manifests = render_document(fraud)
    for name, low, high, cpu in ((A, 1, 5, 60), (B, 1, 10, 70)):
        hpa = find(manifests, "HorizontalPodAutoscaler", name)
        assert hpa["apiVersion"] == "autoscaling/v2"
        assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": name}
        assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (low, high)
        assert hpa["spec"]["metrics"] == [
            {
                "type": "Resource",
                "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": cpu}},
            }
        ]
        assert "replicas" not in find(manifests, "Deployment", name)["spec"]


def test_without_hpa_the_deployment_sets_replicas(fraud):
    fraud["apps"][0]["hpa"] = {"enabled": False}
    fraud["apps"][0]["replicas"] = 3
    manifests = render_document(fraud)
    assert find(manifests, "Deployment", A)["spec"]["replicas"] == 3
    assert not [m for m in manifests if m["kind"] == "HorizontalPodAutoscaler" and m["metadata"]["name"] == A]


def test_pod_disruption_budget_when_at_least_two_replicas(fraud):
    fraud["apps"][1]["hpa"]["minReplicas"] = 2
    manifests = render_document(fraud)
    pdb = find(manifests, "PodDisruptionBudget", B)
    assert pdb["spec"] == {
        "maxUnavailable": 1,
        "selector": {
            "matchLabels": {
                "app.kubernetes.io/name": B,
                "app.kubernetes.io/instance": B,
                "backstage.io/kubernetes-id": "fraud-scoring",
            }
        },
    }
    assert not [m for m in manifests if m["kind"] == "PodDisruptionBudget" and m["metadata"]["name"] == A]


def test_virtual_service_routes_each_app_under_its_prefix_with_rewrite(fraud):
    spec = find(render_document(fraud), "VirtualService")["spec"]
    assert spec["hosts"] == ["models.example.com"]
    assert spec["gateways"] == ["istio-system/ingressgateway"]
    routes = {route["name"]: route for route in spec["http"]}
    assert routes["mlserver-a"]["match"] == [{"uri": {"exact": "/mlserver-a"}}, {"uri": {"prefix": "/mlserver-a/"}}]
    assert routes["mlserver-a"]["rewrite"] == {"uri": "/"}
    assert routes["mlserver-b"]["route"] == [
        {"destination": {"host": f"{B}.ml-serving.svc.cluster.local", "port": {"number": 8000}}}
    ]


def test_base_path_prefixes_every_app(fraud):
    fraud["istio"]["basePath"] = "/fraud"
    spec = find(render_document(fraud), "VirtualService")["spec"]
    assert [route["match"][1]["uri"]["prefix"] for route in spec["http"]] == [
        "/fraud/mlserver-a/",
        "/fraud/mlserver-b/",
    ]


def test_no_virtual_service_without_istio(fraud):
    fraud["istio"]["enabled"] = False
    assert not [m for m in render_document(fraud) if m["kind"] == "VirtualService"]


@pytest.mark.parametrize("name", [A, B])
def test_pods_meet_the_restricted_pod_security_standard(fraud, name):
    pod = pod_of(render_document(fraud), name)
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    for container in pod["containers"] + pod.get("initContainers", []):
        security = container["securityContext"]
        assert security["allowPrivilegeEscalation"] is False
        assert security["capabilities"] == {"drop": ["ALL"]}
        assert security["readOnlyRootFilesystem"] is True
    assert all(set(v) & {"emptyDir", "configMap", "persistentVolumeClaim"} for v in pod["volumes"])


def test_network_policy_admits_only_the_gateway_and_the_scraper(fraud):
    spec = find(render_document(fraud), "NetworkPolicy", A)["spec"]
    gateway, scraper = spec["ingress"]
    assert gateway["from"][0]["namespaceSelector"]["matchLabels"] == {"kubernetes.io/metadata.name": "istio-system"}
    assert gateway["from"][0]["podSelector"]["matchLabels"] == {"istio": "ingressgateway"}
    assert gateway["ports"] == [{"port": 8000, "protocol": "TCP"}, {"port": 8081, "protocol": "TCP"}]
    assert scraper["from"][0]["namespaceSelector"]["matchLabels"] == {"kubernetes.io/metadata.name": "monitoring"}
    # the scraper reaches MLServer's metrics port (no sidecar) and Istio's agent (sidecar)
    assert scraper["ports"] == [{"port": 8082, "protocol": "TCP"}, {"port": 15020, "protocol": "TCP"}]


def test_pods_announce_mlservers_metrics_endpoint(fraud):
    """Serving correctness 4: the old pods carried no prometheus.io annotations at all."""
    annotations = pod_template_of(render_document(fraud), A)["metadata"]["annotations"]
    assert (
        annotations["prometheus.io/scrape"],
        annotations["prometheus.io/port"],
        annotations["prometheus.io/path"],
    ) == ("true", "8082", "/metrics")
    fraud["metrics"] = {"annotations": "istioSidecar"}
    annotations = pod_template_of(render_document(fraud), A)["metadata"]["annotations"]
    assert (annotations["prometheus.io/port"], annotations["prometheus.io/path"]) == ("15020", "/stats/prometheus")


def test_network_policy_can_be_switched_off(fraud):
    fraud["networkPolicy"] = {"enabled": False}
    assert not [m for m in render_document(fraud) if m["kind"] == "NetworkPolicy"]


def test_config_map_names_are_unique_per_release_by_construction(fraud):
    # GIVEN two releases in one namespace whose apps have the same names (mlserver-a, mlserver-b)
    other = copy.deepcopy(fraud)
    other["releaseName"] = "ranking"
    names = [
        {m["metadata"]["name"] for m in render_document(document) if m["kind"] == "ConfigMap"}
        for document in (fraud, other)
    ]
    # THEN every settings ConfigMap carries its release's prefix, and the two releases share none
    assert names[0] == {
        "fraud-scoring-ai-workloads-mlserver-a-settings",
        "fraud-scoring-ai-workloads-mlserver-b-settings",
    }
    assert names[1] == {"ranking-ai-workloads-mlserver-a-settings", "ranking-ai-workloads-mlserver-b-settings"}
