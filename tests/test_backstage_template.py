"""The Backstage template: the pull request goes to the Git host of argocd.repoURL (GitHub, GitLab, Bitbucket),
the form asks for secrets and the model cache, and the image follows the engine."""

from __future__ import annotations

import shutil

import pytest
import yaml
from conftest import PROJECT, run_main
from test_platform_integration import render_skeleton, run_backstage_validator

from ai_workloads.errors import WorkloadErrors
from ai_workloads.ml_inference_load.catalog import PULL_REQUEST_TEXT
from ai_workloads.ml_inference_load.engines import engine_named, engines
from ai_workloads.platform.settings import argocd_settings

TEMPLATE = ".cat/backstage/templates/ml-inference-load/template.yaml"
SKELETON = ".cat/backstage/templates/ml-inference-load/skeleton/workloads"


def project_with_repo(workdir, repo_url: str, extra: str = ""):
    config = (
        (PROJECT / "cdk8s.yaml")
        .read_text()
        .replace("repoURL: https://github.com/example/ai-workloads.git", f"repoURL: {repo_url}{extra}")
    )
    (workdir / "cdk8s.yaml").write_text(config)
    shutil.rmtree(workdir / "dist")
    return run_main(workdir, "--no-cache", platform_files=True)


@pytest.mark.parametrize(
    "repo_url, extra, action, repo, branch_input, output",
    [
        (
            "https://gitlab.example.com/ml/platform/ai-workloads.git",
            "",
            "publish:gitlab:merge-request",
            "gitlab.example.com?owner=ml/platform&repo=ai-workloads",
            "branchName",
            "mergeRequestUrl",
        ),
        (
            "https://bitbucket.example.com/scm/ML/ai-workloads.git",
            "",
            "publish:bitbucketServer:pull-request",
            "bitbucket.example.com?project=ML&repo=ai-workloads",
            "sourceBranch",
            "pullRequestUrl",
        ),
        (
            "https://bitbucket.org/acme/ai-workloads.git",
            "\n  scmProject: MLP",
            "publish:bitbucketCloud:pull-request",
            "bitbucket.org?workspace=acme&project=MLP&repo=ai-workloads",
            "sourceBranch",
            "pullRequestUrl",
        ),
        (
            "https://git.example.com/ml/ai-workloads.git",
            "\n  scm: gitlab",
            "publish:gitlab:merge-request",
            "git.example.com?owner=ml&repo=ai-workloads",
            "branchName",
            "mergeRequestUrl",
        ),
    ],
)
def test_pull_request_goes_to_the_git_host_of_the_repository(
    workdir, repo_url, extra, action, repo, branch_input, output
):
    # GIVEN a repository that is not on GitHub  WHEN the catalog is generated
    result = project_with_repo(workdir, repo_url, extra)
    assert result.returncode == 0, result.stderr
    template = yaml.safe_load((workdir / TEMPLATE).read_text())
    publish = next(step for step in template["spec"]["steps"] if step["id"] == "publish")
    # THEN the publish step is that host's action, with its inputs and output
    assert publish["action"] == action
    assert publish["input"]["repoUrl"] == repo
    assert publish["input"][branch_input] == "add-workload-${{ parameters.serviceName }}"
    assert template["spec"]["output"]["links"][0]["url"] == f"${{{{ steps.publish.output.{output} }}}}"
    # AND Backstage's own validators accept the template
    validated = run_backstage_validator(workdir / TEMPLATE)
    assert validated.returncode == 0, validated.stdout + validated.stderr


def test_a_host_that_cannot_be_told_is_a_one_line_error(workdir):
    result = project_with_repo(workdir, "https://git.example.com/ml/ai-workloads.git")
    # cdk8s.yaml is bad input like a workload file (`file: path: message`, exit 1, dist/ untouched).
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "cdk8s.yaml: argocd.repoURL: cannot tell which Git host git.example.com is (for the Backstage "
        "template's pull request): set argocd.scm to one of github, gitlab, bitbucketCloud, bitbucketServer"
    )


def test_bitbucket_cloud_needs_the_project_key(tmp_path):
    config = tmp_path / "cdk8s.yaml"
    config.write_text("argocd:\n  repoURL: https://bitbucket.org/acme/ai-workloads.git\n")
    with pytest.raises(WorkloadErrors, match=r"argocd\.scmProject: required for a Bitbucket Cloud repository"):
        argocd_settings(config)


def template_of_fixture() -> dict:
    return yaml.safe_load((PROJECT / TEMPLATE).read_text())


def test_image_tag_follows_the_engine_with_its_default():
    model = next(page for page in template_of_fixture()["spec"]["parameters"] if page["title"] == "Model")
    assert "imageTag" not in model["properties"], "the tag is asked once the engine is chosen"
    branches = model["dependencies"]["engine"]["oneOf"]
    assert [branch["properties"]["engine"]["const"] for branch in branches] == [engine.name for engine in engines()]
    for branch, engine in zip(branches, engines()):
        tag = branch["properties"]["imageTag"]
        assert tag["default"] == engine.image_tag
        assert engine.image_repository in tag["description"]
        assert branch["required"] == ["imageTag"]


def test_form_asks_for_the_hub_token_and_the_model_cache():
    page = next(
        page for page in template_of_fixture()["spec"]["parameters"] if page["title"] == "Secrets and model cache"
    )
    assert set(page["properties"]) == {"hubTokenVaultPath", "hubTokenVaultProperty", "modelCacheSize"}
    assert page["required"] == []
    assert page["properties"]["modelCacheSize"]["pattern"].startswith("^([0-9]+")


@pytest.mark.parametrize("engine", [engine.name for engine in engines()])
def test_skeleton_with_a_hub_token_and_a_model_cache_is_a_valid_workload(engine):
    skeleton = next((PROJECT / SKELETON).iterdir()).read_text()
    values = {
        "serviceName": "qwen-7b",
        "namespace": "ml-inference",
        "owner": "group:default/ml-platform",
        "engine": engine,
        "modelId": "Qwen/Qwen2.5-7B-Instruct",
        "modelRevision": "a" * 40,
        "gpuCount": "1",
        "imageTag": engine_named(engine).image_tag,
        "host": "qwen.example.com",
        "hubTokenVaultPath": "ml/huggingface/read-token",
        "hubTokenVaultProperty": "token",
        "modelCacheSize": "40Gi",
    }
    from ai_workloads.registry import validate_document

    workload = validate_document(yaml.safe_load(render_skeleton(skeleton, values)))
    assert workload.container.secrets[0].vault_path == "ml/huggingface/read-token"
    assert workload.model_cache is not None and str(workload.model_cache.size) == "40Gi"
    assert workload.container.image.tag == engine_named(engine).image_tag


def test_pull_request_text_says_what_ci_does():
    publish = next(step for step in template_of_fixture()["spec"]["steps"] if step["id"] == "publish")
    assert publish["input"]["description"] == PULL_REQUEST_TEXT
    assert "make ci" in PULL_REQUEST_TEXT and "make synth" in PULL_REQUEST_TEXT
    assert "regenerates" not in PULL_REQUEST_TEXT
