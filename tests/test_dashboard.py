"""monitoring.dashboard: a Grafana dashboard per workload (per MLServer app) built with grafana-foundation-sdk,
in a ConfigMap labelled for Grafana's sidecar; its panel queries pass the same facts test as the alerts
(tests/test_monitoring.py collects them); the SDK is imported only when a workload asks for a dashboard."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml
from conftest import REPO

from ai_workloads._parts.dashboard import PanelQuery, dashboard_json
from ai_workloads.ml_inference_load.engines.metrics_facts import VLLM_METRICS

DIST = REPO / "dist"


def _objects(name: str) -> list[dict]:
    return [d for d in yaml.safe_load_all((DIST / name).read_text()) if d]


def _dashboards(name: str) -> dict[str, tuple[dict, dict]]:
    """ConfigMap name -> (the ConfigMap, its dashboard)."""
    out = {}
    for o in _objects(name):
        if o["kind"] == "ConfigMap" and o["metadata"]["name"].endswith("-dashboard"):
            (text,) = o["data"].values()
            out[o["metadata"]["name"]] = (o, json.loads(text))
    return out


def _titles(dashboard: dict) -> list[str]:
    return [panel["title"] for panel in dashboard["panels"]]


COMMON = ["Available replicas", "Server restarts (1h)"]


def test_vllm_dashboard_has_a_panel_per_alert_signal_and_the_sidecar_label_and_folder() -> None:
    (config_map, dashboard) = _dashboards("qwen2-5-7b-operated.k8s.yaml")["qwen2-5-7b-operated-dashboard"]
    assert config_map["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert config_map["metadata"]["annotations"]["k8s-sidecar-target-directory"] == "LLM serving"
    assert list(config_map["data"]) == ["qwen2-5-7b-operated.json"]
    assert _titles(dashboard) == [
        "Time to first token p95",
        "Inter-token latency p95",
        "Requests waiting per replica",
        "Requests running",
        "KV cache usage (fullest replica)",
        "Error ratio",
        *COMMON,
    ]
    # every target reads the Prometheus data source the viewer picks
    assert [v["name"] for v in dashboard["templating"]["list"]] == ["datasource"]
    assert all(t["datasource"]["uid"] == "${datasource}" for p in dashboard["panels"] for t in p["targets"])


def test_tgi_dashboard_leaves_out_what_tgi_does_not_export() -> None:
    (config_map, dashboard) = _dashboards("llama-3-8b-operated.k8s.yaml")["llama-3-8b-operated-dashboard"]
    assert "k8s-sidecar-target-directory" not in config_map["metadata"].get("annotations", {})
    assert _titles(dashboard) == ["Requests waiting per replica", "Requests running", "Error ratio", *COMMON]
    assert "tgi_queue_size" in dashboard["panels"][0]["targets"][0]["expr"]


def test_mlserver_dashboard_per_app() -> None:
    dashboards = _dashboards("fraud-scoring-ops.k8s.yaml")
    apps = [o["metadata"]["name"] for o in _objects("fraud-scoring-ops.k8s.yaml") if o["kind"] == "Deployment"]
    assert sorted(dashboards) == sorted(f"{app}-dashboard" for app in apps)
    for _config_map, dashboard in dashboards.values():
        assert _titles(dashboard) == ["Inference requests per second", "Error ratio", "Mean inference time", *COMMON]


def test_dashboard_uids_are_unique_and_grafana_sized() -> None:
    uids = [
        d["uid"]
        for name in ("qwen2-5-7b-operated", "llama-3-8b-operated", "fraud-scoring-ops")
        for _c, d in _dashboards(f"{name}.k8s.yaml").values()
    ]
    assert len(set(uids)) == len(uids) and all(len(uid) <= 40 for uid in uids)


def test_dashboard_json_is_deterministic_and_leaves_out_unrenderable_input() -> None:
    panel = PanelQuery(
        "Waiting", "avg(vllm:num_requests_waiting)", "short", VLLM_METRICS, ("vllm:num_requests_waiting",)
    )
    first = dashboard_json("uid-1", "t", ["a"], [panel, panel])
    assert first == dashboard_json("uid-1", "t", ["a"], [panel, panel])
    parsed = json.loads(first)
    assert first == json.dumps(parsed, sort_keys=True, indent=2) + "\n"
    # two panels side by side on Grafana's 24-column grid
    assert [p["gridPos"] for p in parsed["panels"]] == [
        {"h": 8, "w": 12, "x": 0, "y": 0},
        {"h": 8, "w": 12, "x": 12, "y": 0},
    ]
    missing = PanelQuery("KV", "max(tgi_kv)", "short", VLLM_METRICS, ("tgi_kv",))
    assert not missing.renderable and panel.renderable


def test_dashboards_are_off_by_default() -> None:
    for path in sorted(DIST.glob("*.k8s.yaml")):
        text = (REPO / "workloads" / path.name.replace(".k8s.yaml", ".yaml")).read_text()
        asked = "dashboard:" in text
        assert bool(_dashboards(path.name)) == asked, path.name


@pytest.mark.parametrize(("name", "loaded"), [("qwen2-5-7b-instruct.yaml", False), ("qwen2-5-7b-operated.yaml", True)])
def test_the_sdk_is_imported_only_for_a_workload_that_asks_for_a_dashboard(name: str, loaded: bool) -> None:
    script = (
        "import sys, yaml\n"
        "sys.path.insert(0, 'tests')\n"
        "from conftest import render_document\n"
        f"render_document(yaml.safe_load(open('workloads/{name}')))\n"
        "print('grafana_foundation_sdk' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == str(loaded)


def _problems(changes: dict) -> list[str]:
    from test_monitoring import _problems as problems

    return problems(**changes)


def test_a_dashboard_needs_the_pod_monitor_and_takes_its_label() -> None:
    assert _problems({"basicMonitoring": {"enabled": False}, "monitoring": {"dashboard": {"enabled": True}}}) == [
        "workloads/x.yaml: monitoring.dashboard.enabled: the dashboard needs monitoring.podMonitor (it selects "
        "the server's series by its job): enable it"
    ]
    assert [p.split(": ")[1] for p in _problems({"monitoring": {"dashboard": {"labelKey": "bad key!"}}})] == [
        "monitoring.dashboard.labelKey"
    ]
    assert (
        _problems({"monitoring": {"dashboard": {"enabled": True, "labelKey": "team/dashboards", "labelValue": "x"}}})
        == []
    )
