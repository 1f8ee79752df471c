"""Argo CD delivery: one Application per workload file, and a root Application (app of apps) for them.

Why one Application per workload: sync waves order objects within one Application, and Argo CD waits
for every object of a wave to be healthy before it applies the next wave (argo-cd docs, "Sync Phases
and Waves"). With all of dist/ in one Application, a TGI Deployment on its first start (up to an hour),
a Pending GPU pod or an ExternalSecret that cannot read Vault would hold back every other workload's
Gateway, Certificate or VirtualService. Each workload's Application syncs only its own file.

Why an app of apps generated into argocd/ rather than an ApplicationSet: every child Application is
rendered from a typed import and validated against the Argo CD CRD at synthesis time, reviewed in the
pull request like dist/, and carries its own destination (placement) without a generator per cluster.
Since Argo CD 1.8 an Application's health is not assessed by its parent by default, so the root never
waits for a child to become healthy: a stuck workload blocks nothing else.

Deleting a workload file removes `argocd/apps/<name>.yaml`; the root prunes that Application, and its
`resources-finalizer.argocd.argoproj.io/foreground` finalizer makes Argo CD delete the workload's objects
first (cascading deletion, foreground: argo-cd v3.5.1 pkg/apis/application/v1alpha1/application_defaults.go;
the same as the plain `resources-finalizer.argocd.argoproj.io`, which Kubernetes 1.35 answers with a
warning on every apply because it is not domain-qualified with a path). The root itself has no such finalizer: deleting the root by mistake orphans the
children instead of deleting every workload.
"""

from __future__ import annotations

from typing import Any

import cdk8s

from ai_workloads._parts.crds import argocd
from ai_workloads._parts.labels import CATALOG_ID_LABEL, MANAGED_BY, PART_OF
from ai_workloads.platform.settings import APPS_DIR, ArgoCdSettings, workload_application_name
from constructs import Construct

RESOURCES_FINALIZER = "resources-finalizer.argocd.argoproj.io/foreground"
SYNC_OPTIONS = ["PrunePropagationPolicy=foreground", "PruneLast=true"]


def _sync_policy() -> argocd.ApplicationSpecSyncPolicy:
    """Automated sync with prune and self-heal; never sync an empty source (that would prune
    everything); retries with backoff because custom resources may wait for their controllers."""
    return argocd.ApplicationSpecSyncPolicy(
        automated=argocd.ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True, allow_empty=False),
        sync_options=list(SYNC_OPTIONS),
        retry=argocd.ApplicationSpecSyncPolicyRetry(
            limit=5,
            backoff=argocd.ApplicationSpecSyncPolicyRetryBackoff(duration="10s", factor=2, max_duration="5m"),
        ),
    )


def _source(settings: ArgoCdSettings, path: str, include: str) -> argocd.ApplicationSpecSource:
    return argocd.ApplicationSpecSource(
        repo_url=settings.repo_url,
        target_revision=settings.target_revision,
        path=path,
        directory=argocd.ApplicationSpecSourceDirectory(include=include, recurse=False),
    )


def _application(
    scope: Construct,
    settings: ArgoCdSettings,
    name: str,
    labels: dict[str, str],
    source: argocd.ApplicationSpecSource,
    destination: argocd.ApplicationSpecDestination,
    finalizers: list[str] | None = None,
) -> None:
    """An Application `name` in Argo CD's namespace with the shared sync policy."""
    _require_repo(settings)
    argocd.Application(
        scope,
        "Resource",
        metadata=cdk8s.ApiObjectMetadata(
            name=name,
            namespace=settings.namespace,
            labels={"app.kubernetes.io/name": name, **labels},
            finalizers=finalizers,
        ),
        spec=argocd.ApplicationSpec(
            project=settings.project, source=source, destination=destination, sync_policy=_sync_policy()
        ),
    )


class WorkloadApplication(Construct):
    """The Application of one workload: syncs exactly `dist/<manifest_file>` to its destination.

    :param cluster: Argo CD cluster name (`destination.name`); None: `settings.destination_server`.
    :param namespace: the workload's namespace (`destination.namespace`; every object names it too).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        settings: ArgoCdSettings,
        workload_name: str,
        manifest_file: str,
        namespace: str,
        cluster: str | None,
    ) -> None:
        super().__init__(scope, id)
        self.app_name = workload_application_name(settings, workload_name)
        _application(
            self,
            settings,
            self.app_name,
            labels={
                "app.kubernetes.io/part-of": PART_OF,
                "app.kubernetes.io/managed-by": MANAGED_BY,
                CATALOG_ID_LABEL: workload_name,
            },
            source=_source(settings, settings.path, manifest_file),
            destination=argocd.ApplicationSpecDestination(
                name=cluster, server=None if cluster else settings.destination_server, namespace=namespace
            ),
            finalizers=[RESOURCES_FINALIZER],
        )


class ArgoCdApplication(Construct):
    """The root Application (app of apps): syncs `argocd/apps/*.yaml`, the workloads' Applications,
    into Argo CD's own namespace. Read-only attribute: `app_name`."""

    def __init__(self, scope: Construct, id: str, *, settings: ArgoCdSettings) -> None:
        super().__init__(scope, id)
        self.app_name = settings.app_name
        _application(
            self,
            settings,
            settings.app_name,
            labels={"app.kubernetes.io/managed-by": MANAGED_BY},
            source=_source(settings, APPS_DIR, "*.yaml"),
            destination=argocd.ApplicationSpecDestination(server=settings.argocd_server, namespace=settings.namespace),
        )


def _require_repo(settings: ArgoCdSettings) -> None:
    if not settings.repo_url:
        raise ValueError("Argo CD: 'repo_url' is required (argocd.repoURL in cdk8s.yaml)")


def render_application(construct: type, settings: ArgoCdSettings, **props: object) -> list[dict[str, Any]]:
    """The Application object(s) of `construct`, rendered in a chart of their own."""
    chart = cdk8s.Chart(cdk8s.App(resolvers=[]), "argocd", disable_resource_name_hashes=True)
    construct(chart, "Application", settings=settings, **props)
    return list(chart.to_json())


def application_text(settings: ArgoCdSettings, *, source: str) -> str:
    """argocd/application.yaml: the root Application."""
    from ai_workloads.files.output import manifests_to_yaml

    return manifests_to_yaml(render_application(ArgoCdApplication, settings), source=source)
