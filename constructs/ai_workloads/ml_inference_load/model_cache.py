"""ModelCache: the opt-in persistent model cache of an ML_INFERENCE_LOAD workload.

Renders, in the model cache sync wave (after the secrets, before the workload):

| object | name | notes |
|---|---|---|
| PersistentVolumeClaim | `<serviceName>-model-cache-<hash>`, or `model-cache-<model slug>-<hash of id@revision>` when provided to other workloads | size, class and access mode from values |
| Job | `<serviceName>-fetch-<hash of claim, model id and revision>` | the engine image's own download command fills the claim with exactly `model.id` at `model.revision` |

Identity: the Job is named after what it downloads (claim, model id, revision), never after its pod
template, so a change of image tag, environment, token or labels is not a new Job in wave -1 while the
old server still holds a ReadWriteOnce claim. A Job's pod template is immutable (an apply of a changed
template fails), so the Job carries `Replace=true,Force=true`: Argo CD deletes and re-creates it on a sync
instead of applying. The re-created Job completes at once: its command does nothing when the completion
marker of this model revision is on the claim (engines.idempotent_download), and on a ReadWriteOnce claim
its pod must run on the node where a pod of the same claim runs (required pod affinity on the
`ai-workloads/model-cache-claim` label the server pods carry too; with no such pod, the first pod of the
claim may go anywhere its node selector allows), so it can mount the claim next to the running server.

Why a plain Job and not an Argo CD hook: a hook is deleted and re-run on every sync as well, but it is
not part of the app's resources (no health, no prune); this Job is, and Argo CD waits for it in its wave.
A new revision is a new claim and a new Job; the previous ones are pruned last (a provided claim is never
pruned or deleted by Argo CD: other workloads may mount it). No `ttlSecondsAfterFinished`: Argo CD would
re-create a Job the cluster deleted.

A failed Job (retries and deadline exhausted) fails the sync before the Deployment, so the server keeps
running its previous revision. Argo CD does not retry a revision whose sync failed ("Skipping auto-sync:
failed previous sync attempt"): deleting the failed Job alone only leaves the app OutOfSync. Recovery:
fix the cause, delete the failed Job and run `argocd app sync <app>` (or push a new commit). The Job's
`ai-workloads/on-failure` annotation says so where `kubectl describe` shows it.

The download pod runs without an Istio sidecar (`sidecar.istio.io/inject: "false"` as a label, which
Istio prefers over the annotation): a classic sidecar never exits, so the Job would never complete.

Write permission: kubelet applies fsGroup to a CSI volume by default only for ReadWriteOnce
(CSIDriver fsGroupPolicy ReadWriteOnceWithFSType), and many ReadWriteMany drivers (NFS) ignore it, so a
non-root download pod could not write a fresh ReadWriteMany volume, whose root directory belongs to
root. The Job of a ReadWriteMany claim therefore runs as UID 0 with every capability dropped; the files
it writes are world-readable and the server reads them as its own user (an NFS export with root squash
still refuses it: use a class that maps root, or ReadWriteOnce).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from cdk8s_plus_27 import k8s

from ai_workloads._parts import k8s_values
from ai_workloads._parts.gpu_placement import ClaimingJob, GpuPlacement
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.pod import claim_volume, compute_resources, empty_dir, env_vars
from ai_workloads._parts.pod_security import (
    ROOT_UID,
    restricted_container_security_context,
    restricted_pod_security_context,
)
from ai_workloads._parts.sync_waves import PRUNE_LAST, SYNC_OPTIONS, SyncWave, sync_wave
from ai_workloads._values.common import ComputeResources, ResourceRequirements
from ai_workloads.gates.cross_object import (
    MODEL_CACHE_ANNOTATION,
    MODEL_ID_ANNOTATION,
    MODEL_REVISION_ANNOTATION,
    SHARING_ANNOTATION,
)
from ai_workloads.gpu_facts import GPU_RESOURCE
from ai_workloads.ml_inference_load import lora
from ai_workloads.ml_inference_load.engines import ENGINE_HOME, ServingEngine
from ai_workloads.ml_inference_load.values import (
    AccessMode,
    MlInferenceLoadValues,
    ModelCacheSettings,
    ModelCacheSharing,
)
from constructs import Construct

# Downloading is network and disk bound; hf_xet and hf_transfer use a few cores and buffer in memory.
DOWNLOAD_RESOURCES = ResourceRequirements(
    requests=ComputeResources(cpu="1", memory="4Gi"), limits=ComputeResources(cpu="4", memory="4Gi")
)
DOWNLOAD_CONTAINER = "download"


# On the server's and the download Job's pods: the claim they mount (the Job's pod affinity selects it).
CLAIM_LABEL = "ai-workloads/model-cache-claim"
# GPU Feature Discovery's count of a node's GPUs (platform_facts.py), and the node topology key.
GPU_COUNT_LABEL = "nvidia.com/gpu.count"
HOSTNAME = "kubernetes.io/hostname"
# Istio's injector prefers this label over the annotation of the same name (platform_facts.py).
NO_SIDECAR = {"sidecar.istio.io/inject": "false"}
# On the Job: what to do when it failed (Argo CD does not retry a failed revision by itself).
ON_FAILURE_ANNOTATION = "ai-workloads/on-failure"
# Delete and re-create instead of applying: a Job's pod template is immutable.
JOB_SYNC_OPTIONS = "PruneLast=true,Replace=true,Force=true"
# A provided claim outlives its provider's revisions and its Application: other workloads mount it.
PROVIDED_CLAIM_SYNC_OPTIONS = "Prune=false,Delete=false"


def job_name(service_name: str, claim_name: str, model_id: str, revision: str, *extra: str) -> str:
    """`<serviceName>-fetch-<7 hex digits of sha256(claim, model id, revision, extra)>`: at most 49 + 7 + 7 = 63
    characters (a Job name becomes a pod label value). Only what is downloaded where names the Job: `extra` names
    what else it fetches (the LoRA adapters' digest, lora.job_identity)."""
    digest = hashlib.sha256("\n".join((claim_name, model_id, revision, *extra)).encode()).hexdigest()[:7]
    return f"{service_name}-fetch-{digest}"


def job_user(values: MlInferenceLoadValues, server_user: tuple[int, int]) -> tuple[int, int]:
    """`(uid, gid)` of the download pod: the server's, or root on a ReadWriteMany claim (module docstring)."""
    if values.model_cache_access_mode is AccessMode.READ_WRITE_MANY:
        return ROOT_UID, ROOT_UID
    return server_user


def on_failure_text(service_name: str) -> str:
    """The recovery of a failed download Job under Argo CD."""
    return (
        "Argo CD does not retry a revision whose sync failed, and deleting this Job alone leaves the app "
        "OutOfSync. Fix the cause (kubectl logs of this Job), then delete this Job AND run `argocd app sync "
        f"<the Application of argocd/apps/{service_name}.yaml>` (or push a new commit); the server keeps its "
        "previous revision meanwhile."
    )


class ModelCache(Construct):
    """The claim and the download Job of one workload's model cache (see the module docstring).

    :param pod_identity: `(service account, image pull secret)` the Job's pod uses, as the server's.
    :param run_as: `(uid, gid)` of the server (the engine's image facts); the Job of a ReadWriteMany
        claim runs as root instead (see the module docstring).
    :param token: `(secret name, key)` of the Hub token in the service Secret, when one is declared.
    :param node_selector / tolerations: the server's: the claim binds in the zone of the Job's node.
    :param server_selector: the labels of the workload's server pods (the Job prefers their node).
    :param job_annotations: extra annotations of the Job (policy waivers).
    :param gpus: the server's GPU placement (container.gpu): its GFD node affinity, and with DRA its claim
        template, which the download pod claims too. Default: any `nvidia.com/gpu` node.
    :param priority_class_name: the server's PriorityClass (scheduling.priorityClassName); default none.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        meta: WorkloadMetadata,
        values: MlInferenceLoadValues,
        engine: ServingEngine,
        claim_name: str,
        pod_identity: tuple[str, str],
        run_as: tuple[int, int],
        token: tuple[str, str] | None,
        node_selector: Mapping[str, str],
        tolerations: list[k8s.Toleration],
        server_selector: Mapping[str, str],
        job_annotations: Mapping[str, str],
        gpus: GpuPlacement | None = None,
        priority_class_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        cache = values.model_cache
        access_mode = values.model_cache_access_mode
        # A claim of its own: `modelCache` with a size, not `sharing: use` (which has no access mode).
        assert cache is not None and cache.size is not None and access_mode is not None
        self.claim_name = claim_name
        self.access_mode = access_mode
        model = {MODEL_ID_ANNOTATION: values.model.id, MODEL_REVISION_ANNOTATION: values.model.revision}
        self._claim(meta, cache, cache.size, model)
        self.job_name = job_name(
            values.service_name, claim_name, values.model.id, values.model.revision, *lora.job_identity(values)
        )
        self.run_as = job_user(values, run_as)
        self.gpus = gpus or GpuPlacement.of(None, values.container.gpu_count, service_name=values.service_name)
        self.priority_class_name = priority_class_name
        pod = self._pod(values, engine, pod_identity, token, node_selector, tolerations, server_selector)
        self._download_job(meta, values, model, job_annotations, pod)

    def _claim(self, meta: WorkloadMetadata, cache: ModelCacheSettings, size: str, model: Mapping[str, str]) -> None:
        """The PersistentVolumeClaim; a provided one is never pruned or deleted (other workloads mount it)."""
        claim_options = (
            {SYNC_OPTIONS: PROVIDED_CLAIM_SYNC_OPTIONS, SHARING_ANNOTATION: "provide"}
            if cache.sharing is ModelCacheSharing.PROVIDE
            else {SYNC_OPTIONS: PRUNE_LAST}
        )
        k8s.KubePersistentVolumeClaim(
            self,
            "Claim",
            metadata=meta.core(self.claim_name, sync_wave(SyncWave.MODEL_CACHE), claim_options, model),
            spec=k8s.PersistentVolumeClaimSpec(
                access_modes=[self.access_mode.value],
                storage_class_name=cache.storage_class_name,
                resources=k8s.ResourceRequirements(requests={"storage": k8s_values.quantity(size)}),
            ),
        )

    def _download_job(
        self,
        meta: WorkloadMetadata,
        values: MlInferenceLoadValues,
        model: Mapping[str, str],
        job_annotations: Mapping[str, str],
        pod: k8s.PodSpec,
    ) -> None:
        """The Job that fills the claim, re-created (not applied) on a sync: its pod template is immutable."""
        cache = values.model_cache
        assert cache is not None
        job = (ClaimingJob if self.gpus.claim_template else k8s.KubeJob)(
            self,
            "Download",
            metadata=meta.core(
                self.job_name,
                sync_wave(SyncWave.MODEL_CACHE),
                {SYNC_OPTIONS: JOB_SYNC_OPTIONS},
                model,
                {MODEL_CACHE_ANNOTATION: self.claim_name, ON_FAILURE_ANNOTATION: on_failure_text(values.service_name)},
                lora.adapter_annotations(values),
                job_annotations,
            ),
            spec=k8s.JobSpec(
                template=k8s.PodTemplateSpec(
                    metadata=meta.pod(labels={**NO_SIDECAR, CLAIM_LABEL: self.claim_name}), spec=pod
                ),
                backoff_limit=cache.download_retries,
                active_deadline_seconds=cache.download_deadline_seconds,
            ),
        )
        # With DRA the download pod claims the server's template too (its container uses none of it): the
        # scheduler then puts it, and the claim's volume, only where such a GPU is free.
        if isinstance(job, ClaimingJob):
            job.pod_claims = self.gpus.pod_claims

    def _affinity(self, server_selector: Mapping[str, str], gpus: int) -> k8s.Affinity:
        """Where the download pod may run. The claim binds where it runs (WaitForFirstConsumer), and the
        server, which needs `gpus` GPUs, must then fit there:
        - required, with more than one GPU: a node with at least `gpus` GPUs (GPU Feature Discovery's
          `nvidia.com/gpu.count`, from the same GFD as the server's `nvidia.com/gpu.present`);
        - preferred: the node of the workload's running server (a new revision's claim then binds where
          the GPUs the new server takes over are);
        - required on a ReadWriteOnce claim: the node of a running pod of the same claim (the server's),
          where the claim is attached; the first pod of the claim (no such pod anywhere) may go to any
          node (the scheduler's self-affinity rule)."""
        enough = (
            [k8s.NodeSelectorRequirement(key=GPU_COUNT_LABEL, operator="Gt", values=[str(gpus - 1)])]
            if gpus > 1 and self.gpus.resource == GPU_RESOURCE
            else []
        )
        # The server's own GFD node affinity (container.gpu), so the claim binds where the server can run.
        node_affinity = self.gpus.node_affinity(enough)
        near_server = k8s.WeightedPodAffinityTerm(
            weight=100,
            pod_affinity_term=k8s.PodAffinityTerm(
                label_selector=k8s.LabelSelector(match_labels=dict(server_selector)), topology_key=HOSTNAME
            ),
        )
        same_claim = (
            [
                k8s.PodAffinityTerm(
                    label_selector=k8s.LabelSelector(match_labels={CLAIM_LABEL: self.claim_name}), topology_key=HOSTNAME
                )
            ]
            if self.access_mode is AccessMode.READ_WRITE_ONCE
            else None
        )
        return k8s.Affinity(
            node_affinity=node_affinity,
            pod_affinity=k8s.PodAffinity(
                required_during_scheduling_ignored_during_execution=same_claim,
                preferred_during_scheduling_ignored_during_execution=[near_server],
            ),
        )

    def _pod(
        self,
        values: MlInferenceLoadValues,
        engine: ServingEngine,
        pod_identity: tuple[str, str],
        token: tuple[str, str] | None,
        node_selector: Mapping[str, str],
        tolerations: list[k8s.Toleration],
        server_selector: Mapping[str, str],
    ) -> k8s.PodSpec:
        service_account, pull_secret = pod_identity
        uid, gid = self.run_as
        return k8s.PodSpec(
            service_account_name=service_account,
            automount_service_account_token=False,
            # The server's scheduling constraints without its GPUs: the claim binds in the zone of this pod's
            # node (WaitForFirstConsumer), which must be one where the server can run. No runtimeClassName:
            # the nvidia runtime would expose every GPU of the node to a pod that requested none (the CUDA
            # images set NVIDIA_VISIBLE_DEVICES=all).
            node_selector=dict(node_selector),
            tolerations=tolerations,
            affinity=self._affinity(server_selector, values.container.gpu_count),
            priority_class_name=self.priority_class_name,
            enable_service_links=False,
            image_pull_secrets=[k8s.LocalObjectReference(name=pull_secret)],
            security_context=restricted_pod_security_context(uid, gid),
            restart_policy="Never",
            containers=[_download_container(values, engine, token, root=uid == ROOT_UID)],
            volumes=[
                claim_volume("model-cache", self.claim_name),
                empty_dir("tmp", "4Gi"),
                empty_dir("home", "10Gi"),
            ],
        )


def _download_container(
    values: MlInferenceLoadValues, engine: ServingEngine, token: tuple[str, str] | None, *, root: bool
) -> k8s.Container:
    """The engine image running its own download command, with the Hub token when one is declared."""
    env: dict[str, str | k8s.EnvVarSource] = {**engine.writable_environment, "HF_HUB_DISABLE_PROGRESS_BARS": "1"}
    if token is not None:
        env[engine.hub_token_variable] = k8s.EnvVarSource(
            secret_key_ref=k8s.SecretKeySelector(name=token[0], key=token[1])
        )
    return k8s.Container(
        name=DOWNLOAD_CONTAINER,
        image=values.container.image.reference,
        image_pull_policy="IfNotPresent",
        command=lora.download_command(engine, values),
        env=env_vars(env),
        resources=compute_resources(DOWNLOAD_RESOURCES),
        volume_mounts=[
            k8s.VolumeMount(name="model-cache", mount_path=engine.model_cache_path),
            k8s.VolumeMount(name="tmp", mount_path="/tmp"),
            k8s.VolumeMount(name="home", mount_path=ENGINE_HOME),
        ],
        security_context=restricted_container_security_context(
            read_only_root_filesystem=engine.read_only_root_filesystem, root=root
        ),
    )
