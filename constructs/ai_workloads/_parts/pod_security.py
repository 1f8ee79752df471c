"""Pod and container security contexts.

Every container: no privilege escalation, not privileged, every Linux capability dropped, the
runtime's default seccomp profile. Pods run as a fixed non-root UID/GID with an fsGroup (so the
emptyDir volumes are group-writable), which meets the Pod Security Standard `restricted`, unless the
image cannot run as anything but root (see the serving engines' facts): then the pod runs as UID 0
with everything else locked down the same way, which meets `baseline` but not `restricted`.
"""

from __future__ import annotations

from cdk8s_plus_27 import k8s

# A high UID/GID that no host user has (policy CKV_K8S_40 asks for >= 10000).
NON_ROOT_UID = 10001
NON_ROOT_GID = 10001
ROOT_UID = 0


def restricted_pod_security_context(uid: int = NON_ROOT_UID, gid: int | None = None) -> k8s.PodSecurityContext:
    """Run as `uid` (GID and fsGroup `gid`, default the UID); UID 0 runs as root without an fsGroup."""
    if uid == ROOT_UID:
        return k8s.PodSecurityContext(
            run_as_non_root=False,
            run_as_user=ROOT_UID,
            run_as_group=ROOT_UID,
            seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
        )
    gid = uid if gid is None else gid
    return k8s.PodSecurityContext(
        run_as_non_root=True,
        run_as_user=uid,
        run_as_group=gid,
        fs_group=gid,
        fs_group_change_policy="OnRootMismatch",
        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
    )


def restricted_container_security_context(
    *, read_only_root_filesystem: bool, root: bool = False
) -> k8s.SecurityContext:
    """`read_only_root_filesystem` is not part of `restricted`; callers choose it per image. `root`: the
    pod runs as UID 0 (the container must not claim `runAsNonRoot`)."""
    return k8s.SecurityContext(
        allow_privilege_escalation=False,
        privileged=False,
        run_as_non_root=not root,
        read_only_root_filesystem=read_only_root_filesystem,
        capabilities=k8s.Capabilities(drop=["ALL"]),
        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
    )
