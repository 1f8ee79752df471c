"""Health of live objects, as Argo CD v3.2.11 (the rehearsal's release) assesses it (gitops-engine
pkg/health for built-in kinds, argo-cd resource_customizations/<group>/<kind>/health.lua for the custom
resources we render), reduced to what the rendered kinds need. Used by the rehearsal when it applies without Argo CD, and to explain
a workload that is not healthy (a pod the scheduler cannot place is reported with its reason).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

HEALTHY, PROGRESSING, DEGRADED = "Healthy", "Progressing", "Degraded"


def _conditions(obj: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return list((obj.get("status") or {}).get("conditions") or [])


def _condition(obj: Mapping[str, Any], kind: str) -> Mapping[str, Any] | None:
    return next((c for c in _conditions(obj) if c.get("type") == kind), None)


def health(obj: Mapping[str, Any]) -> tuple[str, str]:
    """(status, message) for one live object; a kind without a health check is Healthy (as in Argo CD)."""
    kind = str(obj.get("kind"))
    if kind in ("ExternalSecret", "ClusterSecretStore", "ClusterIssuer"):
        return _ready(obj, f"Waiting for {kind}")
    check = _CHECKS.get(kind)
    return check(obj) if check else (HEALTHY, "")


def _deployment(obj: Mapping[str, Any]) -> tuple[str, str]:
    """gitops-engine pkg/health/health_deployment.go"""
    status, meta, spec = obj.get("status") or {}, obj.get("metadata") or {}, obj.get("spec") or {}
    if status.get("observedGeneration", 0) < meta.get("generation", 0):
        return (
            PROGRESSING,
            "waiting for rollout to finish: observed deployment generation less than desired generation",
        )
    progressing = _condition(obj, "Progressing")
    if progressing and progressing.get("reason") == "ProgressDeadlineExceeded":
        return DEGRADED, f"Deployment {meta.get('name')!r} exceeded its progress deadline"
    replicas = spec.get("replicas", 1)
    updated, available = status.get("updatedReplicas", 0), status.get("availableReplicas", 0)
    if updated < replicas:
        return PROGRESSING, f"{updated} out of {replicas} new replicas have been updated"
    if status.get("replicas", 0) > updated:
        return PROGRESSING, "old replicas are pending termination"
    if available < updated:
        return PROGRESSING, f"{available} of {updated} updated replicas are available"
    return HEALTHY, ""


def _job(obj: Mapping[str, Any]) -> tuple[str, str]:
    for condition in _conditions(obj):
        if condition.get("type") in ("Failed", "FailureTarget") and condition.get("status") == "True":
            return DEGRADED, condition.get("message") or "job failed"
        if condition.get("type") == "Complete" and condition.get("status") == "True":
            return HEALTHY, condition.get("message") or ""
    return PROGRESSING, "job running"


# gitops-engine pkg/health/health_hpa.go: the first degraded or healthy condition decides
_HPA_DEGRADED = {
    ("AbleToScale", "FailedGetScale"),
    ("AbleToScale", "FailedUpdateScale"),
    ("ScalingActive", "FailedGetResourceMetric"),
    ("ScalingActive", "InvalidSelector"),
}


def _hpa(obj: Mapping[str, Any]) -> tuple[str, str]:
    for condition in _conditions(obj):
        if (condition.get("type"), condition.get("reason")) in _HPA_DEGRADED:
            return DEGRADED, condition.get("message", "")
        if condition.get("type") in ("AbleToScale", "ScalingLimited") and condition.get("status") == "True":
            return HEALTHY, condition.get("message", "")
    return PROGRESSING, "Waiting to Autoscale"


def _claim(obj: Mapping[str, Any]) -> tuple[str, str]:
    phase = (obj.get("status") or {}).get("phase")
    if phase == "Bound":
        return HEALTHY, ""
    if phase == "Lost":
        return DEGRADED, "claim lost"
    return PROGRESSING, f"claim {phase or 'Pending'}"


def _certificate(obj: Mapping[str, Any]) -> tuple[str, str]:
    issuing = _condition(obj, "Issuing")
    if issuing and issuing.get("status") == "True":
        return PROGRESSING, issuing.get("message", "")
    return _ready(obj, "Waiting for certificate")


def _scaled_object(obj: Mapping[str, Any]) -> tuple[str, str]:
    """argo-cd v3.2.11 resource_customizations/keda.sh/ScaledObject/health.lua: Ready=False or Fallback=True
    is Degraded, Ready=True Healthy (Suspended when Paused=True), anything else Progressing."""
    conditions = {c.get("type"): c for c in _conditions(obj)}
    for kind, status in (("Ready", "False"), ("Fallback", "True")):
        if conditions.get(kind, {}).get("status") == status:
            return DEGRADED, conditions[kind].get("message", "")
    if conditions.get("Ready", {}).get("status") == "True":
        suspended = conditions.get("Paused", {}).get("status") == "True"
        return ("Suspended" if suspended else HEALTHY), conditions["Ready"].get("message", "")
    return PROGRESSING, "Creating HorizontalPodAutoscaler Object"


def _gateway(obj: Mapping[str, Any]) -> tuple[str, str]:
    for condition in _conditions(obj):
        if condition.get("type") in ("ResolvedRefs", "Accepted") and condition.get("status") == "False":
            return DEGRADED, condition.get("message", "")
    programmed = _condition(obj, "Programmed")
    if programmed is not None and programmed.get("status") != "True":
        return PROGRESSING, programmed.get("message", "Gateway is still being programmed")
    return (HEALTHY, "") if _conditions(obj) else (PROGRESSING, "Waiting for Gateway status")


def _http_route(obj: Mapping[str, Any]) -> tuple[str, str]:
    generation = (obj.get("metadata") or {}).get("generation")
    current = [
        p
        for p in (obj.get("status") or {}).get("parents") or []
        if p.get("conditions") and all(c.get("observedGeneration", generation) == generation for c in p["conditions"])
    ]
    for parent in current:
        for condition in parent["conditions"]:
            if condition.get("type") in ("ResolvedRefs", "Accepted") and condition.get("status") == "False":
                return DEGRADED, condition.get("message", "")
    return (HEALTHY, "") if current else (PROGRESSING, "Waiting for HTTPRoute status")


_CHECKS: dict[str, Callable[[Mapping[str, Any]], tuple[str, str]]] = {
    "Deployment": _deployment,
    "Job": _job,
    "HorizontalPodAutoscaler": _hpa,
    "PersistentVolumeClaim": _claim,
    "Certificate": _certificate,
    "ScaledObject": _scaled_object,
    "Gateway": _gateway,
    "HTTPRoute": _http_route,
}


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
