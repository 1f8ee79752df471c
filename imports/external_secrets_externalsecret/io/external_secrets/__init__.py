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


class ExternalSecret(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecret",
):
    '''ExternalSecret is the Schema for the external-secrets API.

    It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.

    :schema: ExternalSecret
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ExternalSecretSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ExternalSecret" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ExternalSecretSpec defines the desired state of ExternalSecret.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__94f0563795cedb42d07c74f63d0c21a7a21a7aed0cd0592f3e18cb269a717ce4)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ExternalSecretProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ExternalSecretSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ExternalSecret".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ExternalSecretSpec defines the desired state of ExternalSecret.
        '''
        props = ExternalSecretProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ExternalSecret".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ExternalSecretProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ExternalSecretSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecret is the Schema for the external-secrets API.

        It defines how to fetch data from external APIs and make it available as Kubernetes Secrets.

        :param metadata: 
        :param spec: ExternalSecretSpec defines the desired state of ExternalSecret.

        :schema: ExternalSecret
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ExternalSecretSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b0076af1d7e5819f1ed4b2b1fbce37d64645a71fda9ae98da1713c2c898c410)
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
        :schema: ExternalSecret#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ExternalSecretSpec"]:
        '''ExternalSecretSpec defines the desired state of ExternalSecret.

        :schema: ExternalSecret#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ExternalSecretSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpec",
    jsii_struct_bases=[],
    name_mapping={
        "data": "data",
        "data_from": "dataFrom",
        "refresh_interval": "refreshInterval",
        "refresh_policy": "refreshPolicy",
        "secret_store_ref": "secretStoreRef",
        "sync_windows": "syncWindows",
        "target": "target",
    },
)
class ExternalSecretSpec:
    def __init__(
        self,
        *,
        data: typing.Optional[typing.Sequence[typing.Union["ExternalSecretSpecData", typing.Dict[builtins.str, typing.Any]]]] = None,
        data_from: typing.Optional[typing.Sequence[typing.Union["ExternalSecretSpecDataFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        refresh_interval: typing.Optional[builtins.str] = None,
        refresh_policy: typing.Optional["ExternalSecretSpecRefreshPolicy"] = None,
        secret_store_ref: typing.Optional[typing.Union["ExternalSecretSpecSecretStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
        sync_windows: typing.Optional[typing.Union["ExternalSecretSpecSyncWindows", typing.Dict[builtins.str, typing.Any]]] = None,
        target: typing.Optional[typing.Union["ExternalSecretSpecTarget", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretSpec defines the desired state of ExternalSecret.

        :param data: Data defines the connection between the Kubernetes Secret keys and the Provider data.
        :param data_from: DataFrom is used to fetch all properties from a specific Provider data If multiple entries are specified, the Secret keys are merged in the specified order.
        :param refresh_interval: RefreshInterval is the amount of time before the values are read again from the SecretStore provider, specified as Golang Duration strings. Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h" Example values: "1h0m0s", "2h30m0s", "10m0s" May be set to "0s" to fetch and create it once. Defaults to 1h0m0s. Default: 1h0m0s.
        :param refresh_policy: RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval. No periodic updates occur if refreshInterval is 0. - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
        :param secret_store_ref: SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
        :param sync_windows: SyncWindows optionally restricts when periodic refreshes may occur. Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).
        :param target: ExternalSecretTarget defines the Kubernetes Secret to be created, there can be only one target per ExternalSecret.

        :schema: ExternalSecretSpec
        '''
        if isinstance(secret_store_ref, dict):
            secret_store_ref = ExternalSecretSpecSecretStoreRef(**secret_store_ref)
        if isinstance(sync_windows, dict):
            sync_windows = ExternalSecretSpecSyncWindows(**sync_windows)
        if isinstance(target, dict):
            target = ExternalSecretSpecTarget(**target)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9214c1c966e3f49c2418f9343fd8df76e5813c810e34c661cc62159c5af3dd4c)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument data_from", value=data_from, expected_type=type_hints["data_from"])
            check_type(argname="argument refresh_interval", value=refresh_interval, expected_type=type_hints["refresh_interval"])
            check_type(argname="argument refresh_policy", value=refresh_policy, expected_type=type_hints["refresh_policy"])
            check_type(argname="argument secret_store_ref", value=secret_store_ref, expected_type=type_hints["secret_store_ref"])
            check_type(argname="argument sync_windows", value=sync_windows, expected_type=type_hints["sync_windows"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if data_from is not None:
            self._values["data_from"] = data_from
        if refresh_interval is not None:
            self._values["refresh_interval"] = refresh_interval
        if refresh_policy is not None:
            self._values["refresh_policy"] = refresh_policy
        if secret_store_ref is not None:
            self._values["secret_store_ref"] = secret_store_ref
        if sync_windows is not None:
            self._values["sync_windows"] = sync_windows
        if target is not None:
            self._values["target"] = target

    @builtins.property
    def data(self) -> typing.Optional[typing.List["ExternalSecretSpecData"]]:
        '''Data defines the connection between the Kubernetes Secret keys and the Provider data.

        :schema: ExternalSecretSpec#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[typing.List["ExternalSecretSpecData"]], result)

    @builtins.property
    def data_from(self) -> typing.Optional[typing.List["ExternalSecretSpecDataFrom"]]:
        '''DataFrom is used to fetch all properties from a specific Provider data If multiple entries are specified, the Secret keys are merged in the specified order.

        :schema: ExternalSecretSpec#dataFrom
        '''
        result = self._values.get("data_from")
        return typing.cast(typing.Optional[typing.List["ExternalSecretSpecDataFrom"]], result)

    @builtins.property
    def refresh_interval(self) -> typing.Optional[builtins.str]:
        '''RefreshInterval is the amount of time before the values are read again from the SecretStore provider, specified as Golang Duration strings.

        Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h"
        Example values: "1h0m0s", "2h30m0s", "10m0s"
        May be set to "0s" to fetch and create it once. Defaults to 1h0m0s.

        :default: 1h0m0s.

        :schema: ExternalSecretSpec#refreshInterval
        '''
        result = self._values.get("refresh_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_policy(self) -> typing.Optional["ExternalSecretSpecRefreshPolicy"]:
        '''RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.

        No periodic updates occur if refreshInterval is 0.

        - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes

        :schema: ExternalSecretSpec#refreshPolicy
        '''
        result = self._values.get("refresh_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecRefreshPolicy"], result)

    @builtins.property
    def secret_store_ref(self) -> typing.Optional["ExternalSecretSpecSecretStoreRef"]:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpec#secretStoreRef
        '''
        result = self._values.get("secret_store_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecSecretStoreRef"], result)

    @builtins.property
    def sync_windows(self) -> typing.Optional["ExternalSecretSpecSyncWindows"]:
        '''SyncWindows optionally restricts when periodic refreshes may occur.

        Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).

        :schema: ExternalSecretSpec#syncWindows
        '''
        result = self._values.get("sync_windows")
        return typing.cast(typing.Optional["ExternalSecretSpecSyncWindows"], result)

    @builtins.property
    def target(self) -> typing.Optional["ExternalSecretSpecTarget"]:
        '''ExternalSecretTarget defines the Kubernetes Secret to be created, there can be only one target per ExternalSecret.

        :schema: ExternalSecretSpec#target
        '''
        result = self._values.get("target")
        return typing.cast(typing.Optional["ExternalSecretSpecTarget"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecData",
    jsii_struct_bases=[],
    name_mapping={
        "remote_ref": "remoteRef",
        "secret_key": "secretKey",
        "source_ref": "sourceRef",
    },
)
class ExternalSecretSpecData:
    def __init__(
        self,
        *,
        remote_ref: typing.Union["ExternalSecretSpecDataRemoteRef", typing.Dict[builtins.str, typing.Any]],
        secret_key: builtins.str,
        source_ref: typing.Optional[typing.Union["ExternalSecretSpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretData defines the connection between the Kubernetes Secret key (spec.data.) and the Provider data.

        :param remote_ref: RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.
        :param secret_key: The key in the Kubernetes Secret to store the value.
        :param source_ref: SourceRef allows you to override the source from which the value will be pulled.

        :schema: ExternalSecretSpecData
        '''
        if isinstance(remote_ref, dict):
            remote_ref = ExternalSecretSpecDataRemoteRef(**remote_ref)
        if isinstance(source_ref, dict):
            source_ref = ExternalSecretSpecDataSourceRef(**source_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a571a3255f905dae959c7fed614dfc4318dbe154447d4de0214d3ed6d3a131bb)
            check_type(argname="argument remote_ref", value=remote_ref, expected_type=type_hints["remote_ref"])
            check_type(argname="argument secret_key", value=secret_key, expected_type=type_hints["secret_key"])
            check_type(argname="argument source_ref", value=source_ref, expected_type=type_hints["source_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "remote_ref": remote_ref,
            "secret_key": secret_key,
        }
        if source_ref is not None:
            self._values["source_ref"] = source_ref

    @builtins.property
    def remote_ref(self) -> "ExternalSecretSpecDataRemoteRef":
        '''RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.

        :schema: ExternalSecretSpecData#remoteRef
        '''
        result = self._values.get("remote_ref")
        assert result is not None, "Required property 'remote_ref' is missing"
        return typing.cast("ExternalSecretSpecDataRemoteRef", result)

    @builtins.property
    def secret_key(self) -> builtins.str:
        '''The key in the Kubernetes Secret to store the value.

        :schema: ExternalSecretSpecData#secretKey
        '''
        result = self._values.get("secret_key")
        assert result is not None, "Required property 'secret_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def source_ref(self) -> typing.Optional["ExternalSecretSpecDataSourceRef"]:
        '''SourceRef allows you to override the source from which the value will be pulled.

        :schema: ExternalSecretSpecData#sourceRef
        '''
        result = self._values.get("source_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataSourceRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecData(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFrom",
    jsii_struct_bases=[],
    name_mapping={
        "extract": "extract",
        "find": "find",
        "rewrite": "rewrite",
        "source_ref": "sourceRef",
    },
)
class ExternalSecretSpecDataFrom:
    def __init__(
        self,
        *,
        extract: typing.Optional[typing.Union["ExternalSecretSpecDataFromExtract", typing.Dict[builtins.str, typing.Any]]] = None,
        find: typing.Optional[typing.Union["ExternalSecretSpecDataFromFind", typing.Dict[builtins.str, typing.Any]]] = None,
        rewrite: typing.Optional[typing.Sequence[typing.Union["ExternalSecretSpecDataFromRewrite", typing.Dict[builtins.str, typing.Any]]]] = None,
        source_ref: typing.Optional[typing.Union["ExternalSecretSpecDataFromSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretDataFromRemoteRef defines the connection between the Kubernetes Secret keys and the Provider data when using DataFrom to fetch multiple values from a Provider.

        :param extract: Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
        :param find: Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
        :param rewrite: Used to rewrite secret Keys after getting them from the secret Provider Multiple Rewrite operations can be provided. They are applied in a layered order (first to last)
        :param source_ref: SourceRef points to a store or generator which contains secret values ready to use. Use this in combination with Extract or Find pull values out of a specific SecretStore. When sourceRef points to a generator Extract or Find is not supported. The generator returns a static map of values

        :schema: ExternalSecretSpecDataFrom
        '''
        if isinstance(extract, dict):
            extract = ExternalSecretSpecDataFromExtract(**extract)
        if isinstance(find, dict):
            find = ExternalSecretSpecDataFromFind(**find)
        if isinstance(source_ref, dict):
            source_ref = ExternalSecretSpecDataFromSourceRef(**source_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab0905b90195eb94fb29b7af911fb461beb10d16c6b283e99ebdfdee00ca0599)
            check_type(argname="argument extract", value=extract, expected_type=type_hints["extract"])
            check_type(argname="argument find", value=find, expected_type=type_hints["find"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument source_ref", value=source_ref, expected_type=type_hints["source_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if extract is not None:
            self._values["extract"] = extract
        if find is not None:
            self._values["find"] = find
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if source_ref is not None:
            self._values["source_ref"] = source_ref

    @builtins.property
    def extract(self) -> typing.Optional["ExternalSecretSpecDataFromExtract"]:
        '''Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :schema: ExternalSecretSpecDataFrom#extract
        '''
        result = self._values.get("extract")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtract"], result)

    @builtins.property
    def find(self) -> typing.Optional["ExternalSecretSpecDataFromFind"]:
        '''Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :schema: ExternalSecretSpecDataFrom#find
        '''
        result = self._values.get("find")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFind"], result)

    @builtins.property
    def rewrite(
        self,
    ) -> typing.Optional[typing.List["ExternalSecretSpecDataFromRewrite"]]:
        '''Used to rewrite secret Keys after getting them from the secret Provider Multiple Rewrite operations can be provided.

        They are applied in a layered order (first to last)

        :schema: ExternalSecretSpecDataFrom#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional[typing.List["ExternalSecretSpecDataFromRewrite"]], result)

    @builtins.property
    def source_ref(self) -> typing.Optional["ExternalSecretSpecDataFromSourceRef"]:
        '''SourceRef points to a store or generator which contains secret values ready to use.

        Use this in combination with Extract or Find pull values out of
        a specific SecretStore.
        When sourceRef points to a generator Extract or Find is not supported.
        The generator returns a static map of values

        :schema: ExternalSecretSpecDataFrom#sourceRef
        '''
        result = self._values.get("source_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromSourceRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromExtract",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "conversion_strategy": "conversionStrategy",
        "decoding_strategy": "decodingStrategy",
        "metadata_policy": "metadataPolicy",
        "null_byte_policy": "nullBytePolicy",
        "property": "property",
        "version": "version",
    },
)
class ExternalSecretSpecDataFromExtract:
    def __init__(
        self,
        *,
        key: builtins.str,
        conversion_strategy: typing.Optional["ExternalSecretSpecDataFromExtractConversionStrategy"] = None,
        decoding_strategy: typing.Optional["ExternalSecretSpecDataFromExtractDecodingStrategy"] = None,
        metadata_policy: typing.Optional["ExternalSecretSpecDataFromExtractMetadataPolicy"] = None,
        null_byte_policy: typing.Optional["ExternalSecretSpecDataFromExtractNullBytePolicy"] = None,
        property: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :param key: Key is the key used in the Provider, mandatory.
        :param conversion_strategy: Used to define a conversion Strategy. Defaults to Default when omitted. Default: Default when omitted.
        :param decoding_strategy: Used to define a decoding Strategy. Defaults to None when omitted. Default: None when omitted.
        :param metadata_policy: Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None Default: None
        :param null_byte_policy: Controls how ESO handles fetched secret data containing NUL bytes for this source.
        :param property: Used to select a specific property of the Provider value (if a map), if supported.
        :param version: Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretSpecDataFromExtract
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea14e1b56f4161bb6ff2032e9933088cb315932403273e0bf938bad51dd007f2)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument decoding_strategy", value=decoding_strategy, expected_type=type_hints["decoding_strategy"])
            check_type(argname="argument metadata_policy", value=metadata_policy, expected_type=type_hints["metadata_policy"])
            check_type(argname="argument null_byte_policy", value=null_byte_policy, expected_type=type_hints["null_byte_policy"])
            check_type(argname="argument property", value=property, expected_type=type_hints["property"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if decoding_strategy is not None:
            self._values["decoding_strategy"] = decoding_strategy
        if metadata_policy is not None:
            self._values["metadata_policy"] = metadata_policy
        if null_byte_policy is not None:
            self._values["null_byte_policy"] = null_byte_policy
        if property is not None:
            self._values["property"] = property
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def key(self) -> builtins.str:
        '''Key is the key used in the Provider, mandatory.

        :schema: ExternalSecretSpecDataFromExtract#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromExtractConversionStrategy"]:
        '''Used to define a conversion Strategy.

        Defaults to Default when omitted.

        :default: Default when omitted.

        :schema: ExternalSecretSpecDataFromExtract#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtractConversionStrategy"], result)

    @builtins.property
    def decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromExtractDecodingStrategy"]:
        '''Used to define a decoding Strategy.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: ExternalSecretSpecDataFromExtract#decodingStrategy
        '''
        result = self._values.get("decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtractDecodingStrategy"], result)

    @builtins.property
    def metadata_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromExtractMetadataPolicy"]:
        '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

        Defaults to None

        :default: None

        :schema: ExternalSecretSpecDataFromExtract#metadataPolicy
        '''
        result = self._values.get("metadata_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtractMetadataPolicy"], result)

    @builtins.property
    def null_byte_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromExtractNullBytePolicy"]:
        '''Controls how ESO handles fetched secret data containing NUL bytes for this source.

        :schema: ExternalSecretSpecDataFromExtract#nullBytePolicy
        '''
        result = self._values.get("null_byte_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromExtractNullBytePolicy"], result)

    @builtins.property
    def property(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific property of the Provider value (if a map), if supported.

        :schema: ExternalSecretSpecDataFromExtract#property
        '''
        result = self._values.get("property")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretSpecDataFromExtract#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromExtract(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromExtractConversionStrategy"
)
class ExternalSecretSpecDataFromExtractConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy.

    Defaults to Default when omitted.

    :default: Default when omitted.

    :schema: ExternalSecretSpecDataFromExtractConversionStrategy
    '''

    DEFAULT = "DEFAULT"
    '''Default.'''
    UNICODE = "UNICODE"
    '''Unicode.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromExtractDecodingStrategy"
)
class ExternalSecretSpecDataFromExtractDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: ExternalSecretSpecDataFromExtractDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromExtractMetadataPolicy"
)
class ExternalSecretSpecDataFromExtractMetadataPolicy(enum.Enum):
    '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

    Defaults to None

    :default: None

    :schema: ExternalSecretSpecDataFromExtractMetadataPolicy
    '''

    NONE = "NONE"
    '''None.'''
    FETCH = "FETCH"
    '''Fetch.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromExtractNullBytePolicy"
)
class ExternalSecretSpecDataFromExtractNullBytePolicy(enum.Enum):
    '''Controls how ESO handles fetched secret data containing NUL bytes for this source.

    :schema: ExternalSecretSpecDataFromExtractNullBytePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromFind",
    jsii_struct_bases=[],
    name_mapping={
        "conversion_strategy": "conversionStrategy",
        "decoding_strategy": "decodingStrategy",
        "name": "name",
        "null_byte_policy": "nullBytePolicy",
        "path": "path",
        "tags": "tags",
    },
)
class ExternalSecretSpecDataFromFind:
    def __init__(
        self,
        *,
        conversion_strategy: typing.Optional["ExternalSecretSpecDataFromFindConversionStrategy"] = None,
        decoding_strategy: typing.Optional["ExternalSecretSpecDataFromFindDecodingStrategy"] = None,
        name: typing.Optional[typing.Union["ExternalSecretSpecDataFromFindName", typing.Dict[builtins.str, typing.Any]]] = None,
        null_byte_policy: typing.Optional["ExternalSecretSpecDataFromFindNullBytePolicy"] = None,
        path: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :param conversion_strategy: Used to define a conversion Strategy. Defaults to Default when omitted. Default: Default when omitted.
        :param decoding_strategy: Used to define a decoding Strategy. Defaults to None when omitted. Default: None when omitted.
        :param name: Finds secrets based on the name.
        :param null_byte_policy: Controls how ESO handles fetched secret data containing NUL bytes for this find source.
        :param path: A root path to start the find operations.
        :param tags: Find secrets based on tags.

        :schema: ExternalSecretSpecDataFromFind
        '''
        if isinstance(name, dict):
            name = ExternalSecretSpecDataFromFindName(**name)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38bf290903769215a9649fd7404223a95e09230f46e0db5f5a12bb14196c8721)
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument decoding_strategy", value=decoding_strategy, expected_type=type_hints["decoding_strategy"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument null_byte_policy", value=null_byte_policy, expected_type=type_hints["null_byte_policy"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if decoding_strategy is not None:
            self._values["decoding_strategy"] = decoding_strategy
        if name is not None:
            self._values["name"] = name
        if null_byte_policy is not None:
            self._values["null_byte_policy"] = null_byte_policy
        if path is not None:
            self._values["path"] = path
        if tags is not None:
            self._values["tags"] = tags

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromFindConversionStrategy"]:
        '''Used to define a conversion Strategy.

        Defaults to Default when omitted.

        :default: Default when omitted.

        :schema: ExternalSecretSpecDataFromFind#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFindConversionStrategy"], result)

    @builtins.property
    def decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromFindDecodingStrategy"]:
        '''Used to define a decoding Strategy.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: ExternalSecretSpecDataFromFind#decodingStrategy
        '''
        result = self._values.get("decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFindDecodingStrategy"], result)

    @builtins.property
    def name(self) -> typing.Optional["ExternalSecretSpecDataFromFindName"]:
        '''Finds secrets based on the name.

        :schema: ExternalSecretSpecDataFromFind#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFindName"], result)

    @builtins.property
    def null_byte_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromFindNullBytePolicy"]:
        '''Controls how ESO handles fetched secret data containing NUL bytes for this find source.

        :schema: ExternalSecretSpecDataFromFind#nullBytePolicy
        '''
        result = self._values.get("null_byte_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromFindNullBytePolicy"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''A root path to start the find operations.

        :schema: ExternalSecretSpecDataFromFind#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Find secrets based on tags.

        :schema: ExternalSecretSpecDataFromFind#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromFind(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromFindConversionStrategy"
)
class ExternalSecretSpecDataFromFindConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy.

    Defaults to Default when omitted.

    :default: Default when omitted.

    :schema: ExternalSecretSpecDataFromFindConversionStrategy
    '''

    DEFAULT = "DEFAULT"
    '''Default.'''
    UNICODE = "UNICODE"
    '''Unicode.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromFindDecodingStrategy"
)
class ExternalSecretSpecDataFromFindDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: ExternalSecretSpecDataFromFindDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromFindName",
    jsii_struct_bases=[],
    name_mapping={"regexp": "regexp"},
)
class ExternalSecretSpecDataFromFindName:
    def __init__(self, *, regexp: typing.Optional[builtins.str] = None) -> None:
        '''Finds secrets based on the name.

        :param regexp: Finds secrets base.

        :schema: ExternalSecretSpecDataFromFindName
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5028eeea7642748d17f91228c7feab03521200abd29aaf1e5e256e0a49346746)
            check_type(argname="argument regexp", value=regexp, expected_type=type_hints["regexp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if regexp is not None:
            self._values["regexp"] = regexp

    @builtins.property
    def regexp(self) -> typing.Optional[builtins.str]:
        '''Finds secrets base.

        :schema: ExternalSecretSpecDataFromFindName#regexp
        '''
        result = self._values.get("regexp")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromFindName(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromFindNullBytePolicy"
)
class ExternalSecretSpecDataFromFindNullBytePolicy(enum.Enum):
    '''Controls how ESO handles fetched secret data containing NUL bytes for this find source.

    :schema: ExternalSecretSpecDataFromFindNullBytePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromRewrite",
    jsii_struct_bases=[],
    name_mapping={"merge": "merge", "regexp": "regexp", "transform": "transform"},
)
class ExternalSecretSpecDataFromRewrite:
    def __init__(
        self,
        *,
        merge: typing.Optional[typing.Union["ExternalSecretSpecDataFromRewriteMerge", typing.Dict[builtins.str, typing.Any]]] = None,
        regexp: typing.Optional[typing.Union["ExternalSecretSpecDataFromRewriteRegexp", typing.Dict[builtins.str, typing.Any]]] = None,
        transform: typing.Optional[typing.Union["ExternalSecretSpecDataFromRewriteTransform", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretRewrite defines how to rewrite secret data values before they are written to the Secret.

        :param merge: Used to merge key/values in one single Secret The resulting key will contain all values from the specified secrets.
        :param regexp: Used to rewrite with regular expressions. The resulting key will be the output of a regexp.ReplaceAll operation.
        :param transform: Used to apply string transformation on the secrets. The resulting key will be the output of the template applied by the operation.

        :schema: ExternalSecretSpecDataFromRewrite
        '''
        if isinstance(merge, dict):
            merge = ExternalSecretSpecDataFromRewriteMerge(**merge)
        if isinstance(regexp, dict):
            regexp = ExternalSecretSpecDataFromRewriteRegexp(**regexp)
        if isinstance(transform, dict):
            transform = ExternalSecretSpecDataFromRewriteTransform(**transform)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c83927b91ced2b29bc9c12167706541e9fe34faccc430409dce6aa667b6cbb53)
            check_type(argname="argument merge", value=merge, expected_type=type_hints["merge"])
            check_type(argname="argument regexp", value=regexp, expected_type=type_hints["regexp"])
            check_type(argname="argument transform", value=transform, expected_type=type_hints["transform"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if merge is not None:
            self._values["merge"] = merge
        if regexp is not None:
            self._values["regexp"] = regexp
        if transform is not None:
            self._values["transform"] = transform

    @builtins.property
    def merge(self) -> typing.Optional["ExternalSecretSpecDataFromRewriteMerge"]:
        '''Used to merge key/values in one single Secret The resulting key will contain all values from the specified secrets.

        :schema: ExternalSecretSpecDataFromRewrite#merge
        '''
        result = self._values.get("merge")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteMerge"], result)

    @builtins.property
    def regexp(self) -> typing.Optional["ExternalSecretSpecDataFromRewriteRegexp"]:
        '''Used to rewrite with regular expressions.

        The resulting key will be the output of a regexp.ReplaceAll operation.

        :schema: ExternalSecretSpecDataFromRewrite#regexp
        '''
        result = self._values.get("regexp")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteRegexp"], result)

    @builtins.property
    def transform(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromRewriteTransform"]:
        '''Used to apply string transformation on the secrets.

        The resulting key will be the output of the template applied by the operation.

        :schema: ExternalSecretSpecDataFromRewrite#transform
        '''
        result = self._values.get("transform")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteTransform"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromRewriteMerge",
    jsii_struct_bases=[],
    name_mapping={
        "conflict_policy": "conflictPolicy",
        "into": "into",
        "priority": "priority",
        "priority_policy": "priorityPolicy",
        "strategy": "strategy",
    },
)
class ExternalSecretSpecDataFromRewriteMerge:
    def __init__(
        self,
        *,
        conflict_policy: typing.Optional["ExternalSecretSpecDataFromRewriteMergeConflictPolicy"] = None,
        into: typing.Optional[builtins.str] = None,
        priority: typing.Optional[typing.Sequence[builtins.str]] = None,
        priority_policy: typing.Optional["ExternalSecretSpecDataFromRewriteMergePriorityPolicy"] = None,
        strategy: typing.Optional["ExternalSecretSpecDataFromRewriteMergeStrategy"] = None,
    ) -> None:
        '''Used to merge key/values in one single Secret The resulting key will contain all values from the specified secrets.

        :param conflict_policy: Used to define the policy to use in conflict resolution.
        :param into: Used to define the target key of the merge operation. Required if strategy is JSON. Ignored otherwise.
        :param priority: Used to define key priority in conflict resolution.
        :param priority_policy: Used to define the policy when a key in the priority list does not exist in the input.
        :param strategy: Used to define the strategy to use in the merge operation.

        :schema: ExternalSecretSpecDataFromRewriteMerge
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6bcfa3e86a5486d5be7b343f09ac5b55330a447dc04abf1740dca1a81ec17e6)
            check_type(argname="argument conflict_policy", value=conflict_policy, expected_type=type_hints["conflict_policy"])
            check_type(argname="argument into", value=into, expected_type=type_hints["into"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument priority_policy", value=priority_policy, expected_type=type_hints["priority_policy"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if conflict_policy is not None:
            self._values["conflict_policy"] = conflict_policy
        if into is not None:
            self._values["into"] = into
        if priority is not None:
            self._values["priority"] = priority
        if priority_policy is not None:
            self._values["priority_policy"] = priority_policy
        if strategy is not None:
            self._values["strategy"] = strategy

    @builtins.property
    def conflict_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromRewriteMergeConflictPolicy"]:
        '''Used to define the policy to use in conflict resolution.

        :schema: ExternalSecretSpecDataFromRewriteMerge#conflictPolicy
        '''
        result = self._values.get("conflict_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteMergeConflictPolicy"], result)

    @builtins.property
    def into(self) -> typing.Optional[builtins.str]:
        '''Used to define the target key of the merge operation.

        Required if strategy is JSON. Ignored otherwise.

        :schema: ExternalSecretSpecDataFromRewriteMerge#into
        '''
        result = self._values.get("into")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def priority(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Used to define key priority in conflict resolution.

        :schema: ExternalSecretSpecDataFromRewriteMerge#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def priority_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromRewriteMergePriorityPolicy"]:
        '''Used to define the policy when a key in the priority list does not exist in the input.

        :schema: ExternalSecretSpecDataFromRewriteMerge#priorityPolicy
        '''
        result = self._values.get("priority_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteMergePriorityPolicy"], result)

    @builtins.property
    def strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromRewriteMergeStrategy"]:
        '''Used to define the strategy to use in the merge operation.

        :schema: ExternalSecretSpecDataFromRewriteMerge#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromRewriteMergeStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromRewriteMerge(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromRewriteMergeConflictPolicy"
)
class ExternalSecretSpecDataFromRewriteMergeConflictPolicy(enum.Enum):
    '''Used to define the policy to use in conflict resolution.

    :schema: ExternalSecretSpecDataFromRewriteMergeConflictPolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    ERROR = "ERROR"
    '''Error.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromRewriteMergePriorityPolicy"
)
class ExternalSecretSpecDataFromRewriteMergePriorityPolicy(enum.Enum):
    '''Used to define the policy when a key in the priority list does not exist in the input.

    :schema: ExternalSecretSpecDataFromRewriteMergePriorityPolicy
    '''

    IGNORE_NOT_FOUND = "IGNORE_NOT_FOUND"
    '''IgnoreNotFound.'''
    STRICT = "STRICT"
    '''Strict.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromRewriteMergeStrategy"
)
class ExternalSecretSpecDataFromRewriteMergeStrategy(enum.Enum):
    '''Used to define the strategy to use in the merge operation.

    :schema: ExternalSecretSpecDataFromRewriteMergeStrategy
    '''

    EXTRACT = "EXTRACT"
    '''Extract.'''
    JSON = "JSON"
    '''JSON.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromRewriteRegexp",
    jsii_struct_bases=[],
    name_mapping={"source": "source", "target": "target"},
)
class ExternalSecretSpecDataFromRewriteRegexp:
    def __init__(self, *, source: builtins.str, target: builtins.str) -> None:
        '''Used to rewrite with regular expressions.

        The resulting key will be the output of a regexp.ReplaceAll operation.

        :param source: Used to define the regular expression of a re.Compiler.
        :param target: Used to define the target pattern of a ReplaceAll operation.

        :schema: ExternalSecretSpecDataFromRewriteRegexp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__27147e7abc3f9a78c92c8b66cef1ef896accd40edeab6b4b6c318c13f9c55870)
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "source": source,
            "target": target,
        }

    @builtins.property
    def source(self) -> builtins.str:
        '''Used to define the regular expression of a re.Compiler.

        :schema: ExternalSecretSpecDataFromRewriteRegexp#source
        '''
        result = self._values.get("source")
        assert result is not None, "Required property 'source' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target(self) -> builtins.str:
        '''Used to define the target pattern of a ReplaceAll operation.

        :schema: ExternalSecretSpecDataFromRewriteRegexp#target
        '''
        result = self._values.get("target")
        assert result is not None, "Required property 'target' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromRewriteRegexp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromRewriteTransform",
    jsii_struct_bases=[],
    name_mapping={"template": "template"},
)
class ExternalSecretSpecDataFromRewriteTransform:
    def __init__(self, *, template: builtins.str) -> None:
        '''Used to apply string transformation on the secrets.

        The resulting key will be the output of the template applied by the operation.

        :param template: Used to define the template to apply on the secret name. ``.value `` will specify the secret name in the template.

        :schema: ExternalSecretSpecDataFromRewriteTransform
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65b1b0c98c045c4043583c0478686874c9523229eb1503610e2385dbfb2d6a4c)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "template": template,
        }

    @builtins.property
    def template(self) -> builtins.str:
        '''Used to define the template to apply on the secret name.

        ``.value `` will specify the secret name in the template.

        :schema: ExternalSecretSpecDataFromRewriteTransform#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromRewriteTransform(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromSourceRef",
    jsii_struct_bases=[],
    name_mapping={"generator_ref": "generatorRef", "store_ref": "storeRef"},
)
class ExternalSecretSpecDataFromSourceRef:
    def __init__(
        self,
        *,
        generator_ref: typing.Optional[typing.Union["ExternalSecretSpecDataFromSourceRefGeneratorRef", typing.Dict[builtins.str, typing.Any]]] = None,
        store_ref: typing.Optional[typing.Union["ExternalSecretSpecDataFromSourceRefStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SourceRef points to a store or generator which contains secret values ready to use.

        Use this in combination with Extract or Find pull values out of
        a specific SecretStore.
        When sourceRef points to a generator Extract or Find is not supported.
        The generator returns a static map of values

        :param generator_ref: GeneratorRef points to a generator custom resource.
        :param store_ref: SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpecDataFromSourceRef
        '''
        if isinstance(generator_ref, dict):
            generator_ref = ExternalSecretSpecDataFromSourceRefGeneratorRef(**generator_ref)
        if isinstance(store_ref, dict):
            store_ref = ExternalSecretSpecDataFromSourceRefStoreRef(**store_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b0b18ae91827a27ccaaccc4872cc443b96cd5b9b0c71241df52186317036b485)
            check_type(argname="argument generator_ref", value=generator_ref, expected_type=type_hints["generator_ref"])
            check_type(argname="argument store_ref", value=store_ref, expected_type=type_hints["store_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if generator_ref is not None:
            self._values["generator_ref"] = generator_ref
        if store_ref is not None:
            self._values["store_ref"] = store_ref

    @builtins.property
    def generator_ref(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromSourceRefGeneratorRef"]:
        '''GeneratorRef points to a generator custom resource.

        :schema: ExternalSecretSpecDataFromSourceRef#generatorRef
        '''
        result = self._values.get("generator_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromSourceRefGeneratorRef"], result)

    @builtins.property
    def store_ref(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRef"]:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpecDataFromSourceRef#storeRef
        '''
        result = self._values.get("store_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromSourceRefGeneratorRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_version": "apiVersion"},
)
class ExternalSecretSpecDataFromSourceRefGeneratorRef:
    def __init__(
        self,
        *,
        kind: "ExternalSecretSpecDataFromSourceRefGeneratorRefKind",
        name: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GeneratorRef points to a generator custom resource.

        :param kind: Specify the Kind of the generator resource.
        :param name: Specify the name of the generator resource.
        :param api_version: Specify the apiVersion of the generator resource.

        :schema: ExternalSecretSpecDataFromSourceRefGeneratorRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e081813280d38369a217fd3425de4f911b2586ce97c709b5313babe1fde131d)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def kind(self) -> "ExternalSecretSpecDataFromSourceRefGeneratorRefKind":
        '''Specify the Kind of the generator resource.

        :schema: ExternalSecretSpecDataFromSourceRefGeneratorRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ExternalSecretSpecDataFromSourceRefGeneratorRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Specify the name of the generator resource.

        :schema: ExternalSecretSpecDataFromSourceRefGeneratorRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Specify the apiVersion of the generator resource.

        :schema: ExternalSecretSpecDataFromSourceRefGeneratorRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromSourceRefGeneratorRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromSourceRefGeneratorRefKind"
)
class ExternalSecretSpecDataFromSourceRefGeneratorRefKind(enum.Enum):
    '''Specify the Kind of the generator resource.

    :schema: ExternalSecretSpecDataFromSourceRefGeneratorRefKind
    '''

    ACR_ACCESS_TOKEN = "ACR_ACCESS_TOKEN"
    '''ACRAccessToken.'''
    BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET = "BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"
    '''BeyondtrustWorkloadCredentialsDynamicSecret.'''
    CLUSTER_GENERATOR = "CLUSTER_GENERATOR"
    '''ClusterGenerator.'''
    CLOUDSMITH_ACCESS_TOKEN = "CLOUDSMITH_ACCESS_TOKEN"
    '''CloudsmithAccessToken.'''
    ECR_AUTHORIZATION_TOKEN = "ECR_AUTHORIZATION_TOKEN"
    '''ECRAuthorizationToken.'''
    FAKE = "FAKE"
    '''Fake.'''
    GCR_ACCESS_TOKEN = "GCR_ACCESS_TOKEN"
    '''GCRAccessToken.'''
    GITHUB_ACCESS_TOKEN = "GITHUB_ACCESS_TOKEN"
    '''GithubAccessToken.'''
    GITLAB_DEPLOY_TOKEN = "GITLAB_DEPLOY_TOKEN"
    '''GitlabDeployToken.'''
    QUAY_ACCESS_TOKEN = "QUAY_ACCESS_TOKEN"
    '''QuayAccessToken.'''
    PASSWORD = "PASSWORD"
    '''Password.'''
    SSH_KEY = "SSH_KEY"
    '''SSHKey.'''
    STS_SESSION_TOKEN = "STS_SESSION_TOKEN"
    '''STSSessionToken.'''
    UUID = "UUID"
    '''UUID.'''
    VAULT_DYNAMIC_SECRET = "VAULT_DYNAMIC_SECRET"
    '''VaultDynamicSecret.'''
    WEBHOOK = "WEBHOOK"
    '''Webhook.'''
    GRAFANA = "GRAFANA"
    '''Grafana.'''
    MFA = "MFA"
    '''MFA.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromSourceRefStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class ExternalSecretSpecDataFromSourceRefStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRefKind"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``. Default: SecretStore`
        :param name: Name of the SecretStore resource.

        :schema: ExternalSecretSpecDataFromSourceRefStoreRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f66285690a8366abdba00a54d2c70f8654859d2a5ab1b622613581859a76fef)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

        :default: SecretStore`

        :schema: ExternalSecretSpecDataFromSourceRefStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExternalSecretSpecDataFromSourceRefStoreRefKind"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the SecretStore resource.

        :schema: ExternalSecretSpecDataFromSourceRefStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataFromSourceRefStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataFromSourceRefStoreRefKind"
)
class ExternalSecretSpecDataFromSourceRefStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

    :default: SecretStore`

    :schema: ExternalSecretSpecDataFromSourceRefStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataRemoteRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "conversion_strategy": "conversionStrategy",
        "decoding_strategy": "decodingStrategy",
        "metadata_policy": "metadataPolicy",
        "null_byte_policy": "nullBytePolicy",
        "property": "property",
        "version": "version",
    },
)
class ExternalSecretSpecDataRemoteRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        conversion_strategy: typing.Optional["ExternalSecretSpecDataRemoteRefConversionStrategy"] = None,
        decoding_strategy: typing.Optional["ExternalSecretSpecDataRemoteRefDecodingStrategy"] = None,
        metadata_policy: typing.Optional["ExternalSecretSpecDataRemoteRefMetadataPolicy"] = None,
        null_byte_policy: typing.Optional["ExternalSecretSpecDataRemoteRefNullBytePolicy"] = None,
        property: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.

        :param key: Key is the key used in the Provider, mandatory.
        :param conversion_strategy: Used to define a conversion Strategy. Defaults to Default when omitted. Default: Default when omitted.
        :param decoding_strategy: Used to define a decoding Strategy. Defaults to None when omitted. Default: None when omitted.
        :param metadata_policy: Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None Default: None
        :param null_byte_policy: Controls how ESO handles fetched secret data containing NUL bytes for this source.
        :param property: Used to select a specific property of the Provider value (if a map), if supported.
        :param version: Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretSpecDataRemoteRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__471ae90c3e42e04d50f3f0c9c4fae5983da090adeb35a92714e01f39ca68d9df)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument decoding_strategy", value=decoding_strategy, expected_type=type_hints["decoding_strategy"])
            check_type(argname="argument metadata_policy", value=metadata_policy, expected_type=type_hints["metadata_policy"])
            check_type(argname="argument null_byte_policy", value=null_byte_policy, expected_type=type_hints["null_byte_policy"])
            check_type(argname="argument property", value=property, expected_type=type_hints["property"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if decoding_strategy is not None:
            self._values["decoding_strategy"] = decoding_strategy
        if metadata_policy is not None:
            self._values["metadata_policy"] = metadata_policy
        if null_byte_policy is not None:
            self._values["null_byte_policy"] = null_byte_policy
        if property is not None:
            self._values["property"] = property
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def key(self) -> builtins.str:
        '''Key is the key used in the Provider, mandatory.

        :schema: ExternalSecretSpecDataRemoteRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataRemoteRefConversionStrategy"]:
        '''Used to define a conversion Strategy.

        Defaults to Default when omitted.

        :default: Default when omitted.

        :schema: ExternalSecretSpecDataRemoteRef#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataRemoteRefConversionStrategy"], result)

    @builtins.property
    def decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataRemoteRefDecodingStrategy"]:
        '''Used to define a decoding Strategy.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: ExternalSecretSpecDataRemoteRef#decodingStrategy
        '''
        result = self._values.get("decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataRemoteRefDecodingStrategy"], result)

    @builtins.property
    def metadata_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataRemoteRefMetadataPolicy"]:
        '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

        Defaults to None

        :default: None

        :schema: ExternalSecretSpecDataRemoteRef#metadataPolicy
        '''
        result = self._values.get("metadata_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataRemoteRefMetadataPolicy"], result)

    @builtins.property
    def null_byte_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataRemoteRefNullBytePolicy"]:
        '''Controls how ESO handles fetched secret data containing NUL bytes for this source.

        :schema: ExternalSecretSpecDataRemoteRef#nullBytePolicy
        '''
        result = self._values.get("null_byte_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecDataRemoteRefNullBytePolicy"], result)

    @builtins.property
    def property(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific property of the Provider value (if a map), if supported.

        :schema: ExternalSecretSpecDataRemoteRef#property
        '''
        result = self._values.get("property")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretSpecDataRemoteRef#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataRemoteRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataRemoteRefConversionStrategy"
)
class ExternalSecretSpecDataRemoteRefConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy.

    Defaults to Default when omitted.

    :default: Default when omitted.

    :schema: ExternalSecretSpecDataRemoteRefConversionStrategy
    '''

    DEFAULT = "DEFAULT"
    '''Default.'''
    UNICODE = "UNICODE"
    '''Unicode.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataRemoteRefDecodingStrategy"
)
class ExternalSecretSpecDataRemoteRefDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: ExternalSecretSpecDataRemoteRefDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataRemoteRefMetadataPolicy"
)
class ExternalSecretSpecDataRemoteRefMetadataPolicy(enum.Enum):
    '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

    Defaults to None

    :default: None

    :schema: ExternalSecretSpecDataRemoteRefMetadataPolicy
    '''

    NONE = "NONE"
    '''None.'''
    FETCH = "FETCH"
    '''Fetch.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataRemoteRefNullBytePolicy"
)
class ExternalSecretSpecDataRemoteRefNullBytePolicy(enum.Enum):
    '''Controls how ESO handles fetched secret data containing NUL bytes for this source.

    :schema: ExternalSecretSpecDataRemoteRefNullBytePolicy
    '''

    IGNORE = "IGNORE"
    '''Ignore.'''
    FAIL = "FAIL"
    '''Fail.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={"generator_ref": "generatorRef", "store_ref": "storeRef"},
)
class ExternalSecretSpecDataSourceRef:
    def __init__(
        self,
        *,
        generator_ref: typing.Optional[typing.Union["ExternalSecretSpecDataSourceRefGeneratorRef", typing.Dict[builtins.str, typing.Any]]] = None,
        store_ref: typing.Optional[typing.Union["ExternalSecretSpecDataSourceRefStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SourceRef allows you to override the source from which the value will be pulled.

        :param generator_ref: GeneratorRef points to a generator custom resource. Deprecated: The generatorRef is not implemented in .data[]. this will be removed with v1.
        :param store_ref: SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpecDataSourceRef
        '''
        if isinstance(generator_ref, dict):
            generator_ref = ExternalSecretSpecDataSourceRefGeneratorRef(**generator_ref)
        if isinstance(store_ref, dict):
            store_ref = ExternalSecretSpecDataSourceRefStoreRef(**store_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1e13e45ae601dca8aa39b12a8e10adef82b661f3208a04eb0ea2d92421aef49)
            check_type(argname="argument generator_ref", value=generator_ref, expected_type=type_hints["generator_ref"])
            check_type(argname="argument store_ref", value=store_ref, expected_type=type_hints["store_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if generator_ref is not None:
            self._values["generator_ref"] = generator_ref
        if store_ref is not None:
            self._values["store_ref"] = store_ref

    @builtins.property
    def generator_ref(
        self,
    ) -> typing.Optional["ExternalSecretSpecDataSourceRefGeneratorRef"]:
        '''GeneratorRef points to a generator custom resource.

        Deprecated: The generatorRef is not implemented in .data[].
        this will be removed with v1.

        :schema: ExternalSecretSpecDataSourceRef#generatorRef
        '''
        result = self._values.get("generator_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataSourceRefGeneratorRef"], result)

    @builtins.property
    def store_ref(self) -> typing.Optional["ExternalSecretSpecDataSourceRefStoreRef"]:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretSpecDataSourceRef#storeRef
        '''
        result = self._values.get("store_ref")
        return typing.cast(typing.Optional["ExternalSecretSpecDataSourceRefStoreRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataSourceRefGeneratorRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_version": "apiVersion"},
)
class ExternalSecretSpecDataSourceRefGeneratorRef:
    def __init__(
        self,
        *,
        kind: "ExternalSecretSpecDataSourceRefGeneratorRefKind",
        name: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GeneratorRef points to a generator custom resource.

        Deprecated: The generatorRef is not implemented in .data[].
        this will be removed with v1.

        :param kind: Specify the Kind of the generator resource.
        :param name: Specify the name of the generator resource.
        :param api_version: Specify the apiVersion of the generator resource.

        :schema: ExternalSecretSpecDataSourceRefGeneratorRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c374fda9d600c96d7fca04f324346eb270e89cb29a93e82c21a01515f19dc28c)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def kind(self) -> "ExternalSecretSpecDataSourceRefGeneratorRefKind":
        '''Specify the Kind of the generator resource.

        :schema: ExternalSecretSpecDataSourceRefGeneratorRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ExternalSecretSpecDataSourceRefGeneratorRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Specify the name of the generator resource.

        :schema: ExternalSecretSpecDataSourceRefGeneratorRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Specify the apiVersion of the generator resource.

        :schema: ExternalSecretSpecDataSourceRefGeneratorRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataSourceRefGeneratorRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataSourceRefGeneratorRefKind"
)
class ExternalSecretSpecDataSourceRefGeneratorRefKind(enum.Enum):
    '''Specify the Kind of the generator resource.

    :schema: ExternalSecretSpecDataSourceRefGeneratorRefKind
    '''

    ACR_ACCESS_TOKEN = "ACR_ACCESS_TOKEN"
    '''ACRAccessToken.'''
    BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET = "BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"
    '''BeyondtrustWorkloadCredentialsDynamicSecret.'''
    CLUSTER_GENERATOR = "CLUSTER_GENERATOR"
    '''ClusterGenerator.'''
    CLOUDSMITH_ACCESS_TOKEN = "CLOUDSMITH_ACCESS_TOKEN"
    '''CloudsmithAccessToken.'''
    ECR_AUTHORIZATION_TOKEN = "ECR_AUTHORIZATION_TOKEN"
    '''ECRAuthorizationToken.'''
    FAKE = "FAKE"
    '''Fake.'''
    GCR_ACCESS_TOKEN = "GCR_ACCESS_TOKEN"
    '''GCRAccessToken.'''
    GITHUB_ACCESS_TOKEN = "GITHUB_ACCESS_TOKEN"
    '''GithubAccessToken.'''
    GITLAB_DEPLOY_TOKEN = "GITLAB_DEPLOY_TOKEN"
    '''GitlabDeployToken.'''
    QUAY_ACCESS_TOKEN = "QUAY_ACCESS_TOKEN"
    '''QuayAccessToken.'''
    PASSWORD = "PASSWORD"
    '''Password.'''
    SSH_KEY = "SSH_KEY"
    '''SSHKey.'''
    STS_SESSION_TOKEN = "STS_SESSION_TOKEN"
    '''STSSessionToken.'''
    UUID = "UUID"
    '''UUID.'''
    VAULT_DYNAMIC_SECRET = "VAULT_DYNAMIC_SECRET"
    '''VaultDynamicSecret.'''
    WEBHOOK = "WEBHOOK"
    '''Webhook.'''
    GRAFANA = "GRAFANA"
    '''Grafana.'''
    MFA = "MFA"
    '''MFA.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataSourceRefStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class ExternalSecretSpecDataSourceRefStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["ExternalSecretSpecDataSourceRefStoreRefKind"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``. Default: SecretStore`
        :param name: Name of the SecretStore resource.

        :schema: ExternalSecretSpecDataSourceRefStoreRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6f4929dcc22d8dfd8fd4cf6b2c6f3777c079637c74b47c73f58a824fc6f3096)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(self) -> typing.Optional["ExternalSecretSpecDataSourceRefStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

        :default: SecretStore`

        :schema: ExternalSecretSpecDataSourceRefStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExternalSecretSpecDataSourceRefStoreRefKind"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the SecretStore resource.

        :schema: ExternalSecretSpecDataSourceRefStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecDataSourceRefStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecDataSourceRefStoreRefKind"
)
class ExternalSecretSpecDataSourceRefStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

    :default: SecretStore`

    :schema: ExternalSecretSpecDataSourceRefStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecRefreshPolicy"
)
class ExternalSecretSpecRefreshPolicy(enum.Enum):
    '''RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.

    No periodic updates occur if refreshInterval is 0.

    - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes

    :schema: ExternalSecretSpecRefreshPolicy
    '''

    CREATED_ONCE = "CREATED_ONCE"
    '''CreatedOnce.'''
    PERIODIC = "PERIODIC"
    '''Periodic.'''
    ON_CHANGE = "ON_CHANGE"
    '''OnChange.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecSecretStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class ExternalSecretSpecSecretStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["ExternalSecretSpecSecretStoreRefKind"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``. Default: SecretStore`
        :param name: Name of the SecretStore resource.

        :schema: ExternalSecretSpecSecretStoreRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b4a7444cc3571768fec9a2afbe966e894de11b8c1781cc800bdb7824ab93a6c)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(self) -> typing.Optional["ExternalSecretSpecSecretStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

        :default: SecretStore`

        :schema: ExternalSecretSpecSecretStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExternalSecretSpecSecretStoreRefKind"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the SecretStore resource.

        :schema: ExternalSecretSpecSecretStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecSecretStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecSecretStoreRefKind"
)
class ExternalSecretSpecSecretStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

    :default: SecretStore`

    :schema: ExternalSecretSpecSecretStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecSyncWindows",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "windows": "windows"},
)
class ExternalSecretSpecSyncWindows:
    def __init__(
        self,
        *,
        kind: "ExternalSecretSpecSyncWindowsKind",
        windows: typing.Sequence[typing.Union["ExternalSecretSpecSyncWindowsWindows", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''SyncWindows optionally restricts when periodic refreshes may occur.

        Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).

        :param kind: Kind applies to every window in the list. "allow" -- syncs are permitted only while at least one window is active; all other times are blocked. "deny" -- syncs are blocked while any window is active; all other times are permitted.
        :param windows: Windows is the list of schedule+duration pairs.

        :schema: ExternalSecretSpecSyncWindows
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3fe6aeffce2a0caaaf0281d03bc3e95a8d102dbdee7401d016d96c0787245b1a)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument windows", value=windows, expected_type=type_hints["windows"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "windows": windows,
        }

    @builtins.property
    def kind(self) -> "ExternalSecretSpecSyncWindowsKind":
        '''Kind applies to every window in the list.

        "allow" -- syncs are permitted only while at least one window is active;
        all other times are blocked.
        "deny"  -- syncs are blocked while any window is active;
        all other times are permitted.

        :schema: ExternalSecretSpecSyncWindows#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ExternalSecretSpecSyncWindowsKind", result)

    @builtins.property
    def windows(self) -> typing.List["ExternalSecretSpecSyncWindowsWindows"]:
        '''Windows is the list of schedule+duration pairs.

        :schema: ExternalSecretSpecSyncWindows#windows
        '''
        result = self._values.get("windows")
        assert result is not None, "Required property 'windows' is missing"
        return typing.cast(typing.List["ExternalSecretSpecSyncWindowsWindows"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecSyncWindows(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecSyncWindowsKind"
)
class ExternalSecretSpecSyncWindowsKind(enum.Enum):
    '''Kind applies to every window in the list.

    "allow" -- syncs are permitted only while at least one window is active;
    all other times are blocked.
    "deny"  -- syncs are blocked while any window is active;
    all other times are permitted.

    :schema: ExternalSecretSpecSyncWindowsKind
    '''

    ALLOW = "ALLOW"
    '''allow.'''
    DENY = "DENY"
    '''deny.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecSyncWindowsWindows",
    jsii_struct_bases=[],
    name_mapping={"duration": "duration", "schedule": "schedule"},
)
class ExternalSecretSpecSyncWindowsWindows:
    def __init__(self, *, duration: builtins.str, schedule: builtins.str) -> None:
        '''ExternalSecretSyncWindowEntry defines a single cron-schedule + duration pair within a SyncWindows block.

        :param duration: Duration specifies how long the window stays open after each Schedule firing. Example: "8h".
        :param schedule: Schedule is a standard 5-field cron expression evaluated in UTC, or a named shorthand such as.

        :schema: ExternalSecretSpecSyncWindowsWindows
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__42a63219b9fdff82ceafc85d3d9e2f38133f25179f85216cad0a0d5938fbd4bd)
            check_type(argname="argument duration", value=duration, expected_type=type_hints["duration"])
            check_type(argname="argument schedule", value=schedule, expected_type=type_hints["schedule"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "duration": duration,
            "schedule": schedule,
        }

    @builtins.property
    def duration(self) -> builtins.str:
        '''Duration specifies how long the window stays open after each Schedule firing.

        Example: "8h".

        :schema: ExternalSecretSpecSyncWindowsWindows#duration
        '''
        result = self._values.get("duration")
        assert result is not None, "Required property 'duration' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def schedule(self) -> builtins.str:
        '''Schedule is a standard 5-field cron expression evaluated in UTC, or a named shorthand such as.

        :daily: or
        :every:

        1h. It marks the start time of
        each window occurrence.
        Example: "0 22 * * 1-5" opens a window every weekday at 22:00 UTC.
        :schema: ExternalSecretSpecSyncWindowsWindows#schedule
        '''
        result = self._values.get("schedule")
        assert result is not None, "Required property 'schedule' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecSyncWindowsWindows(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTarget",
    jsii_struct_bases=[],
    name_mapping={
        "creation_policy": "creationPolicy",
        "deletion_policy": "deletionPolicy",
        "immutable": "immutable",
        "manifest": "manifest",
        "name": "name",
        "template": "template",
    },
)
class ExternalSecretSpecTarget:
    def __init__(
        self,
        *,
        creation_policy: typing.Optional["ExternalSecretSpecTargetCreationPolicy"] = None,
        deletion_policy: typing.Optional["ExternalSecretSpecTargetDeletionPolicy"] = None,
        immutable: typing.Optional[builtins.bool] = None,
        manifest: typing.Optional[typing.Union["ExternalSecretSpecTargetManifest", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        template: typing.Optional[typing.Union["ExternalSecretSpecTargetTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretTarget defines the Kubernetes Secret to be created, there can be only one target per ExternalSecret.

        :param creation_policy: CreationPolicy defines rules on how to create the resulting Secret. Defaults to "Owner" Default: Owner"
        :param deletion_policy: DeletionPolicy defines rules on how to delete the resulting Secret. Defaults to "Retain" Default: Retain"
        :param immutable: Immutable defines if the final secret will be immutable.
        :param manifest: Manifest defines a custom Kubernetes resource to create instead of a Secret. When specified, ExternalSecret will create the resource type defined here (e.g., ConfigMap, Custom Resource) instead of a Secret. Warning: Using Generic target. Make sure access policies and encryption are properly configured.
        :param name: The name of the Secret resource to be managed. Defaults to the .metadata.name of the ExternalSecret resource Default: the .metadata.name of the ExternalSecret resource
        :param template: Template defines a blueprint for the created Secret resource.

        :schema: ExternalSecretSpecTarget
        '''
        if isinstance(manifest, dict):
            manifest = ExternalSecretSpecTargetManifest(**manifest)
        if isinstance(template, dict):
            template = ExternalSecretSpecTargetTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__634f4dcb08c568d5e90d3edc5f9717ea4c6605e2e19b144121d4bcddb3f6f876)
            check_type(argname="argument creation_policy", value=creation_policy, expected_type=type_hints["creation_policy"])
            check_type(argname="argument deletion_policy", value=deletion_policy, expected_type=type_hints["deletion_policy"])
            check_type(argname="argument immutable", value=immutable, expected_type=type_hints["immutable"])
            check_type(argname="argument manifest", value=manifest, expected_type=type_hints["manifest"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if creation_policy is not None:
            self._values["creation_policy"] = creation_policy
        if deletion_policy is not None:
            self._values["deletion_policy"] = deletion_policy
        if immutable is not None:
            self._values["immutable"] = immutable
        if manifest is not None:
            self._values["manifest"] = manifest
        if name is not None:
            self._values["name"] = name
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def creation_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetCreationPolicy"]:
        '''CreationPolicy defines rules on how to create the resulting Secret.

        Defaults to "Owner"

        :default: Owner"

        :schema: ExternalSecretSpecTarget#creationPolicy
        '''
        result = self._values.get("creation_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetCreationPolicy"], result)

    @builtins.property
    def deletion_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetDeletionPolicy"]:
        '''DeletionPolicy defines rules on how to delete the resulting Secret.

        Defaults to "Retain"

        :default: Retain"

        :schema: ExternalSecretSpecTarget#deletionPolicy
        '''
        result = self._values.get("deletion_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetDeletionPolicy"], result)

    @builtins.property
    def immutable(self) -> typing.Optional[builtins.bool]:
        '''Immutable defines if the final secret will be immutable.

        :schema: ExternalSecretSpecTarget#immutable
        '''
        result = self._values.get("immutable")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def manifest(self) -> typing.Optional["ExternalSecretSpecTargetManifest"]:
        '''Manifest defines a custom Kubernetes resource to create instead of a Secret.

        When specified, ExternalSecret will create the resource type defined here
        (e.g., ConfigMap, Custom Resource) instead of a Secret.
        Warning: Using Generic target. Make sure access policies and encryption are properly configured.

        :schema: ExternalSecretSpecTarget#manifest
        '''
        result = self._values.get("manifest")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetManifest"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource to be managed.

        Defaults to the .metadata.name of the ExternalSecret resource

        :default: the .metadata.name of the ExternalSecret resource

        :schema: ExternalSecretSpecTarget#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def template(self) -> typing.Optional["ExternalSecretSpecTargetTemplate"]:
        '''Template defines a blueprint for the created Secret resource.

        :schema: ExternalSecretSpecTarget#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTarget(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetCreationPolicy"
)
class ExternalSecretSpecTargetCreationPolicy(enum.Enum):
    '''CreationPolicy defines rules on how to create the resulting Secret.

    Defaults to "Owner"

    :default: Owner"

    :schema: ExternalSecretSpecTargetCreationPolicy
    '''

    OWNER = "OWNER"
    '''Owner.'''
    ORPHAN = "ORPHAN"
    '''Orphan.'''
    MERGE = "MERGE"
    '''Merge.'''
    NONE = "NONE"
    '''None.'''
    CREATE_OR_MERGE = "CREATE_OR_MERGE"
    '''CreateOrMerge.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetDeletionPolicy"
)
class ExternalSecretSpecTargetDeletionPolicy(enum.Enum):
    '''DeletionPolicy defines rules on how to delete the resulting Secret.

    Defaults to "Retain"

    :default: Retain"

    :schema: ExternalSecretSpecTargetDeletionPolicy
    '''

    DELETE = "DELETE"
    '''Delete.'''
    MERGE = "MERGE"
    '''Merge.'''
    RETAIN = "RETAIN"
    '''Retain.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetManifest",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind"},
)
class ExternalSecretSpecTargetManifest:
    def __init__(self, *, api_version: builtins.str, kind: builtins.str) -> None:
        '''Manifest defines a custom Kubernetes resource to create instead of a Secret.

        When specified, ExternalSecret will create the resource type defined here
        (e.g., ConfigMap, Custom Resource) instead of a Secret.
        Warning: Using Generic target. Make sure access policies and encryption are properly configured.

        :param api_version: APIVersion of the target resource (e.g., "v1" for ConfigMap, "argoproj.io/v1alpha1" for ArgoCD Application).
        :param kind: Kind of the target resource (e.g., "ConfigMap", "Application").

        :schema: ExternalSecretSpecTargetManifest
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fb8ef260280d451364f96c5abc6af53cf45726aca0c3509037bca86b287e7841)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
        }

    @builtins.property
    def api_version(self) -> builtins.str:
        '''APIVersion of the target resource (e.g., "v1" for ConfigMap, "argoproj.io/v1alpha1" for ArgoCD Application).

        :schema: ExternalSecretSpecTargetManifest#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind of the target resource (e.g., "ConfigMap", "Application").

        :schema: ExternalSecretSpecTargetManifest#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetManifest(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "data": "data",
        "engine_version": "engineVersion",
        "merge_policy": "mergePolicy",
        "metadata": "metadata",
        "template_from": "templateFrom",
        "type": "type",
    },
)
class ExternalSecretSpecTargetTemplate:
    def __init__(
        self,
        *,
        data: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        engine_version: typing.Optional["ExternalSecretSpecTargetTemplateEngineVersion"] = None,
        merge_policy: typing.Optional["ExternalSecretSpecTargetTemplateMergePolicy"] = None,
        metadata: typing.Optional[typing.Union["ExternalSecretSpecTargetTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        template_from: typing.Optional[typing.Sequence[typing.Union["ExternalSecretSpecTargetTemplateTemplateFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Template defines a blueprint for the created Secret resource.

        :param data: 
        :param engine_version: EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].
        :param merge_policy: TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
        :param metadata: ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
        :param template_from: 
        :param type: 

        :schema: ExternalSecretSpecTargetTemplate
        '''
        if isinstance(metadata, dict):
            metadata = ExternalSecretSpecTargetTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e1b32a56bea6a2e50a8f3ec99e15d98779d06002eb280f000771c5addcc3e81)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument engine_version", value=engine_version, expected_type=type_hints["engine_version"])
            check_type(argname="argument merge_policy", value=merge_policy, expected_type=type_hints["merge_policy"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument template_from", value=template_from, expected_type=type_hints["template_from"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if engine_version is not None:
            self._values["engine_version"] = engine_version
        if merge_policy is not None:
            self._values["merge_policy"] = merge_policy
        if metadata is not None:
            self._values["metadata"] = metadata
        if template_from is not None:
            self._values["template_from"] = template_from
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def data(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExternalSecretSpecTargetTemplate#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def engine_version(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateEngineVersion"]:
        '''EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].

        :schema: ExternalSecretSpecTargetTemplate#engineVersion
        '''
        result = self._values.get("engine_version")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateEngineVersion"], result)

    @builtins.property
    def merge_policy(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateMergePolicy"]:
        '''TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.

        :schema: ExternalSecretSpecTargetTemplate#mergePolicy
        '''
        result = self._values.get("merge_policy")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateMergePolicy"], result)

    @builtins.property
    def metadata(self) -> typing.Optional["ExternalSecretSpecTargetTemplateMetadata"]:
        '''ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.

        :schema: ExternalSecretSpecTargetTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateMetadata"], result)

    @builtins.property
    def template_from(
        self,
    ) -> typing.Optional[typing.List["ExternalSecretSpecTargetTemplateTemplateFrom"]]:
        '''
        :schema: ExternalSecretSpecTargetTemplate#templateFrom
        '''
        result = self._values.get("template_from")
        return typing.cast(typing.Optional[typing.List["ExternalSecretSpecTargetTemplateTemplateFrom"]], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExternalSecretSpecTargetTemplate#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetTemplateEngineVersion"
)
class ExternalSecretSpecTargetTemplateEngineVersion(enum.Enum):
    '''EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].

    :schema: ExternalSecretSpecTargetTemplateEngineVersion
    '''

    V2 = "V2"
    '''v2.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetTemplateMergePolicy"
)
class ExternalSecretSpecTargetTemplateMergePolicy(enum.Enum):
    '''TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.

    :schema: ExternalSecretSpecTargetTemplateMergePolicy
    '''

    REPLACE = "REPLACE"
    '''Replace.'''
    MERGE = "MERGE"
    '''Merge.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "finalizers": "finalizers",
        "labels": "labels",
    },
)
class ExternalSecretSpecTargetTemplateMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.

        :param annotations: 
        :param finalizers: 
        :param labels: 

        :schema: ExternalSecretSpecTargetTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__374bfa745354318b4a8bda7fcc621e9dbe04b8d551f90c0f54181005d290a341)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument finalizers", value=finalizers, expected_type=type_hints["finalizers"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if finalizers is not None:
            self._values["finalizers"] = finalizers
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExternalSecretSpecTargetTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def finalizers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ExternalSecretSpecTargetTemplateMetadata#finalizers
        '''
        result = self._values.get("finalizers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExternalSecretSpecTargetTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "literal": "literal",
        "secret": "secret",
        "target": "target",
        "values_decoding_strategy": "valuesDecodingStrategy",
    },
)
class ExternalSecretSpecTargetTemplateTemplateFrom:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["ExternalSecretSpecTargetTemplateTemplateFromConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        literal: typing.Optional[builtins.str] = None,
        secret: typing.Optional[typing.Union["ExternalSecretSpecTargetTemplateTemplateFromSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        target: typing.Optional[builtins.str] = None,
        values_decoding_strategy: typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy"] = None,
    ) -> None:
        '''TemplateFrom specifies a source for templates.

        Each item in the list can either reference a ConfigMap or a Secret resource.

        :param config_map: TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
        :param literal: 
        :param secret: TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
        :param target: Target specifies where to place the template result. For Secret resources the accepted values are empty, "Data", "Annotations" and "Labels"; any other value is rejected because it would allow writes to privileged Secret fields. For custom resources (when spec.target.manifest is set), this supports nested paths like "spec.database.config" or "data".
        :param values_decoding_strategy: Used to define a decoding Strategy for the rendered template values. Defaults to None when omitted. Default: None when omitted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom
        '''
        if isinstance(config_map, dict):
            config_map = ExternalSecretSpecTargetTemplateTemplateFromConfigMap(**config_map)
        if isinstance(secret, dict):
            secret = ExternalSecretSpecTargetTemplateTemplateFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b81bc70c63a963a84aba1364e083560b2abf64ffa32b355a543f73adca12878f)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument literal", value=literal, expected_type=type_hints["literal"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
            check_type(argname="argument values_decoding_strategy", value=values_decoding_strategy, expected_type=type_hints["values_decoding_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if literal is not None:
            self._values["literal"] = literal
        if secret is not None:
            self._values["secret"] = secret
        if target is not None:
            self._values["target"] = target
        if values_decoding_strategy is not None:
            self._values["values_decoding_strategy"] = values_decoding_strategy

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMap"]:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMap"], result)

    @builtins.property
    def literal(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#literal
        '''
        result = self._values.get("literal")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecret"]:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecret"], result)

    @builtins.property
    def target(self) -> typing.Optional[builtins.str]:
        '''Target specifies where to place the template result.

        For Secret resources the accepted values are empty, "Data", "Annotations" and "Labels";
        any other value is rejected because it would allow writes to privileged Secret fields.
        For custom resources (when spec.target.manifest is set), this supports
        nested paths like "spec.database.config" or "data".

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#target
        '''
        result = self._values.get("target")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values_decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy"]:
        '''Used to define a decoding Strategy for the rendered template values.

        Defaults to None when omitted.

        :default: None when omitted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFrom#valuesDecodingStrategy
        '''
        result = self._values.get("values_decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromConfigMap",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name"},
)
class ExternalSecretSpecTargetTemplateTemplateFromConfigMap:
    def __init__(
        self,
        *,
        items: typing.Sequence[typing.Union["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems", typing.Dict[builtins.str, typing.Any]]],
        name: builtins.str,
    ) -> None:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :param items: A list of keys in the ConfigMap/Secret to use as templates for Secret data.
        :param name: The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4f862a83a38d246bb2e96ee32397f4ef3aa7ce92d729ce72f156880a5a93ed8)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "items": items,
            "name": name,
        }

    @builtins.property
    def items(
        self,
    ) -> typing.List["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems"]:
        '''A list of keys in the ConfigMap/Secret to use as templates for Secret data.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMap#items
        '''
        result = self._values.get("items")
        assert result is not None, "Required property 'items' is missing"
        return typing.cast(typing.List["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems"], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMap#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFromConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "template_as": "templateAs"},
)
class ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        template_as: typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"] = None,
    ) -> None:
        '''TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.

        :param key: A key in the ConfigMap/Secret.
        :param template_as: TemplateScope specifies how the template keys should be interpreted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a2aa139ff85a890025403fe8028872d524dbfa9b824366a044292b27eab51b92)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument template_as", value=template_as, expected_type=type_hints["template_as"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if template_as is not None:
            self._values["template_as"] = template_as

    @builtins.property
    def key(self) -> builtins.str:
        '''A key in the ConfigMap/Secret.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_as(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"]:
        '''TemplateScope specifies how the template keys should be interpreted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems#templateAs
        '''
        result = self._values.get("template_as")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"
)
class ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs(enum.Enum):
    '''TemplateScope specifies how the template keys should be interpreted.

    :schema: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs
    '''

    VALUES = "VALUES"
    '''Values.'''
    KEYS_AND_VALUES = "KEYS_AND_VALUES"
    '''KeysAndValues.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromSecret",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name"},
)
class ExternalSecretSpecTargetTemplateTemplateFromSecret:
    def __init__(
        self,
        *,
        items: typing.Sequence[typing.Union["ExternalSecretSpecTargetTemplateTemplateFromSecretItems", typing.Dict[builtins.str, typing.Any]]],
        name: builtins.str,
    ) -> None:
        '''TemplateRef specifies a reference to either a ConfigMap or a Secret resource.

        :param items: A list of keys in the ConfigMap/Secret to use as templates for Secret data.
        :param name: The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff059d2e93b4a44da66c6c84bef28de395974339ca1894463ac48aae9877a392)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "items": items,
            "name": name,
        }

    @builtins.property
    def items(
        self,
    ) -> typing.List["ExternalSecretSpecTargetTemplateTemplateFromSecretItems"]:
        '''A list of keys in the ConfigMap/Secret to use as templates for Secret data.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecret#items
        '''
        result = self._values.get("items")
        assert result is not None, "Required property 'items' is missing"
        return typing.cast(typing.List["ExternalSecretSpecTargetTemplateTemplateFromSecretItems"], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFromSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "template_as": "templateAs"},
)
class ExternalSecretSpecTargetTemplateTemplateFromSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        template_as: typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs"] = None,
    ) -> None:
        '''TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.

        :param key: A key in the ConfigMap/Secret.
        :param template_as: TemplateScope specifies how the template keys should be interpreted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__46a13d094f2116dc41b9b7d71f41396671e11fe0a81180f0ef20bcd0360b194b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument template_as", value=template_as, expected_type=type_hints["template_as"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if template_as is not None:
            self._values["template_as"] = template_as

    @builtins.property
    def key(self) -> builtins.str:
        '''A key in the ConfigMap/Secret.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_as(
        self,
    ) -> typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs"]:
        '''TemplateScope specifies how the template keys should be interpreted.

        :schema: ExternalSecretSpecTargetTemplateTemplateFromSecretItems#templateAs
        '''
        result = self._values.get("template_as")
        return typing.cast(typing.Optional["ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretSpecTargetTemplateTemplateFromSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs"
)
class ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs(enum.Enum):
    '''TemplateScope specifies how the template keys should be interpreted.

    :schema: ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs
    '''

    VALUES = "VALUES"
    '''Values.'''
    KEYS_AND_VALUES = "KEYS_AND_VALUES"
    '''KeysAndValues.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy"
)
class ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy for the rendered template values.

    Defaults to None when omitted.

    :default: None when omitted.

    :schema: ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


class ExternalSecretV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1",
):
    '''ExternalSecret is the schema for the external-secrets API.

    :schema: ExternalSecretV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ExternalSecretV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ExternalSecretV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ExternalSecretSpec defines the desired state of ExternalSecret.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9340c5ff4f0fe55d37f97112ede25639812fb9fab07c99588edb63e4a5e563bc)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ExternalSecretV1Beta1Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ExternalSecretV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ExternalSecretV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ExternalSecretSpec defines the desired state of ExternalSecret.
        '''
        props = ExternalSecretV1Beta1Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ExternalSecretV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ExternalSecretV1Beta1Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ExternalSecretV1Beta1Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecret is the schema for the external-secrets API.

        :param metadata: 
        :param spec: ExternalSecretSpec defines the desired state of ExternalSecret.

        :schema: ExternalSecretV1Beta1
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ExternalSecretV1Beta1Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__338ef9af1f0a36a6ccd625f8d4ef352a94036ed1691ea4b8728d540b0e25a61b)
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
        :schema: ExternalSecretV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ExternalSecretV1Beta1Spec"]:
        '''ExternalSecretSpec defines the desired state of ExternalSecret.

        :schema: ExternalSecretV1Beta1#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "data": "data",
        "data_from": "dataFrom",
        "refresh_interval": "refreshInterval",
        "refresh_policy": "refreshPolicy",
        "secret_store_ref": "secretStoreRef",
        "target": "target",
    },
)
class ExternalSecretV1Beta1Spec:
    def __init__(
        self,
        *,
        data: typing.Optional[typing.Sequence[typing.Union["ExternalSecretV1Beta1SpecData", typing.Dict[builtins.str, typing.Any]]]] = None,
        data_from: typing.Optional[typing.Sequence[typing.Union["ExternalSecretV1Beta1SpecDataFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        refresh_interval: typing.Optional[builtins.str] = None,
        refresh_policy: typing.Optional["ExternalSecretV1Beta1SpecRefreshPolicy"] = None,
        secret_store_ref: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecSecretStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
        target: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecTarget", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretSpec defines the desired state of ExternalSecret.

        :param data: Data defines the connection between the Kubernetes Secret keys and the Provider data.
        :param data_from: DataFrom is used to fetch all properties from a specific Provider data If multiple entries are specified, the Secret keys are merged in the specified order.
        :param refresh_interval: RefreshInterval is the amount of time before the values are read again from the SecretStore provider, specified as Golang Duration strings. Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h" Example values: "1h0m0s", "2h30m0s", "10m0s" May be set to "0s" to fetch and create it once. Defaults to 1h0m0s. Default: 1h0m0s.
        :param refresh_policy: RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval. No periodic updates occur if refreshInterval is 0. - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
        :param secret_store_ref: SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
        :param target: ExternalSecretTarget defines the Kubernetes Secret to be created There can be only one target per ExternalSecret.

        :schema: ExternalSecretV1Beta1Spec
        '''
        if isinstance(secret_store_ref, dict):
            secret_store_ref = ExternalSecretV1Beta1SpecSecretStoreRef(**secret_store_ref)
        if isinstance(target, dict):
            target = ExternalSecretV1Beta1SpecTarget(**target)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce74b697e30198458c8dbd44b6bdd6751e56df4110e1bf3449b7df20281e31ae)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument data_from", value=data_from, expected_type=type_hints["data_from"])
            check_type(argname="argument refresh_interval", value=refresh_interval, expected_type=type_hints["refresh_interval"])
            check_type(argname="argument refresh_policy", value=refresh_policy, expected_type=type_hints["refresh_policy"])
            check_type(argname="argument secret_store_ref", value=secret_store_ref, expected_type=type_hints["secret_store_ref"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if data_from is not None:
            self._values["data_from"] = data_from
        if refresh_interval is not None:
            self._values["refresh_interval"] = refresh_interval
        if refresh_policy is not None:
            self._values["refresh_policy"] = refresh_policy
        if secret_store_ref is not None:
            self._values["secret_store_ref"] = secret_store_ref
        if target is not None:
            self._values["target"] = target

    @builtins.property
    def data(self) -> typing.Optional[typing.List["ExternalSecretV1Beta1SpecData"]]:
        '''Data defines the connection between the Kubernetes Secret keys and the Provider data.

        :schema: ExternalSecretV1Beta1Spec#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[typing.List["ExternalSecretV1Beta1SpecData"]], result)

    @builtins.property
    def data_from(
        self,
    ) -> typing.Optional[typing.List["ExternalSecretV1Beta1SpecDataFrom"]]:
        '''DataFrom is used to fetch all properties from a specific Provider data If multiple entries are specified, the Secret keys are merged in the specified order.

        :schema: ExternalSecretV1Beta1Spec#dataFrom
        '''
        result = self._values.get("data_from")
        return typing.cast(typing.Optional[typing.List["ExternalSecretV1Beta1SpecDataFrom"]], result)

    @builtins.property
    def refresh_interval(self) -> typing.Optional[builtins.str]:
        '''RefreshInterval is the amount of time before the values are read again from the SecretStore provider, specified as Golang Duration strings.

        Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h"
        Example values: "1h0m0s", "2h30m0s", "10m0s"
        May be set to "0s" to fetch and create it once. Defaults to 1h0m0s.

        :default: 1h0m0s.

        :schema: ExternalSecretV1Beta1Spec#refreshInterval
        '''
        result = self._values.get("refresh_interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_policy(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecRefreshPolicy"]:
        '''RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.

        No periodic updates occur if refreshInterval is 0.

        - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes

        :schema: ExternalSecretV1Beta1Spec#refreshPolicy
        '''
        result = self._values.get("refresh_policy")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecRefreshPolicy"], result)

    @builtins.property
    def secret_store_ref(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecSecretStoreRef"]:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretV1Beta1Spec#secretStoreRef
        '''
        result = self._values.get("secret_store_ref")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecSecretStoreRef"], result)

    @builtins.property
    def target(self) -> typing.Optional["ExternalSecretV1Beta1SpecTarget"]:
        '''ExternalSecretTarget defines the Kubernetes Secret to be created There can be only one target per ExternalSecret.

        :schema: ExternalSecretV1Beta1Spec#target
        '''
        result = self._values.get("target")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecTarget"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecData",
    jsii_struct_bases=[],
    name_mapping={
        "remote_ref": "remoteRef",
        "secret_key": "secretKey",
        "source_ref": "sourceRef",
    },
)
class ExternalSecretV1Beta1SpecData:
    def __init__(
        self,
        *,
        remote_ref: typing.Union["ExternalSecretV1Beta1SpecDataRemoteRef", typing.Dict[builtins.str, typing.Any]],
        secret_key: builtins.str,
        source_ref: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecDataSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretData defines the connection between the Kubernetes Secret key (spec.data.) and the Provider data.

        :param remote_ref: RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.
        :param secret_key: The key in the Kubernetes Secret to store the value.
        :param source_ref: SourceRef allows you to override the source from which the value will be pulled.

        :schema: ExternalSecretV1Beta1SpecData
        '''
        if isinstance(remote_ref, dict):
            remote_ref = ExternalSecretV1Beta1SpecDataRemoteRef(**remote_ref)
        if isinstance(source_ref, dict):
            source_ref = ExternalSecretV1Beta1SpecDataSourceRef(**source_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__282e21681fed7c6aee38ce020fb11d432a83ec26189637fa9365c580b7607428)
            check_type(argname="argument remote_ref", value=remote_ref, expected_type=type_hints["remote_ref"])
            check_type(argname="argument secret_key", value=secret_key, expected_type=type_hints["secret_key"])
            check_type(argname="argument source_ref", value=source_ref, expected_type=type_hints["source_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "remote_ref": remote_ref,
            "secret_key": secret_key,
        }
        if source_ref is not None:
            self._values["source_ref"] = source_ref

    @builtins.property
    def remote_ref(self) -> "ExternalSecretV1Beta1SpecDataRemoteRef":
        '''RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.

        :schema: ExternalSecretV1Beta1SpecData#remoteRef
        '''
        result = self._values.get("remote_ref")
        assert result is not None, "Required property 'remote_ref' is missing"
        return typing.cast("ExternalSecretV1Beta1SpecDataRemoteRef", result)

    @builtins.property
    def secret_key(self) -> builtins.str:
        '''The key in the Kubernetes Secret to store the value.

        :schema: ExternalSecretV1Beta1SpecData#secretKey
        '''
        result = self._values.get("secret_key")
        assert result is not None, "Required property 'secret_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def source_ref(self) -> typing.Optional["ExternalSecretV1Beta1SpecDataSourceRef"]:
        '''SourceRef allows you to override the source from which the value will be pulled.

        :schema: ExternalSecretV1Beta1SpecData#sourceRef
        '''
        result = self._values.get("source_ref")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataSourceRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecData(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFrom",
    jsii_struct_bases=[],
    name_mapping={
        "extract": "extract",
        "find": "find",
        "rewrite": "rewrite",
        "source_ref": "sourceRef",
    },
)
class ExternalSecretV1Beta1SpecDataFrom:
    def __init__(
        self,
        *,
        extract: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecDataFromExtract", typing.Dict[builtins.str, typing.Any]]] = None,
        find: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecDataFromFind", typing.Dict[builtins.str, typing.Any]]] = None,
        rewrite: typing.Optional[typing.Sequence[typing.Union["ExternalSecretV1Beta1SpecDataFromRewrite", typing.Dict[builtins.str, typing.Any]]]] = None,
        source_ref: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecDataFromSourceRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretDataFromRemoteRef defines a reference to multiple secrets in the provider to be fetched using options.

        :param extract: Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
        :param find: Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
        :param rewrite: Used to rewrite secret Keys after getting them from the secret Provider Multiple Rewrite operations can be provided. They are applied in a layered order (first to last)
        :param source_ref: SourceRef points to a store or generator which contains secret values ready to use. Use this in combination with Extract or Find pull values out of a specific SecretStore. When sourceRef points to a generator Extract or Find is not supported. The generator returns a static map of values

        :schema: ExternalSecretV1Beta1SpecDataFrom
        '''
        if isinstance(extract, dict):
            extract = ExternalSecretV1Beta1SpecDataFromExtract(**extract)
        if isinstance(find, dict):
            find = ExternalSecretV1Beta1SpecDataFromFind(**find)
        if isinstance(source_ref, dict):
            source_ref = ExternalSecretV1Beta1SpecDataFromSourceRef(**source_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e049cc289984bafd40b52b8308351273c4d6c174c08442373c8360cc579b6bd3)
            check_type(argname="argument extract", value=extract, expected_type=type_hints["extract"])
            check_type(argname="argument find", value=find, expected_type=type_hints["find"])
            check_type(argname="argument rewrite", value=rewrite, expected_type=type_hints["rewrite"])
            check_type(argname="argument source_ref", value=source_ref, expected_type=type_hints["source_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if extract is not None:
            self._values["extract"] = extract
        if find is not None:
            self._values["find"] = find
        if rewrite is not None:
            self._values["rewrite"] = rewrite
        if source_ref is not None:
            self._values["source_ref"] = source_ref

    @builtins.property
    def extract(self) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromExtract"]:
        '''Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :schema: ExternalSecretV1Beta1SpecDataFrom#extract
        '''
        result = self._values.get("extract")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromExtract"], result)

    @builtins.property
    def find(self) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromFind"]:
        '''Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :schema: ExternalSecretV1Beta1SpecDataFrom#find
        '''
        result = self._values.get("find")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromFind"], result)

    @builtins.property
    def rewrite(
        self,
    ) -> typing.Optional[typing.List["ExternalSecretV1Beta1SpecDataFromRewrite"]]:
        '''Used to rewrite secret Keys after getting them from the secret Provider Multiple Rewrite operations can be provided.

        They are applied in a layered order (first to last)

        :schema: ExternalSecretV1Beta1SpecDataFrom#rewrite
        '''
        result = self._values.get("rewrite")
        return typing.cast(typing.Optional[typing.List["ExternalSecretV1Beta1SpecDataFromRewrite"]], result)

    @builtins.property
    def source_ref(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromSourceRef"]:
        '''SourceRef points to a store or generator which contains secret values ready to use.

        Use this in combination with Extract or Find pull values out of
        a specific SecretStore.
        When sourceRef points to a generator Extract or Find is not supported.
        The generator returns a static map of values

        :schema: ExternalSecretV1Beta1SpecDataFrom#sourceRef
        '''
        result = self._values.get("source_ref")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromSourceRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromExtract",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "conversion_strategy": "conversionStrategy",
        "decoding_strategy": "decodingStrategy",
        "metadata_policy": "metadataPolicy",
        "property": "property",
        "version": "version",
    },
)
class ExternalSecretV1Beta1SpecDataFromExtract:
    def __init__(
        self,
        *,
        key: builtins.str,
        conversion_strategy: typing.Optional["ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy"] = None,
        decoding_strategy: typing.Optional["ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy"] = None,
        metadata_policy: typing.Optional["ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy"] = None,
        property: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :param key: Key is the key used in the Provider, mandatory.
        :param conversion_strategy: Used to define a conversion Strategy.
        :param decoding_strategy: Used to define a decoding Strategy.
        :param metadata_policy: Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None Default: None
        :param property: Used to select a specific property of the Provider value (if a map), if supported.
        :param version: Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretV1Beta1SpecDataFromExtract
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4559ee8d3c3485ca8774f9a36afbe4e0022ca07931ed0721ab17d05e3f92afd1)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument decoding_strategy", value=decoding_strategy, expected_type=type_hints["decoding_strategy"])
            check_type(argname="argument metadata_policy", value=metadata_policy, expected_type=type_hints["metadata_policy"])
            check_type(argname="argument property", value=property, expected_type=type_hints["property"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if decoding_strategy is not None:
            self._values["decoding_strategy"] = decoding_strategy
        if metadata_policy is not None:
            self._values["metadata_policy"] = metadata_policy
        if property is not None:
            self._values["property"] = property
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def key(self) -> builtins.str:
        '''Key is the key used in the Provider, mandatory.

        :schema: ExternalSecretV1Beta1SpecDataFromExtract#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy"]:
        '''Used to define a conversion Strategy.

        :schema: ExternalSecretV1Beta1SpecDataFromExtract#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy"], result)

    @builtins.property
    def decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy"]:
        '''Used to define a decoding Strategy.

        :schema: ExternalSecretV1Beta1SpecDataFromExtract#decodingStrategy
        '''
        result = self._values.get("decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy"], result)

    @builtins.property
    def metadata_policy(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy"]:
        '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

        Defaults to None

        :default: None

        :schema: ExternalSecretV1Beta1SpecDataFromExtract#metadataPolicy
        '''
        result = self._values.get("metadata_policy")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy"], result)

    @builtins.property
    def property(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific property of the Provider value (if a map), if supported.

        :schema: ExternalSecretV1Beta1SpecDataFromExtract#property
        '''
        result = self._values.get("property")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretV1Beta1SpecDataFromExtract#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataFromExtract(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy"
)
class ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy.

    :schema: ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy
    '''

    DEFAULT = "DEFAULT"
    '''Default.'''
    UNICODE = "UNICODE"
    '''Unicode.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy"
)
class ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy.

    :schema: ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy"
)
class ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy(enum.Enum):
    '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

    Defaults to None

    :default: None

    :schema: ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy
    '''

    NONE = "NONE"
    '''None.'''
    FETCH = "FETCH"
    '''Fetch.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromFind",
    jsii_struct_bases=[],
    name_mapping={
        "conversion_strategy": "conversionStrategy",
        "decoding_strategy": "decodingStrategy",
        "name": "name",
        "path": "path",
        "tags": "tags",
    },
)
class ExternalSecretV1Beta1SpecDataFromFind:
    def __init__(
        self,
        *,
        conversion_strategy: typing.Optional["ExternalSecretV1Beta1SpecDataFromFindConversionStrategy"] = None,
        decoding_strategy: typing.Optional["ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy"] = None,
        name: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecDataFromFindName", typing.Dict[builtins.str, typing.Any]]] = None,
        path: typing.Optional[builtins.str] = None,
        tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.

        :param conversion_strategy: Used to define a conversion Strategy.
        :param decoding_strategy: Used to define a decoding Strategy.
        :param name: Finds secrets based on the name.
        :param path: A root path to start the find operations.
        :param tags: Find secrets based on tags.

        :schema: ExternalSecretV1Beta1SpecDataFromFind
        '''
        if isinstance(name, dict):
            name = ExternalSecretV1Beta1SpecDataFromFindName(**name)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__163e1bd3bd37b2f98cfa1a19c5ba06c6cab91fa9b0933e93720554fc0f18cf3d)
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument decoding_strategy", value=decoding_strategy, expected_type=type_hints["decoding_strategy"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if decoding_strategy is not None:
            self._values["decoding_strategy"] = decoding_strategy
        if name is not None:
            self._values["name"] = name
        if path is not None:
            self._values["path"] = path
        if tags is not None:
            self._values["tags"] = tags

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromFindConversionStrategy"]:
        '''Used to define a conversion Strategy.

        :schema: ExternalSecretV1Beta1SpecDataFromFind#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromFindConversionStrategy"], result)

    @builtins.property
    def decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy"]:
        '''Used to define a decoding Strategy.

        :schema: ExternalSecretV1Beta1SpecDataFromFind#decodingStrategy
        '''
        result = self._values.get("decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy"], result)

    @builtins.property
    def name(self) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromFindName"]:
        '''Finds secrets based on the name.

        :schema: ExternalSecretV1Beta1SpecDataFromFind#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromFindName"], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''A root path to start the find operations.

        :schema: ExternalSecretV1Beta1SpecDataFromFind#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Find secrets based on tags.

        :schema: ExternalSecretV1Beta1SpecDataFromFind#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataFromFind(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromFindConversionStrategy"
)
class ExternalSecretV1Beta1SpecDataFromFindConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy.

    :schema: ExternalSecretV1Beta1SpecDataFromFindConversionStrategy
    '''

    DEFAULT = "DEFAULT"
    '''Default.'''
    UNICODE = "UNICODE"
    '''Unicode.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy"
)
class ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy.

    :schema: ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromFindName",
    jsii_struct_bases=[],
    name_mapping={"regexp": "regexp"},
)
class ExternalSecretV1Beta1SpecDataFromFindName:
    def __init__(self, *, regexp: typing.Optional[builtins.str] = None) -> None:
        '''Finds secrets based on the name.

        :param regexp: Finds secrets base.

        :schema: ExternalSecretV1Beta1SpecDataFromFindName
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__896c641cc9896dadda9c42ba9c0ec3d160cfefb49191fc1bf6f596dc6a73f727)
            check_type(argname="argument regexp", value=regexp, expected_type=type_hints["regexp"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if regexp is not None:
            self._values["regexp"] = regexp

    @builtins.property
    def regexp(self) -> typing.Optional[builtins.str]:
        '''Finds secrets base.

        :schema: ExternalSecretV1Beta1SpecDataFromFindName#regexp
        '''
        result = self._values.get("regexp")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataFromFindName(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromRewrite",
    jsii_struct_bases=[],
    name_mapping={"regexp": "regexp", "transform": "transform"},
)
class ExternalSecretV1Beta1SpecDataFromRewrite:
    def __init__(
        self,
        *,
        regexp: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecDataFromRewriteRegexp", typing.Dict[builtins.str, typing.Any]]] = None,
        transform: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecDataFromRewriteTransform", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretRewrite defines rules on how to rewrite secret keys.

        :param regexp: Used to rewrite with regular expressions. The resulting key will be the output of a regexp.ReplaceAll operation.
        :param transform: Used to apply string transformation on the secrets. The resulting key will be the output of the template applied by the operation.

        :schema: ExternalSecretV1Beta1SpecDataFromRewrite
        '''
        if isinstance(regexp, dict):
            regexp = ExternalSecretV1Beta1SpecDataFromRewriteRegexp(**regexp)
        if isinstance(transform, dict):
            transform = ExternalSecretV1Beta1SpecDataFromRewriteTransform(**transform)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f8e7d766b072c859904b32148b4db44917aca0789edec05145b19bbcd4c4b17)
            check_type(argname="argument regexp", value=regexp, expected_type=type_hints["regexp"])
            check_type(argname="argument transform", value=transform, expected_type=type_hints["transform"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if regexp is not None:
            self._values["regexp"] = regexp
        if transform is not None:
            self._values["transform"] = transform

    @builtins.property
    def regexp(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromRewriteRegexp"]:
        '''Used to rewrite with regular expressions.

        The resulting key will be the output of a regexp.ReplaceAll operation.

        :schema: ExternalSecretV1Beta1SpecDataFromRewrite#regexp
        '''
        result = self._values.get("regexp")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromRewriteRegexp"], result)

    @builtins.property
    def transform(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromRewriteTransform"]:
        '''Used to apply string transformation on the secrets.

        The resulting key will be the output of the template applied by the operation.

        :schema: ExternalSecretV1Beta1SpecDataFromRewrite#transform
        '''
        result = self._values.get("transform")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromRewriteTransform"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataFromRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromRewriteRegexp",
    jsii_struct_bases=[],
    name_mapping={"source": "source", "target": "target"},
)
class ExternalSecretV1Beta1SpecDataFromRewriteRegexp:
    def __init__(self, *, source: builtins.str, target: builtins.str) -> None:
        '''Used to rewrite with regular expressions.

        The resulting key will be the output of a regexp.ReplaceAll operation.

        :param source: Used to define the regular expression of a re.Compiler.
        :param target: Used to define the target pattern of a ReplaceAll operation.

        :schema: ExternalSecretV1Beta1SpecDataFromRewriteRegexp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a79d38e228533f29f6571e8b0f188344816cf3b9175ba2a41787e1ff2aa2240e)
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "source": source,
            "target": target,
        }

    @builtins.property
    def source(self) -> builtins.str:
        '''Used to define the regular expression of a re.Compiler.

        :schema: ExternalSecretV1Beta1SpecDataFromRewriteRegexp#source
        '''
        result = self._values.get("source")
        assert result is not None, "Required property 'source' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target(self) -> builtins.str:
        '''Used to define the target pattern of a ReplaceAll operation.

        :schema: ExternalSecretV1Beta1SpecDataFromRewriteRegexp#target
        '''
        result = self._values.get("target")
        assert result is not None, "Required property 'target' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataFromRewriteRegexp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromRewriteTransform",
    jsii_struct_bases=[],
    name_mapping={"template": "template"},
)
class ExternalSecretV1Beta1SpecDataFromRewriteTransform:
    def __init__(self, *, template: builtins.str) -> None:
        '''Used to apply string transformation on the secrets.

        The resulting key will be the output of the template applied by the operation.

        :param template: Used to define the template to apply on the secret name. ``.value `` will specify the secret name in the template.

        :schema: ExternalSecretV1Beta1SpecDataFromRewriteTransform
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7a253b41833c45b12110f0496c47c380bfab02f18f224c70fa3e6a57e45a7886)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "template": template,
        }

    @builtins.property
    def template(self) -> builtins.str:
        '''Used to define the template to apply on the secret name.

        ``.value `` will specify the secret name in the template.

        :schema: ExternalSecretV1Beta1SpecDataFromRewriteTransform#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataFromRewriteTransform(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromSourceRef",
    jsii_struct_bases=[],
    name_mapping={"generator_ref": "generatorRef", "store_ref": "storeRef"},
)
class ExternalSecretV1Beta1SpecDataFromSourceRef:
    def __init__(
        self,
        *,
        generator_ref: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef", typing.Dict[builtins.str, typing.Any]]] = None,
        store_ref: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SourceRef points to a store or generator which contains secret values ready to use.

        Use this in combination with Extract or Find pull values out of
        a specific SecretStore.
        When sourceRef points to a generator Extract or Find is not supported.
        The generator returns a static map of values

        :param generator_ref: GeneratorRef points to a generator custom resource.
        :param store_ref: SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretV1Beta1SpecDataFromSourceRef
        '''
        if isinstance(generator_ref, dict):
            generator_ref = ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef(**generator_ref)
        if isinstance(store_ref, dict):
            store_ref = ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef(**store_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cadf012d022045358d25383d0f7ca1a3b85b0cfcd122b33a6c69cd5ebfb687e6)
            check_type(argname="argument generator_ref", value=generator_ref, expected_type=type_hints["generator_ref"])
            check_type(argname="argument store_ref", value=store_ref, expected_type=type_hints["store_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if generator_ref is not None:
            self._values["generator_ref"] = generator_ref
        if store_ref is not None:
            self._values["store_ref"] = store_ref

    @builtins.property
    def generator_ref(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef"]:
        '''GeneratorRef points to a generator custom resource.

        :schema: ExternalSecretV1Beta1SpecDataFromSourceRef#generatorRef
        '''
        result = self._values.get("generator_ref")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef"], result)

    @builtins.property
    def store_ref(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef"]:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretV1Beta1SpecDataFromSourceRef#storeRef
        '''
        result = self._values.get("store_ref")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataFromSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_version": "apiVersion"},
)
class ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef:
    def __init__(
        self,
        *,
        kind: "ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind",
        name: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GeneratorRef points to a generator custom resource.

        :param kind: Specify the Kind of the generator resource.
        :param name: Specify the name of the generator resource.
        :param api_version: Specify the apiVersion of the generator resource.

        :schema: ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f3261eeaa11f2ee6234a3b48a8bbbbd242b29a93ba83285a4a55325cf71c2f3)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def kind(self) -> "ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind":
        '''Specify the Kind of the generator resource.

        :schema: ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Specify the name of the generator resource.

        :schema: ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Specify the apiVersion of the generator resource.

        :schema: ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind"
)
class ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind(enum.Enum):
    '''Specify the Kind of the generator resource.

    :schema: ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind
    '''

    ACR_ACCESS_TOKEN = "ACR_ACCESS_TOKEN"
    '''ACRAccessToken.'''
    CLUSTER_GENERATOR = "CLUSTER_GENERATOR"
    '''ClusterGenerator.'''
    ECR_AUTHORIZATION_TOKEN = "ECR_AUTHORIZATION_TOKEN"
    '''ECRAuthorizationToken.'''
    FAKE = "FAKE"
    '''Fake.'''
    GCR_ACCESS_TOKEN = "GCR_ACCESS_TOKEN"
    '''GCRAccessToken.'''
    GITHUB_ACCESS_TOKEN = "GITHUB_ACCESS_TOKEN"
    '''GithubAccessToken.'''
    QUAY_ACCESS_TOKEN = "QUAY_ACCESS_TOKEN"
    '''QuayAccessToken.'''
    PASSWORD = "PASSWORD"
    '''Password.'''
    SSH_KEY = "SSH_KEY"
    '''SSHKey.'''
    STS_SESSION_TOKEN = "STS_SESSION_TOKEN"
    '''STSSessionToken.'''
    UUID = "UUID"
    '''UUID.'''
    VAULT_DYNAMIC_SECRET = "VAULT_DYNAMIC_SECRET"
    '''VaultDynamicSecret.'''
    WEBHOOK = "WEBHOOK"
    '''Webhook.'''
    GRAFANA = "GRAFANA"
    '''Grafana.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``. Default: SecretStore`
        :param name: Name of the SecretStore resource.

        :schema: ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f5a03767480328209a540b70c662d79c282498f04e3c30311b154774ee4bc90d)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

        :default: SecretStore`

        :schema: ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the SecretStore resource.

        :schema: ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind"
)
class ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

    :default: SecretStore`

    :schema: ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataRemoteRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "conversion_strategy": "conversionStrategy",
        "decoding_strategy": "decodingStrategy",
        "metadata_policy": "metadataPolicy",
        "property": "property",
        "version": "version",
    },
)
class ExternalSecretV1Beta1SpecDataRemoteRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        conversion_strategy: typing.Optional["ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy"] = None,
        decoding_strategy: typing.Optional["ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy"] = None,
        metadata_policy: typing.Optional["ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy"] = None,
        property: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.

        :param key: Key is the key used in the Provider, mandatory.
        :param conversion_strategy: Used to define a conversion Strategy.
        :param decoding_strategy: Used to define a decoding Strategy.
        :param metadata_policy: Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None Default: None
        :param property: Used to select a specific property of the Provider value (if a map), if supported.
        :param version: Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretV1Beta1SpecDataRemoteRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c6bec967c5a161e2aeea50447aae5c1330517ad6b08328a2f6642c701351d7d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument conversion_strategy", value=conversion_strategy, expected_type=type_hints["conversion_strategy"])
            check_type(argname="argument decoding_strategy", value=decoding_strategy, expected_type=type_hints["decoding_strategy"])
            check_type(argname="argument metadata_policy", value=metadata_policy, expected_type=type_hints["metadata_policy"])
            check_type(argname="argument property", value=property, expected_type=type_hints["property"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if conversion_strategy is not None:
            self._values["conversion_strategy"] = conversion_strategy
        if decoding_strategy is not None:
            self._values["decoding_strategy"] = decoding_strategy
        if metadata_policy is not None:
            self._values["metadata_policy"] = metadata_policy
        if property is not None:
            self._values["property"] = property
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def key(self) -> builtins.str:
        '''Key is the key used in the Provider, mandatory.

        :schema: ExternalSecretV1Beta1SpecDataRemoteRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def conversion_strategy(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy"]:
        '''Used to define a conversion Strategy.

        :schema: ExternalSecretV1Beta1SpecDataRemoteRef#conversionStrategy
        '''
        result = self._values.get("conversion_strategy")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy"], result)

    @builtins.property
    def decoding_strategy(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy"]:
        '''Used to define a decoding Strategy.

        :schema: ExternalSecretV1Beta1SpecDataRemoteRef#decodingStrategy
        '''
        result = self._values.get("decoding_strategy")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy"], result)

    @builtins.property
    def metadata_policy(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy"]:
        '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

        Defaults to None

        :default: None

        :schema: ExternalSecretV1Beta1SpecDataRemoteRef#metadataPolicy
        '''
        result = self._values.get("metadata_policy")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy"], result)

    @builtins.property
    def property(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific property of the Provider value (if a map), if supported.

        :schema: ExternalSecretV1Beta1SpecDataRemoteRef#property
        '''
        result = self._values.get("property")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Used to select a specific version of the Provider value, if supported.

        :schema: ExternalSecretV1Beta1SpecDataRemoteRef#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataRemoteRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy"
)
class ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy(enum.Enum):
    '''Used to define a conversion Strategy.

    :schema: ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy
    '''

    DEFAULT = "DEFAULT"
    '''Default.'''
    UNICODE = "UNICODE"
    '''Unicode.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy"
)
class ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy(enum.Enum):
    '''Used to define a decoding Strategy.

    :schema: ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy
    '''

    AUTO = "AUTO"
    '''Auto.'''
    BASE64 = "BASE64"
    '''Base64.'''
    BASE64_URL = "BASE64_URL"
    '''Base64URL.'''
    NONE = "NONE"
    '''None.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy"
)
class ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy(enum.Enum):
    '''Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.

    Defaults to None

    :default: None

    :schema: ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy
    '''

    NONE = "NONE"
    '''None.'''
    FETCH = "FETCH"
    '''Fetch.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataSourceRef",
    jsii_struct_bases=[],
    name_mapping={"generator_ref": "generatorRef", "store_ref": "storeRef"},
)
class ExternalSecretV1Beta1SpecDataSourceRef:
    def __init__(
        self,
        *,
        generator_ref: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef", typing.Dict[builtins.str, typing.Any]]] = None,
        store_ref: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecDataSourceRefStoreRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SourceRef allows you to override the source from which the value will be pulled.

        :param generator_ref: GeneratorRef points to a generator custom resource. Deprecated: The generatorRef is not implemented in .data[]. this will be removed with v1.
        :param store_ref: SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretV1Beta1SpecDataSourceRef
        '''
        if isinstance(generator_ref, dict):
            generator_ref = ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef(**generator_ref)
        if isinstance(store_ref, dict):
            store_ref = ExternalSecretV1Beta1SpecDataSourceRefStoreRef(**store_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be2ee8fcd603ded03a4b8f3c4036ea5501a640c1cc6a4a1abb56ccba90d7328b)
            check_type(argname="argument generator_ref", value=generator_ref, expected_type=type_hints["generator_ref"])
            check_type(argname="argument store_ref", value=store_ref, expected_type=type_hints["store_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if generator_ref is not None:
            self._values["generator_ref"] = generator_ref
        if store_ref is not None:
            self._values["store_ref"] = store_ref

    @builtins.property
    def generator_ref(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef"]:
        '''GeneratorRef points to a generator custom resource.

        Deprecated: The generatorRef is not implemented in .data[].
        this will be removed with v1.

        :schema: ExternalSecretV1Beta1SpecDataSourceRef#generatorRef
        '''
        result = self._values.get("generator_ref")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef"], result)

    @builtins.property
    def store_ref(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataSourceRefStoreRef"]:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :schema: ExternalSecretV1Beta1SpecDataSourceRef#storeRef
        '''
        result = self._values.get("store_ref")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataSourceRefStoreRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataSourceRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_version": "apiVersion"},
)
class ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef:
    def __init__(
        self,
        *,
        kind: "ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind",
        name: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''GeneratorRef points to a generator custom resource.

        Deprecated: The generatorRef is not implemented in .data[].
        this will be removed with v1.

        :param kind: Specify the Kind of the generator resource.
        :param name: Specify the name of the generator resource.
        :param api_version: Specify the apiVersion of the generator resource.

        :schema: ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0be042f3385e7bb62788943b721f9007a2208d9453d2f4cffa47ad7b75de98ef)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def kind(self) -> "ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind":
        '''Specify the Kind of the generator resource.

        :schema: ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Specify the name of the generator resource.

        :schema: ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Specify the apiVersion of the generator resource.

        :schema: ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind"
)
class ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind(enum.Enum):
    '''Specify the Kind of the generator resource.

    :schema: ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind
    '''

    ACR_ACCESS_TOKEN = "ACR_ACCESS_TOKEN"
    '''ACRAccessToken.'''
    CLUSTER_GENERATOR = "CLUSTER_GENERATOR"
    '''ClusterGenerator.'''
    ECR_AUTHORIZATION_TOKEN = "ECR_AUTHORIZATION_TOKEN"
    '''ECRAuthorizationToken.'''
    FAKE = "FAKE"
    '''Fake.'''
    GCR_ACCESS_TOKEN = "GCR_ACCESS_TOKEN"
    '''GCRAccessToken.'''
    GITHUB_ACCESS_TOKEN = "GITHUB_ACCESS_TOKEN"
    '''GithubAccessToken.'''
    QUAY_ACCESS_TOKEN = "QUAY_ACCESS_TOKEN"
    '''QuayAccessToken.'''
    PASSWORD = "PASSWORD"
    '''Password.'''
    SSH_KEY = "SSH_KEY"
    '''SSHKey.'''
    STS_SESSION_TOKEN = "STS_SESSION_TOKEN"
    '''STSSessionToken.'''
    UUID = "UUID"
    '''UUID.'''
    VAULT_DYNAMIC_SECRET = "VAULT_DYNAMIC_SECRET"
    '''VaultDynamicSecret.'''
    WEBHOOK = "WEBHOOK"
    '''Webhook.'''
    GRAFANA = "GRAFANA"
    '''Grafana.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataSourceRefStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class ExternalSecretV1Beta1SpecDataSourceRefStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``. Default: SecretStore`
        :param name: Name of the SecretStore resource.

        :schema: ExternalSecretV1Beta1SpecDataSourceRefStoreRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__469dbe9e4ca9cdbafa5e0f0aa0afb863cd6383bf86eea984c34ff32b028fc550)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

        :default: SecretStore`

        :schema: ExternalSecretV1Beta1SpecDataSourceRefStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the SecretStore resource.

        :schema: ExternalSecretV1Beta1SpecDataSourceRefStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecDataSourceRefStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind"
)
class ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

    :default: SecretStore`

    :schema: ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecRefreshPolicy"
)
class ExternalSecretV1Beta1SpecRefreshPolicy(enum.Enum):
    '''RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.

    No periodic updates occur if refreshInterval is 0.

    - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes

    :schema: ExternalSecretV1Beta1SpecRefreshPolicy
    '''

    CREATED_ONCE = "CREATED_ONCE"
    '''CreatedOnce.'''
    PERIODIC = "PERIODIC"
    '''Periodic.'''
    ON_CHANGE = "ON_CHANGE"
    '''OnChange.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecSecretStoreRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class ExternalSecretV1Beta1SpecSecretStoreRef:
    def __init__(
        self,
        *,
        kind: typing.Optional["ExternalSecretV1Beta1SpecSecretStoreRefKind"] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.

        :param kind: Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``. Default: SecretStore`
        :param name: Name of the SecretStore resource.

        :schema: ExternalSecretV1Beta1SpecSecretStoreRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85515a029f51ad6c1318991d93f729eb4bc2fde0c791425c8091aa6e3ecd4d31)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def kind(self) -> typing.Optional["ExternalSecretV1Beta1SpecSecretStoreRefKind"]:
        '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

        :default: SecretStore`

        :schema: ExternalSecretV1Beta1SpecSecretStoreRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecSecretStoreRefKind"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the SecretStore resource.

        :schema: ExternalSecretV1Beta1SpecSecretStoreRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecSecretStoreRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecSecretStoreRefKind"
)
class ExternalSecretV1Beta1SpecSecretStoreRefKind(enum.Enum):
    '''Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to ``SecretStore``.

    :default: SecretStore`

    :schema: ExternalSecretV1Beta1SpecSecretStoreRefKind
    '''

    SECRET_STORE = "SECRET_STORE"
    '''SecretStore.'''
    CLUSTER_SECRET_STORE = "CLUSTER_SECRET_STORE"
    '''ClusterSecretStore.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTarget",
    jsii_struct_bases=[],
    name_mapping={
        "creation_policy": "creationPolicy",
        "deletion_policy": "deletionPolicy",
        "immutable": "immutable",
        "name": "name",
        "template": "template",
    },
)
class ExternalSecretV1Beta1SpecTarget:
    def __init__(
        self,
        *,
        creation_policy: typing.Optional["ExternalSecretV1Beta1SpecTargetCreationPolicy"] = None,
        deletion_policy: typing.Optional["ExternalSecretV1Beta1SpecTargetDeletionPolicy"] = None,
        immutable: typing.Optional[builtins.bool] = None,
        name: typing.Optional[builtins.str] = None,
        template: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecTargetTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ExternalSecretTarget defines the Kubernetes Secret to be created There can be only one target per ExternalSecret.

        :param creation_policy: CreationPolicy defines rules on how to create the resulting Secret. Defaults to "Owner" Default: Owner"
        :param deletion_policy: DeletionPolicy defines rules on how to delete the resulting Secret. Defaults to "Retain" Default: Retain"
        :param immutable: Immutable defines if the final secret will be immutable.
        :param name: The name of the Secret resource to be managed. Defaults to the .metadata.name of the ExternalSecret resource Default: the .metadata.name of the ExternalSecret resource
        :param template: Template defines a blueprint for the created Secret resource.

        :schema: ExternalSecretV1Beta1SpecTarget
        '''
        if isinstance(template, dict):
            template = ExternalSecretV1Beta1SpecTargetTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__951fcab52ac678bcde18794ecb07a841fa09734b865e2e35122f3549d1775c70)
            check_type(argname="argument creation_policy", value=creation_policy, expected_type=type_hints["creation_policy"])
            check_type(argname="argument deletion_policy", value=deletion_policy, expected_type=type_hints["deletion_policy"])
            check_type(argname="argument immutable", value=immutable, expected_type=type_hints["immutable"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if creation_policy is not None:
            self._values["creation_policy"] = creation_policy
        if deletion_policy is not None:
            self._values["deletion_policy"] = deletion_policy
        if immutable is not None:
            self._values["immutable"] = immutable
        if name is not None:
            self._values["name"] = name
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def creation_policy(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecTargetCreationPolicy"]:
        '''CreationPolicy defines rules on how to create the resulting Secret.

        Defaults to "Owner"

        :default: Owner"

        :schema: ExternalSecretV1Beta1SpecTarget#creationPolicy
        '''
        result = self._values.get("creation_policy")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecTargetCreationPolicy"], result)

    @builtins.property
    def deletion_policy(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecTargetDeletionPolicy"]:
        '''DeletionPolicy defines rules on how to delete the resulting Secret.

        Defaults to "Retain"

        :default: Retain"

        :schema: ExternalSecretV1Beta1SpecTarget#deletionPolicy
        '''
        result = self._values.get("deletion_policy")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecTargetDeletionPolicy"], result)

    @builtins.property
    def immutable(self) -> typing.Optional[builtins.bool]:
        '''Immutable defines if the final secret will be immutable.

        :schema: ExternalSecretV1Beta1SpecTarget#immutable
        '''
        result = self._values.get("immutable")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''The name of the Secret resource to be managed.

        Defaults to the .metadata.name of the ExternalSecret resource

        :default: the .metadata.name of the ExternalSecret resource

        :schema: ExternalSecretV1Beta1SpecTarget#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def template(self) -> typing.Optional["ExternalSecretV1Beta1SpecTargetTemplate"]:
        '''Template defines a blueprint for the created Secret resource.

        :schema: ExternalSecretV1Beta1SpecTarget#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecTargetTemplate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecTarget(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetCreationPolicy"
)
class ExternalSecretV1Beta1SpecTargetCreationPolicy(enum.Enum):
    '''CreationPolicy defines rules on how to create the resulting Secret.

    Defaults to "Owner"

    :default: Owner"

    :schema: ExternalSecretV1Beta1SpecTargetCreationPolicy
    '''

    OWNER = "OWNER"
    '''Owner.'''
    ORPHAN = "ORPHAN"
    '''Orphan.'''
    MERGE = "MERGE"
    '''Merge.'''
    NONE = "NONE"
    '''None.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetDeletionPolicy"
)
class ExternalSecretV1Beta1SpecTargetDeletionPolicy(enum.Enum):
    '''DeletionPolicy defines rules on how to delete the resulting Secret.

    Defaults to "Retain"

    :default: Retain"

    :schema: ExternalSecretV1Beta1SpecTargetDeletionPolicy
    '''

    DELETE = "DELETE"
    '''Delete.'''
    MERGE = "MERGE"
    '''Merge.'''
    RETAIN = "RETAIN"
    '''Retain.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "data": "data",
        "engine_version": "engineVersion",
        "merge_policy": "mergePolicy",
        "metadata": "metadata",
        "template_from": "templateFrom",
        "type": "type",
    },
)
class ExternalSecretV1Beta1SpecTargetTemplate:
    def __init__(
        self,
        *,
        data: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        engine_version: typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateEngineVersion"] = None,
        merge_policy: typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateMergePolicy"] = None,
        metadata: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecTargetTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        template_from: typing.Optional[typing.Sequence[typing.Union["ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom", typing.Dict[builtins.str, typing.Any]]]] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Template defines a blueprint for the created Secret resource.

        :param data: 
        :param engine_version: EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].
        :param merge_policy: TemplateMergePolicy defines how template values should be merged when generating a secret.
        :param metadata: ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
        :param template_from: 
        :param type: 

        :schema: ExternalSecretV1Beta1SpecTargetTemplate
        '''
        if isinstance(metadata, dict):
            metadata = ExternalSecretV1Beta1SpecTargetTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c41152ac3526bbde56f3cd4a48a7910801bac96a17c14d51be3650cb5213d261)
            check_type(argname="argument data", value=data, expected_type=type_hints["data"])
            check_type(argname="argument engine_version", value=engine_version, expected_type=type_hints["engine_version"])
            check_type(argname="argument merge_policy", value=merge_policy, expected_type=type_hints["merge_policy"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument template_from", value=template_from, expected_type=type_hints["template_from"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data is not None:
            self._values["data"] = data
        if engine_version is not None:
            self._values["engine_version"] = engine_version
        if merge_policy is not None:
            self._values["merge_policy"] = merge_policy
        if metadata is not None:
            self._values["metadata"] = metadata
        if template_from is not None:
            self._values["template_from"] = template_from
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def data(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExternalSecretV1Beta1SpecTargetTemplate#data
        '''
        result = self._values.get("data")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def engine_version(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateEngineVersion"]:
        '''EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].

        :schema: ExternalSecretV1Beta1SpecTargetTemplate#engineVersion
        '''
        result = self._values.get("engine_version")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateEngineVersion"], result)

    @builtins.property
    def merge_policy(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateMergePolicy"]:
        '''TemplateMergePolicy defines how template values should be merged when generating a secret.

        :schema: ExternalSecretV1Beta1SpecTargetTemplate#mergePolicy
        '''
        result = self._values.get("merge_policy")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateMergePolicy"], result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateMetadata"]:
        '''ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.

        :schema: ExternalSecretV1Beta1SpecTargetTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateMetadata"], result)

    @builtins.property
    def template_from(
        self,
    ) -> typing.Optional[typing.List["ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom"]]:
        '''
        :schema: ExternalSecretV1Beta1SpecTargetTemplate#templateFrom
        '''
        result = self._values.get("template_from")
        return typing.cast(typing.Optional[typing.List["ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom"]], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExternalSecretV1Beta1SpecTargetTemplate#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecTargetTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetTemplateEngineVersion"
)
class ExternalSecretV1Beta1SpecTargetTemplateEngineVersion(enum.Enum):
    '''EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].

    :schema: ExternalSecretV1Beta1SpecTargetTemplateEngineVersion
    '''

    V2 = "V2"
    '''v2.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetTemplateMergePolicy"
)
class ExternalSecretV1Beta1SpecTargetTemplateMergePolicy(enum.Enum):
    '''TemplateMergePolicy defines how template values should be merged when generating a secret.

    :schema: ExternalSecretV1Beta1SpecTargetTemplateMergePolicy
    '''

    REPLACE = "REPLACE"
    '''Replace.'''
    MERGE = "MERGE"
    '''Merge.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class ExternalSecretV1Beta1SpecTargetTemplateMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.

        :param annotations: 
        :param labels: 

        :schema: ExternalSecretV1Beta1SpecTargetTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2981fd0ad3f4ae8329d7555c6d77ca9a0ee8a916bbd61c6bb30427893a723971)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExternalSecretV1Beta1SpecTargetTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ExternalSecretV1Beta1SpecTargetTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecTargetTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "literal": "literal",
        "secret": "secret",
        "target": "target",
    },
)
class ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom:
    def __init__(
        self,
        *,
        config_map: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap", typing.Dict[builtins.str, typing.Any]]] = None,
        literal: typing.Optional[builtins.str] = None,
        secret: typing.Optional[typing.Union["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        target: typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget"] = None,
    ) -> None:
        '''TemplateFrom defines a source for template data.

        :param config_map: TemplateRef defines a reference to a template source in a ConfigMap or Secret.
        :param literal: 
        :param secret: TemplateRef defines a reference to a template source in a ConfigMap or Secret.
        :param target: TemplateTarget defines the target field where the template result will be stored.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom
        '''
        if isinstance(config_map, dict):
            config_map = ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap(**config_map)
        if isinstance(secret, dict):
            secret = ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da1e60a026d0be72498b9162209a60f001b761f25e17081b681171b6308e0f00)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument literal", value=literal, expected_type=type_hints["literal"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument target", value=target, expected_type=type_hints["target"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if literal is not None:
            self._values["literal"] = literal
        if secret is not None:
            self._values["secret"] = secret
        if target is not None:
            self._values["target"] = target

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap"]:
        '''TemplateRef defines a reference to a template source in a ConfigMap or Secret.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap"], result)

    @builtins.property
    def literal(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom#literal
        '''
        result = self._values.get("literal")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret"]:
        '''TemplateRef defines a reference to a template source in a ConfigMap or Secret.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret"], result)

    @builtins.property
    def target(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget"]:
        '''TemplateTarget defines the target field where the template result will be stored.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom#target
        '''
        result = self._values.get("target")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name"},
)
class ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap:
    def __init__(
        self,
        *,
        items: typing.Sequence[typing.Union["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems", typing.Dict[builtins.str, typing.Any]]],
        name: builtins.str,
    ) -> None:
        '''TemplateRef defines a reference to a template source in a ConfigMap or Secret.

        :param items: A list of keys in the ConfigMap/Secret to use as templates for Secret data.
        :param name: The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__462e76463b909a07000a0783718d76047c969c91b23a842f1aa85341c76a6d1e)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "items": items,
            "name": name,
        }

    @builtins.property
    def items(
        self,
    ) -> typing.List["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems"]:
        '''A list of keys in the ConfigMap/Secret to use as templates for Secret data.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap#items
        '''
        result = self._values.get("items")
        assert result is not None, "Required property 'items' is missing"
        return typing.cast(typing.List["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems"], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "template_as": "templateAs"},
)
class ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        template_as: typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"] = None,
    ) -> None:
        '''TemplateRefItem defines which key in the referenced ConfigMap or Secret to use as a template.

        :param key: A key in the ConfigMap/Secret.
        :param template_as: TemplateScope defines the scope of the template when processing template data.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f597002470c02d47e00ddecbb23cbd216029006867053c3c9d85d3d90800f589)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument template_as", value=template_as, expected_type=type_hints["template_as"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if template_as is not None:
            self._values["template_as"] = template_as

    @builtins.property
    def key(self) -> builtins.str:
        '''A key in the ConfigMap/Secret.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_as(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"]:
        '''TemplateScope defines the scope of the template when processing template data.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems#templateAs
        '''
        result = self._values.get("template_as")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs"
)
class ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs(
    enum.Enum,
):
    '''TemplateScope defines the scope of the template when processing template data.

    :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs
    '''

    VALUES = "VALUES"
    '''Values.'''
    KEYS_AND_VALUES = "KEYS_AND_VALUES"
    '''KeysAndValues.'''


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret",
    jsii_struct_bases=[],
    name_mapping={"items": "items", "name": "name"},
)
class ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret:
    def __init__(
        self,
        *,
        items: typing.Sequence[typing.Union["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems", typing.Dict[builtins.str, typing.Any]]],
        name: builtins.str,
    ) -> None:
        '''TemplateRef defines a reference to a template source in a ConfigMap or Secret.

        :param items: A list of keys in the ConfigMap/Secret to use as templates for Secret data.
        :param name: The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3044168b95100fd57f5cde316f2ac4a3543c07693696d4d5db04c97ff693f98)
            check_type(argname="argument items", value=items, expected_type=type_hints["items"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "items": items,
            "name": name,
        }

    @builtins.property
    def items(
        self,
    ) -> typing.List["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems"]:
        '''A list of keys in the ConfigMap/Secret to use as templates for Secret data.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret#items
        '''
        result = self._values.get("items")
        assert result is not None, "Required property 'items' is missing"
        return typing.cast(typing.List["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems"], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The name of the ConfigMap/Secret resource.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "template_as": "templateAs"},
)
class ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems:
    def __init__(
        self,
        *,
        key: builtins.str,
        template_as: typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs"] = None,
    ) -> None:
        '''TemplateRefItem defines which key in the referenced ConfigMap or Secret to use as a template.

        :param key: A key in the ConfigMap/Secret.
        :param template_as: TemplateScope defines the scope of the template when processing template data.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dcfca281ae915d75ddd696faedf0b35047f79eaf3fb34b848b309ada2614bedd)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument template_as", value=template_as, expected_type=type_hints["template_as"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if template_as is not None:
            self._values["template_as"] = template_as

    @builtins.property
    def key(self) -> builtins.str:
        '''A key in the ConfigMap/Secret.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def template_as(
        self,
    ) -> typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs"]:
        '''TemplateScope defines the scope of the template when processing template data.

        :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems#templateAs
        '''
        result = self._values.get("template_as")
        return typing.cast(typing.Optional["ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs"
)
class ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs(
    enum.Enum,
):
    '''TemplateScope defines the scope of the template when processing template data.

    :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs
    '''

    VALUES = "VALUES"
    '''Values.'''
    KEYS_AND_VALUES = "KEYS_AND_VALUES"
    '''KeysAndValues.'''


@jsii.enum(
    jsii_type="external_secrets_externalsecret_ioexternal-secrets.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget"
)
class ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget(enum.Enum):
    '''TemplateTarget defines the target field where the template result will be stored.

    :schema: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget
    '''

    DATA = "DATA"
    '''Data.'''
    ANNOTATIONS = "ANNOTATIONS"
    '''Annotations.'''
    LABELS = "LABELS"
    '''Labels.'''


__all__ = [
    "ExternalSecret",
    "ExternalSecretProps",
    "ExternalSecretSpec",
    "ExternalSecretSpecData",
    "ExternalSecretSpecDataFrom",
    "ExternalSecretSpecDataFromExtract",
    "ExternalSecretSpecDataFromExtractConversionStrategy",
    "ExternalSecretSpecDataFromExtractDecodingStrategy",
    "ExternalSecretSpecDataFromExtractMetadataPolicy",
    "ExternalSecretSpecDataFromExtractNullBytePolicy",
    "ExternalSecretSpecDataFromFind",
    "ExternalSecretSpecDataFromFindConversionStrategy",
    "ExternalSecretSpecDataFromFindDecodingStrategy",
    "ExternalSecretSpecDataFromFindName",
    "ExternalSecretSpecDataFromFindNullBytePolicy",
    "ExternalSecretSpecDataFromRewrite",
    "ExternalSecretSpecDataFromRewriteMerge",
    "ExternalSecretSpecDataFromRewriteMergeConflictPolicy",
    "ExternalSecretSpecDataFromRewriteMergePriorityPolicy",
    "ExternalSecretSpecDataFromRewriteMergeStrategy",
    "ExternalSecretSpecDataFromRewriteRegexp",
    "ExternalSecretSpecDataFromRewriteTransform",
    "ExternalSecretSpecDataFromSourceRef",
    "ExternalSecretSpecDataFromSourceRefGeneratorRef",
    "ExternalSecretSpecDataFromSourceRefGeneratorRefKind",
    "ExternalSecretSpecDataFromSourceRefStoreRef",
    "ExternalSecretSpecDataFromSourceRefStoreRefKind",
    "ExternalSecretSpecDataRemoteRef",
    "ExternalSecretSpecDataRemoteRefConversionStrategy",
    "ExternalSecretSpecDataRemoteRefDecodingStrategy",
    "ExternalSecretSpecDataRemoteRefMetadataPolicy",
    "ExternalSecretSpecDataRemoteRefNullBytePolicy",
    "ExternalSecretSpecDataSourceRef",
    "ExternalSecretSpecDataSourceRefGeneratorRef",
    "ExternalSecretSpecDataSourceRefGeneratorRefKind",
    "ExternalSecretSpecDataSourceRefStoreRef",
    "ExternalSecretSpecDataSourceRefStoreRefKind",
    "ExternalSecretSpecRefreshPolicy",
    "ExternalSecretSpecSecretStoreRef",
    "ExternalSecretSpecSecretStoreRefKind",
    "ExternalSecretSpecSyncWindows",
    "ExternalSecretSpecSyncWindowsKind",
    "ExternalSecretSpecSyncWindowsWindows",
    "ExternalSecretSpecTarget",
    "ExternalSecretSpecTargetCreationPolicy",
    "ExternalSecretSpecTargetDeletionPolicy",
    "ExternalSecretSpecTargetManifest",
    "ExternalSecretSpecTargetTemplate",
    "ExternalSecretSpecTargetTemplateEngineVersion",
    "ExternalSecretSpecTargetTemplateMergePolicy",
    "ExternalSecretSpecTargetTemplateMetadata",
    "ExternalSecretSpecTargetTemplateTemplateFrom",
    "ExternalSecretSpecTargetTemplateTemplateFromConfigMap",
    "ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems",
    "ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs",
    "ExternalSecretSpecTargetTemplateTemplateFromSecret",
    "ExternalSecretSpecTargetTemplateTemplateFromSecretItems",
    "ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs",
    "ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy",
    "ExternalSecretV1Beta1",
    "ExternalSecretV1Beta1Props",
    "ExternalSecretV1Beta1Spec",
    "ExternalSecretV1Beta1SpecData",
    "ExternalSecretV1Beta1SpecDataFrom",
    "ExternalSecretV1Beta1SpecDataFromExtract",
    "ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy",
    "ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy",
    "ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy",
    "ExternalSecretV1Beta1SpecDataFromFind",
    "ExternalSecretV1Beta1SpecDataFromFindConversionStrategy",
    "ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy",
    "ExternalSecretV1Beta1SpecDataFromFindName",
    "ExternalSecretV1Beta1SpecDataFromRewrite",
    "ExternalSecretV1Beta1SpecDataFromRewriteRegexp",
    "ExternalSecretV1Beta1SpecDataFromRewriteTransform",
    "ExternalSecretV1Beta1SpecDataFromSourceRef",
    "ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef",
    "ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind",
    "ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef",
    "ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind",
    "ExternalSecretV1Beta1SpecDataRemoteRef",
    "ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy",
    "ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy",
    "ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy",
    "ExternalSecretV1Beta1SpecDataSourceRef",
    "ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef",
    "ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind",
    "ExternalSecretV1Beta1SpecDataSourceRefStoreRef",
    "ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind",
    "ExternalSecretV1Beta1SpecRefreshPolicy",
    "ExternalSecretV1Beta1SpecSecretStoreRef",
    "ExternalSecretV1Beta1SpecSecretStoreRefKind",
    "ExternalSecretV1Beta1SpecTarget",
    "ExternalSecretV1Beta1SpecTargetCreationPolicy",
    "ExternalSecretV1Beta1SpecTargetDeletionPolicy",
    "ExternalSecretV1Beta1SpecTargetTemplate",
    "ExternalSecretV1Beta1SpecTargetTemplateEngineVersion",
    "ExternalSecretV1Beta1SpecTargetTemplateMergePolicy",
    "ExternalSecretV1Beta1SpecTargetTemplateMetadata",
    "ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom",
    "ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap",
    "ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems",
    "ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs",
    "ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret",
    "ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems",
    "ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs",
    "ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget",
]

publication.publish()

def _typecheckingstub__94f0563795cedb42d07c74f63d0c21a7a21a7aed0cd0592f3e18cb269a717ce4(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ExternalSecretSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b0076af1d7e5819f1ed4b2b1fbce37d64645a71fda9ae98da1713c2c898c410(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ExternalSecretSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9214c1c966e3f49c2418f9343fd8df76e5813c810e34c661cc62159c5af3dd4c(
    *,
    data: typing.Optional[typing.Sequence[typing.Union[ExternalSecretSpecData, typing.Dict[builtins.str, typing.Any]]]] = None,
    data_from: typing.Optional[typing.Sequence[typing.Union[ExternalSecretSpecDataFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    refresh_interval: typing.Optional[builtins.str] = None,
    refresh_policy: typing.Optional[ExternalSecretSpecRefreshPolicy] = None,
    secret_store_ref: typing.Optional[typing.Union[ExternalSecretSpecSecretStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
    sync_windows: typing.Optional[typing.Union[ExternalSecretSpecSyncWindows, typing.Dict[builtins.str, typing.Any]]] = None,
    target: typing.Optional[typing.Union[ExternalSecretSpecTarget, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a571a3255f905dae959c7fed614dfc4318dbe154447d4de0214d3ed6d3a131bb(
    *,
    remote_ref: typing.Union[ExternalSecretSpecDataRemoteRef, typing.Dict[builtins.str, typing.Any]],
    secret_key: builtins.str,
    source_ref: typing.Optional[typing.Union[ExternalSecretSpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab0905b90195eb94fb29b7af911fb461beb10d16c6b283e99ebdfdee00ca0599(
    *,
    extract: typing.Optional[typing.Union[ExternalSecretSpecDataFromExtract, typing.Dict[builtins.str, typing.Any]]] = None,
    find: typing.Optional[typing.Union[ExternalSecretSpecDataFromFind, typing.Dict[builtins.str, typing.Any]]] = None,
    rewrite: typing.Optional[typing.Sequence[typing.Union[ExternalSecretSpecDataFromRewrite, typing.Dict[builtins.str, typing.Any]]]] = None,
    source_ref: typing.Optional[typing.Union[ExternalSecretSpecDataFromSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea14e1b56f4161bb6ff2032e9933088cb315932403273e0bf938bad51dd007f2(
    *,
    key: builtins.str,
    conversion_strategy: typing.Optional[ExternalSecretSpecDataFromExtractConversionStrategy] = None,
    decoding_strategy: typing.Optional[ExternalSecretSpecDataFromExtractDecodingStrategy] = None,
    metadata_policy: typing.Optional[ExternalSecretSpecDataFromExtractMetadataPolicy] = None,
    null_byte_policy: typing.Optional[ExternalSecretSpecDataFromExtractNullBytePolicy] = None,
    property: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38bf290903769215a9649fd7404223a95e09230f46e0db5f5a12bb14196c8721(
    *,
    conversion_strategy: typing.Optional[ExternalSecretSpecDataFromFindConversionStrategy] = None,
    decoding_strategy: typing.Optional[ExternalSecretSpecDataFromFindDecodingStrategy] = None,
    name: typing.Optional[typing.Union[ExternalSecretSpecDataFromFindName, typing.Dict[builtins.str, typing.Any]]] = None,
    null_byte_policy: typing.Optional[ExternalSecretSpecDataFromFindNullBytePolicy] = None,
    path: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5028eeea7642748d17f91228c7feab03521200abd29aaf1e5e256e0a49346746(
    *,
    regexp: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c83927b91ced2b29bc9c12167706541e9fe34faccc430409dce6aa667b6cbb53(
    *,
    merge: typing.Optional[typing.Union[ExternalSecretSpecDataFromRewriteMerge, typing.Dict[builtins.str, typing.Any]]] = None,
    regexp: typing.Optional[typing.Union[ExternalSecretSpecDataFromRewriteRegexp, typing.Dict[builtins.str, typing.Any]]] = None,
    transform: typing.Optional[typing.Union[ExternalSecretSpecDataFromRewriteTransform, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6bcfa3e86a5486d5be7b343f09ac5b55330a447dc04abf1740dca1a81ec17e6(
    *,
    conflict_policy: typing.Optional[ExternalSecretSpecDataFromRewriteMergeConflictPolicy] = None,
    into: typing.Optional[builtins.str] = None,
    priority: typing.Optional[typing.Sequence[builtins.str]] = None,
    priority_policy: typing.Optional[ExternalSecretSpecDataFromRewriteMergePriorityPolicy] = None,
    strategy: typing.Optional[ExternalSecretSpecDataFromRewriteMergeStrategy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27147e7abc3f9a78c92c8b66cef1ef896accd40edeab6b4b6c318c13f9c55870(
    *,
    source: builtins.str,
    target: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65b1b0c98c045c4043583c0478686874c9523229eb1503610e2385dbfb2d6a4c(
    *,
    template: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b0b18ae91827a27ccaaccc4872cc443b96cd5b9b0c71241df52186317036b485(
    *,
    generator_ref: typing.Optional[typing.Union[ExternalSecretSpecDataFromSourceRefGeneratorRef, typing.Dict[builtins.str, typing.Any]]] = None,
    store_ref: typing.Optional[typing.Union[ExternalSecretSpecDataFromSourceRefStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e081813280d38369a217fd3425de4f911b2586ce97c709b5313babe1fde131d(
    *,
    kind: ExternalSecretSpecDataFromSourceRefGeneratorRefKind,
    name: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f66285690a8366abdba00a54d2c70f8654859d2a5ab1b622613581859a76fef(
    *,
    kind: typing.Optional[ExternalSecretSpecDataFromSourceRefStoreRefKind] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__471ae90c3e42e04d50f3f0c9c4fae5983da090adeb35a92714e01f39ca68d9df(
    *,
    key: builtins.str,
    conversion_strategy: typing.Optional[ExternalSecretSpecDataRemoteRefConversionStrategy] = None,
    decoding_strategy: typing.Optional[ExternalSecretSpecDataRemoteRefDecodingStrategy] = None,
    metadata_policy: typing.Optional[ExternalSecretSpecDataRemoteRefMetadataPolicy] = None,
    null_byte_policy: typing.Optional[ExternalSecretSpecDataRemoteRefNullBytePolicy] = None,
    property: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1e13e45ae601dca8aa39b12a8e10adef82b661f3208a04eb0ea2d92421aef49(
    *,
    generator_ref: typing.Optional[typing.Union[ExternalSecretSpecDataSourceRefGeneratorRef, typing.Dict[builtins.str, typing.Any]]] = None,
    store_ref: typing.Optional[typing.Union[ExternalSecretSpecDataSourceRefStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c374fda9d600c96d7fca04f324346eb270e89cb29a93e82c21a01515f19dc28c(
    *,
    kind: ExternalSecretSpecDataSourceRefGeneratorRefKind,
    name: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6f4929dcc22d8dfd8fd4cf6b2c6f3777c079637c74b47c73f58a824fc6f3096(
    *,
    kind: typing.Optional[ExternalSecretSpecDataSourceRefStoreRefKind] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b4a7444cc3571768fec9a2afbe966e894de11b8c1781cc800bdb7824ab93a6c(
    *,
    kind: typing.Optional[ExternalSecretSpecSecretStoreRefKind] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fe6aeffce2a0caaaf0281d03bc3e95a8d102dbdee7401d016d96c0787245b1a(
    *,
    kind: ExternalSecretSpecSyncWindowsKind,
    windows: typing.Sequence[typing.Union[ExternalSecretSpecSyncWindowsWindows, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42a63219b9fdff82ceafc85d3d9e2f38133f25179f85216cad0a0d5938fbd4bd(
    *,
    duration: builtins.str,
    schedule: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__634f4dcb08c568d5e90d3edc5f9717ea4c6605e2e19b144121d4bcddb3f6f876(
    *,
    creation_policy: typing.Optional[ExternalSecretSpecTargetCreationPolicy] = None,
    deletion_policy: typing.Optional[ExternalSecretSpecTargetDeletionPolicy] = None,
    immutable: typing.Optional[builtins.bool] = None,
    manifest: typing.Optional[typing.Union[ExternalSecretSpecTargetManifest, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    template: typing.Optional[typing.Union[ExternalSecretSpecTargetTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb8ef260280d451364f96c5abc6af53cf45726aca0c3509037bca86b287e7841(
    *,
    api_version: builtins.str,
    kind: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e1b32a56bea6a2e50a8f3ec99e15d98779d06002eb280f000771c5addcc3e81(
    *,
    data: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    engine_version: typing.Optional[ExternalSecretSpecTargetTemplateEngineVersion] = None,
    merge_policy: typing.Optional[ExternalSecretSpecTargetTemplateMergePolicy] = None,
    metadata: typing.Optional[typing.Union[ExternalSecretSpecTargetTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    template_from: typing.Optional[typing.Sequence[typing.Union[ExternalSecretSpecTargetTemplateTemplateFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__374bfa745354318b4a8bda7fcc621e9dbe04b8d551f90c0f54181005d290a341(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    finalizers: typing.Optional[typing.Sequence[builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b81bc70c63a963a84aba1364e083560b2abf64ffa32b355a543f73adca12878f(
    *,
    config_map: typing.Optional[typing.Union[ExternalSecretSpecTargetTemplateTemplateFromConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    literal: typing.Optional[builtins.str] = None,
    secret: typing.Optional[typing.Union[ExternalSecretSpecTargetTemplateTemplateFromSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    target: typing.Optional[builtins.str] = None,
    values_decoding_strategy: typing.Optional[ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4f862a83a38d246bb2e96ee32397f4ef3aa7ce92d729ce72f156880a5a93ed8(
    *,
    items: typing.Sequence[typing.Union[ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems, typing.Dict[builtins.str, typing.Any]]],
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2aa139ff85a890025403fe8028872d524dbfa9b824366a044292b27eab51b92(
    *,
    key: builtins.str,
    template_as: typing.Optional[ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff059d2e93b4a44da66c6c84bef28de395974339ca1894463ac48aae9877a392(
    *,
    items: typing.Sequence[typing.Union[ExternalSecretSpecTargetTemplateTemplateFromSecretItems, typing.Dict[builtins.str, typing.Any]]],
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__46a13d094f2116dc41b9b7d71f41396671e11fe0a81180f0ef20bcd0360b194b(
    *,
    key: builtins.str,
    template_as: typing.Optional[ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9340c5ff4f0fe55d37f97112ede25639812fb9fab07c99588edb63e4a5e563bc(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ExternalSecretV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__338ef9af1f0a36a6ccd625f8d4ef352a94036ed1691ea4b8728d540b0e25a61b(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ExternalSecretV1Beta1Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce74b697e30198458c8dbd44b6bdd6751e56df4110e1bf3449b7df20281e31ae(
    *,
    data: typing.Optional[typing.Sequence[typing.Union[ExternalSecretV1Beta1SpecData, typing.Dict[builtins.str, typing.Any]]]] = None,
    data_from: typing.Optional[typing.Sequence[typing.Union[ExternalSecretV1Beta1SpecDataFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    refresh_interval: typing.Optional[builtins.str] = None,
    refresh_policy: typing.Optional[ExternalSecretV1Beta1SpecRefreshPolicy] = None,
    secret_store_ref: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecSecretStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
    target: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecTarget, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__282e21681fed7c6aee38ce020fb11d432a83ec26189637fa9365c580b7607428(
    *,
    remote_ref: typing.Union[ExternalSecretV1Beta1SpecDataRemoteRef, typing.Dict[builtins.str, typing.Any]],
    secret_key: builtins.str,
    source_ref: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecDataSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e049cc289984bafd40b52b8308351273c4d6c174c08442373c8360cc579b6bd3(
    *,
    extract: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecDataFromExtract, typing.Dict[builtins.str, typing.Any]]] = None,
    find: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecDataFromFind, typing.Dict[builtins.str, typing.Any]]] = None,
    rewrite: typing.Optional[typing.Sequence[typing.Union[ExternalSecretV1Beta1SpecDataFromRewrite, typing.Dict[builtins.str, typing.Any]]]] = None,
    source_ref: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecDataFromSourceRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4559ee8d3c3485ca8774f9a36afbe4e0022ca07931ed0721ab17d05e3f92afd1(
    *,
    key: builtins.str,
    conversion_strategy: typing.Optional[ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy] = None,
    decoding_strategy: typing.Optional[ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy] = None,
    metadata_policy: typing.Optional[ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy] = None,
    property: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__163e1bd3bd37b2f98cfa1a19c5ba06c6cab91fa9b0933e93720554fc0f18cf3d(
    *,
    conversion_strategy: typing.Optional[ExternalSecretV1Beta1SpecDataFromFindConversionStrategy] = None,
    decoding_strategy: typing.Optional[ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy] = None,
    name: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecDataFromFindName, typing.Dict[builtins.str, typing.Any]]] = None,
    path: typing.Optional[builtins.str] = None,
    tags: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__896c641cc9896dadda9c42ba9c0ec3d160cfefb49191fc1bf6f596dc6a73f727(
    *,
    regexp: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f8e7d766b072c859904b32148b4db44917aca0789edec05145b19bbcd4c4b17(
    *,
    regexp: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecDataFromRewriteRegexp, typing.Dict[builtins.str, typing.Any]]] = None,
    transform: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecDataFromRewriteTransform, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a79d38e228533f29f6571e8b0f188344816cf3b9175ba2a41787e1ff2aa2240e(
    *,
    source: builtins.str,
    target: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7a253b41833c45b12110f0496c47c380bfab02f18f224c70fa3e6a57e45a7886(
    *,
    template: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cadf012d022045358d25383d0f7ca1a3b85b0cfcd122b33a6c69cd5ebfb687e6(
    *,
    generator_ref: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef, typing.Dict[builtins.str, typing.Any]]] = None,
    store_ref: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f3261eeaa11f2ee6234a3b48a8bbbbd242b29a93ba83285a4a55325cf71c2f3(
    *,
    kind: ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind,
    name: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f5a03767480328209a540b70c662d79c282498f04e3c30311b154774ee4bc90d(
    *,
    kind: typing.Optional[ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c6bec967c5a161e2aeea50447aae5c1330517ad6b08328a2f6642c701351d7d(
    *,
    key: builtins.str,
    conversion_strategy: typing.Optional[ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy] = None,
    decoding_strategy: typing.Optional[ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy] = None,
    metadata_policy: typing.Optional[ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy] = None,
    property: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be2ee8fcd603ded03a4b8f3c4036ea5501a640c1cc6a4a1abb56ccba90d7328b(
    *,
    generator_ref: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef, typing.Dict[builtins.str, typing.Any]]] = None,
    store_ref: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecDataSourceRefStoreRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0be042f3385e7bb62788943b721f9007a2208d9453d2f4cffa47ad7b75de98ef(
    *,
    kind: ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind,
    name: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__469dbe9e4ca9cdbafa5e0f0aa0afb863cd6383bf86eea984c34ff32b028fc550(
    *,
    kind: typing.Optional[ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85515a029f51ad6c1318991d93f729eb4bc2fde0c791425c8091aa6e3ecd4d31(
    *,
    kind: typing.Optional[ExternalSecretV1Beta1SpecSecretStoreRefKind] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__951fcab52ac678bcde18794ecb07a841fa09734b865e2e35122f3549d1775c70(
    *,
    creation_policy: typing.Optional[ExternalSecretV1Beta1SpecTargetCreationPolicy] = None,
    deletion_policy: typing.Optional[ExternalSecretV1Beta1SpecTargetDeletionPolicy] = None,
    immutable: typing.Optional[builtins.bool] = None,
    name: typing.Optional[builtins.str] = None,
    template: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecTargetTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c41152ac3526bbde56f3cd4a48a7910801bac96a17c14d51be3650cb5213d261(
    *,
    data: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    engine_version: typing.Optional[ExternalSecretV1Beta1SpecTargetTemplateEngineVersion] = None,
    merge_policy: typing.Optional[ExternalSecretV1Beta1SpecTargetTemplateMergePolicy] = None,
    metadata: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecTargetTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    template_from: typing.Optional[typing.Sequence[typing.Union[ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom, typing.Dict[builtins.str, typing.Any]]]] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2981fd0ad3f4ae8329d7555c6d77ca9a0ee8a916bbd61c6bb30427893a723971(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da1e60a026d0be72498b9162209a60f001b761f25e17081b681171b6308e0f00(
    *,
    config_map: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap, typing.Dict[builtins.str, typing.Any]]] = None,
    literal: typing.Optional[builtins.str] = None,
    secret: typing.Optional[typing.Union[ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    target: typing.Optional[ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__462e76463b909a07000a0783718d76047c969c91b23a842f1aa85341c76a6d1e(
    *,
    items: typing.Sequence[typing.Union[ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems, typing.Dict[builtins.str, typing.Any]]],
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f597002470c02d47e00ddecbb23cbd216029006867053c3c9d85d3d90800f589(
    *,
    key: builtins.str,
    template_as: typing.Optional[ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3044168b95100fd57f5cde316f2ac4a3543c07693696d4d5db04c97ff693f98(
    *,
    items: typing.Sequence[typing.Union[ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems, typing.Dict[builtins.str, typing.Any]]],
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dcfca281ae915d75ddd696faedf0b35047f79eaf3fb34b848b309ada2614bedd(
    *,
    key: builtins.str,
    template_as: typing.Optional[ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs] = None,
) -> None:
    """Type checking stubs"""
    pass
