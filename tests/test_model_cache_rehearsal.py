"""#17 faults 1 and 2 on a real control plane (the rehearsal harness: etcd, kube-apiserver, scheduler,
controller-manager, kwok with simulated GPU nodes): the model cache example is delivered wave by wave,
the Deployment's progress deadline is accepted, a changed Job template under the same name is refused by
the API server (why the Job carries Replace=true,Force=true), and the re-created Job's pod is scheduled
on the node where the server's pod holds the ReadWriteOnce claim.

Skips while the harness or its binaries are not there, unless AI_WORKLOADS_REQUIRE_REHEARSAL=1.
"""

from __future__ import annotations

import copy
import time

import pytest

controlplane = pytest.importorskip("ai_workloads.rehearsal.controlplane")

from conftest import DIST, rehearsal_binaries_or_skip  # noqa: E402

QWEN_DIST = DIST / "qwen2-5-7b-instruct.k8s.yaml"
NAMESPACE = "ml-inference"


def _pods(cp, selector: str) -> list[dict]:
    return cp.kubectl_json("get", "pods", "-n", NAMESPACE, "-l", selector)["items"]


def test_the_model_cache_job_under_a_template_change_on_a_real_api_server():
    rehearsal_binaries_or_skip()
    from ai_workloads.rehearsal.platform_setup import install_prerequisites
    from ai_workloads.rehearsal.rehearse import apply_in_waves

    settings = controlplane.ControlPlaneSettings(expected_version="")
    with controlplane.ControlPlane(settings) as cp:
        install_prerequisites(cp)
        # GIVEN the vLLM example with its model cache, delivered wave by wave
        result = apply_in_waves(cp, QWEN_DIST, "ai-workloads-qwen2-5-7b-instruct", timeout=300)
        assert (result.sync, result.health, result.rejected) == ("Synced", "Healthy", []), result.message
        deployment = cp.kubectl_json("get", "deployment", "qwen2-5-7b-instruct", "-n", NAMESPACE)
        assert deployment["spec"]["progressDeadlineSeconds"] == 5410
        job = next(o for o in controlplane.load_objects(QWEN_DIST) if o["kind"] == "Job")
        name = job["metadata"]["name"]

        # WHEN only the Job's template changes (a new image tag) under the same name
        changed = copy.deepcopy(job)
        changed["spec"]["template"]["spec"]["containers"][0]["image"] = "vllm/vllm-openai:v0.32.0"
        # THEN an apply is refused: the template is immutable (Argo CD's sync would fail) ...
        [(ref, message)] = cp.apply_manifests([changed]).rejected
        assert ref.endswith(name) and "field is immutable" in message
        # ... and what Replace=true,Force=true does (delete, create) is accepted
        cp.kubectl("delete", "job", name, "-n", NAMESPACE, "--wait=true")
        assert cp.apply_manifests([changed]).rejected == []
        # AND the new download pod lands on the node where the server holds the ReadWriteOnce claim
        [server] = _pods(cp, "app.kubernetes.io/instance=qwen2-5-7b-instruct")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            pods = [p for p in _pods(cp, f"job-name={name}") if p["spec"].get("nodeName")]
            if pods:
                break
            time.sleep(1)
        assert [p["spec"]["nodeName"] for p in pods] == [server["spec"]["nodeName"]]


def test_a_multi_gpu_servers_cache_binds_on_a_node_with_enough_gpus(tmp_path):
    """faults.md (rehearsal): the download pod chose any GPU node and pinned the claim there, where a
    4-GPU server could not fit; it now requires nvidia.com/gpu.count > 3 (the harness has a 4-GPU and a
    2-GPU node)."""
    rehearsal_binaries_or_skip()
    import yaml
    from conftest import QWEN, example_document, render_document

    from ai_workloads.rehearsal.platform_setup import install_prerequisites
    from ai_workloads.rehearsal.rehearse import apply_in_waves

    document = example_document(QWEN)
    document.update(serviceName="qwen4")
    document["container"]["gpuCount"] = 4
    document["gateway"]["hosts"] = ["qwen4.example.com"]
    rendered = tmp_path / "qwen4.k8s.yaml"
    rendered.write_text(yaml.safe_dump_all(render_document(document, "workloads/qwen4.yaml")))
    with controlplane.ControlPlane(controlplane.ControlPlaneSettings(expected_version="")) as cp:
        install_prerequisites(cp)
        result = apply_in_waves(cp, rendered, "ai-workloads-qwen4", timeout=300)
        assert (result.sync, result.health, result.unschedulable) == ("Synced", "Healthy", []), result.message
        nodes = {
            p["metadata"]["name"]: p["spec"]["nodeName"]
            for p in cp.kubectl_json("get", "pods", "-n", NAMESPACE)["items"]
        }
        four_gpu_nodes = {
            n["metadata"]["name"]
            for n in cp.kubectl_json("get", "nodes")["items"]
            if n["metadata"]["labels"].get("nvidia.com/gpu.count") == "4"
        }
        assert set(nodes.values()) <= four_gpu_nodes, nodes
