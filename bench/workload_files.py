"""Generate N synthetic workload files of each scenario, derived from realistic values."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

SCENARIOS = ("ml-inference-load", "mlserver-release", "mixed")


def ml_inference_load(index: int) -> dict[str, Any]:
    name = f"llm-{index:05d}"
    return {
        "type": "ML_INFERENCE_LOAD",
        "serviceName": name,
        "namespace": f"ml-team-{index % 20:02d}",
        "model": {"id": f"org-{index % 7}/model-{index}", "revision": hashlib.sha1(name.encode()).hexdigest()},
        "container": {
            "image": {"repository": "ghcr.io/huggingface/text-generation-inference", "tag": "3.3.4"},
            "containerPorts": [{"portName": "http", "portNumber": 8080, "protocol": "TCP", "servicePort": 80}],
            "environment": [{"name": "MAX_TOTAL_TOKENS", "value": "8192"}],
            "secrets": [{"name": "HF_TOKEN", "secretKey": "hf-token", "vaultPath": "ml/huggingface/read-token"}],
            "gpuCount": 1 + index % 2,
        },
        "gateway": {"hosts": [f"{name}.inference.example.com"]},
        "basicMonitoring": {"enabled": True},
    }


def mlserver_release(index: int) -> dict[str, Any]:
    release = f"rel-{index:05d}"
    return {
        "type": "MLSERVER_RELEASE",
        "releaseName": release,
        "namespace": f"ml-team-{index % 20:02d}",
        "istio": {"enabled": True, "hosts": [f"{release}.models.example.com"]},
        "apps": [
            {
                "kind": "mlserver",
                "name": f"{release}-m{app}",
                "infraProfile": ("cpu-small", "cpu-medium", "cpu-large")[app],
                "settings": {"server_name": f"{release}-m{app}", "parallel_workers": 1},
                "hpa": {"enabled": True, "minReplicas": 1 + app % 2, "maxReplicas": 5},
            }
            for app in range(3)
        ],
    }


def write_workloads(folder: Path, scenario: str, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        if scenario == "ml-inference-load" or (scenario == "mixed" and index % 2 == 0):
            document = ml_inference_load(index)
        else:
            document = mlserver_release(index)
        (folder / f"w{index:05d}.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
