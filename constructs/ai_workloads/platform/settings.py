"""Platform settings from the `argocd:` section of cdk8s.yaml: where the Argo CD Application lives and what it reads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml

from ai_workloads.platform.scm import publish_target

CDK8S_CONFIG = Path("cdk8s.yaml")
# The workloads' Applications, synced by the root Application (argocd/application.yaml).
APPS_DIR = "argocd/apps"


@dataclass(frozen=True)
class ArgoCdSettings:
    """Where the Application lives and what it reads; from the `argocd:` section of cdk8s.yaml."""

    repo_url: str
    target_revision: str = "main"
    app_name: str = "ai-workloads"
    namespace: str = "argocd"
    project: str = "default"
    # Where workloads go when their file names no `placement.cluster`.
    destination_server: str = "https://kubernetes.default.svc"
    path: str = "dist"
    # The cluster Argo CD itself runs in: Applications always live there (the root's destination).
    argocd_server: str = "https://kubernetes.default.svc"
    # The Git host kind of repoURL for the Backstage template's pull request (platform/scm.py); None: told
    # from the host name. scm_project: the Bitbucket project key (required for Bitbucket Cloud).
    scm: Optional[str] = None
    scm_project: Optional[str] = None


def workload_application_name(settings: ArgoCdSettings, workload_name: str) -> str:
    """`<appName>-<workload>`: unique in Argo CD's namespace, at most 63 characters for the longest
    workload names (49 + len("ai-workloads-"))."""
    return f"{settings.app_name}-{workload_name}"


_KEYS = {
    "repoURL": "repo_url", "targetRevision": "target_revision", "appName": "app_name", "namespace": "namespace",
    "project": "project", "destinationServer": "destination_server", "path": "path",
    "argocdServer": "argocd_server", "scm": "scm", "scmProject": "scm_project",
}


def argocd_settings(config_file: Path = CDK8S_CONFIG) -> ArgoCdSettings:
    """The `argocd:` section of cdk8s.yaml (camelCase keys, as in the rest of the file)."""
    section = (yaml.safe_load(config_file.read_text()) or {}).get("argocd") or {}
    unknown = sorted(set(section) - set(_KEYS))
    if unknown:
        raise ValueError(f"{config_file}: argocd: unknown key(s) {', '.join(unknown)}; known: {', '.join(_KEYS)}")
    settings = ArgoCdSettings(**{_KEYS[key]: str(value) for key, value in section.items()})
    try:
        publish_target(settings.repo_url, settings.scm, settings.scm_project)  # the template's pull request host
    except ValueError as error:
        raise ValueError(f"{config_file}: {error}") from None
    return settings
