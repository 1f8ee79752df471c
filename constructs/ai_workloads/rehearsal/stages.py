"""kwok's configuration for the rehearsal: the Stage files of stages/ with the harness's settings.

stages/nodes.yaml (nodes Ready, heartbeat), pods.yaml (scheduled pods start, become Ready after the
ready delay, Job pods succeed after the complete delay, deleted pods go), volumes.yaml (the simulated
provisioner) and controllers.yaml (the statuses of controllers not run). A Stage for a kind the API
server does not serve yet (a CRD not installed) is left out: kwok would fail on it; the harness restarts
kwok once the CRDs are installed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from importlib import resources
from typing import Any

import yaml

STAGE_FILES = ("nodes.yaml", "pods.yaml", "volumes.yaml", "controllers.yaml")
NEVER_READY_LABEL = "app.kubernetes.io/instance"  # pods whose label value is listed are never made Ready

# The zone of every rehearsal node (controlplane.NodeSpec.zone): the simulated provisioner pins volumes to it.
ZONE = "zone-a"


def stage_documents(name: str) -> list[dict[str, Any]]:
    text = resources.files("ai_workloads.rehearsal").joinpath("stages").joinpath(name).read_text()
    return [doc for doc in yaml.safe_load_all(text) if doc]


def all_stages() -> list[dict[str, Any]]:
    return [doc for name in STAGE_FILES for doc in stage_documents(name)]


def stage_api_version(stage: dict[str, Any]) -> str:
    """`v1`, `cert-manager.io/v1`: the resource the Stage acts on."""
    return str(stage["spec"]["resourceRef"].get("apiGroup", "v1"))


def _by_name(stages: Iterable[dict[str, Any]], name: str) -> dict[str, Any]:
    return next(s for s in stages if s["metadata"]["name"] == name)


def configured_stages(
    *,
    pod_ready_delay_seconds: float,
    job_complete_delay_seconds: float,
    never_ready_instances: Collection[str],
    storage_class: str,
    served: Collection[tuple[str, str]] | None = None,
) -> list[dict[str, Any]]:
    """The Stages with the delays, the never-Ready pods and the StorageClass filled in; `served`:
    the (apiVersion, kind) pairs the API server serves (None: keep every Stage)."""
    stages = all_stages()
    _by_name(stages, "pod-ready")["spec"]["delay"]["durationMilliseconds"] = int(pod_ready_delay_seconds * 1000)
    _by_name(stages, "pod-complete")["spec"]["delay"]["durationMilliseconds"] = int(job_complete_delay_seconds * 1000)
    if never_ready_instances:
        _by_name(stages, "pod-ready")["spec"]["selector"]["matchExpressions"].append(
            {
                "key": f'.metadata.labels["{NEVER_READY_LABEL}"]',
                "operator": "NotIn",
                "values": sorted(never_ready_instances),
            }
        )
    for stage in stages:
        for step in stage["spec"].get("steps", []):
            if "apply" in step:
                step["apply"]["template"] = step["apply"]["template"].replace("REHEARSAL_ZONE", ZONE)
        for expression in stage["spec"].get("selector", {}).get("matchExpressions", []):
            if "cel" in expression:
                expression["cel"]["expression"] = expression["cel"]["expression"].replace(
                    "STORAGE_CLASS", storage_class
                )
    if served is not None:
        stages = [
            s
            for s in stages
            if (stage_api_version(s), s["spec"]["resourceRef"]["kind"]) in served or stage_api_version(s) == "v1"
        ]
    return stages


def kwok_config_yaml(**settings: Any) -> str:
    """The file passed to `kwok --config`."""
    return yaml.safe_dump_all(configured_stages(**settings), sort_keys=False)
