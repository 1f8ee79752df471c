"""Argo CD delivery: one Application per workload file, synced by a root Application (app of apps).

Sync waves are Application-wide (Argo CD waits for every object of a wave to be healthy before the next
wave), so with one Application for everything a workload stuck on its first start held back every other
workload. These tests fail on the old rendering (a single Application over `*.k8s.yaml`).
"""

from __future__ import annotations

import copy
import shutil

import pytest
import yaml
from conftest import DIST, PROJECT, WORKLOADS, render_document, run_main

from ai_workloads.gates.crd_schema import crd_schema_errors
from ai_workloads.gates.cross_object import cross_object_findings
from ai_workloads.stage_types import RenderedWorkload

APPS = PROJECT / "argocd" / "apps"
ROOT = PROJECT / "argocd" / "application.yaml"


def application(name: str) -> dict:
    return yaml.safe_load((APPS / f"{name}.yaml").read_text())


def test_every_workload_file_has_its_own_application_syncing_only_its_dist_file():
    # GIVEN the committed dist/ and argocd/apps/
    workloads = sorted(p.name.removesuffix(".k8s.yaml") for p in DIST.glob("*.k8s.yaml"))
    # THEN there is exactly one Application per dist file, and each includes that file only
    assert sorted(p.stem for p in APPS.glob("*.yaml")) == workloads
    for name in workloads:
        spec = application(name)["spec"]
        assert spec["source"]["path"] == "dist"
        assert spec["source"]["directory"] == {"include": f"{name}.k8s.yaml", "recurse": False}


def test_a_workload_application_prunes_its_objects_when_deleted_and_deploys_to_the_workloads_namespace():
    app = application("llama-3-8b-instruct")
    assert app["metadata"]["name"] == "ai-workloads-llama-3-8b-instruct"
    assert app["metadata"]["namespace"] == "argocd"
    assert app["metadata"]["finalizers"] == ["resources-finalizer.argocd.argoproj.io/foreground"]
    assert app["spec"]["destination"] == {"server": "https://kubernetes.default.svc", "namespace": "ml-inference"}
    assert app["spec"]["syncPolicy"]["automated"] == {"prune": True, "selfHeal": True, "allowEmpty": False}


def test_the_root_application_syncs_the_workload_applications_and_has_no_cascading_finalizer():
    root = yaml.safe_load(ROOT.read_text())
    assert root["metadata"]["name"] == "ai-workloads"
    assert "finalizers" not in root["metadata"]  # deleting the root by mistake must not delete every workload
    assert root["spec"]["source"]["path"] == "argocd/apps"
    assert root["spec"]["source"]["directory"] == {"include": "*.yaml", "recurse": False}
    assert root["spec"]["destination"] == {"server": "https://kubernetes.default.svc", "namespace": "argocd"}
    assert root["spec"]["syncPolicy"]["automated"]["prune"] is True


def test_generated_applications_are_valid_against_the_argo_cd_crd(crd_catalog):
    for path in [ROOT, *APPS.glob("*.yaml")]:
        assert list(crd_schema_errors(yaml.safe_load(path.read_text()), crd_catalog)) == [], path.name


def test_deleting_a_workload_file_removes_exactly_its_application(workdir):
    # GIVEN a project copy with its platform files  WHEN one workload file is deleted and synthesized
    shutil.copy(PROJECT / "cdk8s.yaml", workdir / "cdk8s.yaml")
    first = run_main(workdir, platform_files=True)
    assert first.returncode == 0, first.stderr
    (workdir / "workloads" / "mixtral-8x7b-instruct-awq.yaml").unlink()
    second = run_main(workdir, platform_files=True)
    # THEN its Application is gone (the root prunes it; its finalizer deletes its objects), the others stay
    assert second.returncode == 0, second.stderr
    assert sorted(p.name for p in (workdir / "argocd" / "apps").iterdir()) == [
        "fraud-scoring.yaml",
        "llama-3-8b-instruct.yaml",
        "qwen2-5-7b-instruct.yaml",
        "qwen2-5-7b-routed.yaml",
    ]
    assert sorted(p.name for p in (workdir / "dist").iterdir()) == [
        "fraud-scoring.k8s.yaml",
        "llama-3-8b-instruct.k8s.yaml",
        "qwen2-5-7b-instruct.k8s.yaml",
        "qwen2-5-7b-routed.k8s.yaml",
    ]


def test_placement_names_the_destination_cluster(workdir, llama):
    # GIVEN a workload placed on another cluster
    llama["placement"] = {"cluster": "gpu-west"}
    (workdir / "workloads" / "llama-3-8b-instruct.yaml").write_text(yaml.safe_dump(llama))
    result = run_main(workdir, platform_files=True)
    assert result.returncode == 0, result.stderr
    # THEN its Application targets that cluster by name
    app = yaml.safe_load((workdir / "argocd" / "apps" / "llama-3-8b-instruct.yaml").read_text())
    assert app["spec"]["destination"] == {"name": "gpu-west", "namespace": "ml-inference"}


def test_cross_object_rules_apply_per_destination_cluster(llama):
    # GIVEN the same workload rendered twice, once per cluster
    west = copy.deepcopy(llama)
    west["placement"] = {"cluster": "gpu-west"}
    west["gateway"]["hosts"] = ["llama-3-8b.west.example.com"]  # public host names are global (host_claims.py)
    here = RenderedWorkload("workloads/a.yaml", "a", render_document(llama, "workloads/a.yaml"))
    there = RenderedWorkload("workloads/b.yaml", "b", render_document(west, "workloads/b.yaml"), cluster="gpu-west")
    same = RenderedWorkload("workloads/c.yaml", "c", render_document(llama, "workloads/c.yaml"))
    # THEN names collide on one cluster only
    assert cross_object_findings([here, there]) == []
    collisions = cross_object_findings([here, same])
    assert (
        "workloads/c.yaml",
        "Deployment/llama-3-8b-instruct",
        "metadata.name",
        "Deployment 'llama-3-8b-instruct' in namespace 'ml-inference' is also rendered from workloads/a.yaml",
    ) in collisions


@pytest.mark.parametrize("cluster", ["Gpu-West", "-west", "a" * 254])
def test_an_invalid_cluster_name_is_refused(workdir, llama, cluster):
    llama["placement"] = {"cluster": cluster}
    (workdir / "workloads" / "llama-3-8b-instruct.yaml").write_text(yaml.safe_dump(llama))
    result = run_main(workdir)
    assert result.returncode == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith("workloads/llama-3-8b-instruct.yaml:") and ": placement.cluster: " in first
    assert "pattern" not in first


def test_the_example_files_are_the_ones_delivered():
    assert sorted(p.stem for p in WORKLOADS.glob("*.yaml")) == sorted(p.stem for p in APPS.glob("*.yaml"))


def test_make_check_refuses_a_dist_file_no_application_syncs(tmp_path, capsys):
    # GIVEN the committed outputs with one workload's Application missing
    shutil.copytree(DIST, tmp_path / "dist")
    shutil.copytree(PROJECT / "argocd", tmp_path / "argocd")
    (tmp_path / "argocd" / "apps" / "fraud-scoring.yaml").unlink()
    # WHEN the gates run over them
    from ai_workloads.check import main

    code = main([str(tmp_path / "dist"), "--argocd", str(tmp_path / "argocd")])
    # THEN the file that would never be deployed is named
    assert code == 1
    assert (
        f"{tmp_path}/dist/fraud-scoring.k8s.yaml: <root>: synced by 0 Applications of {tmp_path}/argocd/apps/, not 1"
        in capsys.readouterr().err.splitlines()
    )
