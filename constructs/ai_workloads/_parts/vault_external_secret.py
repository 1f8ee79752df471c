"""VaultExternalSecret: one Kubernetes Secret kept in sync from Vault by external-secrets.

Renders an ExternalSecret (external-secrets.io/v1) that reads from a ClusterSecretStore (the platform's
Vault backend) and owns the target Secret of the same name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ai_workloads._parts.crds import external_secrets as es
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from constructs import Construct

DOCKER_CONFIG_SECRET_TYPE = "kubernetes.io/dockerconfigjson"
# How often external-secrets re-reads Vault; a rotated secret reaches the cluster within this time.
DEFAULT_REFRESH_INTERVAL = "1h"


@dataclass(frozen=True)
class VaultSecretEntry:
    """One key of the target Secret, read from `vault_path` (field `vault_property`) in Vault."""

    secret_key: str
    vault_path: str
    vault_property: str | None = None


class VaultExternalSecret(Construct):
    """An ExternalSecret `<name>` producing Secret `<name>` with one key per entry, in the first sync
    wave (a pod that starts before its Secret exists fails).

    :param secret_store: name of the ClusterSecretStore to read from (never defaulted here: the
        caller's values decide it).
    :param secret_type: type of the target Secret (default `Opaque`). For
        `kubernetes.io/dockerconfigjson` pass `template_data` mapping `.dockerconfigjson` to a template.
    :param template_data: external-secrets v2 template of the target Secret's data (optional).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        meta: WorkloadMetadata,
        secret_store: str,
        entries: Sequence[VaultSecretEntry],
        secret_type: str = "Opaque",
        template_data: Mapping[str, str] | None = None,
        refresh_interval: str = DEFAULT_REFRESH_INTERVAL,
    ) -> None:
        super().__init__(scope, id)
        if not entries:
            raise ValueError("VaultExternalSecret: 'entries' must list at least one secret")
        self.secret_name = name
        self.secret_keys = tuple(entry.secret_key for entry in entries)

        template = es.ExternalSecretSpecTargetTemplate(
            type=secret_type,
            engine_version=es.ExternalSecretSpecTargetTemplateEngineVersion.V2,
            data=dict(template_data) if template_data else None,
            metadata=es.ExternalSecretSpecTargetTemplateMetadata(labels=dict(meta.labels)),
        )
        es.ExternalSecret(
            self,
            "Resource",
            metadata=meta.custom(name, sync_wave(SyncWave.IDENTITY_AND_SECRETS, custom_resource=True)),
            spec=es.ExternalSecretSpec(
                refresh_interval=refresh_interval,
                secret_store_ref=es.ExternalSecretSpecSecretStoreRef(
                    kind=es.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name=secret_store
                ),
                target=es.ExternalSecretSpecTarget(
                    name=name,
                    creation_policy=es.ExternalSecretSpecTargetCreationPolicy.OWNER,
                    template=template,
                ),
                data=[
                    es.ExternalSecretSpecData(
                        secret_key=entry.secret_key,
                        remote_ref=es.ExternalSecretSpecDataRemoteRef(
                            key=entry.vault_path, property=entry.vault_property or entry.secret_key
                        ),
                    )
                    for entry in entries
                ],
            ),
        )

    @classmethod
    def docker_config(
        cls,
        scope: Construct,
        id: str,
        *,
        name: str,
        meta: WorkloadMetadata,
        secret_store: str,
        vault_path: str,
        vault_property: str,
    ) -> VaultExternalSecret:
        """An image pull secret (`kubernetes.io/dockerconfigjson`) whose `.dockerconfigjson` is the Vault
        field `vault_property` at `vault_path`."""
        return cls(
            scope,
            id,
            name=name,
            meta=meta,
            secret_store=secret_store,
            entries=[VaultSecretEntry(vault_property, vault_path, vault_property)],
            secret_type=DOCKER_CONFIG_SECRET_TYPE,
            template_data={".dockerconfigjson": f"{{{{ .{vault_property} | toString }}}}"},
        )
