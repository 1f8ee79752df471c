"""MlServerRelease: several independent MLServer model servers described by one release file.

Each `apps[]` entry becomes an `MlServerApp` (see mlserver_app.py). With `istio.enabled`, one
VirtualService `<release>-ai-workloads` (networking.istio.io/v1) exposes every app under its own path
prefix — `<basePath>/<app>` — rewritten to `/`, so MLServer sees its own routes (`/v2/...`).
"""

from __future__ import annotations

from ai_workloads._parts.crds import istio_networking as istio
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from ai_workloads.mlserver_release.app import MlServerApp
from ai_workloads.mlserver_release.values import NAME_INFIX, MlServerReleaseValues
from constructs import Construct

# Long enough for a large batch inference; the Istio default (none) would let a hung request live forever.
ROUTE_TIMEOUT = "300s"


def app_path_prefix(base_path: str, app_name: str) -> str:
    """`/` + `mlserver-a` -> `/mlserver-a`; `/models/` + `a` -> `/models/a`."""
    return f"{base_path.rstrip('/')}/{app_name}"


class MlServerRelease(Construct):
    """All apps of one release. Read-only attributes: `apps` (name -> MlServerApp) and
    `virtual_service_name` (None without Istio)."""

    def __init__(self, scope: Construct, id: str, *, values: MlServerReleaseValues) -> None:
        super().__init__(scope, id)
        self.values = values
        # Construct IDs are the app names: stable, so adding an app never renames another's objects.
        self.apps = {app.name: MlServerApp(self, app.name, release=values, app=app) for app in values.apps}
        self.virtual_service_name: str | None = None
        if values.istio.enabled:
            self.virtual_service_name = f"{values.release_name}{NAME_INFIX.rstrip('-')}"
            self._virtual_service(self.virtual_service_name)

    def _virtual_service(self, name: str) -> None:
        values = self.values
        namespace = values.namespace
        meta = WorkloadMetadata.of(
            name,
            namespace=namespace,
            component="model-server-routing",
            version=values.apps[0].image.tag,
            catalog_id=values.release_name,
        )
        routes = []
        for app in values.apps:
            server = self.apps[app.name]
            prefix = app_path_prefix(values.istio.base_path, app.name)
            routes.append(
                istio.VirtualServiceSpecHttp(
                    name=app.name,
                    match=[
                        istio.VirtualServiceSpecHttpMatch(uri=istio.VirtualServiceSpecHttpMatchUri(exact=prefix)),
                        istio.VirtualServiceSpecHttpMatch(
                            uri=istio.VirtualServiceSpecHttpMatchUri(prefix=f"{prefix}/")
                        ),
                    ],
                    rewrite=istio.VirtualServiceSpecHttpRewrite(uri="/"),
                    route=[
                        istio.VirtualServiceSpecHttpRoute(
                            destination=istio.VirtualServiceSpecHttpRouteDestination(
                                host=f"{server.service_name}.{namespace}.svc.cluster.local",
                                port=istio.VirtualServiceSpecHttpRouteDestinationPort(number=server.service_port),
                            )
                        )
                    ],
                    timeout=ROUTE_TIMEOUT,
                )
            )
        istio.VirtualService(
            self,
            "VirtualService",
            metadata=meta.custom(name, sync_wave(SyncWave.EXPOSURE, custom_resource=True)),
            spec=istio.VirtualServiceSpec(hosts=list(values.istio.hosts), gateways=[values.istio.gateway], http=routes),
        )
