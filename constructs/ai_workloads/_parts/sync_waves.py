"""Argo CD annotations that make a plain-manifest sync apply objects in a safe order.

Sync waves: identities and secrets first (a pod that starts before its pull secret exists fails with
ImagePullBackOff), then the workload, then its exposure. Custom resources skip the dry run while their
CRD is missing, so a first sync on a fresh cluster (CRDs installed by another app) does not fail early.
"""

from __future__ import annotations

from enum import IntEnum

SYNC_WAVE = "argocd.argoproj.io/sync-wave"
SYNC_OPTIONS = "argocd.argoproj.io/sync-options"
SKIP_DRY_RUN_ON_MISSING_RESOURCE = "SkipDryRunOnMissingResource=true"


class SyncWave(IntEnum):
    IDENTITY_AND_SECRETS = -2
    CONFIGURATION = -1
    WORKLOAD = 0
    EXPOSURE = 1


def sync_wave(wave: SyncWave, *, custom_resource: bool = False) -> dict[str, str]:
    annotations = {SYNC_WAVE: str(int(wave))}
    if custom_resource:
        annotations[SYNC_OPTIONS] = SKIP_DRY_RUN_ON_MISSING_RESOURCE
    return annotations
