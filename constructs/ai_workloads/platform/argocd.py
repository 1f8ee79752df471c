"""ArgoCdApplication: the Argo CD Application that deploys dist/ as a plain-manifest directory.

- `directory.include: '*.k8s.yaml'`, so nothing else that lands in dist/ is ever applied;
- automated sync with prune and self-heal, and `allowEmpty: false`: an empty dist/ never wipes the
  cluster (synthesis refuses to write one as well);
- retries with backoff, because CRD-backed objects may wait for their controllers.
"""

from __future__ import annotations

import cdk8s
from constructs import Construct

from ai_workloads._parts.crds import argocd
from ai_workloads.platform.settings import ArgoCdSettings

MANIFEST_GLOB = "*.k8s.yaml"


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
            metadata=cdk8s.ApiObjectMetadata(
                name=settings.app_name,
                namespace=settings.namespace,
                labels={"app.kubernetes.io/name": settings.app_name, "app.kubernetes.io/managed-by": "cdk8s"},
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


def application_text(settings: ArgoCdSettings, *, source: str) -> str:
    """argocd/application.yaml: the Application rendered in a chart of its own."""
    from ai_workloads.synth.output import manifests_to_yaml

    chart = cdk8s.Chart(cdk8s.App(), "argocd", disable_resource_name_hashes=True)
    ArgoCdApplication(chart, "Application", settings=settings)
    return manifests_to_yaml(list(chart.to_json()), source=source)
