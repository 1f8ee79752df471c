"""Small constructs the workload constructs are assembled from; each wraps one or a few objects."""

from ai_workloads.parts.https_gateway import HttpsGateway
from ai_workloads.parts.vault_external_secret import VaultExternalSecret, VaultSecretEntry

__all__ = ["HttpsGateway", "VaultExternalSecret", "VaultSecretEntry"]
