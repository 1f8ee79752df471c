"""Argo CD annotations that make a plain-manifest sync apply objects in a safe order.

Sync waves: identities and secrets first (a pod that starts before its pull secret exists fails with
ImagePullBackOff), then configuration and a model cache (its claim and the Job that fills it, which read
the secrets; Argo CD waits for the Job to complete before the next wave), then the workload, then its
exposure. Custom resources skip the dry run while their
CRD is missing, so a first sync on a fresh cluster (CRDs installed by another app) does not fail early.
"""

from __future__ import annotations

from enum import IntEnum

SYNC_WAVE = "argocd.argoproj.io/sync-wave"
SYNC_OPTIONS = "argocd.argoproj.io/sync-options"
SKIP_DRY_RUN_ON_MISSING_RESOURCE = "SkipDryRunOnMissingResource=true"
# Delete a pruned object only after every wave of the sync is applied (a replaced model cache after the
# Deployment has moved to the new one).
PRUNE_LAST = "PruneLast=true"


class SyncWave(IntEnum):
    IDENTITY_AND_SECRETS = -2
    CONFIGURATION = -1
    # The model cache claim and its download Job: after the secrets, before the workload. Claim and Job
    # share the wave so a WaitForFirstConsumer claim binds to the Job's pod (alone in an earlier wave it
    # would stay Pending and hold the sync forever).
    MODEL_CACHE = -1
    WORKLOAD = 0
    EXPOSURE = 1


def sync_wave(wave: SyncWave, *, custom_resource: bool = False) -> dict[str, str]:
    annotations = {SYNC_WAVE: str(int(wave))}
    if custom_resource:
        annotations[SYNC_OPTIONS] = SKIP_DRY_RUN_ON_MISSING_RESOURCE
    return annotations
