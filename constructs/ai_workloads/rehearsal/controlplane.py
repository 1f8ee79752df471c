"""A real Kubernetes control plane on 127.0.0.1 with simulated nodes (kwok), for the rehearsal.

`ControlPlane` (a context manager) creates a temporary folder, a CA with serving and client
certificates and the service-account keys (Debian's `openssl`), an admin kubeconfig, and starts, each
in a process group of its own and listening on 127.0.0.1 only:

- etcd (`--unsafe-no-fsync`: the data is thrown away);
- kube-apiserver: RBAC (`--authorization-mode=Node,RBAC`), the default admission plugins (PodSecurity,
  ServiceAccount, RuntimeClass, DefaultStorageClass, ...) plus NodeRestriction, service-account token
  issuing and validation;
- kube-controller-manager with every default controller (Deployments, ReplicaSets, Jobs, garbage
  collector, namespace, PV binder, service-account tokens, ...) but the HPA controller (no metrics server);
- kube-scheduler;
- kwok, managing only the nodes annotated `kwok.x-k8s.io/node: fake` (`--manage-nodes-with-annotation-selector`),
  with the stages of stages/ (nodes Ready, pods Running/Ready/Succeeded, volumes, and the statuses of
  the controllers that are not run: see simulated.py).

Then it creates the nodes (settings.nodes), the StorageClass and RuntimeClass `nvidia`, and waits until
every node is Ready. On leaving the `with` block (success, failure, exception, Ctrl-C or SIGTERM) every
process group is stopped (SIGTERM, SIGKILL after a grace period) and the folder removed.
"""

from __future__ import annotations

import base64
import contextlib
import ctypes
import json
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import yaml

from ai_workloads.rehearsal import stages as kwok_stages

KWOK_NODE_ANNOTATION = "kwok.x-k8s.io/node"  # kwok manages nodes annotated with this key = "fake"
STORAGE_CLASS = "rehearsal-wffc"  # the default StorageClass: WaitForFirstConsumer, provisioned by a kwok stage
SIMULATED_PROVISIONER = "rehearsal.ai-workloads/simulated"
SERVICE_CIDR = "10.96.0.0/16"
GRACE_SECONDS = 10.0  # SIGTERM -> SIGKILL
FIELD_MANAGER = "ai-workloads"  # the project's name: every apply of rendered objects uses it
# Not run: without a metrics server it would mark every HPA ScalingActive=False (Argo CD: Degraded); the
# HPA status is simulated instead (stages/controllers.yaml hpa-scaling-active).
HPA_CONTROLLER = "horizontal-pod-autoscaler-controller"


class ControlPlaneError(RuntimeError):
    """A process did not start or a step failed; the message names it (and the tail of its log)."""


@dataclass(frozen=True)
class NodeSpec:
    """One simulated node. `gpus` > 0 makes it a GPU node: `nvidia.com/gpu` capacity, the GPU Feature
    Discovery labels (`nvidia.com/gpu.present|product|memory|count`) and the `nvidia.com/gpu` NoSchedule
    taint that GPU node pools carry."""

    name: str
    cpu: str = "32"
    memory: str = "256Gi"
    gpus: int = 0
    gpu_product: str = ""
    gpu_memory_mib: int = 0
    zone: str = kwok_stages.ZONE
    # MIG (device plugin mixed strategy): every GPU split into `mig_per_gpu` slices of `mig_profile`; the
    # node then advertises nvidia.com/mig-<profile> instead of nvidia.com/gpu (gpu_facts.py).
    mig_profile: str = ""
    mig_per_gpu: int = 0

    @property
    def whole_gpus(self) -> int:
        """The `nvidia.com/gpu` the node advertises (none when its GPUs are split into MIG slices)."""
        return 0 if self.mig_profile else self.gpus

    def manifest(self) -> dict[str, Any]:
        labels = {
            "kubernetes.io/hostname": self.name,
            "kubernetes.io/os": "linux",
            "kubernetes.io/arch": "amd64",
            "topology.kubernetes.io/zone": self.zone,
            "type": "kwok",
        }
        capacity = {"cpu": self.cpu, "memory": self.memory, "pods": "110", "ephemeral-storage": "1Ti"}
        spec: dict[str, Any] = {}
        if self.gpus:
            labels.update(
                {
                    "nvidia.com/gpu.present": "true",
                    "nvidia.com/gpu.product": self.gpu_product,
                    "nvidia.com/gpu.memory": str(self.gpu_memory_mib),
                    "nvidia.com/gpu.count": str(self.gpus),
                }
            )
            capacity["nvidia.com/gpu"] = str(self.whole_gpus)
            if self.mig_profile:
                labels["nvidia.com/mig.strategy"] = "mixed"
                capacity[f"nvidia.com/mig-{self.mig_profile}"] = str(self.gpus * self.mig_per_gpu)
            spec["taints"] = [{"key": "nvidia.com/gpu", "value": "present", "effect": "NoSchedule"}]
        return {
            "apiVersion": "v1",
            "kind": "Node",
            "metadata": {"name": self.name, "labels": labels, "annotations": {KWOK_NODE_ANNOTATION: "fake"}},
            "spec": spec,
            "status": {"capacity": capacity, "allocatable": dict(capacity)},
        }


_H100_NODE = NodeSpec(
    "gpu-h100-0", cpu="96", memory="1Ti", gpus=4, gpu_product="NVIDIA-H100-80GB-HBM3", gpu_memory_mib=81559
)
_CPU_NODE = NodeSpec("cpu-0", cpu="32", memory="128Gi")


def _a100_mig_node(profile: str, per_gpu: int) -> NodeSpec:
    """Two A100 80GB split into `per_gpu` MIG slices of `profile` each (mixed strategy)."""
    return NodeSpec(
        "gpu-a100-mig-0",
        cpu="64",
        memory="512Gi",
        gpus=2,
        gpu_product="NVIDIA-A100-SXM4-80GB",
        gpu_memory_mib=81920,
        mig_profile=profile,
        mig_per_gpu=per_gpu,
    )


# Two GPU nodes smaller than the largest workload may ask for (gpuCount <= 8), so that the capacity test
# can ask for more GPUs than any node has, and one CPU node for the MLServer releases.
# A third GPU node has its A100s split into MIG slices (the MIG example workload runs there).
DEFAULT_NODES: tuple[NodeSpec, ...] = (
    _H100_NODE,
    NodeSpec("gpu-a100-0", cpu="64", memory="512Gi", gpus=2, gpu_product="NVIDIA-A100-SXM4-80GB", gpu_memory_mib=81920),
    _a100_mig_node("3g.40gb", 2),
    _CPU_NODE,
)

# The GPU selection rehearsal (tests/test_gpu_placement_rehearsal.py): one node per product, memory and MIG
# layout, so that each selection has exactly one node it may run on.
PLACEMENT_NODES: tuple[NodeSpec, ...] = (
    _H100_NODE,
    NodeSpec(
        "gpu-a100-40-0", cpu="64", memory="512Gi", gpus=4, gpu_product="NVIDIA-A100-SXM4-40GB", gpu_memory_mib=40960
    ),
    NodeSpec("gpu-l4-0", cpu="32", memory="256Gi", gpus=4, gpu_product="NVIDIA-L4", gpu_memory_mib=23034),
    _a100_mig_node("1g.10gb", 7),
    _CPU_NODE,
)


@dataclass(frozen=True)
class ControlPlaneSettings:
    """Defaults: pods become Ready 1 s after they start and Job pods succeed 1 s after that (fast
    rehearsal); no pod is held back; DEFAULT_NODES; the built Kubernetes version must match cdk8s.yaml's
    `kubernetesVersion` (`expected_version`, None: read cdk8s.yaml of the working directory, "" skips)."""

    pod_ready_delay_seconds: float = 1.0
    job_complete_delay_seconds: float = 1.0
    never_ready_instances: tuple[str, ...] = ()
    nodes: tuple[NodeSpec, ...] = DEFAULT_NODES
    expected_version: str | None = None
    start_timeout_seconds: float = 120.0
    # False: the HPA controller is not run and kwok simulates the HPA status (stages/controllers.yaml
    # hpa-scaling-active). True: kube-controller-manager runs it, syncing every hpa_sync_period_seconds
    # (15 s is kube-controller-manager's default), and kwok leaves HPAs alone.
    hpa_controller: bool = False
    hpa_sync_period_seconds: float = 15.0
    # (apiVersion, kind) whose status a real controller started beside the control plane writes (KEDA's
    # ScaledObject in the autoscaling loop): kwok's Stage for it is left out. Empty: kwok simulates all.
    real_status_kinds: tuple[tuple[str, str], ...] = ()
    # "": kube-apiserver dials aggregated API servers and webhooks directly (nothing in the cluster is
    # reachable: there is no pod network). A Unix socket path: it reaches them through an HTTP CONNECT
    # proxy listening there (EgressSelectorConfiguration `cluster`), at the address of a ready endpoint
    # of their Service (--enable-aggregator-routing); the proxy decides which address leads where.
    cluster_egress_socket: str = ""


@dataclass
class ApplyReport:
    """Server-side apply of a set of objects: `applied` ("kind/namespace/name"), `rejected`
    (ref, the API server's message) and the API server's warnings."""

    applied: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # the API server's warnings (kubectl "Warning: ...")


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now (the kernel's choice)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def dot_free_temp_root() -> Path:
    """The system temp folder when no component of its path starts with a dot (tools such as checkov
    skip those), else /tmp."""
    root = Path(tempfile.gettempdir()).resolve()
    if any(part.startswith(".") for part in root.parts):
        root = Path("/tmp")
    return root


def object_ref(obj: Mapping[str, Any]) -> str:
    meta = obj.get("metadata") or {}
    ns = meta.get("namespace")
    return f"{obj.get('kind')}/{ns + '/' if ns else ''}{meta.get('name')}"


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the Python process that started it dies (even by SIGKILL),
    so that a killed rehearsal leaves no control plane behind (Linux prctl PR_SET_PDEATHSIG)."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


class StartsOnEnter:
    """A context manager that runs `_start()` on entering and `close()` on leaving, and on entering too
    when `_start` fails: whatever it started is stopped. Subclasses define both; `close` must be safe
    to call on a half-started object."""

    def _start(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Process:
    def __init__(self, name: str, popen: subprocess.Popen[bytes], log_path: Path):
        self.name, self.popen, self.log_path = name, popen, log_path

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


class ControlPlane(StartsOnEnter):
    """See the module docstring. Attributes once entered: server, kubeconfig, workdir, binaries, version."""

    def __init__(
        self, settings: ControlPlaneSettings = ControlPlaneSettings(), binaries: Mapping[str, Path] | None = None
    ):
        self.settings = settings
        self._binaries = dict(binaries) if binaries else None
        self._processes: list[_Process] = []
        self._lock = threading.Lock()
        self._stop_sampler = threading.Event()
        self._sampler: threading.Thread | None = None
        self._previous_handlers: dict[int, Any] = {}
        self.peak_rss_bytes = 0
        self.workdir: Path = Path()
        self.server = ""
        self.version = ""
        self._ssl: ssl.SSLContext | None = None
        self._kwok_generation = 0
        self._discovery: dict[tuple[str, str], tuple[str, str, bool]] = {}

    # ---------------------------------------------------------------- lifecycle
    def _start(self) -> None:
        self.workdir = Path(tempfile.mkdtemp(prefix="ai-workloads-rehearsal-", dir=dot_free_temp_root()))
        self._install_signal_handlers()
        self._start_processes()

    def close(self) -> None:
        """Stop every process group (newest first) and remove the folder. Safe to call twice."""
        self._stop_sampler.set()
        with self._lock:
            processes, self._processes = list(reversed(self._processes)), []
        for process in processes:
            _stop_group(process.popen, GRACE_SECONDS)
        if self._sampler is not None:
            self._sampler.join(timeout=2)
        if self.workdir and self.workdir.is_dir() and self.workdir.name.startswith("ai-workloads-rehearsal-"):
            shutil.rmtree(self.workdir, ignore_errors=True)
        self._restore_signal_handlers()

    def _install_signal_handlers(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return

        def on_sigterm(signum: int, frame: Any) -> None:
            raise SystemExit(128 + signum)  # unwinds through __exit__: everything is stopped and removed

        with contextlib.suppress(ValueError):
            self._previous_handlers[signal.SIGTERM] = signal.signal(signal.SIGTERM, on_sigterm)

    def _restore_signal_handlers(self) -> None:
        for signum, handler in self._previous_handlers.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(signum, handler)
        self._previous_handlers.clear()

    # ---------------------------------------------------------------- processes
    def start_process(
        self, name: str, argv: Sequence[str | Path], env: Mapping[str, str] | None = None, cwd: Path | None = None
    ) -> subprocess.Popen[bytes]:
        """Start a process in a group of its own, output to workdir/logs/<name>.log; it is stopped with the
        control plane and counted in rss_bytes()."""
        logs = self.workdir / "logs"
        logs.mkdir(exist_ok=True)
        log_path = logs / f"{name}.log"
        full_env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.workdir / "home")}
        (self.workdir / "home").mkdir(exist_ok=True)
        full_env.update(env or {})
        with open(log_path, "ab") as log:
            popen = subprocess.Popen(
                [str(a) for a in argv],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=full_env,
                cwd=str(cwd or self.workdir),
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )
        with self._lock:
            self._processes.append(_Process(name, popen, log_path))
        return popen

    def stop_process(self, name: str) -> None:
        with self._lock:
            matching = [p for p in self._processes if p.name == name]
            self._processes = [p for p in self._processes if p.name != name]
        for process in matching:
            _stop_group(process.popen, GRACE_SECONDS)

    def log(self, name: str) -> str:
        path = self.workdir / "logs" / f"{name}.log"
        return path.read_text(errors="replace") if path.is_file() else ""

    def processes(self) -> list[tuple[str, int]]:
        with self._lock:
            return [(p.name, p.popen.pid) for p in self._processes]

    def _check_alive(self) -> None:
        with self._lock:
            processes = list(self._processes)
        for process in processes:
            if process.popen.poll() is not None:
                raise ControlPlaneError(
                    f"{process.name} exited with status {process.popen.returncode}; its log ends:\n{process.log_tail()}"
                )

    def rss_bytes(self) -> int:
        """Sum of the resident memory of every process started (and their children), now."""
        with self._lock:
            pids = [p.popen.pid for p in self._processes if p.popen.poll() is None]
        return sum(_tree_rss(pid) for pid in pids)

    def _sample_rss(self) -> None:
        while not self._stop_sampler.wait(0.5):
            with contextlib.suppress(Exception):
                self.peak_rss_bytes = max(self.peak_rss_bytes, self.rss_bytes())

    # ---------------------------------------------------------------- start-up
    @property
    def binaries(self) -> dict[str, Path]:
        if self._binaries is None:
            from ai_workloads.rehearsal.binaries import ensure_binaries  # lazily: building may take a while

            self._binaries = dict(ensure_binaries())
        return self._binaries

    @property
    def kubeconfig(self) -> Path:
        return self.workdir / "kubeconfig"

    def _start_processes(self) -> None:
        """etcd, kube-apiserver, kube-controller-manager, kube-scheduler and kwok on 127.0.0.1, then the nodes."""
        self.version = binary_version(self.binaries["kube-apiserver"])
        check_version(self.version, self.settings.expected_version)
        pki = self.workdir / "pki"
        write_pki(pki)
        etcd_port, api_port = free_port(), free_port()
        self.server = f"https://127.0.0.1:{api_port}"
        write_kubeconfig(self.kubeconfig, self.server, pki)
        self._ssl = ssl.create_default_context(cafile=str(pki / "ca.crt"))
        self._ssl.load_cert_chain(str(pki / "admin.crt"), str(pki / "admin.key"))

        self._sampler = threading.Thread(target=self._sample_rss, name="rehearsal-rss", daemon=True)
        self._sampler.start()
        deadline = time.monotonic() + self.settings.start_timeout_seconds
        self.start_process("etcd", self._etcd_argv(etcd_port))
        self.start_process("kube-apiserver", self._apiserver_argv(pki, api_port, etcd_port))
        self._wait(lambda: self._get_ok("/readyz"), deadline, "kube-apiserver /readyz")
        self._start_controllers(pki)
        self.apply_manifests(self._cluster_objects())
        self._start_kwok()
        self.apply_manifests([node.manifest() for node in self.settings.nodes])
        self._wait(self._nodes_ready, deadline, "every node Ready")
        self._wait(
            lambda: self._get_ok("/api/v1/namespaces/default/serviceaccounts/default"),
            deadline,
            "the default ServiceAccount (controller-manager running)",
        )

    def _etcd_argv(self, client_port: int) -> list[str | Path]:
        peer = f"http://127.0.0.1:{free_port()}"
        return [
            self.binaries["etcd"],
            "--name=rehearsal",
            f"--data-dir={self.workdir / 'etcd'}",
            f"--listen-client-urls=http://127.0.0.1:{client_port}",
            f"--advertise-client-urls=http://127.0.0.1:{client_port}",
            f"--listen-peer-urls={peer}",
            f"--initial-advertise-peer-urls={peer}",
            f"--initial-cluster=rehearsal={peer}",
            "--unsafe-no-fsync",
            "--log-level=warn",
        ]

    def _apiserver_argv(self, pki: Path, port: int, etcd_port: int) -> list[str | Path]:
        return [
            self.binaries["kube-apiserver"],
            "--bind-address=127.0.0.1",
            "--advertise-address=127.0.0.1",
            f"--secure-port={port}",
            f"--etcd-servers=http://127.0.0.1:{etcd_port}",
            f"--cert-dir={pki}",
            f"--tls-cert-file={pki / 'apiserver.crt'}",
            f"--tls-private-key-file={pki / 'apiserver.key'}",
            f"--client-ca-file={pki / 'ca.crt'}",
            "--authorization-mode=Node,RBAC",
            "--enable-admission-plugins=NodeRestriction",
            f"--service-account-key-file={pki / 'sa.pub'}",
            f"--service-account-signing-key-file={pki / 'sa.key'}",
            "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
            f"--service-cluster-ip-range={SERVICE_CIDR}",
            "--allow-privileged=false",
            f"--kubelet-client-certificate={pki / 'admin.crt'}",
            f"--kubelet-client-key={pki / 'admin.key'}",
            *_aggregation_flags(pki),
            *self._egress_flags(),
            "--profiling=false",
            "--v=1",
        ]

    def _start_controllers(self, pki: Path) -> None:
        """kube-controller-manager and kube-scheduler, with the admin kubeconfig, no leader election."""
        common = [
            f"--kubeconfig={self.kubeconfig}",
            f"--authentication-kubeconfig={self.kubeconfig}",
            f"--authorization-kubeconfig={self.kubeconfig}",
            "--bind-address=127.0.0.1",
            "--leader-elect=false",
            "--profiling=false",
        ]
        self.start_process(
            "kube-controller-manager",
            [
                self.binaries["kube-controller-manager"],
                *common,
                f"--secure-port={free_port()}",
                *self._hpa_flags(),
                f"--service-account-private-key-file={pki / 'sa.key'}",
                f"--root-ca-file={pki / 'ca.crt'}",
                "--use-service-account-credentials=true",
                f"--service-cluster-ip-range={SERVICE_CIDR}",
                "--node-monitor-grace-period=60s",
                "--v=1",
            ],
        )
        self.start_process(
            "kube-scheduler", [self.binaries["kube-scheduler"], *common, f"--secure-port={free_port()}", "--v=1"]
        )

    def _hpa_flags(self) -> list[str]:
        if not self.settings.hpa_controller:
            return [f"--controllers=*,-{HPA_CONTROLLER}"]
        return [
            "--controllers=*",
            f"--horizontal-pod-autoscaler-sync-period={self.settings.hpa_sync_period_seconds:g}s",
        ]

    def _egress_flags(self) -> list[str]:
        if not self.settings.cluster_egress_socket:
            return []
        config = self.workdir / "egress-selector.yaml"
        config.write_text(yaml.safe_dump(egress_selector_configuration(self.settings.cluster_egress_socket)))
        return [f"--egress-selector-config-file={config}", "--enable-aggregator-routing=true"]

    def _cluster_objects(self) -> list[dict[str, Any]]:
        """What a cluster has before any platform prerequisite: the default StorageClass (WaitForFirstConsumer,
        its volumes provisioned by a simulated provisioner, see simulated.py). Everything the workloads need
        besides is created by platform_setup.install_prerequisites."""
        return [
            {
                "apiVersion": "storage.k8s.io/v1",
                "kind": "StorageClass",
                "metadata": {
                    "name": STORAGE_CLASS,
                    "annotations": {"storageclass.kubernetes.io/is-default-class": "true"},
                },
                "provisioner": SIMULATED_PROVISIONER,
                "volumeBindingMode": "WaitForFirstConsumer",
                "reclaimPolicy": "Delete",
            },
        ]

    def _start_kwok(self) -> None:
        self._kwok_generation += 1
        config = self.workdir / f"kwok-{self._kwok_generation}.yaml"
        served = self.served_kinds({kwok_stages.stage_api_version(st) for st in kwok_stages.all_stages()})
        served -= self._controllers_run()
        # kwok reads every staged kind's schema from /openapi/v3 and exits when a group version is missing
        # there; the API server publishes a new CRD's schema a moment after the CRD is Established.
        versions = {api_version for api_version, _ in served}
        self._wait(lambda: self._openapi_v3_serves(versions), time.monotonic() + 60, "the CRDs' OpenAPI v3 schemas")
        config.write_text(
            kwok_stages.kwok_config_yaml(
                pod_ready_delay_seconds=self.settings.pod_ready_delay_seconds,
                job_complete_delay_seconds=self.settings.job_complete_delay_seconds,
                never_ready_instances=self.settings.never_ready_instances,
                storage_class=STORAGE_CLASS,
                served=served,
            )
        )
        self.start_process(
            "kwok",
            [
                self.binaries["kwok"],
                f"--config={config}",
                f"--kubeconfig={self.kubeconfig}",
                "--manage-all-nodes=false",
                f"--manage-nodes-with-annotation-selector={KWOK_NODE_ANNOTATION}=fake",
                "--node-lease-duration-seconds=40",
                "--cidr=10.244.0.0/16",
                "--node-ip=10.0.0.1",
            ],
        )

    def _openapi_v3_serves(self, api_versions: Collection[str]) -> bool:
        paths = self.get("/openapi/v3").get("paths", {})
        return all(("api/v1" if v == "v1" else f"apis/{v}") in paths for v in api_versions)

    def _controllers_run(self) -> set[tuple[str, str]]:
        """(apiVersion, kind) whose status a real controller writes here, so no kwok Stage must."""
        hpa = {("autoscaling/v2", "HorizontalPodAutoscaler")} if self.settings.hpa_controller else set()
        return hpa | set(self.settings.real_status_kinds)

    def served_kinds(self, api_versions: Iterable[str]) -> set[tuple[str, str]]:
        """(apiVersion, kind) of every kind the API server serves in these API versions."""
        served: set[tuple[str, str]] = set()
        for api_version in api_versions:
            path = "/api/v1" if api_version == "v1" else f"/apis/{api_version}"
            try:
                listing = self.get(path)
            except urllib.error.HTTPError:
                continue
            served |= {(api_version, r["kind"]) for r in listing.get("resources", []) if "/" not in r["name"]}
        return served

    def restart_kwok(self) -> None:
        """kwok again, with the Stages of every kind served now (after CRDs were installed)."""
        self._discovery.clear()
        self.stop_process("kwok")
        # kwok manages a node only while it holds the node's Lease, under an identity made new at every
        # start (sigs.k8s.io/kwok v0.8.0 pkg/kwok/controllers/controller.go Identity: hostname + UUID): the
        # stopped instance's leases would keep the new one off the nodes until they expire (40 s).
        for node in self.settings.nodes:
            try:
                self._request("DELETE", f"/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/{node.name}")
            except urllib.error.HTTPError as error:
                if error.code != 404:
                    raise
        self._start_kwok()
        # Pods created before the new instance holds every lease (or while the node lifecycle controller
        # still has a node tainted node.kubernetes.io/unreachable) would wait unscheduled or unstarted.
        self._wait(self._nodes_taken_over, time.monotonic() + 180, "kwok to take the nodes over after its restart")

    def _nodes_taken_over(self) -> bool:
        names = {node.name for node in self.settings.nodes}
        leases = self.get("/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases").get("items", [])
        held = {lease["metadata"]["name"] for lease in leases if (lease.get("spec") or {}).get("holderIdentity")}
        nodes = self.get("/api/v1/nodes").get("items", [])
        usable = {
            n["metadata"]["name"]
            for n in nodes
            if _condition(n, "Ready") == "True"
            and not any(
                t.get("key", "").startswith("node.kubernetes.io/") for t in (n.get("spec") or {}).get("taints") or []
            )
        }
        return names <= held and names <= usable

    def configure_pods(
        self,
        *,
        pod_ready_delay_seconds: float | None = None,
        job_complete_delay_seconds: float | None = None,
        never_ready_instances: Iterable[str] | None = None,
    ) -> None:
        """New pod stages (delays, pods held back) for the pods started from now on: kwok restarts."""
        from dataclasses import replace

        changes: dict[str, Any] = {}
        if pod_ready_delay_seconds is not None:
            changes["pod_ready_delay_seconds"] = pod_ready_delay_seconds
        if job_complete_delay_seconds is not None:
            changes["job_complete_delay_seconds"] = job_complete_delay_seconds
        if never_ready_instances is not None:
            changes["never_ready_instances"] = tuple(never_ready_instances)
        self.settings = replace(self.settings, **changes)
        self.restart_kwok()

    def _wait(self, ready: Any, deadline: float, what: str) -> None:
        while True:
            self._check_alive()
            if ready():
                return
            if time.monotonic() > deadline:
                raise ControlPlaneError(f"timed out waiting for {what}")
            time.sleep(0.2)

    def _nodes_ready(self) -> bool:
        nodes = self.get("/api/v1/nodes").get("items", [])
        ready = {n["metadata"]["name"] for n in nodes if _condition(n, "Ready") == "True"}
        return ready >= {node.name for node in self.settings.nodes}

    # ---------------------------------------------------------------- API access
    def _request(
        self, method: str, path: str, body: bytes | None = None, content_type: str = "application/json"
    ) -> Any:
        request = urllib.request.Request(
            self.server + path,
            data=body,
            method=method,
            headers={"Content-Type": content_type, "Accept": "application/json"},
        )
        with urllib.request.urlopen(request, context=self._ssl, timeout=30) as response:
            data = response.read()
        return json.loads(data) if data[:1] in (b"{", b"[") else data.decode()

    def get(self, path: str) -> Any:
        """GET an API path (`/api/v1/pods`), parsed JSON."""
        return self._request("GET", path)

    def resource_path(self, api_version: str, kind: str, namespace: str | None = None, name: str | None = None) -> str:
        """The REST path of a kind (from discovery, cached per API version), of one object with `name`."""
        key = (api_version, kind)
        if key not in self._discovery:
            base = "/api/v1" if api_version == "v1" else f"/apis/{api_version}"
            for r in self.get(base).get("resources", []):
                if "/" not in r["name"]:
                    self._discovery[(api_version, r["kind"])] = (f"{base}/", r["name"], r["namespaced"])
        if key not in self._discovery:
            raise ControlPlaneError(f"the API server does not serve {kind} in {api_version}")
        base, plural, namespaced = self._discovery[key]
        path = base + (f"namespaces/{namespace}/" if namespaced and namespace else "") + plural
        return path + (f"/{name}" if name else "")

    def live(self, obj: Mapping[str, Any]) -> dict[str, Any] | None:
        """The object as the API server has it now, None when it does not exist."""
        meta = obj.get("metadata") or {}
        try:
            live: dict[str, Any] = self.get(
                self.resource_path(str(obj["apiVersion"]), str(obj["kind"]), meta.get("namespace"), meta["name"])
            )
        except urllib.error.HTTPError as error:
            if error.code == 404:
                return None
            raise
        return live

    def create(self, obj: Mapping[str, Any]) -> dict[str, Any]:
        """POST one object (no field manager: for the platform's own objects, never for rendered ones)."""
        meta = obj.get("metadata") or {}
        path = self.resource_path(str(obj["apiVersion"]), str(obj["kind"]), meta.get("namespace"))
        try:
            created: dict[str, Any] = self._request("POST", path, json.dumps(obj).encode())
        except urllib.error.HTTPError as error:
            raise ControlPlaneError(
                f"{object_ref(obj)}: {error.code} {error.read().decode(errors='replace')[:500]}"
            ) from None
        return created

    def list_objects(
        self, api_version: str, kind: str, namespace: str | None = None, label_selector: str = ""
    ) -> list[dict[str, Any]]:
        query = f"?labelSelector={urllib.parse.quote(label_selector)}" if label_selector else ""
        items: list[dict[str, Any]] = self.get(self.resource_path(api_version, kind, namespace) + query).get(
            "items", []
        )
        return items

    def _get_ok(self, path: str) -> bool:
        try:
            self._request("GET", path)
            return True
        except (urllib.error.URLError, OSError, ValueError):
            return False

    def kubectl(
        self, *args: str, input: str | None = None, check: bool = True, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """kubectl against this control plane (--kubeconfig added), output as text."""
        result = subprocess.run(
            [str(self.binaries["kubectl"]), f"--kubeconfig={self.kubeconfig}", *args],
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "HOME": str(self.workdir / "home")},
        )
        if check and result.returncode != 0:
            raise ControlPlaneError(f"kubectl {' '.join(args)}: {result.stderr.strip()}")
        return result

    def kubectl_json(self, *args: str) -> Any:
        return json.loads(self.kubectl(*args, "-o", "json").stdout)

    def apply_manifests(
        self, objects: Sequence[Mapping[str, Any]], field_manager: str = FIELD_MANAGER, dry_run: bool = False
    ) -> ApplyReport:
        """Server-side apply, one kubectl call; every object is reported applied or rejected."""
        report = ApplyReport()
        if not objects:
            return report
        args = [
            "apply",
            "--server-side",
            f"--field-manager={field_manager}",
            "--force-conflicts",
            "-o",
            "name",
            "-f",
            "-",
        ]
        if dry_run:
            args.insert(1, "--dry-run=server")
        result = self.kubectl(*args, input=yaml.safe_dump_all(list(objects), sort_keys=False), check=False)
        applied_names = set(result.stdout.split())
        errors = [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("Warning:")]
        report.warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
        for obj in objects:
            ref = object_ref(obj)
            name = (obj.get("metadata") or {}).get("name", "")
            message = next((e for e in errors if _mentions(e, obj)), None)
            if message is None and any(
                n.endswith("/" + name) and n.split("/")[0].split(".")[0] == str(obj.get("kind", "")).lower()
                for n in applied_names
            ):
                report.applied.append(ref)
            else:
                report.rejected.append((ref, message or (result.stderr.strip() or "not reported applied by kubectl")))
        return report

    def apply(
        self, source: Path | str | Sequence[Path], field_manager: str = FIELD_MANAGER, dry_run: bool = False
    ) -> ApplyReport:
        """Server-side apply of YAML files (a file, a folder's *.yaml, a list of files) or YAML text."""
        return self.apply_manifests(load_objects(source), field_manager=field_manager, dry_run=dry_run)

    def wait_for_crds(self, names: list[str], timeout: float = 120) -> None:
        """Until every CRD in `names` is Established. Polled through the API: `kubectl wait
        --for=condition=Established` fails at once, instead of waiting, on a CRD whose status has no
        conditions yet (the apiextensions controller writes them a moment after the create; seen under load)."""
        path = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/"
        pending = set(names)

        def established() -> bool:
            pending.difference_update(
                [n for n in sorted(pending) if _condition(self.get(path + n), "Established") == "True"]
            )
            return not pending

        self.wait_for(established, timeout, f"CRDs established: {sorted(pending)}")

    def wait_for(self, predicate: Any, timeout: float, what: str, interval: float = 0.5) -> Any:
        """Poll `predicate()` until it returns something truthy (returned), else ControlPlaneError."""
        deadline = time.monotonic() + timeout
        while True:
            self._check_alive()
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                raise ControlPlaneError(f"timed out after {timeout:.0f} s waiting for {what}")
            time.sleep(interval)


# -------------------------------------------------------------------- helpers
def load_objects(source: Path | str | Sequence[Path]) -> list[dict[str, Any]]:
    if isinstance(source, str) and "\n" in source:
        texts = [source]
    else:
        paths = [Path(source)] if isinstance(source, (str, Path)) else [Path(p) for p in source]
        files: list[Path] = []
        for path in paths:
            files += sorted(path.glob("*.yaml")) if path.is_dir() else [path]
        texts = [f.read_text() for f in files]
    return [doc for text in texts for doc in yaml.safe_load_all(text) if doc]


def _mentions(error: str, obj: Mapping[str, Any]) -> bool:
    name = str((obj.get("metadata") or {}).get("name", ""))
    kind = str(obj.get("kind", "")).lower()
    lowered = error.lower()
    return (
        bool(name)
        and (f'"{name}"' in error or f'name: "{name}"' in error or f"/{name}" in error)
        and (kind in lowered or kind + "s" in lowered or "kind=" + kind in lowered)
    )


def _condition(obj: Mapping[str, Any], kind: str) -> str | None:
    for condition in (obj.get("status") or {}).get("conditions") or []:
        if condition.get("type") == kind:
            status = condition.get("status")
            return None if status is None else str(status)
    return None


def _stop_group(popen: subprocess.Popen[bytes], grace: float) -> None:
    """SIGTERM the process group, SIGKILL what is left after `grace` seconds, reap."""
    try:
        pgid = os.getpgid(popen.pid)
    except ProcessLookupError:
        pgid = popen.pid
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGTERM)
    try:
        popen.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        pass
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        popen.wait(timeout=5)


def _tree_rss(pid: int) -> int:
    """RSS in bytes of a process and its descendants (Linux /proc)."""
    total, stack, seen = 0, [pid], set()
    page = os.sysconf("SC_PAGE_SIZE")
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        with contextlib.suppress(OSError, ValueError, IndexError):
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * page
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{current}/task").iterdir():
                with contextlib.suppress(OSError):
                    stack += [int(c) for c in (task / "children").read_text().split()]
    return total


def binary_version(binary: Path) -> str:
    """`v1.35.4` from `kube-apiserver --version` (`Kubernetes v1.35.4`)."""
    out = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=60).stdout
    match = re.search(r"v\d+\.\d+\.\d+\S*", out)
    if not match:
        raise ControlPlaneError(f"{binary} --version printed no version: {out.strip()!r}")
    return match.group(0)


def target_version(config_file: Path = Path("cdk8s.yaml")) -> str:
    """The project's Kubernetes target (cdk8s.yaml `kubernetesVersion`, e.g. "1.35")."""
    config = yaml.safe_load(config_file.read_text()) or {}
    return str(config.get("kubernetesVersion", ""))


def check_version(built: str, expected: str | None) -> None:
    """Refuse a control plane whose minor version is not the project's target: the schemas the gates
    validate against and the API server that accepts the objects must be the same release."""
    if expected is None:
        expected = target_version() if Path("cdk8s.yaml").is_file() else ""
    if not expected:
        return
    built_minor = ".".join(built.lstrip("v").split(".")[:2])
    if built_minor != expected.lstrip("v"):
        raise ControlPlaneError(
            f"the built Kubernetes is {built}, the project targets {expected} (cdk8s.yaml kubernetesVersion): "
            "rebuild the binaries for the target or move the target"
        )


def _openssl(pki: Path, *args: str) -> None:
    result = subprocess.run(["openssl", *args], cwd=pki, capture_output=True, text=True)
    if result.returncode != 0:
        raise ControlPlaneError(f"openssl {' '.join(args)}: {result.stderr.strip()}")


def _new_key(pki: Path, name: str) -> None:
    _openssl(pki, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", f"{name}.key")


def new_ca(pki: Path, name: str, common_name: str) -> None:
    """`name`.key and the self-signed `name`.crt (valid two days) in `pki`."""
    _new_key(pki, name)
    _openssl(
        pki,
        "req",
        "-x509",
        "-new",
        "-key",
        f"{name}.key",
        "-out",
        f"{name}.crt",
        "-days",
        "2",
        "-subj",
        f"/CN={common_name}",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign,digitalSignature",
    )


def issue_certificate(pki: Path, name: str, subject: str, usage: str, san: str = "", ca: str = "ca") -> None:
    """`name`.key and `name`.crt in `pki`, signed by `ca`.crt/.key there: `subject` ("/O=group/CN=user"),
    extendedKeyUsage `usage` ("serverAuth", "clientAuth" or both, comma-separated), `san` a
    subjectAltName line ("subjectAltName=IP:127.0.0.1,...") or ""."""
    _new_key(pki, name)
    _openssl(pki, "req", "-new", "-key", f"{name}.key", "-out", f"{name}.csr", "-subj", subject)
    ext = pki / f"{name}.ext"
    ext.write_text(
        f"keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage={usage}\n" + (san + "\n" if san else "")
    )
    _openssl(
        pki,
        "x509",
        "-req",
        "-in",
        f"{name}.csr",
        "-CA",
        f"{ca}.crt",
        "-CAkey",
        f"{ca}.key",
        "-set_serial",
        str(int.from_bytes(os.urandom(8), "big")),
        "-days",
        "2",
        "-out",
        f"{name}.crt",
        "-extfile",
        ext.name,
    )


# The aggregation layer's front proxy: kube-apiserver presents front-proxy-client.crt to extension API
# servers (KEDA's metrics server), which trust it through front-proxy-ca.crt (published by kube-apiserver
# in kube-system/extension-apiserver-authentication) and read the user from these headers.
FRONT_PROXY_CLIENT = "front-proxy-client"


def write_pki(pki: Path) -> None:
    """CA, API server serving certificate (127.0.0.1, localhost, kubernetes.default.svc and the
    service IP), admin client certificate (system:masters), the service-account key pair, and the
    aggregation layer's front-proxy CA and client certificate; ECDSA P-256."""
    pki.mkdir(parents=True)
    new_ca(pki, "ca", "ai-workloads-rehearsal-ca")
    issue_certificate(
        pki,
        "apiserver",
        "/CN=kube-apiserver",
        "serverAuth",
        "subjectAltName=IP:127.0.0.1,IP:10.96.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,"
        "DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local",
    )
    issue_certificate(pki, "admin", "/O=system:masters/CN=ai-workloads-rehearsal-admin", "clientAuth")
    new_ca(pki, "front-proxy-ca", "ai-workloads-rehearsal-front-proxy-ca")
    issue_certificate(pki, FRONT_PROXY_CLIENT, f"/CN={FRONT_PROXY_CLIENT}", "clientAuth", ca="front-proxy-ca")
    _new_key(pki, "sa")
    _openssl(pki, "pkey", "-in", "sa.key", "-pubout", "-out", "sa.pub")


def _aggregation_flags(pki: Path) -> list[str]:
    """kube-apiserver's aggregation layer: the client certificate it proxies with and the request-header
    settings it publishes for extension API servers (kube-apiserver's --requestheader-* and --proxy-client-*
    options, k8s.io/kubernetes v1.35.4 pkg/controlplane/apiserver/options; the header names are the ones
    kubeadm sets)."""
    return [
        f"--requestheader-client-ca-file={pki / 'front-proxy-ca.crt'}",
        f"--requestheader-allowed-names={FRONT_PROXY_CLIENT}",
        "--requestheader-username-headers=X-Remote-User",
        "--requestheader-group-headers=X-Remote-Group",
        "--requestheader-extra-headers-prefix=X-Remote-Extra-",
        f"--proxy-client-cert-file={pki / (FRONT_PROXY_CLIENT + '.crt')}",
        f"--proxy-client-key-file={pki / (FRONT_PROXY_CLIENT + '.key')}",
    ]


def egress_selector_configuration(socket_path: str) -> dict[str, Any]:
    """Traffic to the cluster (aggregated API servers, webhooks) through an HTTP CONNECT proxy on a Unix
    socket (apiserver.k8s.io/v1beta1 EgressSelectorConfiguration, k8s.io/apiserver v0.35.4
    pkg/server/egressselector/egress_selector.go: udsHTTPConnectConnector sends `CONNECT host:port`)."""
    return {
        "apiVersion": "apiserver.k8s.io/v1beta1",
        "kind": "EgressSelectorConfiguration",
        "egressSelections": [
            {
                "name": "cluster",
                "connection": {"proxyProtocol": "HTTPConnect", "transport": {"uds": {"udsName": socket_path}}},
            }
        ],
    }


def write_kubeconfig(path: Path, server: str, pki: Path) -> None:
    """A self-contained kubeconfig (certificates inline) for the admin user."""

    def b64(name: str) -> str:
        return base64.b64encode((pki / name).read_bytes()).decode()

    config = {
        "apiVersion": "v1",
        "kind": "Config",
        "current-context": "rehearsal",
        "clusters": [{"name": "rehearsal", "cluster": {"server": server, "certificate-authority-data": b64("ca.crt")}}],
        "users": [
            {
                "name": "admin",
                "user": {"client-certificate-data": b64("admin.crt"), "client-key-data": b64("admin.key")},
            }
        ],
        "contexts": [{"name": "rehearsal", "context": {"cluster": "rehearsal", "user": "admin"}}],
    }
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    path.chmod(0o600)
