"""Security contexts that meet the Kubernetes Pod Security Standard `restricted`.

Every pod runs as a fixed non-root UID/GID with an fsGroup, so the emptyDir volumes it writes to are
group-writable; no container may escalate privileges or keep any capability, and the runtime's default
seccomp profile applies.
"""

from __future__ import annotations

from cdk8s_plus_27 import k8s

# A high UID/GID that no host user has (policy CKV_K8S_40 asks for >= 10000).
NON_ROOT_UID = 10001
NON_ROOT_GID = 10001


def restricted_pod_security_context(uid: int = NON_ROOT_UID, gid: int = NON_ROOT_GID) -> k8s.PodSecurityContext:
    return k8s.PodSecurityContext(
        run_as_non_root=True,
        run_as_user=uid,
        run_as_group=gid,
        fs_group=gid,
        fs_group_change_policy="OnRootMismatch",
        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
    )


def restricted_container_security_context(*, read_only_root_filesystem: bool) -> k8s.SecurityContext:
    """`read_only_root_filesystem` is not part of `restricted`; callers choose it per image."""
    return k8s.SecurityContext(
        allow_privilege_escalation=False,
        privileged=False,
        run_as_non_root=True,
        read_only_root_filesystem=read_only_root_filesystem,
        capabilities=k8s.Capabilities(drop=["ALL"]),
        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
    )
