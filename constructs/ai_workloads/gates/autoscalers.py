"""Gate: every autoscaled Deployment has exactly one autoscaler, and the autoscaler's target exists.

A HorizontalPodAutoscaler and a KEDA ScaledObject (which creates an HPA of its own) on one Deployment
fight over its replica count; so does a `replicas` field Argo CD re-applies on every sync. Checked over
all workloads of one destination cluster (see cross_object.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ai_workloads.gates.rendered import object_label

Finding = tuple[str, str, str, str]  # (file, object label, field path, message)
AUTOSCALER_KINDS = ("HorizontalPodAutoscaler", "ScaledObject")


def autoscaler_findings(entries: Iterable[tuple[str, dict[str, Any]]]) -> Iterator[Finding]:
    entries = list(entries)
    targets = {
        (m.get("kind"), (m.get("metadata") or {}).get("namespace", ""), (m.get("metadata") or {}).get("name")): m
        for _file, m in entries
    }
    scaled_by: dict[tuple[str, str, str], str] = {}
    for file, manifest in entries:
        if manifest.get("kind") not in AUTOSCALER_KINDS:
            continue
        namespace = (manifest.get("metadata") or {}).get("namespace", "")
        ref = (manifest.get("spec") or {}).get("scaleTargetRef") or {}
        key = (str(ref.get("kind") or "Deployment"), str(namespace), str(ref.get("name")))
        label = object_label(manifest)
        if key not in targets:
            if manifest["kind"] == "ScaledObject":  # an HPA's missing target: cross_object.py reports it
                yield file, label, "spec.scaleTargetRef", f"{key[0]} '{key[2]}' is not rendered"
            continue
        if key in scaled_by:
            yield file, label, "spec.scaleTargetRef", f"{key[0]} '{key[2]}' is already scaled by {scaled_by[key]}"
            continue
        scaled_by[key] = label
        if ((targets[key].get("spec") or {}).get("replicas")) is not None:
            yield (
                file,
                label,
                "spec.scaleTargetRef",
                (f"{key[0]} '{key[2]}' sets spec.replicas, which Argo CD would reset on every sync"),
            )
