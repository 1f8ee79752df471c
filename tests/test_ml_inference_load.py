"""MlInferenceLoad: field-level behaviour of every object, one behaviour per test (GIVEN/WHEN/THEN)."""

from __future__ import annotations

from conftest import find, render_document

from ai_workloads.gates import gate_errors
from ai_workloads.gates.cross_object import cross_object_findings
from ai_workloads.stage_types import RenderedWorkload

OBJECTS_WITH_SECRETS = [
    ("ServiceAccount", "llama-3-8b-instruct-external-secrets"),
    ("ExternalSecret", "llama-3-8b-instruct-ghcr-docker-config"),
    ("ExternalSecret", "llama-3-8b-instruct-secrets"),
    ("Deployment", "llama-3-8b-instruct"),
    ("Service", "llama-3-8b-instruct"),
    ("Certificate", "llama-3-8b-instruct-tls"),
    ("Gateway", "llama-3-8b-instruct-gateway"),
    ("HTTPRoute", "llama-3-8b-instruct"),
]


def container(manifests):
    return find(manifests, "Deployment")["spec"]["template"]["spec"]["containers"][0]


def env_of(manifests) -> dict:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container(manifests)["env"]}


def test_renders_exactly_the_eight_contract_objects_with_stable_names(llama):
    # GIVEN the 1-GPU example with an HF token secret  WHEN rendered
    manifests = render_document(llama)
    # THEN exactly the 8 platform objects exist, named from serviceName without hash suffixes, and the
    # PodMonitor basicMonitoring brings (monitoring.podMonitor, on where basicMonitoring is)
    assert [(m["kind"], m["metadata"]["name"]) for m in manifests] == OBJECTS_WITH_SECRETS + [
        ("PodMonitor", "llama-3-8b-instruct")
    ]
    llama["monitoring"] = {"podMonitor": {"enabled": False}}
    assert [(m["kind"], m["metadata"]["name"]) for m in render_document(llama)] == OBJECTS_WITH_SECRETS


def test_without_secrets_the_service_external_secret_is_not_rendered(mixtral):
    mixtral["gateway"]["httpRedirect"] = False
    manifests = render_document(mixtral)
    assert len(manifests) == 7
    assert [m["metadata"]["name"] for m in manifests if m["kind"] == "ExternalSecret"] == [
        "mixtral-8x7b-instruct-awq-ghcr-docker-config"
    ]


def test_every_object_is_in_the_namespace_with_recommended_labels(llama):
    for manifest in render_document(llama):
        metadata = manifest["metadata"]
        assert metadata["namespace"] == "ml-inference"
        assert metadata["labels"] == {
            "app.kubernetes.io/name": "llama-3-8b-instruct",
            "app.kubernetes.io/instance": "llama-3-8b-instruct",
            "app.kubernetes.io/component": "llm-inference-server",
            "app.kubernetes.io/part-of": "ai-workloads",
            "app.kubernetes.io/managed-by": "cdk8s",
            "app.kubernetes.io/version": "3.3.4",
            "backstage.io/kubernetes-id": "llama-3-8b-instruct",
        }


def test_gpu_scheduling_fields(mixtral):
    # GIVEN a 2-GPU workload  WHEN rendered
    pod = find(render_document(mixtral), "Deployment")["spec"]["template"]["spec"]
    tgi = pod["containers"][0]
    # THEN the pod runs on the nvidia runtime, on GPU nodes, tolerating their taint, with 2 GPUs
    assert pod["runtimeClassName"] == "nvidia"
    assert pod["nodeSelector"] == {"nvidia.com/gpu.present": "true"}
    assert {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"} in pod["tolerations"]
    assert tgi["resources"]["limits"]["nvidia.com/gpu"] == 2
    assert tgi["resources"]["requests"]["nvidia.com/gpu"] == 2


def test_cpu_and_memory_are_set_on_purpose_not_cdk8s_plus_defaults(llama, mixtral):
    assert container(render_document(llama))["resources"] == {
        "requests": {"cpu": "4", "memory": "32Gi", "nvidia.com/gpu": 1},
        "limits": {"cpu": "8", "memory": "32Gi", "nvidia.com/gpu": 1},
    }
    assert container(render_document(mixtral))["resources"]["limits"] == {
        "cpu": "16",
        "memory": "64Gi",
        "nvidia.com/gpu": 2,
    }


def test_tgi_environment(llama):
    env = env_of(render_document(llama))
    assert env["MODEL_ID"] == "meta-llama/Llama-3.1-8B-Instruct"
    assert env["REVISION"] == "0e9e39f249a16976918f6564b8830bc894c89659"
    assert env["PORT"] == "8080"
    assert env["HOSTNAME"] == "0.0.0.0"
    assert env["MAX_TOTAL_TOKENS"] == "8192"
    assert env["HF_TOKEN"] == {"secretKeyRef": {"name": "llama-3-8b-instruct-secrets", "key": "hf-token"}}
    # one GPU: no sharding
    assert "NUM_SHARD" not in env


def test_num_shard_equals_gpu_count_with_several_gpus(mixtral):
    env = env_of(render_document(mixtral))
    assert env["NUM_SHARD"] == "2"
    assert env["QUANTIZE"] == "awq"


def test_port_env_follows_the_first_container_port(llama):
    llama["container"]["containerPorts"][0]["portNumber"] = 9000
    manifests = render_document(llama)
    assert env_of(manifests)["PORT"] == "9000"
    assert container(manifests)["ports"] == [{"containerPort": 9000, "name": "http", "protocol": "TCP"}]


def test_startup_probe_survives_a_long_weight_download(llama):
    probe = container(render_document(llama))["startupProbe"]
    assert probe["httpGet"]["path"] == "/health"
    assert probe["httpGet"]["port"] == "http"
    budget = probe.get("initialDelaySeconds", 0) + probe["periodSeconds"] * probe["failureThreshold"]
    assert budget >= 30 * 60


def test_readiness_and_liveness_default_to_health(llama):
    tgi = container(render_document(llama))
    assert tgi["readinessProbe"]["httpGet"]["path"] == "/health"
    assert tgi["livenessProbe"]["httpGet"]["path"] == "/health"


def test_probes_follow_values(llama):
    llama["container"]["livenessProbe"] = {"type": "tcpSocket", "periodSeconds": 15}
    llama["container"]["readinessProbe"] = {"type": "exec", "command": ["cat", "/tmp/ready"]}
    llama["container"]["startupProbe"] = {"enabled": False}
    tgi = container(render_document(llama))
    assert tgi["livenessProbe"]["tcpSocket"] == {"port": "http"}
    assert tgi["livenessProbe"]["periodSeconds"] == 15
    assert tgi["readinessProbe"]["exec"] == {"command": ["cat", "/tmp/ready"]}
    assert "startupProbe" not in tgi


def test_rollout_cannot_deadlock_on_gpus(llama):
    assert find(render_document(llama), "Deployment")["spec"]["strategy"] == {"type": "Recreate"}


def test_shared_memory_and_model_cache_volumes(mixtral):
    pod = find(render_document(mixtral), "Deployment")["spec"]["template"]["spec"]
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["shm"]["emptyDir"] == {"medium": "Memory", "sizeLimit": "4Gi"}
    assert volumes["model-cache"]["emptyDir"] == {"sizeLimit": "200Gi"}
    mounts = {m["mountPath"]: m["name"] for m in pod["containers"][0]["volumeMounts"]}
    assert mounts["/dev/shm"] == "shm"
    assert mounts["/data"] == "model-cache"


def test_shm_defaults_to_1gi(llama):
    pod = find(render_document(llama), "Deployment")["spec"]["template"]["spec"]
    assert {"name": "shm", "emptyDir": {"medium": "Memory", "sizeLimit": "1Gi"}} in pod["volumes"]


def test_image_pull_secret_and_pull_policy(llama):
    manifests = render_document(llama)
    pod = find(manifests, "Deployment")["spec"]["template"]["spec"]
    assert pod["imagePullSecrets"] == [{"name": "llama-3-8b-instruct-ghcr-docker-config"}]
    assert pod["containers"][0]["image"] == "ghcr.io/huggingface/text-generation-inference:3.3.4"
    assert pod["containers"][0]["imagePullPolicy"] == "IfNotPresent"


def test_pod_identity_is_the_service_account_without_a_token(llama):
    manifests = render_document(llama)
    account = find(manifests, "ServiceAccount")
    pod = find(manifests, "Deployment")["spec"]["template"]["spec"]
    assert account["automountServiceAccountToken"] is False
    assert pod["serviceAccountName"] == "llama-3-8b-instruct-external-secrets"
    assert pod["automountServiceAccountToken"] is False


def test_service_is_nodeport_with_one_port_per_container_port(llama):
    llama["container"]["containerPorts"].append(
        {"portName": "metrics", "portNumber": 9100, "protocol": "TCP", "servicePort": 9100}
    )
    service = find(render_document(llama), "Service")
    assert service["spec"]["type"] == "NodePort"
    assert service["spec"]["ports"] == [
        {"name": "http", "port": 80, "targetPort": 8080, "protocol": "TCP"},
        {"name": "metrics", "port": 9100, "targetPort": 9100, "protocol": "TCP"},
    ]
    assert service["spec"]["selector"] == {
        "app.kubernetes.io/name": "llama-3-8b-instruct",
        "app.kubernetes.io/instance": "llama-3-8b-instruct",
        "backstage.io/kubernetes-id": "llama-3-8b-instruct",
    }


def test_gateway_terminates_tls_for_every_host(llama):
    llama["gateway"]["hosts"].append("llama.example.org")
    gateway = find(render_document(llama), "Gateway")
    assert gateway["spec"]["gatewayClassName"] == "istio"
    listeners = gateway["spec"]["listeners"]
    assert [l["hostname"] for l in listeners] == ["llama-3-8b.inference.example.com", "llama.example.org"]
    for listener in listeners:
        assert listener["protocol"] == "HTTPS" and listener["port"] == 443
        assert listener["tls"]["mode"] == "Terminate"
        assert listener["tls"]["certificateRefs"] == [
            {"group": "", "kind": "Secret", "name": "llama-3-8b-instruct-tls"}
        ]


def test_httproute_targets_the_service_without_cutting_streams(llama):
    route = find(render_document(llama), "HTTPRoute")["spec"]
    assert route["parentRefs"][0]["name"] == "llama-3-8b-instruct-gateway"
    assert route["hostnames"] == ["llama-3-8b.inference.example.com"]
    rule = route["rules"][0]
    assert rule["backendRefs"][0]["name"] == "llama-3-8b-instruct"
    assert rule["backendRefs"][0]["port"] == 80
    assert rule["timeouts"] == {"request": "1h", "backendRequest": "1h"}


def test_certificate_from_letsencrypt_prod_for_the_hosts(llama):
    spec = find(render_document(llama), "Certificate")["spec"]
    assert spec["issuerRef"] == {"name": "letsencrypt-prod", "kind": "ClusterIssuer", "group": "cert-manager.io"}
    assert spec["dnsNames"] == ["llama-3-8b.inference.example.com"]
    assert spec["secretName"] == "llama-3-8b-instruct-tls"


def test_pull_secret_external_secret_reads_the_shared_ghcr_path(llama):
    spec = find(render_document(llama), "ExternalSecret", "llama-3-8b-instruct-ghcr-docker-config")["spec"]
    assert spec["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "vault-backend"}
    assert spec["data"][0]["remoteRef"]["key"] == "shared/ghcr/dockerconfigjson"
    assert spec["target"]["template"]["type"] == "kubernetes.io/dockerconfigjson"
    assert set(spec["target"]["template"]["data"]) == {".dockerconfigjson"}


def test_secret_store_name_comes_from_values(llama):
    llama["container"]["secretStore"] = {"name": "vault-ml"}
    for manifest in render_document(llama):
        if manifest["kind"] == "ExternalSecret":
            assert manifest["spec"]["secretStoreRef"]["name"] == "vault-ml"


def test_service_secrets_one_entry_per_secret(llama):
    llama["container"]["secrets"].append({"name": "OTHER_KEY", "secretKey": "other", "vaultPath": "ml/other"})
    spec = find(render_document(llama), "ExternalSecret", "llama-3-8b-instruct-secrets")["spec"]
    assert spec["data"] == [
        {"secretKey": "hf-token", "remoteRef": {"key": "ml/huggingface/read-token", "property": "token"}},
        {"secretKey": "other", "remoteRef": {"key": "ml/other", "property": "other"}},
    ]


def test_vault_block_is_accepted_and_ignored(llama):
    baseline = render_document(llama)
    llama["container"]["vault"] = {"role": "ml-inference", "address": "https://vault.example.com"}
    assert render_document(llama) == baseline


def test_monitoring_annotates_the_engines_own_metrics_endpoint(llama, mixtral):
    """Serving correctness 3: the old rendering annotated 15020 /stats/prometheus, which makes Istio's
    injector return early (no ISTIO_PROMETHEUS_ANNOTATIONS: the engine's metrics are never merged) and
    names a port that does not exist without a sidecar."""
    annotations = find(render_document(llama), "Deployment")["spec"]["template"]["metadata"]["annotations"]
    assert annotations == {
        "prometheus.io/scrape": "true",
        "prometheus.io/port": "8080",
        "prometheus.io/path": "/metrics",
    }
    assert "annotations" not in find(render_document(mixtral), "Deployment")["spec"]["template"]["metadata"]


def test_the_literal_sidecar_annotations_stay_available_as_an_option(llama):
    llama["basicMonitoring"]["annotations"] = "istioSidecar"
    annotations = find(render_document(llama), "Deployment")["spec"]["template"]["metadata"]["annotations"]
    assert annotations == {
        "prometheus.io/scrape": "true",
        "prometheus.io/port": "15020",
        "prometheus.io/path": "/stats/prometheus",
    }


def test_network_policy_is_a_ninth_object_only_when_enabled(llama):
    llama["networkPolicy"] = {"enabled": True}
    llama["monitoring"] = {"podMonitor": {"enabled": False}}
    manifests = render_document(llama)
    assert len(manifests) == 9
    policy = find(manifests, "NetworkPolicy", "llama-3-8b-instruct")["spec"]
    assert policy["policyTypes"] == ["Ingress"]
    gateway_rule, scraper_rule = policy["ingress"]
    assert gateway_rule["from"][0]["podSelector"]["matchLabels"] == {
        "gateway.networking.k8s.io/gateway-name": "llama-3-8b-instruct-gateway"
    }
    assert gateway_rule["ports"] == [{"port": 8080, "protocol": "TCP"}]
    # the scraper may reach both places the annotations lead to: the engine (no sidecar) and Istio's agent
    assert scraper_rule["ports"] == [{"port": 8080, "protocol": "TCP"}, {"port": 15020, "protocol": "TCP"}]


def test_tgi_runs_as_root_as_its_image_requires_with_everything_else_locked_down(llama):
    """Serving correctness 1: the old rendering ran TGI 3.3.x as UID 10001, which cannot read its Python
    under /root (huggingface/text-generation-inference#3082): the launcher crash-looped."""
    manifests = render_document(llama)
    deployment = find(manifests, "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    assert pod["securityContext"] == {
        "runAsNonRoot": False,
        "runAsUser": 0,
        "runAsGroup": 0,
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    assert pod["automountServiceAccountToken"] is False
    [container] = pod["containers"]
    assert container["securityContext"] == {
        "allowPrivilegeEscalation": False,
        "privileged": False,
        "runAsNonRoot": False,
        "readOnlyRootFilesystem": False,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    reasons = " ".join(deployment["metadata"]["annotations"].values())
    assert "CKV_K8S_23=TGI 3.3.x cannot start as a non-root UID" in reasons
    assert "non-root with every capability dropped" not in reasons  # the old, false waiver reason


def test_home_and_every_cache_point_at_the_writable_home_volume(llama):
    pod = find(render_document(llama), "Deployment")["spec"]["template"]["spec"]
    [container] = pod["containers"]
    env = {item["name"]: item.get("value") for item in container["env"]}
    mounts = {mount["mountPath"]: mount["name"] for mount in container["volumeMounts"]}
    volumes = {volume["name"]: volume for volume in pod["volumes"]}
    assert mounts["/home/engine"] == "home" and "emptyDir" in volumes["home"]
    for variable in ("HOME", "XDG_CACHE_HOME", "OUTLINES_CACHE_DIR", "TRITON_CACHE_DIR", "TORCHINDUCTOR_CACHE_DIR"):
        assert env[variable].startswith("/home/engine"), variable
    # the Hugging Face cache (both names TGI reads) is the model cache volume
    assert mounts["/data"] == "model-cache" and env["HUGGINGFACE_HUB_CACHE"] == env["HF_HOME"] == "/data"
    assert mounts["/tmp"] == "tmp" and mounts["/dev/shm"] == "shm"


def test_a_derived_image_may_run_non_root_through_values(llama):
    llama["container"]["runAsUser"] = 10001
    deployment = find(render_document(llama), "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert (pod["securityContext"]["runAsUser"], pod["securityContext"]["fsGroup"]) == (10001, 10001)
    assert pod["containers"][0]["securityContext"]["runAsNonRoot"] is True
    reasons = " ".join(deployment["metadata"]["annotations"].values())
    assert "CKV_K8S_23" not in reasons and "CKV_K8S_40" not in reasons


def test_argo_cd_sync_waves_order_secrets_before_the_workload(llama):
    waves = {
        (m["kind"], m["metadata"]["name"]): int(m["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])
        for m in render_document(llama)
    }
    assert waves[("ExternalSecret", "llama-3-8b-instruct-secrets")] < waves[("Deployment", "llama-3-8b-instruct")]
    assert (
        waves[("ServiceAccount", "llama-3-8b-instruct-external-secrets")] < waves[("Deployment", "llama-3-8b-instruct")]
    )


def test_custom_resources_skip_dry_run_when_their_crd_is_missing(llama):
    for manifest in render_document(llama):
        options = manifest["metadata"].get("annotations", {}).get("argocd.argoproj.io/sync-options")
        custom = manifest["apiVersion"].split("/")[0] in (
            "gateway.networking.k8s.io",
            "cert-manager.io",
            "external-secrets.io",
            "monitoring.coreos.com",
            "keda.sh",
        )
        assert (options == "SkipDryRunOnMissingResource=true") == custom, manifest["kind"]


def test_disruption_budget_only_with_several_replicas(llama):
    assert not [m for m in render_document(llama) if m["kind"] == "PodDisruptionBudget"]
    llama["replicas"] = 2
    pdb = find(render_document(llama), "PodDisruptionBudget", "llama-3-8b-instruct")
    assert pdb["spec"]["maxUnavailable"] == 1
    assert pdb["spec"]["selector"]["matchLabels"] == {
        "app.kubernetes.io/name": "llama-3-8b-instruct",
        "app.kubernetes.io/instance": "llama-3-8b-instruct",
        "backstage.io/kubernetes-id": "llama-3-8b-instruct",
    }


# --- plain HTTP (opt-in redirect) ------------------------------------------------------------------


def test_by_default_the_gateway_listens_for_https_only(llama):
    manifests = render_document(llama)
    gateway = find(manifests, "Gateway")
    assert {listener["protocol"] for listener in gateway["spec"]["listeners"]} == {"HTTPS"}
    assert [m["metadata"]["name"] for m in manifests if m["kind"] == "HTTPRoute"] == ["llama-3-8b-instruct"]


def test_http_redirect_adds_a_port_80_listener_per_host_and_a_301_route_to_https(llama):
    # GIVEN a workload with two hosts that opts into the plain-HTTP redirect
    llama["gateway"]["hosts"] = ["a.example.com", "b.example.com"]
    llama["gateway"]["httpRedirect"] = True
    manifests = render_document(llama)
    # THEN the Gateway listens on 80 for each host, next to the HTTPS listeners
    listeners = {l["name"]: l for l in find(manifests, "Gateway")["spec"]["listeners"]}
    assert listeners["http-0"] == {
        "name": "http-0",
        "hostname": "a.example.com",
        "port": 80,
        "protocol": "HTTP",
        "allowedRoutes": {"namespaces": {"from": "Same"}},
    }
    assert listeners["http-1"]["hostname"] == "b.example.com"
    # AND the redirect route attaches to the HTTP listeners only and answers 301 with scheme https
    redirect = find(manifests, "HTTPRoute", "llama-3-8b-instruct-http-redirect")
    assert [p["sectionName"] for p in redirect["spec"]["parentRefs"]] == ["http-0", "http-1"]
    assert redirect["spec"]["rules"] == [
        {"filters": [{"type": "RequestRedirect", "requestRedirect": {"scheme": "https", "statusCode": 301}}]}
    ]
    # AND the serving route attaches to the HTTPS listeners only: nothing is served over plain HTTP
    serving = find(manifests, "HTTPRoute", "llama-3-8b-instruct")
    assert [p["sectionName"] for p in serving["spec"]["parentRefs"]] == ["https-0", "https-1"]


def test_http_redirect_objects_pass_the_gates(llama):
    llama["gateway"]["httpRedirect"] = True
    rendered = RenderedWorkload("workloads/x.yaml", "x", render_document(llama, "workloads/x.yaml"))
    assert gate_errors([rendered]) == []


def test_a_route_to_a_missing_listener_is_refused(llama):
    llama["gateway"]["httpRedirect"] = True
    manifests = render_document(llama, "workloads/x.yaml")
    find(manifests, "HTTPRoute", "llama-3-8b-instruct-http-redirect")["spec"]["parentRefs"][0]["sectionName"] = "http-9"
    findings = cross_object_findings([RenderedWorkload("workloads/x.yaml", "x", manifests)])
    assert findings == [
        (
            "workloads/x.yaml",
            "HTTPRoute/llama-3-8b-instruct-http-redirect",
            "spec.parentRefs[0].sectionName",
            "Gateway 'llama-3-8b-instruct-gateway' has no listener 'http-9'",
        )
    ]
