from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class VirtualService(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_virtualservice_ioistionetworking.VirtualService",
):
    '''
    :schema: VirtualService
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VirtualService" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2cb733833f9d3ce56e25b973fe8456b1c31c100a15714ecc52ccf2881fda01de)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VirtualServiceProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VirtualService".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
        '''
        props = VirtualServiceProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VirtualService".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class VirtualServiceProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :schema: VirtualService
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = VirtualServiceSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a08ac197069358f42f95e38c720a7e4617358fe489ffd9b78baa78a209710039)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VirtualService#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["VirtualServiceSpec"]:
        '''Configuration affecting label/content routing, sni routing, etc.

        See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :schema: VirtualService#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["VirtualServiceSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpec",
    jsii_struct_bases=[],
    name_mapping={
        "export_to": "exportTo",
        "gateways": "gateways",
        "hosts": "hosts",
        "http": "http",
        "tcp": "tcp",
        "tls": "tls",
    },
)
class VirtualServiceSpec:
    def __init__(
        self,
        *,
        export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
        http: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttp", typing.Dict[builtins.str, typing.Any]]]] = None,
        tcp: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTcp", typing.Dict[builtins.str, typing.Any]]]] = None,
        tls: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTls", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Configuration affecting label/content routing, sni routing, etc.

        See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :param export_to: A list of namespaces to which this virtual service is exported.
        :param gateways: The names of gateways and sidecars that should apply these routes.
        :param hosts: The destination hosts to which traffic is being sent.
        :param http: An ordered list of route rules for HTTP traffic.
        :param tcp: An ordered list of route rules for opaque TCP traffic.
        :param tls: An ordered list of route rule for non-terminated TLS & HTTPS traffic.

        :schema: VirtualServiceSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b12f0c704a30478cb2f50f2511ac6a24a625a99fb9628ebbb9195971ed2e6284)
            check_type(argname="argument export_to", value=export_to, expected_type=type_hints["export_to"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if export_to is not None:
            self._values["export_to"] = export_to
        if gateways is not None:
            self._values["gateways"] = gateways
        if hosts is not None:
            self._values["hosts"] = hosts
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def export_to(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of namespaces to which this virtual service is exported.

        :schema: VirtualServiceSpec#exportTo
        '''
        result = self._values.get("export_to")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The names of gateways and sidecars that should apply these routes.

        :schema: VirtualServiceSpec#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def hosts(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The destination hosts to which traffic is being sent.

        :schema: VirtualServiceSpec#hosts
        '''
        result = self._values.get("hosts")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def http(self) -> typing.Optional[typing.List["VirtualServiceSpecHttp"]]:
        '''An ordered list of route rules for HTTP traffic.

        :schema: VirtualServiceSpec#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttp"]], result)

    @builtins.property
    def tcp(self) -> typing.Optional[typing.List["VirtualServiceSpecTcp"]]:
        '''An ordered list of route rules for opaque TCP traffic.

        :schema: VirtualServiceSpec#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTcp"]], result)

    @builtins.property
    def tls(self) -> typing.Optional[typing.List["VirtualServiceSpecTls"]]:
        '''An ordered list of route rule for non-terminated TLS & HTTPS traffic.

        :schema: VirtualServiceSpec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTls"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttp",
    jsii_struct_bases=[],
    name_mapping={
        "cors_policy": "corsPolicy",
        "delegate": "delegate",
        "direct_response": "directResponse",
        "fault": "fault",
        "headers": "headers",
        "match": "match",
        "mirror": "mirror",
        "mirror_percent": "mirrorPercent",
        "mirror_percentage": "mirrorPercentage",
        "mirrors": "mirrors",
        "name": "name",
        "redirect": "redirect",
        "retries": "retries",
        "rewrite": "rewrite",
        "route": "route",
        "timeout": "timeout",
    },
)
class VirtualServiceSpecHttp:
    def __init__(
        self,
        *,
        cors_policy: typing.Optional[typing.Union["VirtualServiceSpecHttpCorsPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        delegate: typing.Optional[typing.Union["VirtualServiceSpecHttpDelegate", typing.Dict[builtins.str, typing.Any]]] = None,
        direct_response: typing.Optional[typing.Union["VirtualServiceSpecHttpDirectResponse", typing.Dict[builtins.str, typing.Any]]] = None,
        fault: typing.Optional[typing.Union["VirtualServiceSpecHttpFault", typing.Dict[builtins.str, typing.Any]]] = None,
        headers: typing.Optional[typing.Union["VirtualServiceSpecHttpHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        match: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        mirror: typing.Optional[typing.Union["VirtualServiceSpecHttpMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_percent: typing.Optional[jsii.Number] = None,
        mirror_percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
        mirrors: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpMirrors", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        redirect: typing.Optional[typing.Union["VirtualServiceSpecHttpRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        retries: typing.Optional[typing.Union["VirtualServiceSpecHttpRetries", typing.Dict[builtins.str, typing.Any]]] = None,
        rewrite: typing.Optional[typing.Union["VirtualServiceSpecHttpRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cors_policy: Cross-Origin Resource Sharing policy (CORS).
        :param delegate: Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.
        :param direct_response: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param fault: Fault injection policy to apply on HTTP traffic at the client side.
        :param headers: 
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param mirror: Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.
        :param mirror_percent: 
        :param mirror_percentage: Percentage of the traffic to be mirrored by the ``mirror`` field.
        :param mirrors: Specifies the destinations to mirror HTTP traffic in addition to the original destination.
        :param name: The name assigned to the route for debugging purposes.
        :param redirect: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param retries: Retry policy for HTTP requests.
        :param rewrite: Rewrite HTTP URIs and Authority headers.
        :param route: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param timeout: Timeout for HTTP requests, default is disabled.

        :schema: VirtualServiceSpecHttp
        '''
        if isinstance(cors_policy, dict):
            cors_policy = VirtualServiceSpecHttpCorsPolicy(**cors_policy)
        if isinstance(delegate, dict):
            delegate = VirtualServiceSpecHttpDelegate(**delegate)
        if isinstance(direct_response, dict):
            direct_response = VirtualServiceSpecHttpDirectResponse(**direct_response)
        if isinstance(fault, dict):
            fault = VirtualServiceSpecHttpFault(**fault)
        if isinstance(headers, dict):
            headers = VirtualServiceSpecHttpHeaders(**headers)
        if isinstance(mirror, dict):
            mirror = VirtualServiceSpecHttpMirror(**mirror)
        if isinstance(mirror_percentage, dict):
            mirror_percentage = VirtualServiceSpecHttpMirrorPercentage(**mirror_percentage)
        if isinstance(redirect, dict):
            redirect = VirtualServiceSpecHttpRedirect(**redirect)
        if isinstance(retries, dict):
            retries = VirtualServiceSpecHttpRetries(**retries)
        if isinstance(rewrite, dict):
            rewrite = VirtualServiceSpecHttpRewrite(**rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34e733c19e01ca77d5eb2982dd2e1cccd8acffd57859f7ed68dc3a9a792f34d4)
            check_type(argname="argument cors_policy", value=cors_policy, expected_type=type_hints["cors_policy"])
            check_type(argname="argument delegate", value=delegate, expected_type=type_hints["delegate"])
            check_type(argname="argument direct_response", value=direct_response, expected_type=type_hints["direct_response"])
            check_type(argname="argument fault", value=fault, expected_type=type_hints["fault"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument mirror_percent", value=mirror_percent, expected_type=type_hints["mirror_percent"])
            check_type(argname="argument mirror_percentage", value=mirror_percentage, expected_type=type_hints["mirror_percentage"])
            check_type(argname="argument mirrors", value=mirrors, expected_type=type_hints["mirrors"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument redirect", value=redirect, expected_type=type_hints["redirect"])
            check_type(argname="argument retries", value=retries, expected_type=type_hints["retries"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cors_policy is not None:
            self._values["cors_policy"] = cors_policy
        if delegate is not None:
            self._values["delegate"] = delegate
        if direct_response is not None:
            self._values["direct_response"] = direct_response
        if fault is not None:
            self._values["fault"] = fault
        if headers is not None:
            self._values["headers"] = headers
        if match is not None:
            self._values["match"] = match
        if mirror is not None:
            self._values["mirror"] = mirror
        if mirror_percent is not None:
            self._values["mirror_percent"] = mirror_percent
        if mirror_percentage is not None:
            self._values["mirror_percentage"] = mirror_percentage
        if mirrors is not None:
            self._values["mirrors"] = mirrors
        if name is not None:
            self._values["name"] = name
        if redirect is not None:
            self._values["redirect"] = redirect
        if retries is not None:
            self._values["retries"] = retries
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if route is not None:
            self._values["route"] = route
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def cors_policy(self) -> typing.Optional["VirtualServiceSpecHttpCorsPolicy"]:
        '''Cross-Origin Resource Sharing policy (CORS).

        :schema: VirtualServiceSpecHttp#corsPolicy
        '''
        result = self._values.get("cors_policy")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpCorsPolicy"], result)

    @builtins.property
    def delegate(self) -> typing.Optional["VirtualServiceSpecHttpDelegate"]:
        '''Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.

        :schema: VirtualServiceSpecHttp#delegate
        '''
        result = self._values.get("delegate")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpDelegate"], result)

    @builtins.property
    def direct_response(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpDirectResponse"]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceSpecHttp#directResponse
        '''
        result = self._values.get("direct_response")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpDirectResponse"], result)

    @builtins.property
    def fault(self) -> typing.Optional["VirtualServiceSpecHttpFault"]:
        '''Fault injection policy to apply on HTTP traffic at the client side.

        :schema: VirtualServiceSpecHttp#fault
        '''
        result = self._values.get("fault")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFault"], result)

    @builtins.property
    def headers(self) -> typing.Optional["VirtualServiceSpecHttpHeaders"]:
        '''
        :schema: VirtualServiceSpecHttp#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpHeaders"], result)

    @builtins.property
    def match(self) -> typing.Optional[typing.List["VirtualServiceSpecHttpMatch"]]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceSpecHttp#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpMatch"]], result)

    @builtins.property
    def mirror(self) -> typing.Optional["VirtualServiceSpecHttpMirror"]:
        '''Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.

        :schema: VirtualServiceSpecHttp#mirror
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirror"], result)

    @builtins.property
    def mirror_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttp#mirror_percent
        '''
        result = self._values.get("mirror_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mirror_percentage(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpMirrorPercentage"]:
        '''Percentage of the traffic to be mirrored by the ``mirror`` field.

        :schema: VirtualServiceSpecHttp#mirrorPercentage
        '''
        result = self._values.get("mirror_percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorPercentage"], result)

    @builtins.property
    def mirrors(self) -> typing.Optional[typing.List["VirtualServiceSpecHttpMirrors"]]:
        '''Specifies the destinations to mirror HTTP traffic in addition to the original destination.

        :schema: VirtualServiceSpecHttp#mirrors
        '''
        result = self._values.get("mirrors")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpMirrors"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name assigned to the route for debugging purposes.

        :schema: VirtualServiceSpecHttp#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redirect(self) -> typing.Optional["VirtualServiceSpecHttpRedirect"]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceSpecHttp#redirect
        '''
        result = self._values.get("redirect")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRedirect"], result)

    @builtins.property
    def retries(self) -> typing.Optional["VirtualServiceSpecHttpRetries"]:
        '''Retry policy for HTTP requests.

        :schema: VirtualServiceSpecHttp#retries
        '''
        result = self._values.get("retries")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRetries"], result)

    @builtins.property
    def rewrite(self) -> typing.Optional["VirtualServiceSpecHttpRewrite"]:
        '''Rewrite HTTP URIs and Authority headers.

        :schema: VirtualServiceSpecHttp#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRewrite"], result)

    @builtins.property
    def route(self) -> typing.Optional[typing.List["VirtualServiceSpecHttpRoute"]]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceSpecHttp#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpRoute"]], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout for HTTP requests, default is disabled.

        :schema: VirtualServiceSpecHttp#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpCorsPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "allow_credentials": "allowCredentials",
        "allow_headers": "allowHeaders",
        "allow_methods": "allowMethods",
        "allow_origin": "allowOrigin",
        "allow_origins": "allowOrigins",
        "expose_headers": "exposeHeaders",
        "max_age": "maxAge",
        "unmatched_preflights": "unmatchedPreflights",
    },
)
class VirtualServiceSpecHttpCorsPolicy:
    def __init__(
        self,
        *,
        allow_credentials: typing.Optional[builtins.bool] = None,
        allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origins: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecHttpCorsPolicyAllowOrigins", typing.Dict[builtins.str, typing.Any]]]] = None,
        expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_age: typing.Optional[builtins.str] = None,
        unmatched_preflights: typing.Optional["VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"] = None,
    ) -> None:
        '''Cross-Origin Resource Sharing policy (CORS).

        :param allow_credentials: Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.
        :param allow_headers: List of HTTP headers that can be used when requesting the resource.
        :param allow_methods: List of HTTP methods allowed to access the resource.
        :param allow_origin: 
        :param allow_origins: String patterns that match allowed origins.
        :param expose_headers: A list of HTTP headers that the browsers are allowed to access.
        :param max_age: Specifies how long the results of a preflight request can be cached.
        :param unmatched_preflights: Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream. Valid Options: FORWARD, IGNORE

        :schema: VirtualServiceSpecHttpCorsPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6897ded29ae68eddf33f5fb7736174fb3fc054b76fb8bfcfceb4b73888425792)
            check_type(argname="argument allow_credentials", value=allow_credentials, expected_type=type_hints["allow_credentials"])
            check_type(argname="argument allow_headers", value=allow_headers, expected_type=type_hints["allow_headers"])
            check_type(argname="argument allow_methods", value=allow_methods, expected_type=type_hints["allow_methods"])
            check_type(argname="argument allow_origin", value=allow_origin, expected_type=type_hints["allow_origin"])
            check_type(argname="argument allow_origins", value=allow_origins, expected_type=type_hints["allow_origins"])
            check_type(argname="argument expose_headers", value=expose_headers, expected_type=type_hints["expose_headers"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument unmatched_preflights", value=unmatched_preflights, expected_type=type_hints["unmatched_preflights"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_credentials is not None:
            self._values["allow_credentials"] = allow_credentials
        if allow_headers is not None:
            self._values["allow_headers"] = allow_headers
        if allow_methods is not None:
            self._values["allow_methods"] = allow_methods
        if allow_origin is not None:
            self._values["allow_origin"] = allow_origin
        if allow_origins is not None:
            self._values["allow_origins"] = allow_origins
        if expose_headers is not None:
            self._values["expose_headers"] = expose_headers
        if max_age is not None:
            self._values["max_age"] = max_age
        if unmatched_preflights is not None:
            self._values["unmatched_preflights"] = unmatched_preflights

    @builtins.property
    def allow_credentials(self) -> typing.Optional[builtins.bool]:
        '''Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.

        :schema: VirtualServiceSpecHttpCorsPolicy#allowCredentials
        '''
        result = self._values.get("allow_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of HTTP headers that can be used when requesting the resource.

        :schema: VirtualServiceSpecHttpCorsPolicy#allowHeaders
        '''
        result = self._values.get("allow_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_methods(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of HTTP methods allowed to access the resource.

        :schema: VirtualServiceSpecHttpCorsPolicy#allowMethods
        '''
        result = self._values.get("allow_methods")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origin(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicy#allowOrigin
        '''
        result = self._values.get("allow_origin")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origins(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceSpecHttpCorsPolicyAllowOrigins"]]:
        '''String patterns that match allowed origins.

        :schema: VirtualServiceSpecHttpCorsPolicy#allowOrigins
        '''
        result = self._values.get("allow_origins")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecHttpCorsPolicyAllowOrigins"]], result)

    @builtins.property
    def expose_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of HTTP headers that the browsers are allowed to access.

        :schema: VirtualServiceSpecHttpCorsPolicy#exposeHeaders
        '''
        result = self._values.get("expose_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_age(self) -> typing.Optional[builtins.str]:
        '''Specifies how long the results of a preflight request can be cached.

        :schema: VirtualServiceSpecHttpCorsPolicy#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def unmatched_preflights(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"]:
        '''Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.

        Valid Options: FORWARD, IGNORE

        :schema: VirtualServiceSpecHttpCorsPolicy#unmatchedPreflights
        '''
        result = self._values.get("unmatched_preflights")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpCorsPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpCorsPolicyAllowOrigins",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpCorsPolicyAllowOrigins:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee7e4ef7cd8de8f1d1d40a3d3ea26d38f0757ca6301e090cd23d0943c8037c44)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpCorsPolicyAllowOrigins#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpCorsPolicyAllowOrigins(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights"
)
class VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights(enum.Enum):
    '''Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.

    Valid Options: FORWARD, IGNORE

    :schema: VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    FORWARD = "FORWARD"
    '''FORWARD.'''
    IGNORE = "IGNORE"
    '''IGNORE.'''


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpDelegate",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class VirtualServiceSpecHttpDelegate:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.

        :param name: Name specifies the name of the delegate VirtualService.
        :param namespace: Namespace specifies the namespace where the delegate VirtualService resides.

        :schema: VirtualServiceSpecHttpDelegate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a439e0d6a6bec9ca66b12929876ea1fd624df8ed9ec2ebdd4d5a9e9c6018fec)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name specifies the name of the delegate VirtualService.

        :schema: VirtualServiceSpecHttpDelegate#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace specifies the namespace where the delegate VirtualService resides.

        :schema: VirtualServiceSpecHttpDelegate#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpDelegate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpDirectResponse",
    jsii_struct_bases=[],
    name_mapping={"status": "status", "body": "body"},
)
class VirtualServiceSpecHttpDirectResponse:
    def __init__(
        self,
        *,
        status: jsii.Number,
        body: typing.Optional[typing.Union["VirtualServiceSpecHttpDirectResponseBody", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :param status: Specifies the HTTP response status to be returned.
        :param body: Specifies the content of the response body.

        :schema: VirtualServiceSpecHttpDirectResponse
        '''
        if isinstance(body, dict):
            body = VirtualServiceSpecHttpDirectResponseBody(**body)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6e17f82be63d94f20c2b51489f5cd67ddb61c8ce8da59f624c31f8e01d666254)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument body", value=body, expected_type=type_hints["body"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
        }
        if body is not None:
            self._values["body"] = body

    @builtins.property
    def status(self) -> jsii.Number:
        '''Specifies the HTTP response status to be returned.

        :schema: VirtualServiceSpecHttpDirectResponse#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def body(self) -> typing.Optional["VirtualServiceSpecHttpDirectResponseBody"]:
        '''Specifies the content of the response body.

        :schema: VirtualServiceSpecHttpDirectResponse#body
        '''
        result = self._values.get("body")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpDirectResponseBody"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpDirectResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpDirectResponseBody",
    jsii_struct_bases=[],
    name_mapping={"bytes": "bytes", "string": "string"},
)
class VirtualServiceSpecHttpDirectResponseBody:
    def __init__(
        self,
        *,
        bytes: typing.Optional[builtins.str] = None,
        string: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specifies the content of the response body.

        :param bytes: response body as base64 encoded bytes.
        :param string: 

        :schema: VirtualServiceSpecHttpDirectResponseBody
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8760dd135a7014f8d028a088f45d68e9f00a66d5977dda3912d38e0eda07a666)
            check_type(argname="argument bytes", value=bytes, expected_type=type_hints["bytes"])
            check_type(argname="argument string", value=string, expected_type=type_hints["string"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bytes is not None:
            self._values["bytes"] = bytes
        if string is not None:
            self._values["string"] = string

    @builtins.property
    def bytes(self) -> typing.Optional[builtins.str]:
        '''response body as base64 encoded bytes.

        :schema: VirtualServiceSpecHttpDirectResponseBody#bytes
        '''
        result = self._values.get("bytes")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def string(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpDirectResponseBody#string
        '''
        result = self._values.get("string")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpDirectResponseBody(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpFault",
    jsii_struct_bases=[],
    name_mapping={"abort": "abort", "delay": "delay"},
)
class VirtualServiceSpecHttpFault:
    def __init__(
        self,
        *,
        abort: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultAbort", typing.Dict[builtins.str, typing.Any]]] = None,
        delay: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultDelay", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Fault injection policy to apply on HTTP traffic at the client side.

        :param abort: Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.
        :param delay: Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :schema: VirtualServiceSpecHttpFault
        '''
        if isinstance(abort, dict):
            abort = VirtualServiceSpecHttpFaultAbort(**abort)
        if isinstance(delay, dict):
            delay = VirtualServiceSpecHttpFaultDelay(**delay)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bcac224de13587e148795fdffb46571fb9145299f3e336b18067d784cc7f03ba)
            check_type(argname="argument abort", value=abort, expected_type=type_hints["abort"])
            check_type(argname="argument delay", value=delay, expected_type=type_hints["delay"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if abort is not None:
            self._values["abort"] = abort
        if delay is not None:
            self._values["delay"] = delay

    @builtins.property
    def abort(self) -> typing.Optional["VirtualServiceSpecHttpFaultAbort"]:
        '''Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.

        :schema: VirtualServiceSpecHttpFault#abort
        '''
        result = self._values.get("abort")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultAbort"], result)

    @builtins.property
    def delay(self) -> typing.Optional["VirtualServiceSpecHttpFaultDelay"]:
        '''Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :schema: VirtualServiceSpecHttpFault#delay
        '''
        result = self._values.get("delay")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultDelay"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpFaultAbort",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_status": "grpcStatus",
        "http2_error": "http2Error",
        "http_status": "httpStatus",
        "percentage": "percentage",
    },
)
class VirtualServiceSpecHttpFaultAbort:
    def __init__(
        self,
        *,
        grpc_status: typing.Optional[builtins.str] = None,
        http2_error: typing.Optional[builtins.str] = None,
        http_status: typing.Optional[jsii.Number] = None,
        percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultAbortPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.

        :param grpc_status: GRPC status code to use to abort the request.
        :param http2_error: 
        :param http_status: HTTP status code to use to abort the Http request.
        :param percentage: Percentage of requests to be aborted with the error code provided.

        :schema: VirtualServiceSpecHttpFaultAbort
        '''
        if isinstance(percentage, dict):
            percentage = VirtualServiceSpecHttpFaultAbortPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6815c2f354f53079d2a9bbbc3550c5a67f29dbeed50f162174cd355ea9cd8e4e)
            check_type(argname="argument grpc_status", value=grpc_status, expected_type=type_hints["grpc_status"])
            check_type(argname="argument http2_error", value=http2_error, expected_type=type_hints["http2_error"])
            check_type(argname="argument http_status", value=http_status, expected_type=type_hints["http_status"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_status is not None:
            self._values["grpc_status"] = grpc_status
        if http2_error is not None:
            self._values["http2_error"] = http2_error
        if http_status is not None:
            self._values["http_status"] = http_status
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def grpc_status(self) -> typing.Optional[builtins.str]:
        '''GRPC status code to use to abort the request.

        :schema: VirtualServiceSpecHttpFaultAbort#grpcStatus
        '''
        result = self._values.get("grpc_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http2_error(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpFaultAbort#http2Error
        '''
        result = self._values.get("http2_error")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_status(self) -> typing.Optional[jsii.Number]:
        '''HTTP status code to use to abort the Http request.

        :schema: VirtualServiceSpecHttpFaultAbort#httpStatus
        '''
        result = self._values.get("http_status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpFaultAbortPercentage"]:
        '''Percentage of requests to be aborted with the error code provided.

        :schema: VirtualServiceSpecHttpFaultAbort#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultAbortPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultAbort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpFaultAbortPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpFaultAbortPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of requests to be aborted with the error code provided.

        :param value: 

        :schema: VirtualServiceSpecHttpFaultAbortPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c42ee0647b869115bfad7b28bfde35698178aecec5067da75a5e9e835732a0f7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpFaultAbortPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultAbortPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpFaultDelay",
    jsii_struct_bases=[],
    name_mapping={
        "exponential_delay": "exponentialDelay",
        "fixed_delay": "fixedDelay",
        "percent": "percent",
        "percentage": "percentage",
    },
)
class VirtualServiceSpecHttpFaultDelay:
    def __init__(
        self,
        *,
        exponential_delay: typing.Optional[builtins.str] = None,
        fixed_delay: typing.Optional[builtins.str] = None,
        percent: typing.Optional[jsii.Number] = None,
        percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpFaultDelayPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :param exponential_delay: 
        :param fixed_delay: Add a fixed delay before forwarding the request.
        :param percent: Percentage of requests on which the delay will be injected (0-100).
        :param percentage: Percentage of requests on which the delay will be injected.

        :schema: VirtualServiceSpecHttpFaultDelay
        '''
        if isinstance(percentage, dict):
            percentage = VirtualServiceSpecHttpFaultDelayPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6f5c0452e83f78253462ee0c56343c46e8c61bc7182ce0f7fc46d9a4109e32a)
            check_type(argname="argument exponential_delay", value=exponential_delay, expected_type=type_hints["exponential_delay"])
            check_type(argname="argument fixed_delay", value=fixed_delay, expected_type=type_hints["fixed_delay"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exponential_delay is not None:
            self._values["exponential_delay"] = exponential_delay
        if fixed_delay is not None:
            self._values["fixed_delay"] = fixed_delay
        if percent is not None:
            self._values["percent"] = percent
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def exponential_delay(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpFaultDelay#exponentialDelay
        '''
        result = self._values.get("exponential_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fixed_delay(self) -> typing.Optional[builtins.str]:
        '''Add a fixed delay before forwarding the request.

        :schema: VirtualServiceSpecHttpFaultDelay#fixedDelay
        '''
        result = self._values.get("fixed_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''Percentage of requests on which the delay will be injected (0-100).

        :schema: VirtualServiceSpecHttpFaultDelay#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpFaultDelayPercentage"]:
        '''Percentage of requests on which the delay will be injected.

        :schema: VirtualServiceSpecHttpFaultDelay#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpFaultDelayPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultDelay(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpFaultDelayPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpFaultDelayPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of requests on which the delay will be injected.

        :param value: 

        :schema: VirtualServiceSpecHttpFaultDelayPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93b3f2868081a88c9e85d859fac9fe7aa664b02840829e984792d9049584fbd7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpFaultDelayPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpFaultDelayPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class VirtualServiceSpecHttpHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["VirtualServiceSpecHttpHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["VirtualServiceSpecHttpHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: VirtualServiceSpecHttpHeaders
        '''
        if isinstance(request, dict):
            request = VirtualServiceSpecHttpHeadersRequest(**request)
        if isinstance(response, dict):
            response = VirtualServiceSpecHttpHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4438b317b5dae432b5feec348e4198d24f63543d74edbc21d506951365e36f9c)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(self) -> typing.Optional["VirtualServiceSpecHttpHeadersRequest"]:
        '''
        :schema: VirtualServiceSpecHttpHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpHeadersRequest"], result)

    @builtins.property
    def response(self) -> typing.Optional["VirtualServiceSpecHttpHeadersResponse"]:
        '''
        :schema: VirtualServiceSpecHttpHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpHeadersRequest:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d709d85223614a92920689a742d25a40c7bf757f65404b5aa830b1670ea6e102)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpHeadersResponse:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d1cdc67b967cdbd3308d797d478b127814957d7ee2b6a2baf9cf9a3ce018cafc)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMatch",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "gateways": "gateways",
        "headers": "headers",
        "ignore_uri_case": "ignoreUriCase",
        "method": "method",
        "name": "name",
        "port": "port",
        "query_params": "queryParams",
        "scheme": "scheme",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
        "stat_prefix": "statPrefix",
        "uri": "uri",
        "without_headers": "withoutHeaders",
    },
)
class VirtualServiceSpecHttpMatch:
    def __init__(
        self,
        *,
        authority: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchAuthority", typing.Dict[builtins.str, typing.Any]]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceSpecHttpMatchHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        ignore_uri_case: typing.Optional[builtins.bool] = None,
        method: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchMethod", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceSpecHttpMatchQueryParams", typing.Dict[builtins.str, typing.Any]]]] = None,
        scheme: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchScheme", typing.Dict[builtins.str, typing.Any]]] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        stat_prefix: typing.Optional[builtins.str] = None,
        uri: typing.Optional[typing.Union["VirtualServiceSpecHttpMatchUri", typing.Dict[builtins.str, typing.Any]]] = None,
        without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceSpecHttpMatchWithoutHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param authority: HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param gateways: Names of gateways where the rule should be applied.
        :param headers: The header keys must be lowercase and use hyphen as the separator, e.g.
        :param ignore_uri_case: Flag to specify whether the URI matching should be case-insensitive.
        :param method: HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param name: The name assigned to a match.
        :param port: Specifies the ports on the host that is being addressed.
        :param query_params: Query parameters for matching.
        :param scheme: URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param source_labels: One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.
        :param stat_prefix: The human readable prefix to use when emitting statistics for this route.
        :param uri: URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param without_headers: withoutHeader has the same syntax with the header, but has opposite meaning.

        :schema: VirtualServiceSpecHttpMatch
        '''
        if isinstance(authority, dict):
            authority = VirtualServiceSpecHttpMatchAuthority(**authority)
        if isinstance(method, dict):
            method = VirtualServiceSpecHttpMatchMethod(**method)
        if isinstance(scheme, dict):
            scheme = VirtualServiceSpecHttpMatchScheme(**scheme)
        if isinstance(uri, dict):
            uri = VirtualServiceSpecHttpMatchUri(**uri)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__050e6d0005162958085874f37879b1567bb5252c349121b366b795495d222274)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument ignore_uri_case", value=ignore_uri_case, expected_type=type_hints["ignore_uri_case"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument query_params", value=query_params, expected_type=type_hints["query_params"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
            check_type(argname="argument stat_prefix", value=stat_prefix, expected_type=type_hints["stat_prefix"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument without_headers", value=without_headers, expected_type=type_hints["without_headers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if gateways is not None:
            self._values["gateways"] = gateways
        if headers is not None:
            self._values["headers"] = headers
        if ignore_uri_case is not None:
            self._values["ignore_uri_case"] = ignore_uri_case
        if method is not None:
            self._values["method"] = method
        if name is not None:
            self._values["name"] = name
        if port is not None:
            self._values["port"] = port
        if query_params is not None:
            self._values["query_params"] = query_params
        if scheme is not None:
            self._values["scheme"] = scheme
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace
        if stat_prefix is not None:
            self._values["stat_prefix"] = stat_prefix
        if uri is not None:
            self._values["uri"] = uri
        if without_headers is not None:
            self._values["without_headers"] = without_headers

    @builtins.property
    def authority(self) -> typing.Optional["VirtualServiceSpecHttpMatchAuthority"]:
        '''HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatch#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchAuthority"], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceSpecHttpMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchHeaders"]]:
        '''The header keys must be lowercase and use hyphen as the separator, e.g.

        :schema: VirtualServiceSpecHttpMatch#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchHeaders"]], result)

    @builtins.property
    def ignore_uri_case(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the URI matching should be case-insensitive.

        :schema: VirtualServiceSpecHttpMatch#ignoreUriCase
        '''
        result = self._values.get("ignore_uri_case")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def method(self) -> typing.Optional["VirtualServiceSpecHttpMatchMethod"]:
        '''HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatch#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchMethod"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name assigned to a match.

        :schema: VirtualServiceSpecHttpMatch#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the ports on the host that is being addressed.

        :schema: VirtualServiceSpecHttpMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def query_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchQueryParams"]]:
        '''Query parameters for matching.

        :schema: VirtualServiceSpecHttpMatch#queryParams
        '''
        result = self._values.get("query_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchQueryParams"]], result)

    @builtins.property
    def scheme(self) -> typing.Optional["VirtualServiceSpecHttpMatchScheme"]:
        '''URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatch#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchScheme"], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.

        :schema: VirtualServiceSpecHttpMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceSpecHttpMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stat_prefix(self) -> typing.Optional[builtins.str]:
        '''The human readable prefix to use when emitting statistics for this route.

        :schema: VirtualServiceSpecHttpMatch#statPrefix
        '''
        result = self._values.get("stat_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional["VirtualServiceSpecHttpMatchUri"]:
        '''URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatch#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMatchUri"], result)

    @builtins.property
    def without_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchWithoutHeaders"]]:
        '''withoutHeader has the same syntax with the header, but has opposite meaning.

        :schema: VirtualServiceSpecHttpMatch#withoutHeaders
        '''
        result = self._values.get("without_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceSpecHttpMatchWithoutHeaders"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMatchAuthority",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchAuthority:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchAuthority
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__870753b9d64b02e5abb4f444bf884683b6f2251921bea3e87bd82c3da9045ffd)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchAuthority#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchAuthority#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchAuthority#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchAuthority(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMatchHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d45b972108212c1ac4752b0bb92779f10329d3fce04a738a5b8de5d6a3af3071)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMatchMethod",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchMethod:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchMethod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aa4224dc357a02fb65106aa9c06434037a870a9e2475fa9922e998774351715b)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchMethod#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchMethod#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchMethod#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchMethod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMatchQueryParams",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchQueryParams:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchQueryParams
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ebd2b11f2d119c0a778ee7eb9101dc864274d61d35b6dcffc9b91e7b2c64e5bf)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchQueryParams#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchQueryParams#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchQueryParams#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchQueryParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMatchScheme",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchScheme:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchScheme
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5bdcb5ce6fc93883d4e4e1b7c010ecb8f7122d810211e724c92ab226a464a691)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchScheme#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchScheme#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchScheme#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchScheme(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMatchUri",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchUri:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchUri
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bedf55f3ec26dc0264a43aada0dce3e0b3585b29468140643c392a8934b8c9df)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchUri#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchUri#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchUri#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchUri(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMatchWithoutHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceSpecHttpMatchWithoutHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchWithoutHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13ea72571190f1ceaa0440cbc8cc5316eb59aa064b98f57a193a711ca5fe26f3)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchWithoutHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecHttpMatchWithoutHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpMatchWithoutHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMatchWithoutHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMirror",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecHttpMirror:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecHttpMirror
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecHttpMirrorPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f80ec703095f97ae3c3027e7cd12390efa1e245459e0dfa27e514b969ea53c4)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecHttpMirror#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecHttpMirrorPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecHttpMirror#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecHttpMirror#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMirrorPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpMirrorPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of the traffic to be mirrored by the ``mirror`` field.

        :param value: 

        :schema: VirtualServiceSpecHttpMirrorPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d10f7e158fe619aa8be81e6e6968663e8772387dec20936a846657e03a64b448)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMirrorPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecHttpMirrorPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecHttpMirrorPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a742157534aa2d2d80dbf99ab706cd9ad5dbc904214b077c188484afccb05e1)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMirrors",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "percentage": "percentage"},
)
class VirtualServiceSpecHttpMirrors:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecHttpMirrorsDestination", typing.Dict[builtins.str, typing.Any]],
        percentage: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorsPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param destination: Destination specifies the target of the mirror operation.
        :param percentage: Percentage of the traffic to be mirrored by the ``destination`` field.

        :schema: VirtualServiceSpecHttpMirrors
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecHttpMirrorsDestination(**destination)
        if isinstance(percentage, dict):
            percentage = VirtualServiceSpecHttpMirrorsPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d55a5092eec7ae701a45ccb7cfd8b2d95067aff21d9d5ac4b42e3582ab33d1a8)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def destination(self) -> "VirtualServiceSpecHttpMirrorsDestination":
        '''Destination specifies the target of the mirror operation.

        :schema: VirtualServiceSpecHttpMirrors#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecHttpMirrorsDestination", result)

    @builtins.property
    def percentage(self) -> typing.Optional["VirtualServiceSpecHttpMirrorsPercentage"]:
        '''Percentage of the traffic to be mirrored by the ``destination`` field.

        :schema: VirtualServiceSpecHttpMirrors#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorsPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMirrorsDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecHttpMirrorsDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecHttpMirrorsDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination specifies the target of the mirror operation.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecHttpMirrorsDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecHttpMirrorsDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58c95e85dbc610d1b96f01b2d0734a5b4acafeea35d5e7a96ca8a7cbb7f4a94c)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecHttpMirrorsDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecHttpMirrorsDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecHttpMirrorsDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpMirrorsDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecHttpMirrorsDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorsDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMirrorsDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecHttpMirrorsDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecHttpMirrorsDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b44979074186be525a6a98fa58248c53d2c0a5c1fcbe8f94ff3dfeeef3f5079a)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorsDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorsDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpMirrorsPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceSpecHttpMirrorsPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of the traffic to be mirrored by the ``destination`` field.

        :param value: 

        :schema: VirtualServiceSpecHttpMirrorsPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__25e0a13f049dd3fb6a3bd934ae30faefa0337b93db513c0db393d5f65d44a3cb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpMirrorsPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpMirrorsPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "derive_port": "derivePort",
        "port": "port",
        "redirect_code": "redirectCode",
        "scheme": "scheme",
        "uri": "uri",
    },
)
class VirtualServiceSpecHttpRedirect:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        derive_port: typing.Optional["VirtualServiceSpecHttpRedirectDerivePort"] = None,
        port: typing.Optional[jsii.Number] = None,
        redirect_code: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :param authority: On a redirect, overwrite the Authority/Host portion of the URL with this value.
        :param derive_port: On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS. Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT
        :param port: On a redirect, overwrite the port portion of the URL with this value.
        :param redirect_code: On a redirect, Specifies the HTTP status code to use in the redirect response.
        :param scheme: On a redirect, overwrite the scheme portion of the URL with this value.
        :param uri: On a redirect, overwrite the Path portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eee54ada08a8b73e06f51a976cc2a67ba73ce150b34f6545ba3f9997bd41f7f7)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument derive_port", value=derive_port, expected_type=type_hints["derive_port"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument redirect_code", value=redirect_code, expected_type=type_hints["redirect_code"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if derive_port is not None:
            self._values["derive_port"] = derive_port
        if port is not None:
            self._values["port"] = port
        if redirect_code is not None:
            self._values["redirect_code"] = redirect_code
        if scheme is not None:
            self._values["scheme"] = scheme
        if uri is not None:
            self._values["uri"] = uri

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the Authority/Host portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def derive_port(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpRedirectDerivePort"]:
        '''On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.

        Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT

        :schema: VirtualServiceSpecHttpRedirect#derivePort
        '''
        result = self._values.get("derive_port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRedirectDerivePort"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''On a redirect, overwrite the port portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def redirect_code(self) -> typing.Optional[jsii.Number]:
        '''On a redirect, Specifies the HTTP status code to use in the redirect response.

        :schema: VirtualServiceSpecHttpRedirect#redirectCode
        '''
        result = self._values.get("redirect_code")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the scheme portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the Path portion of the URL with this value.

        :schema: VirtualServiceSpecHttpRedirect#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpRedirectDerivePort"
)
class VirtualServiceSpecHttpRedirectDerivePort(enum.Enum):
    '''On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.

    Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT

    :schema: VirtualServiceSpecHttpRedirectDerivePort
    '''

    FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT = "FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT"
    '''FROM_PROTOCOL_DEFAULT.'''
    FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT = "FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT"
    '''FROM_REQUEST_PORT.'''


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpRetries",
    jsii_struct_bases=[],
    name_mapping={
        "attempts": "attempts",
        "backoff": "backoff",
        "per_try_timeout": "perTryTimeout",
        "retry_ignore_previous_hosts": "retryIgnorePreviousHosts",
        "retry_on": "retryOn",
        "retry_remote_localities": "retryRemoteLocalities",
    },
)
class VirtualServiceSpecHttpRetries:
    def __init__(
        self,
        *,
        attempts: typing.Optional[jsii.Number] = None,
        backoff: typing.Optional[builtins.str] = None,
        per_try_timeout: typing.Optional[builtins.str] = None,
        retry_ignore_previous_hosts: typing.Optional[builtins.bool] = None,
        retry_on: typing.Optional[builtins.str] = None,
        retry_remote_localities: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Retry policy for HTTP requests.

        :param attempts: Number of retries to be allowed for a given request.
        :param backoff: Specifies the minimum duration between retry attempts.
        :param per_try_timeout: Timeout per attempt for a given request, including the initial call and any retries.
        :param retry_ignore_previous_hosts: Flag to specify whether the retries should ignore previously tried hosts during retry.
        :param retry_on: Specifies the conditions under which retry takes place.
        :param retry_remote_localities: Flag to specify whether the retries should retry to other localities.

        :schema: VirtualServiceSpecHttpRetries
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e56bac86515ea41c495e3fc0ec3719fd34634b44200c8d6a3cd82dec4577444d)
            check_type(argname="argument attempts", value=attempts, expected_type=type_hints["attempts"])
            check_type(argname="argument backoff", value=backoff, expected_type=type_hints["backoff"])
            check_type(argname="argument per_try_timeout", value=per_try_timeout, expected_type=type_hints["per_try_timeout"])
            check_type(argname="argument retry_ignore_previous_hosts", value=retry_ignore_previous_hosts, expected_type=type_hints["retry_ignore_previous_hosts"])
            check_type(argname="argument retry_on", value=retry_on, expected_type=type_hints["retry_on"])
            check_type(argname="argument retry_remote_localities", value=retry_remote_localities, expected_type=type_hints["retry_remote_localities"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attempts is not None:
            self._values["attempts"] = attempts
        if backoff is not None:
            self._values["backoff"] = backoff
        if per_try_timeout is not None:
            self._values["per_try_timeout"] = per_try_timeout
        if retry_ignore_previous_hosts is not None:
            self._values["retry_ignore_previous_hosts"] = retry_ignore_previous_hosts
        if retry_on is not None:
            self._values["retry_on"] = retry_on
        if retry_remote_localities is not None:
            self._values["retry_remote_localities"] = retry_remote_localities

    @builtins.property
    def attempts(self) -> typing.Optional[jsii.Number]:
        '''Number of retries to be allowed for a given request.

        :schema: VirtualServiceSpecHttpRetries#attempts
        '''
        result = self._values.get("attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def backoff(self) -> typing.Optional[builtins.str]:
        '''Specifies the minimum duration between retry attempts.

        :schema: VirtualServiceSpecHttpRetries#backoff
        '''
        result = self._values.get("backoff")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def per_try_timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout per attempt for a given request, including the initial call and any retries.

        :schema: VirtualServiceSpecHttpRetries#perTryTimeout
        '''
        result = self._values.get("per_try_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_ignore_previous_hosts(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the retries should ignore previously tried hosts during retry.

        :schema: VirtualServiceSpecHttpRetries#retryIgnorePreviousHosts
        '''
        result = self._values.get("retry_ignore_previous_hosts")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def retry_on(self) -> typing.Optional[builtins.str]:
        '''Specifies the conditions under which retry takes place.

        :schema: VirtualServiceSpecHttpRetries#retryOn
        '''
        result = self._values.get("retry_on")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_remote_localities(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the retries should retry to other localities.

        :schema: VirtualServiceSpecHttpRetries#retryRemoteLocalities
        '''
        result = self._values.get("retry_remote_localities")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRetries(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpRewrite",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "uri": "uri",
        "uri_regex_rewrite": "uriRegexRewrite",
    },
)
class VirtualServiceSpecHttpRewrite:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        uri_regex_rewrite: typing.Optional[typing.Union["VirtualServiceSpecHttpRewriteUriRegexRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Rewrite HTTP URIs and Authority headers.

        :param authority: rewrite the Authority/Host header with this value.
        :param uri: rewrite the path (or the prefix) portion of the URI with this value.
        :param uri_regex_rewrite: rewrite the path portion of the URI with the specified regex.

        :schema: VirtualServiceSpecHttpRewrite
        '''
        if isinstance(uri_regex_rewrite, dict):
            uri_regex_rewrite = VirtualServiceSpecHttpRewriteUriRegexRewrite(**uri_regex_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__538eaee44aaad0f6d37ce7255067d6887df3354dde5fa0e6a0fcef0bd0e067db)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument uri_regex_rewrite", value=uri_regex_rewrite, expected_type=type_hints["uri_regex_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if uri is not None:
            self._values["uri"] = uri
        if uri_regex_rewrite is not None:
            self._values["uri_regex_rewrite"] = uri_regex_rewrite

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''rewrite the Authority/Host header with this value.

        :schema: VirtualServiceSpecHttpRewrite#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''rewrite the path (or the prefix) portion of the URI with this value.

        :schema: VirtualServiceSpecHttpRewrite#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri_regex_rewrite(
        self,
    ) -> typing.Optional["VirtualServiceSpecHttpRewriteUriRegexRewrite"]:
        '''rewrite the path portion of the URI with the specified regex.

        :schema: VirtualServiceSpecHttpRewrite#uriRegexRewrite
        '''
        result = self._values.get("uri_regex_rewrite")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRewriteUriRegexRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpRewriteUriRegexRewrite",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "rewrite": "rewrite"},
)
class VirtualServiceSpecHttpRewriteUriRegexRewrite:
    def __init__(
        self,
        *,
        match: typing.Optional[builtins.str] = None,
        rewrite: typing.Optional[builtins.str] = None,
    ) -> None:
        '''rewrite the path portion of the URI with the specified regex.

        :param match: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param rewrite: The string that should replace into matching portions of original URI.

        :schema: VirtualServiceSpecHttpRewriteUriRegexRewrite
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__426a09d5c7371850819ac632dee6e187e0a8c11437128914c8612355f6cb43b6)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match is not None:
            self._values["match"] = match
        if rewrite is not None:
            self._values["rewrite"] = rewrite

    @builtins.property
    def match(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceSpecHttpRewriteUriRegexRewrite#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rewrite(self) -> typing.Optional[builtins.str]:
        '''The string that should replace into matching portions of original URI.

        :schema: VirtualServiceSpecHttpRewriteUriRegexRewrite#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRewriteUriRegexRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpRoute",
    jsii_struct_bases=[],
    name_mapping={
        "destination": "destination",
        "headers": "headers",
        "weight": "weight",
    },
)
class VirtualServiceSpecHttpRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecHttpRouteDestination", typing.Dict[builtins.str, typing.Any]],
        headers: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param headers: 
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecHttpRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecHttpRouteDestination(**destination)
        if isinstance(headers, dict):
            headers = VirtualServiceSpecHttpRouteHeaders(**headers)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28bae8d2e85510e238b1c34d64a102e61115e984065851d9fbb9a62d205e6654)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if headers is not None:
            self._values["headers"] = headers
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceSpecHttpRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceSpecHttpRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecHttpRouteDestination", result)

    @builtins.property
    def headers(self) -> typing.Optional["VirtualServiceSpecHttpRouteHeaders"]:
        '''
        :schema: VirtualServiceSpecHttpRoute#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteHeaders"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecHttpRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecHttpRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecHttpRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecHttpRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70d57ae17b1a90e37a2a996a204bd73b2fa6199b302ee0f6e892795d51aeeeb7)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecHttpRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecHttpRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecHttpRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecHttpRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecHttpRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecHttpRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__67701f231f64c0ca6310be026a682fb2fcd7b757608e14d88c3617db36bf0dcc)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecHttpRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpRouteHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class VirtualServiceSpecHttpRouteHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["VirtualServiceSpecHttpRouteHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: VirtualServiceSpecHttpRouteHeaders
        '''
        if isinstance(request, dict):
            request = VirtualServiceSpecHttpRouteHeadersRequest(**request)
        if isinstance(response, dict):
            response = VirtualServiceSpecHttpRouteHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a1164633fa0dad1cf56e87c0c6a377fa3f48737ea1152175b663e3cb5ea42203)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(self) -> typing.Optional["VirtualServiceSpecHttpRouteHeadersRequest"]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteHeadersRequest"], result)

    @builtins.property
    def response(self) -> typing.Optional["VirtualServiceSpecHttpRouteHeadersResponse"]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["VirtualServiceSpecHttpRouteHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpRouteHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpRouteHeadersRequest:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpRouteHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__278800a6183e9fa4b493181002617408927ccbc7a015a422b2a03a05dfcde048)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecHttpRouteHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceSpecHttpRouteHeadersResponse:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceSpecHttpRouteHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__928557932f4db22602366df6c53b7a9b07d178c1ca4cb5a154eb49c5fb8967ad)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceSpecHttpRouteHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecHttpRouteHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecTcp",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "route": "route"},
)
class VirtualServiceSpecTcp:
    def __init__(
        self,
        *,
        match: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTcpMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTcpRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param route: The destination to which the connection should be forwarded to.

        :schema: VirtualServiceSpecTcp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b4f448764ffef1a099f9f9ca2f89928fc567368b4c3f310496dd576a133aa4f)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match is not None:
            self._values["match"] = match
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def match(self) -> typing.Optional[typing.List["VirtualServiceSpecTcpMatch"]]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceSpecTcp#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTcpMatch"]], result)

    @builtins.property
    def route(self) -> typing.Optional[typing.List["VirtualServiceSpecTcpRoute"]]:
        '''The destination to which the connection should be forwarded to.

        :schema: VirtualServiceSpecTcp#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTcpRoute"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecTcpMatch",
    jsii_struct_bases=[],
    name_mapping={
        "destination_subnets": "destinationSubnets",
        "gateways": "gateways",
        "port": "port",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
        "source_subnet": "sourceSubnet",
    },
)
class VirtualServiceSpecTcpMatch:
    def __init__(
        self,
        *,
        destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        port: typing.Optional[jsii.Number] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        source_subnet: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_subnets: IPv4 or IPv6 ip addresses of destination with optional subnet.
        :param gateways: Names of gateways where the rule should be applied.
        :param port: Specifies the port on the host that is being addressed.
        :param source_labels: One or more labels that constrain the applicability of a rule to workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.
        :param source_subnet: 

        :schema: VirtualServiceSpecTcpMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__925a6821d82819ef1e8b814c29ab8f1edcf9f7e226dd22ab49cb75095e734476)
            check_type(argname="argument destination_subnets", value=destination_subnets, expected_type=type_hints["destination_subnets"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
            check_type(argname="argument source_subnet", value=source_subnet, expected_type=type_hints["source_subnet"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if destination_subnets is not None:
            self._values["destination_subnets"] = destination_subnets
        if gateways is not None:
            self._values["gateways"] = gateways
        if port is not None:
            self._values["port"] = port
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace
        if source_subnet is not None:
            self._values["source_subnet"] = source_subnet

    @builtins.property
    def destination_subnets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IPv4 or IPv6 ip addresses of destination with optional subnet.

        :schema: VirtualServiceSpecTcpMatch#destinationSubnets
        '''
        result = self._values.get("destination_subnets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceSpecTcpMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecTcpMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to workloads with the given labels.

        :schema: VirtualServiceSpecTcpMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceSpecTcpMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_subnet(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceSpecTcpMatch#sourceSubnet
        '''
        result = self._values.get("source_subnet")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecTcpRoute",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "weight": "weight"},
)
class VirtualServiceSpecTcpRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecTcpRouteDestination", typing.Dict[builtins.str, typing.Any]],
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecTcpRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecTcpRouteDestination(**destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64c6c328b540351450d6c7ecba0c0920acf4a90237e94c39ec5a078f3a141084)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceSpecTcpRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceSpecTcpRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecTcpRouteDestination", result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecTcpRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecTcpRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecTcpRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecTcpRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecTcpRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecTcpRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b8ed540897999f11bb0fb256afc2554dc6a95738ac1b95a63368ee466ac4b52)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecTcpRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecTcpRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecTcpRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecTcpRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecTcpRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecTcpRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecTcpRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecTcpRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d3a43234da4556a0dd71e08d08caf8ac86d1236731531bef7539589c9d269824)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecTcpRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTcpRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecTls",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "route": "route"},
)
class VirtualServiceSpecTls:
    def __init__(
        self,
        *,
        match: typing.Sequence[typing.Union["VirtualServiceSpecTlsMatch", typing.Dict[builtins.str, typing.Any]]],
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceSpecTlsRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param route: The destination to which the connection should be forwarded to.

        :schema: VirtualServiceSpecTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__184a4f45f9c8c5fef16e25ff2f25c6588b975bfebf091d5fc8c2bc32bb905cf7)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "match": match,
        }
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def match(self) -> typing.List["VirtualServiceSpecTlsMatch"]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceSpecTls#match
        '''
        result = self._values.get("match")
        assert result is not None, "Required property 'match' is missing"
        return typing.cast(typing.List["VirtualServiceSpecTlsMatch"], result)

    @builtins.property
    def route(self) -> typing.Optional[typing.List["VirtualServiceSpecTlsRoute"]]:
        '''The destination to which the connection should be forwarded to.

        :schema: VirtualServiceSpecTls#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceSpecTlsRoute"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecTlsMatch",
    jsii_struct_bases=[],
    name_mapping={
        "sni_hosts": "sniHosts",
        "destination_subnets": "destinationSubnets",
        "gateways": "gateways",
        "port": "port",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
    },
)
class VirtualServiceSpecTlsMatch:
    def __init__(
        self,
        *,
        sni_hosts: typing.Sequence[builtins.str],
        destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        port: typing.Optional[jsii.Number] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param sni_hosts: SNI (server name indicator) to match on.
        :param destination_subnets: IPv4 or IPv6 ip addresses of destination with optional subnet.
        :param gateways: Names of gateways where the rule should be applied.
        :param port: Specifies the port on the host that is being addressed.
        :param source_labels: One or more labels that constrain the applicability of a rule to workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceSpecTlsMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__941f2814d73e44057fc57a295c92b4231d9a36092914b4f6d14a0d498349646b)
            check_type(argname="argument sni_hosts", value=sni_hosts, expected_type=type_hints["sni_hosts"])
            check_type(argname="argument destination_subnets", value=destination_subnets, expected_type=type_hints["destination_subnets"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "sni_hosts": sni_hosts,
        }
        if destination_subnets is not None:
            self._values["destination_subnets"] = destination_subnets
        if gateways is not None:
            self._values["gateways"] = gateways
        if port is not None:
            self._values["port"] = port
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace

    @builtins.property
    def sni_hosts(self) -> typing.List[builtins.str]:
        '''SNI (server name indicator) to match on.

        :schema: VirtualServiceSpecTlsMatch#sniHosts
        '''
        result = self._values.get("sni_hosts")
        assert result is not None, "Required property 'sni_hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def destination_subnets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IPv4 or IPv6 ip addresses of destination with optional subnet.

        :schema: VirtualServiceSpecTlsMatch#destinationSubnets
        '''
        result = self._values.get("destination_subnets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceSpecTlsMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecTlsMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to workloads with the given labels.

        :schema: VirtualServiceSpecTlsMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceSpecTlsMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecTlsRoute",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "weight": "weight"},
)
class VirtualServiceSpecTlsRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceSpecTlsRouteDestination", typing.Dict[builtins.str, typing.Any]],
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecTlsRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceSpecTlsRouteDestination(**destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0a5fdc07348e33021e6b298427c14783a46f900a7911f7807621485aacea8dc)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceSpecTlsRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceSpecTlsRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceSpecTlsRouteDestination", result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceSpecTlsRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecTlsRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceSpecTlsRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceSpecTlsRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceSpecTlsRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceSpecTlsRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae412ec7cb9cd828d71fc9a57743900f8b2f5f782d5f9784dbef2291231d3c97)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceSpecTlsRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceSpecTlsRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceSpecTlsRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceSpecTlsRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceSpecTlsRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceSpecTlsRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceSpecTlsRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceSpecTlsRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__82485279be90738b519e3f4035d96abcc1a448410867b03c10370aa9307098ff)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceSpecTlsRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceSpecTlsRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VirtualServiceV1Alpha3(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3",
):
    '''
    :schema: VirtualServiceV1Alpha3
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceV1Alpha3Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VirtualServiceV1Alpha3" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4fb53a1d4d66c42a75532489ce017e5ca542bf091897c062108e233acbcba98)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VirtualServiceV1Alpha3Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceV1Alpha3Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VirtualServiceV1Alpha3".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
        '''
        props = VirtualServiceV1Alpha3Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VirtualServiceV1Alpha3".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class VirtualServiceV1Alpha3Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceV1Alpha3Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :schema: VirtualServiceV1Alpha3
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = VirtualServiceV1Alpha3Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a62e058ad145b49a66af9977bbdd9eb008734470e3a123435a9fdffffb2a1908)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VirtualServiceV1Alpha3#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["VirtualServiceV1Alpha3Spec"]:
        '''Configuration affecting label/content routing, sni routing, etc.

        See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :schema: VirtualServiceV1Alpha3#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3Spec",
    jsii_struct_bases=[],
    name_mapping={
        "export_to": "exportTo",
        "gateways": "gateways",
        "hosts": "hosts",
        "http": "http",
        "tcp": "tcp",
        "tls": "tls",
    },
)
class VirtualServiceV1Alpha3Spec:
    def __init__(
        self,
        *,
        export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
        http: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Alpha3SpecHttp", typing.Dict[builtins.str, typing.Any]]]] = None,
        tcp: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Alpha3SpecTcp", typing.Dict[builtins.str, typing.Any]]]] = None,
        tls: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Alpha3SpecTls", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Configuration affecting label/content routing, sni routing, etc.

        See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :param export_to: A list of namespaces to which this virtual service is exported.
        :param gateways: The names of gateways and sidecars that should apply these routes.
        :param hosts: The destination hosts to which traffic is being sent.
        :param http: An ordered list of route rules for HTTP traffic.
        :param tcp: An ordered list of route rules for opaque TCP traffic.
        :param tls: An ordered list of route rule for non-terminated TLS & HTTPS traffic.

        :schema: VirtualServiceV1Alpha3Spec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e9466f34f5694a377db6cd4a478d4eb25ca964edf2051d906bbb91d425416a2)
            check_type(argname="argument export_to", value=export_to, expected_type=type_hints["export_to"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if export_to is not None:
            self._values["export_to"] = export_to
        if gateways is not None:
            self._values["gateways"] = gateways
        if hosts is not None:
            self._values["hosts"] = hosts
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def export_to(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of namespaces to which this virtual service is exported.

        :schema: VirtualServiceV1Alpha3Spec#exportTo
        '''
        result = self._values.get("export_to")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The names of gateways and sidecars that should apply these routes.

        :schema: VirtualServiceV1Alpha3Spec#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def hosts(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The destination hosts to which traffic is being sent.

        :schema: VirtualServiceV1Alpha3Spec#hosts
        '''
        result = self._values.get("hosts")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def http(self) -> typing.Optional[typing.List["VirtualServiceV1Alpha3SpecHttp"]]:
        '''An ordered list of route rules for HTTP traffic.

        :schema: VirtualServiceV1Alpha3Spec#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Alpha3SpecHttp"]], result)

    @builtins.property
    def tcp(self) -> typing.Optional[typing.List["VirtualServiceV1Alpha3SpecTcp"]]:
        '''An ordered list of route rules for opaque TCP traffic.

        :schema: VirtualServiceV1Alpha3Spec#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Alpha3SpecTcp"]], result)

    @builtins.property
    def tls(self) -> typing.Optional[typing.List["VirtualServiceV1Alpha3SpecTls"]]:
        '''An ordered list of route rule for non-terminated TLS & HTTPS traffic.

        :schema: VirtualServiceV1Alpha3Spec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Alpha3SpecTls"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttp",
    jsii_struct_bases=[],
    name_mapping={
        "cors_policy": "corsPolicy",
        "delegate": "delegate",
        "direct_response": "directResponse",
        "fault": "fault",
        "headers": "headers",
        "match": "match",
        "mirror": "mirror",
        "mirror_percent": "mirrorPercent",
        "mirror_percentage": "mirrorPercentage",
        "mirrors": "mirrors",
        "name": "name",
        "redirect": "redirect",
        "retries": "retries",
        "rewrite": "rewrite",
        "route": "route",
        "timeout": "timeout",
    },
)
class VirtualServiceV1Alpha3SpecHttp:
    def __init__(
        self,
        *,
        cors_policy: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpCorsPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        delegate: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpDelegate", typing.Dict[builtins.str, typing.Any]]] = None,
        direct_response: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpDirectResponse", typing.Dict[builtins.str, typing.Any]]] = None,
        fault: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpFault", typing.Dict[builtins.str, typing.Any]]] = None,
        headers: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        match: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Alpha3SpecHttpMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        mirror: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_percent: typing.Optional[jsii.Number] = None,
        mirror_percentage: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpMirrorPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
        mirrors: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Alpha3SpecHttpMirrors", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        redirect: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        retries: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpRetries", typing.Dict[builtins.str, typing.Any]]] = None,
        rewrite: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Alpha3SpecHttpRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cors_policy: Cross-Origin Resource Sharing policy (CORS).
        :param delegate: Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.
        :param direct_response: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param fault: Fault injection policy to apply on HTTP traffic at the client side.
        :param headers: 
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param mirror: Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.
        :param mirror_percent: 
        :param mirror_percentage: Percentage of the traffic to be mirrored by the ``mirror`` field.
        :param mirrors: Specifies the destinations to mirror HTTP traffic in addition to the original destination.
        :param name: The name assigned to the route for debugging purposes.
        :param redirect: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param retries: Retry policy for HTTP requests.
        :param rewrite: Rewrite HTTP URIs and Authority headers.
        :param route: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param timeout: Timeout for HTTP requests, default is disabled.

        :schema: VirtualServiceV1Alpha3SpecHttp
        '''
        if isinstance(cors_policy, dict):
            cors_policy = VirtualServiceV1Alpha3SpecHttpCorsPolicy(**cors_policy)
        if isinstance(delegate, dict):
            delegate = VirtualServiceV1Alpha3SpecHttpDelegate(**delegate)
        if isinstance(direct_response, dict):
            direct_response = VirtualServiceV1Alpha3SpecHttpDirectResponse(**direct_response)
        if isinstance(fault, dict):
            fault = VirtualServiceV1Alpha3SpecHttpFault(**fault)
        if isinstance(headers, dict):
            headers = VirtualServiceV1Alpha3SpecHttpHeaders(**headers)
        if isinstance(mirror, dict):
            mirror = VirtualServiceV1Alpha3SpecHttpMirror(**mirror)
        if isinstance(mirror_percentage, dict):
            mirror_percentage = VirtualServiceV1Alpha3SpecHttpMirrorPercentage(**mirror_percentage)
        if isinstance(redirect, dict):
            redirect = VirtualServiceV1Alpha3SpecHttpRedirect(**redirect)
        if isinstance(retries, dict):
            retries = VirtualServiceV1Alpha3SpecHttpRetries(**retries)
        if isinstance(rewrite, dict):
            rewrite = VirtualServiceV1Alpha3SpecHttpRewrite(**rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__84580eb78d6c9f864a07d9e1d29ceb34b625a5cefacea2935eba6c4b3bcd5769)
            check_type(argname="argument cors_policy", value=cors_policy, expected_type=type_hints["cors_policy"])
            check_type(argname="argument delegate", value=delegate, expected_type=type_hints["delegate"])
            check_type(argname="argument direct_response", value=direct_response, expected_type=type_hints["direct_response"])
            check_type(argname="argument fault", value=fault, expected_type=type_hints["fault"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument mirror_percent", value=mirror_percent, expected_type=type_hints["mirror_percent"])
            check_type(argname="argument mirror_percentage", value=mirror_percentage, expected_type=type_hints["mirror_percentage"])
            check_type(argname="argument mirrors", value=mirrors, expected_type=type_hints["mirrors"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument redirect", value=redirect, expected_type=type_hints["redirect"])
            check_type(argname="argument retries", value=retries, expected_type=type_hints["retries"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cors_policy is not None:
            self._values["cors_policy"] = cors_policy
        if delegate is not None:
            self._values["delegate"] = delegate
        if direct_response is not None:
            self._values["direct_response"] = direct_response
        if fault is not None:
            self._values["fault"] = fault
        if headers is not None:
            self._values["headers"] = headers
        if match is not None:
            self._values["match"] = match
        if mirror is not None:
            self._values["mirror"] = mirror
        if mirror_percent is not None:
            self._values["mirror_percent"] = mirror_percent
        if mirror_percentage is not None:
            self._values["mirror_percentage"] = mirror_percentage
        if mirrors is not None:
            self._values["mirrors"] = mirrors
        if name is not None:
            self._values["name"] = name
        if redirect is not None:
            self._values["redirect"] = redirect
        if retries is not None:
            self._values["retries"] = retries
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if route is not None:
            self._values["route"] = route
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def cors_policy(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpCorsPolicy"]:
        '''Cross-Origin Resource Sharing policy (CORS).

        :schema: VirtualServiceV1Alpha3SpecHttp#corsPolicy
        '''
        result = self._values.get("cors_policy")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpCorsPolicy"], result)

    @builtins.property
    def delegate(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpDelegate"]:
        '''Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.

        :schema: VirtualServiceV1Alpha3SpecHttp#delegate
        '''
        result = self._values.get("delegate")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpDelegate"], result)

    @builtins.property
    def direct_response(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpDirectResponse"]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceV1Alpha3SpecHttp#directResponse
        '''
        result = self._values.get("direct_response")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpDirectResponse"], result)

    @builtins.property
    def fault(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpFault"]:
        '''Fault injection policy to apply on HTTP traffic at the client side.

        :schema: VirtualServiceV1Alpha3SpecHttp#fault
        '''
        result = self._values.get("fault")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpFault"], result)

    @builtins.property
    def headers(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpHeaders"]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttp#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpHeaders"], result)

    @builtins.property
    def match(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Alpha3SpecHttpMatch"]]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceV1Alpha3SpecHttp#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Alpha3SpecHttpMatch"]], result)

    @builtins.property
    def mirror(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpMirror"]:
        '''Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.

        :schema: VirtualServiceV1Alpha3SpecHttp#mirror
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpMirror"], result)

    @builtins.property
    def mirror_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttp#mirror_percent
        '''
        result = self._values.get("mirror_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mirror_percentage(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpMirrorPercentage"]:
        '''Percentage of the traffic to be mirrored by the ``mirror`` field.

        :schema: VirtualServiceV1Alpha3SpecHttp#mirrorPercentage
        '''
        result = self._values.get("mirror_percentage")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpMirrorPercentage"], result)

    @builtins.property
    def mirrors(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Alpha3SpecHttpMirrors"]]:
        '''Specifies the destinations to mirror HTTP traffic in addition to the original destination.

        :schema: VirtualServiceV1Alpha3SpecHttp#mirrors
        '''
        result = self._values.get("mirrors")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Alpha3SpecHttpMirrors"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name assigned to the route for debugging purposes.

        :schema: VirtualServiceV1Alpha3SpecHttp#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redirect(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpRedirect"]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceV1Alpha3SpecHttp#redirect
        '''
        result = self._values.get("redirect")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpRedirect"], result)

    @builtins.property
    def retries(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpRetries"]:
        '''Retry policy for HTTP requests.

        :schema: VirtualServiceV1Alpha3SpecHttp#retries
        '''
        result = self._values.get("retries")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpRetries"], result)

    @builtins.property
    def rewrite(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpRewrite"]:
        '''Rewrite HTTP URIs and Authority headers.

        :schema: VirtualServiceV1Alpha3SpecHttp#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpRewrite"], result)

    @builtins.property
    def route(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Alpha3SpecHttpRoute"]]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceV1Alpha3SpecHttp#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Alpha3SpecHttpRoute"]], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout for HTTP requests, default is disabled.

        :schema: VirtualServiceV1Alpha3SpecHttp#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpCorsPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "allow_credentials": "allowCredentials",
        "allow_headers": "allowHeaders",
        "allow_methods": "allowMethods",
        "allow_origin": "allowOrigin",
        "allow_origins": "allowOrigins",
        "expose_headers": "exposeHeaders",
        "max_age": "maxAge",
        "unmatched_preflights": "unmatchedPreflights",
    },
)
class VirtualServiceV1Alpha3SpecHttpCorsPolicy:
    def __init__(
        self,
        *,
        allow_credentials: typing.Optional[builtins.bool] = None,
        allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origins: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins", typing.Dict[builtins.str, typing.Any]]]] = None,
        expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_age: typing.Optional[builtins.str] = None,
        unmatched_preflights: typing.Optional["VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights"] = None,
    ) -> None:
        '''Cross-Origin Resource Sharing policy (CORS).

        :param allow_credentials: Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.
        :param allow_headers: List of HTTP headers that can be used when requesting the resource.
        :param allow_methods: List of HTTP methods allowed to access the resource.
        :param allow_origin: 
        :param allow_origins: String patterns that match allowed origins.
        :param expose_headers: A list of HTTP headers that the browsers are allowed to access.
        :param max_age: Specifies how long the results of a preflight request can be cached.
        :param unmatched_preflights: Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream. Valid Options: FORWARD, IGNORE

        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9dc54a0042a8eea97b447bd1fd479013bd2f00013f9fd0515d054ab47c0a374e)
            check_type(argname="argument allow_credentials", value=allow_credentials, expected_type=type_hints["allow_credentials"])
            check_type(argname="argument allow_headers", value=allow_headers, expected_type=type_hints["allow_headers"])
            check_type(argname="argument allow_methods", value=allow_methods, expected_type=type_hints["allow_methods"])
            check_type(argname="argument allow_origin", value=allow_origin, expected_type=type_hints["allow_origin"])
            check_type(argname="argument allow_origins", value=allow_origins, expected_type=type_hints["allow_origins"])
            check_type(argname="argument expose_headers", value=expose_headers, expected_type=type_hints["expose_headers"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument unmatched_preflights", value=unmatched_preflights, expected_type=type_hints["unmatched_preflights"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_credentials is not None:
            self._values["allow_credentials"] = allow_credentials
        if allow_headers is not None:
            self._values["allow_headers"] = allow_headers
        if allow_methods is not None:
            self._values["allow_methods"] = allow_methods
        if allow_origin is not None:
            self._values["allow_origin"] = allow_origin
        if allow_origins is not None:
            self._values["allow_origins"] = allow_origins
        if expose_headers is not None:
            self._values["expose_headers"] = expose_headers
        if max_age is not None:
            self._values["max_age"] = max_age
        if unmatched_preflights is not None:
            self._values["unmatched_preflights"] = unmatched_preflights

    @builtins.property
    def allow_credentials(self) -> typing.Optional[builtins.bool]:
        '''Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.

        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicy#allowCredentials
        '''
        result = self._values.get("allow_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of HTTP headers that can be used when requesting the resource.

        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicy#allowHeaders
        '''
        result = self._values.get("allow_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_methods(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of HTTP methods allowed to access the resource.

        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicy#allowMethods
        '''
        result = self._values.get("allow_methods")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origin(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicy#allowOrigin
        '''
        result = self._values.get("allow_origin")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origins(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins"]]:
        '''String patterns that match allowed origins.

        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicy#allowOrigins
        '''
        result = self._values.get("allow_origins")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins"]], result)

    @builtins.property
    def expose_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of HTTP headers that the browsers are allowed to access.

        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicy#exposeHeaders
        '''
        result = self._values.get("expose_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_age(self) -> typing.Optional[builtins.str]:
        '''Specifies how long the results of a preflight request can be cached.

        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicy#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def unmatched_preflights(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights"]:
        '''Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.

        Valid Options: FORWARD, IGNORE

        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicy#unmatchedPreflights
        '''
        result = self._values.get("unmatched_preflights")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpCorsPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__843bcc66a82811fd060688edf724fb654951002c22fc7ae96038b680e409e950)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights"
)
class VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights(enum.Enum):
    '''Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.

    Valid Options: FORWARD, IGNORE

    :schema: VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    FORWARD = "FORWARD"
    '''FORWARD.'''
    IGNORE = "IGNORE"
    '''IGNORE.'''


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpDelegate",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class VirtualServiceV1Alpha3SpecHttpDelegate:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.

        :param name: Name specifies the name of the delegate VirtualService.
        :param namespace: Namespace specifies the namespace where the delegate VirtualService resides.

        :schema: VirtualServiceV1Alpha3SpecHttpDelegate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bae4c950e2d90e6007df083d97c3109eb41dcdcc93ea5e4cf821802b15f0e835)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name specifies the name of the delegate VirtualService.

        :schema: VirtualServiceV1Alpha3SpecHttpDelegate#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace specifies the namespace where the delegate VirtualService resides.

        :schema: VirtualServiceV1Alpha3SpecHttpDelegate#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpDelegate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpDirectResponse",
    jsii_struct_bases=[],
    name_mapping={"status": "status", "body": "body"},
)
class VirtualServiceV1Alpha3SpecHttpDirectResponse:
    def __init__(
        self,
        *,
        status: jsii.Number,
        body: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpDirectResponseBody", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :param status: Specifies the HTTP response status to be returned.
        :param body: Specifies the content of the response body.

        :schema: VirtualServiceV1Alpha3SpecHttpDirectResponse
        '''
        if isinstance(body, dict):
            body = VirtualServiceV1Alpha3SpecHttpDirectResponseBody(**body)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cbd3a8bf4aed74e7755b459e8c375f0503dba037635bd9a0977980a747d69fe)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument body", value=body, expected_type=type_hints["body"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
        }
        if body is not None:
            self._values["body"] = body

    @builtins.property
    def status(self) -> jsii.Number:
        '''Specifies the HTTP response status to be returned.

        :schema: VirtualServiceV1Alpha3SpecHttpDirectResponse#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def body(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpDirectResponseBody"]:
        '''Specifies the content of the response body.

        :schema: VirtualServiceV1Alpha3SpecHttpDirectResponse#body
        '''
        result = self._values.get("body")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpDirectResponseBody"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpDirectResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpDirectResponseBody",
    jsii_struct_bases=[],
    name_mapping={"bytes": "bytes", "string": "string"},
)
class VirtualServiceV1Alpha3SpecHttpDirectResponseBody:
    def __init__(
        self,
        *,
        bytes: typing.Optional[builtins.str] = None,
        string: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specifies the content of the response body.

        :param bytes: response body as base64 encoded bytes.
        :param string: 

        :schema: VirtualServiceV1Alpha3SpecHttpDirectResponseBody
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__35a605f456beaef72763dd24d8da2f272ca327a9959dfc764220c4e76978a091)
            check_type(argname="argument bytes", value=bytes, expected_type=type_hints["bytes"])
            check_type(argname="argument string", value=string, expected_type=type_hints["string"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bytes is not None:
            self._values["bytes"] = bytes
        if string is not None:
            self._values["string"] = string

    @builtins.property
    def bytes(self) -> typing.Optional[builtins.str]:
        '''response body as base64 encoded bytes.

        :schema: VirtualServiceV1Alpha3SpecHttpDirectResponseBody#bytes
        '''
        result = self._values.get("bytes")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def string(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpDirectResponseBody#string
        '''
        result = self._values.get("string")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpDirectResponseBody(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpFault",
    jsii_struct_bases=[],
    name_mapping={"abort": "abort", "delay": "delay"},
)
class VirtualServiceV1Alpha3SpecHttpFault:
    def __init__(
        self,
        *,
        abort: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpFaultAbort", typing.Dict[builtins.str, typing.Any]]] = None,
        delay: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpFaultDelay", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Fault injection policy to apply on HTTP traffic at the client side.

        :param abort: Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.
        :param delay: Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :schema: VirtualServiceV1Alpha3SpecHttpFault
        '''
        if isinstance(abort, dict):
            abort = VirtualServiceV1Alpha3SpecHttpFaultAbort(**abort)
        if isinstance(delay, dict):
            delay = VirtualServiceV1Alpha3SpecHttpFaultDelay(**delay)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c30f15b804405a4f17a9d15b55d6c5a5169f73e4bea4570127b48cd1b38c956f)
            check_type(argname="argument abort", value=abort, expected_type=type_hints["abort"])
            check_type(argname="argument delay", value=delay, expected_type=type_hints["delay"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if abort is not None:
            self._values["abort"] = abort
        if delay is not None:
            self._values["delay"] = delay

    @builtins.property
    def abort(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpFaultAbort"]:
        '''Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.

        :schema: VirtualServiceV1Alpha3SpecHttpFault#abort
        '''
        result = self._values.get("abort")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpFaultAbort"], result)

    @builtins.property
    def delay(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpFaultDelay"]:
        '''Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :schema: VirtualServiceV1Alpha3SpecHttpFault#delay
        '''
        result = self._values.get("delay")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpFaultDelay"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpFault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpFaultAbort",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_status": "grpcStatus",
        "http2_error": "http2Error",
        "http_status": "httpStatus",
        "percentage": "percentage",
    },
)
class VirtualServiceV1Alpha3SpecHttpFaultAbort:
    def __init__(
        self,
        *,
        grpc_status: typing.Optional[builtins.str] = None,
        http2_error: typing.Optional[builtins.str] = None,
        http_status: typing.Optional[jsii.Number] = None,
        percentage: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.

        :param grpc_status: GRPC status code to use to abort the request.
        :param http2_error: 
        :param http_status: HTTP status code to use to abort the Http request.
        :param percentage: Percentage of requests to be aborted with the error code provided.

        :schema: VirtualServiceV1Alpha3SpecHttpFaultAbort
        '''
        if isinstance(percentage, dict):
            percentage = VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__edeaeefd3f493a434ac62376380322611ca683504de4363a36df199be1495212)
            check_type(argname="argument grpc_status", value=grpc_status, expected_type=type_hints["grpc_status"])
            check_type(argname="argument http2_error", value=http2_error, expected_type=type_hints["http2_error"])
            check_type(argname="argument http_status", value=http_status, expected_type=type_hints["http_status"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_status is not None:
            self._values["grpc_status"] = grpc_status
        if http2_error is not None:
            self._values["http2_error"] = http2_error
        if http_status is not None:
            self._values["http_status"] = http_status
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def grpc_status(self) -> typing.Optional[builtins.str]:
        '''GRPC status code to use to abort the request.

        :schema: VirtualServiceV1Alpha3SpecHttpFaultAbort#grpcStatus
        '''
        result = self._values.get("grpc_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http2_error(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpFaultAbort#http2Error
        '''
        result = self._values.get("http2_error")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_status(self) -> typing.Optional[jsii.Number]:
        '''HTTP status code to use to abort the Http request.

        :schema: VirtualServiceV1Alpha3SpecHttpFaultAbort#httpStatus
        '''
        result = self._values.get("http_status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage"]:
        '''Percentage of requests to be aborted with the error code provided.

        :schema: VirtualServiceV1Alpha3SpecHttpFaultAbort#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpFaultAbort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of requests to be aborted with the error code provided.

        :param value: 

        :schema: VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1a74980985dbc94b7ed245aebddfcef8e29568b3f728408a09e0e241f5e5f8a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpFaultDelay",
    jsii_struct_bases=[],
    name_mapping={
        "exponential_delay": "exponentialDelay",
        "fixed_delay": "fixedDelay",
        "percent": "percent",
        "percentage": "percentage",
    },
)
class VirtualServiceV1Alpha3SpecHttpFaultDelay:
    def __init__(
        self,
        *,
        exponential_delay: typing.Optional[builtins.str] = None,
        fixed_delay: typing.Optional[builtins.str] = None,
        percent: typing.Optional[jsii.Number] = None,
        percentage: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :param exponential_delay: 
        :param fixed_delay: Add a fixed delay before forwarding the request.
        :param percent: Percentage of requests on which the delay will be injected (0-100).
        :param percentage: Percentage of requests on which the delay will be injected.

        :schema: VirtualServiceV1Alpha3SpecHttpFaultDelay
        '''
        if isinstance(percentage, dict):
            percentage = VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__745c19d8a510a2e611690f6b466182b6a6aa6265d513ab4246ebe424f0e48ae6)
            check_type(argname="argument exponential_delay", value=exponential_delay, expected_type=type_hints["exponential_delay"])
            check_type(argname="argument fixed_delay", value=fixed_delay, expected_type=type_hints["fixed_delay"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exponential_delay is not None:
            self._values["exponential_delay"] = exponential_delay
        if fixed_delay is not None:
            self._values["fixed_delay"] = fixed_delay
        if percent is not None:
            self._values["percent"] = percent
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def exponential_delay(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpFaultDelay#exponentialDelay
        '''
        result = self._values.get("exponential_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fixed_delay(self) -> typing.Optional[builtins.str]:
        '''Add a fixed delay before forwarding the request.

        :schema: VirtualServiceV1Alpha3SpecHttpFaultDelay#fixedDelay
        '''
        result = self._values.get("fixed_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''Percentage of requests on which the delay will be injected (0-100).

        :schema: VirtualServiceV1Alpha3SpecHttpFaultDelay#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage"]:
        '''Percentage of requests on which the delay will be injected.

        :schema: VirtualServiceV1Alpha3SpecHttpFaultDelay#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpFaultDelay(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of requests on which the delay will be injected.

        :param value: 

        :schema: VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__584083683d6baf135ee744913adb40de903f6b3145c8b0953697453d9f65c7aa)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class VirtualServiceV1Alpha3SpecHttpHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: VirtualServiceV1Alpha3SpecHttpHeaders
        '''
        if isinstance(request, dict):
            request = VirtualServiceV1Alpha3SpecHttpHeadersRequest(**request)
        if isinstance(response, dict):
            response = VirtualServiceV1Alpha3SpecHttpHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2229d84969fb6c07e9bba415c02c8cea12b55764673a4dd29619b9808d6f9d8b)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpHeadersRequest"]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpHeadersRequest"], result)

    @builtins.property
    def response(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpHeadersResponse"]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceV1Alpha3SpecHttpHeadersRequest:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceV1Alpha3SpecHttpHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f359a597b72a2a6cebf607619729ef371a9210f0ff94cba74e3db871de6641b)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceV1Alpha3SpecHttpHeadersResponse:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceV1Alpha3SpecHttpHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79ab08d087a5e4eec4a02948055203053767631dca9542c74c43204ba0114953)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMatch",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "gateways": "gateways",
        "headers": "headers",
        "ignore_uri_case": "ignoreUriCase",
        "method": "method",
        "name": "name",
        "port": "port",
        "query_params": "queryParams",
        "scheme": "scheme",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
        "stat_prefix": "statPrefix",
        "uri": "uri",
        "without_headers": "withoutHeaders",
    },
)
class VirtualServiceV1Alpha3SpecHttpMatch:
    def __init__(
        self,
        *,
        authority: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpMatchAuthority", typing.Dict[builtins.str, typing.Any]]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceV1Alpha3SpecHttpMatchHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        ignore_uri_case: typing.Optional[builtins.bool] = None,
        method: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpMatchMethod", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceV1Alpha3SpecHttpMatchQueryParams", typing.Dict[builtins.str, typing.Any]]]] = None,
        scheme: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpMatchScheme", typing.Dict[builtins.str, typing.Any]]] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        stat_prefix: typing.Optional[builtins.str] = None,
        uri: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpMatchUri", typing.Dict[builtins.str, typing.Any]]] = None,
        without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param authority: HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param gateways: Names of gateways where the rule should be applied.
        :param headers: The header keys must be lowercase and use hyphen as the separator, e.g.
        :param ignore_uri_case: Flag to specify whether the URI matching should be case-insensitive.
        :param method: HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param name: The name assigned to a match.
        :param port: Specifies the ports on the host that is being addressed.
        :param query_params: Query parameters for matching.
        :param scheme: URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param source_labels: One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.
        :param stat_prefix: The human readable prefix to use when emitting statistics for this route.
        :param uri: URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param without_headers: withoutHeader has the same syntax with the header, but has opposite meaning.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch
        '''
        if isinstance(authority, dict):
            authority = VirtualServiceV1Alpha3SpecHttpMatchAuthority(**authority)
        if isinstance(method, dict):
            method = VirtualServiceV1Alpha3SpecHttpMatchMethod(**method)
        if isinstance(scheme, dict):
            scheme = VirtualServiceV1Alpha3SpecHttpMatchScheme(**scheme)
        if isinstance(uri, dict):
            uri = VirtualServiceV1Alpha3SpecHttpMatchUri(**uri)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce94db46ee74cc2e0aa697af8fd4ca19fb763bc5ee210b408595805aa763001f)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument ignore_uri_case", value=ignore_uri_case, expected_type=type_hints["ignore_uri_case"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument query_params", value=query_params, expected_type=type_hints["query_params"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
            check_type(argname="argument stat_prefix", value=stat_prefix, expected_type=type_hints["stat_prefix"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument without_headers", value=without_headers, expected_type=type_hints["without_headers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if gateways is not None:
            self._values["gateways"] = gateways
        if headers is not None:
            self._values["headers"] = headers
        if ignore_uri_case is not None:
            self._values["ignore_uri_case"] = ignore_uri_case
        if method is not None:
            self._values["method"] = method
        if name is not None:
            self._values["name"] = name
        if port is not None:
            self._values["port"] = port
        if query_params is not None:
            self._values["query_params"] = query_params
        if scheme is not None:
            self._values["scheme"] = scheme
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace
        if stat_prefix is not None:
            self._values["stat_prefix"] = stat_prefix
        if uri is not None:
            self._values["uri"] = uri
        if without_headers is not None:
            self._values["without_headers"] = without_headers

    @builtins.property
    def authority(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpMatchAuthority"]:
        '''HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpMatchAuthority"], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceV1Alpha3SpecHttpMatchHeaders"]]:
        '''The header keys must be lowercase and use hyphen as the separator, e.g.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceV1Alpha3SpecHttpMatchHeaders"]], result)

    @builtins.property
    def ignore_uri_case(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the URI matching should be case-insensitive.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#ignoreUriCase
        '''
        result = self._values.get("ignore_uri_case")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def method(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpMatchMethod"]:
        '''HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpMatchMethod"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name assigned to a match.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the ports on the host that is being addressed.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def query_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceV1Alpha3SpecHttpMatchQueryParams"]]:
        '''Query parameters for matching.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#queryParams
        '''
        result = self._values.get("query_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceV1Alpha3SpecHttpMatchQueryParams"]], result)

    @builtins.property
    def scheme(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpMatchScheme"]:
        '''URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpMatchScheme"], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stat_prefix(self) -> typing.Optional[builtins.str]:
        '''The human readable prefix to use when emitting statistics for this route.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#statPrefix
        '''
        result = self._values.get("stat_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpMatchUri"]:
        '''URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpMatchUri"], result)

    @builtins.property
    def without_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders"]]:
        '''withoutHeader has the same syntax with the header, but has opposite meaning.

        :schema: VirtualServiceV1Alpha3SpecHttpMatch#withoutHeaders
        '''
        result = self._values.get("without_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMatchAuthority",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Alpha3SpecHttpMatchAuthority:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchAuthority
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__604f98bac5c23a921910c07927de677e2d3c8485393308ea41dfbe1ac5a3e9d5)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchAuthority#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchAuthority#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchAuthority#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMatchAuthority(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMatchHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Alpha3SpecHttpMatchHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5153fe4b2897bcb7c24664cbe85f9dad90a1331fa060bb75ef11c946b52cf54)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMatchHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMatchMethod",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Alpha3SpecHttpMatchMethod:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchMethod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e40037130d5d8a4e2636c1516176c9a34fdfa8a4326da63205b7944b061e5bed)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchMethod#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchMethod#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchMethod#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMatchMethod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMatchQueryParams",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Alpha3SpecHttpMatchQueryParams:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchQueryParams
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a1220a339910d83937b5a817432561e9ee7d16f7a47f1c997b7cbdea153d95aa)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchQueryParams#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchQueryParams#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchQueryParams#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMatchQueryParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMatchScheme",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Alpha3SpecHttpMatchScheme:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchScheme
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c3cbc371d86070e0e768d819c38e9ff53a393625cf09864522d42dcb365c59e)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchScheme#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchScheme#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchScheme#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMatchScheme(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMatchUri",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Alpha3SpecHttpMatchUri:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchUri
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__731608601e445a098cca1bced1ad531866e1abd41d50a6fc9a7fc2ce0c7732f8)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchUri#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchUri#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchUri#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMatchUri(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6be116379f612a4e0f2ab2500859b5871cd1d1d0b24dad70f66cc275f201bd8e)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMirror",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceV1Alpha3SpecHttpMirror:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpMirrorPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceV1Alpha3SpecHttpMirror
        '''
        if isinstance(port, dict):
            port = VirtualServiceV1Alpha3SpecHttpMirrorPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e42feed4182f83f53c7aa0a0bbeb449bd426317330607878c210870399c8d420)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceV1Alpha3SpecHttpMirror#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpMirrorPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Alpha3SpecHttpMirror#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpMirrorPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceV1Alpha3SpecHttpMirror#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMirrorPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceV1Alpha3SpecHttpMirrorPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of the traffic to be mirrored by the ``mirror`` field.

        :param value: 

        :schema: VirtualServiceV1Alpha3SpecHttpMirrorPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__62f896fb8f3920be0bb14daf2d39d7491767fef4abd15c8887269aa5c919a17d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMirrorPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMirrorPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMirrorPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceV1Alpha3SpecHttpMirrorPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceV1Alpha3SpecHttpMirrorPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__77c6fdccd5a720fa561aa3c1459cd5ee1bb26b9cd04d76bacd23e621d48f5c01)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMirrorPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMirrorPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMirrors",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "percentage": "percentage"},
)
class VirtualServiceV1Alpha3SpecHttpMirrors:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceV1Alpha3SpecHttpMirrorsDestination", typing.Dict[builtins.str, typing.Any]],
        percentage: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpMirrorsPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param destination: Destination specifies the target of the mirror operation.
        :param percentage: Percentage of the traffic to be mirrored by the ``destination`` field.

        :schema: VirtualServiceV1Alpha3SpecHttpMirrors
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceV1Alpha3SpecHttpMirrorsDestination(**destination)
        if isinstance(percentage, dict):
            percentage = VirtualServiceV1Alpha3SpecHttpMirrorsPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3b8c230c5e318cf7c2542fee4af690334154b94e9ad122ead871f80c199f740)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def destination(self) -> "VirtualServiceV1Alpha3SpecHttpMirrorsDestination":
        '''Destination specifies the target of the mirror operation.

        :schema: VirtualServiceV1Alpha3SpecHttpMirrors#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceV1Alpha3SpecHttpMirrorsDestination", result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpMirrorsPercentage"]:
        '''Percentage of the traffic to be mirrored by the ``destination`` field.

        :schema: VirtualServiceV1Alpha3SpecHttpMirrors#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpMirrorsPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMirrors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMirrorsDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceV1Alpha3SpecHttpMirrorsDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination specifies the target of the mirror operation.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceV1Alpha3SpecHttpMirrorsDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f27c96f3dc2c541bca10c5495ed720c64c01d88b03fbbde9e53bcec08609da9a)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceV1Alpha3SpecHttpMirrorsDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Alpha3SpecHttpMirrorsDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceV1Alpha3SpecHttpMirrorsDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMirrorsDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3bcfc817a31be1ee90020485ff86895a166514137f9db28ffadfdf386fd65f1)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpMirrorsPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceV1Alpha3SpecHttpMirrorsPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of the traffic to be mirrored by the ``destination`` field.

        :param value: 

        :schema: VirtualServiceV1Alpha3SpecHttpMirrorsPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5466d61af05ae89d4ee07fea428004796bcf4c1d52e36022b3b4bedf739d2950)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpMirrorsPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpMirrorsPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "derive_port": "derivePort",
        "port": "port",
        "redirect_code": "redirectCode",
        "scheme": "scheme",
        "uri": "uri",
    },
)
class VirtualServiceV1Alpha3SpecHttpRedirect:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        derive_port: typing.Optional["VirtualServiceV1Alpha3SpecHttpRedirectDerivePort"] = None,
        port: typing.Optional[jsii.Number] = None,
        redirect_code: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :param authority: On a redirect, overwrite the Authority/Host portion of the URL with this value.
        :param derive_port: On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS. Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT
        :param port: On a redirect, overwrite the port portion of the URL with this value.
        :param redirect_code: On a redirect, Specifies the HTTP status code to use in the redirect response.
        :param scheme: On a redirect, overwrite the scheme portion of the URL with this value.
        :param uri: On a redirect, overwrite the Path portion of the URL with this value.

        :schema: VirtualServiceV1Alpha3SpecHttpRedirect
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d7712b44e80a760403094f37ebed8b7432e5761b90db33f322e9f99f4b08a8d8)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument derive_port", value=derive_port, expected_type=type_hints["derive_port"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument redirect_code", value=redirect_code, expected_type=type_hints["redirect_code"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if derive_port is not None:
            self._values["derive_port"] = derive_port
        if port is not None:
            self._values["port"] = port
        if redirect_code is not None:
            self._values["redirect_code"] = redirect_code
        if scheme is not None:
            self._values["scheme"] = scheme
        if uri is not None:
            self._values["uri"] = uri

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the Authority/Host portion of the URL with this value.

        :schema: VirtualServiceV1Alpha3SpecHttpRedirect#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def derive_port(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpRedirectDerivePort"]:
        '''On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.

        Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT

        :schema: VirtualServiceV1Alpha3SpecHttpRedirect#derivePort
        '''
        result = self._values.get("derive_port")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpRedirectDerivePort"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''On a redirect, overwrite the port portion of the URL with this value.

        :schema: VirtualServiceV1Alpha3SpecHttpRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def redirect_code(self) -> typing.Optional[jsii.Number]:
        '''On a redirect, Specifies the HTTP status code to use in the redirect response.

        :schema: VirtualServiceV1Alpha3SpecHttpRedirect#redirectCode
        '''
        result = self._values.get("redirect_code")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the scheme portion of the URL with this value.

        :schema: VirtualServiceV1Alpha3SpecHttpRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the Path portion of the URL with this value.

        :schema: VirtualServiceV1Alpha3SpecHttpRedirect#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpRedirectDerivePort"
)
class VirtualServiceV1Alpha3SpecHttpRedirectDerivePort(enum.Enum):
    '''On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.

    Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT

    :schema: VirtualServiceV1Alpha3SpecHttpRedirectDerivePort
    '''

    FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT = "FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT"
    '''FROM_PROTOCOL_DEFAULT.'''
    FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT = "FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT"
    '''FROM_REQUEST_PORT.'''


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpRetries",
    jsii_struct_bases=[],
    name_mapping={
        "attempts": "attempts",
        "backoff": "backoff",
        "per_try_timeout": "perTryTimeout",
        "retry_ignore_previous_hosts": "retryIgnorePreviousHosts",
        "retry_on": "retryOn",
        "retry_remote_localities": "retryRemoteLocalities",
    },
)
class VirtualServiceV1Alpha3SpecHttpRetries:
    def __init__(
        self,
        *,
        attempts: typing.Optional[jsii.Number] = None,
        backoff: typing.Optional[builtins.str] = None,
        per_try_timeout: typing.Optional[builtins.str] = None,
        retry_ignore_previous_hosts: typing.Optional[builtins.bool] = None,
        retry_on: typing.Optional[builtins.str] = None,
        retry_remote_localities: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Retry policy for HTTP requests.

        :param attempts: Number of retries to be allowed for a given request.
        :param backoff: Specifies the minimum duration between retry attempts.
        :param per_try_timeout: Timeout per attempt for a given request, including the initial call and any retries.
        :param retry_ignore_previous_hosts: Flag to specify whether the retries should ignore previously tried hosts during retry.
        :param retry_on: Specifies the conditions under which retry takes place.
        :param retry_remote_localities: Flag to specify whether the retries should retry to other localities.

        :schema: VirtualServiceV1Alpha3SpecHttpRetries
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fb4d84db04afac6652d6d8b0d802bfcca0105bb90cc4b65074b935c0a85493c3)
            check_type(argname="argument attempts", value=attempts, expected_type=type_hints["attempts"])
            check_type(argname="argument backoff", value=backoff, expected_type=type_hints["backoff"])
            check_type(argname="argument per_try_timeout", value=per_try_timeout, expected_type=type_hints["per_try_timeout"])
            check_type(argname="argument retry_ignore_previous_hosts", value=retry_ignore_previous_hosts, expected_type=type_hints["retry_ignore_previous_hosts"])
            check_type(argname="argument retry_on", value=retry_on, expected_type=type_hints["retry_on"])
            check_type(argname="argument retry_remote_localities", value=retry_remote_localities, expected_type=type_hints["retry_remote_localities"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attempts is not None:
            self._values["attempts"] = attempts
        if backoff is not None:
            self._values["backoff"] = backoff
        if per_try_timeout is not None:
            self._values["per_try_timeout"] = per_try_timeout
        if retry_ignore_previous_hosts is not None:
            self._values["retry_ignore_previous_hosts"] = retry_ignore_previous_hosts
        if retry_on is not None:
            self._values["retry_on"] = retry_on
        if retry_remote_localities is not None:
            self._values["retry_remote_localities"] = retry_remote_localities

    @builtins.property
    def attempts(self) -> typing.Optional[jsii.Number]:
        '''Number of retries to be allowed for a given request.

        :schema: VirtualServiceV1Alpha3SpecHttpRetries#attempts
        '''
        result = self._values.get("attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def backoff(self) -> typing.Optional[builtins.str]:
        '''Specifies the minimum duration between retry attempts.

        :schema: VirtualServiceV1Alpha3SpecHttpRetries#backoff
        '''
        result = self._values.get("backoff")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def per_try_timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout per attempt for a given request, including the initial call and any retries.

        :schema: VirtualServiceV1Alpha3SpecHttpRetries#perTryTimeout
        '''
        result = self._values.get("per_try_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_ignore_previous_hosts(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the retries should ignore previously tried hosts during retry.

        :schema: VirtualServiceV1Alpha3SpecHttpRetries#retryIgnorePreviousHosts
        '''
        result = self._values.get("retry_ignore_previous_hosts")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def retry_on(self) -> typing.Optional[builtins.str]:
        '''Specifies the conditions under which retry takes place.

        :schema: VirtualServiceV1Alpha3SpecHttpRetries#retryOn
        '''
        result = self._values.get("retry_on")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_remote_localities(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the retries should retry to other localities.

        :schema: VirtualServiceV1Alpha3SpecHttpRetries#retryRemoteLocalities
        '''
        result = self._values.get("retry_remote_localities")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpRetries(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpRewrite",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "uri": "uri",
        "uri_regex_rewrite": "uriRegexRewrite",
    },
)
class VirtualServiceV1Alpha3SpecHttpRewrite:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        uri_regex_rewrite: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Rewrite HTTP URIs and Authority headers.

        :param authority: rewrite the Authority/Host header with this value.
        :param uri: rewrite the path (or the prefix) portion of the URI with this value.
        :param uri_regex_rewrite: rewrite the path portion of the URI with the specified regex.

        :schema: VirtualServiceV1Alpha3SpecHttpRewrite
        '''
        if isinstance(uri_regex_rewrite, dict):
            uri_regex_rewrite = VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite(**uri_regex_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d99d7924ce6ffa12538d1a04bac9fe35d2f5ed2075fb818d3d1e19c3c244c1c6)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument uri_regex_rewrite", value=uri_regex_rewrite, expected_type=type_hints["uri_regex_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if uri is not None:
            self._values["uri"] = uri
        if uri_regex_rewrite is not None:
            self._values["uri_regex_rewrite"] = uri_regex_rewrite

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''rewrite the Authority/Host header with this value.

        :schema: VirtualServiceV1Alpha3SpecHttpRewrite#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''rewrite the path (or the prefix) portion of the URI with this value.

        :schema: VirtualServiceV1Alpha3SpecHttpRewrite#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri_regex_rewrite(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite"]:
        '''rewrite the path portion of the URI with the specified regex.

        :schema: VirtualServiceV1Alpha3SpecHttpRewrite#uriRegexRewrite
        '''
        result = self._values.get("uri_regex_rewrite")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "rewrite": "rewrite"},
)
class VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite:
    def __init__(
        self,
        *,
        match: typing.Optional[builtins.str] = None,
        rewrite: typing.Optional[builtins.str] = None,
    ) -> None:
        '''rewrite the path portion of the URI with the specified regex.

        :param match: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param rewrite: The string that should replace into matching portions of original URI.

        :schema: VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dbcadce8d3b97068c71a4567ead4cd683a13a0cb8d91bbed2198d87e089425c8)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match is not None:
            self._values["match"] = match
        if rewrite is not None:
            self._values["rewrite"] = rewrite

    @builtins.property
    def match(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rewrite(self) -> typing.Optional[builtins.str]:
        '''The string that should replace into matching portions of original URI.

        :schema: VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpRoute",
    jsii_struct_bases=[],
    name_mapping={
        "destination": "destination",
        "headers": "headers",
        "weight": "weight",
    },
)
class VirtualServiceV1Alpha3SpecHttpRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceV1Alpha3SpecHttpRouteDestination", typing.Dict[builtins.str, typing.Any]],
        headers: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpRouteHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param headers: 
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceV1Alpha3SpecHttpRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceV1Alpha3SpecHttpRouteDestination(**destination)
        if isinstance(headers, dict):
            headers = VirtualServiceV1Alpha3SpecHttpRouteHeaders(**headers)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c9f0cb06c31c2d3a726861367d4a13adb5f8e31ecf83b722b12944657adc03a5)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if headers is not None:
            self._values["headers"] = headers
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceV1Alpha3SpecHttpRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceV1Alpha3SpecHttpRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceV1Alpha3SpecHttpRouteDestination", result)

    @builtins.property
    def headers(self) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpRouteHeaders"]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpRoute#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpRouteHeaders"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceV1Alpha3SpecHttpRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceV1Alpha3SpecHttpRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceV1Alpha3SpecHttpRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceV1Alpha3SpecHttpRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f5573cf22a3ec7b48d2f5e9e6a94e3e372440c5d99924b9a30bf1864a88d5abb)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceV1Alpha3SpecHttpRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Alpha3SpecHttpRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceV1Alpha3SpecHttpRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceV1Alpha3SpecHttpRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceV1Alpha3SpecHttpRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__68312520c597f5f21a752799497b12de55aa7155919b614d0eff6c08c5551b32)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpRouteHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class VirtualServiceV1Alpha3SpecHttpRouteHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: VirtualServiceV1Alpha3SpecHttpRouteHeaders
        '''
        if isinstance(request, dict):
            request = VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest(**request)
        if isinstance(response, dict):
            response = VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7eeb5a6855a71c2345695661abd113312ee34fe6ddd5f03b8c41483d853307df)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest"]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpRouteHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest"], result)

    @builtins.property
    def response(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse"]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpRouteHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpRouteHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7be920fcfae73d9dec88e78a3c92ae40db0bba25945b9091245810a01c8fba57)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__57837b3a4163beff5ecb425385e9d2f26a2ecdfecbf36ac74edd63c51fc16f6a)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecTcp",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "route": "route"},
)
class VirtualServiceV1Alpha3SpecTcp:
    def __init__(
        self,
        *,
        match: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Alpha3SpecTcpMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Alpha3SpecTcpRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param route: The destination to which the connection should be forwarded to.

        :schema: VirtualServiceV1Alpha3SpecTcp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0030dd9a027b533cb775adb498ff050ac899b2aecab84e0c1ea55aa4b2c918da)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match is not None:
            self._values["match"] = match
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def match(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Alpha3SpecTcpMatch"]]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceV1Alpha3SpecTcp#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Alpha3SpecTcpMatch"]], result)

    @builtins.property
    def route(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Alpha3SpecTcpRoute"]]:
        '''The destination to which the connection should be forwarded to.

        :schema: VirtualServiceV1Alpha3SpecTcp#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Alpha3SpecTcpRoute"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecTcpMatch",
    jsii_struct_bases=[],
    name_mapping={
        "destination_subnets": "destinationSubnets",
        "gateways": "gateways",
        "port": "port",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
        "source_subnet": "sourceSubnet",
    },
)
class VirtualServiceV1Alpha3SpecTcpMatch:
    def __init__(
        self,
        *,
        destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        port: typing.Optional[jsii.Number] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        source_subnet: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_subnets: IPv4 or IPv6 ip addresses of destination with optional subnet.
        :param gateways: Names of gateways where the rule should be applied.
        :param port: Specifies the port on the host that is being addressed.
        :param source_labels: One or more labels that constrain the applicability of a rule to workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.
        :param source_subnet: 

        :schema: VirtualServiceV1Alpha3SpecTcpMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a47f5fba0885f3c4e721b2111e0b693c2b53e577440fdbf6cd7b21dcf8f06b35)
            check_type(argname="argument destination_subnets", value=destination_subnets, expected_type=type_hints["destination_subnets"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
            check_type(argname="argument source_subnet", value=source_subnet, expected_type=type_hints["source_subnet"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if destination_subnets is not None:
            self._values["destination_subnets"] = destination_subnets
        if gateways is not None:
            self._values["gateways"] = gateways
        if port is not None:
            self._values["port"] = port
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace
        if source_subnet is not None:
            self._values["source_subnet"] = source_subnet

    @builtins.property
    def destination_subnets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IPv4 or IPv6 ip addresses of destination with optional subnet.

        :schema: VirtualServiceV1Alpha3SpecTcpMatch#destinationSubnets
        '''
        result = self._values.get("destination_subnets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceV1Alpha3SpecTcpMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Alpha3SpecTcpMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to workloads with the given labels.

        :schema: VirtualServiceV1Alpha3SpecTcpMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceV1Alpha3SpecTcpMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_subnet(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Alpha3SpecTcpMatch#sourceSubnet
        '''
        result = self._values.get("source_subnet")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecTcpMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecTcpRoute",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "weight": "weight"},
)
class VirtualServiceV1Alpha3SpecTcpRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceV1Alpha3SpecTcpRouteDestination", typing.Dict[builtins.str, typing.Any]],
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceV1Alpha3SpecTcpRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceV1Alpha3SpecTcpRouteDestination(**destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f4dbb2b580c1b3d532831791e975e295bda34b414e564f31575453398758e787)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceV1Alpha3SpecTcpRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceV1Alpha3SpecTcpRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceV1Alpha3SpecTcpRouteDestination", result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceV1Alpha3SpecTcpRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecTcpRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecTcpRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceV1Alpha3SpecTcpRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecTcpRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceV1Alpha3SpecTcpRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceV1Alpha3SpecTcpRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e3479b409b768ff460697dbaf9bf3986db4be0414034eb8e1aad875d3772bd9)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceV1Alpha3SpecTcpRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecTcpRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Alpha3SpecTcpRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecTcpRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceV1Alpha3SpecTcpRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecTcpRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecTcpRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceV1Alpha3SpecTcpRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceV1Alpha3SpecTcpRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8671de5f6d3a4e086b4c7ccd556d77c187960fef8ec4fc5ebc7c79445888e1ac)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Alpha3SpecTcpRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecTcpRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecTls",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "route": "route"},
)
class VirtualServiceV1Alpha3SpecTls:
    def __init__(
        self,
        *,
        match: typing.Sequence[typing.Union["VirtualServiceV1Alpha3SpecTlsMatch", typing.Dict[builtins.str, typing.Any]]],
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Alpha3SpecTlsRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param route: The destination to which the connection should be forwarded to.

        :schema: VirtualServiceV1Alpha3SpecTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0535f52646a4f6c29655ea016a126044fa6d4b7c04ae12331f09b6c9fdd44930)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "match": match,
        }
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def match(self) -> typing.List["VirtualServiceV1Alpha3SpecTlsMatch"]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceV1Alpha3SpecTls#match
        '''
        result = self._values.get("match")
        assert result is not None, "Required property 'match' is missing"
        return typing.cast(typing.List["VirtualServiceV1Alpha3SpecTlsMatch"], result)

    @builtins.property
    def route(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Alpha3SpecTlsRoute"]]:
        '''The destination to which the connection should be forwarded to.

        :schema: VirtualServiceV1Alpha3SpecTls#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Alpha3SpecTlsRoute"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecTlsMatch",
    jsii_struct_bases=[],
    name_mapping={
        "sni_hosts": "sniHosts",
        "destination_subnets": "destinationSubnets",
        "gateways": "gateways",
        "port": "port",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
    },
)
class VirtualServiceV1Alpha3SpecTlsMatch:
    def __init__(
        self,
        *,
        sni_hosts: typing.Sequence[builtins.str],
        destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        port: typing.Optional[jsii.Number] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param sni_hosts: SNI (server name indicator) to match on.
        :param destination_subnets: IPv4 or IPv6 ip addresses of destination with optional subnet.
        :param gateways: Names of gateways where the rule should be applied.
        :param port: Specifies the port on the host that is being addressed.
        :param source_labels: One or more labels that constrain the applicability of a rule to workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceV1Alpha3SpecTlsMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db57ef180fe65c4fe71094ca586c6d48e8de7abc9e4daf0598121848dbcad7e9)
            check_type(argname="argument sni_hosts", value=sni_hosts, expected_type=type_hints["sni_hosts"])
            check_type(argname="argument destination_subnets", value=destination_subnets, expected_type=type_hints["destination_subnets"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "sni_hosts": sni_hosts,
        }
        if destination_subnets is not None:
            self._values["destination_subnets"] = destination_subnets
        if gateways is not None:
            self._values["gateways"] = gateways
        if port is not None:
            self._values["port"] = port
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace

    @builtins.property
    def sni_hosts(self) -> typing.List[builtins.str]:
        '''SNI (server name indicator) to match on.

        :schema: VirtualServiceV1Alpha3SpecTlsMatch#sniHosts
        '''
        result = self._values.get("sni_hosts")
        assert result is not None, "Required property 'sni_hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def destination_subnets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IPv4 or IPv6 ip addresses of destination with optional subnet.

        :schema: VirtualServiceV1Alpha3SpecTlsMatch#destinationSubnets
        '''
        result = self._values.get("destination_subnets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceV1Alpha3SpecTlsMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Alpha3SpecTlsMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to workloads with the given labels.

        :schema: VirtualServiceV1Alpha3SpecTlsMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceV1Alpha3SpecTlsMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecTlsMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecTlsRoute",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "weight": "weight"},
)
class VirtualServiceV1Alpha3SpecTlsRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceV1Alpha3SpecTlsRouteDestination", typing.Dict[builtins.str, typing.Any]],
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceV1Alpha3SpecTlsRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceV1Alpha3SpecTlsRouteDestination(**destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ebe55edda4ddfd15993588c56c1bd5418f954e38ac4b027ef2feb975270dab17)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceV1Alpha3SpecTlsRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceV1Alpha3SpecTlsRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceV1Alpha3SpecTlsRouteDestination", result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceV1Alpha3SpecTlsRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecTlsRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecTlsRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceV1Alpha3SpecTlsRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceV1Alpha3SpecTlsRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceV1Alpha3SpecTlsRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceV1Alpha3SpecTlsRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__57d531abab7d6c607348044b5a9156d329a37f9dd3e917fcc676808091586c1d)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceV1Alpha3SpecTlsRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["VirtualServiceV1Alpha3SpecTlsRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Alpha3SpecTlsRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceV1Alpha3SpecTlsRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceV1Alpha3SpecTlsRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecTlsRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Alpha3SpecTlsRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceV1Alpha3SpecTlsRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceV1Alpha3SpecTlsRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__222a1fedcf2a5de297c5934ed78a05d86c87a54a509079b6f38a4255c3c40f23)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Alpha3SpecTlsRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Alpha3SpecTlsRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VirtualServiceV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1",
):
    '''
    :schema: VirtualServiceV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VirtualServiceV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3d04a2372af6368d08108411263e1c0491a8ab17ec4d4bd46d69ca132f90eb96)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VirtualServiceV1Beta1Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VirtualServiceV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html
        '''
        props = VirtualServiceV1Beta1Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VirtualServiceV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class VirtualServiceV1Beta1Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VirtualServiceV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: Configuration affecting label/content routing, sni routing, etc. See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :schema: VirtualServiceV1Beta1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = VirtualServiceV1Beta1Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__338908ff3863ab56b9f2b1552308f482333937414fcb0346c15796734a6fbfc8)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VirtualServiceV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["VirtualServiceV1Beta1Spec"]:
        '''Configuration affecting label/content routing, sni routing, etc.

        See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :schema: VirtualServiceV1Beta1#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "export_to": "exportTo",
        "gateways": "gateways",
        "hosts": "hosts",
        "http": "http",
        "tcp": "tcp",
        "tls": "tls",
    },
)
class VirtualServiceV1Beta1Spec:
    def __init__(
        self,
        *,
        export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
        http: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Beta1SpecHttp", typing.Dict[builtins.str, typing.Any]]]] = None,
        tcp: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Beta1SpecTcp", typing.Dict[builtins.str, typing.Any]]]] = None,
        tls: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Beta1SpecTls", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Configuration affecting label/content routing, sni routing, etc.

        See more details at: https://istio.io/docs/reference/config/networking/virtual-service.html

        :param export_to: A list of namespaces to which this virtual service is exported.
        :param gateways: The names of gateways and sidecars that should apply these routes.
        :param hosts: The destination hosts to which traffic is being sent.
        :param http: An ordered list of route rules for HTTP traffic.
        :param tcp: An ordered list of route rules for opaque TCP traffic.
        :param tls: An ordered list of route rule for non-terminated TLS & HTTPS traffic.

        :schema: VirtualServiceV1Beta1Spec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8745850372faf33de9837c31fbfa592d8cc8aed2638893b2bc990c23496e272)
            check_type(argname="argument export_to", value=export_to, expected_type=type_hints["export_to"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument hosts", value=hosts, expected_type=type_hints["hosts"])
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument tcp", value=tcp, expected_type=type_hints["tcp"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if export_to is not None:
            self._values["export_to"] = export_to
        if gateways is not None:
            self._values["gateways"] = gateways
        if hosts is not None:
            self._values["hosts"] = hosts
        if http is not None:
            self._values["http"] = http
        if tcp is not None:
            self._values["tcp"] = tcp
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def export_to(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of namespaces to which this virtual service is exported.

        :schema: VirtualServiceV1Beta1Spec#exportTo
        '''
        result = self._values.get("export_to")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The names of gateways and sidecars that should apply these routes.

        :schema: VirtualServiceV1Beta1Spec#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def hosts(self) -> typing.Optional[typing.List[builtins.str]]:
        '''The destination hosts to which traffic is being sent.

        :schema: VirtualServiceV1Beta1Spec#hosts
        '''
        result = self._values.get("hosts")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def http(self) -> typing.Optional[typing.List["VirtualServiceV1Beta1SpecHttp"]]:
        '''An ordered list of route rules for HTTP traffic.

        :schema: VirtualServiceV1Beta1Spec#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Beta1SpecHttp"]], result)

    @builtins.property
    def tcp(self) -> typing.Optional[typing.List["VirtualServiceV1Beta1SpecTcp"]]:
        '''An ordered list of route rules for opaque TCP traffic.

        :schema: VirtualServiceV1Beta1Spec#tcp
        '''
        result = self._values.get("tcp")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Beta1SpecTcp"]], result)

    @builtins.property
    def tls(self) -> typing.Optional[typing.List["VirtualServiceV1Beta1SpecTls"]]:
        '''An ordered list of route rule for non-terminated TLS & HTTPS traffic.

        :schema: VirtualServiceV1Beta1Spec#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Beta1SpecTls"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttp",
    jsii_struct_bases=[],
    name_mapping={
        "cors_policy": "corsPolicy",
        "delegate": "delegate",
        "direct_response": "directResponse",
        "fault": "fault",
        "headers": "headers",
        "match": "match",
        "mirror": "mirror",
        "mirror_percent": "mirrorPercent",
        "mirror_percentage": "mirrorPercentage",
        "mirrors": "mirrors",
        "name": "name",
        "redirect": "redirect",
        "retries": "retries",
        "rewrite": "rewrite",
        "route": "route",
        "timeout": "timeout",
    },
)
class VirtualServiceV1Beta1SpecHttp:
    def __init__(
        self,
        *,
        cors_policy: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpCorsPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        delegate: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpDelegate", typing.Dict[builtins.str, typing.Any]]] = None,
        direct_response: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpDirectResponse", typing.Dict[builtins.str, typing.Any]]] = None,
        fault: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpFault", typing.Dict[builtins.str, typing.Any]]] = None,
        headers: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        match: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Beta1SpecHttpMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        mirror: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        mirror_percent: typing.Optional[jsii.Number] = None,
        mirror_percentage: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpMirrorPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
        mirrors: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Beta1SpecHttpMirrors", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        redirect: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        retries: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpRetries", typing.Dict[builtins.str, typing.Any]]] = None,
        rewrite: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Beta1SpecHttpRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param cors_policy: Cross-Origin Resource Sharing policy (CORS).
        :param delegate: Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.
        :param direct_response: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param fault: Fault injection policy to apply on HTTP traffic at the client side.
        :param headers: 
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param mirror: Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.
        :param mirror_percent: 
        :param mirror_percentage: Percentage of the traffic to be mirrored by the ``mirror`` field.
        :param mirrors: Specifies the destinations to mirror HTTP traffic in addition to the original destination.
        :param name: The name assigned to the route for debugging purposes.
        :param redirect: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param retries: Retry policy for HTTP requests.
        :param rewrite: Rewrite HTTP URIs and Authority headers.
        :param route: A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
        :param timeout: Timeout for HTTP requests, default is disabled.

        :schema: VirtualServiceV1Beta1SpecHttp
        '''
        if isinstance(cors_policy, dict):
            cors_policy = VirtualServiceV1Beta1SpecHttpCorsPolicy(**cors_policy)
        if isinstance(delegate, dict):
            delegate = VirtualServiceV1Beta1SpecHttpDelegate(**delegate)
        if isinstance(direct_response, dict):
            direct_response = VirtualServiceV1Beta1SpecHttpDirectResponse(**direct_response)
        if isinstance(fault, dict):
            fault = VirtualServiceV1Beta1SpecHttpFault(**fault)
        if isinstance(headers, dict):
            headers = VirtualServiceV1Beta1SpecHttpHeaders(**headers)
        if isinstance(mirror, dict):
            mirror = VirtualServiceV1Beta1SpecHttpMirror(**mirror)
        if isinstance(mirror_percentage, dict):
            mirror_percentage = VirtualServiceV1Beta1SpecHttpMirrorPercentage(**mirror_percentage)
        if isinstance(redirect, dict):
            redirect = VirtualServiceV1Beta1SpecHttpRedirect(**redirect)
        if isinstance(retries, dict):
            retries = VirtualServiceV1Beta1SpecHttpRetries(**retries)
        if isinstance(rewrite, dict):
            rewrite = VirtualServiceV1Beta1SpecHttpRewrite(**rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5960b180ac1e7c27ef53a6f9953e5955414662563b339530458de3982a6a9e8e)
            check_type(argname="argument cors_policy", value=cors_policy, expected_type=type_hints["cors_policy"])
            check_type(argname="argument delegate", value=delegate, expected_type=type_hints["delegate"])
            check_type(argname="argument direct_response", value=direct_response, expected_type=type_hints["direct_response"])
            check_type(argname="argument fault", value=fault, expected_type=type_hints["fault"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument mirror", value=mirror, expected_type=type_hints["mirror"])
            check_type(argname="argument mirror_percent", value=mirror_percent, expected_type=type_hints["mirror_percent"])
            check_type(argname="argument mirror_percentage", value=mirror_percentage, expected_type=type_hints["mirror_percentage"])
            check_type(argname="argument mirrors", value=mirrors, expected_type=type_hints["mirrors"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument redirect", value=redirect, expected_type=type_hints["redirect"])
            check_type(argname="argument retries", value=retries, expected_type=type_hints["retries"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cors_policy is not None:
            self._values["cors_policy"] = cors_policy
        if delegate is not None:
            self._values["delegate"] = delegate
        if direct_response is not None:
            self._values["direct_response"] = direct_response
        if fault is not None:
            self._values["fault"] = fault
        if headers is not None:
            self._values["headers"] = headers
        if match is not None:
            self._values["match"] = match
        if mirror is not None:
            self._values["mirror"] = mirror
        if mirror_percent is not None:
            self._values["mirror_percent"] = mirror_percent
        if mirror_percentage is not None:
            self._values["mirror_percentage"] = mirror_percentage
        if mirrors is not None:
            self._values["mirrors"] = mirrors
        if name is not None:
            self._values["name"] = name
        if redirect is not None:
            self._values["redirect"] = redirect
        if retries is not None:
            self._values["retries"] = retries
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if route is not None:
            self._values["route"] = route
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def cors_policy(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpCorsPolicy"]:
        '''Cross-Origin Resource Sharing policy (CORS).

        :schema: VirtualServiceV1Beta1SpecHttp#corsPolicy
        '''
        result = self._values.get("cors_policy")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpCorsPolicy"], result)

    @builtins.property
    def delegate(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpDelegate"]:
        '''Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.

        :schema: VirtualServiceV1Beta1SpecHttp#delegate
        '''
        result = self._values.get("delegate")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpDelegate"], result)

    @builtins.property
    def direct_response(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpDirectResponse"]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceV1Beta1SpecHttp#directResponse
        '''
        result = self._values.get("direct_response")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpDirectResponse"], result)

    @builtins.property
    def fault(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpFault"]:
        '''Fault injection policy to apply on HTTP traffic at the client side.

        :schema: VirtualServiceV1Beta1SpecHttp#fault
        '''
        result = self._values.get("fault")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpFault"], result)

    @builtins.property
    def headers(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpHeaders"]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttp#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpHeaders"], result)

    @builtins.property
    def match(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Beta1SpecHttpMatch"]]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceV1Beta1SpecHttp#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Beta1SpecHttpMatch"]], result)

    @builtins.property
    def mirror(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpMirror"]:
        '''Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.

        :schema: VirtualServiceV1Beta1SpecHttp#mirror
        '''
        result = self._values.get("mirror")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpMirror"], result)

    @builtins.property
    def mirror_percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttp#mirror_percent
        '''
        result = self._values.get("mirror_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def mirror_percentage(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpMirrorPercentage"]:
        '''Percentage of the traffic to be mirrored by the ``mirror`` field.

        :schema: VirtualServiceV1Beta1SpecHttp#mirrorPercentage
        '''
        result = self._values.get("mirror_percentage")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpMirrorPercentage"], result)

    @builtins.property
    def mirrors(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Beta1SpecHttpMirrors"]]:
        '''Specifies the destinations to mirror HTTP traffic in addition to the original destination.

        :schema: VirtualServiceV1Beta1SpecHttp#mirrors
        '''
        result = self._values.get("mirrors")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Beta1SpecHttpMirrors"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name assigned to the route for debugging purposes.

        :schema: VirtualServiceV1Beta1SpecHttp#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redirect(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpRedirect"]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceV1Beta1SpecHttp#redirect
        '''
        result = self._values.get("redirect")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpRedirect"], result)

    @builtins.property
    def retries(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpRetries"]:
        '''Retry policy for HTTP requests.

        :schema: VirtualServiceV1Beta1SpecHttp#retries
        '''
        result = self._values.get("retries")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpRetries"], result)

    @builtins.property
    def rewrite(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpRewrite"]:
        '''Rewrite HTTP URIs and Authority headers.

        :schema: VirtualServiceV1Beta1SpecHttp#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpRewrite"], result)

    @builtins.property
    def route(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Beta1SpecHttpRoute"]]:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :schema: VirtualServiceV1Beta1SpecHttp#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Beta1SpecHttpRoute"]], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout for HTTP requests, default is disabled.

        :schema: VirtualServiceV1Beta1SpecHttp#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpCorsPolicy",
    jsii_struct_bases=[],
    name_mapping={
        "allow_credentials": "allowCredentials",
        "allow_headers": "allowHeaders",
        "allow_methods": "allowMethods",
        "allow_origin": "allowOrigin",
        "allow_origins": "allowOrigins",
        "expose_headers": "exposeHeaders",
        "max_age": "maxAge",
        "unmatched_preflights": "unmatchedPreflights",
    },
)
class VirtualServiceV1Beta1SpecHttpCorsPolicy:
    def __init__(
        self,
        *,
        allow_credentials: typing.Optional[builtins.bool] = None,
        allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_origins: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins", typing.Dict[builtins.str, typing.Any]]]] = None,
        expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_age: typing.Optional[builtins.str] = None,
        unmatched_preflights: typing.Optional["VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights"] = None,
    ) -> None:
        '''Cross-Origin Resource Sharing policy (CORS).

        :param allow_credentials: Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.
        :param allow_headers: List of HTTP headers that can be used when requesting the resource.
        :param allow_methods: List of HTTP methods allowed to access the resource.
        :param allow_origin: 
        :param allow_origins: String patterns that match allowed origins.
        :param expose_headers: A list of HTTP headers that the browsers are allowed to access.
        :param max_age: Specifies how long the results of a preflight request can be cached.
        :param unmatched_preflights: Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream. Valid Options: FORWARD, IGNORE

        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__785ae0528618c861683b6510d9ba5cbcdacdd759bb935bc7687cdcb5adee8c9f)
            check_type(argname="argument allow_credentials", value=allow_credentials, expected_type=type_hints["allow_credentials"])
            check_type(argname="argument allow_headers", value=allow_headers, expected_type=type_hints["allow_headers"])
            check_type(argname="argument allow_methods", value=allow_methods, expected_type=type_hints["allow_methods"])
            check_type(argname="argument allow_origin", value=allow_origin, expected_type=type_hints["allow_origin"])
            check_type(argname="argument allow_origins", value=allow_origins, expected_type=type_hints["allow_origins"])
            check_type(argname="argument expose_headers", value=expose_headers, expected_type=type_hints["expose_headers"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
            check_type(argname="argument unmatched_preflights", value=unmatched_preflights, expected_type=type_hints["unmatched_preflights"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_credentials is not None:
            self._values["allow_credentials"] = allow_credentials
        if allow_headers is not None:
            self._values["allow_headers"] = allow_headers
        if allow_methods is not None:
            self._values["allow_methods"] = allow_methods
        if allow_origin is not None:
            self._values["allow_origin"] = allow_origin
        if allow_origins is not None:
            self._values["allow_origins"] = allow_origins
        if expose_headers is not None:
            self._values["expose_headers"] = expose_headers
        if max_age is not None:
            self._values["max_age"] = max_age
        if unmatched_preflights is not None:
            self._values["unmatched_preflights"] = unmatched_preflights

    @builtins.property
    def allow_credentials(self) -> typing.Optional[builtins.bool]:
        '''Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.

        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicy#allowCredentials
        '''
        result = self._values.get("allow_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of HTTP headers that can be used when requesting the resource.

        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicy#allowHeaders
        '''
        result = self._values.get("allow_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_methods(self) -> typing.Optional[typing.List[builtins.str]]:
        '''List of HTTP methods allowed to access the resource.

        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicy#allowMethods
        '''
        result = self._values.get("allow_methods")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origin(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicy#allowOrigin
        '''
        result = self._values.get("allow_origin")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_origins(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins"]]:
        '''String patterns that match allowed origins.

        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicy#allowOrigins
        '''
        result = self._values.get("allow_origins")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins"]], result)

    @builtins.property
    def expose_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''A list of HTTP headers that the browsers are allowed to access.

        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicy#exposeHeaders
        '''
        result = self._values.get("expose_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_age(self) -> typing.Optional[builtins.str]:
        '''Specifies how long the results of a preflight request can be cached.

        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicy#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def unmatched_preflights(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights"]:
        '''Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.

        Valid Options: FORWARD, IGNORE

        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicy#unmatchedPreflights
        '''
        result = self._values.get("unmatched_preflights")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpCorsPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e561568ae0ba8c89cabdf3135bf78628c3dc3b60f01a9bc1b0a2204180f5986a)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights"
)
class VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights(enum.Enum):
    '''Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.

    Valid Options: FORWARD, IGNORE

    :schema: VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''UNSPECIFIED.'''
    FORWARD = "FORWARD"
    '''FORWARD.'''
    IGNORE = "IGNORE"
    '''IGNORE.'''


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpDelegate",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class VirtualServiceV1Beta1SpecHttpDelegate:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.

        :param name: Name specifies the name of the delegate VirtualService.
        :param namespace: Namespace specifies the namespace where the delegate VirtualService resides.

        :schema: VirtualServiceV1Beta1SpecHttpDelegate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f3c5d045d912ea7d75a71de34e3a8af3afe5882fc967c3c98bd3324a2fd5b64a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name specifies the name of the delegate VirtualService.

        :schema: VirtualServiceV1Beta1SpecHttpDelegate#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace specifies the namespace where the delegate VirtualService resides.

        :schema: VirtualServiceV1Beta1SpecHttpDelegate#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpDelegate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpDirectResponse",
    jsii_struct_bases=[],
    name_mapping={"status": "status", "body": "body"},
)
class VirtualServiceV1Beta1SpecHttpDirectResponse:
    def __init__(
        self,
        *,
        status: jsii.Number,
        body: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpDirectResponseBody", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :param status: Specifies the HTTP response status to be returned.
        :param body: Specifies the content of the response body.

        :schema: VirtualServiceV1Beta1SpecHttpDirectResponse
        '''
        if isinstance(body, dict):
            body = VirtualServiceV1Beta1SpecHttpDirectResponseBody(**body)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6e24779848491c4830edef6a8646c74cad9ffc32202f6ff2b7d277979610d934)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument body", value=body, expected_type=type_hints["body"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
        }
        if body is not None:
            self._values["body"] = body

    @builtins.property
    def status(self) -> jsii.Number:
        '''Specifies the HTTP response status to be returned.

        :schema: VirtualServiceV1Beta1SpecHttpDirectResponse#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def body(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpDirectResponseBody"]:
        '''Specifies the content of the response body.

        :schema: VirtualServiceV1Beta1SpecHttpDirectResponse#body
        '''
        result = self._values.get("body")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpDirectResponseBody"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpDirectResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpDirectResponseBody",
    jsii_struct_bases=[],
    name_mapping={"bytes": "bytes", "string": "string"},
)
class VirtualServiceV1Beta1SpecHttpDirectResponseBody:
    def __init__(
        self,
        *,
        bytes: typing.Optional[builtins.str] = None,
        string: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specifies the content of the response body.

        :param bytes: response body as base64 encoded bytes.
        :param string: 

        :schema: VirtualServiceV1Beta1SpecHttpDirectResponseBody
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d9694d476f6419c583438dee6978b0881cda324fedaec866e929ada2dd1f3b6)
            check_type(argname="argument bytes", value=bytes, expected_type=type_hints["bytes"])
            check_type(argname="argument string", value=string, expected_type=type_hints["string"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bytes is not None:
            self._values["bytes"] = bytes
        if string is not None:
            self._values["string"] = string

    @builtins.property
    def bytes(self) -> typing.Optional[builtins.str]:
        '''response body as base64 encoded bytes.

        :schema: VirtualServiceV1Beta1SpecHttpDirectResponseBody#bytes
        '''
        result = self._values.get("bytes")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def string(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpDirectResponseBody#string
        '''
        result = self._values.get("string")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpDirectResponseBody(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpFault",
    jsii_struct_bases=[],
    name_mapping={"abort": "abort", "delay": "delay"},
)
class VirtualServiceV1Beta1SpecHttpFault:
    def __init__(
        self,
        *,
        abort: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpFaultAbort", typing.Dict[builtins.str, typing.Any]]] = None,
        delay: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpFaultDelay", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Fault injection policy to apply on HTTP traffic at the client side.

        :param abort: Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.
        :param delay: Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :schema: VirtualServiceV1Beta1SpecHttpFault
        '''
        if isinstance(abort, dict):
            abort = VirtualServiceV1Beta1SpecHttpFaultAbort(**abort)
        if isinstance(delay, dict):
            delay = VirtualServiceV1Beta1SpecHttpFaultDelay(**delay)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__22ad8ff7918d1b56230ad683d3c66eb0f260a2489409abc21725b4502021c197)
            check_type(argname="argument abort", value=abort, expected_type=type_hints["abort"])
            check_type(argname="argument delay", value=delay, expected_type=type_hints["delay"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if abort is not None:
            self._values["abort"] = abort
        if delay is not None:
            self._values["delay"] = delay

    @builtins.property
    def abort(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpFaultAbort"]:
        '''Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.

        :schema: VirtualServiceV1Beta1SpecHttpFault#abort
        '''
        result = self._values.get("abort")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpFaultAbort"], result)

    @builtins.property
    def delay(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpFaultDelay"]:
        '''Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :schema: VirtualServiceV1Beta1SpecHttpFault#delay
        '''
        result = self._values.get("delay")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpFaultDelay"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpFault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpFaultAbort",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_status": "grpcStatus",
        "http2_error": "http2Error",
        "http_status": "httpStatus",
        "percentage": "percentage",
    },
)
class VirtualServiceV1Beta1SpecHttpFaultAbort:
    def __init__(
        self,
        *,
        grpc_status: typing.Optional[builtins.str] = None,
        http2_error: typing.Optional[builtins.str] = None,
        http_status: typing.Optional[jsii.Number] = None,
        percentage: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpFaultAbortPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.

        :param grpc_status: GRPC status code to use to abort the request.
        :param http2_error: 
        :param http_status: HTTP status code to use to abort the Http request.
        :param percentage: Percentage of requests to be aborted with the error code provided.

        :schema: VirtualServiceV1Beta1SpecHttpFaultAbort
        '''
        if isinstance(percentage, dict):
            percentage = VirtualServiceV1Beta1SpecHttpFaultAbortPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06d61ea04119eee187d4f988868193e9176be03348741793a330fbedb5bc7a1e)
            check_type(argname="argument grpc_status", value=grpc_status, expected_type=type_hints["grpc_status"])
            check_type(argname="argument http2_error", value=http2_error, expected_type=type_hints["http2_error"])
            check_type(argname="argument http_status", value=http_status, expected_type=type_hints["http_status"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_status is not None:
            self._values["grpc_status"] = grpc_status
        if http2_error is not None:
            self._values["http2_error"] = http2_error
        if http_status is not None:
            self._values["http_status"] = http_status
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def grpc_status(self) -> typing.Optional[builtins.str]:
        '''GRPC status code to use to abort the request.

        :schema: VirtualServiceV1Beta1SpecHttpFaultAbort#grpcStatus
        '''
        result = self._values.get("grpc_status")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http2_error(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpFaultAbort#http2Error
        '''
        result = self._values.get("http2_error")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def http_status(self) -> typing.Optional[jsii.Number]:
        '''HTTP status code to use to abort the Http request.

        :schema: VirtualServiceV1Beta1SpecHttpFaultAbort#httpStatus
        '''
        result = self._values.get("http_status")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpFaultAbortPercentage"]:
        '''Percentage of requests to be aborted with the error code provided.

        :schema: VirtualServiceV1Beta1SpecHttpFaultAbort#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpFaultAbortPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpFaultAbort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpFaultAbortPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceV1Beta1SpecHttpFaultAbortPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of requests to be aborted with the error code provided.

        :param value: 

        :schema: VirtualServiceV1Beta1SpecHttpFaultAbortPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4af3ea00dd33ea28053ad539991382ed53a8e359a5e7b18cf4ba3679b540caf)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpFaultAbortPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpFaultAbortPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpFaultDelay",
    jsii_struct_bases=[],
    name_mapping={
        "exponential_delay": "exponentialDelay",
        "fixed_delay": "fixedDelay",
        "percent": "percent",
        "percentage": "percentage",
    },
)
class VirtualServiceV1Beta1SpecHttpFaultDelay:
    def __init__(
        self,
        *,
        exponential_delay: typing.Optional[builtins.str] = None,
        fixed_delay: typing.Optional[builtins.str] = None,
        percent: typing.Optional[jsii.Number] = None,
        percentage: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpFaultDelayPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.

        :param exponential_delay: 
        :param fixed_delay: Add a fixed delay before forwarding the request.
        :param percent: Percentage of requests on which the delay will be injected (0-100).
        :param percentage: Percentage of requests on which the delay will be injected.

        :schema: VirtualServiceV1Beta1SpecHttpFaultDelay
        '''
        if isinstance(percentage, dict):
            percentage = VirtualServiceV1Beta1SpecHttpFaultDelayPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc4d33a11896268abac4d61f24a93bcecd1f8c592e819b39f4184356756b6189)
            check_type(argname="argument exponential_delay", value=exponential_delay, expected_type=type_hints["exponential_delay"])
            check_type(argname="argument fixed_delay", value=fixed_delay, expected_type=type_hints["fixed_delay"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exponential_delay is not None:
            self._values["exponential_delay"] = exponential_delay
        if fixed_delay is not None:
            self._values["fixed_delay"] = fixed_delay
        if percent is not None:
            self._values["percent"] = percent
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def exponential_delay(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpFaultDelay#exponentialDelay
        '''
        result = self._values.get("exponential_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def fixed_delay(self) -> typing.Optional[builtins.str]:
        '''Add a fixed delay before forwarding the request.

        :schema: VirtualServiceV1Beta1SpecHttpFaultDelay#fixedDelay
        '''
        result = self._values.get("fixed_delay")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''Percentage of requests on which the delay will be injected (0-100).

        :schema: VirtualServiceV1Beta1SpecHttpFaultDelay#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpFaultDelayPercentage"]:
        '''Percentage of requests on which the delay will be injected.

        :schema: VirtualServiceV1Beta1SpecHttpFaultDelay#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpFaultDelayPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpFaultDelay(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpFaultDelayPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceV1Beta1SpecHttpFaultDelayPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of requests on which the delay will be injected.

        :param value: 

        :schema: VirtualServiceV1Beta1SpecHttpFaultDelayPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b0260d09b416ddec2bca4e6649dbc992fb3d8b8aa0165dd48aba9ead3470e61f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpFaultDelayPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpFaultDelayPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class VirtualServiceV1Beta1SpecHttpHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: VirtualServiceV1Beta1SpecHttpHeaders
        '''
        if isinstance(request, dict):
            request = VirtualServiceV1Beta1SpecHttpHeadersRequest(**request)
        if isinstance(response, dict):
            response = VirtualServiceV1Beta1SpecHttpHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9bf8a01ede58b7698c7189249bc31c7ca1bc626019e37bd97aafa637e90abfa5)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpHeadersRequest"]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpHeadersRequest"], result)

    @builtins.property
    def response(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpHeadersResponse"]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceV1Beta1SpecHttpHeadersRequest:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceV1Beta1SpecHttpHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dc623a3d86b6cbe55f0469ba6d75113adc8e916a85bb65f33ad0aff92ed951c1)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceV1Beta1SpecHttpHeadersResponse:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceV1Beta1SpecHttpHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__50013276733a83173c8ca014b533167a5f0bdbcceeaace3416879ea7e0ffd251)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMatch",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "gateways": "gateways",
        "headers": "headers",
        "ignore_uri_case": "ignoreUriCase",
        "method": "method",
        "name": "name",
        "port": "port",
        "query_params": "queryParams",
        "scheme": "scheme",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
        "stat_prefix": "statPrefix",
        "uri": "uri",
        "without_headers": "withoutHeaders",
    },
)
class VirtualServiceV1Beta1SpecHttpMatch:
    def __init__(
        self,
        *,
        authority: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpMatchAuthority", typing.Dict[builtins.str, typing.Any]]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceV1Beta1SpecHttpMatchHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        ignore_uri_case: typing.Optional[builtins.bool] = None,
        method: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpMatchMethod", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceV1Beta1SpecHttpMatchQueryParams", typing.Dict[builtins.str, typing.Any]]]] = None,
        scheme: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpMatchScheme", typing.Dict[builtins.str, typing.Any]]] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        stat_prefix: typing.Optional[builtins.str] = None,
        uri: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpMatchUri", typing.Dict[builtins.str, typing.Any]]] = None,
        without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union["VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param authority: HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param gateways: Names of gateways where the rule should be applied.
        :param headers: The header keys must be lowercase and use hyphen as the separator, e.g.
        :param ignore_uri_case: Flag to specify whether the URI matching should be case-insensitive.
        :param method: HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param name: The name assigned to a match.
        :param port: Specifies the ports on the host that is being addressed.
        :param query_params: Query parameters for matching.
        :param scheme: URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param source_labels: One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.
        :param stat_prefix: The human readable prefix to use when emitting statistics for this route.
        :param uri: URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param without_headers: withoutHeader has the same syntax with the header, but has opposite meaning.

        :schema: VirtualServiceV1Beta1SpecHttpMatch
        '''
        if isinstance(authority, dict):
            authority = VirtualServiceV1Beta1SpecHttpMatchAuthority(**authority)
        if isinstance(method, dict):
            method = VirtualServiceV1Beta1SpecHttpMatchMethod(**method)
        if isinstance(scheme, dict):
            scheme = VirtualServiceV1Beta1SpecHttpMatchScheme(**scheme)
        if isinstance(uri, dict):
            uri = VirtualServiceV1Beta1SpecHttpMatchUri(**uri)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__008431c4fb09fa20a67e032c7ed3f3ddcbfa76adb25de6e33657489965e17942)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument ignore_uri_case", value=ignore_uri_case, expected_type=type_hints["ignore_uri_case"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument query_params", value=query_params, expected_type=type_hints["query_params"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
            check_type(argname="argument stat_prefix", value=stat_prefix, expected_type=type_hints["stat_prefix"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument without_headers", value=without_headers, expected_type=type_hints["without_headers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if gateways is not None:
            self._values["gateways"] = gateways
        if headers is not None:
            self._values["headers"] = headers
        if ignore_uri_case is not None:
            self._values["ignore_uri_case"] = ignore_uri_case
        if method is not None:
            self._values["method"] = method
        if name is not None:
            self._values["name"] = name
        if port is not None:
            self._values["port"] = port
        if query_params is not None:
            self._values["query_params"] = query_params
        if scheme is not None:
            self._values["scheme"] = scheme
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace
        if stat_prefix is not None:
            self._values["stat_prefix"] = stat_prefix
        if uri is not None:
            self._values["uri"] = uri
        if without_headers is not None:
            self._values["without_headers"] = without_headers

    @builtins.property
    def authority(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpMatchAuthority"]:
        '''HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpMatchAuthority"], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceV1Beta1SpecHttpMatchHeaders"]]:
        '''The header keys must be lowercase and use hyphen as the separator, e.g.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceV1Beta1SpecHttpMatchHeaders"]], result)

    @builtins.property
    def ignore_uri_case(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the URI matching should be case-insensitive.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#ignoreUriCase
        '''
        result = self._values.get("ignore_uri_case")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def method(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpMatchMethod"]:
        '''HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpMatchMethod"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name assigned to a match.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the ports on the host that is being addressed.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def query_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceV1Beta1SpecHttpMatchQueryParams"]]:
        '''Query parameters for matching.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#queryParams
        '''
        result = self._values.get("query_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceV1Beta1SpecHttpMatchQueryParams"]], result)

    @builtins.property
    def scheme(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpMatchScheme"]:
        '''URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpMatchScheme"], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def stat_prefix(self) -> typing.Optional[builtins.str]:
        '''The human readable prefix to use when emitting statistics for this route.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#statPrefix
        '''
        result = self._values.get("stat_prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpMatchUri"]:
        '''URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpMatchUri"], result)

    @builtins.property
    def without_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders"]]:
        '''withoutHeader has the same syntax with the header, but has opposite meaning.

        :schema: VirtualServiceV1Beta1SpecHttpMatch#withoutHeaders
        '''
        result = self._values.get("without_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMatchAuthority",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Beta1SpecHttpMatchAuthority:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HTTP Authority values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchAuthority
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01e026fcf8365178439a2c703b52e15dc96b0a528a523359a86dc04de329e657)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchAuthority#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchAuthority#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchAuthority#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMatchAuthority(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMatchHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Beta1SpecHttpMatchHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2cf28389d6771be614f39086b6fd3177938cbbf5d0d8656054b3845a6962c96e)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMatchHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMatchMethod",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Beta1SpecHttpMatchMethod:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HTTP Method values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchMethod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7666e9042cce6a913b216cd25ba8cf210abae4fb324e739aaaa0dc58d06cf25)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchMethod#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchMethod#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchMethod#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMatchMethod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMatchQueryParams",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Beta1SpecHttpMatchQueryParams:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchQueryParams
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7db331c5f8a8495e0fa435b9376ec64a67db817285e7fdcd9412efb80a40c54)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchQueryParams#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchQueryParams#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchQueryParams#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMatchQueryParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMatchScheme",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Beta1SpecHttpMatchScheme:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''URI Scheme values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchScheme
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__acabe7d3f2b674c2aa7390a3a2cda0241c57c2468befd3c80b78446b21b3edf0)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchScheme#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchScheme#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchScheme#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMatchScheme(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMatchUri",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Beta1SpecHttpMatchUri:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''URI to match values are case-sensitive and formatted as follows: - ``exact: "value"`` for exact string match - ``prefix: "value"`` for prefix-based match - ``regex: "value"`` for `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchUri
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e9a0cbda0924f403895b0b5cccb2d86313c01db367a32797fd4aa970e52c4990)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchUri#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchUri#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchUri#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMatchUri(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders",
    jsii_struct_bases=[],
    name_mapping={"exact": "exact", "prefix": "prefix", "regex": "regex"},
)
class VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders:
    def __init__(
        self,
        *,
        exact: typing.Optional[builtins.str] = None,
        prefix: typing.Optional[builtins.str] = None,
        regex: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param exact: 
        :param prefix: 
        :param regex: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06090f81fafe7a8471af90cfd1b5dbd777d480e01b09a8928ff048d06d829211)
            check_type(argname="argument exact", value=exact, expected_type=type_hints["exact"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exact is not None:
            self._values["exact"] = exact
        if prefix is not None:
            self._values["prefix"] = prefix
        if regex is not None:
            self._values["regex"] = regex

    @builtins.property
    def exact(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders#exact
        '''
        result = self._values.get("exact")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def prefix(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders#prefix
        '''
        result = self._values.get("prefix")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMirror",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceV1Beta1SpecHttpMirror:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpMirrorPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceV1Beta1SpecHttpMirror
        '''
        if isinstance(port, dict):
            port = VirtualServiceV1Beta1SpecHttpMirrorPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d0b30d5a86c5a5841c74b32e4b60b0ba917a9b148bb20dac9d254480b0c50ecc)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceV1Beta1SpecHttpMirror#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpMirrorPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Beta1SpecHttpMirror#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpMirrorPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceV1Beta1SpecHttpMirror#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMirrorPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceV1Beta1SpecHttpMirrorPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of the traffic to be mirrored by the ``mirror`` field.

        :param value: 

        :schema: VirtualServiceV1Beta1SpecHttpMirrorPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04b9b9277cd2e596fab9b65a5ba10c8705f34dc8d387415fc08e11dcd649f434)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMirrorPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMirrorPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMirrorPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceV1Beta1SpecHttpMirrorPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceV1Beta1SpecHttpMirrorPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d2df19fbfd019e2b1a725d9b71eb49949ed8c3f9b4becb51a1ff51d9c92828b7)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMirrorPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMirrorPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMirrors",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "percentage": "percentage"},
)
class VirtualServiceV1Beta1SpecHttpMirrors:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceV1Beta1SpecHttpMirrorsDestination", typing.Dict[builtins.str, typing.Any]],
        percentage: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpMirrorsPercentage", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param destination: Destination specifies the target of the mirror operation.
        :param percentage: Percentage of the traffic to be mirrored by the ``destination`` field.

        :schema: VirtualServiceV1Beta1SpecHttpMirrors
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceV1Beta1SpecHttpMirrorsDestination(**destination)
        if isinstance(percentage, dict):
            percentage = VirtualServiceV1Beta1SpecHttpMirrorsPercentage(**percentage)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__07595205c67e3a6cd50ed893c7372ce4bd100160ea7332fcfcbc1e6d62a09367)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if percentage is not None:
            self._values["percentage"] = percentage

    @builtins.property
    def destination(self) -> "VirtualServiceV1Beta1SpecHttpMirrorsDestination":
        '''Destination specifies the target of the mirror operation.

        :schema: VirtualServiceV1Beta1SpecHttpMirrors#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceV1Beta1SpecHttpMirrorsDestination", result)

    @builtins.property
    def percentage(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpMirrorsPercentage"]:
        '''Percentage of the traffic to be mirrored by the ``destination`` field.

        :schema: VirtualServiceV1Beta1SpecHttpMirrors#percentage
        '''
        result = self._values.get("percentage")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpMirrorsPercentage"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMirrors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMirrorsDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceV1Beta1SpecHttpMirrorsDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination specifies the target of the mirror operation.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceV1Beta1SpecHttpMirrorsDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__178b51951f18290c2fa8437886d91d2bdb024640406db12d4b0339279e90645e)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceV1Beta1SpecHttpMirrorsDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Beta1SpecHttpMirrorsDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceV1Beta1SpecHttpMirrorsDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMirrorsDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a44af41bfe5c78cf8cb195fae68f00c2e999fcc8e9d8fa036a9b3b2e9de5d7eb)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpMirrorsPercentage",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class VirtualServiceV1Beta1SpecHttpMirrorsPercentage:
    def __init__(self, *, value: typing.Optional[jsii.Number] = None) -> None:
        '''Percentage of the traffic to be mirrored by the ``destination`` field.

        :param value: 

        :schema: VirtualServiceV1Beta1SpecHttpMirrorsPercentage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e9a09da85e499c2898bc5db0b94299d6337c933080b98670b1f35de7c156f7d1)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpMirrorsPercentage#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpMirrorsPercentage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "derive_port": "derivePort",
        "port": "port",
        "redirect_code": "redirectCode",
        "scheme": "scheme",
        "uri": "uri",
    },
)
class VirtualServiceV1Beta1SpecHttpRedirect:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        derive_port: typing.Optional["VirtualServiceV1Beta1SpecHttpRedirectDerivePort"] = None,
        port: typing.Optional[jsii.Number] = None,
        redirect_code: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''A HTTP rule can either return a direct_response, redirect or forward (default) traffic.

        :param authority: On a redirect, overwrite the Authority/Host portion of the URL with this value.
        :param derive_port: On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS. Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT
        :param port: On a redirect, overwrite the port portion of the URL with this value.
        :param redirect_code: On a redirect, Specifies the HTTP status code to use in the redirect response.
        :param scheme: On a redirect, overwrite the scheme portion of the URL with this value.
        :param uri: On a redirect, overwrite the Path portion of the URL with this value.

        :schema: VirtualServiceV1Beta1SpecHttpRedirect
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8a18b7d20c55e037869714ab4b7ca6e6933c3a6ef41e9cee3488f02822a85653)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument derive_port", value=derive_port, expected_type=type_hints["derive_port"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument redirect_code", value=redirect_code, expected_type=type_hints["redirect_code"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if derive_port is not None:
            self._values["derive_port"] = derive_port
        if port is not None:
            self._values["port"] = port
        if redirect_code is not None:
            self._values["redirect_code"] = redirect_code
        if scheme is not None:
            self._values["scheme"] = scheme
        if uri is not None:
            self._values["uri"] = uri

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the Authority/Host portion of the URL with this value.

        :schema: VirtualServiceV1Beta1SpecHttpRedirect#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def derive_port(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpRedirectDerivePort"]:
        '''On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.

        Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT

        :schema: VirtualServiceV1Beta1SpecHttpRedirect#derivePort
        '''
        result = self._values.get("derive_port")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpRedirectDerivePort"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''On a redirect, overwrite the port portion of the URL with this value.

        :schema: VirtualServiceV1Beta1SpecHttpRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def redirect_code(self) -> typing.Optional[jsii.Number]:
        '''On a redirect, Specifies the HTTP status code to use in the redirect response.

        :schema: VirtualServiceV1Beta1SpecHttpRedirect#redirectCode
        '''
        result = self._values.get("redirect_code")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the scheme portion of the URL with this value.

        :schema: VirtualServiceV1Beta1SpecHttpRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''On a redirect, overwrite the Path portion of the URL with this value.

        :schema: VirtualServiceV1Beta1SpecHttpRedirect#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpRedirectDerivePort"
)
class VirtualServiceV1Beta1SpecHttpRedirectDerivePort(enum.Enum):
    '''On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.

    Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT

    :schema: VirtualServiceV1Beta1SpecHttpRedirectDerivePort
    '''

    FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT = "FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT"
    '''FROM_PROTOCOL_DEFAULT.'''
    FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT = "FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT"
    '''FROM_REQUEST_PORT.'''


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpRetries",
    jsii_struct_bases=[],
    name_mapping={
        "attempts": "attempts",
        "backoff": "backoff",
        "per_try_timeout": "perTryTimeout",
        "retry_ignore_previous_hosts": "retryIgnorePreviousHosts",
        "retry_on": "retryOn",
        "retry_remote_localities": "retryRemoteLocalities",
    },
)
class VirtualServiceV1Beta1SpecHttpRetries:
    def __init__(
        self,
        *,
        attempts: typing.Optional[jsii.Number] = None,
        backoff: typing.Optional[builtins.str] = None,
        per_try_timeout: typing.Optional[builtins.str] = None,
        retry_ignore_previous_hosts: typing.Optional[builtins.bool] = None,
        retry_on: typing.Optional[builtins.str] = None,
        retry_remote_localities: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Retry policy for HTTP requests.

        :param attempts: Number of retries to be allowed for a given request.
        :param backoff: Specifies the minimum duration between retry attempts.
        :param per_try_timeout: Timeout per attempt for a given request, including the initial call and any retries.
        :param retry_ignore_previous_hosts: Flag to specify whether the retries should ignore previously tried hosts during retry.
        :param retry_on: Specifies the conditions under which retry takes place.
        :param retry_remote_localities: Flag to specify whether the retries should retry to other localities.

        :schema: VirtualServiceV1Beta1SpecHttpRetries
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f3d1d60f512164e58b9f17e8df49593b2d148fe2ba9a79f41ae29c9a5f2d111)
            check_type(argname="argument attempts", value=attempts, expected_type=type_hints["attempts"])
            check_type(argname="argument backoff", value=backoff, expected_type=type_hints["backoff"])
            check_type(argname="argument per_try_timeout", value=per_try_timeout, expected_type=type_hints["per_try_timeout"])
            check_type(argname="argument retry_ignore_previous_hosts", value=retry_ignore_previous_hosts, expected_type=type_hints["retry_ignore_previous_hosts"])
            check_type(argname="argument retry_on", value=retry_on, expected_type=type_hints["retry_on"])
            check_type(argname="argument retry_remote_localities", value=retry_remote_localities, expected_type=type_hints["retry_remote_localities"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attempts is not None:
            self._values["attempts"] = attempts
        if backoff is not None:
            self._values["backoff"] = backoff
        if per_try_timeout is not None:
            self._values["per_try_timeout"] = per_try_timeout
        if retry_ignore_previous_hosts is not None:
            self._values["retry_ignore_previous_hosts"] = retry_ignore_previous_hosts
        if retry_on is not None:
            self._values["retry_on"] = retry_on
        if retry_remote_localities is not None:
            self._values["retry_remote_localities"] = retry_remote_localities

    @builtins.property
    def attempts(self) -> typing.Optional[jsii.Number]:
        '''Number of retries to be allowed for a given request.

        :schema: VirtualServiceV1Beta1SpecHttpRetries#attempts
        '''
        result = self._values.get("attempts")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def backoff(self) -> typing.Optional[builtins.str]:
        '''Specifies the minimum duration between retry attempts.

        :schema: VirtualServiceV1Beta1SpecHttpRetries#backoff
        '''
        result = self._values.get("backoff")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def per_try_timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout per attempt for a given request, including the initial call and any retries.

        :schema: VirtualServiceV1Beta1SpecHttpRetries#perTryTimeout
        '''
        result = self._values.get("per_try_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_ignore_previous_hosts(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the retries should ignore previously tried hosts during retry.

        :schema: VirtualServiceV1Beta1SpecHttpRetries#retryIgnorePreviousHosts
        '''
        result = self._values.get("retry_ignore_previous_hosts")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def retry_on(self) -> typing.Optional[builtins.str]:
        '''Specifies the conditions under which retry takes place.

        :schema: VirtualServiceV1Beta1SpecHttpRetries#retryOn
        '''
        result = self._values.get("retry_on")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_remote_localities(self) -> typing.Optional[builtins.bool]:
        '''Flag to specify whether the retries should retry to other localities.

        :schema: VirtualServiceV1Beta1SpecHttpRetries#retryRemoteLocalities
        '''
        result = self._values.get("retry_remote_localities")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpRetries(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpRewrite",
    jsii_struct_bases=[],
    name_mapping={
        "authority": "authority",
        "uri": "uri",
        "uri_regex_rewrite": "uriRegexRewrite",
    },
)
class VirtualServiceV1Beta1SpecHttpRewrite:
    def __init__(
        self,
        *,
        authority: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
        uri_regex_rewrite: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Rewrite HTTP URIs and Authority headers.

        :param authority: rewrite the Authority/Host header with this value.
        :param uri: rewrite the path (or the prefix) portion of the URI with this value.
        :param uri_regex_rewrite: rewrite the path portion of the URI with the specified regex.

        :schema: VirtualServiceV1Beta1SpecHttpRewrite
        '''
        if isinstance(uri_regex_rewrite, dict):
            uri_regex_rewrite = VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite(**uri_regex_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19c7cd3b7cd90d3c5f54447b736c7fd232b5fd69f1bcf621af6f6d1a67e4039b)
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
            check_type(argname="argument uri_regex_rewrite", value=uri_regex_rewrite, expected_type=type_hints["uri_regex_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authority is not None:
            self._values["authority"] = authority
        if uri is not None:
            self._values["uri"] = uri
        if uri_regex_rewrite is not None:
            self._values["uri_regex_rewrite"] = uri_regex_rewrite

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''rewrite the Authority/Host header with this value.

        :schema: VirtualServiceV1Beta1SpecHttpRewrite#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''rewrite the path (or the prefix) portion of the URI with this value.

        :schema: VirtualServiceV1Beta1SpecHttpRewrite#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri_regex_rewrite(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite"]:
        '''rewrite the path portion of the URI with the specified regex.

        :schema: VirtualServiceV1Beta1SpecHttpRewrite#uriRegexRewrite
        '''
        result = self._values.get("uri_regex_rewrite")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "rewrite": "rewrite"},
)
class VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite:
    def __init__(
        self,
        *,
        match: typing.Optional[builtins.str] = None,
        rewrite: typing.Optional[builtins.str] = None,
    ) -> None:
        '''rewrite the path portion of the URI with the specified regex.

        :param match: `RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.
        :param rewrite: The string that should replace into matching portions of original URI.

        :schema: VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__17110e05350917fc8e7f3a1e6e7a085f9fe34629c1835632d2def1b797cfe676)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match is not None:
            self._values["match"] = match
        if rewrite is not None:
            self._values["rewrite"] = rewrite

    @builtins.property
    def match(self) -> typing.Optional[builtins.str]:
        '''`RE2 style regex-based match <https://github.com/google/re2/wiki/Syntax>`_.

        :schema: VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def rewrite(self) -> typing.Optional[builtins.str]:
        '''The string that should replace into matching portions of original URI.

        :schema: VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpRoute",
    jsii_struct_bases=[],
    name_mapping={
        "destination": "destination",
        "headers": "headers",
        "weight": "weight",
    },
)
class VirtualServiceV1Beta1SpecHttpRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceV1Beta1SpecHttpRouteDestination", typing.Dict[builtins.str, typing.Any]],
        headers: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpRouteHeaders", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param headers: 
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceV1Beta1SpecHttpRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceV1Beta1SpecHttpRouteDestination(**destination)
        if isinstance(headers, dict):
            headers = VirtualServiceV1Beta1SpecHttpRouteHeaders(**headers)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__03b8068b1242778dbdfb9f2f67a64c2fdd8395ce9cc6cb640c7e95e02a429733)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if headers is not None:
            self._values["headers"] = headers
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceV1Beta1SpecHttpRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceV1Beta1SpecHttpRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceV1Beta1SpecHttpRouteDestination", result)

    @builtins.property
    def headers(self) -> typing.Optional["VirtualServiceV1Beta1SpecHttpRouteHeaders"]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpRoute#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpRouteHeaders"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceV1Beta1SpecHttpRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceV1Beta1SpecHttpRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceV1Beta1SpecHttpRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceV1Beta1SpecHttpRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ed9b706d565ec6713d7565dc2d2c0f4a3e6cd54a1765d7faae9b458a64321f6)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceV1Beta1SpecHttpRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Beta1SpecHttpRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceV1Beta1SpecHttpRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceV1Beta1SpecHttpRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceV1Beta1SpecHttpRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6bec6e976bfa2e5214e656edba73f0c38ea256fe656533b6bf2279ab67246e3e)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpRouteHeaders",
    jsii_struct_bases=[],
    name_mapping={"request": "request", "response": "response"},
)
class VirtualServiceV1Beta1SpecHttpRouteHeaders:
    def __init__(
        self,
        *,
        request: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpRouteHeadersRequest", typing.Dict[builtins.str, typing.Any]]] = None,
        response: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecHttpRouteHeadersResponse", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param request: 
        :param response: 

        :schema: VirtualServiceV1Beta1SpecHttpRouteHeaders
        '''
        if isinstance(request, dict):
            request = VirtualServiceV1Beta1SpecHttpRouteHeadersRequest(**request)
        if isinstance(response, dict):
            response = VirtualServiceV1Beta1SpecHttpRouteHeadersResponse(**response)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0811ac155ea712b47e57071459ccaa1028e5224c512342ed575d836c226b16ff)
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def request(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpRouteHeadersRequest"]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpRouteHeaders#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpRouteHeadersRequest"], result)

    @builtins.property
    def response(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecHttpRouteHeadersResponse"]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpRouteHeaders#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecHttpRouteHeadersResponse"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpRouteHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpRouteHeadersRequest",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceV1Beta1SpecHttpRouteHeadersRequest:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceV1Beta1SpecHttpRouteHeadersRequest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bae04c294c70d56702a07b15e5b91387a4fa7df423ab0d5fb3f68a2a03d846fb)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpRouteHeadersRequest#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpRouteHeadersRequest#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpRouteHeadersRequest#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpRouteHeadersRequest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecHttpRouteHeadersResponse",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class VirtualServiceV1Beta1SpecHttpRouteHeadersResponse:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: VirtualServiceV1Beta1SpecHttpRouteHeadersResponse
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__624c72456573f0e8bd4490950f589f22f0c0213aa1eb246da46bbe99416389d5)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpRouteHeadersResponse#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpRouteHeadersResponse#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: VirtualServiceV1Beta1SpecHttpRouteHeadersResponse#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecHttpRouteHeadersResponse(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecTcp",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "route": "route"},
)
class VirtualServiceV1Beta1SpecTcp:
    def __init__(
        self,
        *,
        match: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Beta1SpecTcpMatch", typing.Dict[builtins.str, typing.Any]]]] = None,
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Beta1SpecTcpRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param route: The destination to which the connection should be forwarded to.

        :schema: VirtualServiceV1Beta1SpecTcp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14e0fa307fed4199b198b637ad89dc17fb9a1a547ea01e3d299e377109eff131)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match is not None:
            self._values["match"] = match
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def match(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Beta1SpecTcpMatch"]]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceV1Beta1SpecTcp#match
        '''
        result = self._values.get("match")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Beta1SpecTcpMatch"]], result)

    @builtins.property
    def route(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Beta1SpecTcpRoute"]]:
        '''The destination to which the connection should be forwarded to.

        :schema: VirtualServiceV1Beta1SpecTcp#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Beta1SpecTcpRoute"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecTcp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecTcpMatch",
    jsii_struct_bases=[],
    name_mapping={
        "destination_subnets": "destinationSubnets",
        "gateways": "gateways",
        "port": "port",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
        "source_subnet": "sourceSubnet",
    },
)
class VirtualServiceV1Beta1SpecTcpMatch:
    def __init__(
        self,
        *,
        destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        port: typing.Optional[jsii.Number] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
        source_subnet: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param destination_subnets: IPv4 or IPv6 ip addresses of destination with optional subnet.
        :param gateways: Names of gateways where the rule should be applied.
        :param port: Specifies the port on the host that is being addressed.
        :param source_labels: One or more labels that constrain the applicability of a rule to workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.
        :param source_subnet: 

        :schema: VirtualServiceV1Beta1SpecTcpMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b7edb0402cfa4f941ef4a0c5f455ee3327b9e574be48375d1555a4e12ac997d)
            check_type(argname="argument destination_subnets", value=destination_subnets, expected_type=type_hints["destination_subnets"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
            check_type(argname="argument source_subnet", value=source_subnet, expected_type=type_hints["source_subnet"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if destination_subnets is not None:
            self._values["destination_subnets"] = destination_subnets
        if gateways is not None:
            self._values["gateways"] = gateways
        if port is not None:
            self._values["port"] = port
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace
        if source_subnet is not None:
            self._values["source_subnet"] = source_subnet

    @builtins.property
    def destination_subnets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IPv4 or IPv6 ip addresses of destination with optional subnet.

        :schema: VirtualServiceV1Beta1SpecTcpMatch#destinationSubnets
        '''
        result = self._values.get("destination_subnets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceV1Beta1SpecTcpMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Beta1SpecTcpMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to workloads with the given labels.

        :schema: VirtualServiceV1Beta1SpecTcpMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceV1Beta1SpecTcpMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_subnet(self) -> typing.Optional[builtins.str]:
        '''
        :schema: VirtualServiceV1Beta1SpecTcpMatch#sourceSubnet
        '''
        result = self._values.get("source_subnet")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecTcpMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecTcpRoute",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "weight": "weight"},
)
class VirtualServiceV1Beta1SpecTcpRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceV1Beta1SpecTcpRouteDestination", typing.Dict[builtins.str, typing.Any]],
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceV1Beta1SpecTcpRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceV1Beta1SpecTcpRouteDestination(**destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de56190e465e8aed05be870f1d05eccf5c6faa876611715e3c617fdf55608df6)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceV1Beta1SpecTcpRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceV1Beta1SpecTcpRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceV1Beta1SpecTcpRouteDestination", result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceV1Beta1SpecTcpRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecTcpRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecTcpRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceV1Beta1SpecTcpRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecTcpRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceV1Beta1SpecTcpRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceV1Beta1SpecTcpRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0af85f68792d04dabdde04a75da002caec43a83d6269f422e3c4e84dd9a9c8f6)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceV1Beta1SpecTcpRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecTcpRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Beta1SpecTcpRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecTcpRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceV1Beta1SpecTcpRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecTcpRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecTcpRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceV1Beta1SpecTcpRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceV1Beta1SpecTcpRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bbfa5d18c686e635fa4941e071af9e4e3cc597defc5e6fe6eb7d05ff799fb3c2)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Beta1SpecTcpRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecTcpRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecTls",
    jsii_struct_bases=[],
    name_mapping={"match": "match", "route": "route"},
)
class VirtualServiceV1Beta1SpecTls:
    def __init__(
        self,
        *,
        match: typing.Sequence[typing.Union["VirtualServiceV1Beta1SpecTlsMatch", typing.Dict[builtins.str, typing.Any]]],
        route: typing.Optional[typing.Sequence[typing.Union["VirtualServiceV1Beta1SpecTlsRoute", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match: Match conditions to be satisfied for the rule to be activated.
        :param route: The destination to which the connection should be forwarded to.

        :schema: VirtualServiceV1Beta1SpecTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a56ee816504413c246a3588555ecfc66c25ee7fe79fafc61f99ce84a7e1fcd12)
            check_type(argname="argument match", value=match, expected_type=type_hints["match"])
            check_type(argname="argument route", value=route, expected_type=type_hints["route"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "match": match,
        }
        if route is not None:
            self._values["route"] = route

    @builtins.property
    def match(self) -> typing.List["VirtualServiceV1Beta1SpecTlsMatch"]:
        '''Match conditions to be satisfied for the rule to be activated.

        :schema: VirtualServiceV1Beta1SpecTls#match
        '''
        result = self._values.get("match")
        assert result is not None, "Required property 'match' is missing"
        return typing.cast(typing.List["VirtualServiceV1Beta1SpecTlsMatch"], result)

    @builtins.property
    def route(
        self,
    ) -> typing.Optional[typing.List["VirtualServiceV1Beta1SpecTlsRoute"]]:
        '''The destination to which the connection should be forwarded to.

        :schema: VirtualServiceV1Beta1SpecTls#route
        '''
        result = self._values.get("route")
        return typing.cast(typing.Optional[typing.List["VirtualServiceV1Beta1SpecTlsRoute"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecTlsMatch",
    jsii_struct_bases=[],
    name_mapping={
        "sni_hosts": "sniHosts",
        "destination_subnets": "destinationSubnets",
        "gateways": "gateways",
        "port": "port",
        "source_labels": "sourceLabels",
        "source_namespace": "sourceNamespace",
    },
)
class VirtualServiceV1Beta1SpecTlsMatch:
    def __init__(
        self,
        *,
        sni_hosts: typing.Sequence[builtins.str],
        destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
        port: typing.Optional[jsii.Number] = None,
        source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        source_namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param sni_hosts: SNI (server name indicator) to match on.
        :param destination_subnets: IPv4 or IPv6 ip addresses of destination with optional subnet.
        :param gateways: Names of gateways where the rule should be applied.
        :param port: Specifies the port on the host that is being addressed.
        :param source_labels: One or more labels that constrain the applicability of a rule to workloads with the given labels.
        :param source_namespace: Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceV1Beta1SpecTlsMatch
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__71ee5c6d6149bca14e00a2dc3fdc67c06988873f7ea76cbf891e2e39b956176d)
            check_type(argname="argument sni_hosts", value=sni_hosts, expected_type=type_hints["sni_hosts"])
            check_type(argname="argument destination_subnets", value=destination_subnets, expected_type=type_hints["destination_subnets"])
            check_type(argname="argument gateways", value=gateways, expected_type=type_hints["gateways"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument source_namespace", value=source_namespace, expected_type=type_hints["source_namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "sni_hosts": sni_hosts,
        }
        if destination_subnets is not None:
            self._values["destination_subnets"] = destination_subnets
        if gateways is not None:
            self._values["gateways"] = gateways
        if port is not None:
            self._values["port"] = port
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if source_namespace is not None:
            self._values["source_namespace"] = source_namespace

    @builtins.property
    def sni_hosts(self) -> typing.List[builtins.str]:
        '''SNI (server name indicator) to match on.

        :schema: VirtualServiceV1Beta1SpecTlsMatch#sniHosts
        '''
        result = self._values.get("sni_hosts")
        assert result is not None, "Required property 'sni_hosts' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def destination_subnets(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IPv4 or IPv6 ip addresses of destination with optional subnet.

        :schema: VirtualServiceV1Beta1SpecTlsMatch#destinationSubnets
        '''
        result = self._values.get("destination_subnets")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateways(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Names of gateways where the rule should be applied.

        :schema: VirtualServiceV1Beta1SpecTlsMatch#gateways
        '''
        result = self._values.get("gateways")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Beta1SpecTlsMatch#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def source_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''One or more labels that constrain the applicability of a rule to workloads with the given labels.

        :schema: VirtualServiceV1Beta1SpecTlsMatch#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def source_namespace(self) -> typing.Optional[builtins.str]:
        '''Source namespace constraining the applicability of a rule to workloads in that namespace.

        :schema: VirtualServiceV1Beta1SpecTlsMatch#sourceNamespace
        '''
        result = self._values.get("source_namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecTlsMatch(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecTlsRoute",
    jsii_struct_bases=[],
    name_mapping={"destination": "destination", "weight": "weight"},
)
class VirtualServiceV1Beta1SpecTlsRoute:
    def __init__(
        self,
        *,
        destination: typing.Union["VirtualServiceV1Beta1SpecTlsRouteDestination", typing.Dict[builtins.str, typing.Any]],
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param destination: Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
        :param weight: Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceV1Beta1SpecTlsRoute
        '''
        if isinstance(destination, dict):
            destination = VirtualServiceV1Beta1SpecTlsRouteDestination(**destination)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__452153339b2435deebd0635940744d8984baf30cdc2be866aa44bdc8e69fa8f7)
            check_type(argname="argument destination", value=destination, expected_type=type_hints["destination"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "destination": destination,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def destination(self) -> "VirtualServiceV1Beta1SpecTlsRouteDestination":
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :schema: VirtualServiceV1Beta1SpecTlsRoute#destination
        '''
        result = self._values.get("destination")
        assert result is not None, "Required property 'destination' is missing"
        return typing.cast("VirtualServiceV1Beta1SpecTlsRouteDestination", result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the relative proportion of traffic to be forwarded to the destination.

        :schema: VirtualServiceV1Beta1SpecTlsRoute#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecTlsRoute(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecTlsRouteDestination",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port", "subset": "subset"},
)
class VirtualServiceV1Beta1SpecTlsRouteDestination:
    def __init__(
        self,
        *,
        host: builtins.str,
        port: typing.Optional[typing.Union["VirtualServiceV1Beta1SpecTlsRouteDestinationPort", typing.Dict[builtins.str, typing.Any]]] = None,
        subset: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.

        :param host: The name of a service from the service registry.
        :param port: Specifies the port on the host that is being addressed.
        :param subset: The name of a subset within the service.

        :schema: VirtualServiceV1Beta1SpecTlsRouteDestination
        '''
        if isinstance(port, dict):
            port = VirtualServiceV1Beta1SpecTlsRouteDestinationPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86664ce0087b38724dd5232b6a5c410e1713eccb703bcd94509719cae5054887)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument subset", value=subset, expected_type=type_hints["subset"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
        }
        if port is not None:
            self._values["port"] = port
        if subset is not None:
            self._values["subset"] = subset

    @builtins.property
    def host(self) -> builtins.str:
        '''The name of a service from the service registry.

        :schema: VirtualServiceV1Beta1SpecTlsRouteDestination#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(
        self,
    ) -> typing.Optional["VirtualServiceV1Beta1SpecTlsRouteDestinationPort"]:
        '''Specifies the port on the host that is being addressed.

        :schema: VirtualServiceV1Beta1SpecTlsRouteDestination#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["VirtualServiceV1Beta1SpecTlsRouteDestinationPort"], result)

    @builtins.property
    def subset(self) -> typing.Optional[builtins.str]:
        '''The name of a subset within the service.

        :schema: VirtualServiceV1Beta1SpecTlsRouteDestination#subset
        '''
        result = self._values.get("subset")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecTlsRouteDestination(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="istio_virtualservice_ioistionetworking.VirtualServiceV1Beta1SpecTlsRouteDestinationPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class VirtualServiceV1Beta1SpecTlsRouteDestinationPort:
    def __init__(self, *, number: typing.Optional[jsii.Number] = None) -> None:
        '''Specifies the port on the host that is being addressed.

        :param number: 

        :schema: VirtualServiceV1Beta1SpecTlsRouteDestinationPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96dd93b7c7f155fe6410e4d9a6357dc8739356c04b7887636a99bfb6b450f8b1)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: VirtualServiceV1Beta1SpecTlsRouteDestinationPort#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VirtualServiceV1Beta1SpecTlsRouteDestinationPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "VirtualService",
    "VirtualServiceProps",
    "VirtualServiceSpec",
    "VirtualServiceSpecHttp",
    "VirtualServiceSpecHttpCorsPolicy",
    "VirtualServiceSpecHttpCorsPolicyAllowOrigins",
    "VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights",
    "VirtualServiceSpecHttpDelegate",
    "VirtualServiceSpecHttpDirectResponse",
    "VirtualServiceSpecHttpDirectResponseBody",
    "VirtualServiceSpecHttpFault",
    "VirtualServiceSpecHttpFaultAbort",
    "VirtualServiceSpecHttpFaultAbortPercentage",
    "VirtualServiceSpecHttpFaultDelay",
    "VirtualServiceSpecHttpFaultDelayPercentage",
    "VirtualServiceSpecHttpHeaders",
    "VirtualServiceSpecHttpHeadersRequest",
    "VirtualServiceSpecHttpHeadersResponse",
    "VirtualServiceSpecHttpMatch",
    "VirtualServiceSpecHttpMatchAuthority",
    "VirtualServiceSpecHttpMatchHeaders",
    "VirtualServiceSpecHttpMatchMethod",
    "VirtualServiceSpecHttpMatchQueryParams",
    "VirtualServiceSpecHttpMatchScheme",
    "VirtualServiceSpecHttpMatchUri",
    "VirtualServiceSpecHttpMatchWithoutHeaders",
    "VirtualServiceSpecHttpMirror",
    "VirtualServiceSpecHttpMirrorPercentage",
    "VirtualServiceSpecHttpMirrorPort",
    "VirtualServiceSpecHttpMirrors",
    "VirtualServiceSpecHttpMirrorsDestination",
    "VirtualServiceSpecHttpMirrorsDestinationPort",
    "VirtualServiceSpecHttpMirrorsPercentage",
    "VirtualServiceSpecHttpRedirect",
    "VirtualServiceSpecHttpRedirectDerivePort",
    "VirtualServiceSpecHttpRetries",
    "VirtualServiceSpecHttpRewrite",
    "VirtualServiceSpecHttpRewriteUriRegexRewrite",
    "VirtualServiceSpecHttpRoute",
    "VirtualServiceSpecHttpRouteDestination",
    "VirtualServiceSpecHttpRouteDestinationPort",
    "VirtualServiceSpecHttpRouteHeaders",
    "VirtualServiceSpecHttpRouteHeadersRequest",
    "VirtualServiceSpecHttpRouteHeadersResponse",
    "VirtualServiceSpecTcp",
    "VirtualServiceSpecTcpMatch",
    "VirtualServiceSpecTcpRoute",
    "VirtualServiceSpecTcpRouteDestination",
    "VirtualServiceSpecTcpRouteDestinationPort",
    "VirtualServiceSpecTls",
    "VirtualServiceSpecTlsMatch",
    "VirtualServiceSpecTlsRoute",
    "VirtualServiceSpecTlsRouteDestination",
    "VirtualServiceSpecTlsRouteDestinationPort",
    "VirtualServiceV1Alpha3",
    "VirtualServiceV1Alpha3Props",
    "VirtualServiceV1Alpha3Spec",
    "VirtualServiceV1Alpha3SpecHttp",
    "VirtualServiceV1Alpha3SpecHttpCorsPolicy",
    "VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins",
    "VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights",
    "VirtualServiceV1Alpha3SpecHttpDelegate",
    "VirtualServiceV1Alpha3SpecHttpDirectResponse",
    "VirtualServiceV1Alpha3SpecHttpDirectResponseBody",
    "VirtualServiceV1Alpha3SpecHttpFault",
    "VirtualServiceV1Alpha3SpecHttpFaultAbort",
    "VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage",
    "VirtualServiceV1Alpha3SpecHttpFaultDelay",
    "VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage",
    "VirtualServiceV1Alpha3SpecHttpHeaders",
    "VirtualServiceV1Alpha3SpecHttpHeadersRequest",
    "VirtualServiceV1Alpha3SpecHttpHeadersResponse",
    "VirtualServiceV1Alpha3SpecHttpMatch",
    "VirtualServiceV1Alpha3SpecHttpMatchAuthority",
    "VirtualServiceV1Alpha3SpecHttpMatchHeaders",
    "VirtualServiceV1Alpha3SpecHttpMatchMethod",
    "VirtualServiceV1Alpha3SpecHttpMatchQueryParams",
    "VirtualServiceV1Alpha3SpecHttpMatchScheme",
    "VirtualServiceV1Alpha3SpecHttpMatchUri",
    "VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders",
    "VirtualServiceV1Alpha3SpecHttpMirror",
    "VirtualServiceV1Alpha3SpecHttpMirrorPercentage",
    "VirtualServiceV1Alpha3SpecHttpMirrorPort",
    "VirtualServiceV1Alpha3SpecHttpMirrors",
    "VirtualServiceV1Alpha3SpecHttpMirrorsDestination",
    "VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort",
    "VirtualServiceV1Alpha3SpecHttpMirrorsPercentage",
    "VirtualServiceV1Alpha3SpecHttpRedirect",
    "VirtualServiceV1Alpha3SpecHttpRedirectDerivePort",
    "VirtualServiceV1Alpha3SpecHttpRetries",
    "VirtualServiceV1Alpha3SpecHttpRewrite",
    "VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite",
    "VirtualServiceV1Alpha3SpecHttpRoute",
    "VirtualServiceV1Alpha3SpecHttpRouteDestination",
    "VirtualServiceV1Alpha3SpecHttpRouteDestinationPort",
    "VirtualServiceV1Alpha3SpecHttpRouteHeaders",
    "VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest",
    "VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse",
    "VirtualServiceV1Alpha3SpecTcp",
    "VirtualServiceV1Alpha3SpecTcpMatch",
    "VirtualServiceV1Alpha3SpecTcpRoute",
    "VirtualServiceV1Alpha3SpecTcpRouteDestination",
    "VirtualServiceV1Alpha3SpecTcpRouteDestinationPort",
    "VirtualServiceV1Alpha3SpecTls",
    "VirtualServiceV1Alpha3SpecTlsMatch",
    "VirtualServiceV1Alpha3SpecTlsRoute",
    "VirtualServiceV1Alpha3SpecTlsRouteDestination",
    "VirtualServiceV1Alpha3SpecTlsRouteDestinationPort",
    "VirtualServiceV1Beta1",
    "VirtualServiceV1Beta1Props",
    "VirtualServiceV1Beta1Spec",
    "VirtualServiceV1Beta1SpecHttp",
    "VirtualServiceV1Beta1SpecHttpCorsPolicy",
    "VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins",
    "VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights",
    "VirtualServiceV1Beta1SpecHttpDelegate",
    "VirtualServiceV1Beta1SpecHttpDirectResponse",
    "VirtualServiceV1Beta1SpecHttpDirectResponseBody",
    "VirtualServiceV1Beta1SpecHttpFault",
    "VirtualServiceV1Beta1SpecHttpFaultAbort",
    "VirtualServiceV1Beta1SpecHttpFaultAbortPercentage",
    "VirtualServiceV1Beta1SpecHttpFaultDelay",
    "VirtualServiceV1Beta1SpecHttpFaultDelayPercentage",
    "VirtualServiceV1Beta1SpecHttpHeaders",
    "VirtualServiceV1Beta1SpecHttpHeadersRequest",
    "VirtualServiceV1Beta1SpecHttpHeadersResponse",
    "VirtualServiceV1Beta1SpecHttpMatch",
    "VirtualServiceV1Beta1SpecHttpMatchAuthority",
    "VirtualServiceV1Beta1SpecHttpMatchHeaders",
    "VirtualServiceV1Beta1SpecHttpMatchMethod",
    "VirtualServiceV1Beta1SpecHttpMatchQueryParams",
    "VirtualServiceV1Beta1SpecHttpMatchScheme",
    "VirtualServiceV1Beta1SpecHttpMatchUri",
    "VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders",
    "VirtualServiceV1Beta1SpecHttpMirror",
    "VirtualServiceV1Beta1SpecHttpMirrorPercentage",
    "VirtualServiceV1Beta1SpecHttpMirrorPort",
    "VirtualServiceV1Beta1SpecHttpMirrors",
    "VirtualServiceV1Beta1SpecHttpMirrorsDestination",
    "VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort",
    "VirtualServiceV1Beta1SpecHttpMirrorsPercentage",
    "VirtualServiceV1Beta1SpecHttpRedirect",
    "VirtualServiceV1Beta1SpecHttpRedirectDerivePort",
    "VirtualServiceV1Beta1SpecHttpRetries",
    "VirtualServiceV1Beta1SpecHttpRewrite",
    "VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite",
    "VirtualServiceV1Beta1SpecHttpRoute",
    "VirtualServiceV1Beta1SpecHttpRouteDestination",
    "VirtualServiceV1Beta1SpecHttpRouteDestinationPort",
    "VirtualServiceV1Beta1SpecHttpRouteHeaders",
    "VirtualServiceV1Beta1SpecHttpRouteHeadersRequest",
    "VirtualServiceV1Beta1SpecHttpRouteHeadersResponse",
    "VirtualServiceV1Beta1SpecTcp",
    "VirtualServiceV1Beta1SpecTcpMatch",
    "VirtualServiceV1Beta1SpecTcpRoute",
    "VirtualServiceV1Beta1SpecTcpRouteDestination",
    "VirtualServiceV1Beta1SpecTcpRouteDestinationPort",
    "VirtualServiceV1Beta1SpecTls",
    "VirtualServiceV1Beta1SpecTlsMatch",
    "VirtualServiceV1Beta1SpecTlsRoute",
    "VirtualServiceV1Beta1SpecTlsRouteDestination",
    "VirtualServiceV1Beta1SpecTlsRouteDestinationPort",
]

publication.publish()

def _typecheckingstub__2cb733833f9d3ce56e25b973fe8456b1c31c100a15714ecc52ccf2881fda01de(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VirtualServiceSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a08ac197069358f42f95e38c720a7e4617358fe489ffd9b78baa78a209710039(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VirtualServiceSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b12f0c704a30478cb2f50f2511ac6a24a625a99fb9628ebbb9195971ed2e6284(
    *,
    export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
    http: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttp, typing.Dict[builtins.str, typing.Any]]]] = None,
    tcp: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTcp, typing.Dict[builtins.str, typing.Any]]]] = None,
    tls: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTls, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34e733c19e01ca77d5eb2982dd2e1cccd8acffd57859f7ed68dc3a9a792f34d4(
    *,
    cors_policy: typing.Optional[typing.Union[VirtualServiceSpecHttpCorsPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    delegate: typing.Optional[typing.Union[VirtualServiceSpecHttpDelegate, typing.Dict[builtins.str, typing.Any]]] = None,
    direct_response: typing.Optional[typing.Union[VirtualServiceSpecHttpDirectResponse, typing.Dict[builtins.str, typing.Any]]] = None,
    fault: typing.Optional[typing.Union[VirtualServiceSpecHttpFault, typing.Dict[builtins.str, typing.Any]]] = None,
    headers: typing.Optional[typing.Union[VirtualServiceSpecHttpHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    match: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    mirror: typing.Optional[typing.Union[VirtualServiceSpecHttpMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    mirror_percent: typing.Optional[jsii.Number] = None,
    mirror_percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
    mirrors: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpMirrors, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    redirect: typing.Optional[typing.Union[VirtualServiceSpecHttpRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    retries: typing.Optional[typing.Union[VirtualServiceSpecHttpRetries, typing.Dict[builtins.str, typing.Any]]] = None,
    rewrite: typing.Optional[typing.Union[VirtualServiceSpecHttpRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6897ded29ae68eddf33f5fb7736174fb3fc054b76fb8bfcfceb4b73888425792(
    *,
    allow_credentials: typing.Optional[builtins.bool] = None,
    allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origins: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecHttpCorsPolicyAllowOrigins, typing.Dict[builtins.str, typing.Any]]]] = None,
    expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_age: typing.Optional[builtins.str] = None,
    unmatched_preflights: typing.Optional[VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee7e4ef7cd8de8f1d1d40a3d3ea26d38f0757ca6301e090cd23d0943c8037c44(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a439e0d6a6bec9ca66b12929876ea1fd624df8ed9ec2ebdd4d5a9e9c6018fec(
    *,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e17f82be63d94f20c2b51489f5cd67ddb61c8ce8da59f624c31f8e01d666254(
    *,
    status: jsii.Number,
    body: typing.Optional[typing.Union[VirtualServiceSpecHttpDirectResponseBody, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8760dd135a7014f8d028a088f45d68e9f00a66d5977dda3912d38e0eda07a666(
    *,
    bytes: typing.Optional[builtins.str] = None,
    string: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bcac224de13587e148795fdffb46571fb9145299f3e336b18067d784cc7f03ba(
    *,
    abort: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultAbort, typing.Dict[builtins.str, typing.Any]]] = None,
    delay: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultDelay, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6815c2f354f53079d2a9bbbc3550c5a67f29dbeed50f162174cd355ea9cd8e4e(
    *,
    grpc_status: typing.Optional[builtins.str] = None,
    http2_error: typing.Optional[builtins.str] = None,
    http_status: typing.Optional[jsii.Number] = None,
    percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultAbortPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c42ee0647b869115bfad7b28bfde35698178aecec5067da75a5e9e835732a0f7(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6f5c0452e83f78253462ee0c56343c46e8c61bc7182ce0f7fc46d9a4109e32a(
    *,
    exponential_delay: typing.Optional[builtins.str] = None,
    fixed_delay: typing.Optional[builtins.str] = None,
    percent: typing.Optional[jsii.Number] = None,
    percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpFaultDelayPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93b3f2868081a88c9e85d859fac9fe7aa664b02840829e984792d9049584fbd7(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4438b317b5dae432b5feec348e4198d24f63543d74edbc21d506951365e36f9c(
    *,
    request: typing.Optional[typing.Union[VirtualServiceSpecHttpHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[VirtualServiceSpecHttpHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d709d85223614a92920689a742d25a40c7bf757f65404b5aa830b1670ea6e102(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d1cdc67b967cdbd3308d797d478b127814957d7ee2b6a2baf9cf9a3ce018cafc(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__050e6d0005162958085874f37879b1567bb5252c349121b366b795495d222274(
    *,
    authority: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchAuthority, typing.Dict[builtins.str, typing.Any]]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceSpecHttpMatchHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    ignore_uri_case: typing.Optional[builtins.bool] = None,
    method: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchMethod, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceSpecHttpMatchQueryParams, typing.Dict[builtins.str, typing.Any]]]] = None,
    scheme: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchScheme, typing.Dict[builtins.str, typing.Any]]] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    stat_prefix: typing.Optional[builtins.str] = None,
    uri: typing.Optional[typing.Union[VirtualServiceSpecHttpMatchUri, typing.Dict[builtins.str, typing.Any]]] = None,
    without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceSpecHttpMatchWithoutHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__870753b9d64b02e5abb4f444bf884683b6f2251921bea3e87bd82c3da9045ffd(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d45b972108212c1ac4752b0bb92779f10329d3fce04a738a5b8de5d6a3af3071(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa4224dc357a02fb65106aa9c06434037a870a9e2475fa9922e998774351715b(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebd2b11f2d119c0a778ee7eb9101dc864274d61d35b6dcffc9b91e7b2c64e5bf(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bdcb5ce6fc93883d4e4e1b7c010ecb8f7122d810211e724c92ab226a464a691(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bedf55f3ec26dc0264a43aada0dce3e0b3585b29468140643c392a8934b8c9df(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13ea72571190f1ceaa0440cbc8cc5316eb59aa064b98f57a193a711ca5fe26f3(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f80ec703095f97ae3c3027e7cd12390efa1e245459e0dfa27e514b969ea53c4(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d10f7e158fe619aa8be81e6e6968663e8772387dec20936a846657e03a64b448(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a742157534aa2d2d80dbf99ab706cd9ad5dbc904214b077c188484afccb05e1(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d55a5092eec7ae701a45ccb7cfd8b2d95067aff21d9d5ac4b42e3582ab33d1a8(
    *,
    destination: typing.Union[VirtualServiceSpecHttpMirrorsDestination, typing.Dict[builtins.str, typing.Any]],
    percentage: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorsPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58c95e85dbc610d1b96f01b2d0734a5b4acafeea35d5e7a96ca8a7cbb7f4a94c(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecHttpMirrorsDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b44979074186be525a6a98fa58248c53d2c0a5c1fcbe8f94ff3dfeeef3f5079a(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25e0a13f049dd3fb6a3bd934ae30faefa0337b93db513c0db393d5f65d44a3cb(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eee54ada08a8b73e06f51a976cc2a67ba73ce150b34f6545ba3f9997bd41f7f7(
    *,
    authority: typing.Optional[builtins.str] = None,
    derive_port: typing.Optional[VirtualServiceSpecHttpRedirectDerivePort] = None,
    port: typing.Optional[jsii.Number] = None,
    redirect_code: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e56bac86515ea41c495e3fc0ec3719fd34634b44200c8d6a3cd82dec4577444d(
    *,
    attempts: typing.Optional[jsii.Number] = None,
    backoff: typing.Optional[builtins.str] = None,
    per_try_timeout: typing.Optional[builtins.str] = None,
    retry_ignore_previous_hosts: typing.Optional[builtins.bool] = None,
    retry_on: typing.Optional[builtins.str] = None,
    retry_remote_localities: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__538eaee44aaad0f6d37ce7255067d6887df3354dde5fa0e6a0fcef0bd0e067db(
    *,
    authority: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    uri_regex_rewrite: typing.Optional[typing.Union[VirtualServiceSpecHttpRewriteUriRegexRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__426a09d5c7371850819ac632dee6e187e0a8c11437128914c8612355f6cb43b6(
    *,
    match: typing.Optional[builtins.str] = None,
    rewrite: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28bae8d2e85510e238b1c34d64a102e61115e984065851d9fbb9a62d205e6654(
    *,
    destination: typing.Union[VirtualServiceSpecHttpRouteDestination, typing.Dict[builtins.str, typing.Any]],
    headers: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70d57ae17b1a90e37a2a996a204bd73b2fa6199b302ee0f6e892795d51aeeeb7(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67701f231f64c0ca6310be026a682fb2fcd7b757608e14d88c3617db36bf0dcc(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1164633fa0dad1cf56e87c0c6a377fa3f48737ea1152175b663e3cb5ea42203(
    *,
    request: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[VirtualServiceSpecHttpRouteHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__278800a6183e9fa4b493181002617408927ccbc7a015a422b2a03a05dfcde048(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__928557932f4db22602366df6c53b7a9b07d178c1ca4cb5a154eb49c5fb8967ad(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b4f448764ffef1a099f9f9ca2f89928fc567368b4c3f310496dd576a133aa4f(
    *,
    match: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTcpMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTcpRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__925a6821d82819ef1e8b814c29ab8f1edcf9f7e226dd22ab49cb75095e734476(
    *,
    destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    port: typing.Optional[jsii.Number] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    source_subnet: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64c6c328b540351450d6c7ecba0c0920acf4a90237e94c39ec5a078f3a141084(
    *,
    destination: typing.Union[VirtualServiceSpecTcpRouteDestination, typing.Dict[builtins.str, typing.Any]],
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b8ed540897999f11bb0fb256afc2554dc6a95738ac1b95a63368ee466ac4b52(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecTcpRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3a43234da4556a0dd71e08d08caf8ac86d1236731531bef7539589c9d269824(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__184a4f45f9c8c5fef16e25ff2f25c6588b975bfebf091d5fc8c2bc32bb905cf7(
    *,
    match: typing.Sequence[typing.Union[VirtualServiceSpecTlsMatch, typing.Dict[builtins.str, typing.Any]]],
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceSpecTlsRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__941f2814d73e44057fc57a295c92b4231d9a36092914b4f6d14a0d498349646b(
    *,
    sni_hosts: typing.Sequence[builtins.str],
    destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    port: typing.Optional[jsii.Number] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0a5fdc07348e33021e6b298427c14783a46f900a7911f7807621485aacea8dc(
    *,
    destination: typing.Union[VirtualServiceSpecTlsRouteDestination, typing.Dict[builtins.str, typing.Any]],
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae412ec7cb9cd828d71fc9a57743900f8b2f5f782d5f9784dbef2291231d3c97(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceSpecTlsRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82485279be90738b519e3f4035d96abcc1a448410867b03c10370aa9307098ff(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4fb53a1d4d66c42a75532489ce017e5ca542bf091897c062108e233acbcba98(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VirtualServiceV1Alpha3Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a62e058ad145b49a66af9977bbdd9eb008734470e3a123435a9fdffffb2a1908(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VirtualServiceV1Alpha3Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e9466f34f5694a377db6cd4a478d4eb25ca964edf2051d906bbb91d425416a2(
    *,
    export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
    http: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Alpha3SpecHttp, typing.Dict[builtins.str, typing.Any]]]] = None,
    tcp: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Alpha3SpecTcp, typing.Dict[builtins.str, typing.Any]]]] = None,
    tls: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Alpha3SpecTls, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84580eb78d6c9f864a07d9e1d29ceb34b625a5cefacea2935eba6c4b3bcd5769(
    *,
    cors_policy: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpCorsPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    delegate: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpDelegate, typing.Dict[builtins.str, typing.Any]]] = None,
    direct_response: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpDirectResponse, typing.Dict[builtins.str, typing.Any]]] = None,
    fault: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpFault, typing.Dict[builtins.str, typing.Any]]] = None,
    headers: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    match: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Alpha3SpecHttpMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    mirror: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    mirror_percent: typing.Optional[jsii.Number] = None,
    mirror_percentage: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpMirrorPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
    mirrors: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Alpha3SpecHttpMirrors, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    redirect: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    retries: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpRetries, typing.Dict[builtins.str, typing.Any]]] = None,
    rewrite: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Alpha3SpecHttpRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9dc54a0042a8eea97b447bd1fd479013bd2f00013f9fd0515d054ab47c0a374e(
    *,
    allow_credentials: typing.Optional[builtins.bool] = None,
    allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origins: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Alpha3SpecHttpCorsPolicyAllowOrigins, typing.Dict[builtins.str, typing.Any]]]] = None,
    expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_age: typing.Optional[builtins.str] = None,
    unmatched_preflights: typing.Optional[VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__843bcc66a82811fd060688edf724fb654951002c22fc7ae96038b680e409e950(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bae4c950e2d90e6007df083d97c3109eb41dcdcc93ea5e4cf821802b15f0e835(
    *,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cbd3a8bf4aed74e7755b459e8c375f0503dba037635bd9a0977980a747d69fe(
    *,
    status: jsii.Number,
    body: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpDirectResponseBody, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35a605f456beaef72763dd24d8da2f272ca327a9959dfc764220c4e76978a091(
    *,
    bytes: typing.Optional[builtins.str] = None,
    string: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c30f15b804405a4f17a9d15b55d6c5a5169f73e4bea4570127b48cd1b38c956f(
    *,
    abort: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpFaultAbort, typing.Dict[builtins.str, typing.Any]]] = None,
    delay: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpFaultDelay, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edeaeefd3f493a434ac62376380322611ca683504de4363a36df199be1495212(
    *,
    grpc_status: typing.Optional[builtins.str] = None,
    http2_error: typing.Optional[builtins.str] = None,
    http_status: typing.Optional[jsii.Number] = None,
    percentage: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1a74980985dbc94b7ed245aebddfcef8e29568b3f728408a09e0e241f5e5f8a(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__745c19d8a510a2e611690f6b466182b6a6aa6265d513ab4246ebe424f0e48ae6(
    *,
    exponential_delay: typing.Optional[builtins.str] = None,
    fixed_delay: typing.Optional[builtins.str] = None,
    percent: typing.Optional[jsii.Number] = None,
    percentage: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpFaultDelayPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__584083683d6baf135ee744913adb40de903f6b3145c8b0953697453d9f65c7aa(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2229d84969fb6c07e9bba415c02c8cea12b55764673a4dd29619b9808d6f9d8b(
    *,
    request: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f359a597b72a2a6cebf607619729ef371a9210f0ff94cba74e3db871de6641b(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79ab08d087a5e4eec4a02948055203053767631dca9542c74c43204ba0114953(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce94db46ee74cc2e0aa697af8fd4ca19fb763bc5ee210b408595805aa763001f(
    *,
    authority: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpMatchAuthority, typing.Dict[builtins.str, typing.Any]]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceV1Alpha3SpecHttpMatchHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    ignore_uri_case: typing.Optional[builtins.bool] = None,
    method: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpMatchMethod, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceV1Alpha3SpecHttpMatchQueryParams, typing.Dict[builtins.str, typing.Any]]]] = None,
    scheme: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpMatchScheme, typing.Dict[builtins.str, typing.Any]]] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    stat_prefix: typing.Optional[builtins.str] = None,
    uri: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpMatchUri, typing.Dict[builtins.str, typing.Any]]] = None,
    without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceV1Alpha3SpecHttpMatchWithoutHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__604f98bac5c23a921910c07927de677e2d3c8485393308ea41dfbe1ac5a3e9d5(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5153fe4b2897bcb7c24664cbe85f9dad90a1331fa060bb75ef11c946b52cf54(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e40037130d5d8a4e2636c1516176c9a34fdfa8a4326da63205b7944b061e5bed(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1220a339910d83937b5a817432561e9ee7d16f7a47f1c997b7cbdea153d95aa(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c3cbc371d86070e0e768d819c38e9ff53a393625cf09864522d42dcb365c59e(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__731608601e445a098cca1bced1ad531866e1abd41d50a6fc9a7fc2ce0c7732f8(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6be116379f612a4e0f2ab2500859b5871cd1d1d0b24dad70f66cc275f201bd8e(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e42feed4182f83f53c7aa0a0bbeb449bd426317330607878c210870399c8d420(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpMirrorPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62f896fb8f3920be0bb14daf2d39d7491767fef4abd15c8887269aa5c919a17d(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77c6fdccd5a720fa561aa3c1459cd5ee1bb26b9cd04d76bacd23e621d48f5c01(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3b8c230c5e318cf7c2542fee4af690334154b94e9ad122ead871f80c199f740(
    *,
    destination: typing.Union[VirtualServiceV1Alpha3SpecHttpMirrorsDestination, typing.Dict[builtins.str, typing.Any]],
    percentage: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpMirrorsPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f27c96f3dc2c541bca10c5495ed720c64c01d88b03fbbde9e53bcec08609da9a(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3bcfc817a31be1ee90020485ff86895a166514137f9db28ffadfdf386fd65f1(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5466d61af05ae89d4ee07fea428004796bcf4c1d52e36022b3b4bedf739d2950(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7712b44e80a760403094f37ebed8b7432e5761b90db33f322e9f99f4b08a8d8(
    *,
    authority: typing.Optional[builtins.str] = None,
    derive_port: typing.Optional[VirtualServiceV1Alpha3SpecHttpRedirectDerivePort] = None,
    port: typing.Optional[jsii.Number] = None,
    redirect_code: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb4d84db04afac6652d6d8b0d802bfcca0105bb90cc4b65074b935c0a85493c3(
    *,
    attempts: typing.Optional[jsii.Number] = None,
    backoff: typing.Optional[builtins.str] = None,
    per_try_timeout: typing.Optional[builtins.str] = None,
    retry_ignore_previous_hosts: typing.Optional[builtins.bool] = None,
    retry_on: typing.Optional[builtins.str] = None,
    retry_remote_localities: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d99d7924ce6ffa12538d1a04bac9fe35d2f5ed2075fb818d3d1e19c3c244c1c6(
    *,
    authority: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    uri_regex_rewrite: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpRewriteUriRegexRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dbcadce8d3b97068c71a4567ead4cd683a13a0cb8d91bbed2198d87e089425c8(
    *,
    match: typing.Optional[builtins.str] = None,
    rewrite: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9f0cb06c31c2d3a726861367d4a13adb5f8e31ecf83b722b12944657adc03a5(
    *,
    destination: typing.Union[VirtualServiceV1Alpha3SpecHttpRouteDestination, typing.Dict[builtins.str, typing.Any]],
    headers: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpRouteHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5573cf22a3ec7b48d2f5e9e6a94e3e372440c5d99924b9a30bf1864a88d5abb(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68312520c597f5f21a752799497b12de55aa7155919b614d0eff6c08c5551b32(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7eeb5a6855a71c2345695661abd113312ee34fe6ddd5f03b8c41483d853307df(
    *,
    request: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7be920fcfae73d9dec88e78a3c92ae40db0bba25945b9091245810a01c8fba57(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57837b3a4163beff5ecb425385e9d2f26a2ecdfecbf36ac74edd63c51fc16f6a(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0030dd9a027b533cb775adb498ff050ac899b2aecab84e0c1ea55aa4b2c918da(
    *,
    match: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Alpha3SpecTcpMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Alpha3SpecTcpRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a47f5fba0885f3c4e721b2111e0b693c2b53e577440fdbf6cd7b21dcf8f06b35(
    *,
    destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    port: typing.Optional[jsii.Number] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    source_subnet: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4dbb2b580c1b3d532831791e975e295bda34b414e564f31575453398758e787(
    *,
    destination: typing.Union[VirtualServiceV1Alpha3SpecTcpRouteDestination, typing.Dict[builtins.str, typing.Any]],
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e3479b409b768ff460697dbaf9bf3986db4be0414034eb8e1aad875d3772bd9(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecTcpRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8671de5f6d3a4e086b4c7ccd556d77c187960fef8ec4fc5ebc7c79445888e1ac(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0535f52646a4f6c29655ea016a126044fa6d4b7c04ae12331f09b6c9fdd44930(
    *,
    match: typing.Sequence[typing.Union[VirtualServiceV1Alpha3SpecTlsMatch, typing.Dict[builtins.str, typing.Any]]],
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Alpha3SpecTlsRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db57ef180fe65c4fe71094ca586c6d48e8de7abc9e4daf0598121848dbcad7e9(
    *,
    sni_hosts: typing.Sequence[builtins.str],
    destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    port: typing.Optional[jsii.Number] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebe55edda4ddfd15993588c56c1bd5418f954e38ac4b027ef2feb975270dab17(
    *,
    destination: typing.Union[VirtualServiceV1Alpha3SpecTlsRouteDestination, typing.Dict[builtins.str, typing.Any]],
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57d531abab7d6c607348044b5a9156d329a37f9dd3e917fcc676808091586c1d(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceV1Alpha3SpecTlsRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__222a1fedcf2a5de297c5934ed78a05d86c87a54a509079b6f38a4255c3c40f23(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d04a2372af6368d08108411263e1c0491a8ab17ec4d4bd46d69ca132f90eb96(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VirtualServiceV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__338908ff3863ab56b9f2b1552308f482333937414fcb0346c15796734a6fbfc8(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VirtualServiceV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8745850372faf33de9837c31fbfa592d8cc8aed2638893b2bc990c23496e272(
    *,
    export_to: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    hosts: typing.Optional[typing.Sequence[builtins.str]] = None,
    http: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Beta1SpecHttp, typing.Dict[builtins.str, typing.Any]]]] = None,
    tcp: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Beta1SpecTcp, typing.Dict[builtins.str, typing.Any]]]] = None,
    tls: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Beta1SpecTls, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5960b180ac1e7c27ef53a6f9953e5955414662563b339530458de3982a6a9e8e(
    *,
    cors_policy: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpCorsPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    delegate: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpDelegate, typing.Dict[builtins.str, typing.Any]]] = None,
    direct_response: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpDirectResponse, typing.Dict[builtins.str, typing.Any]]] = None,
    fault: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpFault, typing.Dict[builtins.str, typing.Any]]] = None,
    headers: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    match: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Beta1SpecHttpMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    mirror: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    mirror_percent: typing.Optional[jsii.Number] = None,
    mirror_percentage: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpMirrorPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
    mirrors: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Beta1SpecHttpMirrors, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    redirect: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    retries: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpRetries, typing.Dict[builtins.str, typing.Any]]] = None,
    rewrite: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Beta1SpecHttpRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__785ae0528618c861683b6510d9ba5cbcdacdd759bb935bc7687cdcb5adee8c9f(
    *,
    allow_credentials: typing.Optional[builtins.bool] = None,
    allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_methods: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origin: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_origins: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins, typing.Dict[builtins.str, typing.Any]]]] = None,
    expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_age: typing.Optional[builtins.str] = None,
    unmatched_preflights: typing.Optional[VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e561568ae0ba8c89cabdf3135bf78628c3dc3b60f01a9bc1b0a2204180f5986a(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3c5d045d912ea7d75a71de34e3a8af3afe5882fc967c3c98bd3324a2fd5b64a(
    *,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e24779848491c4830edef6a8646c74cad9ffc32202f6ff2b7d277979610d934(
    *,
    status: jsii.Number,
    body: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpDirectResponseBody, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d9694d476f6419c583438dee6978b0881cda324fedaec866e929ada2dd1f3b6(
    *,
    bytes: typing.Optional[builtins.str] = None,
    string: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22ad8ff7918d1b56230ad683d3c66eb0f260a2489409abc21725b4502021c197(
    *,
    abort: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpFaultAbort, typing.Dict[builtins.str, typing.Any]]] = None,
    delay: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpFaultDelay, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06d61ea04119eee187d4f988868193e9176be03348741793a330fbedb5bc7a1e(
    *,
    grpc_status: typing.Optional[builtins.str] = None,
    http2_error: typing.Optional[builtins.str] = None,
    http_status: typing.Optional[jsii.Number] = None,
    percentage: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpFaultAbortPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4af3ea00dd33ea28053ad539991382ed53a8e359a5e7b18cf4ba3679b540caf(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc4d33a11896268abac4d61f24a93bcecd1f8c592e819b39f4184356756b6189(
    *,
    exponential_delay: typing.Optional[builtins.str] = None,
    fixed_delay: typing.Optional[builtins.str] = None,
    percent: typing.Optional[jsii.Number] = None,
    percentage: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpFaultDelayPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0260d09b416ddec2bca4e6649dbc992fb3d8b8aa0165dd48aba9ead3470e61f(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bf8a01ede58b7698c7189249bc31c7ca1bc626019e37bd97aafa637e90abfa5(
    *,
    request: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dc623a3d86b6cbe55f0469ba6d75113adc8e916a85bb65f33ad0aff92ed951c1(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50013276733a83173c8ca014b533167a5f0bdbcceeaace3416879ea7e0ffd251(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__008431c4fb09fa20a67e032c7ed3f3ddcbfa76adb25de6e33657489965e17942(
    *,
    authority: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpMatchAuthority, typing.Dict[builtins.str, typing.Any]]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceV1Beta1SpecHttpMatchHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    ignore_uri_case: typing.Optional[builtins.bool] = None,
    method: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpMatchMethod, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    query_params: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceV1Beta1SpecHttpMatchQueryParams, typing.Dict[builtins.str, typing.Any]]]] = None,
    scheme: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpMatchScheme, typing.Dict[builtins.str, typing.Any]]] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    stat_prefix: typing.Optional[builtins.str] = None,
    uri: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpMatchUri, typing.Dict[builtins.str, typing.Any]]] = None,
    without_headers: typing.Optional[typing.Mapping[builtins.str, typing.Union[VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01e026fcf8365178439a2c703b52e15dc96b0a528a523359a86dc04de329e657(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2cf28389d6771be614f39086b6fd3177938cbbf5d0d8656054b3845a6962c96e(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7666e9042cce6a913b216cd25ba8cf210abae4fb324e739aaaa0dc58d06cf25(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7db331c5f8a8495e0fa435b9376ec64a67db817285e7fdcd9412efb80a40c54(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__acabe7d3f2b674c2aa7390a3a2cda0241c57c2468befd3c80b78446b21b3edf0(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9a0cbda0924f403895b0b5cccb2d86313c01db367a32797fd4aa970e52c4990(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06090f81fafe7a8471af90cfd1b5dbd777d480e01b09a8928ff048d06d829211(
    *,
    exact: typing.Optional[builtins.str] = None,
    prefix: typing.Optional[builtins.str] = None,
    regex: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d0b30d5a86c5a5841c74b32e4b60b0ba917a9b148bb20dac9d254480b0c50ecc(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpMirrorPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04b9b9277cd2e596fab9b65a5ba10c8705f34dc8d387415fc08e11dcd649f434(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2df19fbfd019e2b1a725d9b71eb49949ed8c3f9b4becb51a1ff51d9c92828b7(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07595205c67e3a6cd50ed893c7372ce4bd100160ea7332fcfcbc1e6d62a09367(
    *,
    destination: typing.Union[VirtualServiceV1Beta1SpecHttpMirrorsDestination, typing.Dict[builtins.str, typing.Any]],
    percentage: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpMirrorsPercentage, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__178b51951f18290c2fa8437886d91d2bdb024640406db12d4b0339279e90645e(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpMirrorsDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a44af41bfe5c78cf8cb195fae68f00c2e999fcc8e9d8fa036a9b3b2e9de5d7eb(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9a09da85e499c2898bc5db0b94299d6337c933080b98670b1f35de7c156f7d1(
    *,
    value: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a18b7d20c55e037869714ab4b7ca6e6933c3a6ef41e9cee3488f02822a85653(
    *,
    authority: typing.Optional[builtins.str] = None,
    derive_port: typing.Optional[VirtualServiceV1Beta1SpecHttpRedirectDerivePort] = None,
    port: typing.Optional[jsii.Number] = None,
    redirect_code: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f3d1d60f512164e58b9f17e8df49593b2d148fe2ba9a79f41ae29c9a5f2d111(
    *,
    attempts: typing.Optional[jsii.Number] = None,
    backoff: typing.Optional[builtins.str] = None,
    per_try_timeout: typing.Optional[builtins.str] = None,
    retry_ignore_previous_hosts: typing.Optional[builtins.bool] = None,
    retry_on: typing.Optional[builtins.str] = None,
    retry_remote_localities: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19c7cd3b7cd90d3c5f54447b736c7fd232b5fd69f1bcf621af6f6d1a67e4039b(
    *,
    authority: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
    uri_regex_rewrite: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17110e05350917fc8e7f3a1e6e7a085f9fe34629c1835632d2def1b797cfe676(
    *,
    match: typing.Optional[builtins.str] = None,
    rewrite: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03b8068b1242778dbdfb9f2f67a64c2fdd8395ce9cc6cb640c7e95e02a429733(
    *,
    destination: typing.Union[VirtualServiceV1Beta1SpecHttpRouteDestination, typing.Dict[builtins.str, typing.Any]],
    headers: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpRouteHeaders, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ed9b706d565ec6713d7565dc2d2c0f4a3e6cd54a1765d7faae9b458a64321f6(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bec6e976bfa2e5214e656edba73f0c38ea256fe656533b6bf2279ab67246e3e(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0811ac155ea712b47e57071459ccaa1028e5224c512342ed575d836c226b16ff(
    *,
    request: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpRouteHeadersRequest, typing.Dict[builtins.str, typing.Any]]] = None,
    response: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecHttpRouteHeadersResponse, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bae04c294c70d56702a07b15e5b91387a4fa7df423ab0d5fb3f68a2a03d846fb(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__624c72456573f0e8bd4490950f589f22f0c0213aa1eb246da46bbe99416389d5(
    *,
    add: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14e0fa307fed4199b198b637ad89dc17fb9a1a547ea01e3d299e377109eff131(
    *,
    match: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Beta1SpecTcpMatch, typing.Dict[builtins.str, typing.Any]]]] = None,
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Beta1SpecTcpRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b7edb0402cfa4f941ef4a0c5f455ee3327b9e574be48375d1555a4e12ac997d(
    *,
    destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    port: typing.Optional[jsii.Number] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
    source_subnet: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de56190e465e8aed05be870f1d05eccf5c6faa876611715e3c617fdf55608df6(
    *,
    destination: typing.Union[VirtualServiceV1Beta1SpecTcpRouteDestination, typing.Dict[builtins.str, typing.Any]],
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0af85f68792d04dabdde04a75da002caec43a83d6269f422e3c4e84dd9a9c8f6(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecTcpRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bbfa5d18c686e635fa4941e071af9e4e3cc597defc5e6fe6eb7d05ff799fb3c2(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a56ee816504413c246a3588555ecfc66c25ee7fe79fafc61f99ce84a7e1fcd12(
    *,
    match: typing.Sequence[typing.Union[VirtualServiceV1Beta1SpecTlsMatch, typing.Dict[builtins.str, typing.Any]]],
    route: typing.Optional[typing.Sequence[typing.Union[VirtualServiceV1Beta1SpecTlsRoute, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71ee5c6d6149bca14e00a2dc3fdc67c06988873f7ea76cbf891e2e39b956176d(
    *,
    sni_hosts: typing.Sequence[builtins.str],
    destination_subnets: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateways: typing.Optional[typing.Sequence[builtins.str]] = None,
    port: typing.Optional[jsii.Number] = None,
    source_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    source_namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__452153339b2435deebd0635940744d8984baf30cdc2be866aa44bdc8e69fa8f7(
    *,
    destination: typing.Union[VirtualServiceV1Beta1SpecTlsRouteDestination, typing.Dict[builtins.str, typing.Any]],
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86664ce0087b38724dd5232b6a5c410e1713eccb703bcd94509719cae5054887(
    *,
    host: builtins.str,
    port: typing.Optional[typing.Union[VirtualServiceV1Beta1SpecTlsRouteDestinationPort, typing.Dict[builtins.str, typing.Any]]] = None,
    subset: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96dd93b7c7f155fe6410e4d9a6357dc8739356c04b7887636a99bfb6b450f8b1(
    *,
    number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
