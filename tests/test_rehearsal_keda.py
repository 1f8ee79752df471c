"""The autoscaling loop for real (issue #22, Proof): a queue exporter, Prometheus, KEDA's operator and metrics
server, the HPA controller and kwok on the rehearsal's control plane (rehearsal/keda.py), driving the rendered
ScaledObject of the operated vLLM example.

Without built binaries the loop test skips, unless AI_WORKLOADS_REQUIRE_REHEARSAL=1 (then it fails).
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from ai_workloads.rehearsal import binaries
from ai_workloads.rehearsal.controlplane import DEFAULT_NODES, ControlPlane, free_port, load_objects, target_version
from ai_workloads.rehearsal.keda import (
    ENDPOINT_IP,
    ENDPOINT_PORT,
    QUEUE_METRIC,
    AutoscalingLoop,
    ClusterEgress,
    LoopSettings,
    QueueExporter,
    Shortened,
    autoscaling_settings,
    rehearsal_copy,
    replicas_of,
)

REPO = Path(__file__).resolve().parent.parent
TOOLS = REPO / "tools"
# The operated vLLM example as the repository renders it (like tests/test_autoscaling.py: the fixture
# project holds only the four basic examples).
VLLM_DIST = REPO / "dist" / "qwen2-5-7b-operated.k8s.yaml"
REQUIRE_ENV = "AI_WORKLOADS_REQUIRE_REHEARSAL"


def _rendered(kind: str) -> dict[str, Any]:
    return next(o for o in load_objects(VLLM_DIST) if o["kind"] == kind)


# --------------------------------------------------------------------------- without binaries
def test_keda_and_prometheus_are_pinned_to_the_crds_and_promtool_is_of_that_release() -> None:
    keda = next(c for c in binaries.AUTOSCALING_COMPONENTS if c.name == "keda")
    prometheus = next(c for c in binaries.AUTOSCALING_COMPONENTS if c.name == "prometheus")
    assert keda.version() == "v2.20.2"
    # the offline CRDs the gates use are this release's (../shared/crds/README.md: kedacore/keda v2.20.2)
    shared = REPO.parent / "shared" / "crds" / "keda"
    if shared.is_dir():
        bases = binaries.module_dir(keda) / "config" / "crd" / "bases"
        for crd in sorted(shared.glob("*.yaml")):
            assert crd.read_bytes() == (bases / crd.name).read_bytes(), crd.name
    # promtool (the rule tests') is built with the server, from the same pinned module
    assert prometheus.version() == "v0.316.0"
    assert prometheus.binaries["promtool"] == "github.com/prometheus/prometheus/cmd/promtool"
    gomod = (TOOLS / "prometheus" / "go.mod").read_text()
    assert "\tgithub.com/prometheus/prometheus/cmd/promtool\n" in gomod


def test_prometheus_reports_the_release_of_its_module_version() -> None:
    assert binaries._prometheus_version("v0.316.0") == "3.16.0"
    assert binaries._prometheus_version("v0.304.2") == "3.4.2"


def test_the_rehearsal_copy_changes_only_the_address_and_the_timings() -> None:
    rendered = _rendered("ScaledObject")
    copied, changes = rehearsal_copy(rendered, "http://127.0.0.1:9999", Shortened(3, 3, 20))
    assert changes == [
        "spec.triggers[0].metadata.serverAddress: 'http://prometheus-operated.monitoring.svc:9090' -> 'http://127.0.0.1:9999'",
        "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleUp.policies[0].periodSeconds: 1800 -> 3",
        "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown.policies[0].periodSeconds: 60 -> 3",
        "spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown.stabilizationWindowSeconds: 600 -> 20",
    ]
    # the rest is the rendered object: query, threshold, metric type, fallback, bounds, target
    undo, _ = rehearsal_copy(copied, "http://prometheus-operated.monitoring.svc:9090", Shortened(1800, 60, 600))
    assert undo == rendered
    assert copied["spec"]["triggers"][0]["metadata"]["query"] == rendered["spec"]["triggers"][0]["metadata"]["query"]


def test_the_exporter_serves_the_vllm_gauge_with_vllms_labels() -> None:
    from ai_workloads.ml_inference_load.engines.metrics_facts import VLLM_METRICS

    with QueueExporter("m") as exporter:
        exporter.set(7)
        with urllib.request.urlopen(f"http://127.0.0.1:{exporter.port}/metrics", timeout=5) as response:
            text = response.read().decode()
    assert f'{QUEUE_METRIC}{{engine="0",model_name="m"}} 7.0' in text
    assert f"# TYPE {QUEUE_METRIC} gauge" in text
    assert set(VLLM_METRICS.fact(QUEUE_METRIC).labels) == {"engine", "model_name"}
    # what the loop's Prometheus attaches is what a PodMonitor attaches
    assert {"namespace", "pod"} <= set(VLLM_METRICS.target_labels)


def _unix_echo(path: Path) -> socket.socket:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(4)

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            conn.sendall(b"echo:" + conn.recv(100))

    threading.Thread(target=serve, daemon=True).start()
    return server


def _connect(egress: ClusterEgress, address: str) -> tuple[str, bytes]:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(10)
        client.connect(egress.socket_path)
        client.sendall(f"CONNECT {address} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = client.recv(1)
            if not chunk:
                break
            head += chunk
        status = head.split(b"\r\n", 1)[0].decode()
        if " 200 " not in status:
            return status, b""
        client.sendall(b"ping")
        return status, client.recv(100)


def test_cluster_egress_joins_a_routed_address_and_refuses_the_rest(tmp_path: Path) -> None:
    with ClusterEgress() as egress:
        server = _unix_echo(tmp_path / "pod.sock")
        egress.route(f"{ENDPOINT_IP}:{ENDPOINT_PORT}", tmp_path / "pod.sock")
        assert _connect(egress, f"{ENDPOINT_IP}:{ENDPOINT_PORT}") == (
            "HTTP/1.1 200 Connection established",
            b"echo:ping",
        )
        assert _connect(egress, "10.96.0.1:443")[0] == "HTTP/1.1 502 Bad Gateway"
        assert egress.connects == [(f"{ENDPOINT_IP}:{ENDPOINT_PORT}", 200), ("10.96.0.1:443", 502)]
        folder = egress.folder
        server.close()
    assert not folder.exists()


def test_serve_unix_leads_into_the_network_namespace_and_nothing_else_does(tmp_path: Path) -> None:
    """_netns_exec.py --serve-unix: the Unix socket reaches a server that listens on 127.0.0.1 inside the
    program's namespace; the host's 127.0.0.1 does not (the way the metrics server is reached)."""
    import sys

    from ai_workloads.rehearsal.argocd import start_isolated

    started: list[subprocess.Popen[bytes]] = []

    def start_process(name: str, argv: list[Any], env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
        started.append(subprocess.Popen([str(a) for a in argv], env=env, cwd=cwd, start_new_session=True))
        return started[-1]

    port, inward = free_port(), tmp_path / "inward.sock"
    server = [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(port)]
    try:
        _, bridge = start_isolated(
            start_process, "web", server, {}, tmp_path, [free_port()], 30, serve_unix=(inward, port)
        )
        deadline = time.monotonic() + 30
        reply = b""
        while not reply.startswith(b"HTTP/1.0 200") and time.monotonic() < deadline:
            time.sleep(0.2)
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(5)
                with contextlib.suppress(OSError):
                    client.connect(str(inward))
                    client.sendall(b"GET / HTTP/1.0\r\n\r\n")
                    reply = client.recv(100)
        assert reply.startswith(b"HTTP/1.0 200"), reply
        with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
            pass
        bridge.close()
    finally:
        for popen in started:
            os.killpg(popen.pid, 9)
            popen.wait(10)


# --------------------------------------------------------------------------- the loop
def _binaries() -> dict[str, Path]:
    try:
        return {**binaries.ensure_binaries(), **binaries.ensure_binaries(binaries.AUTOSCALING_COMPONENTS)}
    except Exception as error:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"the rehearsal binaries are not available: {error}")
        pytest.skip(f"the rehearsal binaries are not available: {error}")


def test_the_built_keda_and_prometheus_are_the_pinned_releases() -> None:
    found = _binaries()
    for component in binaries.AUTOSCALING_COMPONENTS:
        folder = binaries.component_dir(component)
        assert binaries._verified(component, folder) is None
        for binary in component.binaries:
            assert found[binary] == folder / binary
            # the build-information check refuses another version of the module
            assert binaries._buildinfo_problem(folder / binary, component.module, "v0.0.1") is not None
    assert (
        "prometheus, version 3.16.0"
        in subprocess.run([found["prometheus"], "--version"], capture_output=True, text=True, check=True).stdout
    )


class Timeline:
    """Samples (seconds since start, queue value, Deployment spec.replicas, readyReplicas, HPA reasons)."""

    def __init__(self, cp: ControlPlane, exporter: QueueExporter, namespace: str, name: str) -> None:
        self.cp, self.exporter, self.namespace, self.name = cp, exporter, namespace, name
        self.rows: list[tuple[float, float, int, int, str]] = []
        self._stop = threading.Event()
        self._start = time.monotonic()
        self._thread = threading.Thread(target=self._run, daemon=True, name="timeline")

    def __enter__(self) -> Timeline:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self._sample()  # the state the last wait saw, which the sampler may not have caught yet

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self._sample()

    def _sample(self) -> None:
        try:
            spec, ready = replicas_of(self.cp, self.namespace, self.name)
            hpa = self.cp.get(
                f"/apis/autoscaling/v2/namespaces/{self.namespace}/horizontalpodautoscalers/keda-hpa-{self.name}"
            )
            reasons = ",".join(
                f"{c['type']}={c.get('reason')}" for c in (hpa.get("status") or {}).get("conditions") or []
            )
        except Exception as error:  # a sample lost is shown, not fatal
            spec, ready, reasons = -1, -1, f"sample failed: {error}"
        self.rows.append((time.monotonic() - self._start, self.exporter.value, spec, ready, reasons))

    def replica_steps(self) -> list[int]:
        """spec.replicas as it changed (repeats collapsed)."""
        steps: list[int] = []
        for _, _, spec, _, _ in self.rows:
            if spec >= 0 and (not steps or steps[-1] != spec):
                steps.append(spec)
        return steps

    def reasons_seen(self) -> set[str]:
        return {r for row in self.rows for r in row[4].split(",") if r}

    def __str__(self) -> str:
        lines = ["  t(s)  queue  replicas  ready  HPA conditions"]
        previous = None
        for t, value, spec, ready, reasons in self.rows:
            if (value, spec, ready, reasons) != previous:
                lines.append(f"{t:6.1f} {value:6g} {spec:9d} {ready:6d}  {reasons}")
            previous = (value, spec, ready, reasons)
        return "\n".join(lines)


@pytest.fixture(scope="module")
def loop() -> Iterator[tuple[ControlPlane, AutoscalingLoop, ClusterEgress]]:
    from ai_workloads.platform import prerequisites as prereq
    from ai_workloads.rehearsal.platform_setup import install_prerequisites

    found = _binaries()
    deployment = _rendered("Deployment")
    query = _rendered("ScaledObject")["spec"]["triggers"][0]["metadata"]["query"]
    with (
        ClusterEgress() as egress,
        ControlPlane(
            # One GPU node: every replica runs there (and the hostname spread has one domain); the simulated
            # provisioner pins the model cache's volume to the zone of its first consumer.
            autoscaling_settings(
                egress, expected_version=target_version(REPO / "cdk8s.yaml"), nodes=(DEFAULT_NODES[0],)
            ),
            binaries=found,
        ) as cp,
    ):
        install_prerequisites(cp, prereq.compute(REPO / "dist", REPO / "argocd"))
        settings = LoopSettings(
            model_name=re.findall(r'model_name="([^"]+)"', query)[0],
            namespace=deployment["metadata"]["namespace"],
            pod=f"{deployment['metadata']['name']}-0",
            binaries=found,
        )
        with AutoscalingLoop(cp, egress, settings) as stack:
            yield cp, stack, egress


def _deliver(cp: ControlPlane, stack: AutoscalingLoop) -> list[str]:
    from ai_workloads.rehearsal.rehearse import apply_in_waves

    objects = load_objects(VLLM_DIST)
    scaled, changes = rehearsal_copy(_rendered("ScaledObject"), stack.prometheus_url)
    objects = [scaled if o["kind"] == "ScaledObject" else o for o in objects]
    copy_file = cp.workdir / VLLM_DIST.name
    copy_file.write_text(yaml.safe_dump_all(objects, sort_keys=False))
    result = apply_in_waves(cp, copy_file, VLLM_DIST.name, timeout=240)
    assert result.health == "Healthy", result.line()
    return changes


def test_keda_scales_the_rendered_deployment_up_and_back_on_the_vllm_queue(loop: Any) -> None:
    cp, stack, egress = loop
    deployment = _rendered("Deployment")
    namespace, name = deployment["metadata"]["namespace"], deployment["metadata"]["name"]
    query = _rendered("ScaledObject")["spec"]["triggers"][0]["metadata"]["query"]
    stack.exporter.set(0)
    cp.wait_for(lambda: stack.query(query), 60, f"Prometheus to answer {query}")
    _deliver(cp, stack)

    hpa_path = f"/apis/autoscaling/v2/namespaces/{namespace}/horizontalpodautoscalers/keda-hpa-{name}"
    with Timeline(cp, stack.exporter, namespace, name) as timeline:

        def scaling_active() -> bool:
            hpa = cp.get(hpa_path)
            return any(
                c["type"] == "ScalingActive" and c["status"] == "True"
                for c in (hpa.get("status") or {}).get("conditions") or []
            )

        try:
            cp.wait_for(scaling_active, 180, "KEDA's HPA to read the queue through the metrics API")
            # what the HPA controller reads: the external metric through the aggregator and the egress
            metric = cp.get(hpa_path)["spec"]["metrics"][0]["external"]["metric"]
            items = stack.external_metric(
                namespace, metric["name"], ",".join(f"{k}={v}" for k, v in metric["selector"]["matchLabels"].items())
            )
            assert [item["value"] for item in items] == ["0"]

            # 8 waiting / 4 per replica: 2 replicas
            stack.exporter.set(8)
            cp.wait_for(lambda: replicas_of(cp, namespace, name) == (2, 2), 240, "2 replicas, both Ready")
            stack.exporter.set(0)
            cp.wait_for(lambda: replicas_of(cp, namespace, name) == (1, 1), 240, "back to 1 replica")
        except Exception as error:
            pytest.fail(
                f"{error}\nAPIService: {stack.apiservice_status()}\negress CONNECTs: {egress.connects[-5:]}\n"
                f"timeline:\n{timeline}\nkeda-adapter log:\n{cp.log('keda-adapter')[-3000:]}"
                f"\nkeda-operator log:\n{cp.log('keda-operator')[-3000:]}"
            )
    # up on the rising queue, down only after the window
    assert timeline.replica_steps() == [1, 2, 1], f"timeline:\n{timeline}"
    # the scale-down waited for the stabilization window (the HPA said so while the queue was 0)
    assert "AbleToScale=ScaleDownStabilized" in timeline.reasons_seen(), f"timeline:\n{timeline}"
    # the API server reached the metrics server through the egress proxy (502s only before it was routed)
    assert egress.connects[-1] == (f"{ENDPOINT_IP}:{ENDPOINT_PORT}", 200), egress.connects[-5:]


# --------------------------------------------------------------------------- scale to zero and back
TGI_DIST = REPO / "dist" / "llama-3-8b-operated.k8s.yaml"  # TGI, `scaleToZero: true`, woken by the gateway


class ZeroLoopTraffic:
    """What the operated TGI example's two triggers read, served beside the vLLM queue (QueueExporter.extra):
    TGI's queue gauge once per live server pod (a pod that is gone exports nothing, so at zero replicas the
    engine query is empty), and the gateway's request counter for the Service, rising while `traffic_on()`."""

    def __init__(self, cp: ControlPlane, deployment: dict[str, Any]) -> None:
        from ai_workloads._parts.metrics_facts import ISTIO_PROXY_METRICS

        self.cp, self.namespace = cp, deployment["metadata"]["namespace"]
        self.service = deployment["metadata"]["name"]
        self.selector = ",".join(f"{k}={v}" for k, v in deployment["spec"]["selector"]["matchLabels"].items())
        self.counter = ISTIO_PROXY_METRICS.exposed("istio_requests_total")
        self.queue = 0.0
        self._since: float | None = None

    def traffic_on(self) -> None:
        self._since = time.monotonic()

    def live_pods(self) -> list[str]:
        pods = self.cp.list_objects("v1", "Pod", self.namespace, label_selector=self.selector)
        return [p["metadata"]["name"] for p in pods if not p["metadata"].get("deletionTimestamp")]

    def __call__(self) -> str:
        lines = ["# TYPE tgi_queue_size gauge"]
        lines += [
            f'tgi_queue_size{{namespace="{self.namespace}",pod="{pod}"}} {self.queue!r}' for pod in self.live_pods()
        ]
        requests = 0 if self._since is None else int((time.monotonic() - self._since) * 5)  # 5 requests a second
        lines += [
            f"# TYPE {self.counter} counter",
            f'{self.counter}{{reporter="source",destination_service_namespace="{self.namespace}",'
            f'destination_service_name="{self.service}",response_code="503"}} {requests}',
        ]
        return "\n".join(lines) + "\n"


def deployment_startup_budget(deployment: dict[str, Any]) -> int:
    """Seconds the server container's startup probe allows a new pod (initial delay + period x threshold)."""
    probe = deployment["spec"]["template"]["spec"]["containers"][0]["startupProbe"]
    return int(probe.get("initialDelaySeconds", 0)) + int(probe["periodSeconds"]) * int(probe["failureThreshold"])


def _tgi_rendered(kind: str) -> dict[str, Any]:
    return next(o for o in load_objects(TGI_DIST) if o["kind"] == kind)


def _scaled_object_status(cp: ControlPlane, namespace: str, name: str) -> dict[str, Any]:
    live = cp.get(f"/apis/keda.sh/v1alpha1/namespaces/{namespace}/scaledobjects/{name}")
    return dict(live.get("status") or {})


def _condition(status: dict[str, Any], kind: str) -> str:
    return next((c.get("status", "") for c in status.get("conditions") or [] if c.get("type") == kind), "")


def test_keda_scales_the_tgi_example_to_zero_when_idle_and_the_gateway_wakes_it(loop: Any) -> None:
    """`scaleToZero: true` as rendered (docs/operating.md): with the queue empty KEDA scales the Deployment
    to 0 after `cooldownPeriod`; at zero no pod exports the engine's queue, so its query is empty and
    `ignoreNullValues` keeps that trigger from failing (no fallback to 1 replica); Prometheus unreachable at
    zero brings one replica back (the fallback); requests at the gateway (`istio_requests_total` for the
    Service, answered 503 while no pod is Ready) activate it again."""
    cp, stack, _ = loop
    deployment, scaled = _tgi_rendered("Deployment"), _tgi_rendered("ScaledObject")
    namespace, name = deployment["metadata"]["namespace"], deployment["metadata"]["name"]
    engine_query, gateway_query = (t["metadata"]["query"] for t in scaled["spec"]["triggers"])
    traffic = ZeroLoopTraffic(cp, deployment)
    stack.exporter.extra = traffic
    traffic.queue = 3  # requests waiting while it is delivered: active, 1 replica (threshold 5 per replica)

    # the first scale to zero may come 30 s after delivery at the earliest (rendered: startup budget + cooldown)
    shortened = Shortened(cooldown_period_seconds=10, initial_cooldown_period_seconds=30, polling_interval_seconds=2)
    copied, changes = rehearsal_copy(scaled, stack.prometheus_url, shortened)
    assert [
        c.split(":")[0] for c in changes if c.startswith("spec.") and "triggers" not in c and "advanced" not in c
    ] == [
        "spec.cooldownPeriod",
        "spec.initialCooldownPeriod",
        "spec.pollingInterval",
    ]
    rendered_budget = scaled["spec"]["advanced"]["horizontalPodAutoscalerConfig"]["behavior"]["scaleUp"]
    assert (
        scaled["spec"]["initialCooldownPeriod"]
        == deployment_startup_budget(deployment) + scaled["spec"]["cooldownPeriod"]
    )
    assert rendered_budget["policies"][0]["periodSeconds"] == min(deployment_startup_budget(deployment), 1800)
    assert [t["metadata"]["query"] for t in copied["spec"]["triggers"]] == [engine_query, gateway_query]
    objects = [copied if o["kind"] == "ScaledObject" else o for o in load_objects(TGI_DIST)]
    copy_file = cp.workdir / TGI_DIST.name
    copy_file.write_text(yaml.safe_dump_all(objects, sort_keys=False))

    from ai_workloads.rehearsal.rehearse import apply_in_waves

    with Timeline(cp, stack.exporter, namespace, name) as timeline:
        try:
            result = apply_in_waves(cp, copy_file, TGI_DIST.name, timeout=240)
            assert result.health == "Healthy", result.line()
            cp.wait_for(lambda: replicas_of(cp, namespace, name) == (1, 1), 120, "1 replica Ready")
            cp.wait_for(
                lambda: _condition(_scaled_object_status(cp, namespace, name), "Active") == "True",
                120,
                "the ScaledObject Active on the TGI queue",
            )
            traffic.queue = 0  # idle: both triggers inactive
            cp.wait_for(lambda: replicas_of(cp, namespace, name) == (0, 0), 180, "scaled to zero after the cooldown")
            # at zero: the engine's query is empty (no pod exports it) and KEDA neither failed nor fell back
            cp.wait_for(lambda: stack.query(engine_query) == [], 60, "the TGI queue series gone with its pods")
            time.sleep(3 * shortened.polling_interval_seconds)  # a few polls with the empty result
            at_zero = _scaled_object_status(cp, namespace, name)
            assert replicas_of(cp, namespace, name) == (0, 0), f"timeline:\n{timeline}"
            assert _condition(at_zero, "Fallback") != "True", at_zero
            assert _condition(at_zero, "Active") == "False", at_zero
            assert all(h.get("numberOfFailures", 0) == 0 for h in (at_zero.get("health") or {}).values()), at_zero

            # Prometheus unreachable at zero: after failureThreshold failed polls KEDA's fallback counts as
            # active (scale_handler.go getScalerState) and the server comes back to fallback.replicas, never
            # left at zero on missing data
            unreachable, _ = rehearsal_copy(copied, f"http://127.0.0.1:{free_port()}", shortened)
            assert cp.apply_manifests([unreachable]).rejected == []
            cp.wait_for(lambda: replicas_of(cp, namespace, name) == (1, 1), 120, "Prometheus down: fallback, 1 Ready")
            in_fallback = _scaled_object_status(cp, namespace, name)
            assert _condition(in_fallback, "Fallback") == "True", in_fallback
            assert cp.apply_manifests([copied]).rejected == []  # Prometheus back, still idle: zero after cooldown
            cp.wait_for(lambda: replicas_of(cp, namespace, name) == (0, 0), 180, "idle again: back to zero")

            traffic.traffic_on()  # clients call the host: the gateway counts them (503 while nothing is Ready)
            cp.wait_for(lambda: replicas_of(cp, namespace, name) == (1, 1), 180, "woken by the gateway: 1 Ready")
            assert float(stack.query(gateway_query)[0]["value"][1]) > 0
        except Exception as error:
            pytest.fail(
                f"{error}\nScaledObject status: {_scaled_object_status(cp, namespace, name)}\n"
                f"timeline:\n{timeline}\nkeda-operator log:\n{cp.log('keda-operator')[-4000:]}"
            )
        finally:
            stack.exporter.extra = None
    assert timeline.replica_steps() == [1, 0, 1, 0, 1], f"timeline:\n{timeline}"
