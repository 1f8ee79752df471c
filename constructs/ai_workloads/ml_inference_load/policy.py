"""Policy-scanner (checkov) checks waived for ML_INFERENCE_LOAD pods, each with its reviewed reason.

The serving engine adds the waivers its image needs (`ServingEngine.waivers`).
"""

WAIVERS: dict[str, str] = {
    "CKV_K8S_35": "TGI reads HF_TOKEN only from its environment; the Secret is managed by external-secrets",
    "CKV_K8S_15": "image tags are pinned (latest is rejected); pulling a 10 GB TGI image on every start "
    "would make restarts depend on the registry",
    "CKV_K8S_43": "the image is pinned by an immutable release tag; set container.image.digest to pin by digest",
    "CKV2_K8S_6": "the platform contract for ML_INFERENCE_LOAD is 8 objects; ingress isolation is opt-in "
    "with networkPolicy.enabled",
}

# CKV_K8S_40 (UID >= 10000) when `container.runAsUser` names a lower UID for a derived image.
RUN_AS_USER_REASON = "container.runAsUser names the UID the derived image is built to run as"

# The model cache download Job's own reasons (on top of the server's, which it shares: user, image, token).
MODEL_CACHE_JOB_WAIVERS: dict[str, str] = {
    "CKV2_K8S_6": "the model cache download pod listens on no port and accepts no connections; the workload's "
    "NetworkPolicy (opt-in) guards the server pods",
}

# The download Job of a ReadWriteMany claim runs as root although the server does not (model_cache.py).
READ_WRITE_MANY_JOB_WAIVERS: dict[str, str] = {
    "CKV_K8S_23": "the download Job of a ReadWriteMany model cache runs as UID 0: kubelet applies fsGroup to such "
    "volumes only when the CSI driver opts in (fsGroupPolicy File), so a non-root UID could not write the volume's "
    "root-owned root directory; every capability is dropped and privilege escalation is off",
    "CKV_K8S_40": "runs as root for a ReadWriteMany model cache (see CKV_K8S_23)",
}
