"""Facts about Kubernetes, Argo CD and Istio behaviour that the rendering relies on, each with its
upstream source. tests/test_platform_facts.py reads every fact back from the rendered objects.

Versions: Kubernetes and Istio at the commits stored by the source index (their master branches,
2026); Argo CD 3.x (controller/appcontroller.go, docs/user-guide/sync-options.md).
"""

from __future__ import annotations

from ai_workloads._parts.facts import EngineFact

K8S = "kubernetes/kubernetes"
ARGOCD = "argoproj/argo-cd"
ISTIO = "istio/istio"

PLATFORM_FACTS = (
    EngineFact(
        "deployment progress deadline",
        "progressDeadlineSeconds (default 600) runs from the last progress of the rollout: a pod created or "
        "updated, an old pod scaled down, a pod becoming Ready or Available; a first start shows none between "
        "the pod's creation and its first Ready, so scheduling, the image pull, init containers, the startup "
        "probe and the first readiness must all fit; past it the Deployment is ProgressDeadlineExceeded "
        "(Argo CD: Degraded, the sync fails before later waves)",
        f"{K8S}@008b3652:pkg/controller/deployment/progress.go syncRolloutStatus, requeueStuckDeployment; "
        "pkg/controller/deployment/util/deployment_util.go DeploymentProgressing, DeploymentTimedOut",
    ),
    EngineFact(
        "argo cd failed sync",
        'automated sync does not retry a revision whose last sync failed ("Skipping auto-sync: failed previous '
        'sync attempt"); deleting a failed Job only leaves the app OutOfSync: a manual sync '
        "(`argocd app sync <app>`) or a new commit retries",
        f"{ARGOCD}:controller/appcontroller.go autoSync (alreadyAttempted, !attemptPhase.Successful())",
    ),
    EngineFact(
        "argo cd replace and force",
        "`argocd.argoproj.io/sync-options: Replace=true` replaces instead of applying, with `Force=true` by "
        "deleting and re-creating the object; a Job's spec.template is immutable, so a changed template is "
        "otherwise an apply error that fails the sync",
        f"{ARGOCD}:docs/user-guide/sync-options.md (Replace Resource Instead Of Applying Changes, Force Sync); "
        f"{K8S}:pkg/apis/batch/validation/validation.go ValidateJobSpecUpdate (template immutable)",
    ),
    EngineFact(
        "argo cd prune and delete protection",
        "`Prune=false` keeps an object that left git, `Delete=false` keeps it when its Application is deleted",
        f"{ARGOCD}:docs/user-guide/sync-options.md (No Prune Resources, No Resource Deletion)",
    ),
    EngineFact(
        "istio injection opt-out",
        'the pod label sidecar.istio.io/inject is preferred over the annotation of the same name; "false" '
        "keeps the sidecar out (a classic sidecar never exits, so a Job's pod would never complete)",
        f"{ISTIO}@00af2c55:pkg/kube/inject/inject.go injectRequired",
    ),
    EngineFact(
        "istio init container traffic",
        "with sidecar injection, outbound traffic of init containers is redirected to a proxy that has not "
        "started (classic sidecars); Istio documents three ways: run the init container as UID 1337 (the "
        "proxy's UID, which the iptables rules never redirect), exclude its ports or IP ranges "
        "(traffic.sidecar.istio.io/excludeOutbound*, for the whole pod), or native sidecars",
        "istio/istio.io:content/en/docs/setup/additional-setup/cni/index.md (Compatibility with application "
        "init containers); docs/ops/deployment/application-requirements (UID 1337 reserved for the proxy)",
    ),
    EngineFact(
        "fsgroup on read-write-many volumes",
        "a CSI driver's default fsGroupPolicy ReadWriteOnceWithFSType applies fsGroup only to volumes with an "
        "fstype whose access mode contains ReadWriteOnce: a ReadWriteMany volume keeps its root-owned root "
        "directory, which a non-root pod cannot write",
        f"{K8S}:pkg/apis/storage/types.go FSGroupPolicy (ReadWriteOnceWithFSTypeFSGroupPolicy)",
    ),
    EngineFact(
        "storage class name",
        "a claim's spec.storageClassName must be a DNS-1123 subdomain (lower-case dot-separated labels of "
        "letters, digits and '-', each starting and ending alphanumeric, at most 253 characters)",
        f"{K8S}:pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec (ValidateClassName = "
        "NameIsDNSSubdomain); kubernetes/apimachinery:pkg/util/validation/validation.go IsDNS1123Subdomain",
    ),
    EngineFact(
        "pod affinity to itself",
        "a required pod affinity term that no running pod matches is satisfied by a pod that matches its own "
        "term (the first pod of a series may go anywhere else allowed)",
        f"{K8S}:pkg/scheduler/framework/plugins/interpodaffinity/filtering.go satisfyPodAffinity",
    ),
    EngineFact(
        "wait for first consumer",
        "a WaitForFirstConsumer claim is provisioned in the topology of the node the first pod using it is "
        "scheduled to: the download pod needs the server's node selector and tolerations",
        f"{K8S}:pkg/scheduler/framework/plugins/volumebinding (delayed binding); Kubernetes docs, Storage "
        "Classes, Volume Binding Mode",
    ),
    EngineFact(
        "gpu feature discovery labels",
        "NVIDIA GPU Feature Discovery labels GPU nodes with nvidia.com/gpu.present and nvidia.com/gpu.count (the "
        "number of GPUs); node affinity `Gt` compares a label's value as an integer: the download pod of a "
        "multi-GPU server only goes to nodes with enough GPUs for it",
        "NVIDIA/gpu-feature-discovery:README.md (Generated Labels); "
        f"{K8S}:pkg/apis/core/types.go NodeSelectorOpGt, staging/src/k8s.io/component-helpers/scheduling/corev1/"
        "nodeaffinity/nodeaffinity.go",
    ),
)
