"""Gate: rules that span objects and files, checked over everything rendered in one synthesis.

- a name is used once per kind and namespace, across all workload files of one destination cluster;
- every Service selects the pods of a Deployment in its namespace; no Service, PodDisruptionBudget or
  NetworkPolicy selects pods (of a Deployment or Job) rendered from another workload file;
- every HTTPRoute parent is a rendered Gateway (and listener, with `sectionName`) and every backend a
  rendered Service port, or a rendered InferencePool of the route's namespace;
- an InferencePool selects the pods of exactly one rendered Deployment and no other pod of its namespace,
  each target port is a container port of those pods, and its endpoint picker is a rendered Service port;
- every Gateway certificate is the Secret of a rendered cert-manager Certificate;
- every secret a pod reads (env `secretKeyRef`, image pull secret) is produced by a rendered
  ExternalSecret, and every env key is one of the keys it produces;
- every ConfigMap a pod mounts, ServiceAccount it runs as, HPA target and VirtualService destination
  exists (pods of Deployments and Jobs);
- model caches: every claim a Job's pod mounts is a rendered PersistentVolumeClaim; a Deployment or Job
  annotated `ai-workloads/model-cache: <claim>` mounts that claim, the claim is rendered, and a Job
  annotated with the same claim fills it (the server and its download Job share one claim). Other claims
  (MLServer's `modelsVolume`) name existing claims by declaration and are not checked; a server annotated
  with the model id and revision it expects (`ai-workloads/model-id`, `ai-workloads/model-revision`)
  mounts a claim annotated with exactly that id and revision (a `sharing: use` of another model's or
  revision's cache is refused, naming what is provided in the namespace); every LoRA adapter a server
  is annotated with (`ai-workloads/lora-adapters`) is fetched by a Job filling its claim;
- no two files claim the same public host name (host_claims.py), on any cluster: host names are global;
- a Deployment has at most one autoscaler (HPA or KEDA ScaledObject), whose target exists and which it
  does not contradict with `replicas` (autoscalers.py).

Each rule indexes the objects once, so the cost grows linearly with the number of objects.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ai_workloads.gates.autoscalers import autoscaler_findings
from ai_workloads.gates.host_claims import host_claim_findings
from ai_workloads.gates.rendered import api_group, object_label
from ai_workloads.stage_types import RenderedWorkload

Finding = tuple[str, str, str, str]  # (file, object label, field path, message)

# On a Deployment or Job: the model cache claim its pod mounts (see the module docstring).
MODEL_CACHE_ANNOTATION = "ai-workloads/model-cache"
# On a model cache claim, its Job and the servers mounting it: the exact model id and revision.
MODEL_ID_ANNOTATION = "ai-workloads/model-id"
MODEL_REVISION_ANNOTATION = "ai-workloads/model-revision"
# On a model cache claim other workloads may mount (`sharing: provide`): "provide".
SHARING_ANNOTATION = "ai-workloads/model-cache-sharing"
INFERENCE_POOL_GROUP = "inference.networking.k8s.io"
# On a server and its download Job: the LoRA adapters it loads / fetches, `<id>@<revision>,...` (sorted).
LORA_ADAPTERS_ANNOTATION = "ai-workloads/lora-adapters"


class _Index:
    def __init__(self, workloads: Iterable[RenderedWorkload]) -> None:
        self.entries: list[tuple[str, dict[str, Any]]] = [(w.file, m) for w in workloads for m in w.manifests]
        self.by_kind: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.pod_labels: dict[str, list[dict[str, str]]] = defaultdict(list)
        # namespace -> (file, object label, pod labels) of every Deployment's and Job's pod template
        self.pods: dict[str, list[tuple[str, str, dict[str, str]]]] = defaultdict(list)
        # namespace -> (object label, pod labels, container port numbers) of every Deployment's and Job's pod
        self.pod_ports: dict[str, list[tuple[str, dict[str, str], set[int]]]] = defaultdict(list)
        self.service_ports: dict[tuple[str, str], set[int]] = {}
        self.certificate_secrets: set[tuple[str, str]] = set()
        self.external_secret_keys: dict[tuple[str, str], set[str]] = {}
        self.filled_claims: set[tuple[str, str]] = set()
        # (namespace, claim) -> the LoRA adapters the Jobs filling it fetch
        self.fetched_adapters: dict[tuple[str, str], set[str]] = defaultdict(set)
        for _file, manifest in self.entries:
            kind, namespace, name = _identity(manifest)
            self.by_kind.setdefault((kind, namespace, name), manifest)
            spec = manifest.get("spec") or {}
            template_labels = ((spec.get("template") or {}).get("metadata") or {}).get("labels") or {}
            if kind in ("Deployment", "Job"):
                self.pods[namespace].append((_file, object_label(manifest), template_labels))
                containers = (((spec.get("template") or {}).get("spec")) or {}).get("containers") or []
                ports = {p.get("containerPort") for c in containers for p in c.get("ports") or []}
                self.pod_ports[namespace].append((object_label(manifest), template_labels, ports))
            if kind == "Deployment":
                self.pod_labels[namespace].append(template_labels)
            elif kind == "Service":
                self.service_ports[(namespace, name)] = {p.get("port") for p in spec.get("ports") or []}
            elif kind == "Certificate":
                self.certificate_secrets.add((namespace, str(spec.get("secretName") or "")))
            elif kind == "Job" and _model_cache_claim(manifest):
                self.filled_claims.add((namespace, _model_cache_claim(manifest)))
                self.fetched_adapters[(namespace, _model_cache_claim(manifest))] |= _adapters_of(manifest)
            elif kind == "ExternalSecret":
                target = (spec.get("target") or {}).get("name") or name
                keys = {entry.get("secretKey") for entry in spec.get("data") or []}
                template_data = ((spec.get("target") or {}).get("template") or {}).get("data") or {}
                self.external_secret_keys[(namespace, target)] = keys | set(template_data)

    def exists(self, kind: str, namespace: str, name: str) -> bool:
        return (kind, namespace, name) in self.by_kind


def _model_cache_claim(manifest: dict[str, Any]) -> Any:
    return ((manifest.get("metadata") or {}).get("annotations") or {}).get(MODEL_CACHE_ANNOTATION)


def _adapters_of(manifest: dict[str, Any]) -> set[str]:
    text = ((manifest.get("metadata") or {}).get("annotations") or {}).get(LORA_ADAPTERS_ANNOTATION) or ""
    return set(text.split(",")) - {""}


def _identity(manifest: dict[str, Any]) -> tuple[str, str, str]:
    metadata = manifest.get("metadata") or {}
    return manifest.get("kind", ""), metadata.get("namespace", ""), metadata.get("name", "")


def cross_object_findings(
    workloads: Iterable[RenderedWorkload], host_field_of: Callable[[str, str], str | None] | None = None
) -> list[Finding]:
    """The rules apply per destination cluster: objects Argo CD deploys to different clusters never
    collide or reference each other. Public host names are the exception: one name is one name on every
    cluster. `host_field_of(file, host)`: the workload field declaring a host, for host messages."""
    workloads = list(workloads)
    by_cluster: dict[str, list[RenderedWorkload]] = defaultdict(list)
    for workload in workloads:
        by_cluster[workload.cluster].append(workload)
    findings: list[Finding] = list(
        host_claim_findings([(w.file, m, w.cluster) for w in workloads for m in w.manifests], host_field_of)
    )
    for cluster in sorted(by_cluster):
        index = _Index(by_cluster[cluster])
        findings.extend(_unique_names(index))
        findings.extend(autoscaler_findings(index.entries))
        for file, manifest in index.entries:
            for path, message in _references(manifest, index):
                findings.append((file, object_label(manifest), path, message))
            for path, message in _foreign_pods(file, manifest, index):
                findings.append((file, object_label(manifest), path, message))
    return findings


# Objects a controller creates from a rendered one, with their names: Istio's automated deployment makes a
# Deployment, Service and ServiceAccount `<gateway>-<gatewayClassName>` for every Gateway it manages (one
# without spec.addresses) (istio pilot/pkg/config/kube/gateway: getDefaultName, IsManaged).
ISTIO_GATEWAY_DERIVED = (("apps", "Deployment"), ("", "Service"), ("", "ServiceAccount"))


def _derived_names(index: _Index) -> dict[tuple[str, str, str, str], tuple[str, str]]:
    """(group, kind, namespace, name) -> (file, what derives it) of the objects controllers create."""
    derived = {}
    for file, manifest in index.entries:
        kind, namespace, name = _identity(manifest)
        spec = manifest.get("spec") or {}
        if (
            kind == "Gateway"
            and api_group(manifest.get("apiVersion", "")) == "gateway.networking.k8s.io"
            and not spec.get("addresses")
            and spec.get("gatewayClassName")
        ):
            for group, derived_kind in ISTIO_GATEWAY_DERIVED:
                derived[(group, derived_kind, namespace, f"{name}-{spec['gatewayClassName']}")] = (
                    file,
                    object_label(manifest),
                )
    return derived


def _unique_names(index: _Index) -> Iterator[Finding]:
    first_file: dict[tuple[str, str, str, str], str] = {}
    derived = _derived_names(index)
    for file, manifest in index.entries:
        kind, namespace, name = _identity(manifest)
        key = (api_group(manifest.get("apiVersion", "")), kind, namespace, name)
        if key in derived and derived[key][0] != file:
            source_file, source = derived[key]
            yield (
                file,
                object_label(manifest),
                "metadata.name",
                f"{kind} '{name}' in namespace '{namespace}' is also the name Istio gives the {kind} it creates for "
                f"{source} of {source_file} (`<gateway>-<gatewayClassName>`)",
            )
        if key in first_file:
            yield (
                file,
                object_label(manifest),
                "metadata.name",
                f"{kind} '{name}' in namespace '{namespace}' is also rendered from {first_file[key]}",
            )
        else:
            first_file[key] = file


def _references(manifest: dict[str, Any], index: _Index) -> Iterator[tuple[str, str]]:
    kind, namespace, _name = _identity(manifest)
    spec = manifest.get("spec") or {}
    if kind == "Service":
        selector = spec.get("selector") or {}
        if not any(selector.items() <= labels.items() for labels in index.pod_labels[namespace]):
            yield "spec.selector", f"selects no pods of a rendered Deployment ({selector})"
    elif kind in ("Deployment", "Job"):
        pod = ((spec.get("template") or {}).get("spec")) or {}
        yield from _pod_references(pod, namespace, index)
        yield from _claim_references(manifest, pod, namespace, index)
    elif kind == "HTTPRoute":
        for i, parent in enumerate(spec.get("parentRefs") or []):
            gateway = index.by_kind.get(("Gateway", parent.get("namespace", namespace), parent["name"]))
            if gateway is None:
                yield f"spec.parentRefs[{i}]", f"Gateway '{parent['name']}' is not rendered"
                continue
            listeners = {listener.get("name") for listener in (gateway.get("spec") or {}).get("listeners") or []}
            if parent.get("sectionName") and parent["sectionName"] not in listeners:
                yield (
                    f"spec.parentRefs[{i}].sectionName",
                    f"Gateway '{parent['name']}' has no listener '{parent['sectionName']}'",
                )
        for r, rule in enumerate(spec.get("rules") or []):
            for b, backend in enumerate(rule.get("backendRefs") or []):
                path = f"spec.rules[{r}].backendRefs[{b}]"
                if backend.get("kind") == "InferencePool":
                    yield from _pool_backend(path, namespace, backend, index)
                    continue
                yield from _service_port(path, namespace, backend["name"], backend.get("port"), index)
    elif kind == "InferencePool":
        yield from _pool_references(spec, namespace, index)
    elif kind == "Gateway":
        for i, listener in enumerate(spec.get("listeners") or []):
            for c, ref in enumerate((listener.get("tls") or {}).get("certificateRefs") or []):
                if (ref.get("namespace", namespace), ref["name"]) not in index.certificate_secrets:
                    yield (
                        f"spec.listeners[{i}].tls.certificateRefs[{c}]",
                        f"Secret '{ref['name']}' is not produced by a rendered Certificate",
                    )
    elif kind == "HorizontalPodAutoscaler":
        target = spec.get("scaleTargetRef") or {}
        if not index.exists(target.get("kind", ""), namespace, target.get("name", "")):
            yield "spec.scaleTargetRef", f"{target.get('kind')} '{target.get('name')}' is not rendered"
    elif kind == "PodDisruptionBudget":
        selector = (spec.get("selector") or {}).get("matchLabels") or {}
        if not any(selector.items() <= labels.items() for labels in index.pod_labels[namespace]):
            yield "spec.selector", f"selects no pods of a rendered Deployment ({selector})"
    elif kind == "VirtualService":
        for h, route in enumerate(spec.get("http") or []):
            for d, destination in enumerate(route.get("route") or []):
                target = destination.get("destination") or {}
                host = target.get("host", "")
                service = host.split(".")[0]
                service_namespace = host.split(".")[1] if host.count(".") >= 1 else namespace
                port = (target.get("port") or {}).get("number")
                yield from _service_port(
                    f"spec.http[{h}].route[{d}].destination", service_namespace, service, port, index
                )


_SELECTORS: dict[str, tuple[str, Callable[[dict[str, Any]], dict[str, str] | None]]] = {
    "Service": ("spec.selector", lambda spec: spec.get("selector")),
    "PodDisruptionBudget": ("spec.selector", lambda spec: (spec.get("selector") or {}).get("matchLabels")),
    "NetworkPolicy": ("spec.podSelector", lambda spec: (spec.get("podSelector") or {}).get("matchLabels")),
}


def _foreign_pods(file: str, manifest: dict[str, Any], index: _Index) -> Iterator[tuple[str, str]]:
    """A selector that reaches pods rendered from another workload file (e.g. a Service of workload
    `x-model-cache` selecting the model cache Job pods of workload `x`): traffic, disruption budget or
    network rules would apply to the other workload's pods."""
    kind, namespace, _name = _identity(manifest)
    if kind not in _SELECTORS:
        return
    path, read = _SELECTORS[kind]
    selector = read(manifest.get("spec") or {}) or {}
    for other_file, label, labels in index.pods[namespace]:
        if other_file != file and selector.items() <= labels.items():
            yield (
                path,
                f"also selects the pods of {label} from {other_file} ({selector}): selectors must reach only this workload's pods",
            )
            return


def _service_port(path: str, namespace: str, service: str, port: Any, index: _Index) -> Iterator[tuple[str, str]]:
    ports = index.service_ports.get((namespace, service))
    if ports is None:
        yield path, f"Service '{service}' is not rendered in namespace '{namespace}'"
    elif port is not None and port not in ports:
        yield path, f"Service '{service}' has no port {port} (ports: {sorted(ports)})"


def _pool_backend(path: str, namespace: str, backend: dict[str, Any], index: _Index) -> Iterator[tuple[str, str]]:
    """An HTTPRoute backend naming an InferencePool: one rendered in the route's own namespace."""
    if backend.get("group") != INFERENCE_POOL_GROUP:
        yield (
            f"{path}.group",
            f"an InferencePool backend has group '{INFERENCE_POOL_GROUP}', not '{backend.get('group')}'",
        )
    if backend.get("namespace", namespace) != namespace:
        yield f"{path}.namespace", f"InferencePool '{backend['name']}' must be in the route's namespace '{namespace}'"
    elif not index.exists("InferencePool", namespace, backend["name"]):
        yield path, f"InferencePool '{backend['name']}' is not rendered in namespace '{namespace}'"


def _pool_references(spec: dict[str, Any], namespace: str, index: _Index) -> Iterator[tuple[str, str]]:
    """The pool's selector reaches the pods of exactly one Deployment and nothing else in the namespace,
    its target ports are those pods' container ports, and its endpoint picker is a rendered Service port."""
    selector = (spec.get("selector") or {}).get("matchLabels") or {}
    selected = [
        (label, ports) for label, labels, ports in index.pod_ports[namespace] if selector.items() <= labels.items()
    ]
    if not selector or not selected:
        yield "spec.selector.matchLabels", f"selects no pods of a rendered Deployment ({selector})"
    elif len(selected) > 1:
        names = ", ".join(label for label, _ports in selected)
        yield (
            "spec.selector.matchLabels",
            f"selects the pods of {names} ({selector}): a pool selects one server's pods only",
        )
    elif not selected[0][0].startswith("Deployment/"):
        yield "spec.selector.matchLabels", f"selects the pods of {selected[0][0]}, not a server Deployment's"
    else:
        for t, target in enumerate(spec.get("targetPorts") or []):
            if target.get("number") not in selected[0][1]:
                yield (
                    f"spec.targetPorts[{t}].number",
                    f"{target.get('number')} is not a container port of {selected[0][0]} (ports: {sorted(selected[0][1])})",
                )
    picker = spec.get("endpointPickerRef") or {}
    if picker.get("kind", "Service") == "Service" and picker.get("name"):
        port = (picker.get("port") or {}).get("number")
        yield from _service_port("spec.endpointPickerRef", namespace, picker["name"], port, index)


def _pod_references(pod: dict[str, Any], namespace: str, index: _Index) -> Iterator[tuple[str, str]]:
    prefix = "spec.template.spec"
    account = pod.get("serviceAccountName")
    if account and not index.exists("ServiceAccount", namespace, account):
        yield f"{prefix}.serviceAccountName", f"ServiceAccount '{account}' is not rendered"
    for i, secret in enumerate(pod.get("imagePullSecrets") or []):
        if (namespace, secret["name"]) not in index.external_secret_keys:
            yield (
                f"{prefix}.imagePullSecrets[{i}]",
                f"Secret '{secret['name']}' is not produced by a rendered ExternalSecret",
            )
    for v, volume in enumerate(pod.get("volumes") or []):
        config_map = (volume.get("configMap") or {}).get("name")
        if config_map and not index.exists("ConfigMap", namespace, config_map):
            yield f"{prefix}.volumes[{v}].configMap", f"ConfigMap '{config_map}' is not rendered"
    for group in ("initContainers", "containers"):
        for c, container in enumerate(pod.get(group) or []):
            for e, env in enumerate(container.get("env") or []):
                ref = (env.get("valueFrom") or {}).get("secretKeyRef")
                if not ref:
                    continue
                keys = index.external_secret_keys.get((namespace, ref["name"]))
                path = f"{prefix}.{group}[{c}].env[{e}].valueFrom.secretKeyRef"
                if keys is None:
                    yield path, f"Secret '{ref['name']}' is not produced by a rendered ExternalSecret"
                elif ref["key"] not in keys:
                    yield (
                        path,
                        f"key '{ref['key']}' is not produced by ExternalSecret '{ref['name']}' (keys: {sorted(keys)})",
                    )


def _claim_references(
    manifest: dict[str, Any], pod: dict[str, Any], namespace: str, index: _Index
) -> Iterator[tuple[str, str]]:
    """The model cache rules of the module docstring."""
    mounted = {
        (volume.get("persistentVolumeClaim") or {}).get("claimName"): v
        for v, volume in enumerate(pod.get("volumes") or [])
        if volume.get("persistentVolumeClaim")
    }
    declared = _model_cache_claim(manifest)
    checked = set(mounted) if manifest.get("kind") == "Job" else {declared} & set(mounted)
    for claim in sorted(checked):
        if not index.exists("PersistentVolumeClaim", namespace, claim):
            yield (
                f"spec.template.spec.volumes[{mounted[claim]}].persistentVolumeClaim",
                f"PersistentVolumeClaim '{claim}' is not rendered in namespace '{namespace}'",
            )
    if declared is None:
        return
    path = f"metadata.annotations.{MODEL_CACHE_ANNOTATION}"
    if declared not in mounted:
        yield path, f"names PersistentVolumeClaim '{declared}', which the pod does not mount"
    elif (namespace, declared) not in index.filled_claims:
        yield (
            path,
            f"no rendered Job fills PersistentVolumeClaim '{declared}' (a Job annotated {MODEL_CACHE_ANNOTATION}: {declared})",
        )
    if manifest.get("kind") == "Deployment" and declared in mounted:
        yield from _model_matches(manifest, declared, namespace, index)
        missing = sorted(_adapters_of(manifest) - index.fetched_adapters[(namespace, declared)])
        if missing:
            yield (
                f"metadata.annotations.{LORA_ADAPTERS_ANNOTATION}",
                f"no rendered Job fetches the LoRA adapter(s) {', '.join(missing)} into PersistentVolumeClaim "
                f"'{declared}': the server would not find them offline",
            )


def _model_of(manifest: dict[str, Any]) -> tuple[Any, Any]:
    annotations = (manifest.get("metadata") or {}).get("annotations") or {}
    return annotations.get(MODEL_ID_ANNOTATION), annotations.get(MODEL_REVISION_ANNOTATION)


def _folded(model_id: Any) -> str:
    """A model id with case, `.`, `_` and `/` folded: how ids that people confuse are found."""
    return re.sub(r"[^a-z0-9]+", "-", str(model_id).lower())


def _model_matches(manifest: dict[str, Any], claim: str, namespace: str, index: _Index) -> Iterator[tuple[str, str]]:
    """The claim holds exactly the model id and revision the server expects."""
    wanted = _model_of(manifest)
    if wanted[0] is None:
        return
    path = f"metadata.annotations.{MODEL_ID_ANNOTATION}"
    held = index.by_kind.get(("PersistentVolumeClaim", namespace, claim))
    if held is not None:
        if _model_of(held) != wanted:
            yield (
                path,
                (
                    f"PersistentVolumeClaim '{claim}' holds {_model_of(held)[0]}@{_model_of(held)[1]}, not "
                    f"{wanted[0]}@{wanted[1]}: a model cache holds exactly one model.id at one model.revision"
                ),
            )
        return
    provided = sorted(
        f"{model[0]}@{model[1]} ({name})"
        for (kind, claim_namespace, name), claim_manifest in index.by_kind.items()
        if kind == "PersistentVolumeClaim"
        and claim_namespace == namespace
        and ((claim_manifest.get("metadata") or {}).get("annotations") or {}).get(SHARING_ANNOTATION) == "provide"
        and (model := _model_of(claim_manifest))[0] is not None
        and _folded(model[0]) == _folded(wanted[0])
    )
    if provided:
        yield (
            path,
            (
                f"no workload in namespace '{namespace}' provides exactly {wanted[0]}@{wanted[1]} (provided: "
                f"{', '.join(provided)}): `modelCache.sharing: use` needs the provider's exact model.id and model.revision"
            ),
        )
