"""ModelCache: the opt-in persistent model cache of an ML_INFERENCE_LOAD workload.

Renders, in the model cache sync wave (after the secrets, before the workload):

| object | name | notes |
|---|---|---|
| PersistentVolumeClaim | `<serviceName>-model-cache-<hash>`, or `model-cache-<model>-<revision>` when provided to other workloads | size, class and access mode from values |
| Job | `<serviceName>-fetch-<hash of its pod template>` | the engine image's own download command fills the claim with exactly `model.id` at `model.revision` |

Why a plain Job and not an Argo CD hook: a hook with `BeforeHookCreation` is deleted and re-run on every
sync, so a scaling change or a self-heal would need the Hugging Face Hub again. This Job is named after
its pod template (which holds the model id and revision, the image and the claim), so it runs once per
revision: a new revision (or image) is a new Job, which Argo CD creates and waits for in its wave before
the Deployment moves; the previous Job and claim are pruned last. No `ttlSecondsAfterFinished`: Argo CD
would re-create a Job the cluster deleted. A failed Job (retries and deadline exhausted) holds the sync
before the Deployment, so the server keeps running its previous revision; deleting the failed Job lets
the next sync try again.

The claim is named after the model revision too (`<hash>` = sha256 of `id@revision`), so the Job of a new
revision never has to share a ReadWriteOnce volume with the running server on another node, and the old
revision's storage is released once the Deployment has moved.
"""

from __future__ import annotations

import hashlib
import json
from typing import Mapping, Optional

from cdk8s_plus_27 import k8s
from constructs import Construct

from ai_workloads._parts import k8s_values
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.pod import claim_volume, compute_resources, empty_dir, env_vars
from ai_workloads._parts.pod_security import restricted_container_security_context, restricted_pod_security_context
from ai_workloads._parts.sync_waves import PRUNE_LAST, SYNC_OPTIONS, SyncWave, sync_wave
from ai_workloads._values.common import ComputeResources, ResourceRequirements
from ai_workloads.gates.cross_object import MODEL_CACHE_ANNOTATION
from ai_workloads.ml_inference_load.engines import ENGINE_HOME, ServingEngine
from ai_workloads.ml_inference_load.values import MlInferenceLoadValues

# Downloading is network and disk bound; hf_xet and hf_transfer use a few cores and buffer in memory.
DOWNLOAD_RESOURCES = ResourceRequirements(
    requests=ComputeResources(cpu="1", memory="4Gi"), limits=ComputeResources(cpu="4", memory="4Gi")
)
DOWNLOAD_CONTAINER = "download"
MODEL_ID_ANNOTATION = "ai-workloads/model-id"
MODEL_REVISION_ANNOTATION = "ai-workloads/model-revision"


def job_name(service_name: str, pod_template: Mapping[str, object]) -> str:
    """`<serviceName>-fetch-<7 hex digits of the pod template>`: at most 49 + 7 + 7 = 63 characters (a Job
    name becomes a pod label value). Any change to what the Job runs is a new Job: a Job's pod template
    is immutable, so applying a changed one under the same name would fail."""
    digest = hashlib.sha256(json.dumps(pod_template, sort_keys=True).encode()).hexdigest()[:7]
    return f"{service_name}-fetch-{digest}"


class ModelCache(Construct):
    """The claim and the download Job of one workload's model cache (see the module docstring).

    :param pod_identity: `(service account, image pull secret)` the Job's pod uses, as the server's.
    :param run_as: `(uid, gid)` of the server (the engine's image facts).
    :param token: `(secret name, key)` of the Hub token in the service Secret, when one is declared.
    :param node_selector / tolerations: the server's: the claim binds in the zone of the Job's node.
    :param job_annotations: extra annotations of the Job (policy waivers).
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
        token: Optional[tuple[str, str]],
        node_selector: Mapping[str, str],
        tolerations: list[k8s.Toleration],
        job_annotations: Mapping[str, str],
    ) -> None:
        super().__init__(scope, id)
        cache = values.model_cache
        assert cache is not None and cache.size is not None
        self.claim_name = claim_name
        cache_annotations = {
            **sync_wave(SyncWave.MODEL_CACHE), SYNC_OPTIONS: PRUNE_LAST,
            MODEL_ID_ANNOTATION: values.model.id, MODEL_REVISION_ANNOTATION: values.model.revision,
        }
        k8s.KubePersistentVolumeClaim(
            self,
            "Claim",
            metadata=meta.core(claim_name, cache_annotations),
            spec=k8s.PersistentVolumeClaimSpec(
                access_modes=[values.model_cache_access_mode.value],
                storage_class_name=cache.storage_class_name,
                resources=k8s.ResourceRequirements(requests={"storage": k8s_values.quantity(cache.size)}),
            ),
        )
        template = k8s.PodTemplateSpec(
            metadata=meta.pod(),
            spec=self._pod(values, engine, pod_identity, run_as, token, node_selector, tolerations),
        )
        spec = k8s.JobSpec(
            template=template,
            backoff_limit=cache.download_retries,
            active_deadline_seconds=cache.download_deadline_seconds,
        )
        self.job_name = job_name(values.service_name, k8s.KubeJob.manifest(spec=spec)["spec"]["template"])
        k8s.KubeJob(
            self,
            "Download",
            metadata=meta.core(self.job_name, cache_annotations, {MODEL_CACHE_ANNOTATION: claim_name}, job_annotations),
            spec=spec,
        )

    def _pod(
        self,
        values: MlInferenceLoadValues,
        engine: ServingEngine,
        pod_identity: tuple[str, str],
        run_as: tuple[int, int],
        token: Optional[tuple[str, str]],
        node_selector: Mapping[str, str],
        tolerations: list[k8s.Toleration],
    ) -> k8s.PodSpec:
        service_account, pull_secret = pod_identity
        env: dict[str, object] = {**engine.writable_environment, "HF_HUB_DISABLE_PROGRESS_BARS": "1"}
        if token is not None:
            env[engine.hub_token_variable] = k8s.EnvVarSource(
                secret_key_ref=k8s.SecretKeySelector(name=token[0], key=token[1])
            )
        uid, gid = run_as
        return k8s.PodSpec(
            service_account_name=service_account,
            automount_service_account_token=False,
            # No GPU requested: on a GPU node only so the claim binds where the server can run (and the
            # node has the engine image once the server starts).
            node_selector=dict(node_selector),
            tolerations=tolerations,
            image_pull_secrets=[k8s.LocalObjectReference(name=pull_secret)],
            security_context=restricted_pod_security_context(uid, gid),
            restart_policy="Never",
            containers=[
                k8s.Container(
                    name=DOWNLOAD_CONTAINER,
                    image=values.container.image.reference,
                    image_pull_policy="IfNotPresent",
                    command=engine.download_command(values),
                    env=env_vars(env),
                    resources=compute_resources(DOWNLOAD_RESOURCES),
                    volume_mounts=[
                        k8s.VolumeMount(name="model-cache", mount_path=engine.model_cache_path),
                        k8s.VolumeMount(name="tmp", mount_path="/tmp"),
                        k8s.VolumeMount(name="home", mount_path=ENGINE_HOME),
                    ],
                    security_context=restricted_container_security_context(
                        read_only_root_filesystem=engine.read_only_root_filesystem, root=uid == 0
                    ),
                )
            ],
            volumes=[
                claim_volume("model-cache", self.claim_name),
                empty_dir("tmp", "4Gi"),
                empty_dir("home", "10Gi"),
            ],
        )
