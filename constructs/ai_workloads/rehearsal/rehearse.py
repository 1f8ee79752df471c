"""`python -m ai_workloads.rehearsal` (`make rehearse`): what would a cluster do with this commit.

Builds the binaries if needed, starts the control plane (controlplane.py), creates the platform
prerequisites (platform_setup.py), then delivers every workload:

- with Argo CD (the `argocd` module of this package, when present and its binaries are built): the root
  Application syncs the children, which sync dist/;
- without it: every Application's dist/ file is applied with server-side apply (field manager
  `ai-workloads`), one sync wave after the other, each wave waited for until its objects are healthy
  as Argo CD assesses them (health.py). The output says that Argo CD was not run.

It prints one line per workload (Application, sync, health, pods scheduled/ready, seconds), the pods the
scheduler cannot place with its reason, and the list of simulated statuses; exit 0 only when every
workload is healthy, 1 otherwise, 2 when the control plane cannot be started.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ai_workloads.rehearsal import health as health_of
from ai_workloads.rehearsal.controlplane import (
    ControlPlane,
    ControlPlaneError,
    ControlPlaneSettings,
    load_objects,
    object_ref,
)

SYNC_WAVE = "argocd.argoproj.io/sync-wave"
WORKLOAD_LABEL = "backstage.io/kubernetes-id"  # on every rendered object and pod template


@dataclass
class WorkloadResult:
    name: str
    application: str
    sync: str = "OutOfSync"
    health: str = health_of.PROGRESSING
    message: str = ""
    pods_scheduled: int = 0
    pods_ready: int = 0
    pods: int = 0
    seconds: float = 0.0
    unschedulable: list[tuple[str, str]] = field(default_factory=list)  # (pod, scheduler message)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # the API server's warnings while applying

    def line(self) -> str:
        text = (
            f"{self.application:<44} sync={self.sync:<8} health={self.health:<11} "
            f"pods scheduled {self.pods_scheduled}/{self.pods} ready {self.pods_ready}/{self.pods}  {self.seconds:5.1f} s"
        )
        return text + (f"  {self.message}" if self.message else "")


def wave_of(obj: Mapping[str, Any]) -> int:
    return int(((obj.get("metadata") or {}).get("annotations") or {}).get(SYNC_WAVE, "0"))


def application_for(dist_file: Path, argocd: Path) -> str:
    """The name of the Application that syncs this dist/ file (argocd/apps/<name>.yaml)."""
    import yaml

    for path in sorted((argocd / "apps").glob("*.yaml")):
        app = yaml.safe_load(path.read_text()) or {}
        include = (((app.get("spec") or {}).get("source") or {}).get("directory") or {}).get("include")
        if include == dist_file.name:
            return str(app["metadata"]["name"])
    return dist_file.name


def server_pods(cp: ControlPlane, namespace: str, workload: str) -> list[dict[str, Any]]:
    """The workload's pods that are not Job pods."""
    pods = cp.list_objects("v1", "Pod", namespace, f"{WORKLOAD_LABEL}={workload}")
    return [p for p in pods if not any(o.get("kind") == "Job" for o in (p["metadata"].get("ownerReferences") or []))]


def _pod_counts(cp: ControlPlane, result: WorkloadResult, namespace: str) -> None:
    pods = server_pods(cp, namespace, result.name)
    result.pods = len(pods)
    result.pods_scheduled = sum(1 for p in pods if (p.get("spec") or {}).get("nodeName"))
    result.pods_ready = sum(
        1
        for p in pods
        if any(
            c.get("type") == "Ready" and c.get("status") == "True"
            for c in (p.get("status") or {}).get("conditions") or []
        )
    )


def apply_in_waves(
    cp: ControlPlane, dist_file: Path, application: str, timeout: float, stop: threading.Event | None = None
) -> WorkloadResult:
    """Server-side apply of one dist/ file, wave by wave, each wave waited for until healthy. A pod the
    scheduler cannot place ends the wait at once with the scheduler's message."""
    started = time.monotonic()
    result = WorkloadResult(dist_file.name.removesuffix(".k8s.yaml"), application)
    objects = load_objects(dist_file)
    namespace = next(
        (str(o["metadata"]["namespace"]) for o in objects if (o.get("metadata") or {}).get("namespace")), "default"
    )
    for wave in sorted({wave_of(o) for o in objects}):
        batch = [o for o in objects if wave_of(o) == wave]
        healthy = _applied(cp, batch, result) and _wave_healthy(
            cp, batch, result, namespace, wave=wave, deadline=started + timeout, timeout=timeout, stop=stop
        )
        if not healthy:
            break
    else:
        result.sync, result.health = "Synced", health_of.HEALTHY
    _pod_counts(cp, result, namespace)
    result.seconds = time.monotonic() - started
    return result


def _applied(cp: ControlPlane, batch: list[dict[str, Any]], result: WorkloadResult) -> bool:
    """Server-side apply of one wave; False (the result says why) when the API server rejects any of it."""
    report = cp.apply_manifests(batch)
    result.warnings += report.warnings
    if report.rejected:
        result.sync, result.health = "Failed", health_of.DEGRADED
        result.rejected = report.rejected
        result.message = "; ".join(f"{ref}: {msg}" for ref, msg in report.rejected)
    return not report.rejected


def _wave_healthy(
    cp: ControlPlane,
    batch: list[dict[str, Any]],
    result: WorkloadResult,
    namespace: str,
    *,
    wave: int,
    deadline: float,
    timeout: float,
    stop: threading.Event | None,
) -> bool:
    """Wait until every object of the wave is Healthy (True); False, with the result's health and message
    set, when one is Degraded, a pod cannot be scheduled, the deadline passes or `stop` is set."""
    while True:
        states = []
        for obj in batch:
            live = cp.live(obj)
            states.append((obj, *(health_of.health(live) if live else (health_of.PROGRESSING, "missing"))))
        waiting = [(o, h, m) for o, h, m in states if h != health_of.HEALTHY]
        pods = cp.list_objects("v1", "Pod", namespace, f"{WORKLOAD_LABEL}={result.name}")
        result.unschedulable = [(p["metadata"]["name"], msg) for p in pods if (msg := health_of.unschedulable(p))]
        degraded = [(o, m) for o, h, m in waiting if h == health_of.DEGRADED]
        if not waiting:
            return True
        if result.unschedulable or degraded or time.monotonic() > deadline or (stop and stop.is_set()):
            result.sync = "Synced"
            result.health = health_of.DEGRADED if (degraded or result.unschedulable) else health_of.PROGRESSING
            if result.unschedulable:
                result.message = "; ".join(f"pod {pod}: {msg}" for pod, msg in result.unschedulable)
            else:
                result.message = "; ".join(f"{object_ref(o)}: {h} {m}".strip() for o, h, m in waiting)
                if not degraded:
                    result.message = f"timed out after {timeout:.0f} s (wave {wave}): " + result.message
            return False
        time.sleep(0.5)


def deliver_without_argocd(cp: ControlPlane, dist: Path, argocd: Path, timeout: float) -> list[WorkloadResult]:
    files = sorted(dist.glob("*.k8s.yaml"))
    with ThreadPoolExecutor(max_workers=max(1, len(files))) as pool:
        futures = [pool.submit(apply_in_waves, cp, f, application_for(f, argocd), timeout) for f in files]
        return [f.result() for f in futures]


def argocd_module() -> Any | None:
    """The Argo CD part of the rehearsal (`argocd.py`, written beside this module), None when absent."""
    try:
        from ai_workloads.rehearsal import argocd
    except ImportError:
        return None
    return argocd


def report(
    results: Sequence[WorkloadResult], out: TextIO, *, argocd_ran: bool, cp: ControlPlane, seconds: float
) -> None:
    from ai_workloads.rehearsal.simulated import simulated_table

    print(
        ""
        if argocd_ran
        else "Argo CD was not run: every Application's files were applied with server-side apply "
        "(field manager ai-workloads), wave by wave, each wave waited for until healthy.",
        file=out,
    )
    for result in results:
        print(result.line(), file=out)
    print(
        f"{sum(r.health == health_of.HEALTHY for r in results)}/{len(results)} healthy in {seconds:.1f} s; "
        f"Kubernetes {cp.version}; peak memory of the control plane {cp.peak_rss_bytes / 2**20:.0f} MiB",
        file=out,
    )
    print(simulated_table(), file=out)


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    parser = argparse.ArgumentParser(prog="python -m ai_workloads.rehearsal", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=Path("dist"))
    parser.add_argument("--argocd", type=Path, default=Path("argocd"))
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per workload (default 300)")
    parser.add_argument("--pod-ready-delay", type=float, default=1.0, help="seconds from start to Ready (default 1)")
    parser.add_argument(
        "--no-argocd", action="store_true", help="apply with server-side apply even when Argo CD is available"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    from ai_workloads.platform import prerequisites as prereq
    from ai_workloads.rehearsal.platform_setup import install_prerequisites
    from ai_workloads.rehearsal.simulated import nodes_for

    # GPU nodes for every rendered GPU pod at once (counted from dist/: simulated.nodes_for)
    nodes = nodes_for(prereq.compute(args.dist, args.argocd))
    try:
        with ControlPlane(ControlPlaneSettings(pod_ready_delay_seconds=args.pod_ready_delay, nodes=nodes)) as cp:
            print(
                f"control plane up: Kubernetes {cp.version} on {cp.server} ({time.monotonic() - started:.1f} s)",
                file=out,
                flush=True,
            )
            install_prerequisites(cp)
            argocd = None if args.no_argocd else argocd_module()
            if argocd is not None and hasattr(argocd, "rehearse"):
                results = argocd.rehearse(cp, dist=args.dist, argocd=args.argocd, timeout=args.timeout)
            else:
                results = deliver_without_argocd(cp, args.dist, args.argocd, args.timeout)
            report(results, out, argocd_ran=argocd is not None, cp=cp, seconds=time.monotonic() - started)
            return 0 if results and all(r.health == health_of.HEALTHY for r in results) else 1
    except ControlPlaneError as error:
        print(f"rehearsal: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
