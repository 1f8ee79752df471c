"""`python main.py verify --kubeconfig FILE` (`make verify KUBECONFIG=FILE`): would this cluster accept dist/?

Read-only. It checks, against the cluster the kubeconfig points at, everything platform/prerequisites.py
lists (prerequisites.yaml): the CRDs, namespaces and their Pod Security level
(`pod-security.kubernetes.io/enforce` as strict as the workloads allow, or less), RuntimeClasses,
GatewayClasses, ClusterIssuers, ClusterSecretStores, GPU nodes (labels the pods select, allocatable
`nvidia.com/gpu` per node for the largest pod, in total for all), the resource metrics API when an HPA
needs it, then asks the API server for a
server-side dry run (`kubectl apply --server-side --dry-run=server`) of every object of dist/ and argocd/:
admission (Pod Security included for pods), schemas and CEL rules, nothing written.

Prints one line per check (`ok` / `MISSING` / `WRONG`) and exits 0 when everything is there and every
object would be accepted, 1 otherwise, 2 on a usage error (no kubeconfig, no kubectl).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import yaml

from ai_workloads.ml_inference_load.routing.facts import ISTIOD_INFERENCE_FLAG
from ai_workloads.platform import prerequisites as prereq
from ai_workloads.rehearsal.platform_setup import PLATFORM_KINDS, PSA_LABEL

GPU = prereq.GPU_RESOURCE
METRICS_API = "metrics.k8s.io/v1beta1"
ISTIO_NAMESPACE = "istio-system"
INFERENCE_FLAG = ISTIOD_INFERENCE_FLAG


@dataclass
class Finding:
    ok: bool
    what: str
    detail: str = ""

    def line(self) -> str:
        return f"{'ok     ' if self.ok else 'MISSING'} {self.what}" + (f": {self.detail}" if self.detail else "")


class Cluster:
    """kubectl against one kubeconfig, read-only calls only."""

    def __init__(self, kubectl: str, kubeconfig: Path):
        self.kubectl, self.kubeconfig = kubectl, kubeconfig

    def run(self, *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.kubectl, f"--kubeconfig={self.kubeconfig}", *args],
            input=input,
            capture_output=True,
            text=True,
            timeout=120,
        )

    def get(self, *args: str) -> dict[str, Any] | None:
        result = self.run("get", *args, "-o", "json")
        return json.loads(result.stdout) if result.returncode == 0 else None

    def raw(self, path: str) -> dict[str, Any] | None:
        result = self.run("get", "--raw", path)
        return json.loads(result.stdout) if result.returncode == 0 else None


def served_kinds(cluster: Cluster, api_version: str) -> set[str]:
    listing = cluster.raw("/api/v1" if api_version == "v1" else f"/apis/{api_version}") or {}
    return {r["kind"] for r in listing.get("resources", []) if "/" not in r["name"]}


def check_prerequisites(cluster: Cluster, p: Mapping[str, Any]) -> list[Finding]:
    """One finding per prerequisite of `p` (platform/prerequisites.py): CRDs, namespaces and their Pod
    Security, cluster-scoped objects, the resource metrics API, istiod's inference flag, GPU nodes."""
    return [
        *_check_crds(cluster, p),
        *_check_namespaces(cluster, p),
        *_check_cluster_objects(cluster, p),
        *_check_metrics_api(cluster, p),
        *check_istiod_inference(cluster, p),
        *check_gpus(cluster, p),
    ]


def _check_crds(cluster: Cluster, p: Mapping[str, Any]) -> list[Finding]:
    wanted = [(x["apiVersion"], x["kind"]) for x in p["cluster"]["customResourceDefinitions"]]
    wanted += [(v, k) for k, v in PLATFORM_KINDS.items()]
    served: dict[str, set[str]] = {}
    findings = []
    for api_version, kind in wanted:
        kinds = served.setdefault(api_version, served_kinds(cluster, api_version))
        detail = "" if kind in kinds else "not served by the API server"
        findings.append(Finding(kind in kinds, f"CRD {kind} ({api_version})", detail))
    return findings


def _check_namespaces(cluster: Cluster, p: Mapping[str, Any]) -> list[Finding]:
    namespaces = {n["metadata"]["name"]: n for n in (cluster.get("namespaces") or {}).get("items", [])}
    findings = []
    for ns, entry in p["namespaces"].items():
        live, needed = namespaces.get(ns), entry["podSecurity"]
        if live is None:
            findings.append(Finding(False, f"namespace {ns}", f"does not exist (needs {PSA_LABEL}={needed})"))
            continue
        level = ((live.get("metadata") or {}).get("labels") or {}).get(PSA_LABEL)
        what = f"namespace {ns} Pod Security"
        if level is None:
            findings.append(Finding(False, what, f"no {PSA_LABEL} label (the README asks for {needed})"))
        elif prereq.LEVELS.index(level) < prereq.LEVELS.index(needed):
            why = "; ".join(entry["why"][:2])
            findings.append(Finding(False, what, f"enforces {level}, its workloads need {needed}: {why}"))
        else:
            findings.append(Finding(True, f"{what} {level}", "" if level == needed else f"(needs only {needed})"))
    return findings


def _check_cluster_objects(cluster: Cluster, p: Mapping[str, Any]) -> list[Finding]:
    c = p["cluster"]
    findings = []
    for key, resource in (
        ("runtimeClasses", "runtimeclass"),
        ("priorityClasses", "priorityclass"),
        ("deviceClasses", "deviceclasses.resource.k8s.io"),
        ("gatewayClasses", f"gatewayclasses.{PLATFORM_KINDS['GatewayClass'].split('/')[0]}"),
        ("clusterIssuers", f"clusterissuers.{PLATFORM_KINDS['ClusterIssuer'].split('/')[0]}"),
        ("clusterSecretStores", f"clustersecretstores.{PLATFORM_KINDS['ClusterSecretStore'].split('/')[0]}"),
    ):
        present = {o["metadata"]["name"] for o in (cluster.get(resource) or {}).get("items", [])} if c[key] else set()
        for name in c[key]:
            exists = name in present
            findings.append(Finding(exists, f"{resource.split('.')[0]} {name}", "" if exists else "not found"))
    return findings


def _check_metrics_api(cluster: Cluster, p: Mapping[str, Any]) -> list[Finding]:
    if not p["cluster"]["resourceMetricsApi"]:
        return []
    served = "PodMetrics" in served_kinds(cluster, METRICS_API)
    detail = "" if served else "not served: the HPAs cannot scale, Argo CD reports them Degraded"
    return [Finding(served, f"resource metrics API ({METRICS_API})", detail)]


def check_istiod_inference(cluster: Cluster, p: Mapping[str, Any]) -> list[Finding]:
    """With an InferencePool in dist/: istiod must run with ENABLE_GATEWAY_API_INFERENCE_EXTENSION=true
    (default false in Istio 1.30; without it istiod refuses an HTTPRoute backendRef to an InferencePool,
    InvalidDestinationKind: routing/facts.py "istio prerequisite"). Read from the istiod Deployments' `discovery` container."""
    if not any(c["kind"] == "InferencePool" for c in p["cluster"]["customResourceDefinitions"]):
        return []
    what = f"istiod {INFERENCE_FLAG}=true"
    found = cluster.get("deployments", "-n", ISTIO_NAMESPACE, "-l", "app=istiod")
    deployments = (found or {}).get("items", [])
    if not deployments:
        return [Finding(False, what, f"no istiod Deployment readable in {ISTIO_NAMESPACE} (label app=istiod)")]
    off = [
        d["metadata"]["name"]
        for d in deployments
        if not any(
            e.get("name") == INFERENCE_FLAG and str(e.get("value", "")).lower() == "true"
            for container in d["spec"]["template"]["spec"].get("containers") or []
            for e in container.get("env") or []
        )
    ]
    detail = f"not set on {', '.join(off)}: istiod refuses the HTTPRoutes' InferencePool backends" if off else ""
    return [Finding(not off, what, detail)]


def check_gpus(cluster: Cluster, p: Mapping[str, Any]) -> list[Finding]:
    nodes = (cluster.get("nodes") or {}).get("items", [])
    findings = []
    for selector in p["cluster"]["gpuNodeSelectors"]:
        matching = [
            n for n in nodes if all(((n["metadata"].get("labels") or {}).get(k)) == v for k, v in selector.items())
        ]
        gpus = [int(((n.get("status") or {}).get("allocatable") or {}).get(GPU, 0)) for n in matching]
        needed_per_pod = max(
            [
                pod["gpusPerPod"]
                for w in p["workloads"].values()
                for pod in w["gpuPods"]
                if pod["nodeSelector"] == selector
            ]
            or [0]
        )
        needed_total = sum(
            pod["gpusPerPod"] * pod["pods"]
            for w in p["workloads"].values()
            for pod in w["gpuPods"]
            if pod["nodeSelector"] == selector
        )
        labels = ",".join(f"{k}={v}" for k, v in selector.items())
        detail = f"{len(matching)} node(s), allocatable {GPU} per node {gpus}; largest pod needs {needed_per_pod}, all pods {needed_total}"
        findings.append(
            Finding(
                bool(matching) and max(gpus or [0]) >= needed_per_pod and sum(gpus) >= needed_total,
                f"GPU nodes {labels}",
                detail,
            )
        )
    return findings


def dry_run(cluster: Cluster, files: Sequence[Path]) -> list[Finding]:
    findings = []
    for path in files:
        docs = [d for d in yaml.safe_load_all(path.read_text()) if isinstance(d, dict) and d.get("kind")]
        if not docs:
            continue
        result = cluster.run(
            "apply",
            "--server-side",
            "--dry-run=server",
            "--field-manager=ai-workloads",
            "-o",
            "name",
            "-f",
            "-",
            input=yaml.safe_dump_all(docs, sort_keys=False),
        )
        errors = [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("Warning:")]
        findings.append(
            Finding(
                result.returncode == 0 and not errors,
                f"dry run {path}",
                f"{len(docs)} object(s) accepted" if result.returncode == 0 and not errors else " | ".join(errors),
            )
        )
        findings += [
            Finding(True, f"  warning {path.name}", line)
            for line in result.stderr.splitlines()
            if line.startswith("Warning:")
        ]
    return findings


def verify(cluster: Cluster, dist: Path, argocd: Path, out: TextIO) -> int:
    p = prereq.compute(dist, argocd)
    findings = check_prerequisites(cluster, p)
    files = sorted(dist.glob("*.k8s.yaml")) + [argocd / "application.yaml", *sorted((argocd / "apps").glob("*.yaml"))]
    findings += dry_run(cluster, [f for f in files if f.is_file()])
    for finding in findings:
        print(finding.line(), file=out)
    missing = [f for f in findings if not f.ok]
    print(f"{len(findings) - len(missing)} ok, {len(missing)} missing or refused", file=out)
    return 1 if missing else 0


def kubectl_binary() -> str | None:
    try:
        from ai_workloads.rehearsal.binaries import ensure_binaries

        return str(ensure_binaries()["kubectl"])
    except Exception:
        return shutil.which("kubectl")


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    parser = argparse.ArgumentParser(prog="main.py verify", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--kubeconfig",
        type=Path,
        default=os.environ.get("KUBECONFIG"),
        help="the cluster to check (default $KUBECONFIG)",
    )
    parser.add_argument("--dist", type=Path, default=Path("dist"))
    parser.add_argument("--argocd", type=Path, default=Path("argocd"))
    parser.add_argument(
        "--kubectl", default=None, help="kubectl to use (default: the rehearsal's, else the one on PATH)"
    )
    args = parser.parse_args(argv)
    if not args.kubeconfig or not Path(args.kubeconfig).is_file():
        print(f"main.py verify: --kubeconfig: {args.kubeconfig or '(not set)'} is not a file", file=sys.stderr)
        return 2
    kubectl = args.kubectl or kubectl_binary()
    if not kubectl:
        print("main.py verify: no kubectl (build the rehearsal binaries or put kubectl on PATH)", file=sys.stderr)
        return 2
    if not args.dist.is_dir():
        print(f"main.py verify: {args.dist}: not a folder (run `make synth` first)", file=sys.stderr)
        return 2
    return verify(Cluster(kubectl, Path(args.kubeconfig)), args.dist, args.argocd, out)
