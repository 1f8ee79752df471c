"""Platform settings from the `argocd:` section of cdk8s.yaml: where the Argo CD Application lives and what it reads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ai_workloads.errors import WorkloadError, WorkloadErrors
from ai_workloads.platform.config import CDK8S_CONFIG, ProjectConfig, read_project_config
from ai_workloads.platform.scm import publish_target

# The workloads' Applications, synced by the root Application (argocd/application.yaml).
APPS_DIR = "argocd/apps"


@dataclass(frozen=True)
class ArgoCdSettings:
    """Where the Application lives and what it reads; from the `argocd:` section of cdk8s.yaml (validated,
    with its defaults, by platform/config.py ArgoCdConfig). `destination_server`: where workloads go
    when their file names no `placement.cluster`; `argocd_server`: the cluster Argo CD itself runs in
    (Applications always live there: the root's destination)."""

    repo_url: str
    target_revision: str
    app_name: str
    namespace: str
    project: str
    destination_server: str
    path: str
    argocd_server: str
    # The Git host kind of repoURL for the Backstage template's pull request (platform/scm.py); None: told
    # from the host name. scm_project: the Bitbucket project key (required for Bitbucket Cloud).
    scm: str | None = None
    scm_project: str | None = None


def workload_application_name(settings: ArgoCdSettings, workload_name: str) -> str:
    """`<appName>-<workload>`: unique in Argo CD's namespace, at most 63 characters for the longest
    workload names (49 + len("ai-workloads-"))."""
    return f"{settings.app_name}-{workload_name}"


def application_name_errors(workloads: Sequence[Any], settings: ArgoCdSettings | None) -> list[WorkloadError]:
    """Each workload's Application name (`<appName>-<workload>`) must be a DNS-1123 label, at most 63
    characters (see platform/config.py for the API server's and Argo CD's rules)."""
    if settings is None:
        return []
    errors = []
    for workload in workloads:
        name = workload_application_name(settings, workload.name)
        if len(name) > 63:
            errors.append(
                WorkloadError(
                    workload.file,
                    workload.name_field,
                    f"the Argo CD Application name {name!r} has {len(name)} characters, at most 63 (an object name and "
                    "app.kubernetes.io/instance label value): shorten it, or argocd.appName in cdk8s.yaml",
                )
            )
    return errors


def argocd_settings(config_file: Path = CDK8S_CONFIG, config: ProjectConfig | None = None) -> ArgoCdSettings:
    """The `argocd:` section of cdk8s.yaml (platform/config.py validates it); raises WorkloadErrors."""
    config = config if config is not None else read_project_config(config_file)
    section = config.argocd
    if section is None:
        raise WorkloadErrors(
            [
                WorkloadError(
                    str(config_file), "argocd.repoURL", "required field is missing (the platform files need it)"
                )
            ]
        )
    settings = ArgoCdSettings(
        repo_url=section.repoURL,
        target_revision=section.targetRevision,
        app_name=section.appName,
        namespace=section.namespace,
        project=section.project,
        destination_server=section.destinationServer,
        path=section.path,
        argocd_server=section.argocdServer,
        scm=section.scm,
        scm_project=section.scmProject,
    )
    try:
        publish_target(settings.repo_url, settings.scm, settings.scm_project)  # the template's pull request host
    except ValueError as error:  # "argocd.<key>: <message>" (platform/scm.py)
        field, _, message = str(error).partition(": ")
        raise WorkloadErrors([WorkloadError(str(config_file), field, message)]) from None
    return settings
