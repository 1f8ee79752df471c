"""Gate: rules that span objects and files, checked over everything rendered in one synthesis.

- a name is used once per kind and namespace, across all workload files of one destination cluster;
- every Service selects the pods of a Deployment in its namespace;
- every HTTPRoute parent is a rendered Gateway (and listener, with `sectionName`) and every backend a
  rendered Service port;
- every Gateway certificate is the Secret of a rendered cert-manager Certificate;
- every secret a pod reads (env `secretKeyRef`, image pull secret) is produced by a rendered
  ExternalSecret, and every env key is one of the keys it produces;
- every ConfigMap a pod mounts, ServiceAccount it runs as, HPA target and VirtualService destination
  exists (pods of Deployments and Jobs);
- model caches: every claim a Job's pod mounts is a rendered PersistentVolumeClaim; a Deployment or Job
  annotated `ai-workloads/model-cache: <claim>` mounts that claim, the claim is rendered, and a Job
  annotated with the same claim fills it (the server and its download Job share one claim). Other claims
  (MLServer's `modelsVolume`) name existing claims by declaration and are not checked;
- no two files claim the same public host name (host_claims.py);
- a Deployment has at most one autoscaler (HPA or KEDA ScaledObject), whose target exists and which it
  does not contradict with `replicas` (autoscalers.py).

Each rule indexes the objects once, so the cost grows linearly with the number of objects.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable, Iterator

from ai_workloads.gates.autoscalers import autoscaler_findings
from ai_workloads.gates.host_claims import host_claim_findings
from ai_workloads.gates.rendered import RenderedWorkload, api_group, object_label

Finding = tuple[str, str, str, str]  # (file, object label, field path, message)

# On a Deployment or Job: the model cache claim its pod mounts (see the module docstring).
MODEL_CACHE_ANNOTATION = "ai-workloads/model-cache"


class _Index:
    def __init__(self, workloads: Iterable[RenderedWorkload]) -> None:
        self.entries: list[tuple[str, dict[str, Any]]] = [(w.file, m) for w in workloads for m in w.manifests]
        self.by_kind: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.pod_labels: dict[str, list[dict[str, str]]] = defaultdict(list)
        self.service_ports: dict[tuple[str, str], set[int]] = {}
        self.certificate_secrets: set[tuple[str, str]] = set()
        self.external_secret_keys: dict[tuple[str, str], set[str]] = {}
        self.filled_claims: set[tuple[str, str]] = set()
        for _file, manifest in self.entries:
            kind, namespace, name = _identity(manifest)
            self.by_kind.setdefault((kind, namespace, name), manifest)
            spec = manifest.get("spec") or {}
            if kind == "Deployment":
                self.pod_labels[namespace].append(((spec.get("template") or {}).get("metadata") or {}).get("labels") or {})
            elif kind == "Service":
                self.service_ports[(namespace, name)] = {p.get("port") for p in spec.get("ports") or []}
            elif kind == "Certificate":
                self.certificate_secrets.add((namespace, spec.get("secretName")))
            elif kind == "Job" and _model_cache_claim(manifest):
                self.filled_claims.add((namespace, _model_cache_claim(manifest)))
            elif kind == "ExternalSecret":
                target = (spec.get("target") or {}).get("name") or name
                keys = {entry.get("secretKey") for entry in spec.get("data") or []}
                template_data = ((spec.get("target") or {}).get("template") or {}).get("data") or {}
                self.external_secret_keys[(namespace, target)] = keys | set(template_data)

    def exists(self, kind: str, namespace: str, name: str) -> bool:
        return (kind, namespace, name) in self.by_kind


def _model_cache_claim(manifest: dict[str, Any]) -> Any:
    return ((manifest.get("metadata") or {}).get("annotations") or {}).get(MODEL_CACHE_ANNOTATION)


def _identity(manifest: dict[str, Any]) -> tuple[str, str, str]:
    metadata = manifest.get("metadata") or {}
    return manifest.get("kind", ""), metadata.get("namespace", ""), metadata.get("name", "")


def cross_object_findings(workloads: Iterable[RenderedWorkload]) -> list[Finding]:
    """The rules apply per destination cluster: objects Argo CD deploys to different clusters never
    collide or reference each other."""
    by_cluster: dict[str, list[RenderedWorkload]] = defaultdict(list)
    for workload in workloads:
        by_cluster[workload.cluster].append(workload)
    findings: list[Finding] = []
    for cluster in sorted(by_cluster):
        index = _Index(by_cluster[cluster])
        findings.extend(_unique_names(index))
        findings.extend(host_claim_findings(index.entries))
        findings.extend(autoscaler_findings(index.entries))
        for file, manifest in index.entries:
            for path, message in _references(manifest, index):
                findings.append((file, object_label(manifest), path, message))
    return findings


def _unique_names(index: _Index) -> Iterator[Finding]:
    first_file: dict[tuple[str, str, str, str], str] = {}
    for file, manifest in index.entries:
        kind, namespace, name = _identity(manifest)
        key = (api_group(manifest.get("apiVersion", "")), kind, namespace, name)
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
                yield f"spec.parentRefs[{i}].sectionName", f"Gateway '{parent['name']}' has no listener '{parent['sectionName']}'"
        for r, rule in enumerate(spec.get("rules") or []):
            for b, backend in enumerate(rule.get("backendRefs") or []):
                yield from _service_port(f"spec.rules[{r}].backendRefs[{b}]", namespace, backend["name"], backend.get("port"), index)
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
                yield from _service_port(f"spec.http[{h}].route[{d}].destination", service_namespace, service, port, index)


def _service_port(path: str, namespace: str, service: str, port: Any, index: _Index) -> Iterator[tuple[str, str]]:
    ports = index.service_ports.get((namespace, service))
    if ports is None:
        yield path, f"Service '{service}' is not rendered in namespace '{namespace}'"
    elif port is not None and port not in ports:
        yield path, f"Service '{service}' has no port {port} (ports: {sorted(ports)})"


def _pod_references(pod: dict[str, Any], namespace: str, index: _Index) -> Iterator[tuple[str, str]]:
    prefix = "spec.template.spec"
    account = pod.get("serviceAccountName")
    if account and not index.exists("ServiceAccount", namespace, account):
        yield f"{prefix}.serviceAccountName", f"ServiceAccount '{account}' is not rendered"
    for i, secret in enumerate(pod.get("imagePullSecrets") or []):
        if (namespace, secret["name"]) not in index.external_secret_keys:
            yield f"{prefix}.imagePullSecrets[{i}]", f"Secret '{secret['name']}' is not produced by a rendered ExternalSecret"
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
                    yield path, f"key '{ref['key']}' is not produced by ExternalSecret '{ref['name']}' (keys: {sorted(keys)})"


def _claim_references(manifest: dict[str, Any], pod: dict[str, Any], namespace: str, index: _Index) -> Iterator[tuple[str, str]]:
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
        yield path, f"no rendered Job fills PersistentVolumeClaim '{declared}' (a Job annotated {MODEL_CACHE_ANNOTATION}: {declared})"
