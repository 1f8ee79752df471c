"""Policy-scanner (checkov) checks waived for our workloads, each with its reason. Reviewed here, in one place.

A waiver becomes an annotation `checkov.io/skip<N>: <CHECK>=<reason>` on the object it concerns; there
is no global skip list, and a construct asks for a waiver only where the check really fails (for
example the digest waiver only for an image pinned by tag alone).
"""

from __future__ import annotations

from typing import Iterable

TGI = "tgi"
MLSERVER = "mlserver"

# (workload kind, check id) -> why the check does not apply
POLICY_EXCEPTIONS: dict[tuple[str, str], str] = {
    (TGI, "CKV_K8S_22"): "TGI JIT-compiles kernels and caches tokenizers under the home directory; the root "
    "filesystem stays writable while the pod runs non-root with every capability dropped",
    (TGI, "CKV_K8S_35"): "TGI reads HF_TOKEN only from its environment; the Secret is managed by external-secrets",
    (TGI, "CKV_K8S_15"): "image tags are pinned (latest is rejected); pulling a 10 GB TGI image on every start "
    "would make restarts depend on the registry",
    (TGI, "CKV_K8S_43"): "the image is pinned by an immutable release tag; set container.image.digest to pin by digest",
    (TGI, "CKV2_K8S_6"): "the platform contract for ML_INFERENCE_LOAD is 8 objects; ingress isolation is opt-in "
    "with networkPolicy.enabled",
    (MLSERVER, "CKV_K8S_15"): "image tags are pinned (latest is rejected); IfNotPresent keeps restarts independent "
    "of the registry",
    (MLSERVER, "CKV_K8S_43"): "the image is pinned by an immutable release tag; set image.digest to pin by digest",
}


def checkov_skip_annotations(workload_kind: str, checks: Iterable[str]) -> dict[str, str]:
    """The skip annotations for `checks`, numbered in a stable order. Unknown waivers are a bug."""
    annotations = {}
    for index, check in enumerate(sorted(set(checks)), start=1):
        reason = POLICY_EXCEPTIONS[(workload_kind, check)]
        annotations[f"checkov.io/skip{index}"] = f"{check}={reason}"
    return annotations
