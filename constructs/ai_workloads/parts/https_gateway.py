"""HttpsGateway: public HTTPS for one backend Service with the Gateway API on Istio and cert-manager.

Renders three objects:
- Certificate `<name>-tls` (cert-manager.io/v1) for every host, signed by a ClusterIssuer;
- Gateway `<name>-gateway` (gateway.networking.k8s.io/v1, class `istio`) with one HTTPS listener per
  host that terminates TLS with the Certificate's Secret;
- HTTPRoute `<name>` sending every path of those hosts to the backend Service.
"""

from __future__ import annotations

from typing import Mapping, Optional, Sequence

from constructs import Construct

from ai_workloads.crds import cert_manager, gateway_api_gateway, gateway_api_httproute
from ai_workloads.metadata import custom_resource_meta

GATEWAY_CLASS = "istio"
HTTPS_PORT = 443


class HttpsGateway(Construct):
    """Expose `backend_service:backend_port` at `https://<host>/` for every host.

    :param name: base name; the objects are `<name>-gateway`, `<name>` (HTTPRoute) and `<name>-tls`.
    :param hosts: public host names; each gets its own listener, and all are in the certificate.
    :param cluster_issuer: cert-manager ClusterIssuer that signs the certificate.
    :param request_timeout: HTTPRoute request timeout (Gateway API duration, e.g. `1h`). Keep it long
        for streamed responses; the Gateway API default is implementation-specific.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        hosts: Sequence[str],
        backend_service: str,
        backend_port: int,
        cluster_issuer: str,
        request_timeout: str,
        labels: Mapping[str, str],
        annotations: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        if not hosts:
            raise ValueError("HttpsGateway: 'hosts' must name at least one host")
        self.gateway_name = f"{name}-gateway"
        self.route_name = name
        self.certificate_name = f"{name}-tls"
        # cert-manager writes the key pair into a Secret of the Certificate's name.
        self.tls_secret_name = self.certificate_name
        self.hosts = tuple(hosts)

        cert_manager.Certificate(
            self,
            "Certificate",
            metadata=custom_resource_meta(self.certificate_name, namespace, labels, annotations),
            spec=cert_manager.CertificateSpec(
                secret_name=self.tls_secret_name,
                dns_names=list(hosts),
                issuer_ref=cert_manager.CertificateSpecIssuerRef(
                    name=cluster_issuer, kind="ClusterIssuer", group="cert-manager.io"
                ),
            ),
        )

        gateway_api_gateway.Gateway(
            self,
            "Gateway",
            metadata=custom_resource_meta(self.gateway_name, namespace, labels, annotations),
            spec=gateway_api_gateway.GatewaySpec(
                gateway_class_name=GATEWAY_CLASS,
                listeners=[
                    gateway_api_gateway.GatewaySpecListeners(
                        name=f"https-{index}",
                        hostname=host,
                        port=HTTPS_PORT,
                        protocol="HTTPS",
                        tls=gateway_api_gateway.GatewaySpecListenersTls(
                            mode=gateway_api_gateway.GatewaySpecListenersTlsMode.TERMINATE,
                            certificate_refs=[
                                gateway_api_gateway.GatewaySpecListenersTlsCertificateRefs(
                                    name=self.tls_secret_name, kind="Secret", group=""
                                )
                            ],
                        ),
                        allowed_routes=gateway_api_gateway.GatewaySpecListenersAllowedRoutes(
                            namespaces=gateway_api_gateway.GatewaySpecListenersAllowedRoutesNamespaces(
                                from_=gateway_api_gateway.GatewaySpecListenersAllowedRoutesNamespacesFrom.SAME
                            )
                        ),
                    )
                    for index, host in enumerate(hosts)
                ],
            ),
        )

        gateway_api_httproute.HttpRoute(
            self,
            "HttpRoute",
            metadata=custom_resource_meta(self.route_name, namespace, labels, annotations),
            spec=gateway_api_httproute.HttpRouteSpec(
                parent_refs=[
                    gateway_api_httproute.HttpRouteSpecParentRefs(
                        name=self.gateway_name, kind="Gateway", group="gateway.networking.k8s.io"
                    )
                ],
                hostnames=list(hosts),
                rules=[
                    gateway_api_httproute.HttpRouteSpecRules(
                        matches=[
                            gateway_api_httproute.HttpRouteSpecRulesMatches(
                                path=gateway_api_httproute.HttpRouteSpecRulesMatchesPath(
                                    type=gateway_api_httproute.HttpRouteSpecRulesMatchesPathType.PATH_PREFIX,
                                    value="/",
                                )
                            )
                        ],
                        backend_refs=[
                            gateway_api_httproute.HttpRouteSpecRulesBackendRefs(
                                name=backend_service, port=backend_port, kind="Service", group=""
                            )
                        ],
                        timeouts=gateway_api_httproute.HttpRouteSpecRulesTimeouts(
                            request=request_timeout, backend_request=request_timeout
                        ),
                    )
                ],
            ),
        )
