"""ArgoCdApplication: the Argo CD Application that deploys dist/ as a plain-manifest directory.

- `directory.include: '*.k8s.yaml'`, so nothing else that lands in dist/ is ever applied;
- automated sync with prune and self-heal, and `allowEmpty: false`: an empty dist/ never wipes the
  cluster (synthesis refuses to write one as well);
- retries with backoff, because CRD-backed objects may wait for their controllers.
"""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from ai_workloads.crds import argocd
from ai_workloads.metadata import custom_resource_meta

MANIFEST_GLOB = "*.k8s.yaml"


@dataclass(frozen=True)
class ArgoCdSettings:
    """Where the Application lives and what it reads; from the `argocd:` section of cdk8s.yaml."""

    repo_url: str
    target_revision: str = "main"
    app_name: str = "ai-workloads"
    namespace: str = "argocd"
    project: str = "default"
    destination_server: str = "https://kubernetes.default.svc"
    path: str = "dist"


class ArgoCdApplication(Construct):
    """Read-only attribute: `app_name` (what Backstage's `argocd/app-name` annotation points at)."""

    def __init__(self, scope: Construct, id: str, *, settings: ArgoCdSettings) -> None:
        super().__init__(scope, id)
        if not settings.repo_url:
            raise ValueError("ArgoCdApplication: 'repo_url' is required (argocd.repoURL in cdk8s.yaml)")
        self.app_name = settings.app_name
        argocd.Application(
            self,
            "Resource",
            metadata=custom_resource_meta(
                settings.app_name,
                settings.namespace,
                {"app.kubernetes.io/name": settings.app_name, "app.kubernetes.io/managed-by": "cdk8s"},
            ),
            spec=argocd.ApplicationSpec(
                project=settings.project,
                source=argocd.ApplicationSpecSource(
                    repo_url=settings.repo_url,
                    target_revision=settings.target_revision,
                    path=settings.path,
                    directory=argocd.ApplicationSpecSourceDirectory(include=MANIFEST_GLOB, recurse=False),
                ),
                destination=argocd.ApplicationSpecDestination(server=settings.destination_server),
                sync_policy=argocd.ApplicationSpecSyncPolicy(
                    automated=argocd.ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True, allow_empty=False),
                    sync_options=["PrunePropagationPolicy=foreground", "PruneLast=true"],
                    retry=argocd.ApplicationSpecSyncPolicyRetry(
                        limit=5,
                        backoff=argocd.ApplicationSpecSyncPolicyRetryBackoff(duration="10s", factor=2, max_duration="5m"),
                    ),
                ),
            ),
        )
