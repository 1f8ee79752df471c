"""Health of live objects, as Argo CD v3.5.1 assesses it (gitops-engine pkg/health for built-in kinds,
argo-cd resource_customizations/<group>/<kind>/health.lua for the custom resources we render), reduced
to what the rendered kinds need. Used by the rehearsal when it applies without Argo CD, and to explain
a workload that is not healthy (a pod the scheduler cannot place is reported with its reason).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

HEALTHY, PROGRESSING, DEGRADED = "Healthy", "Progressing", "Degraded"


def _conditions(obj: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return list((obj.get("status") or {}).get("conditions") or [])


def _condition(obj: Mapping[str, Any], kind: str) -> Mapping[str, Any] | None:
    return next((c for c in _conditions(obj) if c.get("type") == kind), None)


def health(obj: Mapping[str, Any]) -> tuple[str, str]:
    """(status, message) for one live object."""
    kind = obj.get("kind")
    status = obj.get("status") or {}
    meta = obj.get("metadata") or {}
    spec = obj.get("spec") or {}
    if kind == "Deployment":
        # gitops-engine pkg/health/health_deployment.go
        if status.get("observedGeneration", 0) < meta.get("generation", 0):
            return (
                PROGRESSING,
                "waiting for rollout to finish: observed deployment generation less than desired generation",
            )
        progressing = _condition(obj, "Progressing")
        if progressing and progressing.get("reason") == "ProgressDeadlineExceeded":
            return DEGRADED, f"Deployment {meta.get('name')!r} exceeded its progress deadline"
        replicas = spec.get("replicas", 1)
        if status.get("updatedReplicas", 0) < replicas:
            return PROGRESSING, f"{status.get('updatedReplicas', 0)} out of {replicas} new replicas have been updated"
        if status.get("replicas", 0) > status.get("updatedReplicas", 0):
            return PROGRESSING, "old replicas are pending termination"
        if status.get("availableReplicas", 0) < status.get("updatedReplicas", 0):
            return (
                PROGRESSING,
                f"{status.get('availableReplicas', 0)} of {status.get('updatedReplicas', 0)} updated replicas are available",
            )
        return HEALTHY, ""
    if kind == "Job":
        for condition in _conditions(obj):
            if condition.get("type") in ("Failed", "FailureTarget") and condition.get("status") == "True":
                return DEGRADED, condition.get("message") or "job failed"
            if condition.get("type") == "Complete" and condition.get("status") == "True":
                return HEALTHY, condition.get("message") or ""
        return PROGRESSING, "job running"
    if kind == "HorizontalPodAutoscaler":
        # gitops-engine pkg/health/health_hpa.go: the first degraded or healthy condition decides
        degraded = {
            ("AbleToScale", "FailedGetScale"),
            ("AbleToScale", "FailedUpdateScale"),
            ("ScalingActive", "FailedGetResourceMetric"),
            ("ScalingActive", "InvalidSelector"),
        }
        for condition in _conditions(obj):
            if (condition.get("type"), condition.get("reason")) in degraded:
                return DEGRADED, condition.get("message", "")
            if condition.get("type") in ("AbleToScale", "ScalingLimited") and condition.get("status") == "True":
                return HEALTHY, condition.get("message", "")
        return PROGRESSING, "Waiting to Autoscale"
    if kind == "PersistentVolumeClaim":
        phase = status.get("phase")
        if phase == "Bound":
            return HEALTHY, ""
        if phase == "Lost":
            return DEGRADED, "claim lost"
        return PROGRESSING, f"claim {phase or 'Pending'}"
    if kind == "Certificate":
        issuing = _condition(obj, "Issuing")
        if issuing and issuing.get("status") == "True":
            return PROGRESSING, issuing.get("message", "")
        return _ready(obj, "Waiting for certificate")
    if kind == "ScaledObject":
        # argo-cd v3.2.11 resource_customizations/keda.sh/ScaledObject/health.lua: Ready=False or Fallback=True
        # is Degraded, Ready=True Healthy (Suspended when Paused=True), anything else Progressing
        conditions = {c.get("type"): c for c in _conditions(obj)}
        for kind_, status_ in (("Ready", "False"), ("Fallback", "True")):
            if conditions.get(kind_, {}).get("status") == status_:
                return DEGRADED, conditions[kind_].get("message", "")
        if conditions.get("Ready", {}).get("status") == "True":
            suspended = conditions.get("Paused", {}).get("status") == "True"
            return ("Suspended" if suspended else HEALTHY), conditions["Ready"].get("message", "")
        return PROGRESSING, "Creating HorizontalPodAutoscaler Object"
    if kind in ("ExternalSecret", "ClusterSecretStore", "ClusterIssuer"):
        return _ready(obj, f"Waiting for {kind}")
    if kind == "Gateway":
        for condition in _conditions(obj):
            if condition.get("type") in ("ResolvedRefs", "Accepted") and condition.get("status") == "False":
                return DEGRADED, condition.get("message", "")
        programmed = _condition(obj, "Programmed")
        if programmed is not None and programmed.get("status") != "True":
            return PROGRESSING, programmed.get("message", "Gateway is still being programmed")
        return (HEALTHY, "") if _conditions(obj) else (PROGRESSING, "Waiting for Gateway status")
    if kind == "HTTPRoute":
        generation = meta.get("generation")
        current = [
            p
            for p in status.get("parents") or []
            if p.get("conditions")
            and all(c.get("observedGeneration", generation) == generation for c in p["conditions"])
        ]
        for parent in current:
            for condition in parent["conditions"]:
                if condition.get("type") in ("ResolvedRefs", "Accepted") and condition.get("status") == "False":
                    return DEGRADED, condition.get("message", "")
        return (HEALTHY, "") if current else (PROGRESSING, "Waiting for HTTPRoute status")
    return HEALTHY, ""


def _ready(obj: Mapping[str, Any], waiting: str) -> tuple[str, str]:
    ready = _condition(obj, "Ready")
    if ready and ready.get("status") == "False":
        return DEGRADED, ready.get("message", "")
    if ready and ready.get("status") == "True":
        return HEALTHY, ready.get("message", "")
    return PROGRESSING, waiting


def unschedulable(pod: Mapping[str, Any]) -> str | None:
    """The scheduler's message for a pod it cannot place (`0/3 nodes are available: ...`), else None."""
    condition = _condition(pod, "PodScheduled")
    if condition and condition.get("status") == "False" and condition.get("reason") == "Unschedulable":
        return condition.get("message") or "Unschedulable"
    return None
