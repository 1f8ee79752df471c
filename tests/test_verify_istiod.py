"""`main.py verify` on istiod's inference flag (rehearsal/verify.py check_istiod_inference), on a fake
cluster: the rehearsal runs no Istio, so the real control plane cannot show the Deployment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from conftest import REPO

from ai_workloads.rehearsal.verify import INFERENCE_FLAG, Cluster, check_istiod_inference

POOL_CRD = {"apiVersion": "inference.networking.k8s.io/v1", "kind": "InferencePool"}


class FakeCluster(Cluster):
    """Answers `get deployments -n istio-system -l app=istiod` with `deployments` (None: not readable)."""

    def __init__(self, deployments: list[dict[str, Any]] | None) -> None:
        super().__init__("kubectl", Path("/nonexistent"))
        self.deployments = deployments
        self.calls: list[tuple[str, ...]] = []

    def get(self, *args: str) -> dict[str, Any] | None:
        self.calls.append(args)
        return None if self.deployments is None else {"items": self.deployments}


def istiod(name: str, env: list[dict[str, str]]) -> dict[str, Any]:
    container = {"name": "discovery", "env": env}
    return {"metadata": {"name": name}, "spec": {"template": {"spec": {"containers": [container]}}}}


def prerequisites(*crds: dict[str, str]) -> dict[str, Any]:
    return {"cluster": {"customResourceDefinitions": list(crds)}}


def test_no_inference_pool_no_question_asked() -> None:
    cluster = FakeCluster([])
    assert check_istiod_inference(cluster, prerequisites({"apiVersion": "v1", "kind": "X"})) == []
    assert cluster.calls == []


def test_the_flag_set_on_istiod_is_ok() -> None:
    cluster = FakeCluster(
        [istiod("istiod", [{"name": "PILOT_X", "value": "1"}, {"name": INFERENCE_FLAG, "value": "true"}])]
    )
    [finding] = check_istiod_inference(cluster, prerequisites(POOL_CRD))
    assert finding.line() == f"ok      istiod {INFERENCE_FLAG}=true"
    assert cluster.calls == [("deployments", "-n", "istio-system", "-l", "app=istiod")]


def test_the_flag_missing_or_false_on_any_revision_is_reported() -> None:
    cluster = FakeCluster(
        [
            istiod("istiod-1-30", [{"name": INFERENCE_FLAG, "value": "true"}]),
            istiod("istiod-canary", [{"name": INFERENCE_FLAG, "value": "false"}]),
            istiod("istiod-old", []),
        ]
    )
    [finding] = check_istiod_inference(cluster, prerequisites(POOL_CRD))
    assert finding.line() == (
        f"MISSING istiod {INFERENCE_FLAG}=true: not set on istiod-canary, istiod-old: "
        "istiod refuses the HTTPRoutes' InferencePool backends"
    )


def test_no_readable_istiod_is_reported() -> None:
    for deployments in (None, []):
        [finding] = check_istiod_inference(FakeCluster(deployments), prerequisites(POOL_CRD))
        assert not finding.ok and "no istiod Deployment readable in istio-system" in finding.line()


def test_the_repository_prerequisites_ask_for_it() -> None:
    """This repository's routed examples render an InferencePool: the check applies to them."""
    p = yaml.safe_load((REPO / "prerequisites.yaml").read_text())
    assert POOL_CRD in p["cluster"]["customResourceDefinitions"]
    [finding] = check_istiod_inference(FakeCluster([istiod("istiod", [])]), p)
    assert not finding.ok
