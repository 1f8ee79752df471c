"""HttpsGateway: public HTTPS for one backend Service with the Gateway API on Istio and cert-manager.

Renders three objects (four with `http_redirect`):
- Certificate `<name>-tls` (cert-manager.io/v1) for every host, signed by a ClusterIssuer;
- Gateway `<name>-gateway` (gateway.networking.k8s.io/v1, class `istio`) with one HTTPS listener per
  host that terminates TLS with the Certificate's Secret;
- HTTPRoute `<name>` sending every path of those hosts to the backend Service (or, with `backend_pool`,
  to that InferencePool of group inference.networking.k8s.io: its endpoint picker chooses the pod);
- with `http_redirect`: an HTTP listener on port 80 per host, and HTTPRoute `<name>-http-redirect`
  answering every plain-HTTP request with a 301 to the same URL over HTTPS (Gateway API
  `RequestRedirect`); the main route then attaches to the HTTPS listeners only (`sectionName`), so
  nothing is ever served over plain HTTP.

Certificates: the Certificate names a ClusterIssuer. cert-manager's ACME HTTP-01 solver for the
Gateway API (`gatewayHTTPRoute`) attaches its challenge HTTPRoute to the `parentRefs` configured in the
issuer's solver, not to the Gateway of the Certificate, so a ClusterIssuer shared by all workloads
cannot answer HTTP-01 on these per-workload Gateways; the platform's ClusterIssuer must use DNS-01
(see the README).
"""

from __future__ import annotations

from collections.abc import Sequence

from ai_workloads._parts.crds import cert_manager, gateway_api_gateway, gateway_api_httproute
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from constructs import Construct

GATEWAY_CLASS = "istio"
HTTPS_PORT = 443
HTTP_PORT = 80


class HttpsGateway(Construct):
    """Expose `backend_service:backend_port` at `https://<host>/` for every host.

    :param meta: the part's metadata; with `meta.name` as `<name>` the objects are `<name>-gateway`,
        `<name>` (HTTPRoute) and `<name>-tls`. Sync wave: exposure (after the workload).
    :param hosts: public host names; each gets its own listener, and all are in the certificate.
    :param cluster_issuer: cert-manager ClusterIssuer that signs the certificate.
    :param request_timeout: HTTPRoute request timeout (Gateway API duration, e.g. `1h`). Keep it long
        for streamed responses; the Gateway API default is implementation-specific.
    :param http_redirect: also listen on port 80 and redirect every request to HTTPS (default off:
        the platform contract is HTTPS only).
    :param backend_pool: route to this InferencePool instead of the Service (default None: the Service).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        meta: WorkloadMetadata,
        hosts: Sequence[str],
        backend_service: str,
        backend_port: int,
        cluster_issuer: str,
        request_timeout: str,
        http_redirect: bool = False,
        backend_pool: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not hosts:
            raise ValueError("HttpsGateway: 'hosts' must name at least one host")
        self.gateway_name = f"{meta.name}-gateway"
        self.route_name = meta.name
        self.certificate_name = f"{meta.name}-tls"
        # cert-manager writes the key pair into a Secret of the Certificate's name.
        self.tls_secret_name = self.certificate_name
        self.hosts = tuple(hosts)
        self.redirect_route_name = f"{meta.name}-http-redirect" if http_redirect else None
        self._annotations = sync_wave(SyncWave.EXPOSURE, custom_resource=True)
        self._certificate(meta, cluster_issuer)
        self._gateway(meta, http_redirect)
        # With a plain-HTTP listener the serving route must not attach to it: HTTPS listeners only.
        https_sections = [f"https-{index}" for index in range(len(hosts))] if http_redirect else [None]
        self._route(
            meta,
            "HttpRoute",
            self.route_name,
            https_sections,
            _forward_everything(_backend(backend_service, backend_port, backend_pool), request_timeout),
        )
        if self.redirect_route_name:
            http_sections = [f"http-{index}" for index in range(len(hosts))]
            self._route(meta, "HttpRedirect", self.redirect_route_name, http_sections, _redirect_to_https())

    def _certificate(self, meta: WorkloadMetadata, cluster_issuer: str) -> None:
        """The Certificate of every host, signed by `cluster_issuer`, into the Secret the listeners read."""
        cert_manager.Certificate(
            self,
            "Certificate",
            metadata=meta.custom(self.certificate_name, self._annotations),
            spec=cert_manager.CertificateSpec(
                secret_name=self.tls_secret_name,
                dns_names=list(self.hosts),
                issuer_ref=cert_manager.CertificateSpecIssuerRef(
                    name=cluster_issuer, kind="ClusterIssuer", group="cert-manager.io"
                ),
            ),
        )

    def _gateway(self, meta: WorkloadMetadata, http_redirect: bool) -> None:
        """The Gateway: an HTTPS listener per host, and with `http_redirect` a plain-HTTP one per host."""
        hosts = self.hosts
        gateway_api_gateway.Gateway(
            self,
            "Gateway",
            metadata=meta.custom(self.gateway_name, self._annotations),
            spec=gateway_api_gateway.GatewaySpec(
                gateway_class_name=GATEWAY_CLASS,
                listeners=[self._https_listener(index, host) for index, host in enumerate(hosts)]
                + ([_http_listener(index, host) for index, host in enumerate(hosts)] if http_redirect else []),
            ),
        )

    def _route(
        self,
        meta: WorkloadMetadata,
        id: str,
        name: str,
        sections: Sequence[str | None],
        rule: gateway_api_httproute.HttpRouteSpecRules,
    ) -> None:
        """HTTPRoute `name` for the hosts, attached to the Gateway's listeners `sections` (None: all)."""
        gateway_api_httproute.HttpRoute(
            self,
            id,
            metadata=meta.custom(name, self._annotations),
            spec=gateway_api_httproute.HttpRouteSpec(
                parent_refs=[_parent(self.gateway_name, section) for section in sections],
                hostnames=list(self.hosts),
                rules=[rule],
            ),
        )

    def _https_listener(self, index: int, host: str) -> gateway_api_gateway.GatewaySpecListeners:
        """`https-<index>` on 443 for `host`, terminating TLS with the Certificate's Secret; routes of
        the Gateway's own namespace only."""
        gateway = gateway_api_gateway
        return gateway.GatewaySpecListeners(
            name=f"https-{index}",
            hostname=host,
            port=HTTPS_PORT,
            protocol="HTTPS",
            tls=gateway.GatewaySpecListenersTls(
                mode=gateway.GatewaySpecListenersTlsMode.TERMINATE,
                certificate_refs=[
                    gateway.GatewaySpecListenersTlsCertificateRefs(name=self.tls_secret_name, kind="Secret", group="")
                ],
            ),
            allowed_routes=_same_namespace_routes(),
        )


def _same_namespace_routes() -> gateway_api_gateway.GatewaySpecListenersAllowedRoutes:
    return gateway_api_gateway.GatewaySpecListenersAllowedRoutes(
        namespaces=gateway_api_gateway.GatewaySpecListenersAllowedRoutesNamespaces(
            from_=gateway_api_gateway.GatewaySpecListenersAllowedRoutesNamespacesFrom.SAME
        )
    )


def _http_listener(index: int, host: str) -> gateway_api_gateway.GatewaySpecListeners:
    """`http-<index>` on port 80 for `host`: only the redirect route attaches to it."""
    return gateway_api_gateway.GatewaySpecListeners(
        name=f"http-{index}", hostname=host, port=HTTP_PORT, protocol="HTTP", allowed_routes=_same_namespace_routes()
    )


def _parent(gateway_name: str, section: str | None = None) -> gateway_api_httproute.HttpRouteSpecParentRefs:
    return gateway_api_httproute.HttpRouteSpecParentRefs(
        name=gateway_name, kind="Gateway", group="gateway.networking.k8s.io", section_name=section
    )


def _redirect_to_https() -> gateway_api_httproute.HttpRouteSpecRules:
    """Every request, answered with a permanent redirect to the same host and path over HTTPS."""
    route = gateway_api_httproute
    return route.HttpRouteSpecRules(
        filters=[
            route.HttpRouteSpecRulesFilters(
                type=route.HttpRouteSpecRulesFiltersType.REQUEST_REDIRECT,
                request_redirect=route.HttpRouteSpecRulesFiltersRequestRedirect(
                    scheme=route.HttpRouteSpecRulesFiltersRequestRedirectScheme.HTTPS,
                    status_code=route.HttpRouteSpecRulesFiltersRequestRedirectStatusCode.VALUE_301,
                ),
            )
        ]
    )


INFERENCE_POOL_GROUP = "inference.networking.k8s.io"


def _backend(service: str, port: int, pool: str | None) -> gateway_api_httproute.HttpRouteSpecRulesBackendRefs:
    """`service:port`, or the InferencePool `pool` (no port: the pool's targetPorts)."""
    route = gateway_api_httproute
    if pool is not None:
        return route.HttpRouteSpecRulesBackendRefs(name=pool, kind="InferencePool", group=INFERENCE_POOL_GROUP)
    return route.HttpRouteSpecRulesBackendRefs(name=service, port=port, kind="Service", group="")


def _forward_everything(
    backend: gateway_api_httproute.HttpRouteSpecRulesBackendRefs, timeout: str
) -> gateway_api_httproute.HttpRouteSpecRules:
    """Every path (prefix `/`) to `backend`; the whole request and the backend may take `timeout`."""
    route = gateway_api_httproute
    return route.HttpRouteSpecRules(
        matches=[
            route.HttpRouteSpecRulesMatches(
                path=route.HttpRouteSpecRulesMatchesPath(
                    type=route.HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value="/"
                )
            )
        ],
        backend_refs=[backend],
        timeouts=route.HttpRouteSpecRulesTimeouts(request=timeout, backend_request=timeout),
    )
