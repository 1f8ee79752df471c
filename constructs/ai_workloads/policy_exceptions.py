"""Policy-scanner checks that do not apply, with the reason each was waived. Reviewed here, in one place.

Every waiver becomes an annotation `checkov.io/skip<N>: <CHECK>=<reason>` on the object it concerns;
there is no global skip list. Add a waiver only with a reason a reviewer can verify.
"""

from __future__ import annotations

# profile name -> {check id: reason}
POLICY_EXCEPTIONS: dict[str, dict[str, str]] = {
    "tgi-deployment": {
        "CKV_K8S_22": "TGI writes kernel and tokenizer caches outside /data and /tmp; the root "
        "filesystem stays writable (the pod still runs as non-root with no capabilities)",
        "CKV_K8S_43": "images are pinned by immutable release tag; digests are resolved by the registry mirror",
        "CKV_K8S_35": "HF_TOKEN comes from an external-secrets managed Secret; TGI reads it only from the environment",
    },
}


def checkov_skip_annotations(profile: str) -> dict[str, str]:
    """The skip annotations of one profile, numbered in a stable order."""
    waivers = POLICY_EXCEPTIONS[profile]
    return {
        f"checkov.io/skip{index}": f"{check}={reason}"
        for index, (check, reason) in enumerate(sorted(waivers.items()), start=1)
    }
