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


class HttpRoute(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRoute",
):
    '''HTTPRoute provides a way to route HTTP requests.

    This includes the capability
    to match requests by hostname, path, header, or query param. Filters can be
    used to specify additional processing steps. Backends specify where matching
    requests should be routed.

    :schema: HTTPRoute
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["HttpRouteSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "HTTPRoute" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec defines the desired state of HTTPRoute.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05042ae4e01ed32f4a4a3082f8028a742ad05f153af724576b1b58b1d952f7bc)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = HttpRouteProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["HttpRouteSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "HTTPRoute".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec defines the desired state of HTTPRoute.
        :param metadata: 
        '''
        props = HttpRouteProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "HTTPRoute".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class HttpRouteProps:
    def __init__(
        self,
        *,
        spec: typing.Union["HttpRouteSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''HTTPRoute provides a way to route HTTP requests.

        This includes the capability
        to match requests by hostname, path, header, or query param. Filters can be
        used to specify additional processing steps. Backends specify where matching
        requests should be routed.

        :param spec: Spec defines the desired state of HTTPRoute.
        :param metadata: 

        :schema: HTTPRoute
        '''
        if isinstance(spec, dict):
            spec = HttpRouteSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__faa8b94be2a5259381b4caf23ce412b0353b19a781c47425c0fddd2885826958)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "HttpRouteSpec":
        '''Spec defines the desired state of HTTPRoute.

        :schema: HTTPRoute#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("HttpRouteSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: HTTPRoute#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpec",
    jsii_struct_bases=[],
    name_mapping={
        "hostnames": "hostnames",
        "parent_refs": "parentRefs",
        "rules": "rules",
    },
)
class HttpRouteSpec:
    def __init__(
        self,
        *,
        hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
        parent_refs: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecParentRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        rules: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Spec defines the desired state of HTTPRoute.

        :param hostnames: Hostnames defines a set of hostnames that should match against the HTTP Host header to select a HTTPRoute used to process the request. Implementations MUST ignore any port value specified in the HTTP Host header while performing a match and (absent of any applicable header modification configuration) MUST forward this header unmodified to the backend. Valid values for Hostnames are determined by RFC 1123 definition of a hostname with 2 notable exceptions: 1. IPs are not allowed. 2. A hostname may be prefixed with a wildcard label (``*.``). The wildcard label must appear by itself as the first label. If a hostname is specified by both the Listener and HTTPRoute, there must be at least one intersecting hostname for the HTTPRoute to be attached to the Listener. For example: - A Listener with ``test.example.com`` as the hostname matches HTTPRoutes that have either not specified any hostnames, or have specified at least one of ``test.example.com`` or ``*.example.com``. - A Listener with ``*.example.com`` as the hostname matches HTTPRoutes that have either not specified any hostnames or have specified at least one hostname that matches the Listener hostname. For example, ``*.example.com``, ``test.example.com``, and ``foo.test.example.com`` would all match. On the other hand, ``example.com`` and ``test.example.net`` would not match. Hostnames that are prefixed with a wildcard label (``*.``) are interpreted as a suffix match. That means that a match for ``*.example.com`` would match both ``test.example.com``, and ``foo.test.example.com``, but not ``example.com``. If both the Listener and HTTPRoute have specified hostnames, any HTTPRoute hostnames that do not match the Listener hostname MUST be ignored. For example, if a Listener specified ``*.example.com``, and the HTTPRoute specified ``test.example.com`` and ``test.example.net``, ``test.example.net`` must not be considered for a match. If both the Listener and HTTPRoute have specified hostnames, and none match with the criteria above, then the HTTPRoute is not accepted. The implementation must raise an 'Accepted' Condition with a status of ``False`` in the corresponding RouteParentStatus. In the event that multiple HTTPRoutes specify intersecting hostnames (e.g. overlapping wildcard matching and exact matching hostnames), precedence must be given to rules from the HTTPRoute with the largest number of: - Characters in a matching non-wildcard hostname. - Characters in a matching hostname. If ties exist across multiple Routes, the matching precedence rules for HTTPRouteMatches takes over. Support: Core
        :param parent_refs: ParentRefs references the resources (usually Gateways) that a Route wants to be attached to. Note that the referenced parent resource needs to allow this for the attachment to be complete. For Gateways, that means the Gateway needs to allow attachment from Routes of this kind and namespace. For Services, that means the Service must either be in the same namespace for a "producer" route, or the mesh implementation must support and allow "consumer" routes for the referenced Service. ReferenceGrant is not applicable for governing ParentRefs to Services - it is not possible to create a "producer" route for a Service in a different namespace from the Route. There are two kinds of parent resources with "Core" support: - Gateway (Gateway conformance profile) - Service (Mesh conformance profile, ClusterIP Services only) This API may be extended in the future to support additional kinds of parent resources. ParentRefs must be *distinct*. This means either that: - They select different objects. If this is the case, then parentRef entries are distinct. In terms of fields, this means that the multi-part key defined by ``group``, ``kind``, ``namespace``, and ``name`` must be unique across all parentRef entries in the Route. - They do not select different objects, but for each optional field used, each ParentRef that selects the same object must set the same set of optional fields to different values. If one ParentRef sets a combination of optional fields, all must set the same combination. Some examples: - If one ParentRef sets ``sectionName``, all ParentRefs referencing the same object must also set ``sectionName``. - If one ParentRef sets ``port``, all ParentRefs referencing the same object must also set ``port``. - If one ParentRef sets ``sectionName`` and ``port``, all ParentRefs referencing the same object must also set ``sectionName`` and ``port``. It is possible to separately reference multiple distinct objects that may be collapsed by an implementation. For example, some implementations may choose to merge compatible Gateway Listeners together. If that is the case, the list of routes attached to those resources should also be merged. Note that for ParentRefs that cross namespace boundaries, there are specific rules. Cross-namespace references are only valid if they are explicitly allowed by something in the namespace they are referring to. For example, Gateway has the AllowedRoutes field, and ReferenceGrant provides a generic way to enable other kinds of cross-namespace reference.
        :param rules: Rules are a list of HTTP matchers, filters and actions.

        :schema: HttpRouteSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a76e8dd939f7a63af150933eb5dfb107b2c1dd5393c00ac74e4061fed493a16)
            check_type(argname="argument hostnames", value=hostnames, expected_type=type_hints["hostnames"])
            check_type(argname="argument parent_refs", value=parent_refs, expected_type=type_hints["parent_refs"])
            check_type(argname="argument rules", value=rules, expected_type=type_hints["rules"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostnames is not None:
            self._values["hostnames"] = hostnames
        if parent_refs is not None:
            self._values["parent_refs"] = parent_refs
        if rules is not None:
            self._values["rules"] = rules

    @builtins.property
    def hostnames(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Hostnames defines a set of hostnames that should match against the HTTP Host header to select a HTTPRoute used to process the request.

        Implementations
        MUST ignore any port value specified in the HTTP Host header while
        performing a match and (absent of any applicable header modification
        configuration) MUST forward this header unmodified to the backend.

        Valid values for Hostnames are determined by RFC 1123 definition of a
        hostname with 2 notable exceptions:

        1. IPs are not allowed.
        2. A hostname may be prefixed with a wildcard label (``*.``). The wildcard
           label must appear by itself as the first label.

        If a hostname is specified by both the Listener and HTTPRoute, there
        must be at least one intersecting hostname for the HTTPRoute to be
        attached to the Listener. For example:

        - A Listener with ``test.example.com`` as the hostname matches HTTPRoutes
          that have either not specified any hostnames, or have specified at
          least one of ``test.example.com`` or ``*.example.com``.
        - A Listener with ``*.example.com`` as the hostname matches HTTPRoutes
          that have either not specified any hostnames or have specified at least
          one hostname that matches the Listener hostname. For example,
          ``*.example.com``, ``test.example.com``, and ``foo.test.example.com`` would
          all match. On the other hand, ``example.com`` and ``test.example.net`` would
          not match.

        Hostnames that are prefixed with a wildcard label (``*.``) are interpreted
        as a suffix match. That means that a match for ``*.example.com`` would match
        both ``test.example.com``, and ``foo.test.example.com``, but not ``example.com``.

        If both the Listener and HTTPRoute have specified hostnames, any
        HTTPRoute hostnames that do not match the Listener hostname MUST be
        ignored. For example, if a Listener specified ``*.example.com``, and the
        HTTPRoute specified ``test.example.com`` and ``test.example.net``,
        ``test.example.net`` must not be considered for a match.

        If both the Listener and HTTPRoute have specified hostnames, and none
        match with the criteria above, then the HTTPRoute is not accepted. The
        implementation must raise an 'Accepted' Condition with a status of
        ``False`` in the corresponding RouteParentStatus.

        In the event that multiple HTTPRoutes specify intersecting hostnames (e.g.
        overlapping wildcard matching and exact matching hostnames), precedence must
        be given to rules from the HTTPRoute with the largest number of:

        - Characters in a matching non-wildcard hostname.
        - Characters in a matching hostname.

        If ties exist across multiple Routes, the matching precedence rules for
        HTTPRouteMatches takes over.

        Support: Core

        :schema: HttpRouteSpec#hostnames
        '''
        result = self._values.get("hostnames")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def parent_refs(self) -> typing.Optional[typing.List["HttpRouteSpecParentRefs"]]:
        '''ParentRefs references the resources (usually Gateways) that a Route wants to be attached to.

        Note that the referenced parent resource needs to
        allow this for the attachment to be complete. For Gateways, that means
        the Gateway needs to allow attachment from Routes of this kind and
        namespace. For Services, that means the Service must either be in the same
        namespace for a "producer" route, or the mesh implementation must support
        and allow "consumer" routes for the referenced Service. ReferenceGrant is
        not applicable for governing ParentRefs to Services - it is not possible to
        create a "producer" route for a Service in a different namespace from the
        Route.

        There are two kinds of parent resources with "Core" support:

        - Gateway (Gateway conformance profile)
        - Service (Mesh conformance profile, ClusterIP Services only)

        This API may be extended in the future to support additional kinds of parent
        resources.

        ParentRefs must be *distinct*. This means either that:

        - They select different objects.  If this is the case, then parentRef
          entries are distinct. In terms of fields, this means that the
          multi-part key defined by ``group``, ``kind``, ``namespace``, and ``name`` must
          be unique across all parentRef entries in the Route.
        - They do not select different objects, but for each optional field used,
          each ParentRef that selects the same object must set the same set of
          optional fields to different values. If one ParentRef sets a
          combination of optional fields, all must set the same combination.

        Some examples:

        - If one ParentRef sets ``sectionName``, all ParentRefs referencing the
          same object must also set ``sectionName``.
        - If one ParentRef sets ``port``, all ParentRefs referencing the same
          object must also set ``port``.
        - If one ParentRef sets ``sectionName`` and ``port``, all ParentRefs
          referencing the same object must also set ``sectionName`` and ``port``.

        It is possible to separately reference multiple distinct objects that may
        be collapsed by an implementation. For example, some implementations may
        choose to merge compatible Gateway Listeners together. If that is the
        case, the list of routes attached to those resources should also be
        merged.

        Note that for ParentRefs that cross namespace boundaries, there are specific
        rules. Cross-namespace references are only valid if they are explicitly
        allowed by something in the namespace they are referring to. For example,
        Gateway has the AllowedRoutes field, and ReferenceGrant provides a
        generic way to enable other kinds of cross-namespace reference.

        :schema: HttpRouteSpec#parentRefs
        '''
        result = self._values.get("parent_refs")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecParentRefs"]], result)

    @builtins.property
    def rules(self) -> typing.Optional[typing.List["HttpRouteSpecRules"]]:
        '''Rules are a list of HTTP matchers, filters and actions.

        :schema: HttpRouteSpec#rules
        '''
        result = self._values.get("rules")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecParentRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
        "section_name": "sectionName",
    },
)
class HttpRouteSpecParentRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ParentReference identifies an API object (usually a Gateway) that can be considered a parent of this resource (usually a route).

        There are two kinds of parent resources
        with "Core" support:

        - Gateway (Gateway conformance profile)
        - Service (Mesh conformance profile, ClusterIP Services only)

        This API may be extended in the future to support additional kinds of parent
        resources.

        The API object must be valid in the cluster; the Group and Kind must
        be registered in the cluster for this reference to be valid.

        :param name: Name is the name of the referent. Support: Core
        :param group: Group is the group of the referent. When unspecified, "gateway.networking.k8s.io" is inferred. To set the core API group (such as for a "Service" kind referent), Group must be explicitly set to "" (empty string). Support: Core
        :param kind: Kind is kind of the referent. There are two kinds of parent resources with "Core" support: - Gateway (Gateway conformance profile) - Service (Mesh conformance profile, ClusterIP Services only) Support for other resources is Implementation-Specific.
        :param namespace: Namespace is the namespace of the referent. When unspecified, this refers to the local namespace of the Route. Note that there are specific rules for ParentRefs which cross namespace boundaries. Cross-namespace references are only valid if they are explicitly allowed by something in the namespace they are referring to. For example: Gateway has the AllowedRoutes field, and ReferenceGrant provides a generic way to enable any other kind of cross-namespace reference. Support: Core
        :param port: Port is the network port this Route targets. It can be interpreted differently based on the type of parent resource. When the parent resource is a Gateway, this targets all listeners listening on the specified port that also support this kind of Route(and select this Route). It's not recommended to set ``Port`` unless the networking behaviors specified in a Route must apply to a specific port as opposed to a listener(s) whose port(s) may be changed. When both Port and SectionName are specified, the name and port of the selected listener must match both specified values. Implementations MAY choose to support other parent resources. Implementations supporting other types of parent resources MUST clearly document how/if Port is interpreted. For the purpose of status, an attachment is considered successful as long as the parent resource accepts it partially. For example, Gateway listeners can restrict which Routes can attach to them by Route kind, namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from the referencing Route, the Route MUST be considered successfully attached. If no Gateway listeners accept attachment from this Route, the Route MUST be considered detached from the Gateway. Support: Extended
        :param section_name: SectionName is the name of a section within the target resource. In the following resources, SectionName is interpreted as the following: - Gateway: Listener name. When both Port (experimental) and SectionName are specified, the name and port of the selected listener must match both specified values. - Service: Port name. When both Port (experimental) and SectionName are specified, the name and port of the selected listener must match both specified values. Implementations MAY choose to support attaching Routes to other resources. If that is the case, they MUST clearly document how SectionName is interpreted. When unspecified (empty string), this will reference the entire resource. For the purpose of status, an attachment is considered successful if at least one section in the parent resource accepts it. For example, Gateway listeners can restrict which Routes can attach to them by Route kind, namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from the referencing Route, the Route MUST be considered successfully attached. If no Gateway listeners accept attachment from this Route, the Route MUST be considered detached from the Gateway. Support: Core

        :schema: HttpRouteSpecParentRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7c5759346fcbd7cecb20d98a1e3976f662de3e8ed2ac40280ce356089e053438)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        Support: Core

        :schema: HttpRouteSpecParentRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        When unspecified, "gateway.networking.k8s.io" is inferred.
        To set the core API group (such as for a "Service" kind referent),
        Group must be explicitly set to "" (empty string).

        Support: Core

        :schema: HttpRouteSpecParentRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is kind of the referent.

        There are two kinds of parent resources with "Core" support:

        - Gateway (Gateway conformance profile)
        - Service (Mesh conformance profile, ClusterIP Services only)

        Support for other resources is Implementation-Specific.

        :schema: HttpRouteSpecParentRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the referent. When unspecified, this refers to the local namespace of the Route.

        Note that there are specific rules for ParentRefs which cross namespace
        boundaries. Cross-namespace references are only valid if they are explicitly
        allowed by something in the namespace they are referring to. For example:
        Gateway has the AllowedRoutes field, and ReferenceGrant provides a
        generic way to enable any other kind of cross-namespace reference.

        Support: Core

        :schema: HttpRouteSpecParentRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port is the network port this Route targets. It can be interpreted differently based on the type of parent resource.

        When the parent resource is a Gateway, this targets all listeners
        listening on the specified port that also support this kind of Route(and
        select this Route). It's not recommended to set ``Port`` unless the
        networking behaviors specified in a Route must apply to a specific port
        as opposed to a listener(s) whose port(s) may be changed. When both Port
        and SectionName are specified, the name and port of the selected listener
        must match both specified values.

        Implementations MAY choose to support other parent resources.
        Implementations supporting other types of parent resources MUST clearly
        document how/if Port is interpreted.

        For the purpose of status, an attachment is considered successful as
        long as the parent resource accepts it partially. For example, Gateway
        listeners can restrict which Routes can attach to them by Route kind,
        namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
        from the referencing Route, the Route MUST be considered successfully
        attached. If no Gateway listeners accept attachment from this Route,
        the Route MUST be considered detached from the Gateway.

        Support: Extended

        :schema: HttpRouteSpecParentRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''SectionName is the name of a section within the target resource.

        In the
        following resources, SectionName is interpreted as the following:

        - Gateway: Listener name. When both Port (experimental) and SectionName
          are specified, the name and port of the selected listener must match
          both specified values.
        - Service: Port name. When both Port (experimental) and SectionName
          are specified, the name and port of the selected listener must match
          both specified values.

        Implementations MAY choose to support attaching Routes to other resources.
        If that is the case, they MUST clearly document how SectionName is
        interpreted.

        When unspecified (empty string), this will reference the entire resource.
        For the purpose of status, an attachment is considered successful if at
        least one section in the parent resource accepts it. For example, Gateway
        listeners can restrict which Routes can attach to them by Route kind,
        namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
        the referencing Route, the Route MUST be considered successfully
        attached. If no Gateway listeners accept attachment from this Route, the
        Route MUST be considered detached from the Gateway.

        Support: Core

        :schema: HttpRouteSpecParentRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecParentRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRules",
    jsii_struct_bases=[],
    name_mapping={
        "backend_refs": "backendRefs",
        "filters": "filters",
        "matches": "matches",
        "name": "name",
        "timeouts": "timeouts",
    },
)
class HttpRouteSpecRules:
    def __init__(
        self,
        *,
        backend_refs: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesBackendRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        filters: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesFilters", typing.Dict[builtins.str, typing.Any]]]] = None,
        matches: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesMatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        timeouts: typing.Optional[typing.Union["HttpRouteSpecRulesTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''HTTPRouteRule defines semantics for matching an HTTP request based on conditions (matches), processing it (filters), and forwarding the request to an API object (backendRefs).

        :param backend_refs: BackendRefs defines the backend(s) where matching requests should be sent. Failure behavior here depends on how many BackendRefs are specified and how many are invalid. If *all* entries in BackendRefs are invalid, and there are also no filters specified in this route rule, *all* traffic which matches this rule MUST receive a 500 status code. See the HTTPBackendRef definition for the rules about what makes a single HTTPBackendRef invalid. When a HTTPBackendRef is invalid, 500 status codes MUST be returned for requests that would have otherwise been routed to an invalid backend. If multiple backends are specified, and some are invalid, the proportion of requests that would otherwise have been routed to an invalid backend MUST receive a 500 status code. For example, if two backends are specified with equal weights, and one is invalid, 50 percent of traffic must receive a 500. Implementations may choose how that 50 percent is determined. When a HTTPBackendRef refers to a Service that has no ready endpoints, implementations SHOULD return a 503 for requests to that backend instead. If an implementation chooses to do this, all of the above rules for 500 responses MUST also apply for responses that return a 503. Support: Core for Kubernetes Service Support: Extended for Kubernetes ServiceImport Support: Implementation-specific for any other resource Support for weight: Core
        :param filters: Filters define the filters that are applied to requests that match this rule. Wherever possible, implementations SHOULD implement filters in the order they are specified. Implementations MAY choose to implement this ordering strictly, rejecting any combination or order of filters that cannot be supported. If implementations choose a strict interpretation of filter ordering, they MUST clearly document that behavior. To reject an invalid combination or order of filters, implementations SHOULD consider the Route Rules with this configuration invalid. If all Route Rules in a Route are invalid, the entire Route would be considered invalid. If only a portion of Route Rules are invalid, implementations MUST set the "PartiallyInvalid" condition for the Route. Conformance-levels at this level are defined based on the type of filter: - ALL core filters MUST be supported by all implementations. - Implementers are encouraged to support extended filters. - Implementation-specific custom filters have no API guarantees across implementations. Specifying the same filter multiple times is not supported unless explicitly indicated in the filter. All filters are expected to be compatible with each other except for the URLRewrite and RequestRedirect filters, which may not be combined. If an implementation cannot support other combinations of filters, they must clearly document that limitation. In cases where incompatible or unsupported filters are specified and cause the ``Accepted`` condition to be set to status ``False``, implementations may use the ``IncompatibleFilters`` reason to specify this configuration error. Support: Core
        :param matches: Matches define conditions used for matching the rule against incoming HTTP requests. Each match is independent, i.e. this rule will be matched if **any** one of the matches is satisfied. For example, take the following matches configuration:: matches: - path: value: "/foo" headers: - name: "version" value: "v2" - path: value: "/v2/foo" For a request to match against this rule, a request must satisfy EITHER of the two conditions: - path prefixed with ``/foo`` AND contains the header ``version: v2`` - path prefix of ``/v2/foo`` See the documentation for HTTPRouteMatch on how to specify multiple match conditions that should be ANDed together. If no matches are specified, the default is a prefix path match on "/", which has the effect of matching every HTTP request. Proxy or Load Balancer routing configuration generated from HTTPRoutes MUST prioritize matches based on the following criteria, continuing on ties. Across all rules specified on applicable Routes, precedence must be given to the match having: - "Exact" path match. - "Prefix" path match with largest number of characters. - Method match. - Largest number of header matches. - Largest number of query param matches. Note: The precedence of RegularExpression path matches are implementation-specific. If ties still exist across multiple Routes, matching precedence MUST be determined in order of the following criteria, continuing on ties: - The oldest Route based on creation timestamp. - The Route appearing first in alphabetical order by "{namespace}/{name}". If ties still exist within an HTTPRoute, matching precedence MUST be granted to the FIRST matching rule (in list order) with a match meeting the above criteria. When no rules matching a request have been successfully attached to the parent a request is coming from, a HTTP 404 status code MUST be returned.
        :param name: Name is the name of the route rule. This name MUST be unique within a Route if it is set. Support: Extended
        :param timeouts: Timeouts defines the timeouts that can be configured for an HTTP request. Support: Extended

        :schema: HttpRouteSpecRules
        '''
        if isinstance(timeouts, dict):
            timeouts = HttpRouteSpecRulesTimeouts(**timeouts)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e47b6f9147eeea2aa867130154c7a8289963bd07f699aee6eed1dad107c1a09e)
            check_type(argname="argument backend_refs", value=backend_refs, expected_type=type_hints["backend_refs"])
            check_type(argname="argument filters", value=filters, expected_type=type_hints["filters"])
            check_type(argname="argument matches", value=matches, expected_type=type_hints["matches"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_refs is not None:
            self._values["backend_refs"] = backend_refs
        if filters is not None:
            self._values["filters"] = filters
        if matches is not None:
            self._values["matches"] = matches
        if name is not None:
            self._values["name"] = name
        if timeouts is not None:
            self._values["timeouts"] = timeouts

    @builtins.property
    def backend_refs(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefs"]]:
        '''BackendRefs defines the backend(s) where matching requests should be sent.

        Failure behavior here depends on how many BackendRefs are specified and
        how many are invalid.

        If *all* entries in BackendRefs are invalid, and there are also no filters
        specified in this route rule, *all* traffic which matches this rule MUST
        receive a 500 status code.

        See the HTTPBackendRef definition for the rules about what makes a single
        HTTPBackendRef invalid.

        When a HTTPBackendRef is invalid, 500 status codes MUST be returned for
        requests that would have otherwise been routed to an invalid backend. If
        multiple backends are specified, and some are invalid, the proportion of
        requests that would otherwise have been routed to an invalid backend
        MUST receive a 500 status code.

        For example, if two backends are specified with equal weights, and one is
        invalid, 50 percent of traffic must receive a 500. Implementations may
        choose how that 50 percent is determined.

        When a HTTPBackendRef refers to a Service that has no ready endpoints,
        implementations SHOULD return a 503 for requests to that backend instead.
        If an implementation chooses to do this, all of the above rules for 500 responses
        MUST also apply for responses that return a 503.

        Support: Core for Kubernetes Service

        Support: Extended for Kubernetes ServiceImport

        Support: Implementation-specific for any other resource

        Support for weight: Core

        :schema: HttpRouteSpecRules#backendRefs
        '''
        result = self._values.get("backend_refs")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefs"]], result)

    @builtins.property
    def filters(self) -> typing.Optional[typing.List["HttpRouteSpecRulesFilters"]]:
        '''Filters define the filters that are applied to requests that match this rule.

        Wherever possible, implementations SHOULD implement filters in the order
        they are specified.

        Implementations MAY choose to implement this ordering strictly, rejecting
        any combination or order of filters that cannot be supported. If implementations
        choose a strict interpretation of filter ordering, they MUST clearly document
        that behavior.

        To reject an invalid combination or order of filters, implementations SHOULD
        consider the Route Rules with this configuration invalid. If all Route Rules
        in a Route are invalid, the entire Route would be considered invalid. If only
        a portion of Route Rules are invalid, implementations MUST set the
        "PartiallyInvalid" condition for the Route.

        Conformance-levels at this level are defined based on the type of filter:

        - ALL core filters MUST be supported by all implementations.
        - Implementers are encouraged to support extended filters.
        - Implementation-specific custom filters have no API guarantees across
          implementations.

        Specifying the same filter multiple times is not supported unless explicitly
        indicated in the filter.

        All filters are expected to be compatible with each other except for the
        URLRewrite and RequestRedirect filters, which may not be combined. If an
        implementation cannot support other combinations of filters, they must clearly
        document that limitation. In cases where incompatible or unsupported
        filters are specified and cause the ``Accepted`` condition to be set to status
        ``False``, implementations may use the ``IncompatibleFilters`` reason to specify
        this configuration error.

        Support: Core

        :schema: HttpRouteSpecRules#filters
        '''
        result = self._values.get("filters")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesFilters"]], result)

    @builtins.property
    def matches(self) -> typing.Optional[typing.List["HttpRouteSpecRulesMatches"]]:
        '''Matches define conditions used for matching the rule against incoming HTTP requests.

        Each match is independent, i.e. this rule will be matched
        if **any** one of the matches is satisfied.

        For example, take the following matches configuration::

           matches:
           - path:
           value: "/foo"
           headers:
           - name: "version"
           value: "v2"
           - path:
           value: "/v2/foo"

        For a request to match against this rule, a request must satisfy
        EITHER of the two conditions:

        - path prefixed with ``/foo`` AND contains the header ``version: v2``
        - path prefix of ``/v2/foo``

        See the documentation for HTTPRouteMatch on how to specify multiple
        match conditions that should be ANDed together.

        If no matches are specified, the default is a prefix
        path match on "/", which has the effect of matching every
        HTTP request.

        Proxy or Load Balancer routing configuration generated from HTTPRoutes
        MUST prioritize matches based on the following criteria, continuing on
        ties. Across all rules specified on applicable Routes, precedence must be
        given to the match having:

        - "Exact" path match.
        - "Prefix" path match with largest number of characters.
        - Method match.
        - Largest number of header matches.
        - Largest number of query param matches.

        Note: The precedence of RegularExpression path matches are implementation-specific.

        If ties still exist across multiple Routes, matching precedence MUST be
        determined in order of the following criteria, continuing on ties:

        - The oldest Route based on creation timestamp.
        - The Route appearing first in alphabetical order by
          "{namespace}/{name}".

        If ties still exist within an HTTPRoute, matching precedence MUST be granted
        to the FIRST matching rule (in list order) with a match meeting the above
        criteria.

        When no rules matching a request have been successfully attached to the
        parent a request is coming from, a HTTP 404 status code MUST be returned.

        :schema: HttpRouteSpecRules#matches
        '''
        result = self._values.get("matches")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesMatches"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the name of the route rule.

        This name MUST be unique within a Route if it is set.

        Support: Extended

        :schema: HttpRouteSpecRules#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeouts(self) -> typing.Optional["HttpRouteSpecRulesTimeouts"]:
        '''Timeouts defines the timeouts that can be configured for an HTTP request.

        Support: Extended

        :schema: HttpRouteSpecRules#timeouts
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["HttpRouteSpecRulesTimeouts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "filters": "filters",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
        "weight": "weight",
    },
)
class HttpRouteSpecRulesBackendRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        filters: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesBackendRefsFilters", typing.Dict[builtins.str, typing.Any]]]] = None,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''HTTPBackendRef defines how a HTTPRoute forwards a HTTP request.

        Note that when a namespace different than the local namespace is specified, a
        ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        :param name: Name is the name of the referent.
        :param filters: Filters defined at this level should be executed if and only if the request is being forwarded to the backend defined here. Support: Implementation-specific (For broader support of filters, use the Filters field in HTTPRouteRule.)
        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is the Kubernetes resource kind of the referent. For example "Service". Defaults to "Service" when not specified. ExternalName services can refer to CNAME DNS records that may live outside of the cluster and as such are difficult to reason about in terms of conformance. They also may not be safe to forward to (see CVE-2021-25740 for more information). Implementations SHOULD NOT support ExternalName Services. Support: Core (Services with a type other than ExternalName) Support: Implementation-specific (Services with type ExternalName) Default: Service" when not specified.
        :param namespace: Namespace is the namespace of the backend. When unspecified, the local namespace is inferred. Note that when a namespace different than the local namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. Support: Core
        :param port: Port specifies the destination port number to use for this resource. Port is required when the referent is a Kubernetes Service. In this case, the port number is the service port number, not the target port. For other resources, destination port might be derived from the referent resource or this field.
        :param weight: Weight specifies the proportion of requests forwarded to the referenced backend. This is computed as weight/(sum of all weights in this BackendRefs list). For non-zero values, there may be some epsilon from the exact proportion defined here depending on the precision an implementation supports. Weight is not a percentage and the sum of weights does not need to equal 100. If only one backend is specified and it has a weight greater than 0, 100% of the traffic is forwarded to that backend. If weight is set to 0, no traffic should be forwarded for this entry. If unspecified, weight defaults to 1. Support for this field varies based on the context where used.

        :schema: HttpRouteSpecRulesBackendRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4cfebf0cc1bd23cf83d7b0d8fa2c3e0f5bfee09e10d3e2c825565052806975f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument filters", value=filters, expected_type=type_hints["filters"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if filters is not None:
            self._values["filters"] = filters
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: HttpRouteSpecRulesBackendRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def filters(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFilters"]]:
        '''Filters defined at this level should be executed if and only if the request is being forwarded to the backend defined here.

        Support: Implementation-specific (For broader support of filters, use the
        Filters field in HTTPRouteRule.)

        :schema: HttpRouteSpecRulesBackendRefs#filters
        '''
        result = self._values.get("filters")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFilters"]], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: HttpRouteSpecRulesBackendRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the Kubernetes resource kind of the referent. For example "Service".

        Defaults to "Service" when not specified.

        ExternalName services can refer to CNAME DNS records that may live
        outside of the cluster and as such are difficult to reason about in
        terms of conformance. They also may not be safe to forward to (see
        CVE-2021-25740 for more information). Implementations SHOULD NOT
        support ExternalName Services.

        Support: Core (Services with a type other than ExternalName)

        Support: Implementation-specific (Services with type ExternalName)

        :default: Service" when not specified.

        :schema: HttpRouteSpecRulesBackendRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the backend. When unspecified, the local namespace is inferred.

        Note that when a namespace different than the local namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        Support: Core

        :schema: HttpRouteSpecRulesBackendRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port specifies the destination port number to use for this resource.

        Port is required when the referent is a Kubernetes Service. In this
        case, the port number is the service port number, not the target port.
        For other resources, destination port might be derived from the referent
        resource or this field.

        :schema: HttpRouteSpecRulesBackendRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the proportion of requests forwarded to the referenced backend.

        This is computed as weight/(sum of all weights in this
        BackendRefs list). For non-zero values, there may be some epsilon from
        the exact proportion defined here depending on the precision an
        implementation supports. Weight is not a percentage and the sum of
        weights does not need to equal 100.

        If only one backend is specified and it has a weight greater than 0, 100%
        of the traffic is forwarded to that backend. If weight is set to 0, no
        traffic should be forwarded for this entry. If unspecified, weight
        defaults to 1.

        Support for this field varies based on the context where used.

        :schema: HttpRouteSpecRulesBackendRefs#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFilters",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "cors": "cors",
        "extension_ref": "extensionRef",
        "request_header_modifier": "requestHeaderModifier",
        "request_mirror": "requestMirror",
        "request_redirect": "requestRedirect",
        "response_header_modifier": "responseHeaderModifier",
        "url_rewrite": "urlRewrite",
    },
)
class HttpRouteSpecRulesBackendRefsFilters:
    def __init__(
        self,
        *,
        type: "HttpRouteSpecRulesBackendRefsFiltersType",
        cors: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersCors", typing.Dict[builtins.str, typing.Any]]] = None,
        extension_ref: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersExtensionRef", typing.Dict[builtins.str, typing.Any]]] = None,
        request_header_modifier: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        request_mirror: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        request_redirect: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        response_header_modifier: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        url_rewrite: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersUrlRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''HTTPRouteFilter defines processing steps that must be completed during the request or response lifecycle.

        HTTPRouteFilters are meant as an extension
        point to express processing that may be done in Gateway implementations. Some
        examples include request or response modification, implementing
        authentication strategies, rate-limiting, and traffic shaping. API
        guarantee/conformance is defined based on the type of the filter.

        :param type: Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:. - Core: Filter types and their corresponding configuration defined by "Support: Core" in this package, e.g. "RequestHeaderModifier". All implementations must support core filters. - Extended: Filter types and their corresponding configuration defined by "Support: Extended" in this package, e.g. "RequestMirror". Implementers are encouraged to support extended filters. - Implementation-specific: Filters that are defined and supported by specific vendors. In the future, filters showing convergence in behavior across multiple implementations will be considered for inclusion in extended or core conformance levels. Filter-specific configuration for such filters is specified using the ExtensionRef field. ``Type`` should be set to "ExtensionRef" for custom filters. Implementers are encouraged to define custom implementation types to extend the core API with implementation-specific behavior. If a reference to a custom filter type cannot be resolved, the filter MUST NOT be skipped. Instead, requests that would have been processed by that filter MUST receive a HTTP error response. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``.
        :param cors: CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header. Support: Extended
        :param extension_ref: ExtensionRef is an optional, implementation-specific extension to the "filter" behavior. For example, resource "myroutefilter" in group "networking.example.net"). ExtensionRef MUST NOT be used for core and extended filters. This filter can be used multiple times within the same rule. Support: Implementation-specific
        :param request_header_modifier: RequestHeaderModifier defines a schema for a filter that modifies request headers. Support: Core
        :param request_mirror: RequestMirror defines a schema for a filter that mirrors requests. Requests are sent to the specified destination, but responses from that destination are ignored. This filter can be used multiple times within the same rule. Note that not all implementations will be able to support mirroring to multiple backends. Support: Extended
        :param request_redirect: RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection. Support: Core
        :param response_header_modifier: ResponseHeaderModifier defines a schema for a filter that modifies response headers. Support: Extended
        :param url_rewrite: URLRewrite defines a schema for a filter that modifies a request during forwarding. Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFilters
        '''
        if isinstance(cors, dict):
            cors = HttpRouteSpecRulesBackendRefsFiltersCors(**cors)
        if isinstance(extension_ref, dict):
            extension_ref = HttpRouteSpecRulesBackendRefsFiltersExtensionRef(**extension_ref)
        if isinstance(request_header_modifier, dict):
            request_header_modifier = HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier(**request_header_modifier)
        if isinstance(request_mirror, dict):
            request_mirror = HttpRouteSpecRulesBackendRefsFiltersRequestMirror(**request_mirror)
        if isinstance(request_redirect, dict):
            request_redirect = HttpRouteSpecRulesBackendRefsFiltersRequestRedirect(**request_redirect)
        if isinstance(response_header_modifier, dict):
            response_header_modifier = HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier(**response_header_modifier)
        if isinstance(url_rewrite, dict):
            url_rewrite = HttpRouteSpecRulesBackendRefsFiltersUrlRewrite(**url_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5ca4178dfa72f0bfe8e27f7f97f7ec24271d7cba8122c43a06f2cdc1a8f56e6f)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument cors", value=cors, expected_type=type_hints["cors"])
            check_type(argname="argument extension_ref", value=extension_ref, expected_type=type_hints["extension_ref"])
            check_type(argname="argument request_header_modifier", value=request_header_modifier, expected_type=type_hints["request_header_modifier"])
            check_type(argname="argument request_mirror", value=request_mirror, expected_type=type_hints["request_mirror"])
            check_type(argname="argument request_redirect", value=request_redirect, expected_type=type_hints["request_redirect"])
            check_type(argname="argument response_header_modifier", value=response_header_modifier, expected_type=type_hints["response_header_modifier"])
            check_type(argname="argument url_rewrite", value=url_rewrite, expected_type=type_hints["url_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if cors is not None:
            self._values["cors"] = cors
        if extension_ref is not None:
            self._values["extension_ref"] = extension_ref
        if request_header_modifier is not None:
            self._values["request_header_modifier"] = request_header_modifier
        if request_mirror is not None:
            self._values["request_mirror"] = request_mirror
        if request_redirect is not None:
            self._values["request_redirect"] = request_redirect
        if response_header_modifier is not None:
            self._values["response_header_modifier"] = response_header_modifier
        if url_rewrite is not None:
            self._values["url_rewrite"] = url_rewrite

    @builtins.property
    def type(self) -> "HttpRouteSpecRulesBackendRefsFiltersType":
        '''Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:.

        - Core: Filter types and their corresponding configuration defined by
          "Support: Core" in this package, e.g. "RequestHeaderModifier". All
          implementations must support core filters.
        - Extended: Filter types and their corresponding configuration defined by
          "Support: Extended" in this package, e.g. "RequestMirror". Implementers
          are encouraged to support extended filters.
        - Implementation-specific: Filters that are defined and supported by
          specific vendors.
          In the future, filters showing convergence in behavior across multiple
          implementations will be considered for inclusion in extended or core
          conformance levels. Filter-specific configuration for such filters
          is specified using the ExtensionRef field. ``Type`` should be set to
          "ExtensionRef" for custom filters.

        Implementers are encouraged to define custom implementation types to
        extend the core API with implementation-specific behavior.

        If a reference to a custom filter type cannot be resolved, the filter
        MUST NOT be skipped. Instead, requests that would have been processed by
        that filter MUST receive a HTTP error response.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        :schema: HttpRouteSpecRulesBackendRefsFilters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteSpecRulesBackendRefsFiltersType", result)

    @builtins.property
    def cors(self) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersCors"]:
        '''CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFilters#cors
        '''
        result = self._values.get("cors")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersCors"], result)

    @builtins.property
    def extension_ref(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersExtensionRef"]:
        '''ExtensionRef is an optional, implementation-specific extension to the "filter" behavior.

        For example, resource "myroutefilter" in group
        "networking.example.net"). ExtensionRef MUST NOT be used for core and
        extended filters.

        This filter can be used multiple times within the same rule.

        Support: Implementation-specific

        :schema: HttpRouteSpecRulesBackendRefsFilters#extensionRef
        '''
        result = self._values.get("extension_ref")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersExtensionRef"], result)

    @builtins.property
    def request_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier"]:
        '''RequestHeaderModifier defines a schema for a filter that modifies request headers.

        Support: Core

        :schema: HttpRouteSpecRulesBackendRefsFilters#requestHeaderModifier
        '''
        result = self._values.get("request_header_modifier")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier"], result)

    @builtins.property
    def request_mirror(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestMirror"]:
        '''RequestMirror defines a schema for a filter that mirrors requests.

        Requests are sent to the specified destination, but responses from
        that destination are ignored.

        This filter can be used multiple times within the same rule. Note that
        not all implementations will be able to support mirroring to multiple
        backends.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFilters#requestMirror
        '''
        result = self._values.get("request_mirror")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestMirror"], result)

    @builtins.property
    def request_redirect(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirect"]:
        '''RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection.

        Support: Core

        :schema: HttpRouteSpecRulesBackendRefsFilters#requestRedirect
        '''
        result = self._values.get("request_redirect")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirect"], result)

    @builtins.property
    def response_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier"]:
        '''ResponseHeaderModifier defines a schema for a filter that modifies response headers.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFilters#responseHeaderModifier
        '''
        result = self._values.get("response_header_modifier")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier"], result)

    @builtins.property
    def url_rewrite(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersUrlRewrite"]:
        '''URLRewrite defines a schema for a filter that modifies a request during forwarding.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFilters#urlRewrite
        '''
        result = self._values.get("url_rewrite")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersUrlRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFilters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersCors",
    jsii_struct_bases=[],
    name_mapping={
        "allow_credentials": "allowCredentials",
        "allow_headers": "allowHeaders",
        "allow_methods": "allowMethods",
        "allow_origins": "allowOrigins",
        "expose_headers": "exposeHeaders",
        "max_age": "maxAge",
    },
)
class HttpRouteSpecRulesBackendRefsFiltersCors:
    def __init__(
        self,
        *,
        allow_credentials: typing.Optional[builtins.bool] = None,
        allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_methods: typing.Optional[typing.Sequence["HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods"]] = None,
        allow_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
        expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_age: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header.

        Support: Extended

        :param allow_credentials: AllowCredentials indicates whether the actual cross-origin request allows to include credentials. When set to true, the gateway will include the ``Access-Control-Allow-Credentials`` response header with value true (case-sensitive). When set to false or omitted the gateway will omit the header ``Access-Control-Allow-Credentials`` entirely (this is the standard CORS behavior). Support: Extended
        :param allow_headers: AllowHeaders indicates which HTTP request headers are supported for accessing the requested resource. Header names are not case-sensitive. Multiple header names in the value of the ``Access-Control-Allow-Headers`` response header are separated by a comma (","). When the ``allowHeaders`` field is configured with one or more headers, the gateway must return the ``Access-Control-Allow-Headers`` response header which value is present in the ``allowHeaders`` field. If any header name in the ``Access-Control-Request-Headers`` request header is not included in the list of header names specified by the response header ``Access-Control-Allow-Headers``, it will present an error on the client side. If any header name in the ``Access-Control-Allow-Headers`` response header does not recognize by the client, it will also occur an error on the client side. A wildcard indicates that the requests with all HTTP headers are allowed. If the configuration contains the wildcard ``*`` in ``allowHeaders`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Headers`` response header may either contain the wildcard ``*`` or echo the value of the ``Access-Control-Request-Headers`` request header. If the configuration contains the wildcard ``*`` in ``allowHeaders`` and ``allowCredentials`` is set to ``true``, the gateway must not return ``*`` in the ``Access-Control-Allow-Headers`` response header. Instead, it must return one or more header names matching the value of the ``Access-Control-Request-Headers`` request header. If the ``Access-Control-Request-Headers`` header is not present in the request, the gateway must omit the ``Access-Control-Allow-Headers`` response header. Support: Extended
        :param allow_methods: AllowMethods indicates which HTTP methods are supported for accessing the requested resource. Valid values are any method defined by RFC9110, along with the special value ``*``, which represents all HTTP methods are allowed. Method names are case-sensitive, so these values are also case-sensitive. (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1) Multiple method names in the value of the ``Access-Control-Allow-Methods`` response header are separated by a comma (","). A CORS-safelisted method is a method that is ``GET``, ``HEAD``, or ``POST``. (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The CORS-safelisted methods are always allowed, regardless of whether they are specified in the ``allowMethods`` field. When the ``allowMethods`` field is configured with one or more methods, the gateway must return the ``Access-Control-Allow-Methods`` response header which value is present in the ``allowMethods`` field. If the HTTP method of the ``Access-Control-Request-Method`` request header is not included in the list of methods specified by the response header ``Access-Control-Allow-Methods``, it will present an error on the client side. If the configuration contains the wildcard ``*`` in ``allowMethods`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Methods`` response header may either contain the wildcard ``*`` or echo the value of the ``Access-Control-Request-Method`` request header. If the configuration contains the wildcard ``*`` in ``allowMethods`` and ``allowCredentials`` is set to ``true``, the gateway must not return ``*`` in the ``Access-Control-Allow-Methods`` response header. Instead, it must return a single HTTP method matching the value of the ``Access-Control-Request-Method`` request header. If the ``Access-Control-Request-Method`` header is not present in the request, the gateway must omit the ``Access-Control-Allow-Methods`` response header. Support: Extended
        :param allow_origins: AllowOrigins indicates whether the response can be shared with requested resource from the given ``Origin``. The ``Origin`` consists of a scheme and a host, with an optional port, and takes the form ``<scheme>://<host>(:<port>)``. Valid values for scheme are: ``http`` and ``https``. Valid values for port are any integer between 1 and 65535 (the list of available TCP/UDP ports). Note that, if not included, port ``80`` is assumed for ``http`` scheme origins, and port ``443`` is assumed for ``https`` origins. This may affect origin matching. The host part of the origin may contain the wildcard character ``*``. These wildcard characters behave as follows: - ``*`` is a greedy match to the *left*, including any number of DNS labels to the left of its position. This also means that ``*`` will include any number of period ``.`` characters to the left of its position. - A wildcard by itself matches all hosts. An origin value that includes *only* the ``*`` character indicates requests from all ``Origin``s are allowed. When the ``allowOrigins`` field is configured with multiple origins, it means the server supports clients from multiple origins. If the request ``Origin`` matches the configured allowed origins, the gateway must return the given ``Origin`` and sets value of the header ``Access-Control-Allow-Origin`` same as the ``Origin`` header provided by the client. The status code of a successful response to a "preflight" request is always an OK status (i.e., 204 or 200). If the request ``Origin`` does not match the configured allowed origins, the gateway returns 204/200 response but doesn't set the relevant cross-origin response headers. Alternatively, the gateway responds with 403 status to the "preflight" request is denied, coupled with omitting the CORS headers. The cross-origin request fails on the client side. Therefore, the client doesn't attempt the actual cross-origin request. Conversely, if the request ``Origin`` matches one of the configured allowed origins, the gateway sets the response header ``Access-Control-Allow-Origin`` to the same value as the ``Origin`` header provided by the client. If the configuration contains the wildcard ``*`` in ``allowOrigins`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Origin`` response header may either contain the wildcard ``*`` or echo the value of the ``Origin`` request header. If the configuration contains the wildcard ``*`` in ``allowOrigins`` and ``allowCredentials`` is set to ``true``, the gateway must not return ``*`` in the ``Access-Control-Allow-Origin`` response header. Instead, it must return a single origin matching the value of the ``Origin`` request header. Support: Extended
        :param expose_headers: ExposeHeaders indicates which HTTP response headers can be exposed to client-side scripts in response to a cross-origin request. A CORS-safelisted response header is an HTTP header in a CORS response that it is considered safe to expose to the client scripts. The CORS-safelisted response headers include the following headers: ``Cache-Control`` ``Content-Language`` ``Content-Length`` ``Content-Type`` ``Expires`` ``Last-Modified`` ``Pragma`` (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name) The CORS-safelisted response headers are exposed to client by default. When an HTTP header name is specified using the ``exposeHeaders`` field, this additional header will be exposed as part of the response to the client. Header names are not case-sensitive. Multiple header names in the value of the ``Access-Control-Expose-Headers`` response header are separated by a comma (","). A wildcard indicates that the responses with all HTTP headers are exposed to clients. If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Expose-Headers`` response header can contain the wildcard ``*``. If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and ``allowCredentials`` is set to ``true``, the gateway cannot use the ``*`` in the ``Access-Control-Expose-Headers`` response header. Support: Extended
        :param max_age: MaxAge indicates the duration (in seconds) for the client to cache the results of a "preflight" request. The information provided by the ``Access-Control-Allow-Methods`` and ``Access-Control-Allow-Headers`` response headers can be cached by the client until the time specified by ``Access-Control-Max-Age`` elapses. The default value of ``Access-Control-Max-Age`` response header is 5 (seconds). When the ``MaxAge`` field is unspecified, the gateway sets the response header "Access-Control-Max-Age: 5" by default.

        :schema: HttpRouteSpecRulesBackendRefsFiltersCors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c47a9eb2ca19022e0563cbbd0f4cc904b71cff1ee53948eaf656f43704bc1ef8)
            check_type(argname="argument allow_credentials", value=allow_credentials, expected_type=type_hints["allow_credentials"])
            check_type(argname="argument allow_headers", value=allow_headers, expected_type=type_hints["allow_headers"])
            check_type(argname="argument allow_methods", value=allow_methods, expected_type=type_hints["allow_methods"])
            check_type(argname="argument allow_origins", value=allow_origins, expected_type=type_hints["allow_origins"])
            check_type(argname="argument expose_headers", value=expose_headers, expected_type=type_hints["expose_headers"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_credentials is not None:
            self._values["allow_credentials"] = allow_credentials
        if allow_headers is not None:
            self._values["allow_headers"] = allow_headers
        if allow_methods is not None:
            self._values["allow_methods"] = allow_methods
        if allow_origins is not None:
            self._values["allow_origins"] = allow_origins
        if expose_headers is not None:
            self._values["expose_headers"] = expose_headers
        if max_age is not None:
            self._values["max_age"] = max_age

    @builtins.property
    def allow_credentials(self) -> typing.Optional[builtins.bool]:
        '''AllowCredentials indicates whether the actual cross-origin request allows to include credentials.

        When set to true, the gateway will include the ``Access-Control-Allow-Credentials``
        response header with value true (case-sensitive).

        When set to false or omitted the gateway will omit the header
        ``Access-Control-Allow-Credentials`` entirely (this is the standard CORS
        behavior).

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFiltersCors#allowCredentials
        '''
        result = self._values.get("allow_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AllowHeaders indicates which HTTP request headers are supported for accessing the requested resource.

        Header names are not case-sensitive.

        Multiple header names in the value of the ``Access-Control-Allow-Headers``
        response header are separated by a comma (",").

        When the ``allowHeaders`` field is configured with one or more headers, the
        gateway must return the ``Access-Control-Allow-Headers`` response header
        which value is present in the ``allowHeaders`` field.

        If any header name in the ``Access-Control-Request-Headers`` request header
        is not included in the list of header names specified by the response
        header ``Access-Control-Allow-Headers``, it will present an error on the
        client side.

        If any header name in the ``Access-Control-Allow-Headers`` response header
        does not recognize by the client, it will also occur an error on the
        client side.

        A wildcard indicates that the requests with all HTTP headers are allowed.

        If the configuration contains the wildcard ``*`` in ``allowHeaders`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Headers``
        response header may either contain the wildcard ``*`` or echo the value
        of the ``Access-Control-Request-Headers`` request header.

        If the configuration contains the wildcard ``*`` in ``allowHeaders`` and
        ``allowCredentials`` is set to ``true``, the gateway must not return ``*``
        in the ``Access-Control-Allow-Headers`` response header. Instead, it must
        return one or more header names matching the value of the
        ``Access-Control-Request-Headers`` request header.
        If the ``Access-Control-Request-Headers`` header is not present in the
        request, the gateway must omit the ``Access-Control-Allow-Headers``
        response header.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFiltersCors#allowHeaders
        '''
        result = self._values.get("allow_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_methods(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods"]]:
        '''AllowMethods indicates which HTTP methods are supported for accessing the requested resource.

        Valid values are any method defined by RFC9110, along with the special
        value ``*``, which represents all HTTP methods are allowed.

        Method names are case-sensitive, so these values are also case-sensitive.
        (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)

        Multiple method names in the value of the ``Access-Control-Allow-Methods``
        response header are separated by a comma (",").

        A CORS-safelisted method is a method that is ``GET``, ``HEAD``, or ``POST``.
        (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
        CORS-safelisted methods are always allowed, regardless of whether they
        are specified in the ``allowMethods`` field.

        When the ``allowMethods`` field is configured with one or more methods, the
        gateway must return the ``Access-Control-Allow-Methods`` response header
        which value is present in the ``allowMethods`` field.

        If the HTTP method of the ``Access-Control-Request-Method`` request header
        is not included in the list of methods specified by the response header
        ``Access-Control-Allow-Methods``, it will present an error on the client
        side.

        If the configuration contains the wildcard ``*`` in ``allowMethods`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Methods``
        response header may either contain the wildcard ``*`` or echo the value
        of the ``Access-Control-Request-Method`` request header.

        If the configuration contains the wildcard ``*`` in ``allowMethods`` and
        ``allowCredentials`` is set to ``true``, the gateway must not return ``*``
        in the ``Access-Control-Allow-Methods`` response header. Instead, it must
        return a single HTTP method matching the value of the
        ``Access-Control-Request-Method`` request header.
        If the ``Access-Control-Request-Method`` header is not present in the request,
        the gateway must omit the ``Access-Control-Allow-Methods`` response header.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFiltersCors#allowMethods
        '''
        result = self._values.get("allow_methods")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods"]], result)

    @builtins.property
    def allow_origins(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AllowOrigins indicates whether the response can be shared with requested resource from the given ``Origin``.

        The ``Origin`` consists of a scheme and a host, with an optional port, and
        takes the form ``<scheme>://<host>(:<port>)``.

        Valid values for scheme are: ``http`` and ``https``.

        Valid values for port are any integer between 1 and 65535 (the list of
        available TCP/UDP ports). Note that, if not included, port ``80`` is
        assumed for ``http`` scheme origins, and port ``443`` is assumed for ``https``
        origins. This may affect origin matching.

        The host part of the origin may contain the wildcard character ``*``. These
        wildcard characters behave as follows:

        - ``*`` is a greedy match to the *left*, including any number of
          DNS labels to the left of its position. This also means that
          ``*`` will include any number of period ``.`` characters to the
          left of its position.
        - A wildcard by itself matches all hosts.

        An origin value that includes *only* the ``*`` character indicates requests
        from all ``Origin``s are allowed.

        When the ``allowOrigins`` field is configured with multiple origins, it
        means the server supports clients from multiple origins. If the request
        ``Origin`` matches the configured allowed origins, the gateway must return
        the given ``Origin`` and sets value of the header
        ``Access-Control-Allow-Origin`` same as the ``Origin`` header provided by the
        client.

        The status code of a successful response to a "preflight" request is
        always an OK status (i.e., 204 or 200).

        If the request ``Origin`` does not match the configured allowed origins,
        the gateway returns 204/200 response but doesn't set the relevant
        cross-origin response headers. Alternatively, the gateway responds with
        403 status to the "preflight" request is denied, coupled with omitting
        the CORS headers. The cross-origin request fails on the client side.
        Therefore, the client doesn't attempt the actual cross-origin request.

        Conversely, if the request ``Origin`` matches one of the configured
        allowed origins, the gateway sets the response header
        ``Access-Control-Allow-Origin`` to the same value as the ``Origin``
        header provided by the client.

        If the configuration contains the wildcard ``*`` in ``allowOrigins`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Origin``
        response header may either contain the wildcard ``*`` or echo the value
        of the ``Origin`` request header.

        If the configuration contains the wildcard ``*`` in ``allowOrigins`` and
        ``allowCredentials`` is set to ``true``, the gateway must not return ``*``
        in the ``Access-Control-Allow-Origin`` response header. Instead, it must
        return a single origin matching the value of the ``Origin`` request header.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFiltersCors#allowOrigins
        '''
        result = self._values.get("allow_origins")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def expose_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExposeHeaders indicates which HTTP response headers can be exposed to client-side scripts in response to a cross-origin request.

        A CORS-safelisted response header is an HTTP header in a CORS response
        that it is considered safe to expose to the client scripts.
        The CORS-safelisted response headers include the following headers:
        ``Cache-Control``
        ``Content-Language``
        ``Content-Length``
        ``Content-Type``
        ``Expires``
        ``Last-Modified``
        ``Pragma``
        (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
        The CORS-safelisted response headers are exposed to client by default.

        When an HTTP header name is specified using the ``exposeHeaders`` field,
        this additional header will be exposed as part of the response to the
        client.

        Header names are not case-sensitive.

        Multiple header names in the value of the ``Access-Control-Expose-Headers``
        response header are separated by a comma (",").

        A wildcard indicates that the responses with all HTTP headers are exposed
        to clients.

        If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Expose-Headers``
        response header can contain the wildcard ``*``.

        If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and
        ``allowCredentials`` is set to ``true``, the gateway cannot use the ``*``
        in the ``Access-Control-Expose-Headers`` response header.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFiltersCors#exposeHeaders
        '''
        result = self._values.get("expose_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''MaxAge indicates the duration (in seconds) for the client to cache the results of a "preflight" request.

        The information provided by the ``Access-Control-Allow-Methods`` and
        ``Access-Control-Allow-Headers`` response headers can be cached by the
        client until the time specified by ``Access-Control-Max-Age`` elapses.

        The default value of ``Access-Control-Max-Age`` response header is 5
        (seconds).

        When the ``MaxAge`` field is unspecified, the gateway sets the response
        header "Access-Control-Max-Age: 5" by default.

        :schema: HttpRouteSpecRulesBackendRefsFiltersCors#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersCors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods"
)
class HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods
    '''

    GET = "GET"
    '''GET.'''
    HEAD = "HEAD"
    '''HEAD.'''
    POST = "POST"
    '''POST.'''
    PUT = "PUT"
    '''PUT.'''
    DELETE = "DELETE"
    '''DELETE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    OPTIONS = "OPTIONS"
    '''OPTIONS.'''
    TRACE = "TRACE"
    '''TRACE.'''
    PATCH = "PATCH"
    '''PATCH.'''
    VALUE_ASTERISK = "VALUE_ASTERISK"
    '''*.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersExtensionRef",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class HttpRouteSpecRulesBackendRefsFiltersExtensionRef:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''ExtensionRef is an optional, implementation-specific extension to the "filter" behavior.

        For example, resource "myroutefilter" in group
        "networking.example.net"). ExtensionRef MUST NOT be used for core and
        extended filters.

        This filter can be used multiple times within the same rule.

        Support: Implementation-specific

        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is kind of the referent. For example "HTTPRoute" or "Service".
        :param name: Name is the name of the referent.

        :schema: HttpRouteSpecRulesBackendRefsFiltersExtensionRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc6070efe28d2e7244363dc8930cec1d0f2d184d99977fa8e592ddda4c00e6df)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: HttpRouteSpecRulesBackendRefsFiltersExtensionRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is kind of the referent.

        For example "HTTPRoute" or "Service".

        :schema: HttpRouteSpecRulesBackendRefsFiltersExtensionRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: HttpRouteSpecRulesBackendRefsFiltersExtensionRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersExtensionRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''RequestHeaderModifier defines a schema for a filter that modifies request headers.

        Support: Core

        :param add: Add adds the given header(s) (name, value) to the request before the action. It appends to any existing values associated with the header name. Input: GET /foo HTTP/1.1 my-header: foo Config: add: - name: "my-header" value: "bar,baz" Output: GET /foo HTTP/1.1 my-header: foo,bar,baz
        :param remove: Remove the given header(s) from the HTTP request before the action. The value of Remove is a list of HTTP header names. Note that the header names are case-insensitive (see https://datatracker.ietf.org/doc/html/rfc2616#section-4.2). Input: GET /foo HTTP/1.1 my-header1: foo my-header2: bar my-header3: baz Config: remove: ["my-header1", "my-header3"] Output: GET /foo HTTP/1.1 my-header2: bar
        :param set: Set overwrites the request with the given header (name, value) before the action. Input: GET /foo HTTP/1.1 my-header: foo Config: set: - name: "my-header" value: "bar" Output: GET /foo HTTP/1.1 my-header: bar

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1974c205ea78d258c508612bcee037ebefd3c303b4fb0799e5c9e5dc55ee2d51)
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
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd"]]:
        '''Add adds the given header(s) (name, value) to the request before the action.

        It appends to any existing values associated
        with the header name.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        add:

        - name: "my-header"
          value: "bar,baz"

        Output:
        GET /foo HTTP/1.1
        my-header: foo,bar,baz

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given header(s) from the HTTP request before the action.

        The
        value of Remove is a list of HTTP header names. Note that the header
        names are case-insensitive (see
        https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).

        Input:
        GET /foo HTTP/1.1
        my-header1: foo
        my-header2: bar
        my-header3: baz

        Config:
        remove: ["my-header1", "my-header3"]

        Output:
        GET /foo HTTP/1.1
        my-header2: bar

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet"]]:
        '''Set overwrites the request with the given header (name, value) before the action.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        set:

        - name: "my-header"
          value: "bar"

        Output:
        GET /foo HTTP/1.1
        my-header: bar

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c88af80aff164379c7c3ff8760e72fcb4f22a7e454fe83cf4bd16908f1688add)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__23aac1494e2ed2bc41859d8f180b9300e1e36c1cb2bf8d5cc0a5f177712a943f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirror",
    jsii_struct_bases=[],
    name_mapping={
        "backend_ref": "backendRef",
        "fraction": "fraction",
        "percent": "percent",
    },
)
class HttpRouteSpecRulesBackendRefsFiltersRequestMirror:
    def __init__(
        self,
        *,
        backend_ref: typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef", typing.Dict[builtins.str, typing.Any]],
        fraction: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction", typing.Dict[builtins.str, typing.Any]]] = None,
        percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''RequestMirror defines a schema for a filter that mirrors requests.

        Requests are sent to the specified destination, but responses from
        that destination are ignored.

        This filter can be used multiple times within the same rule. Note that
        not all implementations will be able to support mirroring to multiple
        backends.

        Support: Extended

        :param backend_ref: BackendRef references a resource where mirrored requests are sent. Mirrored requests must be sent only to a single destination endpoint within this BackendRef, irrespective of how many endpoints are present within this BackendRef. If the referent cannot be found, this BackendRef is invalid and must be dropped from the Gateway. The controller must ensure the "ResolvedRefs" condition on the Route status is set to ``status: False`` and not configure this backend in the underlying implementation. If there is a cross-namespace reference to an *existing* object that is not allowed by a ReferenceGrant, the controller must ensure the "ResolvedRefs" condition on the Route is set to ``status: False``, with the "RefNotPermitted" reason and not configure this backend in the underlying implementation. In either error case, the Message of the ``ResolvedRefs`` Condition should be used to provide more detail about the problem. Support: Extended for Kubernetes Service Support: Implementation-specific for any other resource If the backend service requires TLS, use BackendTLSPolicy to tell the implementation to supply the TLS details to be used to connect to that backend.
        :param fraction: Fraction represents the fraction of requests that should be mirrored to BackendRef. Only one of Fraction or Percent may be specified. If neither field is specified, 100% of requests will be mirrored.
        :param percent: Percent represents the percentage of requests that should be mirrored to BackendRef. Its minimum value is 0 (indicating 0% of requests) and its maximum value is 100 (indicating 100% of requests). Only one of Fraction or Percent may be specified. If neither field is specified, 100% of requests will be mirrored.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirror
        '''
        if isinstance(backend_ref, dict):
            backend_ref = HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef(**backend_ref)
        if isinstance(fraction, dict):
            fraction = HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction(**fraction)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb24a2d2bf0398c2ce060ee51b3e8bad71eae9f8f6a9b8f52b38dbf4d0306132)
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
            check_type(argname="argument fraction", value=fraction, expected_type=type_hints["fraction"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "backend_ref": backend_ref,
        }
        if fraction is not None:
            self._values["fraction"] = fraction
        if percent is not None:
            self._values["percent"] = percent

    @builtins.property
    def backend_ref(
        self,
    ) -> "HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef":
        '''BackendRef references a resource where mirrored requests are sent.

        Mirrored requests must be sent only to a single destination endpoint
        within this BackendRef, irrespective of how many endpoints are present
        within this BackendRef.

        If the referent cannot be found, this BackendRef is invalid and must be
        dropped from the Gateway. The controller must ensure the "ResolvedRefs"
        condition on the Route status is set to ``status: False`` and not configure
        this backend in the underlying implementation.

        If there is a cross-namespace reference to an *existing* object
        that is not allowed by a ReferenceGrant, the controller must ensure the
        "ResolvedRefs"  condition on the Route is set to ``status: False``,
        with the "RefNotPermitted" reason and not configure this backend in the
        underlying implementation.

        In either error case, the Message of the ``ResolvedRefs`` Condition
        should be used to provide more detail about the problem.

        Support: Extended for Kubernetes Service

        Support: Implementation-specific for any other resource

        If the backend service requires TLS, use BackendTLSPolicy to tell the
        implementation to supply the TLS details to be used to connect to that
        backend.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirror#backendRef
        '''
        result = self._values.get("backend_ref")
        assert result is not None, "Required property 'backend_ref' is missing"
        return typing.cast("HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef", result)

    @builtins.property
    def fraction(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction"]:
        '''Fraction represents the fraction of requests that should be mirrored to BackendRef.

        Only one of Fraction or Percent may be specified. If neither field
        is specified, 100% of requests will be mirrored.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirror#fraction
        '''
        result = self._values.get("fraction")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction"], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''Percent represents the percentage of requests that should be mirrored to BackendRef.

        Its minimum value is 0 (indicating 0% of
        requests) and its maximum value is 100 (indicating 100% of requests).

        Only one of Fraction or Percent may be specified. If neither field
        is specified, 100% of requests will be mirrored.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirror#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
    },
)
class HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''BackendRef references a resource where mirrored requests are sent.

        Mirrored requests must be sent only to a single destination endpoint
        within this BackendRef, irrespective of how many endpoints are present
        within this BackendRef.

        If the referent cannot be found, this BackendRef is invalid and must be
        dropped from the Gateway. The controller must ensure the "ResolvedRefs"
        condition on the Route status is set to ``status: False`` and not configure
        this backend in the underlying implementation.

        If there is a cross-namespace reference to an *existing* object
        that is not allowed by a ReferenceGrant, the controller must ensure the
        "ResolvedRefs"  condition on the Route is set to ``status: False``,
        with the "RefNotPermitted" reason and not configure this backend in the
        underlying implementation.

        In either error case, the Message of the ``ResolvedRefs`` Condition
        should be used to provide more detail about the problem.

        Support: Extended for Kubernetes Service

        Support: Implementation-specific for any other resource

        If the backend service requires TLS, use BackendTLSPolicy to tell the
        implementation to supply the TLS details to be used to connect to that
        backend.

        :param name: Name is the name of the referent.
        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is the Kubernetes resource kind of the referent. For example "Service". Defaults to "Service" when not specified. ExternalName services can refer to CNAME DNS records that may live outside of the cluster and as such are difficult to reason about in terms of conformance. They also may not be safe to forward to (see CVE-2021-25740 for more information). Implementations SHOULD NOT support ExternalName Services. Support: Core (Services with a type other than ExternalName) Support: Implementation-specific (Services with type ExternalName) Default: Service" when not specified.
        :param namespace: Namespace is the namespace of the backend. When unspecified, the local namespace is inferred. Note that when a namespace different than the local namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. Support: Core
        :param port: Port specifies the destination port number to use for this resource. Port is required when the referent is a Kubernetes Service. In this case, the port number is the service port number, not the target port. For other resources, destination port might be derived from the referent resource or this field.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09bcb64c648c0150410c127a8a3987edf7f349055473b0f0b11d06b89f9aa02c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the Kubernetes resource kind of the referent. For example "Service".

        Defaults to "Service" when not specified.

        ExternalName services can refer to CNAME DNS records that may live
        outside of the cluster and as such are difficult to reason about in
        terms of conformance. They also may not be safe to forward to (see
        CVE-2021-25740 for more information). Implementations SHOULD NOT
        support ExternalName Services.

        Support: Core (Services with a type other than ExternalName)

        Support: Implementation-specific (Services with type ExternalName)

        :default: Service" when not specified.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the backend. When unspecified, the local namespace is inferred.

        Note that when a namespace different than the local namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        Support: Core

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port specifies the destination port number to use for this resource.

        Port is required when the referent is a Kubernetes Service. In this
        case, the port number is the service port number, not the target port.
        For other resources, destination port might be derived from the referent
        resource or this field.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction",
    jsii_struct_bases=[],
    name_mapping={"numerator": "numerator", "denominator": "denominator"},
)
class HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction:
    def __init__(
        self,
        *,
        numerator: jsii.Number,
        denominator: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Fraction represents the fraction of requests that should be mirrored to BackendRef.

        Only one of Fraction or Percent may be specified. If neither field
        is specified, 100% of requests will be mirrored.

        :param numerator: 
        :param denominator: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f169bd1da7cf6790bd63df8dfd4006a460aa7dec0269f38ac5c2725e97cd29e6)
            check_type(argname="argument numerator", value=numerator, expected_type=type_hints["numerator"])
            check_type(argname="argument denominator", value=denominator, expected_type=type_hints["denominator"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "numerator": numerator,
        }
        if denominator is not None:
            self._values["denominator"] = denominator

    @builtins.property
    def numerator(self) -> jsii.Number:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction#numerator
        '''
        result = self._values.get("numerator")
        assert result is not None, "Required property 'numerator' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def denominator(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction#denominator
        '''
        result = self._values.get("denominator")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status_code": "statusCode",
    },
)
class HttpRouteSpecRulesBackendRefsFiltersRequestRedirect:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme"] = None,
        status_code: typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode"] = None,
    ) -> None:
        '''RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection.

        Support: Core

        :param hostname: Hostname is the hostname to be used in the value of the ``Location`` header in the response. When empty, the hostname in the ``Host`` header of the request is used. Support: Core
        :param path: Path defines parameters used to modify the path of the incoming request. The modified path is then used to construct the ``Location`` header. When empty, the request path is used as-is. Support: Extended
        :param port: Port is the port to be used in the value of the ``Location`` header in the response. If no port is specified, the redirect port MUST be derived using the following rules: - If redirect scheme is not-empty, the redirect port MUST be the well-known port associated with the redirect scheme. Specifically "http" to port 80 and "https" to port 443. If the redirect scheme does not have a well-known port, the listener port of the Gateway SHOULD be used. - If redirect scheme is empty, the redirect port MUST be the Gateway Listener port. Implementations SHOULD NOT add the port number in the 'Location' header in the following cases: - A Location header that will use HTTP (whether that is determined via the Listener protocol or the Scheme field) *and* use port 80. - A Location header that will use HTTPS (whether that is determined via the Listener protocol or the Scheme field) *and* use port 443. Support: Extended
        :param scheme: Scheme is the scheme to be used in the value of the ``Location`` header in the response. When empty, the scheme of the request is used. Scheme redirects can affect the port of the redirect, for more information, refer to the documentation for the port field of this filter. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``. Support: Extended
        :param status_code: StatusCode is the HTTP status code to be used in response. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``. Support: Core

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect
        '''
        if isinstance(path, dict):
            path = HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d57f3f0d980839897d89957b09565757842178e129360844f2754a508cc3224)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status_code", value=status_code, expected_type=type_hints["status_code"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status_code is not None:
            self._values["status_code"] = status_code

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname is the hostname to be used in the value of the ``Location`` header in the response.

        When empty, the hostname in the ``Host`` header of the request is used.

        Support: Core

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath"]:
        '''Path defines parameters used to modify the path of the incoming request.

        The modified path is then used to construct the ``Location`` header. When
        empty, the request path is used as-is.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port is the port to be used in the value of the ``Location`` header in the response.

        If no port is specified, the redirect port MUST be derived using the
        following rules:

        - If redirect scheme is not-empty, the redirect port MUST be the well-known
          port associated with the redirect scheme. Specifically "http" to port 80
          and "https" to port 443. If the redirect scheme does not have a
          well-known port, the listener port of the Gateway SHOULD be used.
        - If redirect scheme is empty, the redirect port MUST be the Gateway
          Listener port.

        Implementations SHOULD NOT add the port number in the 'Location'
        header in the following cases:

        - A Location header that will use HTTP (whether that is determined via
          the Listener protocol or the Scheme field) *and* use port 80.
        - A Location header that will use HTTPS (whether that is determined via
          the Listener protocol or the Scheme field) *and* use port 443.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme"]:
        '''Scheme is the scheme to be used in the value of the ``Location`` header in the response.

        When empty, the scheme of the request is used.

        Scheme redirects can affect the port of the redirect, for more information,
        refer to the documentation for the port field of this filter.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme"], result)

    @builtins.property
    def status_code(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode"]:
        '''StatusCode is the HTTP status code to be used in response.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        Support: Core

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#statusCode
        '''
        result = self._values.get("status_code")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath:
    def __init__(
        self,
        *,
        type: "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Path defines parameters used to modify the path of the incoming request.

        The modified path is then used to construct the ``Location`` header. When
        empty, the request path is used as-is.

        Support: Extended

        :param type: Type defines the type of path modifier. Additional types may be added in a future release of the API. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``.
        :param replace_full_path: ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.
        :param replace_prefix_match: ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect. For example, a request to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch of "/xyz" would be modified to "/xyz/bar". Note that this matches the behavior of the PathPrefix match type. This matches full path elements. A path element refers to the list of labels in the path split by the ``/`` separator. When specified, a trailing ``/`` is ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all match the prefix ``/abc``, but the path ``/abcd`` would not. ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch. Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in the implementation setting the Accepted Condition for the Route to ``status: False``. Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a19748c94ff6018b013bf41d2acb31dd75479ef7ec1acafec2d699387d6b46a)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType":
        '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect.

        For example, a request
        to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
        of "/xyz" would be modified to "/xyz/bar".

        Note that this matches the behavior of the PathPrefix match type. This
        matches full path elements. A path element refers to the list of labels
        in the path split by the ``/`` separator. When specified, a trailing ``/`` is
        ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all
        match the prefix ``/abc``, but the path ``/abcd`` would not.

        ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch.
        Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
        the implementation setting the Accepted Condition for the Route to ``status: False``.

        Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType"
)
class HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType(enum.Enum):
    '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme"
)
class HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme(enum.Enum):
    '''Scheme is the scheme to be used in the value of the ``Location`` header in the response.

    When empty, the scheme of the request is used.

    Scheme redirects can affect the port of the redirect, for more information,
    refer to the documentation for the port field of this filter.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    Support: Extended

    :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode"
)
class HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode(enum.Enum):
    '''StatusCode is the HTTP status code to be used in response.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    Support: Core

    :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode
    '''

    VALUE_301 = "VALUE_301"
    '''301.'''
    VALUE_302 = "VALUE_302"
    '''302.'''
    VALUE_303 = "VALUE_303"
    '''303.'''
    VALUE_307 = "VALUE_307"
    '''307.'''
    VALUE_308 = "VALUE_308"
    '''308.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ResponseHeaderModifier defines a schema for a filter that modifies response headers.

        Support: Extended

        :param add: Add adds the given header(s) (name, value) to the request before the action. It appends to any existing values associated with the header name. Input: GET /foo HTTP/1.1 my-header: foo Config: add: - name: "my-header" value: "bar,baz" Output: GET /foo HTTP/1.1 my-header: foo,bar,baz
        :param remove: Remove the given header(s) from the HTTP request before the action. The value of Remove is a list of HTTP header names. Note that the header names are case-insensitive (see https://datatracker.ietf.org/doc/html/rfc2616#section-4.2). Input: GET /foo HTTP/1.1 my-header1: foo my-header2: bar my-header3: baz Config: remove: ["my-header1", "my-header3"] Output: GET /foo HTTP/1.1 my-header2: bar
        :param set: Set overwrites the request with the given header (name, value) before the action. Input: GET /foo HTTP/1.1 my-header: foo Config: set: - name: "my-header" value: "bar" Output: GET /foo HTTP/1.1 my-header: bar

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a825a51f83cc61395dddf5a79d79f91ca87cdf1ba539d84d2466dc65ff7b17b)
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
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd"]]:
        '''Add adds the given header(s) (name, value) to the request before the action.

        It appends to any existing values associated
        with the header name.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        add:

        - name: "my-header"
          value: "bar,baz"

        Output:
        GET /foo HTTP/1.1
        my-header: foo,bar,baz

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given header(s) from the HTTP request before the action.

        The
        value of Remove is a list of HTTP header names. Note that the header
        names are case-insensitive (see
        https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).

        Input:
        GET /foo HTTP/1.1
        my-header1: foo
        my-header2: bar
        my-header3: baz

        Config:
        remove: ["my-header1", "my-header3"]

        Output:
        GET /foo HTTP/1.1
        my-header2: bar

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet"]]:
        '''Set overwrites the request with the given header (name, value) before the action.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        set:

        - name: "my-header"
          value: "bar"

        Output:
        GET /foo HTTP/1.1
        my-header: bar

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bdecdd359afe3bfb60b2c2fb265b0d1e45548cc2ada2c45023a8ea46d0d819ef)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9ce9039ba4c061b46c5be37f701bd90c1401a789bc2b5167e2d8ddb218813124)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersType"
)
class HttpRouteSpecRulesBackendRefsFiltersType(enum.Enum):
    '''Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:.

    - Core: Filter types and their corresponding configuration defined by
      "Support: Core" in this package, e.g. "RequestHeaderModifier". All
      implementations must support core filters.
    - Extended: Filter types and their corresponding configuration defined by
      "Support: Extended" in this package, e.g. "RequestMirror". Implementers
      are encouraged to support extended filters.
    - Implementation-specific: Filters that are defined and supported by
      specific vendors.
      In the future, filters showing convergence in behavior across multiple
      implementations will be considered for inclusion in extended or core
      conformance levels. Filter-specific configuration for such filters
      is specified using the ExtensionRef field. ``Type`` should be set to
      "ExtensionRef" for custom filters.

    Implementers are encouraged to define custom implementation types to
    extend the core API with implementation-specific behavior.

    If a reference to a custom filter type cannot be resolved, the filter
    MUST NOT be skipped. Instead, requests that would have been processed by
    that filter MUST receive a HTTP error response.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: HttpRouteSpecRulesBackendRefsFiltersType
    '''

    REQUEST_HEADER_MODIFIER = "REQUEST_HEADER_MODIFIER"
    '''RequestHeaderModifier.'''
    RESPONSE_HEADER_MODIFIER = "RESPONSE_HEADER_MODIFIER"
    '''ResponseHeaderModifier.'''
    REQUEST_MIRROR = "REQUEST_MIRROR"
    '''RequestMirror.'''
    REQUEST_REDIRECT = "REQUEST_REDIRECT"
    '''RequestRedirect.'''
    URL_REWRITE = "URL_REWRITE"
    '''URLRewrite.'''
    EXTENSION_REF = "EXTENSION_REF"
    '''ExtensionRef.'''
    CORS = "CORS"
    '''CORS.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersUrlRewrite",
    jsii_struct_bases=[],
    name_mapping={"hostname": "hostname", "path": "path"},
)
class HttpRouteSpecRulesBackendRefsFiltersUrlRewrite:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''URLRewrite defines a schema for a filter that modifies a request during forwarding.

        Support: Extended

        :param hostname: Hostname is the value to be used to replace the Host header value during forwarding. Support: Extended
        :param path: Path defines a path rewrite. Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewrite
        '''
        if isinstance(path, dict):
            path = HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a8120368ab0688782e02ef501c738513e5bbd943c2c86df69a1a2a8d9311d78)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname is the value to be used to replace the Host header value during forwarding.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewrite#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath"]:
        '''Path defines a path rewrite.

        Support: Extended

        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewrite#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersUrlRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath:
    def __init__(
        self,
        *,
        type: "HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Path defines a path rewrite.

        Support: Extended

        :param type: Type defines the type of path modifier. Additional types may be added in a future release of the API. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``.
        :param replace_full_path: ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.
        :param replace_prefix_match: ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect. For example, a request to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch of "/xyz" would be modified to "/xyz/bar". Note that this matches the behavior of the PathPrefix match type. This matches full path elements. A path element refers to the list of labels in the path split by the ``/`` separator. When specified, a trailing ``/`` is ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all match the prefix ``/abc``, but the path ``/abcd`` would not. ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch. Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in the implementation setting the Accepted Condition for the Route to ``status: False``. Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8214c7dd9aa1c81cb648a3f165054cf0c8253c71976a777488b6c81bc62f7d37)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType":
        '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.

        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect.

        For example, a request
        to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
        of "/xyz" would be modified to "/xyz/bar".

        Note that this matches the behavior of the PathPrefix match type. This
        matches full path elements. A path element refers to the list of labels
        in the path split by the ``/`` separator. When specified, a trailing ``/`` is
        ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all
        match the prefix ``/abc``, but the path ``/abcd`` would not.

        ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch.
        Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
        the implementation setting the Accepted Condition for the Route to ``status: False``.

        Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType"
)
class HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType(enum.Enum):
    '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFilters",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "cors": "cors",
        "extension_ref": "extensionRef",
        "request_header_modifier": "requestHeaderModifier",
        "request_mirror": "requestMirror",
        "request_redirect": "requestRedirect",
        "response_header_modifier": "responseHeaderModifier",
        "url_rewrite": "urlRewrite",
    },
)
class HttpRouteSpecRulesFilters:
    def __init__(
        self,
        *,
        type: "HttpRouteSpecRulesFiltersType",
        cors: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersCors", typing.Dict[builtins.str, typing.Any]]] = None,
        extension_ref: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersExtensionRef", typing.Dict[builtins.str, typing.Any]]] = None,
        request_header_modifier: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersRequestHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        request_mirror: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersRequestMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        request_redirect: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersRequestRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        response_header_modifier: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersResponseHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        url_rewrite: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersUrlRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''HTTPRouteFilter defines processing steps that must be completed during the request or response lifecycle.

        HTTPRouteFilters are meant as an extension
        point to express processing that may be done in Gateway implementations. Some
        examples include request or response modification, implementing
        authentication strategies, rate-limiting, and traffic shaping. API
        guarantee/conformance is defined based on the type of the filter.

        :param type: Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:. - Core: Filter types and their corresponding configuration defined by "Support: Core" in this package, e.g. "RequestHeaderModifier". All implementations must support core filters. - Extended: Filter types and their corresponding configuration defined by "Support: Extended" in this package, e.g. "RequestMirror". Implementers are encouraged to support extended filters. - Implementation-specific: Filters that are defined and supported by specific vendors. In the future, filters showing convergence in behavior across multiple implementations will be considered for inclusion in extended or core conformance levels. Filter-specific configuration for such filters is specified using the ExtensionRef field. ``Type`` should be set to "ExtensionRef" for custom filters. Implementers are encouraged to define custom implementation types to extend the core API with implementation-specific behavior. If a reference to a custom filter type cannot be resolved, the filter MUST NOT be skipped. Instead, requests that would have been processed by that filter MUST receive a HTTP error response. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``.
        :param cors: CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header. Support: Extended
        :param extension_ref: ExtensionRef is an optional, implementation-specific extension to the "filter" behavior. For example, resource "myroutefilter" in group "networking.example.net"). ExtensionRef MUST NOT be used for core and extended filters. This filter can be used multiple times within the same rule. Support: Implementation-specific
        :param request_header_modifier: RequestHeaderModifier defines a schema for a filter that modifies request headers. Support: Core
        :param request_mirror: RequestMirror defines a schema for a filter that mirrors requests. Requests are sent to the specified destination, but responses from that destination are ignored. This filter can be used multiple times within the same rule. Note that not all implementations will be able to support mirroring to multiple backends. Support: Extended
        :param request_redirect: RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection. Support: Core
        :param response_header_modifier: ResponseHeaderModifier defines a schema for a filter that modifies response headers. Support: Extended
        :param url_rewrite: URLRewrite defines a schema for a filter that modifies a request during forwarding. Support: Extended

        :schema: HttpRouteSpecRulesFilters
        '''
        if isinstance(cors, dict):
            cors = HttpRouteSpecRulesFiltersCors(**cors)
        if isinstance(extension_ref, dict):
            extension_ref = HttpRouteSpecRulesFiltersExtensionRef(**extension_ref)
        if isinstance(request_header_modifier, dict):
            request_header_modifier = HttpRouteSpecRulesFiltersRequestHeaderModifier(**request_header_modifier)
        if isinstance(request_mirror, dict):
            request_mirror = HttpRouteSpecRulesFiltersRequestMirror(**request_mirror)
        if isinstance(request_redirect, dict):
            request_redirect = HttpRouteSpecRulesFiltersRequestRedirect(**request_redirect)
        if isinstance(response_header_modifier, dict):
            response_header_modifier = HttpRouteSpecRulesFiltersResponseHeaderModifier(**response_header_modifier)
        if isinstance(url_rewrite, dict):
            url_rewrite = HttpRouteSpecRulesFiltersUrlRewrite(**url_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5c310c48eaf74ed3ddf16cce5f64f10cd47acd70f2b0987e5e41cccb6aba58cd)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument cors", value=cors, expected_type=type_hints["cors"])
            check_type(argname="argument extension_ref", value=extension_ref, expected_type=type_hints["extension_ref"])
            check_type(argname="argument request_header_modifier", value=request_header_modifier, expected_type=type_hints["request_header_modifier"])
            check_type(argname="argument request_mirror", value=request_mirror, expected_type=type_hints["request_mirror"])
            check_type(argname="argument request_redirect", value=request_redirect, expected_type=type_hints["request_redirect"])
            check_type(argname="argument response_header_modifier", value=response_header_modifier, expected_type=type_hints["response_header_modifier"])
            check_type(argname="argument url_rewrite", value=url_rewrite, expected_type=type_hints["url_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if cors is not None:
            self._values["cors"] = cors
        if extension_ref is not None:
            self._values["extension_ref"] = extension_ref
        if request_header_modifier is not None:
            self._values["request_header_modifier"] = request_header_modifier
        if request_mirror is not None:
            self._values["request_mirror"] = request_mirror
        if request_redirect is not None:
            self._values["request_redirect"] = request_redirect
        if response_header_modifier is not None:
            self._values["response_header_modifier"] = response_header_modifier
        if url_rewrite is not None:
            self._values["url_rewrite"] = url_rewrite

    @builtins.property
    def type(self) -> "HttpRouteSpecRulesFiltersType":
        '''Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:.

        - Core: Filter types and their corresponding configuration defined by
          "Support: Core" in this package, e.g. "RequestHeaderModifier". All
          implementations must support core filters.
        - Extended: Filter types and their corresponding configuration defined by
          "Support: Extended" in this package, e.g. "RequestMirror". Implementers
          are encouraged to support extended filters.
        - Implementation-specific: Filters that are defined and supported by
          specific vendors.
          In the future, filters showing convergence in behavior across multiple
          implementations will be considered for inclusion in extended or core
          conformance levels. Filter-specific configuration for such filters
          is specified using the ExtensionRef field. ``Type`` should be set to
          "ExtensionRef" for custom filters.

        Implementers are encouraged to define custom implementation types to
        extend the core API with implementation-specific behavior.

        If a reference to a custom filter type cannot be resolved, the filter
        MUST NOT be skipped. Instead, requests that would have been processed by
        that filter MUST receive a HTTP error response.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        :schema: HttpRouteSpecRulesFilters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteSpecRulesFiltersType", result)

    @builtins.property
    def cors(self) -> typing.Optional["HttpRouteSpecRulesFiltersCors"]:
        '''CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header.

        Support: Extended

        :schema: HttpRouteSpecRulesFilters#cors
        '''
        result = self._values.get("cors")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersCors"], result)

    @builtins.property
    def extension_ref(self) -> typing.Optional["HttpRouteSpecRulesFiltersExtensionRef"]:
        '''ExtensionRef is an optional, implementation-specific extension to the "filter" behavior.

        For example, resource "myroutefilter" in group
        "networking.example.net"). ExtensionRef MUST NOT be used for core and
        extended filters.

        This filter can be used multiple times within the same rule.

        Support: Implementation-specific

        :schema: HttpRouteSpecRulesFilters#extensionRef
        '''
        result = self._values.get("extension_ref")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersExtensionRef"], result)

    @builtins.property
    def request_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersRequestHeaderModifier"]:
        '''RequestHeaderModifier defines a schema for a filter that modifies request headers.

        Support: Core

        :schema: HttpRouteSpecRulesFilters#requestHeaderModifier
        '''
        result = self._values.get("request_header_modifier")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestHeaderModifier"], result)

    @builtins.property
    def request_mirror(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersRequestMirror"]:
        '''RequestMirror defines a schema for a filter that mirrors requests.

        Requests are sent to the specified destination, but responses from
        that destination are ignored.

        This filter can be used multiple times within the same rule. Note that
        not all implementations will be able to support mirroring to multiple
        backends.

        Support: Extended

        :schema: HttpRouteSpecRulesFilters#requestMirror
        '''
        result = self._values.get("request_mirror")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestMirror"], result)

    @builtins.property
    def request_redirect(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersRequestRedirect"]:
        '''RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection.

        Support: Core

        :schema: HttpRouteSpecRulesFilters#requestRedirect
        '''
        result = self._values.get("request_redirect")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestRedirect"], result)

    @builtins.property
    def response_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersResponseHeaderModifier"]:
        '''ResponseHeaderModifier defines a schema for a filter that modifies response headers.

        Support: Extended

        :schema: HttpRouteSpecRulesFilters#responseHeaderModifier
        '''
        result = self._values.get("response_header_modifier")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersResponseHeaderModifier"], result)

    @builtins.property
    def url_rewrite(self) -> typing.Optional["HttpRouteSpecRulesFiltersUrlRewrite"]:
        '''URLRewrite defines a schema for a filter that modifies a request during forwarding.

        Support: Extended

        :schema: HttpRouteSpecRulesFilters#urlRewrite
        '''
        result = self._values.get("url_rewrite")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersUrlRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFilters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersCors",
    jsii_struct_bases=[],
    name_mapping={
        "allow_credentials": "allowCredentials",
        "allow_headers": "allowHeaders",
        "allow_methods": "allowMethods",
        "allow_origins": "allowOrigins",
        "expose_headers": "exposeHeaders",
        "max_age": "maxAge",
    },
)
class HttpRouteSpecRulesFiltersCors:
    def __init__(
        self,
        *,
        allow_credentials: typing.Optional[builtins.bool] = None,
        allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_methods: typing.Optional[typing.Sequence["HttpRouteSpecRulesFiltersCorsAllowMethods"]] = None,
        allow_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
        expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_age: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header.

        Support: Extended

        :param allow_credentials: AllowCredentials indicates whether the actual cross-origin request allows to include credentials. When set to true, the gateway will include the ``Access-Control-Allow-Credentials`` response header with value true (case-sensitive). When set to false or omitted the gateway will omit the header ``Access-Control-Allow-Credentials`` entirely (this is the standard CORS behavior). Support: Extended
        :param allow_headers: AllowHeaders indicates which HTTP request headers are supported for accessing the requested resource. Header names are not case-sensitive. Multiple header names in the value of the ``Access-Control-Allow-Headers`` response header are separated by a comma (","). When the ``allowHeaders`` field is configured with one or more headers, the gateway must return the ``Access-Control-Allow-Headers`` response header which value is present in the ``allowHeaders`` field. If any header name in the ``Access-Control-Request-Headers`` request header is not included in the list of header names specified by the response header ``Access-Control-Allow-Headers``, it will present an error on the client side. If any header name in the ``Access-Control-Allow-Headers`` response header does not recognize by the client, it will also occur an error on the client side. A wildcard indicates that the requests with all HTTP headers are allowed. If the configuration contains the wildcard ``*`` in ``allowHeaders`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Headers`` response header may either contain the wildcard ``*`` or echo the value of the ``Access-Control-Request-Headers`` request header. If the configuration contains the wildcard ``*`` in ``allowHeaders`` and ``allowCredentials`` is set to ``true``, the gateway must not return ``*`` in the ``Access-Control-Allow-Headers`` response header. Instead, it must return one or more header names matching the value of the ``Access-Control-Request-Headers`` request header. If the ``Access-Control-Request-Headers`` header is not present in the request, the gateway must omit the ``Access-Control-Allow-Headers`` response header. Support: Extended
        :param allow_methods: AllowMethods indicates which HTTP methods are supported for accessing the requested resource. Valid values are any method defined by RFC9110, along with the special value ``*``, which represents all HTTP methods are allowed. Method names are case-sensitive, so these values are also case-sensitive. (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1) Multiple method names in the value of the ``Access-Control-Allow-Methods`` response header are separated by a comma (","). A CORS-safelisted method is a method that is ``GET``, ``HEAD``, or ``POST``. (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The CORS-safelisted methods are always allowed, regardless of whether they are specified in the ``allowMethods`` field. When the ``allowMethods`` field is configured with one or more methods, the gateway must return the ``Access-Control-Allow-Methods`` response header which value is present in the ``allowMethods`` field. If the HTTP method of the ``Access-Control-Request-Method`` request header is not included in the list of methods specified by the response header ``Access-Control-Allow-Methods``, it will present an error on the client side. If the configuration contains the wildcard ``*`` in ``allowMethods`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Methods`` response header may either contain the wildcard ``*`` or echo the value of the ``Access-Control-Request-Method`` request header. If the configuration contains the wildcard ``*`` in ``allowMethods`` and ``allowCredentials`` is set to ``true``, the gateway must not return ``*`` in the ``Access-Control-Allow-Methods`` response header. Instead, it must return a single HTTP method matching the value of the ``Access-Control-Request-Method`` request header. If the ``Access-Control-Request-Method`` header is not present in the request, the gateway must omit the ``Access-Control-Allow-Methods`` response header. Support: Extended
        :param allow_origins: AllowOrigins indicates whether the response can be shared with requested resource from the given ``Origin``. The ``Origin`` consists of a scheme and a host, with an optional port, and takes the form ``<scheme>://<host>(:<port>)``. Valid values for scheme are: ``http`` and ``https``. Valid values for port are any integer between 1 and 65535 (the list of available TCP/UDP ports). Note that, if not included, port ``80`` is assumed for ``http`` scheme origins, and port ``443`` is assumed for ``https`` origins. This may affect origin matching. The host part of the origin may contain the wildcard character ``*``. These wildcard characters behave as follows: - ``*`` is a greedy match to the *left*, including any number of DNS labels to the left of its position. This also means that ``*`` will include any number of period ``.`` characters to the left of its position. - A wildcard by itself matches all hosts. An origin value that includes *only* the ``*`` character indicates requests from all ``Origin``s are allowed. When the ``allowOrigins`` field is configured with multiple origins, it means the server supports clients from multiple origins. If the request ``Origin`` matches the configured allowed origins, the gateway must return the given ``Origin`` and sets value of the header ``Access-Control-Allow-Origin`` same as the ``Origin`` header provided by the client. The status code of a successful response to a "preflight" request is always an OK status (i.e., 204 or 200). If the request ``Origin`` does not match the configured allowed origins, the gateway returns 204/200 response but doesn't set the relevant cross-origin response headers. Alternatively, the gateway responds with 403 status to the "preflight" request is denied, coupled with omitting the CORS headers. The cross-origin request fails on the client side. Therefore, the client doesn't attempt the actual cross-origin request. Conversely, if the request ``Origin`` matches one of the configured allowed origins, the gateway sets the response header ``Access-Control-Allow-Origin`` to the same value as the ``Origin`` header provided by the client. If the configuration contains the wildcard ``*`` in ``allowOrigins`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Origin`` response header may either contain the wildcard ``*`` or echo the value of the ``Origin`` request header. If the configuration contains the wildcard ``*`` in ``allowOrigins`` and ``allowCredentials`` is set to ``true``, the gateway must not return ``*`` in the ``Access-Control-Allow-Origin`` response header. Instead, it must return a single origin matching the value of the ``Origin`` request header. Support: Extended
        :param expose_headers: ExposeHeaders indicates which HTTP response headers can be exposed to client-side scripts in response to a cross-origin request. A CORS-safelisted response header is an HTTP header in a CORS response that it is considered safe to expose to the client scripts. The CORS-safelisted response headers include the following headers: ``Cache-Control`` ``Content-Language`` ``Content-Length`` ``Content-Type`` ``Expires`` ``Last-Modified`` ``Pragma`` (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name) The CORS-safelisted response headers are exposed to client by default. When an HTTP header name is specified using the ``exposeHeaders`` field, this additional header will be exposed as part of the response to the client. Header names are not case-sensitive. Multiple header names in the value of the ``Access-Control-Expose-Headers`` response header are separated by a comma (","). A wildcard indicates that the responses with all HTTP headers are exposed to clients. If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Expose-Headers`` response header can contain the wildcard ``*``. If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and ``allowCredentials`` is set to ``true``, the gateway cannot use the ``*`` in the ``Access-Control-Expose-Headers`` response header. Support: Extended
        :param max_age: MaxAge indicates the duration (in seconds) for the client to cache the results of a "preflight" request. The information provided by the ``Access-Control-Allow-Methods`` and ``Access-Control-Allow-Headers`` response headers can be cached by the client until the time specified by ``Access-Control-Max-Age`` elapses. The default value of ``Access-Control-Max-Age`` response header is 5 (seconds). When the ``MaxAge`` field is unspecified, the gateway sets the response header "Access-Control-Max-Age: 5" by default.

        :schema: HttpRouteSpecRulesFiltersCors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__53d2f66d7ced111c7b94bac720c94898f6a4574a2f520a0774732ab9b8153911)
            check_type(argname="argument allow_credentials", value=allow_credentials, expected_type=type_hints["allow_credentials"])
            check_type(argname="argument allow_headers", value=allow_headers, expected_type=type_hints["allow_headers"])
            check_type(argname="argument allow_methods", value=allow_methods, expected_type=type_hints["allow_methods"])
            check_type(argname="argument allow_origins", value=allow_origins, expected_type=type_hints["allow_origins"])
            check_type(argname="argument expose_headers", value=expose_headers, expected_type=type_hints["expose_headers"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_credentials is not None:
            self._values["allow_credentials"] = allow_credentials
        if allow_headers is not None:
            self._values["allow_headers"] = allow_headers
        if allow_methods is not None:
            self._values["allow_methods"] = allow_methods
        if allow_origins is not None:
            self._values["allow_origins"] = allow_origins
        if expose_headers is not None:
            self._values["expose_headers"] = expose_headers
        if max_age is not None:
            self._values["max_age"] = max_age

    @builtins.property
    def allow_credentials(self) -> typing.Optional[builtins.bool]:
        '''AllowCredentials indicates whether the actual cross-origin request allows to include credentials.

        When set to true, the gateway will include the ``Access-Control-Allow-Credentials``
        response header with value true (case-sensitive).

        When set to false or omitted the gateway will omit the header
        ``Access-Control-Allow-Credentials`` entirely (this is the standard CORS
        behavior).

        Support: Extended

        :schema: HttpRouteSpecRulesFiltersCors#allowCredentials
        '''
        result = self._values.get("allow_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AllowHeaders indicates which HTTP request headers are supported for accessing the requested resource.

        Header names are not case-sensitive.

        Multiple header names in the value of the ``Access-Control-Allow-Headers``
        response header are separated by a comma (",").

        When the ``allowHeaders`` field is configured with one or more headers, the
        gateway must return the ``Access-Control-Allow-Headers`` response header
        which value is present in the ``allowHeaders`` field.

        If any header name in the ``Access-Control-Request-Headers`` request header
        is not included in the list of header names specified by the response
        header ``Access-Control-Allow-Headers``, it will present an error on the
        client side.

        If any header name in the ``Access-Control-Allow-Headers`` response header
        does not recognize by the client, it will also occur an error on the
        client side.

        A wildcard indicates that the requests with all HTTP headers are allowed.

        If the configuration contains the wildcard ``*`` in ``allowHeaders`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Headers``
        response header may either contain the wildcard ``*`` or echo the value
        of the ``Access-Control-Request-Headers`` request header.

        If the configuration contains the wildcard ``*`` in ``allowHeaders`` and
        ``allowCredentials`` is set to ``true``, the gateway must not return ``*``
        in the ``Access-Control-Allow-Headers`` response header. Instead, it must
        return one or more header names matching the value of the
        ``Access-Control-Request-Headers`` request header.
        If the ``Access-Control-Request-Headers`` header is not present in the
        request, the gateway must omit the ``Access-Control-Allow-Headers``
        response header.

        Support: Extended

        :schema: HttpRouteSpecRulesFiltersCors#allowHeaders
        '''
        result = self._values.get("allow_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_methods(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesFiltersCorsAllowMethods"]]:
        '''AllowMethods indicates which HTTP methods are supported for accessing the requested resource.

        Valid values are any method defined by RFC9110, along with the special
        value ``*``, which represents all HTTP methods are allowed.

        Method names are case-sensitive, so these values are also case-sensitive.
        (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)

        Multiple method names in the value of the ``Access-Control-Allow-Methods``
        response header are separated by a comma (",").

        A CORS-safelisted method is a method that is ``GET``, ``HEAD``, or ``POST``.
        (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
        CORS-safelisted methods are always allowed, regardless of whether they
        are specified in the ``allowMethods`` field.

        When the ``allowMethods`` field is configured with one or more methods, the
        gateway must return the ``Access-Control-Allow-Methods`` response header
        which value is present in the ``allowMethods`` field.

        If the HTTP method of the ``Access-Control-Request-Method`` request header
        is not included in the list of methods specified by the response header
        ``Access-Control-Allow-Methods``, it will present an error on the client
        side.

        If the configuration contains the wildcard ``*`` in ``allowMethods`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Methods``
        response header may either contain the wildcard ``*`` or echo the value
        of the ``Access-Control-Request-Method`` request header.

        If the configuration contains the wildcard ``*`` in ``allowMethods`` and
        ``allowCredentials`` is set to ``true``, the gateway must not return ``*``
        in the ``Access-Control-Allow-Methods`` response header. Instead, it must
        return a single HTTP method matching the value of the
        ``Access-Control-Request-Method`` request header.
        If the ``Access-Control-Request-Method`` header is not present in the request,
        the gateway must omit the ``Access-Control-Allow-Methods`` response header.

        Support: Extended

        :schema: HttpRouteSpecRulesFiltersCors#allowMethods
        '''
        result = self._values.get("allow_methods")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesFiltersCorsAllowMethods"]], result)

    @builtins.property
    def allow_origins(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AllowOrigins indicates whether the response can be shared with requested resource from the given ``Origin``.

        The ``Origin`` consists of a scheme and a host, with an optional port, and
        takes the form ``<scheme>://<host>(:<port>)``.

        Valid values for scheme are: ``http`` and ``https``.

        Valid values for port are any integer between 1 and 65535 (the list of
        available TCP/UDP ports). Note that, if not included, port ``80`` is
        assumed for ``http`` scheme origins, and port ``443`` is assumed for ``https``
        origins. This may affect origin matching.

        The host part of the origin may contain the wildcard character ``*``. These
        wildcard characters behave as follows:

        - ``*`` is a greedy match to the *left*, including any number of
          DNS labels to the left of its position. This also means that
          ``*`` will include any number of period ``.`` characters to the
          left of its position.
        - A wildcard by itself matches all hosts.

        An origin value that includes *only* the ``*`` character indicates requests
        from all ``Origin``s are allowed.

        When the ``allowOrigins`` field is configured with multiple origins, it
        means the server supports clients from multiple origins. If the request
        ``Origin`` matches the configured allowed origins, the gateway must return
        the given ``Origin`` and sets value of the header
        ``Access-Control-Allow-Origin`` same as the ``Origin`` header provided by the
        client.

        The status code of a successful response to a "preflight" request is
        always an OK status (i.e., 204 or 200).

        If the request ``Origin`` does not match the configured allowed origins,
        the gateway returns 204/200 response but doesn't set the relevant
        cross-origin response headers. Alternatively, the gateway responds with
        403 status to the "preflight" request is denied, coupled with omitting
        the CORS headers. The cross-origin request fails on the client side.
        Therefore, the client doesn't attempt the actual cross-origin request.

        Conversely, if the request ``Origin`` matches one of the configured
        allowed origins, the gateway sets the response header
        ``Access-Control-Allow-Origin`` to the same value as the ``Origin``
        header provided by the client.

        If the configuration contains the wildcard ``*`` in ``allowOrigins`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Origin``
        response header may either contain the wildcard ``*`` or echo the value
        of the ``Origin`` request header.

        If the configuration contains the wildcard ``*`` in ``allowOrigins`` and
        ``allowCredentials`` is set to ``true``, the gateway must not return ``*``
        in the ``Access-Control-Allow-Origin`` response header. Instead, it must
        return a single origin matching the value of the ``Origin`` request header.

        Support: Extended

        :schema: HttpRouteSpecRulesFiltersCors#allowOrigins
        '''
        result = self._values.get("allow_origins")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def expose_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExposeHeaders indicates which HTTP response headers can be exposed to client-side scripts in response to a cross-origin request.

        A CORS-safelisted response header is an HTTP header in a CORS response
        that it is considered safe to expose to the client scripts.
        The CORS-safelisted response headers include the following headers:
        ``Cache-Control``
        ``Content-Language``
        ``Content-Length``
        ``Content-Type``
        ``Expires``
        ``Last-Modified``
        ``Pragma``
        (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
        The CORS-safelisted response headers are exposed to client by default.

        When an HTTP header name is specified using the ``exposeHeaders`` field,
        this additional header will be exposed as part of the response to the
        client.

        Header names are not case-sensitive.

        Multiple header names in the value of the ``Access-Control-Expose-Headers``
        response header are separated by a comma (",").

        A wildcard indicates that the responses with all HTTP headers are exposed
        to clients.

        If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Expose-Headers``
        response header can contain the wildcard ``*``.

        If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and
        ``allowCredentials`` is set to ``true``, the gateway cannot use the ``*``
        in the ``Access-Control-Expose-Headers`` response header.

        Support: Extended

        :schema: HttpRouteSpecRulesFiltersCors#exposeHeaders
        '''
        result = self._values.get("expose_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''MaxAge indicates the duration (in seconds) for the client to cache the results of a "preflight" request.

        The information provided by the ``Access-Control-Allow-Methods`` and
        ``Access-Control-Allow-Headers`` response headers can be cached by the
        client until the time specified by ``Access-Control-Max-Age`` elapses.

        The default value of ``Access-Control-Max-Age`` response header is 5
        (seconds).

        When the ``MaxAge`` field is unspecified, the gateway sets the response
        header "Access-Control-Max-Age: 5" by default.

        :schema: HttpRouteSpecRulesFiltersCors#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersCors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersCorsAllowMethods"
)
class HttpRouteSpecRulesFiltersCorsAllowMethods(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesFiltersCorsAllowMethods
    '''

    GET = "GET"
    '''GET.'''
    HEAD = "HEAD"
    '''HEAD.'''
    POST = "POST"
    '''POST.'''
    PUT = "PUT"
    '''PUT.'''
    DELETE = "DELETE"
    '''DELETE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    OPTIONS = "OPTIONS"
    '''OPTIONS.'''
    TRACE = "TRACE"
    '''TRACE.'''
    PATCH = "PATCH"
    '''PATCH.'''
    VALUE_ASTERISK = "VALUE_ASTERISK"
    '''*.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersExtensionRef",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class HttpRouteSpecRulesFiltersExtensionRef:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''ExtensionRef is an optional, implementation-specific extension to the "filter" behavior.

        For example, resource "myroutefilter" in group
        "networking.example.net"). ExtensionRef MUST NOT be used for core and
        extended filters.

        This filter can be used multiple times within the same rule.

        Support: Implementation-specific

        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is kind of the referent. For example "HTTPRoute" or "Service".
        :param name: Name is the name of the referent.

        :schema: HttpRouteSpecRulesFiltersExtensionRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7beff15f6fc4166a7332b35e801aac69774551e40ca2c5cae5fdd09b997ed129)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: HttpRouteSpecRulesFiltersExtensionRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is kind of the referent.

        For example "HTTPRoute" or "Service".

        :schema: HttpRouteSpecRulesFiltersExtensionRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: HttpRouteSpecRulesFiltersExtensionRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersExtensionRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteSpecRulesFiltersRequestHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesFiltersRequestHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesFiltersRequestHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''RequestHeaderModifier defines a schema for a filter that modifies request headers.

        Support: Core

        :param add: Add adds the given header(s) (name, value) to the request before the action. It appends to any existing values associated with the header name. Input: GET /foo HTTP/1.1 my-header: foo Config: add: - name: "my-header" value: "bar,baz" Output: GET /foo HTTP/1.1 my-header: foo,bar,baz
        :param remove: Remove the given header(s) from the HTTP request before the action. The value of Remove is a list of HTTP header names. Note that the header names are case-insensitive (see https://datatracker.ietf.org/doc/html/rfc2616#section-4.2). Input: GET /foo HTTP/1.1 my-header1: foo my-header2: bar my-header3: baz Config: remove: ["my-header1", "my-header3"] Output: GET /foo HTTP/1.1 my-header2: bar
        :param set: Set overwrites the request with the given header (name, value) before the action. Input: GET /foo HTTP/1.1 my-header: foo Config: set: - name: "my-header" value: "bar" Output: GET /foo HTTP/1.1 my-header: bar

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c2edebe625a5bc273a93054098339dede5b074d1917db937ce87d482815b438)
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
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesFiltersRequestHeaderModifierAdd"]]:
        '''Add adds the given header(s) (name, value) to the request before the action.

        It appends to any existing values associated
        with the header name.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        add:

        - name: "my-header"
          value: "bar,baz"

        Output:
        GET /foo HTTP/1.1
        my-header: foo,bar,baz

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesFiltersRequestHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given header(s) from the HTTP request before the action.

        The
        value of Remove is a list of HTTP header names. Note that the header
        names are case-insensitive (see
        https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).

        Input:
        GET /foo HTTP/1.1
        my-header1: foo
        my-header2: bar
        my-header3: baz

        Config:
        remove: ["my-header1", "my-header3"]

        Output:
        GET /foo HTTP/1.1
        my-header2: bar

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesFiltersRequestHeaderModifierSet"]]:
        '''Set overwrites the request with the given header (name, value) before the action.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        set:

        - name: "my-header"
          value: "bar"

        Output:
        GET /foo HTTP/1.1
        my-header: bar

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesFiltersRequestHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesFiltersRequestHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb89e43f6b97ffdb473d2d087212e2e653f53253b0409e64c3af8622d70c77cf)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesFiltersRequestHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ead9978a7008aabb5ae1e430ac46b6aa61a9090f92237e889a971d8507860ff)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestMirror",
    jsii_struct_bases=[],
    name_mapping={
        "backend_ref": "backendRef",
        "fraction": "fraction",
        "percent": "percent",
    },
)
class HttpRouteSpecRulesFiltersRequestMirror:
    def __init__(
        self,
        *,
        backend_ref: typing.Union["HttpRouteSpecRulesFiltersRequestMirrorBackendRef", typing.Dict[builtins.str, typing.Any]],
        fraction: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersRequestMirrorFraction", typing.Dict[builtins.str, typing.Any]]] = None,
        percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''RequestMirror defines a schema for a filter that mirrors requests.

        Requests are sent to the specified destination, but responses from
        that destination are ignored.

        This filter can be used multiple times within the same rule. Note that
        not all implementations will be able to support mirroring to multiple
        backends.

        Support: Extended

        :param backend_ref: BackendRef references a resource where mirrored requests are sent. Mirrored requests must be sent only to a single destination endpoint within this BackendRef, irrespective of how many endpoints are present within this BackendRef. If the referent cannot be found, this BackendRef is invalid and must be dropped from the Gateway. The controller must ensure the "ResolvedRefs" condition on the Route status is set to ``status: False`` and not configure this backend in the underlying implementation. If there is a cross-namespace reference to an *existing* object that is not allowed by a ReferenceGrant, the controller must ensure the "ResolvedRefs" condition on the Route is set to ``status: False``, with the "RefNotPermitted" reason and not configure this backend in the underlying implementation. In either error case, the Message of the ``ResolvedRefs`` Condition should be used to provide more detail about the problem. Support: Extended for Kubernetes Service Support: Implementation-specific for any other resource If the backend service requires TLS, use BackendTLSPolicy to tell the implementation to supply the TLS details to be used to connect to that backend.
        :param fraction: Fraction represents the fraction of requests that should be mirrored to BackendRef. Only one of Fraction or Percent may be specified. If neither field is specified, 100% of requests will be mirrored.
        :param percent: Percent represents the percentage of requests that should be mirrored to BackendRef. Its minimum value is 0 (indicating 0% of requests) and its maximum value is 100 (indicating 100% of requests). Only one of Fraction or Percent may be specified. If neither field is specified, 100% of requests will be mirrored.

        :schema: HttpRouteSpecRulesFiltersRequestMirror
        '''
        if isinstance(backend_ref, dict):
            backend_ref = HttpRouteSpecRulesFiltersRequestMirrorBackendRef(**backend_ref)
        if isinstance(fraction, dict):
            fraction = HttpRouteSpecRulesFiltersRequestMirrorFraction(**fraction)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f9d083e889bf0399a3d3604f0bfaf54d6ccbf815dfab7feca9539878b1962cd1)
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
            check_type(argname="argument fraction", value=fraction, expected_type=type_hints["fraction"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "backend_ref": backend_ref,
        }
        if fraction is not None:
            self._values["fraction"] = fraction
        if percent is not None:
            self._values["percent"] = percent

    @builtins.property
    def backend_ref(self) -> "HttpRouteSpecRulesFiltersRequestMirrorBackendRef":
        '''BackendRef references a resource where mirrored requests are sent.

        Mirrored requests must be sent only to a single destination endpoint
        within this BackendRef, irrespective of how many endpoints are present
        within this BackendRef.

        If the referent cannot be found, this BackendRef is invalid and must be
        dropped from the Gateway. The controller must ensure the "ResolvedRefs"
        condition on the Route status is set to ``status: False`` and not configure
        this backend in the underlying implementation.

        If there is a cross-namespace reference to an *existing* object
        that is not allowed by a ReferenceGrant, the controller must ensure the
        "ResolvedRefs"  condition on the Route is set to ``status: False``,
        with the "RefNotPermitted" reason and not configure this backend in the
        underlying implementation.

        In either error case, the Message of the ``ResolvedRefs`` Condition
        should be used to provide more detail about the problem.

        Support: Extended for Kubernetes Service

        Support: Implementation-specific for any other resource

        If the backend service requires TLS, use BackendTLSPolicy to tell the
        implementation to supply the TLS details to be used to connect to that
        backend.

        :schema: HttpRouteSpecRulesFiltersRequestMirror#backendRef
        '''
        result = self._values.get("backend_ref")
        assert result is not None, "Required property 'backend_ref' is missing"
        return typing.cast("HttpRouteSpecRulesFiltersRequestMirrorBackendRef", result)

    @builtins.property
    def fraction(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersRequestMirrorFraction"]:
        '''Fraction represents the fraction of requests that should be mirrored to BackendRef.

        Only one of Fraction or Percent may be specified. If neither field
        is specified, 100% of requests will be mirrored.

        :schema: HttpRouteSpecRulesFiltersRequestMirror#fraction
        '''
        result = self._values.get("fraction")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestMirrorFraction"], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''Percent represents the percentage of requests that should be mirrored to BackendRef.

        Its minimum value is 0 (indicating 0% of
        requests) and its maximum value is 100 (indicating 100% of requests).

        Only one of Fraction or Percent may be specified. If neither field
        is specified, 100% of requests will be mirrored.

        :schema: HttpRouteSpecRulesFiltersRequestMirror#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestMirrorBackendRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
    },
)
class HttpRouteSpecRulesFiltersRequestMirrorBackendRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''BackendRef references a resource where mirrored requests are sent.

        Mirrored requests must be sent only to a single destination endpoint
        within this BackendRef, irrespective of how many endpoints are present
        within this BackendRef.

        If the referent cannot be found, this BackendRef is invalid and must be
        dropped from the Gateway. The controller must ensure the "ResolvedRefs"
        condition on the Route status is set to ``status: False`` and not configure
        this backend in the underlying implementation.

        If there is a cross-namespace reference to an *existing* object
        that is not allowed by a ReferenceGrant, the controller must ensure the
        "ResolvedRefs"  condition on the Route is set to ``status: False``,
        with the "RefNotPermitted" reason and not configure this backend in the
        underlying implementation.

        In either error case, the Message of the ``ResolvedRefs`` Condition
        should be used to provide more detail about the problem.

        Support: Extended for Kubernetes Service

        Support: Implementation-specific for any other resource

        If the backend service requires TLS, use BackendTLSPolicy to tell the
        implementation to supply the TLS details to be used to connect to that
        backend.

        :param name: Name is the name of the referent.
        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is the Kubernetes resource kind of the referent. For example "Service". Defaults to "Service" when not specified. ExternalName services can refer to CNAME DNS records that may live outside of the cluster and as such are difficult to reason about in terms of conformance. They also may not be safe to forward to (see CVE-2021-25740 for more information). Implementations SHOULD NOT support ExternalName Services. Support: Core (Services with a type other than ExternalName) Support: Implementation-specific (Services with type ExternalName) Default: Service" when not specified.
        :param namespace: Namespace is the namespace of the backend. When unspecified, the local namespace is inferred. Note that when a namespace different than the local namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. Support: Core
        :param port: Port specifies the destination port number to use for this resource. Port is required when the referent is a Kubernetes Service. In this case, the port number is the service port number, not the target port. For other resources, destination port might be derived from the referent resource or this field.

        :schema: HttpRouteSpecRulesFiltersRequestMirrorBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1268eb730cca6125a1c1c88331bdd1772faa33764cb5b51ba8ed95d2eb9b827f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: HttpRouteSpecRulesFiltersRequestMirrorBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: HttpRouteSpecRulesFiltersRequestMirrorBackendRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the Kubernetes resource kind of the referent. For example "Service".

        Defaults to "Service" when not specified.

        ExternalName services can refer to CNAME DNS records that may live
        outside of the cluster and as such are difficult to reason about in
        terms of conformance. They also may not be safe to forward to (see
        CVE-2021-25740 for more information). Implementations SHOULD NOT
        support ExternalName Services.

        Support: Core (Services with a type other than ExternalName)

        Support: Implementation-specific (Services with type ExternalName)

        :default: Service" when not specified.

        :schema: HttpRouteSpecRulesFiltersRequestMirrorBackendRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the backend. When unspecified, the local namespace is inferred.

        Note that when a namespace different than the local namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        Support: Core

        :schema: HttpRouteSpecRulesFiltersRequestMirrorBackendRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port specifies the destination port number to use for this resource.

        Port is required when the referent is a Kubernetes Service. In this
        case, the port number is the service port number, not the target port.
        For other resources, destination port might be derived from the referent
        resource or this field.

        :schema: HttpRouteSpecRulesFiltersRequestMirrorBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestMirrorBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestMirrorFraction",
    jsii_struct_bases=[],
    name_mapping={"numerator": "numerator", "denominator": "denominator"},
)
class HttpRouteSpecRulesFiltersRequestMirrorFraction:
    def __init__(
        self,
        *,
        numerator: jsii.Number,
        denominator: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Fraction represents the fraction of requests that should be mirrored to BackendRef.

        Only one of Fraction or Percent may be specified. If neither field
        is specified, 100% of requests will be mirrored.

        :param numerator: 
        :param denominator: 

        :schema: HttpRouteSpecRulesFiltersRequestMirrorFraction
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__74d971c606ccfe8e65879fe8da18509897a7ba76860533a2c8ca26d35efb3931)
            check_type(argname="argument numerator", value=numerator, expected_type=type_hints["numerator"])
            check_type(argname="argument denominator", value=denominator, expected_type=type_hints["denominator"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "numerator": numerator,
        }
        if denominator is not None:
            self._values["denominator"] = denominator

    @builtins.property
    def numerator(self) -> jsii.Number:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestMirrorFraction#numerator
        '''
        result = self._values.get("numerator")
        assert result is not None, "Required property 'numerator' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def denominator(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestMirrorFraction#denominator
        '''
        result = self._values.get("denominator")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestMirrorFraction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status_code": "statusCode",
    },
)
class HttpRouteSpecRulesFiltersRequestRedirect:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersRequestRedirectPath", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectScheme"] = None,
        status_code: typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectStatusCode"] = None,
    ) -> None:
        '''RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection.

        Support: Core

        :param hostname: Hostname is the hostname to be used in the value of the ``Location`` header in the response. When empty, the hostname in the ``Host`` header of the request is used. Support: Core
        :param path: Path defines parameters used to modify the path of the incoming request. The modified path is then used to construct the ``Location`` header. When empty, the request path is used as-is. Support: Extended
        :param port: Port is the port to be used in the value of the ``Location`` header in the response. If no port is specified, the redirect port MUST be derived using the following rules: - If redirect scheme is not-empty, the redirect port MUST be the well-known port associated with the redirect scheme. Specifically "http" to port 80 and "https" to port 443. If the redirect scheme does not have a well-known port, the listener port of the Gateway SHOULD be used. - If redirect scheme is empty, the redirect port MUST be the Gateway Listener port. Implementations SHOULD NOT add the port number in the 'Location' header in the following cases: - A Location header that will use HTTP (whether that is determined via the Listener protocol or the Scheme field) *and* use port 80. - A Location header that will use HTTPS (whether that is determined via the Listener protocol or the Scheme field) *and* use port 443. Support: Extended
        :param scheme: Scheme is the scheme to be used in the value of the ``Location`` header in the response. When empty, the scheme of the request is used. Scheme redirects can affect the port of the redirect, for more information, refer to the documentation for the port field of this filter. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``. Support: Extended
        :param status_code: StatusCode is the HTTP status code to be used in response. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``. Support: Core

        :schema: HttpRouteSpecRulesFiltersRequestRedirect
        '''
        if isinstance(path, dict):
            path = HttpRouteSpecRulesFiltersRequestRedirectPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4824e12ae2dd16095e98e2026b546c6c49e05e52d0dea1cfeb48ce1e6223e89c)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status_code", value=status_code, expected_type=type_hints["status_code"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status_code is not None:
            self._values["status_code"] = status_code

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname is the hostname to be used in the value of the ``Location`` header in the response.

        When empty, the hostname in the ``Host`` header of the request is used.

        Support: Core

        :schema: HttpRouteSpecRulesFiltersRequestRedirect#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectPath"]:
        '''Path defines parameters used to modify the path of the incoming request.

        The modified path is then used to construct the ``Location`` header. When
        empty, the request path is used as-is.

        Support: Extended

        :schema: HttpRouteSpecRulesFiltersRequestRedirect#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectPath"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port is the port to be used in the value of the ``Location`` header in the response.

        If no port is specified, the redirect port MUST be derived using the
        following rules:

        - If redirect scheme is not-empty, the redirect port MUST be the well-known
          port associated with the redirect scheme. Specifically "http" to port 80
          and "https" to port 443. If the redirect scheme does not have a
          well-known port, the listener port of the Gateway SHOULD be used.
        - If redirect scheme is empty, the redirect port MUST be the Gateway
          Listener port.

        Implementations SHOULD NOT add the port number in the 'Location'
        header in the following cases:

        - A Location header that will use HTTP (whether that is determined via
          the Listener protocol or the Scheme field) *and* use port 80.
        - A Location header that will use HTTPS (whether that is determined via
          the Listener protocol or the Scheme field) *and* use port 443.

        Support: Extended

        :schema: HttpRouteSpecRulesFiltersRequestRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectScheme"]:
        '''Scheme is the scheme to be used in the value of the ``Location`` header in the response.

        When empty, the scheme of the request is used.

        Scheme redirects can affect the port of the redirect, for more information,
        refer to the documentation for the port field of this filter.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        Support: Extended

        :schema: HttpRouteSpecRulesFiltersRequestRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectScheme"], result)

    @builtins.property
    def status_code(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectStatusCode"]:
        '''StatusCode is the HTTP status code to be used in response.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        Support: Core

        :schema: HttpRouteSpecRulesFiltersRequestRedirect#statusCode
        '''
        result = self._values.get("status_code")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectStatusCode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestRedirectPath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteSpecRulesFiltersRequestRedirectPath:
    def __init__(
        self,
        *,
        type: "HttpRouteSpecRulesFiltersRequestRedirectPathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Path defines parameters used to modify the path of the incoming request.

        The modified path is then used to construct the ``Location`` header. When
        empty, the request path is used as-is.

        Support: Extended

        :param type: Type defines the type of path modifier. Additional types may be added in a future release of the API. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``.
        :param replace_full_path: ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.
        :param replace_prefix_match: ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect. For example, a request to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch of "/xyz" would be modified to "/xyz/bar". Note that this matches the behavior of the PathPrefix match type. This matches full path elements. A path element refers to the list of labels in the path split by the ``/`` separator. When specified, a trailing ``/`` is ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all match the prefix ``/abc``, but the path ``/abcd`` would not. ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch. Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in the implementation setting the Accepted Condition for the Route to ``status: False``. Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteSpecRulesFiltersRequestRedirectPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__52470e03da3852b3cebe06798b3072784f4a4e8723c265689228be889e00cde5)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteSpecRulesFiltersRequestRedirectPathType":
        '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        :schema: HttpRouteSpecRulesFiltersRequestRedirectPath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteSpecRulesFiltersRequestRedirectPathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.

        :schema: HttpRouteSpecRulesFiltersRequestRedirectPath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect.

        For example, a request
        to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
        of "/xyz" would be modified to "/xyz/bar".

        Note that this matches the behavior of the PathPrefix match type. This
        matches full path elements. A path element refers to the list of labels
        in the path split by the ``/`` separator. When specified, a trailing ``/`` is
        ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all
        match the prefix ``/abc``, but the path ``/abcd`` would not.

        ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch.
        Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
        the implementation setting the Accepted Condition for the Route to ``status: False``.

        Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteSpecRulesFiltersRequestRedirectPath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestRedirectPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestRedirectPathType"
)
class HttpRouteSpecRulesFiltersRequestRedirectPathType(enum.Enum):
    '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: HttpRouteSpecRulesFiltersRequestRedirectPathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestRedirectScheme"
)
class HttpRouteSpecRulesFiltersRequestRedirectScheme(enum.Enum):
    '''Scheme is the scheme to be used in the value of the ``Location`` header in the response.

    When empty, the scheme of the request is used.

    Scheme redirects can affect the port of the redirect, for more information,
    refer to the documentation for the port field of this filter.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    Support: Extended

    :schema: HttpRouteSpecRulesFiltersRequestRedirectScheme
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestRedirectStatusCode"
)
class HttpRouteSpecRulesFiltersRequestRedirectStatusCode(enum.Enum):
    '''StatusCode is the HTTP status code to be used in response.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    Support: Core

    :schema: HttpRouteSpecRulesFiltersRequestRedirectStatusCode
    '''

    VALUE_301 = "VALUE_301"
    '''301.'''
    VALUE_302 = "VALUE_302"
    '''302.'''
    VALUE_303 = "VALUE_303"
    '''303.'''
    VALUE_307 = "VALUE_307"
    '''307.'''
    VALUE_308 = "VALUE_308"
    '''308.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersResponseHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteSpecRulesFiltersResponseHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesFiltersResponseHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesFiltersResponseHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ResponseHeaderModifier defines a schema for a filter that modifies response headers.

        Support: Extended

        :param add: Add adds the given header(s) (name, value) to the request before the action. It appends to any existing values associated with the header name. Input: GET /foo HTTP/1.1 my-header: foo Config: add: - name: "my-header" value: "bar,baz" Output: GET /foo HTTP/1.1 my-header: foo,bar,baz
        :param remove: Remove the given header(s) from the HTTP request before the action. The value of Remove is a list of HTTP header names. Note that the header names are case-insensitive (see https://datatracker.ietf.org/doc/html/rfc2616#section-4.2). Input: GET /foo HTTP/1.1 my-header1: foo my-header2: bar my-header3: baz Config: remove: ["my-header1", "my-header3"] Output: GET /foo HTTP/1.1 my-header2: bar
        :param set: Set overwrites the request with the given header (name, value) before the action. Input: GET /foo HTTP/1.1 my-header: foo Config: set: - name: "my-header" value: "bar" Output: GET /foo HTTP/1.1 my-header: bar

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__989246b29e607c840c3760ead2d6f1a20679dd77201d643b48d855e65601b33a)
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
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesFiltersResponseHeaderModifierAdd"]]:
        '''Add adds the given header(s) (name, value) to the request before the action.

        It appends to any existing values associated
        with the header name.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        add:

        - name: "my-header"
          value: "bar,baz"

        Output:
        GET /foo HTTP/1.1
        my-header: foo,bar,baz

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesFiltersResponseHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given header(s) from the HTTP request before the action.

        The
        value of Remove is a list of HTTP header names. Note that the header
        names are case-insensitive (see
        https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).

        Input:
        GET /foo HTTP/1.1
        my-header1: foo
        my-header2: bar
        my-header3: baz

        Config:
        remove: ["my-header1", "my-header3"]

        Output:
        GET /foo HTTP/1.1
        my-header2: bar

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesFiltersResponseHeaderModifierSet"]]:
        '''Set overwrites the request with the given header (name, value) before the action.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        set:

        - name: "my-header"
          value: "bar"

        Output:
        GET /foo HTTP/1.1
        my-header: bar

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesFiltersResponseHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersResponseHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersResponseHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesFiltersResponseHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1007abd0bed263477991449b98f0a8cec61f60e5dc04403955c85513341a7371)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersResponseHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersResponseHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesFiltersResponseHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b164b3ae4766ef859304281ae40b05036c1dce978a8a2938251403686d34a6fa)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersResponseHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersType"
)
class HttpRouteSpecRulesFiltersType(enum.Enum):
    '''Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:.

    - Core: Filter types and their corresponding configuration defined by
      "Support: Core" in this package, e.g. "RequestHeaderModifier". All
      implementations must support core filters.
    - Extended: Filter types and their corresponding configuration defined by
      "Support: Extended" in this package, e.g. "RequestMirror". Implementers
      are encouraged to support extended filters.
    - Implementation-specific: Filters that are defined and supported by
      specific vendors.
      In the future, filters showing convergence in behavior across multiple
      implementations will be considered for inclusion in extended or core
      conformance levels. Filter-specific configuration for such filters
      is specified using the ExtensionRef field. ``Type`` should be set to
      "ExtensionRef" for custom filters.

    Implementers are encouraged to define custom implementation types to
    extend the core API with implementation-specific behavior.

    If a reference to a custom filter type cannot be resolved, the filter
    MUST NOT be skipped. Instead, requests that would have been processed by
    that filter MUST receive a HTTP error response.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: HttpRouteSpecRulesFiltersType
    '''

    REQUEST_HEADER_MODIFIER = "REQUEST_HEADER_MODIFIER"
    '''RequestHeaderModifier.'''
    RESPONSE_HEADER_MODIFIER = "RESPONSE_HEADER_MODIFIER"
    '''ResponseHeaderModifier.'''
    REQUEST_MIRROR = "REQUEST_MIRROR"
    '''RequestMirror.'''
    REQUEST_REDIRECT = "REQUEST_REDIRECT"
    '''RequestRedirect.'''
    URL_REWRITE = "URL_REWRITE"
    '''URLRewrite.'''
    EXTENSION_REF = "EXTENSION_REF"
    '''ExtensionRef.'''
    CORS = "CORS"
    '''CORS.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersUrlRewrite",
    jsii_struct_bases=[],
    name_mapping={"hostname": "hostname", "path": "path"},
)
class HttpRouteSpecRulesFiltersUrlRewrite:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersUrlRewritePath", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''URLRewrite defines a schema for a filter that modifies a request during forwarding.

        Support: Extended

        :param hostname: Hostname is the value to be used to replace the Host header value during forwarding. Support: Extended
        :param path: Path defines a path rewrite. Support: Extended

        :schema: HttpRouteSpecRulesFiltersUrlRewrite
        '''
        if isinstance(path, dict):
            path = HttpRouteSpecRulesFiltersUrlRewritePath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3752ce644045f08924a2878df8949d58610c81379fb0d1c556b1ab0b3e2cf60a)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname is the value to be used to replace the Host header value during forwarding.

        Support: Extended

        :schema: HttpRouteSpecRulesFiltersUrlRewrite#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional["HttpRouteSpecRulesFiltersUrlRewritePath"]:
        '''Path defines a path rewrite.

        Support: Extended

        :schema: HttpRouteSpecRulesFiltersUrlRewrite#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersUrlRewritePath"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersUrlRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersUrlRewritePath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteSpecRulesFiltersUrlRewritePath:
    def __init__(
        self,
        *,
        type: "HttpRouteSpecRulesFiltersUrlRewritePathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Path defines a path rewrite.

        Support: Extended

        :param type: Type defines the type of path modifier. Additional types may be added in a future release of the API. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``.
        :param replace_full_path: ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.
        :param replace_prefix_match: ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect. For example, a request to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch of "/xyz" would be modified to "/xyz/bar". Note that this matches the behavior of the PathPrefix match type. This matches full path elements. A path element refers to the list of labels in the path split by the ``/`` separator. When specified, a trailing ``/`` is ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all match the prefix ``/abc``, but the path ``/abcd`` would not. ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch. Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in the implementation setting the Accepted Condition for the Route to ``status: False``. Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteSpecRulesFiltersUrlRewritePath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7b27de6684321447cbc441c955495ffd2d394743e396eb7944aaf925a7b6056f)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteSpecRulesFiltersUrlRewritePathType":
        '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        :schema: HttpRouteSpecRulesFiltersUrlRewritePath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteSpecRulesFiltersUrlRewritePathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.

        :schema: HttpRouteSpecRulesFiltersUrlRewritePath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect.

        For example, a request
        to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
        of "/xyz" would be modified to "/xyz/bar".

        Note that this matches the behavior of the PathPrefix match type. This
        matches full path elements. A path element refers to the list of labels
        in the path split by the ``/`` separator. When specified, a trailing ``/`` is
        ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all
        match the prefix ``/abc``, but the path ``/abcd`` would not.

        ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch.
        Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
        the implementation setting the Accepted Condition for the Route to ``status: False``.

        Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteSpecRulesFiltersUrlRewritePath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersUrlRewritePath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesFiltersUrlRewritePathType"
)
class HttpRouteSpecRulesFiltersUrlRewritePathType(enum.Enum):
    '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: HttpRouteSpecRulesFiltersUrlRewritePathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesMatches",
    jsii_struct_bases=[],
    name_mapping={
        "headers": "headers",
        "method": "method",
        "path": "path",
        "query_params": "queryParams",
    },
)
class HttpRouteSpecRulesMatches:
    def __init__(
        self,
        *,
        headers: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesMatchesHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        method: typing.Optional["HttpRouteSpecRulesMatchesMethod"] = None,
        path: typing.Optional[typing.Union["HttpRouteSpecRulesMatchesPath", typing.Dict[builtins.str, typing.Any]]] = None,
        query_params: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesMatchesQueryParams", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''HTTPRouteMatch defines the predicate used to match requests to a given action.

        Multiple match types are ANDed together, i.e. the match will
        evaluate to true only if all conditions are satisfied.

        For example, the match below will match a HTTP request only if its path
        starts with ``/foo`` AND it contains the ``version: v1`` header::

           match:

           path:
           value: "/foo"
           headers:
           - name: "version"
           value "v1"

        :param headers: Headers specifies HTTP request header matchers. Multiple match values are ANDed together, meaning, a request must match all the specified headers to select the route.
        :param method: Method specifies HTTP method matcher. When specified, this route will be matched only if the request has the specified method. Support: Extended
        :param path: Path specifies a HTTP request path matcher. If this field is not specified, a default prefix match on the "/" path is provided.
        :param query_params: QueryParams specifies HTTP query parameter matchers. Multiple match values are ANDed together, meaning, a request must match all the specified query parameters to select the route. Support: Extended

        :schema: HttpRouteSpecRulesMatches
        '''
        if isinstance(path, dict):
            path = HttpRouteSpecRulesMatchesPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__965867ed0f56fb3b347cd61b0e2b8d3bcb6bce78baad85331b4e7c59a9f36b8e)
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument query_params", value=query_params, expected_type=type_hints["query_params"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if headers is not None:
            self._values["headers"] = headers
        if method is not None:
            self._values["method"] = method
        if path is not None:
            self._values["path"] = path
        if query_params is not None:
            self._values["query_params"] = query_params

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesMatchesHeaders"]]:
        '''Headers specifies HTTP request header matchers.

        Multiple match values are
        ANDed together, meaning, a request must match all the specified headers
        to select the route.

        :schema: HttpRouteSpecRulesMatches#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesMatchesHeaders"]], result)

    @builtins.property
    def method(self) -> typing.Optional["HttpRouteSpecRulesMatchesMethod"]:
        '''Method specifies HTTP method matcher. When specified, this route will be matched only if the request has the specified method.

        Support: Extended

        :schema: HttpRouteSpecRulesMatches#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["HttpRouteSpecRulesMatchesMethod"], result)

    @builtins.property
    def path(self) -> typing.Optional["HttpRouteSpecRulesMatchesPath"]:
        '''Path specifies a HTTP request path matcher.

        If this field is not
        specified, a default prefix match on the "/" path is provided.

        :schema: HttpRouteSpecRulesMatches#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteSpecRulesMatchesPath"], result)

    @builtins.property
    def query_params(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesMatchesQueryParams"]]:
        '''QueryParams specifies HTTP query parameter matchers.

        Multiple match
        values are ANDed together, meaning, a request must match all the
        specified query parameters to select the route.

        Support: Extended

        :schema: HttpRouteSpecRulesMatches#queryParams
        '''
        result = self._values.get("query_params")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesMatchesQueryParams"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesMatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesMatchesHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "type": "type"},
)
class HttpRouteSpecRulesMatchesHeaders:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        type: typing.Optional["HttpRouteSpecRulesMatchesHeadersType"] = None,
    ) -> None:
        '''HTTPHeaderMatch describes how to select a HTTP route by matching HTTP request headers.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, only the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent. When a header is repeated in an HTTP request, it is implementation-specific behavior as to how this is represented. Generally, proxies should follow the guidance from the RFC: https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding processing a repeated header, with special handling for "Set-Cookie".
        :param value: Value is the value of HTTP Header to be matched.
        :param type: Type specifies how to match against the value of the header. Support: Core (Exact) Support: Implementation-specific (RegularExpression) Since RegularExpression HeaderMatchType has implementation-specific conformance, implementations can support POSIX, PCRE or any other dialects of regular expressions. Please read the implementation's documentation to determine the supported dialect.

        :schema: HttpRouteSpecRulesMatchesHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45a88b30930cfca9cf4d5479c0eab4e3315f33f135d4e04dbf037f382620a8ba)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, only the first
        entry with an equivalent name MUST be considered for a match. Subsequent
        entries with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        When a header is repeated in an HTTP request, it is
        implementation-specific behavior as to how this is represented.
        Generally, proxies should follow the guidance from the RFC:
        https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding
        processing a repeated header, with special handling for "Set-Cookie".

        :schema: HttpRouteSpecRulesMatchesHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteSpecRulesMatchesHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional["HttpRouteSpecRulesMatchesHeadersType"]:
        '''Type specifies how to match against the value of the header.

        Support: Core (Exact)

        Support: Implementation-specific (RegularExpression)

        Since RegularExpression HeaderMatchType has implementation-specific
        conformance, implementations can support POSIX, PCRE or any other dialects
        of regular expressions. Please read the implementation's documentation to
        determine the supported dialect.

        :schema: HttpRouteSpecRulesMatchesHeaders#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HttpRouteSpecRulesMatchesHeadersType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesMatchesHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesMatchesHeadersType"
)
class HttpRouteSpecRulesMatchesHeadersType(enum.Enum):
    '''Type specifies how to match against the value of the header.

    Support: Core (Exact)

    Support: Implementation-specific (RegularExpression)

    Since RegularExpression HeaderMatchType has implementation-specific
    conformance, implementations can support POSIX, PCRE or any other dialects
    of regular expressions. Please read the implementation's documentation to
    determine the supported dialect.

    :schema: HttpRouteSpecRulesMatchesHeadersType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesMatchesMethod"
)
class HttpRouteSpecRulesMatchesMethod(enum.Enum):
    '''Method specifies HTTP method matcher. When specified, this route will be matched only if the request has the specified method.

    Support: Extended

    :schema: HttpRouteSpecRulesMatchesMethod
    '''

    GET = "GET"
    '''GET.'''
    HEAD = "HEAD"
    '''HEAD.'''
    POST = "POST"
    '''POST.'''
    PUT = "PUT"
    '''PUT.'''
    DELETE = "DELETE"
    '''DELETE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    OPTIONS = "OPTIONS"
    '''OPTIONS.'''
    TRACE = "TRACE"
    '''TRACE.'''
    PATCH = "PATCH"
    '''PATCH.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesMatchesPath",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "value": "value"},
)
class HttpRouteSpecRulesMatchesPath:
    def __init__(
        self,
        *,
        type: typing.Optional["HttpRouteSpecRulesMatchesPathType"] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Path specifies a HTTP request path matcher.

        If this field is not
        specified, a default prefix match on the "/" path is provided.

        :param type: Type specifies how to match against the path Value. Support: Core (Exact, PathPrefix) Support: Implementation-specific (RegularExpression)
        :param value: Value of the HTTP path to match against.

        :schema: HttpRouteSpecRulesMatchesPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2c69cbe8bc9e6ead744cf1de607a3d07e7553dbc00e149023ca7b9db9361a46e)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if type is not None:
            self._values["type"] = type
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def type(self) -> typing.Optional["HttpRouteSpecRulesMatchesPathType"]:
        '''Type specifies how to match against the path Value.

        Support: Core (Exact, PathPrefix)

        Support: Implementation-specific (RegularExpression)

        :schema: HttpRouteSpecRulesMatchesPath#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HttpRouteSpecRulesMatchesPathType"], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the HTTP path to match against.

        :schema: HttpRouteSpecRulesMatchesPath#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesMatchesPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesMatchesPathType"
)
class HttpRouteSpecRulesMatchesPathType(enum.Enum):
    '''Type specifies how to match against the path Value.

    Support: Core (Exact, PathPrefix)

    Support: Implementation-specific (RegularExpression)

    :schema: HttpRouteSpecRulesMatchesPathType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    PATH_PREFIX = "PATH_PREFIX"
    '''PathPrefix.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesMatchesQueryParams",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "type": "type"},
)
class HttpRouteSpecRulesMatchesQueryParams:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        type: typing.Optional["HttpRouteSpecRulesMatchesQueryParamsType"] = None,
    ) -> None:
        '''HTTPQueryParamMatch describes how to select a HTTP route by matching HTTP query parameters.

        :param name: Name is the name of the HTTP query param to be matched. This must be an exact string match. (See https://tools.ietf.org/html/rfc7230#section-2.7.3). If multiple entries specify equivalent query param names, only the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent query param name MUST be ignored. If a query param is repeated in an HTTP request, the behavior is purposely left undefined, since different data planes have different capabilities. However, it is *recommended* that implementations should match against the first value of the param if the data plane supports it, as this behavior is expected in other load balancing contexts outside of the Gateway API. Users SHOULD NOT route traffic based on repeated query params to guard themselves against potential differences in the implementations.
        :param value: Value is the value of HTTP query param to be matched.
        :param type: Type specifies how to match against the value of the query parameter. Support: Extended (Exact) Support: Implementation-specific (RegularExpression) Since RegularExpression QueryParamMatchType has Implementation-specific conformance, implementations can support POSIX, PCRE or any other dialects of regular expressions. Please read the implementation's documentation to determine the supported dialect.

        :schema: HttpRouteSpecRulesMatchesQueryParams
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__88c1579cb73942130416172cee09e1ee6f5b7429b5f50f7318d49f655b09802a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP query param to be matched. This must be an exact string match. (See https://tools.ietf.org/html/rfc7230#section-2.7.3).

        If multiple entries specify equivalent query param names, only the first
        entry with an equivalent name MUST be considered for a match. Subsequent
        entries with an equivalent query param name MUST be ignored.

        If a query param is repeated in an HTTP request, the behavior is
        purposely left undefined, since different data planes have different
        capabilities. However, it is *recommended* that implementations should
        match against the first value of the param if the data plane supports it,
        as this behavior is expected in other load balancing contexts outside of
        the Gateway API.

        Users SHOULD NOT route traffic based on repeated query params to guard
        themselves against potential differences in the implementations.

        :schema: HttpRouteSpecRulesMatchesQueryParams#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP query param to be matched.

        :schema: HttpRouteSpecRulesMatchesQueryParams#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional["HttpRouteSpecRulesMatchesQueryParamsType"]:
        '''Type specifies how to match against the value of the query parameter.

        Support: Extended (Exact)

        Support: Implementation-specific (RegularExpression)

        Since RegularExpression QueryParamMatchType has Implementation-specific
        conformance, implementations can support POSIX, PCRE or any other
        dialects of regular expressions. Please read the implementation's
        documentation to determine the supported dialect.

        :schema: HttpRouteSpecRulesMatchesQueryParams#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HttpRouteSpecRulesMatchesQueryParamsType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesMatchesQueryParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesMatchesQueryParamsType"
)
class HttpRouteSpecRulesMatchesQueryParamsType(enum.Enum):
    '''Type specifies how to match against the value of the query parameter.

    Support: Extended (Exact)

    Support: Implementation-specific (RegularExpression)

    Since RegularExpression QueryParamMatchType has Implementation-specific
    conformance, implementations can support POSIX, PCRE or any other
    dialects of regular expressions. Please read the implementation's
    documentation to determine the supported dialect.

    :schema: HttpRouteSpecRulesMatchesQueryParamsType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteSpecRulesTimeouts",
    jsii_struct_bases=[],
    name_mapping={"backend_request": "backendRequest", "request": "request"},
)
class HttpRouteSpecRulesTimeouts:
    def __init__(
        self,
        *,
        backend_request: typing.Optional[builtins.str] = None,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Timeouts defines the timeouts that can be configured for an HTTP request.

        Support: Extended

        :param backend_request: BackendRequest specifies a timeout for an individual request from the gateway to a backend. This covers the time from when the request first starts being sent from the gateway to when the full response has been received from the backend. Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout completely. Implementations that cannot completely disable the timeout MUST instead interpret the zero duration as the longest possible value to which the timeout can be set. An entire client HTTP transaction with a gateway, covered by the Request timeout, may result in more than one call from the gateway to the destination backend, for example, if automatic retries are supported. The value of BackendRequest must be a Gateway API Duration string as defined by GEP-2257. When this field is unspecified, its behavior is implementation-specific; when specified, the value of BackendRequest must be no more than the value of the Request timeout (since the Request timeout encompasses the BackendRequest timeout). Support: Extended
        :param request: Request specifies the maximum duration for a gateway to respond to an HTTP request. If the gateway has not been able to respond before this deadline is met, the gateway MUST return a timeout error. For example, setting the ``rules.timeouts.request`` field to the value ``10s`` in an ``HTTPRoute`` will cause a timeout if a client request is taking longer than 10 seconds to complete. Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout completely. Implementations that cannot completely disable the timeout MUST instead interpret the zero duration as the longest possible value to which the timeout can be set. This timeout is intended to cover as close to the whole request-response transaction as possible although an implementation MAY choose to start the timeout after the entire request stream has been received instead of immediately after the transaction is initiated by the client. The value of Request is a Gateway API Duration string as defined by GEP-2257. When this field is unspecified, request timeout behavior is implementation-specific. Support: Extended

        :schema: HttpRouteSpecRulesTimeouts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6999af42586e2b56a6a648a71e9608cdf0c32d18e5362918c017ed50c8ac9224)
            check_type(argname="argument backend_request", value=backend_request, expected_type=type_hints["backend_request"])
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_request is not None:
            self._values["backend_request"] = backend_request
        if request is not None:
            self._values["request"] = request

    @builtins.property
    def backend_request(self) -> typing.Optional[builtins.str]:
        '''BackendRequest specifies a timeout for an individual request from the gateway to a backend.

        This covers the time from when the request first starts being
        sent from the gateway to when the full response has been received from the backend.

        Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
        completely. Implementations that cannot completely disable the timeout MUST
        instead interpret the zero duration as the longest possible value to which
        the timeout can be set.

        An entire client HTTP transaction with a gateway, covered by the Request timeout,
        may result in more than one call from the gateway to the destination backend,
        for example, if automatic retries are supported.

        The value of BackendRequest must be a Gateway API Duration string as defined by
        GEP-2257.  When this field is unspecified, its behavior is implementation-specific;
        when specified, the value of BackendRequest must be no more than the value of the
        Request timeout (since the Request timeout encompasses the BackendRequest timeout).

        Support: Extended

        :schema: HttpRouteSpecRulesTimeouts#backendRequest
        '''
        result = self._values.get("backend_request")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''Request specifies the maximum duration for a gateway to respond to an HTTP request.

        If the gateway has not been able to respond before this deadline is met, the gateway
        MUST return a timeout error.

        For example, setting the ``rules.timeouts.request`` field to the value ``10s`` in an
        ``HTTPRoute`` will cause a timeout if a client request is taking longer than 10 seconds
        to complete.

        Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
        completely. Implementations that cannot completely disable the timeout MUST
        instead interpret the zero duration as the longest possible value to which
        the timeout can be set.

        This timeout is intended to cover as close to the whole request-response transaction
        as possible although an implementation MAY choose to start the timeout after the entire
        request stream has been received instead of immediately after the transaction is
        initiated by the client.

        The value of Request is a Gateway API Duration string as defined by GEP-2257. When this
        field is unspecified, request timeout behavior is implementation-specific.

        Support: Extended

        :schema: HttpRouteSpecRulesTimeouts#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class HttpRouteV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1",
):
    '''HTTPRoute provides a way to route HTTP requests.

    This includes the capability
    to match requests by hostname, path, header, or query param. Filters can be
    used to specify additional processing steps. Backends specify where matching
    requests should be routed.

    :schema: HTTPRouteV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["HttpRouteV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "HTTPRouteV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Spec defines the desired state of HTTPRoute.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__51952e5fe4eb0dd6a917561be67437914b2c7e814eb1548560e31bdfbab1da43)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = HttpRouteV1Beta1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["HttpRouteV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "HTTPRouteV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Spec defines the desired state of HTTPRoute.
        :param metadata: 
        '''
        props = HttpRouteV1Beta1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "HTTPRouteV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class HttpRouteV1Beta1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["HttpRouteV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''HTTPRoute provides a way to route HTTP requests.

        This includes the capability
        to match requests by hostname, path, header, or query param. Filters can be
        used to specify additional processing steps. Backends specify where matching
        requests should be routed.

        :param spec: Spec defines the desired state of HTTPRoute.
        :param metadata: 

        :schema: HTTPRouteV1Beta1
        '''
        if isinstance(spec, dict):
            spec = HttpRouteV1Beta1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__abeeb9275288f9447a1e77186ab96054bea193cca9db98e3765fa64d51dd9c0a)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "HttpRouteV1Beta1Spec":
        '''Spec defines the desired state of HTTPRoute.

        :schema: HTTPRouteV1Beta1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("HttpRouteV1Beta1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: HTTPRouteV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "hostnames": "hostnames",
        "parent_refs": "parentRefs",
        "rules": "rules",
    },
)
class HttpRouteV1Beta1Spec:
    def __init__(
        self,
        *,
        hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
        parent_refs: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecParentRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        rules: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Spec defines the desired state of HTTPRoute.

        :param hostnames: Hostnames defines a set of hostnames that should match against the HTTP Host header to select a HTTPRoute used to process the request. Implementations MUST ignore any port value specified in the HTTP Host header while performing a match and (absent of any applicable header modification configuration) MUST forward this header unmodified to the backend. Valid values for Hostnames are determined by RFC 1123 definition of a hostname with 2 notable exceptions: 1. IPs are not allowed. 2. A hostname may be prefixed with a wildcard label (``*.``). The wildcard label must appear by itself as the first label. If a hostname is specified by both the Listener and HTTPRoute, there must be at least one intersecting hostname for the HTTPRoute to be attached to the Listener. For example: - A Listener with ``test.example.com`` as the hostname matches HTTPRoutes that have either not specified any hostnames, or have specified at least one of ``test.example.com`` or ``*.example.com``. - A Listener with ``*.example.com`` as the hostname matches HTTPRoutes that have either not specified any hostnames or have specified at least one hostname that matches the Listener hostname. For example, ``*.example.com``, ``test.example.com``, and ``foo.test.example.com`` would all match. On the other hand, ``example.com`` and ``test.example.net`` would not match. Hostnames that are prefixed with a wildcard label (``*.``) are interpreted as a suffix match. That means that a match for ``*.example.com`` would match both ``test.example.com``, and ``foo.test.example.com``, but not ``example.com``. If both the Listener and HTTPRoute have specified hostnames, any HTTPRoute hostnames that do not match the Listener hostname MUST be ignored. For example, if a Listener specified ``*.example.com``, and the HTTPRoute specified ``test.example.com`` and ``test.example.net``, ``test.example.net`` must not be considered for a match. If both the Listener and HTTPRoute have specified hostnames, and none match with the criteria above, then the HTTPRoute is not accepted. The implementation must raise an 'Accepted' Condition with a status of ``False`` in the corresponding RouteParentStatus. In the event that multiple HTTPRoutes specify intersecting hostnames (e.g. overlapping wildcard matching and exact matching hostnames), precedence must be given to rules from the HTTPRoute with the largest number of: - Characters in a matching non-wildcard hostname. - Characters in a matching hostname. If ties exist across multiple Routes, the matching precedence rules for HTTPRouteMatches takes over. Support: Core
        :param parent_refs: ParentRefs references the resources (usually Gateways) that a Route wants to be attached to. Note that the referenced parent resource needs to allow this for the attachment to be complete. For Gateways, that means the Gateway needs to allow attachment from Routes of this kind and namespace. For Services, that means the Service must either be in the same namespace for a "producer" route, or the mesh implementation must support and allow "consumer" routes for the referenced Service. ReferenceGrant is not applicable for governing ParentRefs to Services - it is not possible to create a "producer" route for a Service in a different namespace from the Route. There are two kinds of parent resources with "Core" support: - Gateway (Gateway conformance profile) - Service (Mesh conformance profile, ClusterIP Services only) This API may be extended in the future to support additional kinds of parent resources. ParentRefs must be *distinct*. This means either that: - They select different objects. If this is the case, then parentRef entries are distinct. In terms of fields, this means that the multi-part key defined by ``group``, ``kind``, ``namespace``, and ``name`` must be unique across all parentRef entries in the Route. - They do not select different objects, but for each optional field used, each ParentRef that selects the same object must set the same set of optional fields to different values. If one ParentRef sets a combination of optional fields, all must set the same combination. Some examples: - If one ParentRef sets ``sectionName``, all ParentRefs referencing the same object must also set ``sectionName``. - If one ParentRef sets ``port``, all ParentRefs referencing the same object must also set ``port``. - If one ParentRef sets ``sectionName`` and ``port``, all ParentRefs referencing the same object must also set ``sectionName`` and ``port``. It is possible to separately reference multiple distinct objects that may be collapsed by an implementation. For example, some implementations may choose to merge compatible Gateway Listeners together. If that is the case, the list of routes attached to those resources should also be merged. Note that for ParentRefs that cross namespace boundaries, there are specific rules. Cross-namespace references are only valid if they are explicitly allowed by something in the namespace they are referring to. For example, Gateway has the AllowedRoutes field, and ReferenceGrant provides a generic way to enable other kinds of cross-namespace reference.
        :param rules: Rules are a list of HTTP matchers, filters and actions.

        :schema: HttpRouteV1Beta1Spec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0488edbcb2348ca836bc4de710e57d9b2101ab82ea844197a42117663e4558a9)
            check_type(argname="argument hostnames", value=hostnames, expected_type=type_hints["hostnames"])
            check_type(argname="argument parent_refs", value=parent_refs, expected_type=type_hints["parent_refs"])
            check_type(argname="argument rules", value=rules, expected_type=type_hints["rules"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostnames is not None:
            self._values["hostnames"] = hostnames
        if parent_refs is not None:
            self._values["parent_refs"] = parent_refs
        if rules is not None:
            self._values["rules"] = rules

    @builtins.property
    def hostnames(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Hostnames defines a set of hostnames that should match against the HTTP Host header to select a HTTPRoute used to process the request.

        Implementations
        MUST ignore any port value specified in the HTTP Host header while
        performing a match and (absent of any applicable header modification
        configuration) MUST forward this header unmodified to the backend.

        Valid values for Hostnames are determined by RFC 1123 definition of a
        hostname with 2 notable exceptions:

        1. IPs are not allowed.
        2. A hostname may be prefixed with a wildcard label (``*.``). The wildcard
           label must appear by itself as the first label.

        If a hostname is specified by both the Listener and HTTPRoute, there
        must be at least one intersecting hostname for the HTTPRoute to be
        attached to the Listener. For example:

        - A Listener with ``test.example.com`` as the hostname matches HTTPRoutes
          that have either not specified any hostnames, or have specified at
          least one of ``test.example.com`` or ``*.example.com``.
        - A Listener with ``*.example.com`` as the hostname matches HTTPRoutes
          that have either not specified any hostnames or have specified at least
          one hostname that matches the Listener hostname. For example,
          ``*.example.com``, ``test.example.com``, and ``foo.test.example.com`` would
          all match. On the other hand, ``example.com`` and ``test.example.net`` would
          not match.

        Hostnames that are prefixed with a wildcard label (``*.``) are interpreted
        as a suffix match. That means that a match for ``*.example.com`` would match
        both ``test.example.com``, and ``foo.test.example.com``, but not ``example.com``.

        If both the Listener and HTTPRoute have specified hostnames, any
        HTTPRoute hostnames that do not match the Listener hostname MUST be
        ignored. For example, if a Listener specified ``*.example.com``, and the
        HTTPRoute specified ``test.example.com`` and ``test.example.net``,
        ``test.example.net`` must not be considered for a match.

        If both the Listener and HTTPRoute have specified hostnames, and none
        match with the criteria above, then the HTTPRoute is not accepted. The
        implementation must raise an 'Accepted' Condition with a status of
        ``False`` in the corresponding RouteParentStatus.

        In the event that multiple HTTPRoutes specify intersecting hostnames (e.g.
        overlapping wildcard matching and exact matching hostnames), precedence must
        be given to rules from the HTTPRoute with the largest number of:

        - Characters in a matching non-wildcard hostname.
        - Characters in a matching hostname.

        If ties exist across multiple Routes, the matching precedence rules for
        HTTPRouteMatches takes over.

        Support: Core

        :schema: HttpRouteV1Beta1Spec#hostnames
        '''
        result = self._values.get("hostnames")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def parent_refs(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecParentRefs"]]:
        '''ParentRefs references the resources (usually Gateways) that a Route wants to be attached to.

        Note that the referenced parent resource needs to
        allow this for the attachment to be complete. For Gateways, that means
        the Gateway needs to allow attachment from Routes of this kind and
        namespace. For Services, that means the Service must either be in the same
        namespace for a "producer" route, or the mesh implementation must support
        and allow "consumer" routes for the referenced Service. ReferenceGrant is
        not applicable for governing ParentRefs to Services - it is not possible to
        create a "producer" route for a Service in a different namespace from the
        Route.

        There are two kinds of parent resources with "Core" support:

        - Gateway (Gateway conformance profile)
        - Service (Mesh conformance profile, ClusterIP Services only)

        This API may be extended in the future to support additional kinds of parent
        resources.

        ParentRefs must be *distinct*. This means either that:

        - They select different objects.  If this is the case, then parentRef
          entries are distinct. In terms of fields, this means that the
          multi-part key defined by ``group``, ``kind``, ``namespace``, and ``name`` must
          be unique across all parentRef entries in the Route.
        - They do not select different objects, but for each optional field used,
          each ParentRef that selects the same object must set the same set of
          optional fields to different values. If one ParentRef sets a
          combination of optional fields, all must set the same combination.

        Some examples:

        - If one ParentRef sets ``sectionName``, all ParentRefs referencing the
          same object must also set ``sectionName``.
        - If one ParentRef sets ``port``, all ParentRefs referencing the same
          object must also set ``port``.
        - If one ParentRef sets ``sectionName`` and ``port``, all ParentRefs
          referencing the same object must also set ``sectionName`` and ``port``.

        It is possible to separately reference multiple distinct objects that may
        be collapsed by an implementation. For example, some implementations may
        choose to merge compatible Gateway Listeners together. If that is the
        case, the list of routes attached to those resources should also be
        merged.

        Note that for ParentRefs that cross namespace boundaries, there are specific
        rules. Cross-namespace references are only valid if they are explicitly
        allowed by something in the namespace they are referring to. For example,
        Gateway has the AllowedRoutes field, and ReferenceGrant provides a
        generic way to enable other kinds of cross-namespace reference.

        :schema: HttpRouteV1Beta1Spec#parentRefs
        '''
        result = self._values.get("parent_refs")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecParentRefs"]], result)

    @builtins.property
    def rules(self) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRules"]]:
        '''Rules are a list of HTTP matchers, filters and actions.

        :schema: HttpRouteV1Beta1Spec#rules
        '''
        result = self._values.get("rules")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecParentRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
        "section_name": "sectionName",
    },
)
class HttpRouteV1Beta1SpecParentRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ParentReference identifies an API object (usually a Gateway) that can be considered a parent of this resource (usually a route).

        There are two kinds of parent resources
        with "Core" support:

        - Gateway (Gateway conformance profile)
        - Service (Mesh conformance profile, ClusterIP Services only)

        This API may be extended in the future to support additional kinds of parent
        resources.

        The API object must be valid in the cluster; the Group and Kind must
        be registered in the cluster for this reference to be valid.

        :param name: Name is the name of the referent. Support: Core
        :param group: Group is the group of the referent. When unspecified, "gateway.networking.k8s.io" is inferred. To set the core API group (such as for a "Service" kind referent), Group must be explicitly set to "" (empty string). Support: Core
        :param kind: Kind is kind of the referent. There are two kinds of parent resources with "Core" support: - Gateway (Gateway conformance profile) - Service (Mesh conformance profile, ClusterIP Services only) Support for other resources is Implementation-Specific.
        :param namespace: Namespace is the namespace of the referent. When unspecified, this refers to the local namespace of the Route. Note that there are specific rules for ParentRefs which cross namespace boundaries. Cross-namespace references are only valid if they are explicitly allowed by something in the namespace they are referring to. For example: Gateway has the AllowedRoutes field, and ReferenceGrant provides a generic way to enable any other kind of cross-namespace reference. Support: Core
        :param port: Port is the network port this Route targets. It can be interpreted differently based on the type of parent resource. When the parent resource is a Gateway, this targets all listeners listening on the specified port that also support this kind of Route(and select this Route). It's not recommended to set ``Port`` unless the networking behaviors specified in a Route must apply to a specific port as opposed to a listener(s) whose port(s) may be changed. When both Port and SectionName are specified, the name and port of the selected listener must match both specified values. Implementations MAY choose to support other parent resources. Implementations supporting other types of parent resources MUST clearly document how/if Port is interpreted. For the purpose of status, an attachment is considered successful as long as the parent resource accepts it partially. For example, Gateway listeners can restrict which Routes can attach to them by Route kind, namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from the referencing Route, the Route MUST be considered successfully attached. If no Gateway listeners accept attachment from this Route, the Route MUST be considered detached from the Gateway. Support: Extended
        :param section_name: SectionName is the name of a section within the target resource. In the following resources, SectionName is interpreted as the following: - Gateway: Listener name. When both Port (experimental) and SectionName are specified, the name and port of the selected listener must match both specified values. - Service: Port name. When both Port (experimental) and SectionName are specified, the name and port of the selected listener must match both specified values. Implementations MAY choose to support attaching Routes to other resources. If that is the case, they MUST clearly document how SectionName is interpreted. When unspecified (empty string), this will reference the entire resource. For the purpose of status, an attachment is considered successful if at least one section in the parent resource accepts it. For example, Gateway listeners can restrict which Routes can attach to them by Route kind, namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from the referencing Route, the Route MUST be considered successfully attached. If no Gateway listeners accept attachment from this Route, the Route MUST be considered detached from the Gateway. Support: Core

        :schema: HttpRouteV1Beta1SpecParentRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__00d78dd30024a9a32adb28ae0d9a55bc110d484f6f47fb066080c1ecd5ce4801)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        Support: Core

        :schema: HttpRouteV1Beta1SpecParentRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        When unspecified, "gateway.networking.k8s.io" is inferred.
        To set the core API group (such as for a "Service" kind referent),
        Group must be explicitly set to "" (empty string).

        Support: Core

        :schema: HttpRouteV1Beta1SpecParentRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is kind of the referent.

        There are two kinds of parent resources with "Core" support:

        - Gateway (Gateway conformance profile)
        - Service (Mesh conformance profile, ClusterIP Services only)

        Support for other resources is Implementation-Specific.

        :schema: HttpRouteV1Beta1SpecParentRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the referent. When unspecified, this refers to the local namespace of the Route.

        Note that there are specific rules for ParentRefs which cross namespace
        boundaries. Cross-namespace references are only valid if they are explicitly
        allowed by something in the namespace they are referring to. For example:
        Gateway has the AllowedRoutes field, and ReferenceGrant provides a
        generic way to enable any other kind of cross-namespace reference.

        Support: Core

        :schema: HttpRouteV1Beta1SpecParentRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port is the network port this Route targets. It can be interpreted differently based on the type of parent resource.

        When the parent resource is a Gateway, this targets all listeners
        listening on the specified port that also support this kind of Route(and
        select this Route). It's not recommended to set ``Port`` unless the
        networking behaviors specified in a Route must apply to a specific port
        as opposed to a listener(s) whose port(s) may be changed. When both Port
        and SectionName are specified, the name and port of the selected listener
        must match both specified values.

        Implementations MAY choose to support other parent resources.
        Implementations supporting other types of parent resources MUST clearly
        document how/if Port is interpreted.

        For the purpose of status, an attachment is considered successful as
        long as the parent resource accepts it partially. For example, Gateway
        listeners can restrict which Routes can attach to them by Route kind,
        namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
        from the referencing Route, the Route MUST be considered successfully
        attached. If no Gateway listeners accept attachment from this Route,
        the Route MUST be considered detached from the Gateway.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecParentRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''SectionName is the name of a section within the target resource.

        In the
        following resources, SectionName is interpreted as the following:

        - Gateway: Listener name. When both Port (experimental) and SectionName
          are specified, the name and port of the selected listener must match
          both specified values.
        - Service: Port name. When both Port (experimental) and SectionName
          are specified, the name and port of the selected listener must match
          both specified values.

        Implementations MAY choose to support attaching Routes to other resources.
        If that is the case, they MUST clearly document how SectionName is
        interpreted.

        When unspecified (empty string), this will reference the entire resource.
        For the purpose of status, an attachment is considered successful if at
        least one section in the parent resource accepts it. For example, Gateway
        listeners can restrict which Routes can attach to them by Route kind,
        namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
        the referencing Route, the Route MUST be considered successfully
        attached. If no Gateway listeners accept attachment from this Route, the
        Route MUST be considered detached from the Gateway.

        Support: Core

        :schema: HttpRouteV1Beta1SpecParentRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecParentRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRules",
    jsii_struct_bases=[],
    name_mapping={
        "backend_refs": "backendRefs",
        "filters": "filters",
        "matches": "matches",
        "name": "name",
        "timeouts": "timeouts",
    },
)
class HttpRouteV1Beta1SpecRules:
    def __init__(
        self,
        *,
        backend_refs: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        filters: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesFilters", typing.Dict[builtins.str, typing.Any]]]] = None,
        matches: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesMatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        timeouts: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''HTTPRouteRule defines semantics for matching an HTTP request based on conditions (matches), processing it (filters), and forwarding the request to an API object (backendRefs).

        :param backend_refs: BackendRefs defines the backend(s) where matching requests should be sent. Failure behavior here depends on how many BackendRefs are specified and how many are invalid. If *all* entries in BackendRefs are invalid, and there are also no filters specified in this route rule, *all* traffic which matches this rule MUST receive a 500 status code. See the HTTPBackendRef definition for the rules about what makes a single HTTPBackendRef invalid. When a HTTPBackendRef is invalid, 500 status codes MUST be returned for requests that would have otherwise been routed to an invalid backend. If multiple backends are specified, and some are invalid, the proportion of requests that would otherwise have been routed to an invalid backend MUST receive a 500 status code. For example, if two backends are specified with equal weights, and one is invalid, 50 percent of traffic must receive a 500. Implementations may choose how that 50 percent is determined. When a HTTPBackendRef refers to a Service that has no ready endpoints, implementations SHOULD return a 503 for requests to that backend instead. If an implementation chooses to do this, all of the above rules for 500 responses MUST also apply for responses that return a 503. Support: Core for Kubernetes Service Support: Extended for Kubernetes ServiceImport Support: Implementation-specific for any other resource Support for weight: Core
        :param filters: Filters define the filters that are applied to requests that match this rule. Wherever possible, implementations SHOULD implement filters in the order they are specified. Implementations MAY choose to implement this ordering strictly, rejecting any combination or order of filters that cannot be supported. If implementations choose a strict interpretation of filter ordering, they MUST clearly document that behavior. To reject an invalid combination or order of filters, implementations SHOULD consider the Route Rules with this configuration invalid. If all Route Rules in a Route are invalid, the entire Route would be considered invalid. If only a portion of Route Rules are invalid, implementations MUST set the "PartiallyInvalid" condition for the Route. Conformance-levels at this level are defined based on the type of filter: - ALL core filters MUST be supported by all implementations. - Implementers are encouraged to support extended filters. - Implementation-specific custom filters have no API guarantees across implementations. Specifying the same filter multiple times is not supported unless explicitly indicated in the filter. All filters are expected to be compatible with each other except for the URLRewrite and RequestRedirect filters, which may not be combined. If an implementation cannot support other combinations of filters, they must clearly document that limitation. In cases where incompatible or unsupported filters are specified and cause the ``Accepted`` condition to be set to status ``False``, implementations may use the ``IncompatibleFilters`` reason to specify this configuration error. Support: Core
        :param matches: Matches define conditions used for matching the rule against incoming HTTP requests. Each match is independent, i.e. this rule will be matched if **any** one of the matches is satisfied. For example, take the following matches configuration:: matches: - path: value: "/foo" headers: - name: "version" value: "v2" - path: value: "/v2/foo" For a request to match against this rule, a request must satisfy EITHER of the two conditions: - path prefixed with ``/foo`` AND contains the header ``version: v2`` - path prefix of ``/v2/foo`` See the documentation for HTTPRouteMatch on how to specify multiple match conditions that should be ANDed together. If no matches are specified, the default is a prefix path match on "/", which has the effect of matching every HTTP request. Proxy or Load Balancer routing configuration generated from HTTPRoutes MUST prioritize matches based on the following criteria, continuing on ties. Across all rules specified on applicable Routes, precedence must be given to the match having: - "Exact" path match. - "Prefix" path match with largest number of characters. - Method match. - Largest number of header matches. - Largest number of query param matches. Note: The precedence of RegularExpression path matches are implementation-specific. If ties still exist across multiple Routes, matching precedence MUST be determined in order of the following criteria, continuing on ties: - The oldest Route based on creation timestamp. - The Route appearing first in alphabetical order by "{namespace}/{name}". If ties still exist within an HTTPRoute, matching precedence MUST be granted to the FIRST matching rule (in list order) with a match meeting the above criteria. When no rules matching a request have been successfully attached to the parent a request is coming from, a HTTP 404 status code MUST be returned.
        :param name: Name is the name of the route rule. This name MUST be unique within a Route if it is set. Support: Extended
        :param timeouts: Timeouts defines the timeouts that can be configured for an HTTP request. Support: Extended

        :schema: HttpRouteV1Beta1SpecRules
        '''
        if isinstance(timeouts, dict):
            timeouts = HttpRouteV1Beta1SpecRulesTimeouts(**timeouts)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df5dbf9b331a87cb575983e2807fc1c45a37a2a4ee775a49d49b8daf7af86a42)
            check_type(argname="argument backend_refs", value=backend_refs, expected_type=type_hints["backend_refs"])
            check_type(argname="argument filters", value=filters, expected_type=type_hints["filters"])
            check_type(argname="argument matches", value=matches, expected_type=type_hints["matches"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_refs is not None:
            self._values["backend_refs"] = backend_refs
        if filters is not None:
            self._values["filters"] = filters
        if matches is not None:
            self._values["matches"] = matches
        if name is not None:
            self._values["name"] = name
        if timeouts is not None:
            self._values["timeouts"] = timeouts

    @builtins.property
    def backend_refs(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefs"]]:
        '''BackendRefs defines the backend(s) where matching requests should be sent.

        Failure behavior here depends on how many BackendRefs are specified and
        how many are invalid.

        If *all* entries in BackendRefs are invalid, and there are also no filters
        specified in this route rule, *all* traffic which matches this rule MUST
        receive a 500 status code.

        See the HTTPBackendRef definition for the rules about what makes a single
        HTTPBackendRef invalid.

        When a HTTPBackendRef is invalid, 500 status codes MUST be returned for
        requests that would have otherwise been routed to an invalid backend. If
        multiple backends are specified, and some are invalid, the proportion of
        requests that would otherwise have been routed to an invalid backend
        MUST receive a 500 status code.

        For example, if two backends are specified with equal weights, and one is
        invalid, 50 percent of traffic must receive a 500. Implementations may
        choose how that 50 percent is determined.

        When a HTTPBackendRef refers to a Service that has no ready endpoints,
        implementations SHOULD return a 503 for requests to that backend instead.
        If an implementation chooses to do this, all of the above rules for 500 responses
        MUST also apply for responses that return a 503.

        Support: Core for Kubernetes Service

        Support: Extended for Kubernetes ServiceImport

        Support: Implementation-specific for any other resource

        Support for weight: Core

        :schema: HttpRouteV1Beta1SpecRules#backendRefs
        '''
        result = self._values.get("backend_refs")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefs"]], result)

    @builtins.property
    def filters(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFilters"]]:
        '''Filters define the filters that are applied to requests that match this rule.

        Wherever possible, implementations SHOULD implement filters in the order
        they are specified.

        Implementations MAY choose to implement this ordering strictly, rejecting
        any combination or order of filters that cannot be supported. If implementations
        choose a strict interpretation of filter ordering, they MUST clearly document
        that behavior.

        To reject an invalid combination or order of filters, implementations SHOULD
        consider the Route Rules with this configuration invalid. If all Route Rules
        in a Route are invalid, the entire Route would be considered invalid. If only
        a portion of Route Rules are invalid, implementations MUST set the
        "PartiallyInvalid" condition for the Route.

        Conformance-levels at this level are defined based on the type of filter:

        - ALL core filters MUST be supported by all implementations.
        - Implementers are encouraged to support extended filters.
        - Implementation-specific custom filters have no API guarantees across
          implementations.

        Specifying the same filter multiple times is not supported unless explicitly
        indicated in the filter.

        All filters are expected to be compatible with each other except for the
        URLRewrite and RequestRedirect filters, which may not be combined. If an
        implementation cannot support other combinations of filters, they must clearly
        document that limitation. In cases where incompatible or unsupported
        filters are specified and cause the ``Accepted`` condition to be set to status
        ``False``, implementations may use the ``IncompatibleFilters`` reason to specify
        this configuration error.

        Support: Core

        :schema: HttpRouteV1Beta1SpecRules#filters
        '''
        result = self._values.get("filters")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFilters"]], result)

    @builtins.property
    def matches(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesMatches"]]:
        '''Matches define conditions used for matching the rule against incoming HTTP requests.

        Each match is independent, i.e. this rule will be matched
        if **any** one of the matches is satisfied.

        For example, take the following matches configuration::

           matches:
           - path:
           value: "/foo"
           headers:
           - name: "version"
           value: "v2"
           - path:
           value: "/v2/foo"

        For a request to match against this rule, a request must satisfy
        EITHER of the two conditions:

        - path prefixed with ``/foo`` AND contains the header ``version: v2``
        - path prefix of ``/v2/foo``

        See the documentation for HTTPRouteMatch on how to specify multiple
        match conditions that should be ANDed together.

        If no matches are specified, the default is a prefix
        path match on "/", which has the effect of matching every
        HTTP request.

        Proxy or Load Balancer routing configuration generated from HTTPRoutes
        MUST prioritize matches based on the following criteria, continuing on
        ties. Across all rules specified on applicable Routes, precedence must be
        given to the match having:

        - "Exact" path match.
        - "Prefix" path match with largest number of characters.
        - Method match.
        - Largest number of header matches.
        - Largest number of query param matches.

        Note: The precedence of RegularExpression path matches are implementation-specific.

        If ties still exist across multiple Routes, matching precedence MUST be
        determined in order of the following criteria, continuing on ties:

        - The oldest Route based on creation timestamp.
        - The Route appearing first in alphabetical order by
          "{namespace}/{name}".

        If ties still exist within an HTTPRoute, matching precedence MUST be granted
        to the FIRST matching rule (in list order) with a match meeting the above
        criteria.

        When no rules matching a request have been successfully attached to the
        parent a request is coming from, a HTTP 404 status code MUST be returned.

        :schema: HttpRouteV1Beta1SpecRules#matches
        '''
        result = self._values.get("matches")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesMatches"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the name of the route rule.

        This name MUST be unique within a Route if it is set.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRules#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeouts(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesTimeouts"]:
        '''Timeouts defines the timeouts that can be configured for an HTTP request.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRules#timeouts
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesTimeouts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "filters": "filters",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
        "weight": "weight",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        filters: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFilters", typing.Dict[builtins.str, typing.Any]]]] = None,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''HTTPBackendRef defines how a HTTPRoute forwards a HTTP request.

        Note that when a namespace different than the local namespace is specified, a
        ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        :param name: Name is the name of the referent.
        :param filters: Filters defined at this level should be executed if and only if the request is being forwarded to the backend defined here. Support: Implementation-specific (For broader support of filters, use the Filters field in HTTPRouteRule.)
        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is the Kubernetes resource kind of the referent. For example "Service". Defaults to "Service" when not specified. ExternalName services can refer to CNAME DNS records that may live outside of the cluster and as such are difficult to reason about in terms of conformance. They also may not be safe to forward to (see CVE-2021-25740 for more information). Implementations SHOULD NOT support ExternalName Services. Support: Core (Services with a type other than ExternalName) Support: Implementation-specific (Services with type ExternalName) Default: Service" when not specified.
        :param namespace: Namespace is the namespace of the backend. When unspecified, the local namespace is inferred. Note that when a namespace different than the local namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. Support: Core
        :param port: Port specifies the destination port number to use for this resource. Port is required when the referent is a Kubernetes Service. In this case, the port number is the service port number, not the target port. For other resources, destination port might be derived from the referent resource or this field.
        :param weight: Weight specifies the proportion of requests forwarded to the referenced backend. This is computed as weight/(sum of all weights in this BackendRefs list). For non-zero values, there may be some epsilon from the exact proportion defined here depending on the precision an implementation supports. Weight is not a percentage and the sum of weights does not need to equal 100. If only one backend is specified and it has a weight greater than 0, 100% of the traffic is forwarded to that backend. If weight is set to 0, no traffic should be forwarded for this entry. If unspecified, weight defaults to 1. Support for this field varies based on the context where used.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d4bb256f9a9c9398325e9aeef977b9d96f63a3ca0017335f885ba251429b70b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument filters", value=filters, expected_type=type_hints["filters"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if filters is not None:
            self._values["filters"] = filters
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def filters(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFilters"]]:
        '''Filters defined at this level should be executed if and only if the request is being forwarded to the backend defined here.

        Support: Implementation-specific (For broader support of filters, use the
        Filters field in HTTPRouteRule.)

        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#filters
        '''
        result = self._values.get("filters")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFilters"]], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the Kubernetes resource kind of the referent. For example "Service".

        Defaults to "Service" when not specified.

        ExternalName services can refer to CNAME DNS records that may live
        outside of the cluster and as such are difficult to reason about in
        terms of conformance. They also may not be safe to forward to (see
        CVE-2021-25740 for more information). Implementations SHOULD NOT
        support ExternalName Services.

        Support: Core (Services with a type other than ExternalName)

        Support: Implementation-specific (Services with type ExternalName)

        :default: Service" when not specified.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the backend. When unspecified, the local namespace is inferred.

        Note that when a namespace different than the local namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        Support: Core

        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port specifies the destination port number to use for this resource.

        Port is required when the referent is a Kubernetes Service. In this
        case, the port number is the service port number, not the target port.
        For other resources, destination port might be derived from the referent
        resource or this field.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''Weight specifies the proportion of requests forwarded to the referenced backend.

        This is computed as weight/(sum of all weights in this
        BackendRefs list). For non-zero values, there may be some epsilon from
        the exact proportion defined here depending on the precision an
        implementation supports. Weight is not a percentage and the sum of
        weights does not need to equal 100.

        If only one backend is specified and it has a weight greater than 0, 100%
        of the traffic is forwarded to that backend. If weight is set to 0, no
        traffic should be forwarded for this entry. If unspecified, weight
        defaults to 1.

        Support for this field varies based on the context where used.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFilters",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "cors": "cors",
        "extension_ref": "extensionRef",
        "request_header_modifier": "requestHeaderModifier",
        "request_mirror": "requestMirror",
        "request_redirect": "requestRedirect",
        "response_header_modifier": "responseHeaderModifier",
        "url_rewrite": "urlRewrite",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFilters:
    def __init__(
        self,
        *,
        type: "HttpRouteV1Beta1SpecRulesBackendRefsFiltersType",
        cors: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors", typing.Dict[builtins.str, typing.Any]]] = None,
        extension_ref: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef", typing.Dict[builtins.str, typing.Any]]] = None,
        request_header_modifier: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        request_mirror: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        request_redirect: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        response_header_modifier: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        url_rewrite: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''HTTPRouteFilter defines processing steps that must be completed during the request or response lifecycle.

        HTTPRouteFilters are meant as an extension
        point to express processing that may be done in Gateway implementations. Some
        examples include request or response modification, implementing
        authentication strategies, rate-limiting, and traffic shaping. API
        guarantee/conformance is defined based on the type of the filter.

        :param type: Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:. - Core: Filter types and their corresponding configuration defined by "Support: Core" in this package, e.g. "RequestHeaderModifier". All implementations must support core filters. - Extended: Filter types and their corresponding configuration defined by "Support: Extended" in this package, e.g. "RequestMirror". Implementers are encouraged to support extended filters. - Implementation-specific: Filters that are defined and supported by specific vendors. In the future, filters showing convergence in behavior across multiple implementations will be considered for inclusion in extended or core conformance levels. Filter-specific configuration for such filters is specified using the ExtensionRef field. ``Type`` should be set to "ExtensionRef" for custom filters. Implementers are encouraged to define custom implementation types to extend the core API with implementation-specific behavior. If a reference to a custom filter type cannot be resolved, the filter MUST NOT be skipped. Instead, requests that would have been processed by that filter MUST receive a HTTP error response. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``.
        :param cors: CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header. Support: Extended
        :param extension_ref: ExtensionRef is an optional, implementation-specific extension to the "filter" behavior. For example, resource "myroutefilter" in group "networking.example.net"). ExtensionRef MUST NOT be used for core and extended filters. This filter can be used multiple times within the same rule. Support: Implementation-specific
        :param request_header_modifier: RequestHeaderModifier defines a schema for a filter that modifies request headers. Support: Core
        :param request_mirror: RequestMirror defines a schema for a filter that mirrors requests. Requests are sent to the specified destination, but responses from that destination are ignored. This filter can be used multiple times within the same rule. Note that not all implementations will be able to support mirroring to multiple backends. Support: Extended
        :param request_redirect: RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection. Support: Core
        :param response_header_modifier: ResponseHeaderModifier defines a schema for a filter that modifies response headers. Support: Extended
        :param url_rewrite: URLRewrite defines a schema for a filter that modifies a request during forwarding. Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters
        '''
        if isinstance(cors, dict):
            cors = HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors(**cors)
        if isinstance(extension_ref, dict):
            extension_ref = HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef(**extension_ref)
        if isinstance(request_header_modifier, dict):
            request_header_modifier = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier(**request_header_modifier)
        if isinstance(request_mirror, dict):
            request_mirror = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror(**request_mirror)
        if isinstance(request_redirect, dict):
            request_redirect = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect(**request_redirect)
        if isinstance(response_header_modifier, dict):
            response_header_modifier = HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier(**response_header_modifier)
        if isinstance(url_rewrite, dict):
            url_rewrite = HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite(**url_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8a094f1c030441930acf004fb32adef08cd01213bf5a7049647e498f05a6ad9)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument cors", value=cors, expected_type=type_hints["cors"])
            check_type(argname="argument extension_ref", value=extension_ref, expected_type=type_hints["extension_ref"])
            check_type(argname="argument request_header_modifier", value=request_header_modifier, expected_type=type_hints["request_header_modifier"])
            check_type(argname="argument request_mirror", value=request_mirror, expected_type=type_hints["request_mirror"])
            check_type(argname="argument request_redirect", value=request_redirect, expected_type=type_hints["request_redirect"])
            check_type(argname="argument response_header_modifier", value=response_header_modifier, expected_type=type_hints["response_header_modifier"])
            check_type(argname="argument url_rewrite", value=url_rewrite, expected_type=type_hints["url_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if cors is not None:
            self._values["cors"] = cors
        if extension_ref is not None:
            self._values["extension_ref"] = extension_ref
        if request_header_modifier is not None:
            self._values["request_header_modifier"] = request_header_modifier
        if request_mirror is not None:
            self._values["request_mirror"] = request_mirror
        if request_redirect is not None:
            self._values["request_redirect"] = request_redirect
        if response_header_modifier is not None:
            self._values["response_header_modifier"] = response_header_modifier
        if url_rewrite is not None:
            self._values["url_rewrite"] = url_rewrite

    @builtins.property
    def type(self) -> "HttpRouteV1Beta1SpecRulesBackendRefsFiltersType":
        '''Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:.

        - Core: Filter types and their corresponding configuration defined by
          "Support: Core" in this package, e.g. "RequestHeaderModifier". All
          implementations must support core filters.
        - Extended: Filter types and their corresponding configuration defined by
          "Support: Extended" in this package, e.g. "RequestMirror". Implementers
          are encouraged to support extended filters.
        - Implementation-specific: Filters that are defined and supported by
          specific vendors.
          In the future, filters showing convergence in behavior across multiple
          implementations will be considered for inclusion in extended or core
          conformance levels. Filter-specific configuration for such filters
          is specified using the ExtensionRef field. ``Type`` should be set to
          "ExtensionRef" for custom filters.

        Implementers are encouraged to define custom implementation types to
        extend the core API with implementation-specific behavior.

        If a reference to a custom filter type cannot be resolved, the filter
        MUST NOT be skipped. Instead, requests that would have been processed by
        that filter MUST receive a HTTP error response.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesBackendRefsFiltersType", result)

    @builtins.property
    def cors(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors"]:
        '''CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#cors
        '''
        result = self._values.get("cors")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors"], result)

    @builtins.property
    def extension_ref(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef"]:
        '''ExtensionRef is an optional, implementation-specific extension to the "filter" behavior.

        For example, resource "myroutefilter" in group
        "networking.example.net"). ExtensionRef MUST NOT be used for core and
        extended filters.

        This filter can be used multiple times within the same rule.

        Support: Implementation-specific

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#extensionRef
        '''
        result = self._values.get("extension_ref")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef"], result)

    @builtins.property
    def request_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier"]:
        '''RequestHeaderModifier defines a schema for a filter that modifies request headers.

        Support: Core

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#requestHeaderModifier
        '''
        result = self._values.get("request_header_modifier")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier"], result)

    @builtins.property
    def request_mirror(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror"]:
        '''RequestMirror defines a schema for a filter that mirrors requests.

        Requests are sent to the specified destination, but responses from
        that destination are ignored.

        This filter can be used multiple times within the same rule. Note that
        not all implementations will be able to support mirroring to multiple
        backends.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#requestMirror
        '''
        result = self._values.get("request_mirror")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror"], result)

    @builtins.property
    def request_redirect(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect"]:
        '''RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection.

        Support: Core

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#requestRedirect
        '''
        result = self._values.get("request_redirect")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect"], result)

    @builtins.property
    def response_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier"]:
        '''ResponseHeaderModifier defines a schema for a filter that modifies response headers.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#responseHeaderModifier
        '''
        result = self._values.get("response_header_modifier")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier"], result)

    @builtins.property
    def url_rewrite(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite"]:
        '''URLRewrite defines a schema for a filter that modifies a request during forwarding.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#urlRewrite
        '''
        result = self._values.get("url_rewrite")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFilters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors",
    jsii_struct_bases=[],
    name_mapping={
        "allow_credentials": "allowCredentials",
        "allow_headers": "allowHeaders",
        "allow_methods": "allowMethods",
        "allow_origins": "allowOrigins",
        "expose_headers": "exposeHeaders",
        "max_age": "maxAge",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors:
    def __init__(
        self,
        *,
        allow_credentials: typing.Optional[builtins.bool] = None,
        allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_methods: typing.Optional[typing.Sequence["HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods"]] = None,
        allow_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
        expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_age: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header.

        Support: Extended

        :param allow_credentials: AllowCredentials indicates whether the actual cross-origin request allows to include credentials. When set to true, the gateway will include the ``Access-Control-Allow-Credentials`` response header with value true (case-sensitive). When set to false or omitted the gateway will omit the header ``Access-Control-Allow-Credentials`` entirely (this is the standard CORS behavior). Support: Extended
        :param allow_headers: AllowHeaders indicates which HTTP request headers are supported for accessing the requested resource. Header names are not case-sensitive. Multiple header names in the value of the ``Access-Control-Allow-Headers`` response header are separated by a comma (","). When the ``allowHeaders`` field is configured with one or more headers, the gateway must return the ``Access-Control-Allow-Headers`` response header which value is present in the ``allowHeaders`` field. If any header name in the ``Access-Control-Request-Headers`` request header is not included in the list of header names specified by the response header ``Access-Control-Allow-Headers``, it will present an error on the client side. If any header name in the ``Access-Control-Allow-Headers`` response header does not recognize by the client, it will also occur an error on the client side. A wildcard indicates that the requests with all HTTP headers are allowed. If the configuration contains the wildcard ``*`` in ``allowHeaders`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Headers`` response header may either contain the wildcard ``*`` or echo the value of the ``Access-Control-Request-Headers`` request header. If the configuration contains the wildcard ``*`` in ``allowHeaders`` and ``allowCredentials`` is set to ``true``, the gateway must not return ``*`` in the ``Access-Control-Allow-Headers`` response header. Instead, it must return one or more header names matching the value of the ``Access-Control-Request-Headers`` request header. If the ``Access-Control-Request-Headers`` header is not present in the request, the gateway must omit the ``Access-Control-Allow-Headers`` response header. Support: Extended
        :param allow_methods: AllowMethods indicates which HTTP methods are supported for accessing the requested resource. Valid values are any method defined by RFC9110, along with the special value ``*``, which represents all HTTP methods are allowed. Method names are case-sensitive, so these values are also case-sensitive. (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1) Multiple method names in the value of the ``Access-Control-Allow-Methods`` response header are separated by a comma (","). A CORS-safelisted method is a method that is ``GET``, ``HEAD``, or ``POST``. (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The CORS-safelisted methods are always allowed, regardless of whether they are specified in the ``allowMethods`` field. When the ``allowMethods`` field is configured with one or more methods, the gateway must return the ``Access-Control-Allow-Methods`` response header which value is present in the ``allowMethods`` field. If the HTTP method of the ``Access-Control-Request-Method`` request header is not included in the list of methods specified by the response header ``Access-Control-Allow-Methods``, it will present an error on the client side. If the configuration contains the wildcard ``*`` in ``allowMethods`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Methods`` response header may either contain the wildcard ``*`` or echo the value of the ``Access-Control-Request-Method`` request header. If the configuration contains the wildcard ``*`` in ``allowMethods`` and ``allowCredentials`` is set to ``true``, the gateway must not return ``*`` in the ``Access-Control-Allow-Methods`` response header. Instead, it must return a single HTTP method matching the value of the ``Access-Control-Request-Method`` request header. If the ``Access-Control-Request-Method`` header is not present in the request, the gateway must omit the ``Access-Control-Allow-Methods`` response header. Support: Extended
        :param allow_origins: AllowOrigins indicates whether the response can be shared with requested resource from the given ``Origin``. The ``Origin`` consists of a scheme and a host, with an optional port, and takes the form ``<scheme>://<host>(:<port>)``. Valid values for scheme are: ``http`` and ``https``. Valid values for port are any integer between 1 and 65535 (the list of available TCP/UDP ports). Note that, if not included, port ``80`` is assumed for ``http`` scheme origins, and port ``443`` is assumed for ``https`` origins. This may affect origin matching. The host part of the origin may contain the wildcard character ``*``. These wildcard characters behave as follows: - ``*`` is a greedy match to the *left*, including any number of DNS labels to the left of its position. This also means that ``*`` will include any number of period ``.`` characters to the left of its position. - A wildcard by itself matches all hosts. An origin value that includes *only* the ``*`` character indicates requests from all ``Origin``s are allowed. When the ``allowOrigins`` field is configured with multiple origins, it means the server supports clients from multiple origins. If the request ``Origin`` matches the configured allowed origins, the gateway must return the given ``Origin`` and sets value of the header ``Access-Control-Allow-Origin`` same as the ``Origin`` header provided by the client. The status code of a successful response to a "preflight" request is always an OK status (i.e., 204 or 200). If the request ``Origin`` does not match the configured allowed origins, the gateway returns 204/200 response but doesn't set the relevant cross-origin response headers. Alternatively, the gateway responds with 403 status to the "preflight" request is denied, coupled with omitting the CORS headers. The cross-origin request fails on the client side. Therefore, the client doesn't attempt the actual cross-origin request. Conversely, if the request ``Origin`` matches one of the configured allowed origins, the gateway sets the response header ``Access-Control-Allow-Origin`` to the same value as the ``Origin`` header provided by the client. If the configuration contains the wildcard ``*`` in ``allowOrigins`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Origin`` response header may either contain the wildcard ``*`` or echo the value of the ``Origin`` request header. If the configuration contains the wildcard ``*`` in ``allowOrigins`` and ``allowCredentials`` is set to ``true``, the gateway must not return ``*`` in the ``Access-Control-Allow-Origin`` response header. Instead, it must return a single origin matching the value of the ``Origin`` request header. Support: Extended
        :param expose_headers: ExposeHeaders indicates which HTTP response headers can be exposed to client-side scripts in response to a cross-origin request. A CORS-safelisted response header is an HTTP header in a CORS response that it is considered safe to expose to the client scripts. The CORS-safelisted response headers include the following headers: ``Cache-Control`` ``Content-Language`` ``Content-Length`` ``Content-Type`` ``Expires`` ``Last-Modified`` ``Pragma`` (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name) The CORS-safelisted response headers are exposed to client by default. When an HTTP header name is specified using the ``exposeHeaders`` field, this additional header will be exposed as part of the response to the client. Header names are not case-sensitive. Multiple header names in the value of the ``Access-Control-Expose-Headers`` response header are separated by a comma (","). A wildcard indicates that the responses with all HTTP headers are exposed to clients. If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Expose-Headers`` response header can contain the wildcard ``*``. If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and ``allowCredentials`` is set to ``true``, the gateway cannot use the ``*`` in the ``Access-Control-Expose-Headers`` response header. Support: Extended
        :param max_age: MaxAge indicates the duration (in seconds) for the client to cache the results of a "preflight" request. The information provided by the ``Access-Control-Allow-Methods`` and ``Access-Control-Allow-Headers`` response headers can be cached by the client until the time specified by ``Access-Control-Max-Age`` elapses. The default value of ``Access-Control-Max-Age`` response header is 5 (seconds). When the ``MaxAge`` field is unspecified, the gateway sets the response header "Access-Control-Max-Age: 5" by default.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__52c5526cdf6bb252f89723c25976a5639ae24bb9202b14910306537249980cc7)
            check_type(argname="argument allow_credentials", value=allow_credentials, expected_type=type_hints["allow_credentials"])
            check_type(argname="argument allow_headers", value=allow_headers, expected_type=type_hints["allow_headers"])
            check_type(argname="argument allow_methods", value=allow_methods, expected_type=type_hints["allow_methods"])
            check_type(argname="argument allow_origins", value=allow_origins, expected_type=type_hints["allow_origins"])
            check_type(argname="argument expose_headers", value=expose_headers, expected_type=type_hints["expose_headers"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_credentials is not None:
            self._values["allow_credentials"] = allow_credentials
        if allow_headers is not None:
            self._values["allow_headers"] = allow_headers
        if allow_methods is not None:
            self._values["allow_methods"] = allow_methods
        if allow_origins is not None:
            self._values["allow_origins"] = allow_origins
        if expose_headers is not None:
            self._values["expose_headers"] = expose_headers
        if max_age is not None:
            self._values["max_age"] = max_age

    @builtins.property
    def allow_credentials(self) -> typing.Optional[builtins.bool]:
        '''AllowCredentials indicates whether the actual cross-origin request allows to include credentials.

        When set to true, the gateway will include the ``Access-Control-Allow-Credentials``
        response header with value true (case-sensitive).

        When set to false or omitted the gateway will omit the header
        ``Access-Control-Allow-Credentials`` entirely (this is the standard CORS
        behavior).

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#allowCredentials
        '''
        result = self._values.get("allow_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AllowHeaders indicates which HTTP request headers are supported for accessing the requested resource.

        Header names are not case-sensitive.

        Multiple header names in the value of the ``Access-Control-Allow-Headers``
        response header are separated by a comma (",").

        When the ``allowHeaders`` field is configured with one or more headers, the
        gateway must return the ``Access-Control-Allow-Headers`` response header
        which value is present in the ``allowHeaders`` field.

        If any header name in the ``Access-Control-Request-Headers`` request header
        is not included in the list of header names specified by the response
        header ``Access-Control-Allow-Headers``, it will present an error on the
        client side.

        If any header name in the ``Access-Control-Allow-Headers`` response header
        does not recognize by the client, it will also occur an error on the
        client side.

        A wildcard indicates that the requests with all HTTP headers are allowed.

        If the configuration contains the wildcard ``*`` in ``allowHeaders`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Headers``
        response header may either contain the wildcard ``*`` or echo the value
        of the ``Access-Control-Request-Headers`` request header.

        If the configuration contains the wildcard ``*`` in ``allowHeaders`` and
        ``allowCredentials`` is set to ``true``, the gateway must not return ``*``
        in the ``Access-Control-Allow-Headers`` response header. Instead, it must
        return one or more header names matching the value of the
        ``Access-Control-Request-Headers`` request header.
        If the ``Access-Control-Request-Headers`` header is not present in the
        request, the gateway must omit the ``Access-Control-Allow-Headers``
        response header.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#allowHeaders
        '''
        result = self._values.get("allow_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_methods(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods"]]:
        '''AllowMethods indicates which HTTP methods are supported for accessing the requested resource.

        Valid values are any method defined by RFC9110, along with the special
        value ``*``, which represents all HTTP methods are allowed.

        Method names are case-sensitive, so these values are also case-sensitive.
        (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)

        Multiple method names in the value of the ``Access-Control-Allow-Methods``
        response header are separated by a comma (",").

        A CORS-safelisted method is a method that is ``GET``, ``HEAD``, or ``POST``.
        (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
        CORS-safelisted methods are always allowed, regardless of whether they
        are specified in the ``allowMethods`` field.

        When the ``allowMethods`` field is configured with one or more methods, the
        gateway must return the ``Access-Control-Allow-Methods`` response header
        which value is present in the ``allowMethods`` field.

        If the HTTP method of the ``Access-Control-Request-Method`` request header
        is not included in the list of methods specified by the response header
        ``Access-Control-Allow-Methods``, it will present an error on the client
        side.

        If the configuration contains the wildcard ``*`` in ``allowMethods`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Methods``
        response header may either contain the wildcard ``*`` or echo the value
        of the ``Access-Control-Request-Method`` request header.

        If the configuration contains the wildcard ``*`` in ``allowMethods`` and
        ``allowCredentials`` is set to ``true``, the gateway must not return ``*``
        in the ``Access-Control-Allow-Methods`` response header. Instead, it must
        return a single HTTP method matching the value of the
        ``Access-Control-Request-Method`` request header.
        If the ``Access-Control-Request-Method`` header is not present in the request,
        the gateway must omit the ``Access-Control-Allow-Methods`` response header.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#allowMethods
        '''
        result = self._values.get("allow_methods")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods"]], result)

    @builtins.property
    def allow_origins(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AllowOrigins indicates whether the response can be shared with requested resource from the given ``Origin``.

        The ``Origin`` consists of a scheme and a host, with an optional port, and
        takes the form ``<scheme>://<host>(:<port>)``.

        Valid values for scheme are: ``http`` and ``https``.

        Valid values for port are any integer between 1 and 65535 (the list of
        available TCP/UDP ports). Note that, if not included, port ``80`` is
        assumed for ``http`` scheme origins, and port ``443`` is assumed for ``https``
        origins. This may affect origin matching.

        The host part of the origin may contain the wildcard character ``*``. These
        wildcard characters behave as follows:

        - ``*`` is a greedy match to the *left*, including any number of
          DNS labels to the left of its position. This also means that
          ``*`` will include any number of period ``.`` characters to the
          left of its position.
        - A wildcard by itself matches all hosts.

        An origin value that includes *only* the ``*`` character indicates requests
        from all ``Origin``s are allowed.

        When the ``allowOrigins`` field is configured with multiple origins, it
        means the server supports clients from multiple origins. If the request
        ``Origin`` matches the configured allowed origins, the gateway must return
        the given ``Origin`` and sets value of the header
        ``Access-Control-Allow-Origin`` same as the ``Origin`` header provided by the
        client.

        The status code of a successful response to a "preflight" request is
        always an OK status (i.e., 204 or 200).

        If the request ``Origin`` does not match the configured allowed origins,
        the gateway returns 204/200 response but doesn't set the relevant
        cross-origin response headers. Alternatively, the gateway responds with
        403 status to the "preflight" request is denied, coupled with omitting
        the CORS headers. The cross-origin request fails on the client side.
        Therefore, the client doesn't attempt the actual cross-origin request.

        Conversely, if the request ``Origin`` matches one of the configured
        allowed origins, the gateway sets the response header
        ``Access-Control-Allow-Origin`` to the same value as the ``Origin``
        header provided by the client.

        If the configuration contains the wildcard ``*`` in ``allowOrigins`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Origin``
        response header may either contain the wildcard ``*`` or echo the value
        of the ``Origin`` request header.

        If the configuration contains the wildcard ``*`` in ``allowOrigins`` and
        ``allowCredentials`` is set to ``true``, the gateway must not return ``*``
        in the ``Access-Control-Allow-Origin`` response header. Instead, it must
        return a single origin matching the value of the ``Origin`` request header.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#allowOrigins
        '''
        result = self._values.get("allow_origins")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def expose_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExposeHeaders indicates which HTTP response headers can be exposed to client-side scripts in response to a cross-origin request.

        A CORS-safelisted response header is an HTTP header in a CORS response
        that it is considered safe to expose to the client scripts.
        The CORS-safelisted response headers include the following headers:
        ``Cache-Control``
        ``Content-Language``
        ``Content-Length``
        ``Content-Type``
        ``Expires``
        ``Last-Modified``
        ``Pragma``
        (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
        The CORS-safelisted response headers are exposed to client by default.

        When an HTTP header name is specified using the ``exposeHeaders`` field,
        this additional header will be exposed as part of the response to the
        client.

        Header names are not case-sensitive.

        Multiple header names in the value of the ``Access-Control-Expose-Headers``
        response header are separated by a comma (",").

        A wildcard indicates that the responses with all HTTP headers are exposed
        to clients.

        If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Expose-Headers``
        response header can contain the wildcard ``*``.

        If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and
        ``allowCredentials`` is set to ``true``, the gateway cannot use the ``*``
        in the ``Access-Control-Expose-Headers`` response header.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#exposeHeaders
        '''
        result = self._values.get("expose_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''MaxAge indicates the duration (in seconds) for the client to cache the results of a "preflight" request.

        The information provided by the ``Access-Control-Allow-Methods`` and
        ``Access-Control-Allow-Headers`` response headers can be cached by the
        client until the time specified by ``Access-Control-Max-Age`` elapses.

        The default value of ``Access-Control-Max-Age`` response header is 5
        (seconds).

        When the ``MaxAge`` field is unspecified, the gateway sets the response
        header "Access-Control-Max-Age: 5" by default.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods"
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods
    '''

    GET = "GET"
    '''GET.'''
    HEAD = "HEAD"
    '''HEAD.'''
    POST = "POST"
    '''POST.'''
    PUT = "PUT"
    '''PUT.'''
    DELETE = "DELETE"
    '''DELETE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    OPTIONS = "OPTIONS"
    '''OPTIONS.'''
    TRACE = "TRACE"
    '''TRACE.'''
    PATCH = "PATCH"
    '''PATCH.'''
    VALUE_ASTERISK = "VALUE_ASTERISK"
    '''*.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''ExtensionRef is an optional, implementation-specific extension to the "filter" behavior.

        For example, resource "myroutefilter" in group
        "networking.example.net"). ExtensionRef MUST NOT be used for core and
        extended filters.

        This filter can be used multiple times within the same rule.

        Support: Implementation-specific

        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is kind of the referent. For example "HTTPRoute" or "Service".
        :param name: Name is the name of the referent.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8947d89287c2cdbac9f7de7c5e0d682fb97bd82f4653c878f75cbc092a7d088)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is kind of the referent.

        For example "HTTPRoute" or "Service".

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''RequestHeaderModifier defines a schema for a filter that modifies request headers.

        Support: Core

        :param add: Add adds the given header(s) (name, value) to the request before the action. It appends to any existing values associated with the header name. Input: GET /foo HTTP/1.1 my-header: foo Config: add: - name: "my-header" value: "bar,baz" Output: GET /foo HTTP/1.1 my-header: foo,bar,baz
        :param remove: Remove the given header(s) from the HTTP request before the action. The value of Remove is a list of HTTP header names. Note that the header names are case-insensitive (see https://datatracker.ietf.org/doc/html/rfc2616#section-4.2). Input: GET /foo HTTP/1.1 my-header1: foo my-header2: bar my-header3: baz Config: remove: ["my-header1", "my-header3"] Output: GET /foo HTTP/1.1 my-header2: bar
        :param set: Set overwrites the request with the given header (name, value) before the action. Input: GET /foo HTTP/1.1 my-header: foo Config: set: - name: "my-header" value: "bar" Output: GET /foo HTTP/1.1 my-header: bar

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5274b7e9c968f30aca3aa8b791bd25e599b691c87cd123195b51c3170af8c8ec)
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
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd"]]:
        '''Add adds the given header(s) (name, value) to the request before the action.

        It appends to any existing values associated
        with the header name.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        add:

        - name: "my-header"
          value: "bar,baz"

        Output:
        GET /foo HTTP/1.1
        my-header: foo,bar,baz

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given header(s) from the HTTP request before the action.

        The
        value of Remove is a list of HTTP header names. Note that the header
        names are case-insensitive (see
        https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).

        Input:
        GET /foo HTTP/1.1
        my-header1: foo
        my-header2: bar
        my-header3: baz

        Config:
        remove: ["my-header1", "my-header3"]

        Output:
        GET /foo HTTP/1.1
        my-header2: bar

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet"]]:
        '''Set overwrites the request with the given header (name, value) before the action.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        set:

        - name: "my-header"
          value: "bar"

        Output:
        GET /foo HTTP/1.1
        my-header: bar

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7c1e136fcc933c708ba2f11b688349d7f65d6d7bd1e351c7764bdebe1bdd780)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba83f17d4cd54b8e71049145861ccf09500440daf541a8b039f56b7054ad6c54)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror",
    jsii_struct_bases=[],
    name_mapping={
        "backend_ref": "backendRef",
        "fraction": "fraction",
        "percent": "percent",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror:
    def __init__(
        self,
        *,
        backend_ref: typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef", typing.Dict[builtins.str, typing.Any]],
        fraction: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction", typing.Dict[builtins.str, typing.Any]]] = None,
        percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''RequestMirror defines a schema for a filter that mirrors requests.

        Requests are sent to the specified destination, but responses from
        that destination are ignored.

        This filter can be used multiple times within the same rule. Note that
        not all implementations will be able to support mirroring to multiple
        backends.

        Support: Extended

        :param backend_ref: BackendRef references a resource where mirrored requests are sent. Mirrored requests must be sent only to a single destination endpoint within this BackendRef, irrespective of how many endpoints are present within this BackendRef. If the referent cannot be found, this BackendRef is invalid and must be dropped from the Gateway. The controller must ensure the "ResolvedRefs" condition on the Route status is set to ``status: False`` and not configure this backend in the underlying implementation. If there is a cross-namespace reference to an *existing* object that is not allowed by a ReferenceGrant, the controller must ensure the "ResolvedRefs" condition on the Route is set to ``status: False``, with the "RefNotPermitted" reason and not configure this backend in the underlying implementation. In either error case, the Message of the ``ResolvedRefs`` Condition should be used to provide more detail about the problem. Support: Extended for Kubernetes Service Support: Implementation-specific for any other resource If the backend service requires TLS, use BackendTLSPolicy to tell the implementation to supply the TLS details to be used to connect to that backend.
        :param fraction: Fraction represents the fraction of requests that should be mirrored to BackendRef. Only one of Fraction or Percent may be specified. If neither field is specified, 100% of requests will be mirrored.
        :param percent: Percent represents the percentage of requests that should be mirrored to BackendRef. Its minimum value is 0 (indicating 0% of requests) and its maximum value is 100 (indicating 100% of requests). Only one of Fraction or Percent may be specified. If neither field is specified, 100% of requests will be mirrored.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror
        '''
        if isinstance(backend_ref, dict):
            backend_ref = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef(**backend_ref)
        if isinstance(fraction, dict):
            fraction = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction(**fraction)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__166335dec96f8960a95df9cd909f628cd056af23d30cbaa0949a0e35e1c61227)
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
            check_type(argname="argument fraction", value=fraction, expected_type=type_hints["fraction"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "backend_ref": backend_ref,
        }
        if fraction is not None:
            self._values["fraction"] = fraction
        if percent is not None:
            self._values["percent"] = percent

    @builtins.property
    def backend_ref(
        self,
    ) -> "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef":
        '''BackendRef references a resource where mirrored requests are sent.

        Mirrored requests must be sent only to a single destination endpoint
        within this BackendRef, irrespective of how many endpoints are present
        within this BackendRef.

        If the referent cannot be found, this BackendRef is invalid and must be
        dropped from the Gateway. The controller must ensure the "ResolvedRefs"
        condition on the Route status is set to ``status: False`` and not configure
        this backend in the underlying implementation.

        If there is a cross-namespace reference to an *existing* object
        that is not allowed by a ReferenceGrant, the controller must ensure the
        "ResolvedRefs"  condition on the Route is set to ``status: False``,
        with the "RefNotPermitted" reason and not configure this backend in the
        underlying implementation.

        In either error case, the Message of the ``ResolvedRefs`` Condition
        should be used to provide more detail about the problem.

        Support: Extended for Kubernetes Service

        Support: Implementation-specific for any other resource

        If the backend service requires TLS, use BackendTLSPolicy to tell the
        implementation to supply the TLS details to be used to connect to that
        backend.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror#backendRef
        '''
        result = self._values.get("backend_ref")
        assert result is not None, "Required property 'backend_ref' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef", result)

    @builtins.property
    def fraction(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction"]:
        '''Fraction represents the fraction of requests that should be mirrored to BackendRef.

        Only one of Fraction or Percent may be specified. If neither field
        is specified, 100% of requests will be mirrored.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror#fraction
        '''
        result = self._values.get("fraction")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction"], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''Percent represents the percentage of requests that should be mirrored to BackendRef.

        Its minimum value is 0 (indicating 0% of
        requests) and its maximum value is 100 (indicating 100% of requests).

        Only one of Fraction or Percent may be specified. If neither field
        is specified, 100% of requests will be mirrored.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''BackendRef references a resource where mirrored requests are sent.

        Mirrored requests must be sent only to a single destination endpoint
        within this BackendRef, irrespective of how many endpoints are present
        within this BackendRef.

        If the referent cannot be found, this BackendRef is invalid and must be
        dropped from the Gateway. The controller must ensure the "ResolvedRefs"
        condition on the Route status is set to ``status: False`` and not configure
        this backend in the underlying implementation.

        If there is a cross-namespace reference to an *existing* object
        that is not allowed by a ReferenceGrant, the controller must ensure the
        "ResolvedRefs"  condition on the Route is set to ``status: False``,
        with the "RefNotPermitted" reason and not configure this backend in the
        underlying implementation.

        In either error case, the Message of the ``ResolvedRefs`` Condition
        should be used to provide more detail about the problem.

        Support: Extended for Kubernetes Service

        Support: Implementation-specific for any other resource

        If the backend service requires TLS, use BackendTLSPolicy to tell the
        implementation to supply the TLS details to be used to connect to that
        backend.

        :param name: Name is the name of the referent.
        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is the Kubernetes resource kind of the referent. For example "Service". Defaults to "Service" when not specified. ExternalName services can refer to CNAME DNS records that may live outside of the cluster and as such are difficult to reason about in terms of conformance. They also may not be safe to forward to (see CVE-2021-25740 for more information). Implementations SHOULD NOT support ExternalName Services. Support: Core (Services with a type other than ExternalName) Support: Implementation-specific (Services with type ExternalName) Default: Service" when not specified.
        :param namespace: Namespace is the namespace of the backend. When unspecified, the local namespace is inferred. Note that when a namespace different than the local namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. Support: Core
        :param port: Port specifies the destination port number to use for this resource. Port is required when the referent is a Kubernetes Service. In this case, the port number is the service port number, not the target port. For other resources, destination port might be derived from the referent resource or this field.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__495928f061fece1d55bc9becd229810dfef8fde92f43993cd3a4d844403b788f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the Kubernetes resource kind of the referent. For example "Service".

        Defaults to "Service" when not specified.

        ExternalName services can refer to CNAME DNS records that may live
        outside of the cluster and as such are difficult to reason about in
        terms of conformance. They also may not be safe to forward to (see
        CVE-2021-25740 for more information). Implementations SHOULD NOT
        support ExternalName Services.

        Support: Core (Services with a type other than ExternalName)

        Support: Implementation-specific (Services with type ExternalName)

        :default: Service" when not specified.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the backend. When unspecified, the local namespace is inferred.

        Note that when a namespace different than the local namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        Support: Core

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port specifies the destination port number to use for this resource.

        Port is required when the referent is a Kubernetes Service. In this
        case, the port number is the service port number, not the target port.
        For other resources, destination port might be derived from the referent
        resource or this field.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction",
    jsii_struct_bases=[],
    name_mapping={"numerator": "numerator", "denominator": "denominator"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction:
    def __init__(
        self,
        *,
        numerator: jsii.Number,
        denominator: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Fraction represents the fraction of requests that should be mirrored to BackendRef.

        Only one of Fraction or Percent may be specified. If neither field
        is specified, 100% of requests will be mirrored.

        :param numerator: 
        :param denominator: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__32211d4d98f0297433e7e125125542a4b86bf747c62178cdf6e8f00a3ca97ecb)
            check_type(argname="argument numerator", value=numerator, expected_type=type_hints["numerator"])
            check_type(argname="argument denominator", value=denominator, expected_type=type_hints["denominator"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "numerator": numerator,
        }
        if denominator is not None:
            self._values["denominator"] = denominator

    @builtins.property
    def numerator(self) -> jsii.Number:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction#numerator
        '''
        result = self._values.get("numerator")
        assert result is not None, "Required property 'numerator' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def denominator(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction#denominator
        '''
        result = self._values.get("denominator")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status_code": "statusCode",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme"] = None,
        status_code: typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode"] = None,
    ) -> None:
        '''RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection.

        Support: Core

        :param hostname: Hostname is the hostname to be used in the value of the ``Location`` header in the response. When empty, the hostname in the ``Host`` header of the request is used. Support: Core
        :param path: Path defines parameters used to modify the path of the incoming request. The modified path is then used to construct the ``Location`` header. When empty, the request path is used as-is. Support: Extended
        :param port: Port is the port to be used in the value of the ``Location`` header in the response. If no port is specified, the redirect port MUST be derived using the following rules: - If redirect scheme is not-empty, the redirect port MUST be the well-known port associated with the redirect scheme. Specifically "http" to port 80 and "https" to port 443. If the redirect scheme does not have a well-known port, the listener port of the Gateway SHOULD be used. - If redirect scheme is empty, the redirect port MUST be the Gateway Listener port. Implementations SHOULD NOT add the port number in the 'Location' header in the following cases: - A Location header that will use HTTP (whether that is determined via the Listener protocol or the Scheme field) *and* use port 80. - A Location header that will use HTTPS (whether that is determined via the Listener protocol or the Scheme field) *and* use port 443. Support: Extended
        :param scheme: Scheme is the scheme to be used in the value of the ``Location`` header in the response. When empty, the scheme of the request is used. Scheme redirects can affect the port of the redirect, for more information, refer to the documentation for the port field of this filter. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``. Support: Extended
        :param status_code: StatusCode is the HTTP status code to be used in response. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``. Support: Core

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect
        '''
        if isinstance(path, dict):
            path = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b74c1db591d39611a269ad6c683370f920abe5aea07fd9d588a7d1275c92ef6c)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status_code", value=status_code, expected_type=type_hints["status_code"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status_code is not None:
            self._values["status_code"] = status_code

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname is the hostname to be used in the value of the ``Location`` header in the response.

        When empty, the hostname in the ``Host`` header of the request is used.

        Support: Core

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath"]:
        '''Path defines parameters used to modify the path of the incoming request.

        The modified path is then used to construct the ``Location`` header. When
        empty, the request path is used as-is.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port is the port to be used in the value of the ``Location`` header in the response.

        If no port is specified, the redirect port MUST be derived using the
        following rules:

        - If redirect scheme is not-empty, the redirect port MUST be the well-known
          port associated with the redirect scheme. Specifically "http" to port 80
          and "https" to port 443. If the redirect scheme does not have a
          well-known port, the listener port of the Gateway SHOULD be used.
        - If redirect scheme is empty, the redirect port MUST be the Gateway
          Listener port.

        Implementations SHOULD NOT add the port number in the 'Location'
        header in the following cases:

        - A Location header that will use HTTP (whether that is determined via
          the Listener protocol or the Scheme field) *and* use port 80.
        - A Location header that will use HTTPS (whether that is determined via
          the Listener protocol or the Scheme field) *and* use port 443.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme"]:
        '''Scheme is the scheme to be used in the value of the ``Location`` header in the response.

        When empty, the scheme of the request is used.

        Scheme redirects can affect the port of the redirect, for more information,
        refer to the documentation for the port field of this filter.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme"], result)

    @builtins.property
    def status_code(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode"]:
        '''StatusCode is the HTTP status code to be used in response.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        Support: Core

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#statusCode
        '''
        result = self._values.get("status_code")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath:
    def __init__(
        self,
        *,
        type: "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Path defines parameters used to modify the path of the incoming request.

        The modified path is then used to construct the ``Location`` header. When
        empty, the request path is used as-is.

        Support: Extended

        :param type: Type defines the type of path modifier. Additional types may be added in a future release of the API. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``.
        :param replace_full_path: ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.
        :param replace_prefix_match: ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect. For example, a request to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch of "/xyz" would be modified to "/xyz/bar". Note that this matches the behavior of the PathPrefix match type. This matches full path elements. A path element refers to the list of labels in the path split by the ``/`` separator. When specified, a trailing ``/`` is ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all match the prefix ``/abc``, but the path ``/abcd`` would not. ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch. Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in the implementation setting the Accepted Condition for the Route to ``status: False``. Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8870472f8af4e88075bf84da9066c761d08ebc92f306934e3ee5e702b9ee14ce)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(
        self,
    ) -> "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType":
        '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect.

        For example, a request
        to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
        of "/xyz" would be modified to "/xyz/bar".

        Note that this matches the behavior of the PathPrefix match type. This
        matches full path elements. A path element refers to the list of labels
        in the path split by the ``/`` separator. When specified, a trailing ``/`` is
        ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all
        match the prefix ``/abc``, but the path ``/abcd`` would not.

        ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch.
        Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
        the implementation setting the Accepted Condition for the Route to ``status: False``.

        Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType"
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType(enum.Enum):
    '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme"
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme(enum.Enum):
    '''Scheme is the scheme to be used in the value of the ``Location`` header in the response.

    When empty, the scheme of the request is used.

    Scheme redirects can affect the port of the redirect, for more information,
    refer to the documentation for the port field of this filter.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    Support: Extended

    :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode"
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode(enum.Enum):
    '''StatusCode is the HTTP status code to be used in response.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    Support: Core

    :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode
    '''

    VALUE_301 = "VALUE_301"
    '''301.'''
    VALUE_302 = "VALUE_302"
    '''302.'''
    VALUE_303 = "VALUE_303"
    '''303.'''
    VALUE_307 = "VALUE_307"
    '''307.'''
    VALUE_308 = "VALUE_308"
    '''308.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ResponseHeaderModifier defines a schema for a filter that modifies response headers.

        Support: Extended

        :param add: Add adds the given header(s) (name, value) to the request before the action. It appends to any existing values associated with the header name. Input: GET /foo HTTP/1.1 my-header: foo Config: add: - name: "my-header" value: "bar,baz" Output: GET /foo HTTP/1.1 my-header: foo,bar,baz
        :param remove: Remove the given header(s) from the HTTP request before the action. The value of Remove is a list of HTTP header names. Note that the header names are case-insensitive (see https://datatracker.ietf.org/doc/html/rfc2616#section-4.2). Input: GET /foo HTTP/1.1 my-header1: foo my-header2: bar my-header3: baz Config: remove: ["my-header1", "my-header3"] Output: GET /foo HTTP/1.1 my-header2: bar
        :param set: Set overwrites the request with the given header (name, value) before the action. Input: GET /foo HTTP/1.1 my-header: foo Config: set: - name: "my-header" value: "bar" Output: GET /foo HTTP/1.1 my-header: bar

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79ace2abdd881d9d482d46ce980caa7a0e1c5dcee2c57afe2f619a7f8e1ec8d4)
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
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd"]]:
        '''Add adds the given header(s) (name, value) to the request before the action.

        It appends to any existing values associated
        with the header name.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        add:

        - name: "my-header"
          value: "bar,baz"

        Output:
        GET /foo HTTP/1.1
        my-header: foo,bar,baz

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given header(s) from the HTTP request before the action.

        The
        value of Remove is a list of HTTP header names. Note that the header
        names are case-insensitive (see
        https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).

        Input:
        GET /foo HTTP/1.1
        my-header1: foo
        my-header2: bar
        my-header3: baz

        Config:
        remove: ["my-header1", "my-header3"]

        Output:
        GET /foo HTTP/1.1
        my-header2: bar

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet"]]:
        '''Set overwrites the request with the given header (name, value) before the action.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        set:

        - name: "my-header"
          value: "bar"

        Output:
        GET /foo HTTP/1.1
        my-header: bar

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5e886540c74265e275b2810b8adfb29f4d28059dae0a4a35c95ef5fb6d9742b2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__241ac181fc7bb913d4e9073ef7260720a790acad584e1ba822aac4eed421771a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersType"
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersType(enum.Enum):
    '''Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:.

    - Core: Filter types and their corresponding configuration defined by
      "Support: Core" in this package, e.g. "RequestHeaderModifier". All
      implementations must support core filters.
    - Extended: Filter types and their corresponding configuration defined by
      "Support: Extended" in this package, e.g. "RequestMirror". Implementers
      are encouraged to support extended filters.
    - Implementation-specific: Filters that are defined and supported by
      specific vendors.
      In the future, filters showing convergence in behavior across multiple
      implementations will be considered for inclusion in extended or core
      conformance levels. Filter-specific configuration for such filters
      is specified using the ExtensionRef field. ``Type`` should be set to
      "ExtensionRef" for custom filters.

    Implementers are encouraged to define custom implementation types to
    extend the core API with implementation-specific behavior.

    If a reference to a custom filter type cannot be resolved, the filter
    MUST NOT be skipped. Instead, requests that would have been processed by
    that filter MUST receive a HTTP error response.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersType
    '''

    REQUEST_HEADER_MODIFIER = "REQUEST_HEADER_MODIFIER"
    '''RequestHeaderModifier.'''
    RESPONSE_HEADER_MODIFIER = "RESPONSE_HEADER_MODIFIER"
    '''ResponseHeaderModifier.'''
    REQUEST_MIRROR = "REQUEST_MIRROR"
    '''RequestMirror.'''
    REQUEST_REDIRECT = "REQUEST_REDIRECT"
    '''RequestRedirect.'''
    URL_REWRITE = "URL_REWRITE"
    '''URLRewrite.'''
    EXTENSION_REF = "EXTENSION_REF"
    '''ExtensionRef.'''
    CORS = "CORS"
    '''CORS.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite",
    jsii_struct_bases=[],
    name_mapping={"hostname": "hostname", "path": "path"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''URLRewrite defines a schema for a filter that modifies a request during forwarding.

        Support: Extended

        :param hostname: Hostname is the value to be used to replace the Host header value during forwarding. Support: Extended
        :param path: Path defines a path rewrite. Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite
        '''
        if isinstance(path, dict):
            path = HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9bfd96efd73bb43944b1c977a43285c7d2f9c4f4f5e3010c7e4093f4b58132c2)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname is the value to be used to replace the Host header value during forwarding.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath"]:
        '''Path defines a path rewrite.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath:
    def __init__(
        self,
        *,
        type: "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Path defines a path rewrite.

        Support: Extended

        :param type: Type defines the type of path modifier. Additional types may be added in a future release of the API. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``.
        :param replace_full_path: ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.
        :param replace_prefix_match: ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect. For example, a request to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch of "/xyz" would be modified to "/xyz/bar". Note that this matches the behavior of the PathPrefix match type. This matches full path elements. A path element refers to the list of labels in the path split by the ``/`` separator. When specified, a trailing ``/`` is ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all match the prefix ``/abc``, but the path ``/abcd`` would not. ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch. Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in the implementation setting the Accepted Condition for the Route to ``status: False``. Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36c236062e42a157d21b3029d3429a0bb89ca62ebfa838a2f1a0910e1be4a985)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType":
        '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect.

        For example, a request
        to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
        of "/xyz" would be modified to "/xyz/bar".

        Note that this matches the behavior of the PathPrefix match type. This
        matches full path elements. A path element refers to the list of labels
        in the path split by the ``/`` separator. When specified, a trailing ``/`` is
        ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all
        match the prefix ``/abc``, but the path ``/abcd`` would not.

        ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch.
        Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
        the implementation setting the Accepted Condition for the Route to ``status: False``.

        Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType"
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType(enum.Enum):
    '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFilters",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "cors": "cors",
        "extension_ref": "extensionRef",
        "request_header_modifier": "requestHeaderModifier",
        "request_mirror": "requestMirror",
        "request_redirect": "requestRedirect",
        "response_header_modifier": "responseHeaderModifier",
        "url_rewrite": "urlRewrite",
    },
)
class HttpRouteV1Beta1SpecRulesFilters:
    def __init__(
        self,
        *,
        type: "HttpRouteV1Beta1SpecRulesFiltersType",
        cors: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersCors", typing.Dict[builtins.str, typing.Any]]] = None,
        extension_ref: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersExtensionRef", typing.Dict[builtins.str, typing.Any]]] = None,
        request_header_modifier: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        request_mirror: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        request_redirect: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        response_header_modifier: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        url_rewrite: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersUrlRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''HTTPRouteFilter defines processing steps that must be completed during the request or response lifecycle.

        HTTPRouteFilters are meant as an extension
        point to express processing that may be done in Gateway implementations. Some
        examples include request or response modification, implementing
        authentication strategies, rate-limiting, and traffic shaping. API
        guarantee/conformance is defined based on the type of the filter.

        :param type: Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:. - Core: Filter types and their corresponding configuration defined by "Support: Core" in this package, e.g. "RequestHeaderModifier". All implementations must support core filters. - Extended: Filter types and their corresponding configuration defined by "Support: Extended" in this package, e.g. "RequestMirror". Implementers are encouraged to support extended filters. - Implementation-specific: Filters that are defined and supported by specific vendors. In the future, filters showing convergence in behavior across multiple implementations will be considered for inclusion in extended or core conformance levels. Filter-specific configuration for such filters is specified using the ExtensionRef field. ``Type`` should be set to "ExtensionRef" for custom filters. Implementers are encouraged to define custom implementation types to extend the core API with implementation-specific behavior. If a reference to a custom filter type cannot be resolved, the filter MUST NOT be skipped. Instead, requests that would have been processed by that filter MUST receive a HTTP error response. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``.
        :param cors: CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header. Support: Extended
        :param extension_ref: ExtensionRef is an optional, implementation-specific extension to the "filter" behavior. For example, resource "myroutefilter" in group "networking.example.net"). ExtensionRef MUST NOT be used for core and extended filters. This filter can be used multiple times within the same rule. Support: Implementation-specific
        :param request_header_modifier: RequestHeaderModifier defines a schema for a filter that modifies request headers. Support: Core
        :param request_mirror: RequestMirror defines a schema for a filter that mirrors requests. Requests are sent to the specified destination, but responses from that destination are ignored. This filter can be used multiple times within the same rule. Note that not all implementations will be able to support mirroring to multiple backends. Support: Extended
        :param request_redirect: RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection. Support: Core
        :param response_header_modifier: ResponseHeaderModifier defines a schema for a filter that modifies response headers. Support: Extended
        :param url_rewrite: URLRewrite defines a schema for a filter that modifies a request during forwarding. Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFilters
        '''
        if isinstance(cors, dict):
            cors = HttpRouteV1Beta1SpecRulesFiltersCors(**cors)
        if isinstance(extension_ref, dict):
            extension_ref = HttpRouteV1Beta1SpecRulesFiltersExtensionRef(**extension_ref)
        if isinstance(request_header_modifier, dict):
            request_header_modifier = HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier(**request_header_modifier)
        if isinstance(request_mirror, dict):
            request_mirror = HttpRouteV1Beta1SpecRulesFiltersRequestMirror(**request_mirror)
        if isinstance(request_redirect, dict):
            request_redirect = HttpRouteV1Beta1SpecRulesFiltersRequestRedirect(**request_redirect)
        if isinstance(response_header_modifier, dict):
            response_header_modifier = HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier(**response_header_modifier)
        if isinstance(url_rewrite, dict):
            url_rewrite = HttpRouteV1Beta1SpecRulesFiltersUrlRewrite(**url_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__baed723cfe163e044aaf45e082ca7cab85f5ca1a17745f4da85559a5d79db2e0)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument cors", value=cors, expected_type=type_hints["cors"])
            check_type(argname="argument extension_ref", value=extension_ref, expected_type=type_hints["extension_ref"])
            check_type(argname="argument request_header_modifier", value=request_header_modifier, expected_type=type_hints["request_header_modifier"])
            check_type(argname="argument request_mirror", value=request_mirror, expected_type=type_hints["request_mirror"])
            check_type(argname="argument request_redirect", value=request_redirect, expected_type=type_hints["request_redirect"])
            check_type(argname="argument response_header_modifier", value=response_header_modifier, expected_type=type_hints["response_header_modifier"])
            check_type(argname="argument url_rewrite", value=url_rewrite, expected_type=type_hints["url_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if cors is not None:
            self._values["cors"] = cors
        if extension_ref is not None:
            self._values["extension_ref"] = extension_ref
        if request_header_modifier is not None:
            self._values["request_header_modifier"] = request_header_modifier
        if request_mirror is not None:
            self._values["request_mirror"] = request_mirror
        if request_redirect is not None:
            self._values["request_redirect"] = request_redirect
        if response_header_modifier is not None:
            self._values["response_header_modifier"] = response_header_modifier
        if url_rewrite is not None:
            self._values["url_rewrite"] = url_rewrite

    @builtins.property
    def type(self) -> "HttpRouteV1Beta1SpecRulesFiltersType":
        '''Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:.

        - Core: Filter types and their corresponding configuration defined by
          "Support: Core" in this package, e.g. "RequestHeaderModifier". All
          implementations must support core filters.
        - Extended: Filter types and their corresponding configuration defined by
          "Support: Extended" in this package, e.g. "RequestMirror". Implementers
          are encouraged to support extended filters.
        - Implementation-specific: Filters that are defined and supported by
          specific vendors.
          In the future, filters showing convergence in behavior across multiple
          implementations will be considered for inclusion in extended or core
          conformance levels. Filter-specific configuration for such filters
          is specified using the ExtensionRef field. ``Type`` should be set to
          "ExtensionRef" for custom filters.

        Implementers are encouraged to define custom implementation types to
        extend the core API with implementation-specific behavior.

        If a reference to a custom filter type cannot be resolved, the filter
        MUST NOT be skipped. Instead, requests that would have been processed by
        that filter MUST receive a HTTP error response.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        :schema: HttpRouteV1Beta1SpecRulesFilters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesFiltersType", result)

    @builtins.property
    def cors(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersCors"]:
        '''CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFilters#cors
        '''
        result = self._values.get("cors")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersCors"], result)

    @builtins.property
    def extension_ref(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersExtensionRef"]:
        '''ExtensionRef is an optional, implementation-specific extension to the "filter" behavior.

        For example, resource "myroutefilter" in group
        "networking.example.net"). ExtensionRef MUST NOT be used for core and
        extended filters.

        This filter can be used multiple times within the same rule.

        Support: Implementation-specific

        :schema: HttpRouteV1Beta1SpecRulesFilters#extensionRef
        '''
        result = self._values.get("extension_ref")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersExtensionRef"], result)

    @builtins.property
    def request_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier"]:
        '''RequestHeaderModifier defines a schema for a filter that modifies request headers.

        Support: Core

        :schema: HttpRouteV1Beta1SpecRulesFilters#requestHeaderModifier
        '''
        result = self._values.get("request_header_modifier")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier"], result)

    @builtins.property
    def request_mirror(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestMirror"]:
        '''RequestMirror defines a schema for a filter that mirrors requests.

        Requests are sent to the specified destination, but responses from
        that destination are ignored.

        This filter can be used multiple times within the same rule. Note that
        not all implementations will be able to support mirroring to multiple
        backends.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFilters#requestMirror
        '''
        result = self._values.get("request_mirror")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestMirror"], result)

    @builtins.property
    def request_redirect(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirect"]:
        '''RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection.

        Support: Core

        :schema: HttpRouteV1Beta1SpecRulesFilters#requestRedirect
        '''
        result = self._values.get("request_redirect")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirect"], result)

    @builtins.property
    def response_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier"]:
        '''ResponseHeaderModifier defines a schema for a filter that modifies response headers.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFilters#responseHeaderModifier
        '''
        result = self._values.get("response_header_modifier")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier"], result)

    @builtins.property
    def url_rewrite(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersUrlRewrite"]:
        '''URLRewrite defines a schema for a filter that modifies a request during forwarding.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFilters#urlRewrite
        '''
        result = self._values.get("url_rewrite")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersUrlRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFilters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersCors",
    jsii_struct_bases=[],
    name_mapping={
        "allow_credentials": "allowCredentials",
        "allow_headers": "allowHeaders",
        "allow_methods": "allowMethods",
        "allow_origins": "allowOrigins",
        "expose_headers": "exposeHeaders",
        "max_age": "maxAge",
    },
)
class HttpRouteV1Beta1SpecRulesFiltersCors:
    def __init__(
        self,
        *,
        allow_credentials: typing.Optional[builtins.bool] = None,
        allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        allow_methods: typing.Optional[typing.Sequence["HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods"]] = None,
        allow_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
        expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_age: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header.

        Support: Extended

        :param allow_credentials: AllowCredentials indicates whether the actual cross-origin request allows to include credentials. When set to true, the gateway will include the ``Access-Control-Allow-Credentials`` response header with value true (case-sensitive). When set to false or omitted the gateway will omit the header ``Access-Control-Allow-Credentials`` entirely (this is the standard CORS behavior). Support: Extended
        :param allow_headers: AllowHeaders indicates which HTTP request headers are supported for accessing the requested resource. Header names are not case-sensitive. Multiple header names in the value of the ``Access-Control-Allow-Headers`` response header are separated by a comma (","). When the ``allowHeaders`` field is configured with one or more headers, the gateway must return the ``Access-Control-Allow-Headers`` response header which value is present in the ``allowHeaders`` field. If any header name in the ``Access-Control-Request-Headers`` request header is not included in the list of header names specified by the response header ``Access-Control-Allow-Headers``, it will present an error on the client side. If any header name in the ``Access-Control-Allow-Headers`` response header does not recognize by the client, it will also occur an error on the client side. A wildcard indicates that the requests with all HTTP headers are allowed. If the configuration contains the wildcard ``*`` in ``allowHeaders`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Headers`` response header may either contain the wildcard ``*`` or echo the value of the ``Access-Control-Request-Headers`` request header. If the configuration contains the wildcard ``*`` in ``allowHeaders`` and ``allowCredentials`` is set to ``true``, the gateway must not return ``*`` in the ``Access-Control-Allow-Headers`` response header. Instead, it must return one or more header names matching the value of the ``Access-Control-Request-Headers`` request header. If the ``Access-Control-Request-Headers`` header is not present in the request, the gateway must omit the ``Access-Control-Allow-Headers`` response header. Support: Extended
        :param allow_methods: AllowMethods indicates which HTTP methods are supported for accessing the requested resource. Valid values are any method defined by RFC9110, along with the special value ``*``, which represents all HTTP methods are allowed. Method names are case-sensitive, so these values are also case-sensitive. (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1) Multiple method names in the value of the ``Access-Control-Allow-Methods`` response header are separated by a comma (","). A CORS-safelisted method is a method that is ``GET``, ``HEAD``, or ``POST``. (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The CORS-safelisted methods are always allowed, regardless of whether they are specified in the ``allowMethods`` field. When the ``allowMethods`` field is configured with one or more methods, the gateway must return the ``Access-Control-Allow-Methods`` response header which value is present in the ``allowMethods`` field. If the HTTP method of the ``Access-Control-Request-Method`` request header is not included in the list of methods specified by the response header ``Access-Control-Allow-Methods``, it will present an error on the client side. If the configuration contains the wildcard ``*`` in ``allowMethods`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Methods`` response header may either contain the wildcard ``*`` or echo the value of the ``Access-Control-Request-Method`` request header. If the configuration contains the wildcard ``*`` in ``allowMethods`` and ``allowCredentials`` is set to ``true``, the gateway must not return ``*`` in the ``Access-Control-Allow-Methods`` response header. Instead, it must return a single HTTP method matching the value of the ``Access-Control-Request-Method`` request header. If the ``Access-Control-Request-Method`` header is not present in the request, the gateway must omit the ``Access-Control-Allow-Methods`` response header. Support: Extended
        :param allow_origins: AllowOrigins indicates whether the response can be shared with requested resource from the given ``Origin``. The ``Origin`` consists of a scheme and a host, with an optional port, and takes the form ``<scheme>://<host>(:<port>)``. Valid values for scheme are: ``http`` and ``https``. Valid values for port are any integer between 1 and 65535 (the list of available TCP/UDP ports). Note that, if not included, port ``80`` is assumed for ``http`` scheme origins, and port ``443`` is assumed for ``https`` origins. This may affect origin matching. The host part of the origin may contain the wildcard character ``*``. These wildcard characters behave as follows: - ``*`` is a greedy match to the *left*, including any number of DNS labels to the left of its position. This also means that ``*`` will include any number of period ``.`` characters to the left of its position. - A wildcard by itself matches all hosts. An origin value that includes *only* the ``*`` character indicates requests from all ``Origin``s are allowed. When the ``allowOrigins`` field is configured with multiple origins, it means the server supports clients from multiple origins. If the request ``Origin`` matches the configured allowed origins, the gateway must return the given ``Origin`` and sets value of the header ``Access-Control-Allow-Origin`` same as the ``Origin`` header provided by the client. The status code of a successful response to a "preflight" request is always an OK status (i.e., 204 or 200). If the request ``Origin`` does not match the configured allowed origins, the gateway returns 204/200 response but doesn't set the relevant cross-origin response headers. Alternatively, the gateway responds with 403 status to the "preflight" request is denied, coupled with omitting the CORS headers. The cross-origin request fails on the client side. Therefore, the client doesn't attempt the actual cross-origin request. Conversely, if the request ``Origin`` matches one of the configured allowed origins, the gateway sets the response header ``Access-Control-Allow-Origin`` to the same value as the ``Origin`` header provided by the client. If the configuration contains the wildcard ``*`` in ``allowOrigins`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Origin`` response header may either contain the wildcard ``*`` or echo the value of the ``Origin`` request header. If the configuration contains the wildcard ``*`` in ``allowOrigins`` and ``allowCredentials`` is set to ``true``, the gateway must not return ``*`` in the ``Access-Control-Allow-Origin`` response header. Instead, it must return a single origin matching the value of the ``Origin`` request header. Support: Extended
        :param expose_headers: ExposeHeaders indicates which HTTP response headers can be exposed to client-side scripts in response to a cross-origin request. A CORS-safelisted response header is an HTTP header in a CORS response that it is considered safe to expose to the client scripts. The CORS-safelisted response headers include the following headers: ``Cache-Control`` ``Content-Language`` ``Content-Length`` ``Content-Type`` ``Expires`` ``Last-Modified`` ``Pragma`` (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name) The CORS-safelisted response headers are exposed to client by default. When an HTTP header name is specified using the ``exposeHeaders`` field, this additional header will be exposed as part of the response to the client. Header names are not case-sensitive. Multiple header names in the value of the ``Access-Control-Expose-Headers`` response header are separated by a comma (","). A wildcard indicates that the responses with all HTTP headers are exposed to clients. If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and ``allowCredentials`` is set to ``false``, the ``Access-Control-Expose-Headers`` response header can contain the wildcard ``*``. If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and ``allowCredentials`` is set to ``true``, the gateway cannot use the ``*`` in the ``Access-Control-Expose-Headers`` response header. Support: Extended
        :param max_age: MaxAge indicates the duration (in seconds) for the client to cache the results of a "preflight" request. The information provided by the ``Access-Control-Allow-Methods`` and ``Access-Control-Allow-Headers`` response headers can be cached by the client until the time specified by ``Access-Control-Max-Age`` elapses. The default value of ``Access-Control-Max-Age`` response header is 5 (seconds). When the ``MaxAge`` field is unspecified, the gateway sets the response header "Access-Control-Max-Age: 5" by default.

        :schema: HttpRouteV1Beta1SpecRulesFiltersCors
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__03b1d331a2307ebbe4a541e1a59553a4f3ded52a8e771d62c7737db10e8a2e0c)
            check_type(argname="argument allow_credentials", value=allow_credentials, expected_type=type_hints["allow_credentials"])
            check_type(argname="argument allow_headers", value=allow_headers, expected_type=type_hints["allow_headers"])
            check_type(argname="argument allow_methods", value=allow_methods, expected_type=type_hints["allow_methods"])
            check_type(argname="argument allow_origins", value=allow_origins, expected_type=type_hints["allow_origins"])
            check_type(argname="argument expose_headers", value=expose_headers, expected_type=type_hints["expose_headers"])
            check_type(argname="argument max_age", value=max_age, expected_type=type_hints["max_age"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_credentials is not None:
            self._values["allow_credentials"] = allow_credentials
        if allow_headers is not None:
            self._values["allow_headers"] = allow_headers
        if allow_methods is not None:
            self._values["allow_methods"] = allow_methods
        if allow_origins is not None:
            self._values["allow_origins"] = allow_origins
        if expose_headers is not None:
            self._values["expose_headers"] = expose_headers
        if max_age is not None:
            self._values["max_age"] = max_age

    @builtins.property
    def allow_credentials(self) -> typing.Optional[builtins.bool]:
        '''AllowCredentials indicates whether the actual cross-origin request allows to include credentials.

        When set to true, the gateway will include the ``Access-Control-Allow-Credentials``
        response header with value true (case-sensitive).

        When set to false or omitted the gateway will omit the header
        ``Access-Control-Allow-Credentials`` entirely (this is the standard CORS
        behavior).

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFiltersCors#allowCredentials
        '''
        result = self._values.get("allow_credentials")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def allow_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AllowHeaders indicates which HTTP request headers are supported for accessing the requested resource.

        Header names are not case-sensitive.

        Multiple header names in the value of the ``Access-Control-Allow-Headers``
        response header are separated by a comma (",").

        When the ``allowHeaders`` field is configured with one or more headers, the
        gateway must return the ``Access-Control-Allow-Headers`` response header
        which value is present in the ``allowHeaders`` field.

        If any header name in the ``Access-Control-Request-Headers`` request header
        is not included in the list of header names specified by the response
        header ``Access-Control-Allow-Headers``, it will present an error on the
        client side.

        If any header name in the ``Access-Control-Allow-Headers`` response header
        does not recognize by the client, it will also occur an error on the
        client side.

        A wildcard indicates that the requests with all HTTP headers are allowed.

        If the configuration contains the wildcard ``*`` in ``allowHeaders`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Headers``
        response header may either contain the wildcard ``*`` or echo the value
        of the ``Access-Control-Request-Headers`` request header.

        If the configuration contains the wildcard ``*`` in ``allowHeaders`` and
        ``allowCredentials`` is set to ``true``, the gateway must not return ``*``
        in the ``Access-Control-Allow-Headers`` response header. Instead, it must
        return one or more header names matching the value of the
        ``Access-Control-Request-Headers`` request header.
        If the ``Access-Control-Request-Headers`` header is not present in the
        request, the gateway must omit the ``Access-Control-Allow-Headers``
        response header.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFiltersCors#allowHeaders
        '''
        result = self._values.get("allow_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def allow_methods(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods"]]:
        '''AllowMethods indicates which HTTP methods are supported for accessing the requested resource.

        Valid values are any method defined by RFC9110, along with the special
        value ``*``, which represents all HTTP methods are allowed.

        Method names are case-sensitive, so these values are also case-sensitive.
        (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)

        Multiple method names in the value of the ``Access-Control-Allow-Methods``
        response header are separated by a comma (",").

        A CORS-safelisted method is a method that is ``GET``, ``HEAD``, or ``POST``.
        (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
        CORS-safelisted methods are always allowed, regardless of whether they
        are specified in the ``allowMethods`` field.

        When the ``allowMethods`` field is configured with one or more methods, the
        gateway must return the ``Access-Control-Allow-Methods`` response header
        which value is present in the ``allowMethods`` field.

        If the HTTP method of the ``Access-Control-Request-Method`` request header
        is not included in the list of methods specified by the response header
        ``Access-Control-Allow-Methods``, it will present an error on the client
        side.

        If the configuration contains the wildcard ``*`` in ``allowMethods`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Methods``
        response header may either contain the wildcard ``*`` or echo the value
        of the ``Access-Control-Request-Method`` request header.

        If the configuration contains the wildcard ``*`` in ``allowMethods`` and
        ``allowCredentials`` is set to ``true``, the gateway must not return ``*``
        in the ``Access-Control-Allow-Methods`` response header. Instead, it must
        return a single HTTP method matching the value of the
        ``Access-Control-Request-Method`` request header.
        If the ``Access-Control-Request-Method`` header is not present in the request,
        the gateway must omit the ``Access-Control-Allow-Methods`` response header.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFiltersCors#allowMethods
        '''
        result = self._values.get("allow_methods")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods"]], result)

    @builtins.property
    def allow_origins(self) -> typing.Optional[typing.List[builtins.str]]:
        '''AllowOrigins indicates whether the response can be shared with requested resource from the given ``Origin``.

        The ``Origin`` consists of a scheme and a host, with an optional port, and
        takes the form ``<scheme>://<host>(:<port>)``.

        Valid values for scheme are: ``http`` and ``https``.

        Valid values for port are any integer between 1 and 65535 (the list of
        available TCP/UDP ports). Note that, if not included, port ``80`` is
        assumed for ``http`` scheme origins, and port ``443`` is assumed for ``https``
        origins. This may affect origin matching.

        The host part of the origin may contain the wildcard character ``*``. These
        wildcard characters behave as follows:

        - ``*`` is a greedy match to the *left*, including any number of
          DNS labels to the left of its position. This also means that
          ``*`` will include any number of period ``.`` characters to the
          left of its position.
        - A wildcard by itself matches all hosts.

        An origin value that includes *only* the ``*`` character indicates requests
        from all ``Origin``s are allowed.

        When the ``allowOrigins`` field is configured with multiple origins, it
        means the server supports clients from multiple origins. If the request
        ``Origin`` matches the configured allowed origins, the gateway must return
        the given ``Origin`` and sets value of the header
        ``Access-Control-Allow-Origin`` same as the ``Origin`` header provided by the
        client.

        The status code of a successful response to a "preflight" request is
        always an OK status (i.e., 204 or 200).

        If the request ``Origin`` does not match the configured allowed origins,
        the gateway returns 204/200 response but doesn't set the relevant
        cross-origin response headers. Alternatively, the gateway responds with
        403 status to the "preflight" request is denied, coupled with omitting
        the CORS headers. The cross-origin request fails on the client side.
        Therefore, the client doesn't attempt the actual cross-origin request.

        Conversely, if the request ``Origin`` matches one of the configured
        allowed origins, the gateway sets the response header
        ``Access-Control-Allow-Origin`` to the same value as the ``Origin``
        header provided by the client.

        If the configuration contains the wildcard ``*`` in ``allowOrigins`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Allow-Origin``
        response header may either contain the wildcard ``*`` or echo the value
        of the ``Origin`` request header.

        If the configuration contains the wildcard ``*`` in ``allowOrigins`` and
        ``allowCredentials`` is set to ``true``, the gateway must not return ``*``
        in the ``Access-Control-Allow-Origin`` response header. Instead, it must
        return a single origin matching the value of the ``Origin`` request header.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFiltersCors#allowOrigins
        '''
        result = self._values.get("allow_origins")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def expose_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExposeHeaders indicates which HTTP response headers can be exposed to client-side scripts in response to a cross-origin request.

        A CORS-safelisted response header is an HTTP header in a CORS response
        that it is considered safe to expose to the client scripts.
        The CORS-safelisted response headers include the following headers:
        ``Cache-Control``
        ``Content-Language``
        ``Content-Length``
        ``Content-Type``
        ``Expires``
        ``Last-Modified``
        ``Pragma``
        (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
        The CORS-safelisted response headers are exposed to client by default.

        When an HTTP header name is specified using the ``exposeHeaders`` field,
        this additional header will be exposed as part of the response to the
        client.

        Header names are not case-sensitive.

        Multiple header names in the value of the ``Access-Control-Expose-Headers``
        response header are separated by a comma (",").

        A wildcard indicates that the responses with all HTTP headers are exposed
        to clients.

        If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and
        ``allowCredentials`` is set to ``false``, the ``Access-Control-Expose-Headers``
        response header can contain the wildcard ``*``.

        If the configuration contains the wildcard ``*`` in ``exposeHeaders`` and
        ``allowCredentials`` is set to ``true``, the gateway cannot use the ``*``
        in the ``Access-Control-Expose-Headers`` response header.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFiltersCors#exposeHeaders
        '''
        result = self._values.get("expose_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_age(self) -> typing.Optional[jsii.Number]:
        '''MaxAge indicates the duration (in seconds) for the client to cache the results of a "preflight" request.

        The information provided by the ``Access-Control-Allow-Methods`` and
        ``Access-Control-Allow-Headers`` response headers can be cached by the
        client until the time specified by ``Access-Control-Max-Age`` elapses.

        The default value of ``Access-Control-Max-Age`` response header is 5
        (seconds).

        When the ``MaxAge`` field is unspecified, the gateway sets the response
        header "Access-Control-Max-Age: 5" by default.

        :schema: HttpRouteV1Beta1SpecRulesFiltersCors#maxAge
        '''
        result = self._values.get("max_age")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersCors(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods"
)
class HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods
    '''

    GET = "GET"
    '''GET.'''
    HEAD = "HEAD"
    '''HEAD.'''
    POST = "POST"
    '''POST.'''
    PUT = "PUT"
    '''PUT.'''
    DELETE = "DELETE"
    '''DELETE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    OPTIONS = "OPTIONS"
    '''OPTIONS.'''
    TRACE = "TRACE"
    '''TRACE.'''
    PATCH = "PATCH"
    '''PATCH.'''
    VALUE_ASTERISK = "VALUE_ASTERISK"
    '''*.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersExtensionRef",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class HttpRouteV1Beta1SpecRulesFiltersExtensionRef:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''ExtensionRef is an optional, implementation-specific extension to the "filter" behavior.

        For example, resource "myroutefilter" in group
        "networking.example.net"). ExtensionRef MUST NOT be used for core and
        extended filters.

        This filter can be used multiple times within the same rule.

        Support: Implementation-specific

        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is kind of the referent. For example "HTTPRoute" or "Service".
        :param name: Name is the name of the referent.

        :schema: HttpRouteV1Beta1SpecRulesFiltersExtensionRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4a4a6aa1dd5a58e7e813d5342c5d5c35b7bd90344bc20bd4028ba4a189adc527)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def group(self) -> builtins.str:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: HttpRouteV1Beta1SpecRulesFiltersExtensionRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is kind of the referent.

        For example "HTTPRoute" or "Service".

        :schema: HttpRouteV1Beta1SpecRulesFiltersExtensionRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: HttpRouteV1Beta1SpecRulesFiltersExtensionRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersExtensionRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''RequestHeaderModifier defines a schema for a filter that modifies request headers.

        Support: Core

        :param add: Add adds the given header(s) (name, value) to the request before the action. It appends to any existing values associated with the header name. Input: GET /foo HTTP/1.1 my-header: foo Config: add: - name: "my-header" value: "bar,baz" Output: GET /foo HTTP/1.1 my-header: foo,bar,baz
        :param remove: Remove the given header(s) from the HTTP request before the action. The value of Remove is a list of HTTP header names. Note that the header names are case-insensitive (see https://datatracker.ietf.org/doc/html/rfc2616#section-4.2). Input: GET /foo HTTP/1.1 my-header1: foo my-header2: bar my-header3: baz Config: remove: ["my-header1", "my-header3"] Output: GET /foo HTTP/1.1 my-header2: bar
        :param set: Set overwrites the request with the given header (name, value) before the action. Input: GET /foo HTTP/1.1 my-header: foo Config: set: - name: "my-header" value: "bar" Output: GET /foo HTTP/1.1 my-header: bar

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a21beee732d656e9c5631a77f889297021be273ebe7a0985afdcd078ba31d060)
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
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd"]]:
        '''Add adds the given header(s) (name, value) to the request before the action.

        It appends to any existing values associated
        with the header name.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        add:

        - name: "my-header"
          value: "bar,baz"

        Output:
        GET /foo HTTP/1.1
        my-header: foo,bar,baz

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given header(s) from the HTTP request before the action.

        The
        value of Remove is a list of HTTP header names. Note that the header
        names are case-insensitive (see
        https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).

        Input:
        GET /foo HTTP/1.1
        my-header1: foo
        my-header2: bar
        my-header3: baz

        Config:
        remove: ["my-header1", "my-header3"]

        Output:
        GET /foo HTTP/1.1
        my-header2: bar

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet"]]:
        '''Set overwrites the request with the given header (name, value) before the action.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        set:

        - name: "my-header"
          value: "bar"

        Output:
        GET /foo HTTP/1.1
        my-header: bar

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8d5f942a4d98ae4ffa95837ad0db4734b2648cedd3bbfb2acd331925f82fab2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c34e0cc04938882353c1d680403c0a69a0a1452659f497c8dd7a65b991fbc372)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestMirror",
    jsii_struct_bases=[],
    name_mapping={
        "backend_ref": "backendRef",
        "fraction": "fraction",
        "percent": "percent",
    },
)
class HttpRouteV1Beta1SpecRulesFiltersRequestMirror:
    def __init__(
        self,
        *,
        backend_ref: typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef", typing.Dict[builtins.str, typing.Any]],
        fraction: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction", typing.Dict[builtins.str, typing.Any]]] = None,
        percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''RequestMirror defines a schema for a filter that mirrors requests.

        Requests are sent to the specified destination, but responses from
        that destination are ignored.

        This filter can be used multiple times within the same rule. Note that
        not all implementations will be able to support mirroring to multiple
        backends.

        Support: Extended

        :param backend_ref: BackendRef references a resource where mirrored requests are sent. Mirrored requests must be sent only to a single destination endpoint within this BackendRef, irrespective of how many endpoints are present within this BackendRef. If the referent cannot be found, this BackendRef is invalid and must be dropped from the Gateway. The controller must ensure the "ResolvedRefs" condition on the Route status is set to ``status: False`` and not configure this backend in the underlying implementation. If there is a cross-namespace reference to an *existing* object that is not allowed by a ReferenceGrant, the controller must ensure the "ResolvedRefs" condition on the Route is set to ``status: False``, with the "RefNotPermitted" reason and not configure this backend in the underlying implementation. In either error case, the Message of the ``ResolvedRefs`` Condition should be used to provide more detail about the problem. Support: Extended for Kubernetes Service Support: Implementation-specific for any other resource If the backend service requires TLS, use BackendTLSPolicy to tell the implementation to supply the TLS details to be used to connect to that backend.
        :param fraction: Fraction represents the fraction of requests that should be mirrored to BackendRef. Only one of Fraction or Percent may be specified. If neither field is specified, 100% of requests will be mirrored.
        :param percent: Percent represents the percentage of requests that should be mirrored to BackendRef. Its minimum value is 0 (indicating 0% of requests) and its maximum value is 100 (indicating 100% of requests). Only one of Fraction or Percent may be specified. If neither field is specified, 100% of requests will be mirrored.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirror
        '''
        if isinstance(backend_ref, dict):
            backend_ref = HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef(**backend_ref)
        if isinstance(fraction, dict):
            fraction = HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction(**fraction)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__675415d5c0073e8118732bc5153598e35b5e80325da7877c537a178c85b416f0)
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
            check_type(argname="argument fraction", value=fraction, expected_type=type_hints["fraction"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "backend_ref": backend_ref,
        }
        if fraction is not None:
            self._values["fraction"] = fraction
        if percent is not None:
            self._values["percent"] = percent

    @builtins.property
    def backend_ref(self) -> "HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef":
        '''BackendRef references a resource where mirrored requests are sent.

        Mirrored requests must be sent only to a single destination endpoint
        within this BackendRef, irrespective of how many endpoints are present
        within this BackendRef.

        If the referent cannot be found, this BackendRef is invalid and must be
        dropped from the Gateway. The controller must ensure the "ResolvedRefs"
        condition on the Route status is set to ``status: False`` and not configure
        this backend in the underlying implementation.

        If there is a cross-namespace reference to an *existing* object
        that is not allowed by a ReferenceGrant, the controller must ensure the
        "ResolvedRefs"  condition on the Route is set to ``status: False``,
        with the "RefNotPermitted" reason and not configure this backend in the
        underlying implementation.

        In either error case, the Message of the ``ResolvedRefs`` Condition
        should be used to provide more detail about the problem.

        Support: Extended for Kubernetes Service

        Support: Implementation-specific for any other resource

        If the backend service requires TLS, use BackendTLSPolicy to tell the
        implementation to supply the TLS details to be used to connect to that
        backend.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirror#backendRef
        '''
        result = self._values.get("backend_ref")
        assert result is not None, "Required property 'backend_ref' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef", result)

    @builtins.property
    def fraction(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction"]:
        '''Fraction represents the fraction of requests that should be mirrored to BackendRef.

        Only one of Fraction or Percent may be specified. If neither field
        is specified, 100% of requests will be mirrored.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirror#fraction
        '''
        result = self._values.get("fraction")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction"], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''Percent represents the percentage of requests that should be mirrored to BackendRef.

        Its minimum value is 0 (indicating 0% of
        requests) and its maximum value is 100 (indicating 100% of requests).

        Only one of Fraction or Percent may be specified. If neither field
        is specified, 100% of requests will be mirrored.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirror#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
    },
)
class HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''BackendRef references a resource where mirrored requests are sent.

        Mirrored requests must be sent only to a single destination endpoint
        within this BackendRef, irrespective of how many endpoints are present
        within this BackendRef.

        If the referent cannot be found, this BackendRef is invalid and must be
        dropped from the Gateway. The controller must ensure the "ResolvedRefs"
        condition on the Route status is set to ``status: False`` and not configure
        this backend in the underlying implementation.

        If there is a cross-namespace reference to an *existing* object
        that is not allowed by a ReferenceGrant, the controller must ensure the
        "ResolvedRefs"  condition on the Route is set to ``status: False``,
        with the "RefNotPermitted" reason and not configure this backend in the
        underlying implementation.

        In either error case, the Message of the ``ResolvedRefs`` Condition
        should be used to provide more detail about the problem.

        Support: Extended for Kubernetes Service

        Support: Implementation-specific for any other resource

        If the backend service requires TLS, use BackendTLSPolicy to tell the
        implementation to supply the TLS details to be used to connect to that
        backend.

        :param name: Name is the name of the referent.
        :param group: Group is the group of the referent. For example, "gateway.networking.k8s.io". When unspecified or empty string, core API group is inferred.
        :param kind: Kind is the Kubernetes resource kind of the referent. For example "Service". Defaults to "Service" when not specified. ExternalName services can refer to CNAME DNS records that may live outside of the cluster and as such are difficult to reason about in terms of conformance. They also may not be safe to forward to (see CVE-2021-25740 for more information). Implementations SHOULD NOT support ExternalName Services. Support: Core (Services with a type other than ExternalName) Support: Implementation-specific (Services with type ExternalName) Default: Service" when not specified.
        :param namespace: Namespace is the namespace of the backend. When unspecified, the local namespace is inferred. Note that when a namespace different than the local namespace is specified, a ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details. Support: Core
        :param port: Port specifies the destination port number to use for this resource. Port is required when the referent is a Kubernetes Service. In this case, the port number is the service port number, not the target port. For other resources, destination port might be derived from the referent resource or this field.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__00132d926368c8b32b81ab480f0f057120b31b754d09668c7fd8afe2dc46c5d5)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the referent.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''Group is the group of the referent.

        For example, "gateway.networking.k8s.io".
        When unspecified or empty string, core API group is inferred.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is the Kubernetes resource kind of the referent. For example "Service".

        Defaults to "Service" when not specified.

        ExternalName services can refer to CNAME DNS records that may live
        outside of the cluster and as such are difficult to reason about in
        terms of conformance. They also may not be safe to forward to (see
        CVE-2021-25740 for more information). Implementations SHOULD NOT
        support ExternalName Services.

        Support: Core (Services with a type other than ExternalName)

        Support: Implementation-specific (Services with type ExternalName)

        :default: Service" when not specified.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace of the backend. When unspecified, the local namespace is inferred.

        Note that when a namespace different than the local namespace is specified,
        a ReferenceGrant object is required in the referent namespace to allow that
        namespace's owner to accept the reference. See the ReferenceGrant
        documentation for details.

        Support: Core

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port specifies the destination port number to use for this resource.

        Port is required when the referent is a Kubernetes Service. In this
        case, the port number is the service port number, not the target port.
        For other resources, destination port might be derived from the referent
        resource or this field.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction",
    jsii_struct_bases=[],
    name_mapping={"numerator": "numerator", "denominator": "denominator"},
)
class HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction:
    def __init__(
        self,
        *,
        numerator: jsii.Number,
        denominator: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Fraction represents the fraction of requests that should be mirrored to BackendRef.

        Only one of Fraction or Percent may be specified. If neither field
        is specified, 100% of requests will be mirrored.

        :param numerator: 
        :param denominator: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__475f9fa15463df5374e760118fdd47047a7ecc88868e61ad8f91bdbd5a1f4cf9)
            check_type(argname="argument numerator", value=numerator, expected_type=type_hints["numerator"])
            check_type(argname="argument denominator", value=denominator, expected_type=type_hints["denominator"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "numerator": numerator,
        }
        if denominator is not None:
            self._values["denominator"] = denominator

    @builtins.property
    def numerator(self) -> jsii.Number:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction#numerator
        '''
        result = self._values.get("numerator")
        assert result is not None, "Required property 'numerator' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def denominator(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction#denominator
        '''
        result = self._values.get("denominator")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status_code": "statusCode",
    },
)
class HttpRouteV1Beta1SpecRulesFiltersRequestRedirect:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme"] = None,
        status_code: typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode"] = None,
    ) -> None:
        '''RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection.

        Support: Core

        :param hostname: Hostname is the hostname to be used in the value of the ``Location`` header in the response. When empty, the hostname in the ``Host`` header of the request is used. Support: Core
        :param path: Path defines parameters used to modify the path of the incoming request. The modified path is then used to construct the ``Location`` header. When empty, the request path is used as-is. Support: Extended
        :param port: Port is the port to be used in the value of the ``Location`` header in the response. If no port is specified, the redirect port MUST be derived using the following rules: - If redirect scheme is not-empty, the redirect port MUST be the well-known port associated with the redirect scheme. Specifically "http" to port 80 and "https" to port 443. If the redirect scheme does not have a well-known port, the listener port of the Gateway SHOULD be used. - If redirect scheme is empty, the redirect port MUST be the Gateway Listener port. Implementations SHOULD NOT add the port number in the 'Location' header in the following cases: - A Location header that will use HTTP (whether that is determined via the Listener protocol or the Scheme field) *and* use port 80. - A Location header that will use HTTPS (whether that is determined via the Listener protocol or the Scheme field) *and* use port 443. Support: Extended
        :param scheme: Scheme is the scheme to be used in the value of the ``Location`` header in the response. When empty, the scheme of the request is used. Scheme redirects can affect the port of the redirect, for more information, refer to the documentation for the port field of this filter. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``. Support: Extended
        :param status_code: StatusCode is the HTTP status code to be used in response. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``. Support: Core

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect
        '''
        if isinstance(path, dict):
            path = HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae043d2204edf145de1e4e66bb8d6c5a8ef12d8aceb3a22c3ffa5d72c5d60375)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status_code", value=status_code, expected_type=type_hints["status_code"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status_code is not None:
            self._values["status_code"] = status_code

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname is the hostname to be used in the value of the ``Location`` header in the response.

        When empty, the hostname in the ``Host`` header of the request is used.

        Support: Core

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath"]:
        '''Path defines parameters used to modify the path of the incoming request.

        The modified path is then used to construct the ``Location`` header. When
        empty, the request path is used as-is.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port is the port to be used in the value of the ``Location`` header in the response.

        If no port is specified, the redirect port MUST be derived using the
        following rules:

        - If redirect scheme is not-empty, the redirect port MUST be the well-known
          port associated with the redirect scheme. Specifically "http" to port 80
          and "https" to port 443. If the redirect scheme does not have a
          well-known port, the listener port of the Gateway SHOULD be used.
        - If redirect scheme is empty, the redirect port MUST be the Gateway
          Listener port.

        Implementations SHOULD NOT add the port number in the 'Location'
        header in the following cases:

        - A Location header that will use HTTP (whether that is determined via
          the Listener protocol or the Scheme field) *and* use port 80.
        - A Location header that will use HTTPS (whether that is determined via
          the Listener protocol or the Scheme field) *and* use port 443.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme"]:
        '''Scheme is the scheme to be used in the value of the ``Location`` header in the response.

        When empty, the scheme of the request is used.

        Scheme redirects can affect the port of the redirect, for more information,
        refer to the documentation for the port field of this filter.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme"], result)

    @builtins.property
    def status_code(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode"]:
        '''StatusCode is the HTTP status code to be used in response.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        Support: Core

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#statusCode
        '''
        result = self._values.get("status_code")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath:
    def __init__(
        self,
        *,
        type: "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Path defines parameters used to modify the path of the incoming request.

        The modified path is then used to construct the ``Location`` header. When
        empty, the request path is used as-is.

        Support: Extended

        :param type: Type defines the type of path modifier. Additional types may be added in a future release of the API. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``.
        :param replace_full_path: ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.
        :param replace_prefix_match: ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect. For example, a request to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch of "/xyz" would be modified to "/xyz/bar". Note that this matches the behavior of the PathPrefix match type. This matches full path elements. A path element refers to the list of labels in the path split by the ``/`` separator. When specified, a trailing ``/`` is ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all match the prefix ``/abc``, but the path ``/abcd`` would not. ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch. Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in the implementation setting the Accepted Condition for the Route to ``status: False``. Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5135f7e9e84b12097b1bed18511ecad86f82c1706a685e97663dfe4a3529530a)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType":
        '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect.

        For example, a request
        to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
        of "/xyz" would be modified to "/xyz/bar".

        Note that this matches the behavior of the PathPrefix match type. This
        matches full path elements. A path element refers to the list of labels
        in the path split by the ``/`` separator. When specified, a trailing ``/`` is
        ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all
        match the prefix ``/abc``, but the path ``/abcd`` would not.

        ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch.
        Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
        the implementation setting the Accepted Condition for the Route to ``status: False``.

        Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType"
)
class HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType(enum.Enum):
    '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme"
)
class HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme(enum.Enum):
    '''Scheme is the scheme to be used in the value of the ``Location`` header in the response.

    When empty, the scheme of the request is used.

    Scheme redirects can affect the port of the redirect, for more information,
    refer to the documentation for the port field of this filter.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    Support: Extended

    :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode"
)
class HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode(enum.Enum):
    '''StatusCode is the HTTP status code to be used in response.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    Support: Core

    :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode
    '''

    VALUE_301 = "VALUE_301"
    '''301.'''
    VALUE_302 = "VALUE_302"
    '''302.'''
    VALUE_303 = "VALUE_303"
    '''303.'''
    VALUE_307 = "VALUE_307"
    '''307.'''
    VALUE_308 = "VALUE_308"
    '''308.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ResponseHeaderModifier defines a schema for a filter that modifies response headers.

        Support: Extended

        :param add: Add adds the given header(s) (name, value) to the request before the action. It appends to any existing values associated with the header name. Input: GET /foo HTTP/1.1 my-header: foo Config: add: - name: "my-header" value: "bar,baz" Output: GET /foo HTTP/1.1 my-header: foo,bar,baz
        :param remove: Remove the given header(s) from the HTTP request before the action. The value of Remove is a list of HTTP header names. Note that the header names are case-insensitive (see https://datatracker.ietf.org/doc/html/rfc2616#section-4.2). Input: GET /foo HTTP/1.1 my-header1: foo my-header2: bar my-header3: baz Config: remove: ["my-header1", "my-header3"] Output: GET /foo HTTP/1.1 my-header2: bar
        :param set: Set overwrites the request with the given header (name, value) before the action. Input: GET /foo HTTP/1.1 my-header: foo Config: set: - name: "my-header" value: "bar" Output: GET /foo HTTP/1.1 my-header: bar

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d131db956e2aebdeb649abda169e7efd618371981f20a8a48ae6b90adfc17d03)
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
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd"]]:
        '''Add adds the given header(s) (name, value) to the request before the action.

        It appends to any existing values associated
        with the header name.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        add:

        - name: "my-header"
          value: "bar,baz"

        Output:
        GET /foo HTTP/1.1
        my-header: foo,bar,baz

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Remove the given header(s) from the HTTP request before the action.

        The
        value of Remove is a list of HTTP header names. Note that the header
        names are case-insensitive (see
        https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).

        Input:
        GET /foo HTTP/1.1
        my-header1: foo
        my-header2: bar
        my-header3: baz

        Config:
        remove: ["my-header1", "my-header3"]

        Output:
        GET /foo HTTP/1.1
        my-header2: bar

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet"]]:
        '''Set overwrites the request with the given header (name, value) before the action.

        Input:
        GET /foo HTTP/1.1
        my-header: foo

        Config:
        set:

        - name: "my-header"
          value: "bar"

        Output:
        GET /foo HTTP/1.1
        my-header: bar

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__009b6295801a97758d2cee515ccf3871116ad47e4b786de8532bedc9fd609114)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent.
        :param value: Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5b1769c65545f5612722e5c9ff960609399fc6e6a4a49ba3f794e6a80b204cc)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, the first entry with
        an equivalent name MUST be considered for a match. Subsequent entries
        with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersType"
)
class HttpRouteV1Beta1SpecRulesFiltersType(enum.Enum):
    '''Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:.

    - Core: Filter types and their corresponding configuration defined by
      "Support: Core" in this package, e.g. "RequestHeaderModifier". All
      implementations must support core filters.
    - Extended: Filter types and their corresponding configuration defined by
      "Support: Extended" in this package, e.g. "RequestMirror". Implementers
      are encouraged to support extended filters.
    - Implementation-specific: Filters that are defined and supported by
      specific vendors.
      In the future, filters showing convergence in behavior across multiple
      implementations will be considered for inclusion in extended or core
      conformance levels. Filter-specific configuration for such filters
      is specified using the ExtensionRef field. ``Type`` should be set to
      "ExtensionRef" for custom filters.

    Implementers are encouraged to define custom implementation types to
    extend the core API with implementation-specific behavior.

    If a reference to a custom filter type cannot be resolved, the filter
    MUST NOT be skipped. Instead, requests that would have been processed by
    that filter MUST receive a HTTP error response.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: HttpRouteV1Beta1SpecRulesFiltersType
    '''

    REQUEST_HEADER_MODIFIER = "REQUEST_HEADER_MODIFIER"
    '''RequestHeaderModifier.'''
    RESPONSE_HEADER_MODIFIER = "RESPONSE_HEADER_MODIFIER"
    '''ResponseHeaderModifier.'''
    REQUEST_MIRROR = "REQUEST_MIRROR"
    '''RequestMirror.'''
    REQUEST_REDIRECT = "REQUEST_REDIRECT"
    '''RequestRedirect.'''
    URL_REWRITE = "URL_REWRITE"
    '''URLRewrite.'''
    EXTENSION_REF = "EXTENSION_REF"
    '''ExtensionRef.'''
    CORS = "CORS"
    '''CORS.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersUrlRewrite",
    jsii_struct_bases=[],
    name_mapping={"hostname": "hostname", "path": "path"},
)
class HttpRouteV1Beta1SpecRulesFiltersUrlRewrite:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''URLRewrite defines a schema for a filter that modifies a request during forwarding.

        Support: Extended

        :param hostname: Hostname is the value to be used to replace the Host header value during forwarding. Support: Extended
        :param path: Path defines a path rewrite. Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewrite
        '''
        if isinstance(path, dict):
            path = HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3007157312e3139b90144b1567332180e4d8a108abed25c52f113fcae52aac51)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname is the value to be used to replace the Host header value during forwarding.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewrite#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath"]:
        '''Path defines a path rewrite.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewrite#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersUrlRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath:
    def __init__(
        self,
        *,
        type: "HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Path defines a path rewrite.

        Support: Extended

        :param type: Type defines the type of path modifier. Additional types may be added in a future release of the API. Note that values may be added to this enum, implementations must ensure that unknown values will not cause a crash. Unknown values here must result in the implementation setting the Accepted Condition for the Route to ``status: False``, with a Reason of ``UnsupportedValue``.
        :param replace_full_path: ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.
        :param replace_prefix_match: ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect. For example, a request to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch of "/xyz" would be modified to "/xyz/bar". Note that this matches the behavior of the PathPrefix match type. This matches full path elements. A path element refers to the list of labels in the path split by the ``/`` separator. When specified, a trailing ``/`` is ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all match the prefix ``/abc``, but the path ``/abcd`` would not. ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch. Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in the implementation setting the Accepted Condition for the Route to ``status: False``. Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e07fac31e4fc218608ad4fc9ac34c87c8a4da042f2985c68c12c93f9d8a8281)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType":
        '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

        Note that values may be added to this enum, implementations
        must ensure that unknown values will not cause a crash.

        Unknown values here must result in the implementation setting the
        Accepted Condition for the Route to ``status: False``, with a
        Reason of ``UnsupportedValue``.

        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.

        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect.

        For example, a request
        to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
        of "/xyz" would be modified to "/xyz/bar".

        Note that this matches the behavior of the PathPrefix match type. This
        matches full path elements. A path element refers to the list of labels
        in the path split by the ``/`` separator. When specified, a trailing ``/`` is
        ignored. For example, the paths ``/abc``, ``/abc/``, and ``/abc/def`` would all
        match the prefix ``/abc``, but the path ``/abcd`` would not.

        ReplacePrefixMatch is only compatible with a ``PathPrefix`` HTTPRouteMatch.
        Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
        the implementation setting the Accepted Condition for the Route to ``status: False``.

        Request Path | Prefix Match | Replace Prefix | Modified Path

        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType"
)
class HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType(enum.Enum):
    '''Type defines the type of path modifier. Additional types may be added in a future release of the API.

    Note that values may be added to this enum, implementations
    must ensure that unknown values will not cause a crash.

    Unknown values here must result in the implementation setting the
    Accepted Condition for the Route to ``status: False``, with a
    Reason of ``UnsupportedValue``.

    :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatches",
    jsii_struct_bases=[],
    name_mapping={
        "headers": "headers",
        "method": "method",
        "path": "path",
        "query_params": "queryParams",
    },
)
class HttpRouteV1Beta1SpecRulesMatches:
    def __init__(
        self,
        *,
        headers: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesMatchesHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        method: typing.Optional["HttpRouteV1Beta1SpecRulesMatchesMethod"] = None,
        path: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesMatchesPath", typing.Dict[builtins.str, typing.Any]]] = None,
        query_params: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesMatchesQueryParams", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''HTTPRouteMatch defines the predicate used to match requests to a given action.

        Multiple match types are ANDed together, i.e. the match will
        evaluate to true only if all conditions are satisfied.

        For example, the match below will match a HTTP request only if its path
        starts with ``/foo`` AND it contains the ``version: v1`` header::

           match:

           path:
           value: "/foo"
           headers:
           - name: "version"
           value "v1"

        :param headers: Headers specifies HTTP request header matchers. Multiple match values are ANDed together, meaning, a request must match all the specified headers to select the route.
        :param method: Method specifies HTTP method matcher. When specified, this route will be matched only if the request has the specified method. Support: Extended
        :param path: Path specifies a HTTP request path matcher. If this field is not specified, a default prefix match on the "/" path is provided.
        :param query_params: QueryParams specifies HTTP query parameter matchers. Multiple match values are ANDed together, meaning, a request must match all the specified query parameters to select the route. Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesMatches
        '''
        if isinstance(path, dict):
            path = HttpRouteV1Beta1SpecRulesMatchesPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__18de8faf4c7eb3568006bec65dfcf25db4af2a87cb254eeaedec650456965db1)
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument query_params", value=query_params, expected_type=type_hints["query_params"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if headers is not None:
            self._values["headers"] = headers
        if method is not None:
            self._values["method"] = method
        if path is not None:
            self._values["path"] = path
        if query_params is not None:
            self._values["query_params"] = query_params

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesMatchesHeaders"]]:
        '''Headers specifies HTTP request header matchers.

        Multiple match values are
        ANDed together, meaning, a request must match all the specified headers
        to select the route.

        :schema: HttpRouteV1Beta1SpecRulesMatches#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesMatchesHeaders"]], result)

    @builtins.property
    def method(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesMatchesMethod"]:
        '''Method specifies HTTP method matcher. When specified, this route will be matched only if the request has the specified method.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesMatches#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesMatchesMethod"], result)

    @builtins.property
    def path(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesMatchesPath"]:
        '''Path specifies a HTTP request path matcher.

        If this field is not
        specified, a default prefix match on the "/" path is provided.

        :schema: HttpRouteV1Beta1SpecRulesMatches#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesMatchesPath"], result)

    @builtins.property
    def query_params(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesMatchesQueryParams"]]:
        '''QueryParams specifies HTTP query parameter matchers.

        Multiple match
        values are ANDed together, meaning, a request must match all the
        specified query parameters to select the route.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesMatches#queryParams
        '''
        result = self._values.get("query_params")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesMatchesQueryParams"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesMatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "type": "type"},
)
class HttpRouteV1Beta1SpecRulesMatchesHeaders:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        type: typing.Optional["HttpRouteV1Beta1SpecRulesMatchesHeadersType"] = None,
    ) -> None:
        '''HTTPHeaderMatch describes how to select a HTTP route by matching HTTP request headers.

        :param name: Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2). If multiple entries specify equivalent header names, only the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent header name MUST be ignored. Due to the case-insensitivity of header names, "foo" and "Foo" are considered equivalent. When a header is repeated in an HTTP request, it is implementation-specific behavior as to how this is represented. Generally, proxies should follow the guidance from the RFC: https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding processing a repeated header, with special handling for "Set-Cookie".
        :param value: Value is the value of HTTP Header to be matched.
        :param type: Type specifies how to match against the value of the header. Support: Core (Exact) Support: Implementation-specific (RegularExpression) Since RegularExpression HeaderMatchType has implementation-specific conformance, implementations can support POSIX, PCRE or any other dialects of regular expressions. Please read the implementation's documentation to determine the supported dialect.

        :schema: HttpRouteV1Beta1SpecRulesMatchesHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c897c5dd888f6a5262c002496f3de241c6f95ce048718fe651e34f4949f56e87)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).

        If multiple entries specify equivalent header names, only the first
        entry with an equivalent name MUST be considered for a match. Subsequent
        entries with an equivalent header name MUST be ignored. Due to the
        case-insensitivity of header names, "foo" and "Foo" are considered
        equivalent.

        When a header is repeated in an HTTP request, it is
        implementation-specific behavior as to how this is represented.
        Generally, proxies should follow the guidance from the RFC:
        https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding
        processing a repeated header, with special handling for "Set-Cookie".

        :schema: HttpRouteV1Beta1SpecRulesMatchesHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP Header to be matched.

        :schema: HttpRouteV1Beta1SpecRulesMatchesHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesMatchesHeadersType"]:
        '''Type specifies how to match against the value of the header.

        Support: Core (Exact)

        Support: Implementation-specific (RegularExpression)

        Since RegularExpression HeaderMatchType has implementation-specific
        conformance, implementations can support POSIX, PCRE or any other dialects
        of regular expressions. Please read the implementation's documentation to
        determine the supported dialect.

        :schema: HttpRouteV1Beta1SpecRulesMatchesHeaders#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesMatchesHeadersType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesMatchesHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesHeadersType"
)
class HttpRouteV1Beta1SpecRulesMatchesHeadersType(enum.Enum):
    '''Type specifies how to match against the value of the header.

    Support: Core (Exact)

    Support: Implementation-specific (RegularExpression)

    Since RegularExpression HeaderMatchType has implementation-specific
    conformance, implementations can support POSIX, PCRE or any other dialects
    of regular expressions. Please read the implementation's documentation to
    determine the supported dialect.

    :schema: HttpRouteV1Beta1SpecRulesMatchesHeadersType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesMethod"
)
class HttpRouteV1Beta1SpecRulesMatchesMethod(enum.Enum):
    '''Method specifies HTTP method matcher. When specified, this route will be matched only if the request has the specified method.

    Support: Extended

    :schema: HttpRouteV1Beta1SpecRulesMatchesMethod
    '''

    GET = "GET"
    '''GET.'''
    HEAD = "HEAD"
    '''HEAD.'''
    POST = "POST"
    '''POST.'''
    PUT = "PUT"
    '''PUT.'''
    DELETE = "DELETE"
    '''DELETE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    OPTIONS = "OPTIONS"
    '''OPTIONS.'''
    TRACE = "TRACE"
    '''TRACE.'''
    PATCH = "PATCH"
    '''PATCH.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesPath",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesMatchesPath:
    def __init__(
        self,
        *,
        type: typing.Optional["HttpRouteV1Beta1SpecRulesMatchesPathType"] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Path specifies a HTTP request path matcher.

        If this field is not
        specified, a default prefix match on the "/" path is provided.

        :param type: Type specifies how to match against the path Value. Support: Core (Exact, PathPrefix) Support: Implementation-specific (RegularExpression)
        :param value: Value of the HTTP path to match against.

        :schema: HttpRouteV1Beta1SpecRulesMatchesPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__63affa25be89836c66a026268d225056366169f96e9f3806468d01951b937895)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if type is not None:
            self._values["type"] = type
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def type(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesMatchesPathType"]:
        '''Type specifies how to match against the path Value.

        Support: Core (Exact, PathPrefix)

        Support: Implementation-specific (RegularExpression)

        :schema: HttpRouteV1Beta1SpecRulesMatchesPath#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesMatchesPathType"], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value of the HTTP path to match against.

        :schema: HttpRouteV1Beta1SpecRulesMatchesPath#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesMatchesPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesPathType"
)
class HttpRouteV1Beta1SpecRulesMatchesPathType(enum.Enum):
    '''Type specifies how to match against the path Value.

    Support: Core (Exact, PathPrefix)

    Support: Implementation-specific (RegularExpression)

    :schema: HttpRouteV1Beta1SpecRulesMatchesPathType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    PATH_PREFIX = "PATH_PREFIX"
    '''PathPrefix.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesQueryParams",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "type": "type"},
)
class HttpRouteV1Beta1SpecRulesMatchesQueryParams:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        type: typing.Optional["HttpRouteV1Beta1SpecRulesMatchesQueryParamsType"] = None,
    ) -> None:
        '''HTTPQueryParamMatch describes how to select a HTTP route by matching HTTP query parameters.

        :param name: Name is the name of the HTTP query param to be matched. This must be an exact string match. (See https://tools.ietf.org/html/rfc7230#section-2.7.3). If multiple entries specify equivalent query param names, only the first entry with an equivalent name MUST be considered for a match. Subsequent entries with an equivalent query param name MUST be ignored. If a query param is repeated in an HTTP request, the behavior is purposely left undefined, since different data planes have different capabilities. However, it is *recommended* that implementations should match against the first value of the param if the data plane supports it, as this behavior is expected in other load balancing contexts outside of the Gateway API. Users SHOULD NOT route traffic based on repeated query params to guard themselves against potential differences in the implementations.
        :param value: Value is the value of HTTP query param to be matched.
        :param type: Type specifies how to match against the value of the query parameter. Support: Extended (Exact) Support: Implementation-specific (RegularExpression) Since RegularExpression QueryParamMatchType has Implementation-specific conformance, implementations can support POSIX, PCRE or any other dialects of regular expressions. Please read the implementation's documentation to determine the supported dialect.

        :schema: HttpRouteV1Beta1SpecRulesMatchesQueryParams
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9726f8a2fad1e665ccec24b3c1a297af0b06f0757b4a91142b47e5cdc2b7f60a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the HTTP query param to be matched. This must be an exact string match. (See https://tools.ietf.org/html/rfc7230#section-2.7.3).

        If multiple entries specify equivalent query param names, only the first
        entry with an equivalent name MUST be considered for a match. Subsequent
        entries with an equivalent query param name MUST be ignored.

        If a query param is repeated in an HTTP request, the behavior is
        purposely left undefined, since different data planes have different
        capabilities. However, it is *recommended* that implementations should
        match against the first value of the param if the data plane supports it,
        as this behavior is expected in other load balancing contexts outside of
        the Gateway API.

        Users SHOULD NOT route traffic based on repeated query params to guard
        themselves against potential differences in the implementations.

        :schema: HttpRouteV1Beta1SpecRulesMatchesQueryParams#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''Value is the value of HTTP query param to be matched.

        :schema: HttpRouteV1Beta1SpecRulesMatchesQueryParams#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesMatchesQueryParamsType"]:
        '''Type specifies how to match against the value of the query parameter.

        Support: Extended (Exact)

        Support: Implementation-specific (RegularExpression)

        Since RegularExpression QueryParamMatchType has Implementation-specific
        conformance, implementations can support POSIX, PCRE or any other
        dialects of regular expressions. Please read the implementation's
        documentation to determine the supported dialect.

        :schema: HttpRouteV1Beta1SpecRulesMatchesQueryParams#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesMatchesQueryParamsType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesMatchesQueryParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType"
)
class HttpRouteV1Beta1SpecRulesMatchesQueryParamsType(enum.Enum):
    '''Type specifies how to match against the value of the query parameter.

    Support: Extended (Exact)

    Support: Implementation-specific (RegularExpression)

    Since RegularExpression QueryParamMatchType has Implementation-specific
    conformance, implementations can support POSIX, PCRE or any other
    dialects of regular expressions. Please read the implementation's
    documentation to determine the supported dialect.

    :schema: HttpRouteV1Beta1SpecRulesMatchesQueryParamsType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.data_type(
    jsii_type="gateway_api_httproute_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesTimeouts",
    jsii_struct_bases=[],
    name_mapping={"backend_request": "backendRequest", "request": "request"},
)
class HttpRouteV1Beta1SpecRulesTimeouts:
    def __init__(
        self,
        *,
        backend_request: typing.Optional[builtins.str] = None,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Timeouts defines the timeouts that can be configured for an HTTP request.

        Support: Extended

        :param backend_request: BackendRequest specifies a timeout for an individual request from the gateway to a backend. This covers the time from when the request first starts being sent from the gateway to when the full response has been received from the backend. Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout completely. Implementations that cannot completely disable the timeout MUST instead interpret the zero duration as the longest possible value to which the timeout can be set. An entire client HTTP transaction with a gateway, covered by the Request timeout, may result in more than one call from the gateway to the destination backend, for example, if automatic retries are supported. The value of BackendRequest must be a Gateway API Duration string as defined by GEP-2257. When this field is unspecified, its behavior is implementation-specific; when specified, the value of BackendRequest must be no more than the value of the Request timeout (since the Request timeout encompasses the BackendRequest timeout). Support: Extended
        :param request: Request specifies the maximum duration for a gateway to respond to an HTTP request. If the gateway has not been able to respond before this deadline is met, the gateway MUST return a timeout error. For example, setting the ``rules.timeouts.request`` field to the value ``10s`` in an ``HTTPRoute`` will cause a timeout if a client request is taking longer than 10 seconds to complete. Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout completely. Implementations that cannot completely disable the timeout MUST instead interpret the zero duration as the longest possible value to which the timeout can be set. This timeout is intended to cover as close to the whole request-response transaction as possible although an implementation MAY choose to start the timeout after the entire request stream has been received instead of immediately after the transaction is initiated by the client. The value of Request is a Gateway API Duration string as defined by GEP-2257. When this field is unspecified, request timeout behavior is implementation-specific. Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesTimeouts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d9d2277cf5f512b19a7f8f9b5d3b343cfc5228ba8ffcf25d86e107fca55642bc)
            check_type(argname="argument backend_request", value=backend_request, expected_type=type_hints["backend_request"])
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_request is not None:
            self._values["backend_request"] = backend_request
        if request is not None:
            self._values["request"] = request

    @builtins.property
    def backend_request(self) -> typing.Optional[builtins.str]:
        '''BackendRequest specifies a timeout for an individual request from the gateway to a backend.

        This covers the time from when the request first starts being
        sent from the gateway to when the full response has been received from the backend.

        Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
        completely. Implementations that cannot completely disable the timeout MUST
        instead interpret the zero duration as the longest possible value to which
        the timeout can be set.

        An entire client HTTP transaction with a gateway, covered by the Request timeout,
        may result in more than one call from the gateway to the destination backend,
        for example, if automatic retries are supported.

        The value of BackendRequest must be a Gateway API Duration string as defined by
        GEP-2257.  When this field is unspecified, its behavior is implementation-specific;
        when specified, the value of BackendRequest must be no more than the value of the
        Request timeout (since the Request timeout encompasses the BackendRequest timeout).

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesTimeouts#backendRequest
        '''
        result = self._values.get("backend_request")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''Request specifies the maximum duration for a gateway to respond to an HTTP request.

        If the gateway has not been able to respond before this deadline is met, the gateway
        MUST return a timeout error.

        For example, setting the ``rules.timeouts.request`` field to the value ``10s`` in an
        ``HTTPRoute`` will cause a timeout if a client request is taking longer than 10 seconds
        to complete.

        Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
        completely. Implementations that cannot completely disable the timeout MUST
        instead interpret the zero duration as the longest possible value to which
        the timeout can be set.

        This timeout is intended to cover as close to the whole request-response transaction
        as possible although an implementation MAY choose to start the timeout after the entire
        request stream has been received instead of immediately after the transaction is
        initiated by the client.

        The value of Request is a Gateway API Duration string as defined by GEP-2257. When this
        field is unspecified, request timeout behavior is implementation-specific.

        Support: Extended

        :schema: HttpRouteV1Beta1SpecRulesTimeouts#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "HttpRoute",
    "HttpRouteProps",
    "HttpRouteSpec",
    "HttpRouteSpecParentRefs",
    "HttpRouteSpecRules",
    "HttpRouteSpecRulesBackendRefs",
    "HttpRouteSpecRulesBackendRefsFilters",
    "HttpRouteSpecRulesBackendRefsFiltersCors",
    "HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods",
    "HttpRouteSpecRulesBackendRefsFiltersExtensionRef",
    "HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier",
    "HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd",
    "HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet",
    "HttpRouteSpecRulesBackendRefsFiltersRequestMirror",
    "HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef",
    "HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction",
    "HttpRouteSpecRulesBackendRefsFiltersRequestRedirect",
    "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath",
    "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType",
    "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme",
    "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode",
    "HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier",
    "HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd",
    "HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet",
    "HttpRouteSpecRulesBackendRefsFiltersType",
    "HttpRouteSpecRulesBackendRefsFiltersUrlRewrite",
    "HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath",
    "HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType",
    "HttpRouteSpecRulesFilters",
    "HttpRouteSpecRulesFiltersCors",
    "HttpRouteSpecRulesFiltersCorsAllowMethods",
    "HttpRouteSpecRulesFiltersExtensionRef",
    "HttpRouteSpecRulesFiltersRequestHeaderModifier",
    "HttpRouteSpecRulesFiltersRequestHeaderModifierAdd",
    "HttpRouteSpecRulesFiltersRequestHeaderModifierSet",
    "HttpRouteSpecRulesFiltersRequestMirror",
    "HttpRouteSpecRulesFiltersRequestMirrorBackendRef",
    "HttpRouteSpecRulesFiltersRequestMirrorFraction",
    "HttpRouteSpecRulesFiltersRequestRedirect",
    "HttpRouteSpecRulesFiltersRequestRedirectPath",
    "HttpRouteSpecRulesFiltersRequestRedirectPathType",
    "HttpRouteSpecRulesFiltersRequestRedirectScheme",
    "HttpRouteSpecRulesFiltersRequestRedirectStatusCode",
    "HttpRouteSpecRulesFiltersResponseHeaderModifier",
    "HttpRouteSpecRulesFiltersResponseHeaderModifierAdd",
    "HttpRouteSpecRulesFiltersResponseHeaderModifierSet",
    "HttpRouteSpecRulesFiltersType",
    "HttpRouteSpecRulesFiltersUrlRewrite",
    "HttpRouteSpecRulesFiltersUrlRewritePath",
    "HttpRouteSpecRulesFiltersUrlRewritePathType",
    "HttpRouteSpecRulesMatches",
    "HttpRouteSpecRulesMatchesHeaders",
    "HttpRouteSpecRulesMatchesHeadersType",
    "HttpRouteSpecRulesMatchesMethod",
    "HttpRouteSpecRulesMatchesPath",
    "HttpRouteSpecRulesMatchesPathType",
    "HttpRouteSpecRulesMatchesQueryParams",
    "HttpRouteSpecRulesMatchesQueryParamsType",
    "HttpRouteSpecRulesTimeouts",
    "HttpRouteV1Beta1",
    "HttpRouteV1Beta1Props",
    "HttpRouteV1Beta1Spec",
    "HttpRouteV1Beta1SpecParentRefs",
    "HttpRouteV1Beta1SpecRules",
    "HttpRouteV1Beta1SpecRulesBackendRefs",
    "HttpRouteV1Beta1SpecRulesBackendRefsFilters",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersType",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType",
    "HttpRouteV1Beta1SpecRulesFilters",
    "HttpRouteV1Beta1SpecRulesFiltersCors",
    "HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods",
    "HttpRouteV1Beta1SpecRulesFiltersExtensionRef",
    "HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier",
    "HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd",
    "HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet",
    "HttpRouteV1Beta1SpecRulesFiltersRequestMirror",
    "HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef",
    "HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction",
    "HttpRouteV1Beta1SpecRulesFiltersRequestRedirect",
    "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath",
    "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType",
    "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme",
    "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode",
    "HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier",
    "HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd",
    "HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet",
    "HttpRouteV1Beta1SpecRulesFiltersType",
    "HttpRouteV1Beta1SpecRulesFiltersUrlRewrite",
    "HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath",
    "HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType",
    "HttpRouteV1Beta1SpecRulesMatches",
    "HttpRouteV1Beta1SpecRulesMatchesHeaders",
    "HttpRouteV1Beta1SpecRulesMatchesHeadersType",
    "HttpRouteV1Beta1SpecRulesMatchesMethod",
    "HttpRouteV1Beta1SpecRulesMatchesPath",
    "HttpRouteV1Beta1SpecRulesMatchesPathType",
    "HttpRouteV1Beta1SpecRulesMatchesQueryParams",
    "HttpRouteV1Beta1SpecRulesMatchesQueryParamsType",
    "HttpRouteV1Beta1SpecRulesTimeouts",
]

publication.publish()

def _typecheckingstub__05042ae4e01ed32f4a4a3082f8028a742ad05f153af724576b1b58b1d952f7bc(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[HttpRouteSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__faa8b94be2a5259381b4caf23ce412b0353b19a781c47425c0fddd2885826958(
    *,
    spec: typing.Union[HttpRouteSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a76e8dd939f7a63af150933eb5dfb107b2c1dd5393c00ac74e4061fed493a16(
    *,
    hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
    parent_refs: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecParentRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    rules: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c5759346fcbd7cecb20d98a1e3976f662de3e8ed2ac40280ce356089e053438(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e47b6f9147eeea2aa867130154c7a8289963bd07f699aee6eed1dad107c1a09e(
    *,
    backend_refs: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesBackendRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    filters: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesFilters, typing.Dict[builtins.str, typing.Any]]]] = None,
    matches: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesMatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    timeouts: typing.Optional[typing.Union[HttpRouteSpecRulesTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4cfebf0cc1bd23cf83d7b0d8fa2c3e0f5bfee09e10d3e2c825565052806975f(
    *,
    name: builtins.str,
    filters: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesBackendRefsFilters, typing.Dict[builtins.str, typing.Any]]]] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ca4178dfa72f0bfe8e27f7f97f7ec24271d7cba8122c43a06f2cdc1a8f56e6f(
    *,
    type: HttpRouteSpecRulesBackendRefsFiltersType,
    cors: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersCors, typing.Dict[builtins.str, typing.Any]]] = None,
    extension_ref: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersExtensionRef, typing.Dict[builtins.str, typing.Any]]] = None,
    request_header_modifier: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    request_mirror: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    request_redirect: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    response_header_modifier: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    url_rewrite: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersUrlRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c47a9eb2ca19022e0563cbbd0f4cc904b71cff1ee53948eaf656f43704bc1ef8(
    *,
    allow_credentials: typing.Optional[builtins.bool] = None,
    allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_methods: typing.Optional[typing.Sequence[HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods]] = None,
    allow_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
    expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_age: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc6070efe28d2e7244363dc8930cec1d0f2d184d99977fa8e592ddda4c00e6df(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1974c205ea78d258c508612bcee037ebefd3c303b4fb0799e5c9e5dc55ee2d51(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c88af80aff164379c7c3ff8760e72fcb4f22a7e454fe83cf4bd16908f1688add(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23aac1494e2ed2bc41859d8f180b9300e1e36c1cb2bf8d5cc0a5f177712a943f(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb24a2d2bf0398c2ce060ee51b3e8bad71eae9f8f6a9b8f52b38dbf4d0306132(
    *,
    backend_ref: typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef, typing.Dict[builtins.str, typing.Any]],
    fraction: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction, typing.Dict[builtins.str, typing.Any]]] = None,
    percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09bcb64c648c0150410c127a8a3987edf7f349055473b0f0b11d06b89f9aa02c(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f169bd1da7cf6790bd63df8dfd4006a460aa7dec0269f38ac5c2725e97cd29e6(
    *,
    numerator: jsii.Number,
    denominator: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d57f3f0d980839897d89957b09565757842178e129360844f2754a508cc3224(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme] = None,
    status_code: typing.Optional[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a19748c94ff6018b013bf41d2acb31dd75479ef7ec1acafec2d699387d6b46a(
    *,
    type: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a825a51f83cc61395dddf5a79d79f91ca87cdf1ba539d84d2466dc65ff7b17b(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bdecdd359afe3bfb60b2c2fb265b0d1e45548cc2ada2c45023a8ea46d0d819ef(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9ce9039ba4c061b46c5be37f701bd90c1401a789bc2b5167e2d8ddb218813124(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a8120368ab0688782e02ef501c738513e5bbd943c2c86df69a1a2a8d9311d78(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8214c7dd9aa1c81cb648a3f165054cf0c8253c71976a777488b6c81bc62f7d37(
    *,
    type: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c310c48eaf74ed3ddf16cce5f64f10cd47acd70f2b0987e5e41cccb6aba58cd(
    *,
    type: HttpRouteSpecRulesFiltersType,
    cors: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersCors, typing.Dict[builtins.str, typing.Any]]] = None,
    extension_ref: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersExtensionRef, typing.Dict[builtins.str, typing.Any]]] = None,
    request_header_modifier: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersRequestHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    request_mirror: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersRequestMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    request_redirect: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersRequestRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    response_header_modifier: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersResponseHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    url_rewrite: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersUrlRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53d2f66d7ced111c7b94bac720c94898f6a4574a2f520a0774732ab9b8153911(
    *,
    allow_credentials: typing.Optional[builtins.bool] = None,
    allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_methods: typing.Optional[typing.Sequence[HttpRouteSpecRulesFiltersCorsAllowMethods]] = None,
    allow_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
    expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_age: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7beff15f6fc4166a7332b35e801aac69774551e40ca2c5cae5fdd09b997ed129(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c2edebe625a5bc273a93054098339dede5b074d1917db937ce87d482815b438(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesFiltersRequestHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesFiltersRequestHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb89e43f6b97ffdb473d2d087212e2e653f53253b0409e64c3af8622d70c77cf(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ead9978a7008aabb5ae1e430ac46b6aa61a9090f92237e889a971d8507860ff(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9d083e889bf0399a3d3604f0bfaf54d6ccbf815dfab7feca9539878b1962cd1(
    *,
    backend_ref: typing.Union[HttpRouteSpecRulesFiltersRequestMirrorBackendRef, typing.Dict[builtins.str, typing.Any]],
    fraction: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersRequestMirrorFraction, typing.Dict[builtins.str, typing.Any]]] = None,
    percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1268eb730cca6125a1c1c88331bdd1772faa33764cb5b51ba8ed95d2eb9b827f(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74d971c606ccfe8e65879fe8da18509897a7ba76860533a2c8ca26d35efb3931(
    *,
    numerator: jsii.Number,
    denominator: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4824e12ae2dd16095e98e2026b546c6c49e05e52d0dea1cfeb48ce1e6223e89c(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersRequestRedirectPath, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[HttpRouteSpecRulesFiltersRequestRedirectScheme] = None,
    status_code: typing.Optional[HttpRouteSpecRulesFiltersRequestRedirectStatusCode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52470e03da3852b3cebe06798b3072784f4a4e8723c265689228be889e00cde5(
    *,
    type: HttpRouteSpecRulesFiltersRequestRedirectPathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__989246b29e607c840c3760ead2d6f1a20679dd77201d643b48d855e65601b33a(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesFiltersResponseHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesFiltersResponseHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1007abd0bed263477991449b98f0a8cec61f60e5dc04403955c85513341a7371(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b164b3ae4766ef859304281ae40b05036c1dce978a8a2938251403686d34a6fa(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3752ce644045f08924a2878df8949d58610c81379fb0d1c556b1ab0b3e2cf60a(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersUrlRewritePath, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7b27de6684321447cbc441c955495ffd2d394743e396eb7944aaf925a7b6056f(
    *,
    type: HttpRouteSpecRulesFiltersUrlRewritePathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__965867ed0f56fb3b347cd61b0e2b8d3bcb6bce78baad85331b4e7c59a9f36b8e(
    *,
    headers: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesMatchesHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    method: typing.Optional[HttpRouteSpecRulesMatchesMethod] = None,
    path: typing.Optional[typing.Union[HttpRouteSpecRulesMatchesPath, typing.Dict[builtins.str, typing.Any]]] = None,
    query_params: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesMatchesQueryParams, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45a88b30930cfca9cf4d5479c0eab4e3315f33f135d4e04dbf037f382620a8ba(
    *,
    name: builtins.str,
    value: builtins.str,
    type: typing.Optional[HttpRouteSpecRulesMatchesHeadersType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c69cbe8bc9e6ead744cf1de607a3d07e7553dbc00e149023ca7b9db9361a46e(
    *,
    type: typing.Optional[HttpRouteSpecRulesMatchesPathType] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88c1579cb73942130416172cee09e1ee6f5b7429b5f50f7318d49f655b09802a(
    *,
    name: builtins.str,
    value: builtins.str,
    type: typing.Optional[HttpRouteSpecRulesMatchesQueryParamsType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6999af42586e2b56a6a648a71e9608cdf0c32d18e5362918c017ed50c8ac9224(
    *,
    backend_request: typing.Optional[builtins.str] = None,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51952e5fe4eb0dd6a917561be67437914b2c7e814eb1548560e31bdfbab1da43(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[HttpRouteV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abeeb9275288f9447a1e77186ab96054bea193cca9db98e3765fa64d51dd9c0a(
    *,
    spec: typing.Union[HttpRouteV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0488edbcb2348ca836bc4de710e57d9b2101ab82ea844197a42117663e4558a9(
    *,
    hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
    parent_refs: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecParentRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    rules: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00d78dd30024a9a32adb28ae0d9a55bc110d484f6f47fb066080c1ecd5ce4801(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df5dbf9b331a87cb575983e2807fc1c45a37a2a4ee775a49d49b8daf7af86a42(
    *,
    backend_refs: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    filters: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesFilters, typing.Dict[builtins.str, typing.Any]]]] = None,
    matches: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesMatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    timeouts: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d4bb256f9a9c9398325e9aeef977b9d96f63a3ca0017335f885ba251429b70b(
    *,
    name: builtins.str,
    filters: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFilters, typing.Dict[builtins.str, typing.Any]]]] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8a094f1c030441930acf004fb32adef08cd01213bf5a7049647e498f05a6ad9(
    *,
    type: HttpRouteV1Beta1SpecRulesBackendRefsFiltersType,
    cors: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersCors, typing.Dict[builtins.str, typing.Any]]] = None,
    extension_ref: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef, typing.Dict[builtins.str, typing.Any]]] = None,
    request_header_modifier: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    request_mirror: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    request_redirect: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    response_header_modifier: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    url_rewrite: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52c5526cdf6bb252f89723c25976a5639ae24bb9202b14910306537249980cc7(
    *,
    allow_credentials: typing.Optional[builtins.bool] = None,
    allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_methods: typing.Optional[typing.Sequence[HttpRouteV1Beta1SpecRulesBackendRefsFiltersCorsAllowMethods]] = None,
    allow_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
    expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_age: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8947d89287c2cdbac9f7de7c5e0d682fb97bd82f4653c878f75cbc092a7d088(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5274b7e9c968f30aca3aa8b791bd25e599b691c87cd123195b51c3170af8c8ec(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7c1e136fcc933c708ba2f11b688349d7f65d6d7bd1e351c7764bdebe1bdd780(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba83f17d4cd54b8e71049145861ccf09500440daf541a8b039f56b7054ad6c54(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__166335dec96f8960a95df9cd909f628cd056af23d30cbaa0949a0e35e1c61227(
    *,
    backend_ref: typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef, typing.Dict[builtins.str, typing.Any]],
    fraction: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction, typing.Dict[builtins.str, typing.Any]]] = None,
    percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__495928f061fece1d55bc9becd229810dfef8fde92f43993cd3a4d844403b788f(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32211d4d98f0297433e7e125125542a4b86bf747c62178cdf6e8f00a3ca97ecb(
    *,
    numerator: jsii.Number,
    denominator: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b74c1db591d39611a269ad6c683370f920abe5aea07fd9d588a7d1275c92ef6c(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme] = None,
    status_code: typing.Optional[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8870472f8af4e88075bf84da9066c761d08ebc92f306934e3ee5e702b9ee14ce(
    *,
    type: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79ace2abdd881d9d482d46ce980caa7a0e1c5dcee2c57afe2f619a7f8e1ec8d4(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e886540c74265e275b2810b8adfb29f4d28059dae0a4a35c95ef5fb6d9742b2(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__241ac181fc7bb913d4e9073ef7260720a790acad584e1ba822aac4eed421771a(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bfd96efd73bb43944b1c977a43285c7d2f9c4f4f5e3010c7e4093f4b58132c2(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36c236062e42a157d21b3029d3429a0bb89ca62ebfa838a2f1a0910e1be4a985(
    *,
    type: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__baed723cfe163e044aaf45e082ca7cab85f5ca1a17745f4da85559a5d79db2e0(
    *,
    type: HttpRouteV1Beta1SpecRulesFiltersType,
    cors: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersCors, typing.Dict[builtins.str, typing.Any]]] = None,
    extension_ref: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersExtensionRef, typing.Dict[builtins.str, typing.Any]]] = None,
    request_header_modifier: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    request_mirror: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    request_redirect: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    response_header_modifier: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    url_rewrite: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersUrlRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03b1d331a2307ebbe4a541e1a59553a4f3ded52a8e771d62c7737db10e8a2e0c(
    *,
    allow_credentials: typing.Optional[builtins.bool] = None,
    allow_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    allow_methods: typing.Optional[typing.Sequence[HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods]] = None,
    allow_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
    expose_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_age: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a4a6aa1dd5a58e7e813d5342c5d5c35b7bd90344bc20bd4028ba4a189adc527(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a21beee732d656e9c5631a77f889297021be273ebe7a0985afdcd078ba31d060(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8d5f942a4d98ae4ffa95837ad0db4734b2648cedd3bbfb2acd331925f82fab2(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c34e0cc04938882353c1d680403c0a69a0a1452659f497c8dd7a65b991fbc372(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__675415d5c0073e8118732bc5153598e35b5e80325da7877c537a178c85b416f0(
    *,
    backend_ref: typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef, typing.Dict[builtins.str, typing.Any]],
    fraction: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction, typing.Dict[builtins.str, typing.Any]]] = None,
    percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00132d926368c8b32b81ab480f0f057120b31b754d09668c7fd8afe2dc46c5d5(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__475f9fa15463df5374e760118fdd47047a7ecc88868e61ad8f91bdbd5a1f4cf9(
    *,
    numerator: jsii.Number,
    denominator: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae043d2204edf145de1e4e66bb8d6c5a8ef12d8aceb3a22c3ffa5d72c5d60375(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme] = None,
    status_code: typing.Optional[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5135f7e9e84b12097b1bed18511ecad86f82c1706a685e97663dfe4a3529530a(
    *,
    type: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d131db956e2aebdeb649abda169e7efd618371981f20a8a48ae6b90adfc17d03(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__009b6295801a97758d2cee515ccf3871116ad47e4b786de8532bedc9fd609114(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5b1769c65545f5612722e5c9ff960609399fc6e6a4a49ba3f794e6a80b204cc(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3007157312e3139b90144b1567332180e4d8a108abed25c52f113fcae52aac51(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e07fac31e4fc218608ad4fc9ac34c87c8a4da042f2985c68c12c93f9d8a8281(
    *,
    type: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18de8faf4c7eb3568006bec65dfcf25db4af2a87cb254eeaedec650456965db1(
    *,
    headers: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesMatchesHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    method: typing.Optional[HttpRouteV1Beta1SpecRulesMatchesMethod] = None,
    path: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesMatchesPath, typing.Dict[builtins.str, typing.Any]]] = None,
    query_params: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesMatchesQueryParams, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c897c5dd888f6a5262c002496f3de241c6f95ce048718fe651e34f4949f56e87(
    *,
    name: builtins.str,
    value: builtins.str,
    type: typing.Optional[HttpRouteV1Beta1SpecRulesMatchesHeadersType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63affa25be89836c66a026268d225056366169f96e9f3806468d01951b937895(
    *,
    type: typing.Optional[HttpRouteV1Beta1SpecRulesMatchesPathType] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9726f8a2fad1e665ccec24b3c1a297af0b06f0757b4a91142b47e5cdc2b7f60a(
    *,
    name: builtins.str,
    value: builtins.str,
    type: typing.Optional[HttpRouteV1Beta1SpecRulesMatchesQueryParamsType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9d2277cf5f512b19a7f8f9b5d3b343cfc5228ba8ffcf25d86e107fca55642bc(
    *,
    backend_request: typing.Optional[builtins.str] = None,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
