"""The autoscaling loop for real on the rehearsal's control plane: an engine's queue metric, Prometheus,
KEDA and the HPA controller.

    with ClusterEgress() as egress, ControlPlane(autoscaling_settings(egress)) as cp:
        install_prerequisites(cp)
        with AutoscalingLoop(cp, egress, LoopSettings(model_name="qwen2.5-7b-instruct", namespace=...)) as loop:
            cp.apply_manifests([loop.rehearsal_copy(scaled_object), ...])
            loop.exporter.set(12)            # the queue rises: KEDA + HPA scale the Deployment up

What runs (built from the Go modules by binaries.py, 127.0.0.1 only, stopped with the control plane):
- a queue exporter (this module, Python, 127.0.0.1): `vllm:num_requests_waiting{engine, model_name}`, the
  gauge and labels vLLM v0.33.0 exports (engines/vllm.py facts), at a value the caller sets;
- Prometheus (`github.com/prometheus/prometheus` cmd/prometheus, the release the rule tests' promtool is): one static
  scrape job for the exporter every `scrape_interval_seconds`, with the `namespace`/`pod` target labels a
  PodMonitor would attach; its TSDB in the control plane's folder;
- KEDA's operator (`github.com/kedacore/keda/v2` cmd/operator): reconciles ScaledObjects into HPAs, runs
  the prometheus scaler and serves metrics to the metrics server over mutual TLS (gRPC, 127.0.0.1);
- KEDA's metrics server (cmd/adapter) behind the APIService `v1beta1.external.metrics.k8s.io`, in a
  network namespace of its own (_netns_exec.py: it binds its /metrics port on every interface, not
  configurable), with the API server and the operator forwarded into it;
- the HPA controller of kube-controller-manager (ControlPlaneSettings.hpa_controller).

How the API server reaches the metrics server: there is no pod network, and an EndpointSlice address
may not be loopback (k8s.io/kubernetes v1.35.4 pkg/apis/discovery/validation: ValidateEndpointIP). So the
Service `keda/keda-metrics-apiserver` has no selector and one EndpointSlice whose address is
ENDPOINT_IP (a pod address that exists nowhere); kube-apiserver routes the aggregated API to that
endpoint (--enable-aggregator-routing) and dials it through its `cluster` egress selector, an HTTP
CONNECT proxy on a Unix socket (ClusterEgress, below: the rehearsal's "pod network"), which connects
ENDPOINT_IP:ENDPOINT_PORT to the Unix socket that leads into the metrics server's namespace. The
aggregator checks the server's certificate against the APIService caBundle (the rehearsal CA) for
`keda-metrics-apiserver.keda.svc`; the metrics server authenticates the aggregator by its
front-proxy client certificate and authorizes the HPA controller's user with a SubjectAccessReview.

Simplified (said so): KEDA's processes use the rehearsal's admin kubeconfig (system:masters) instead of
KEDA's service accounts and RBAC; KEDA's admission webhooks are not run.
"""

from __future__ import annotations

import contextlib
import copy
import http.server
import shutil
import socket
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ai_workloads.rehearsal.argocd import _http_ok, _LoopbackBridge, start_isolated
from ai_workloads.rehearsal.controlplane import (
    ControlPlane,
    ControlPlaneError,
    ControlPlaneSettings,
    StartsOnEnter,
    dot_free_temp_root,
    free_port,
    issue_certificate,
    load_objects,
)

KEDA_NAMESPACE = "keda"
# The names KEDA's own manifests give (kedacore/keda v2.20.2 config/metrics-server/service.yaml, api_service.yaml;
# also the operator's --metrics-server-service-name default, cmd/operator/main.go).
METRICS_SERVICE = "keda-metrics-apiserver"
METRICS_APISERVICE = "v1beta1.external.metrics.k8s.io"
# The metrics server's simulated pod address: from the rehearsal's pod range (kwok --cidr=10.244.0.0/16),
# above what kwok hands out to its few pods.
ENDPOINT_IP = "10.244.255.10"
ENDPOINT_PORT = 6443
QUEUE_METRIC = "vllm:num_requests_waiting"  # vLLM v0.33.0 vllm/v1/metrics/loggers.py (engines/vllm.py facts)


# ------------------------------------------------------------------------------------------ pod network
class ClusterEgress(_LoopbackBridge):
    """An HTTP CONNECT proxy on a Unix socket (`socket_path`) for kube-apiserver's `cluster` egress: a
    CONNECT to an address given to `route()` is joined to that Unix socket; any other address gets
    502 (nothing else in the rehearsal has a pod address). `connects` records (address, status)."""

    def __init__(self) -> None:
        super().__init__([])  # no TCP listener: the Unix socket below is accepted here
        self.folder = Path()
        self.socket_path = ""
        self.connects: list[tuple[str, int]] = []
        self._routes: dict[str, Path] = {}
        self._server: socket.socket | None = None

    def __enter__(self) -> ClusterEgress:
        self.folder = Path(tempfile.mkdtemp(prefix="ai-workloads-egress-", dir=dot_free_temp_root()))
        self.socket_path = str(self.folder / "cluster-egress.sock")
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(self.socket_path)
        self._server.listen(64)
        threading.Thread(target=self._accept_unix, args=(self._server,), daemon=True, name="cluster-egress").start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def route(self, address: str, target: Path) -> None:
        """CONNECTs to `address` ("ip:port") reach the Unix socket `target`."""
        with self._lock:
            self._routes[address] = target

    def close(self) -> None:
        if self._server is not None:
            with contextlib.suppress(OSError):
                self._server.shutdown(socket.SHUT_RDWR)
            self._server.close()
            self._server = None
        super().close()
        if self.folder.name.startswith("ai-workloads-egress-"):
            shutil.rmtree(self.folder, ignore_errors=True)

    def _accept_unix(self, server: socket.socket) -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=self._connect, args=(client,), daemon=True, name="cluster-egress").start()

    def _connect(self, client: socket.socket) -> None:
        request = b""
        with contextlib.suppress(OSError):
            client.settimeout(10)
            while b"\r\n\r\n" not in request and len(request) < 8192:
                chunk = client.recv(4096)
                if not chunk:
                    break
                request += chunk
        words = request.split(b"\r\n", 1)[0].decode(errors="replace").split()
        address = words[1] if len(words) == 3 and words[0] == "CONNECT" else ""
        with self._lock:
            target = self._routes.get(address)
        upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            if target is None:
                raise OSError(f"no route to {address}")
            upstream.connect(str(target))
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        except OSError:
            with self._lock:
                self.connects.append((address, 502))
            with contextlib.suppress(OSError):
                client.sendall(b"HTTP/1.1 502 Bad Gateway\r\n\r\n")
            upstream.close()
            client.close()
            return
        with self._lock:
            self.connects.append((address, 200))
            self._open.update((client, upstream))
        client.settimeout(None)
        threading.Thread(target=self._pump, args=(upstream, client), daemon=True, name="cluster-egress").start()
        self._pump(client, upstream)


def autoscaling_settings(egress: ClusterEgress, **changes: Any) -> ControlPlaneSettings:
    """Control plane settings for the loop: the HPA controller runs (syncing every 2 s instead of 15 s,
    so that a scale step shows within seconds), kwok leaves the ScaledObject status to KEDA, and cluster
    egress goes through `egress`."""
    values: dict[str, Any] = {
        "hpa_controller": True,
        "hpa_sync_period_seconds": 2.0,
        "cluster_egress_socket": egress.socket_path,
        "real_status_kinds": (("keda.sh/v1alpha1", "ScaledObject"),),  # KEDA's operator writes it
    }
    values.update(changes)
    return ControlPlaneSettings(**values)


# ------------------------------------------------------------------------------------------ exporter
class QueueExporter:
    """`GET /metrics` on 127.0.0.1: the vLLM queue gauge for one served model, at the value set last."""

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name
        self.port = 0
        self.scrapes = 0
        # More series, computed at every scrape (text format 0.0.4, with their own `namespace`/`pod` labels
        # where they stand for other pods: the scrape honours them): e.g. another engine's queue per live pod
        # and the gateway's request counter.
        self.extra: Callable[[], str] | None = None
        self._value = 0.0
        self._server: http.server.ThreadingHTTPServer | None = None

    def set(self, value: float) -> None:
        self._value = float(value)

    @property
    def value(self) -> float:
        return self._value

    def exposition(self) -> str:
        """The text vLLM's /metrics has for this gauge (prometheus_client text format 0.0.4): the type
        and label names of the engine's facts table, `engine` "0" (the first engine core)."""
        from ai_workloads.ml_inference_load.engines.metrics_facts import VLLM_METRICS

        fact = VLLM_METRICS.fact(QUEUE_METRIC)
        values = {"model_name": self.model_name, "engine": "0"}
        labels = ",".join(f'{name}="{values[name]}"' for name in sorted(fact.labels))
        return (
            f"# HELP {QUEUE_METRIC} Number of requests waiting to be processed.\n"
            f"# TYPE {QUEUE_METRIC} {fact.type.value}\n"
            f"{QUEUE_METRIC}{{{labels}}} {self._value!r}\n"
        ) + (self.extra() if self.extra is not None else "")

    def __enter__(self) -> QueueExporter:
        exporter = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path.split("?")[0] != "/metrics":
                    self.send_error(404)
                    return
                exporter.scrapes += 1
                body = exporter.exposition().encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True, name="queue-exporter").start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


# ------------------------------------------------------------------------------------------ the loop
@dataclass(frozen=True)
class LoopSettings:
    """What the loop serves and scrapes. `model_name`/`namespace`: the labels of the queue series (the
    served model name, and the namespace a PodMonitor would attach); `pod`: the `pod` target label.
    scrape_interval_seconds 1: the series moves within a second of `exporter.set` (a real PodMonitor
    scrapes every 30 s by default). start_timeout_seconds: for each process to become ready."""

    model_name: str
    namespace: str
    pod: str = "rehearsal-exporter"
    scrape_interval_seconds: float = 1.0
    start_timeout_seconds: float = 180.0
    binaries: Mapping[str, Path] = field(default_factory=dict)


class AutoscalingLoop(StartsOnEnter):
    """See the module docstring. Once entered: `exporter`, `prometheus_url`, `versions`."""

    def __init__(self, cp: ControlPlane, egress: ClusterEgress, settings: LoopSettings) -> None:
        self.cp, self.egress, self.settings = cp, egress, settings
        self.exporter = QueueExporter(settings.model_name)
        self.prometheus_url = ""
        self.folder = Path()
        self._bridges: list[Any] = []
        self._binaries: dict[str, Path] = dict(settings.binaries)

    def close(self) -> None:
        for name in ("keda-adapter", "keda-operator", "prometheus"):
            self.cp.stop_process(name)
        for bridge in self._bridges:
            bridge.close()
        self._bridges.clear()
        self.exporter.__exit__()

    def _start(self) -> None:
        if not self._binaries:
            from ai_workloads.rehearsal.binaries import AUTOSCALING_COMPONENTS, ensure_binaries

            self._binaries = dict(ensure_binaries(AUTOSCALING_COMPONENTS))
        self.folder = self.cp.workdir / "autoscaling"
        self.folder.mkdir(exist_ok=True)
        self.exporter.__enter__()
        deadline = time.monotonic() + self.settings.start_timeout_seconds
        self._start_prometheus(deadline)
        self._install_keda_objects()
        grpc_port = self._start_operator(deadline)
        self._start_metrics_server(grpc_port)
        self.cp.wait_for(
            self._apiservice_available,
            max(1.0, deadline - time.monotonic()),
            f"APIService {METRICS_APISERVICE} Available (KEDA's metrics server through the cluster egress)",
        )

    # ---------------------------------------------------------------- Prometheus
    def prometheus_config(self) -> dict[str, Any]:
        interval = f"{self.settings.scrape_interval_seconds:g}s"
        return {
            "global": {"scrape_interval": interval, "evaluation_interval": interval},
            "scrape_configs": [
                {
                    "job_name": "rehearsal-queue-exporter",
                    # series that carry `namespace`/`pod` themselves keep them (QueueExporter.extra)
                    "honor_labels": True,
                    "static_configs": [
                        {
                            "targets": [f"127.0.0.1:{self.exporter.port}"],
                            "labels": {"namespace": self.settings.namespace, "pod": self.settings.pod},
                        }
                    ],
                }
            ],
        }

    def _start_prometheus(self, deadline: float) -> None:
        config = self.folder / "prometheus.yml"
        config.write_text(yaml.safe_dump(self.prometheus_config(), sort_keys=False))
        port = free_port()
        self.prometheus_url = f"http://127.0.0.1:{port}"
        self.cp.start_process(
            "prometheus",
            [
                self._binaries["prometheus"],
                f"--config.file={config}",
                f"--storage.tsdb.path={self.folder / 'tsdb'}",
                f"--web.listen-address=127.0.0.1:{port}",
                "--storage.tsdb.retention.time=1h",
                "--log.level=warn",
            ],
        )
        self.cp.wait_for(
            lambda: _http_ok(self.prometheus_url + "/-/ready"),
            max(1.0, deadline - time.monotonic()),
            "Prometheus ready",
        )

    def query(self, promql: str) -> list[dict[str, Any]]:
        """Prometheus' instant query API: the result vector."""
        url = f"{self.prometheus_url}/api/v1/query?query={urllib.parse.quote(promql)}"
        with urllib.request.urlopen(url, timeout=10) as response:
            data = yaml.safe_load(response.read())
        return list(data.get("data", {}).get("result", []))

    # ---------------------------------------------------------------- KEDA
    def _keda_crds(self) -> list[dict[str, Any]]:
        from ai_workloads.rehearsal.binaries import AUTOSCALING_COMPONENTS, module_dir

        keda = next(c for c in AUTOSCALING_COMPONENTS if c.name == "keda")
        return load_objects(sorted((module_dir(keda) / "config" / "crd" / "bases").glob("*.yaml")))

    def _install_keda_objects(self) -> None:
        existing = {
            c["metadata"]["name"] for c in self.cp.list_objects("apiextensions.k8s.io/v1", "CustomResourceDefinition")
        }
        crds = [c for c in self._keda_crds() if c["metadata"]["name"] not in existing]
        for crd in crds:
            self.cp.create(crd)
        self.cp.wait_for_crds([c["metadata"]["name"] for c in crds])
        pki = self.cp.workdir / "pki"
        issue_certificate(
            pki,
            "keda",
            "/CN=keda-operator",
            "serverAuth,clientAuth",
            f"subjectAltName=IP:127.0.0.1,DNS:{METRICS_SERVICE}.{KEDA_NAMESPACE}.svc,"
            f"DNS:keda-operator.{KEDA_NAMESPACE}.svc",
        )
        certs = self.folder / "certs"
        certs.mkdir(exist_ok=True)
        for source, target in (("ca.crt", "ca.crt"), ("keda.crt", "tls.crt"), ("keda.key", "tls.key")):
            shutil.copyfile(pki / source, certs / target)
        report = self.cp.apply_manifests(keda_platform_objects((pki / "ca.crt").read_bytes()))
        if report.rejected:
            raise ControlPlaneError(f"KEDA's objects rejected: {report.rejected}")

    def _keda_env(self) -> dict[str, str]:
        return {
            "KUBECONFIG": str(self.cp.kubeconfig),
            "WATCH_NAMESPACE": "",  # every namespace
            "POD_NAMESPACE": KEDA_NAMESPACE,
            "KEDA_CLUSTER_OBJECT_NAMESPACE": KEDA_NAMESPACE,
        }

    def _start_operator(self, deadline: float) -> int:
        grpc_port, probe_port = free_port(), free_port()
        certs = self.folder / "certs"
        self.cp.start_process(
            "keda-operator",
            [
                self._binaries["keda-operator"],
                f"--metrics-bind-address=127.0.0.1:{free_port()}",
                f"--health-probe-bind-address=127.0.0.1:{probe_port}",
                f"--metrics-service-bind-address=127.0.0.1:{grpc_port}",
                f"--cert-dir={certs}",
                f"--ca-dir={certs}",
                "--enable-cert-rotation=false",
                "--enable-webhook-patching=false",
                "--enable-apiservice-patching=false",
                "--leader-elect=false",
                "--zap-log-level=info",
            ],
            env=self._keda_env(),
        )
        self.cp.wait_for(
            lambda: _http_ok(f"http://127.0.0.1:{probe_port}/readyz"),
            max(1.0, deadline - time.monotonic()),
            "KEDA's operator ready",
        )
        return grpc_port

    def _start_metrics_server(self, grpc_port: int) -> None:
        certs = self.folder / "certs"
        api_port = int(urllib.parse.urlsplit(self.cp.server).port or 0)
        secure_port = free_port()
        inward = self.folder / "keda-metrics-server.sock"
        kubeconfig = str(self.cp.kubeconfig)
        _, bridge = start_isolated(
            self.cp.start_process,
            "keda-adapter",
            [
                self._binaries["keda-adapter"],
                f"--secure-port={secure_port}",
                "--bind-address=127.0.0.1",
                f"--cert-dir={certs}",
                f"--tls-cert-file={certs / 'tls.crt'}",
                f"--tls-private-key-file={certs / 'tls.key'}",
                f"--lister-kubeconfig={kubeconfig}",
                f"--authentication-kubeconfig={kubeconfig}",
                f"--authorization-kubeconfig={kubeconfig}",
                f"--metrics-service-address=127.0.0.1:{grpc_port}",
                f"--port={free_port()}",  # its /metrics, on every interface of its own namespace only
                "--zap-log-level=info",
            ],
            self._keda_env(),
            self.folder,
            [api_port, grpc_port],
            self.settings.start_timeout_seconds,
            serve_unix=(inward, secure_port),
        )
        self._bridges.append(bridge)
        self.egress.route(f"{ENDPOINT_IP}:{ENDPOINT_PORT}", inward)

    def _apiservice_available(self) -> bool:
        service = self.cp.get(f"/apis/apiregistration.k8s.io/v1/apiservices/{METRICS_APISERVICE}")
        return any(
            c.get("type") == "Available" and c.get("status") == "True"
            for c in (service.get("status") or {}).get("conditions") or []
        )

    def apiservice_status(self) -> str:
        """The APIService's Available condition, for failure messages."""
        service = self.cp.get(f"/apis/apiregistration.k8s.io/v1/apiservices/{METRICS_APISERVICE}")
        conditions = (service.get("status") or {}).get("conditions") or []
        return "; ".join(f"{c.get('type')}={c.get('status')} {c.get('reason')}: {c.get('message')}" for c in conditions)

    def external_metric(self, namespace: str, metric: str, selector: str) -> list[dict[str, Any]]:
        """GET the external metric through the aggregator, as the HPA controller does."""
        path = (
            f"/apis/external.metrics.k8s.io/v1beta1/namespaces/{namespace}/{metric}"
            f"?labelSelector={urllib.parse.quote(selector)}"
        )
        return list(self.cp.get(path).get("items", []))


def keda_platform_objects(ca_bundle: bytes) -> list[dict[str, Any]]:
    """KEDA's namespace, the metrics server's selector-less Service with its EndpointSlice at ENDPOINT_IP,
    and the APIService (KEDA v2.20.2 config/metrics-server/: same names, port 443 -> 6443)."""
    import base64

    labels = {"app.kubernetes.io/name": METRICS_SERVICE, "app.kubernetes.io/part-of": "keda-operator"}
    return [
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": KEDA_NAMESPACE}},
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": METRICS_SERVICE, "namespace": KEDA_NAMESPACE, "labels": labels},
            "spec": {"ports": [{"name": "https", "port": 443, "targetPort": ENDPOINT_PORT, "protocol": "TCP"}]},
        },
        {
            "apiVersion": "discovery.k8s.io/v1",
            "kind": "EndpointSlice",
            "metadata": {
                "name": f"{METRICS_SERVICE}-rehearsal",
                "namespace": KEDA_NAMESPACE,
                "labels": {
                    "kubernetes.io/service-name": METRICS_SERVICE,
                    "endpointslice.kubernetes.io/managed-by": "rehearsal.ai-workloads",
                },
            },
            "addressType": "IPv4",
            "endpoints": [{"addresses": [ENDPOINT_IP], "conditions": {"ready": True}}],
            "ports": [{"name": "https", "port": ENDPOINT_PORT, "protocol": "TCP"}],
        },
        {
            "apiVersion": "apiregistration.k8s.io/v1",
            "kind": "APIService",
            "metadata": {"name": METRICS_APISERVICE, "labels": labels},
            "spec": {
                "group": "external.metrics.k8s.io",
                "version": "v1beta1",
                "groupPriorityMinimum": 100,
                "versionPriority": 100,
                "service": {"name": METRICS_SERVICE, "namespace": KEDA_NAMESPACE, "port": 443},
                "caBundle": base64.b64encode(ca_bundle).decode(),
            },
        },
    ]


# ------------------------------------------------------------------------------------------ the test copy
@dataclass(frozen=True)
class Shortened:
    """The rehearsal copy's timings: scale up by one pod every `scale_up_period_seconds` (rendered: one
    per startup budget), scale down one pod every `scale_down_period_seconds` after
    `scale_down_window_seconds` of a lower recommendation (rendered: 600 s, the 10-minute default)."""

    scale_up_period_seconds: int = 3
    scale_down_period_seconds: int = 3
    scale_down_window_seconds: int = 20
    # KEDA's own timings, left as rendered unless set: `cooldownPeriod` (how long every trigger must be
    # inactive before a scale to zero; rendered: scaleDownDelay), `initialCooldownPeriod` (before the first
    # scale to zero of a ScaledObject never active; rendered: startup budget + cooldown) and
    # `pollingInterval` (how often KEDA checks the triggers' activation; KEDA's default 30 s when unset).
    cooldown_period_seconds: int | None = None
    initial_cooldown_period_seconds: int | None = None
    polling_interval_seconds: int | None = None


def rehearsal_copy(
    scaled_object: Mapping[str, Any], prometheus_url: str, shortened: Shortened = Shortened()
) -> tuple[dict[str, Any], list[str]]:
    """The rendered ScaledObject with its prometheus triggers pointed at `prometheus_url` and the HPA
    behavior's periods and windows shortened; with the list of what was changed (field path: old -> new)."""
    copied = copy.deepcopy(dict(scaled_object))
    changes: list[str] = []

    def change(parent: dict[str, Any], key: str, value: Any, path: str) -> None:
        if parent.get(key) != value:
            changes.append(f"{path}: {parent.get(key)!r} -> {value!r}")
            parent[key] = value

    for i, trigger in enumerate(copied["spec"]["triggers"]):
        if trigger.get("type") == "prometheus":
            change(trigger["metadata"], "serverAddress", prometheus_url, f"spec.triggers[{i}].metadata.serverAddress")
    behavior = copied["spec"]["advanced"]["horizontalPodAutoscalerConfig"]["behavior"]
    base = "spec.advanced.horizontalPodAutoscalerConfig.behavior"
    for direction, period in (
        ("scaleUp", shortened.scale_up_period_seconds),
        ("scaleDown", shortened.scale_down_period_seconds),
    ):
        for i, policy in enumerate(behavior[direction].get("policies") or []):
            change(policy, "periodSeconds", period, f"{base}.{direction}.policies[{i}].periodSeconds")
    change(
        behavior["scaleDown"],
        "stabilizationWindowSeconds",
        shortened.scale_down_window_seconds,
        f"{base}.scaleDown.stabilizationWindowSeconds",
    )
    for key, seconds in (
        ("cooldownPeriod", shortened.cooldown_period_seconds),
        ("initialCooldownPeriod", shortened.initial_cooldown_period_seconds),
        ("pollingInterval", shortened.polling_interval_seconds),
    ):
        if seconds is not None:
            change(copied["spec"], key, seconds, f"spec.{key}")
    return copied, changes


def replicas_of(cp: ControlPlane, namespace: str, name: str) -> tuple[int, int]:
    """(spec.replicas, status.readyReplicas) of a Deployment."""
    live = cp.get(f"/apis/apps/v1/namespaces/{namespace}/deployments/{name}")
    return int(live["spec"].get("replicas") or 0), int((live.get("status") or {}).get("readyReplicas") or 0)


def scaled_objects(objects: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [o for o in objects if o.get("kind") == "ScaledObject"]
