"""The table of malformed workload files: each with the exact `<file>: <field path>: <message>` line.

Each case edits a copy of an example (or writes raw bytes) and names the one error it must produce.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional, Union

import yaml

from conftest import FRAUD, LLAMA, QWEN, example_document

Edit = Callable[[dict[str, Any]], Any]


@dataclass(frozen=True)
class BadInput:
    id: str
    file: str  # file name written in workloads/
    expected: str  # the exact error line
    base: Optional[str] = None  # example to start from
    edit: Optional[Edit] = None  # change applied to the example document
    raw: Optional[Union[bytes, Callable[[Path], None]]] = None  # or: raw content / a writer

    def write(self, workloads: Path) -> None:
        path = workloads / self.file
        if callable(self.raw):
            self.raw(path)
        elif self.raw is not None:
            path.write_bytes(self.raw)
        else:
            document = copy.deepcopy(example_document(self.base))
            self.edit(document)
            path.write_text(yaml.safe_dump(document, sort_keys=False))


def _set(path: str, value: Any) -> Edit:
    """Set a dotted path (`container.gpuCount`, `apps.0.name`) in the document."""

    def edit(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = document
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return edit


def _delete(path: str) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = document
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        del node[last]

    return edit


def _append(path: str, value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        node: Any = document
        for part in path.split("."):
            node = node[int(part)] if isinstance(node, list) else node[part]
        node.append(value)

    return edit


def _both(*edits: Edit) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        for single in edits:
            single(document)

    return edit


def _symlink_loop(path: Path) -> None:
    other = path.with_name("loop-b.yaml")
    path.symlink_to(other.name)
    other.symlink_to(path.name)


def _huge_file(path: Path) -> None:
    document = example_document(LLAMA)
    text = yaml.safe_dump(document, sort_keys=False)
    path.write_text(text + "# padding\n" + ("#" * 1023 + "\n") * 3 * 1024)


def _duplicate_of_llama(path: Path) -> None:
    document = example_document(LLAMA)
    path.write_text(yaml.safe_dump(document, sort_keys=False))


BAD_INPUTS: list[BadInput] = [
    BadInput("yaml-syntax-error", "broken.yaml", "workloads/broken.yaml: <root>: YAML syntax error at line 4, column 1: could not find expected ':' (while scanning a simple key at line 3, column 1)",
             raw=b"type: ML_INFERENCE_LOAD\nserviceName: x\nnamespace\n"),
    BadInput("empty-file", "empty.yaml", "workloads/empty.yaml: <root>: file is empty", raw=b""),
    BadInput("comments-only-file", "comments.yaml", "workloads/comments.yaml: <root>: file is empty", raw=b"# nothing here\n"),
    BadInput("list-instead-of-mapping", "list.yaml", "workloads/list.yaml: <root>: expected a mapping of workload values, found a list",
             raw=b"- type: ML_INFERENCE_LOAD\n"),
    BadInput("two-documents", "two.yaml", "workloads/two.yaml: <root>: expected one YAML document, found 2: one workload per file",
             raw=b"type: ML_INFERENCE_LOAD\n---\ntype: ML_INFERENCE_LOAD\n"),
    BadInput("duplicate-yaml-key", "dupkey.yaml", "workloads/dupkey.yaml: <root>: YAML syntax error at line 2, column 1: duplicate key 'type' (first at line 1)",
             raw=b"type: ML_INFERENCE_LOAD\ntype: MLSERVER_RELEASE\n"),
    BadInput("missing-type", "notype.yaml", "workloads/notype.yaml: type: is missing; valid types: ML_INFERENCE_LOAD, MLSERVER_RELEASE",
             base=LLAMA, edit=_delete("type")),
    BadInput("unknown-type", "badtype.yaml", "workloads/badtype.yaml: type: 'TGI' is not a workload type; valid types: ML_INFERENCE_LOAD, MLSERVER_RELEASE",
             base=LLAMA, edit=_set("type", "TGI")),
    BadInput("unknown-key-typo", "typo.yaml", "workloads/typo.yaml: container.gpuCont: unknown key (check the spelling; see the JSON Schema in schemas/)",
             base=LLAMA, edit=_set("container.gpuCont", 2)),
    BadInput("wrong-type", "wrongtype.yaml", "workloads/wrongtype.yaml: container.gpuCount: Input should be a valid integer",
             base=LLAMA, edit=_set("container.gpuCount", "two")),
    # No coercion: a quoted number is a string, a quoted "yes" is not a boolean.
    BadInput("quoted-number", "quotednum.yaml", "workloads/quotednum.yaml: container.gpuCount: Input should be a valid integer",
             base=LLAMA, edit=_set("container.gpuCount", "1")),
    BadInput("quoted-yes", "quotedyes.yaml", "workloads/quotedyes.yaml: basicMonitoring.enabled: Input should be a valid boolean",
             base=LLAMA, edit=_set("basicMonitoring.enabled", "yes")),
    BadInput("number-as-string-field", "numstr.yaml", "workloads/numstr.yaml: namespace: Input should be a valid string",
             base=LLAMA, edit=_set("namespace", 10)),
    BadInput("missing-model-revision", "norev.yaml", "workloads/norev.yaml: model.revision: required field is missing",
             base=LLAMA, edit=_delete("model.revision")),
    BadInput("branch-as-model-revision", "branchrev.yaml", "workloads/branchrev.yaml: model.revision: String should match pattern '^[0-9a-f]{40}$'",
             base=LLAMA, edit=_set("model.revision", "main")),
    BadInput("latest-image-tag", "latest.yaml", "workloads/latest.yaml: container.image.tag: 'latest' is not allowed: pin an exact image tag so every sync runs the same image",
             base=LLAMA, edit=_set("container.image.tag", "latest")),
    BadInput("empty-image-tag", "emptytag.yaml", "workloads/emptytag.yaml: container.image.tag: String should have at least 1 character",
             base=LLAMA, edit=_set("container.image.tag", "")),
    BadInput("invalid-service-name", "badname.yaml", "workloads/badname.yaml: serviceName: String should match pattern '^[a-z]([-a-z0-9]*[a-z0-9])?$'",
             base=LLAMA, edit=_set("serviceName", "Llama_3")),
    BadInput("service-name-too-long", "longname.yaml", "workloads/longname.yaml: serviceName: String should have at most 49 characters",
             base=LLAMA, edit=_set("serviceName", "a" * 50)),
    BadInput("invalid-namespace", "badns.yaml", "workloads/badns.yaml: namespace: String should match pattern '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'",
             base=LLAMA, edit=_set("namespace", "ML.Inference")),
    BadInput("gpu-count-zero", "gpu0.yaml", "workloads/gpu0.yaml: container.gpuCount: Input should be greater than or equal to 1",
             base=LLAMA, edit=_set("container.gpuCount", 0)),
    BadInput("gpu-count-negative", "gpuneg.yaml", "workloads/gpuneg.yaml: container.gpuCount: Input should be greater than or equal to 1",
             base=LLAMA, edit=_set("container.gpuCount", -2)),
    BadInput("gpu-count-absurd", "gpu64.yaml", "workloads/gpu64.yaml: container.gpuCount: Input should be less than or equal to 8",
             base=LLAMA, edit=_set("container.gpuCount", 64)),
    BadInput("port-out-of-range", "port.yaml", "workloads/port.yaml: container.containerPorts[0].portNumber: Input should be less than or equal to 65535",
             base=LLAMA, edit=_set("container.containerPorts.0.portNumber", 70000)),
    BadInput("two-ports-same-number", "dupport.yaml", "workloads/dupport.yaml: container.containerPorts[1].portNumber: 8080 is already used by containerPorts[0]; each entry needs its own",
             base=LLAMA, edit=_append("container.containerPorts", {"portName": "grpc", "portNumber": 8080, "protocol": "TCP", "servicePort": 81})),
    BadInput("probe-unknown-type", "probetype.yaml", "workloads/probetype.yaml: container.livenessProbe.type: Input should be 'httpGet', 'tcpSocket' or 'exec'",
             base=LLAMA, edit=_set("container.livenessProbe", {"type": "grpc"})),
    BadInput("exec-probe-without-command", "probeexec.yaml", "workloads/probeexec.yaml: container.readinessProbe.command: type 'exec' needs a non-empty command",
             base=LLAMA, edit=_set("container.readinessProbe", {"type": "exec"})),
    BadInput("negative-shm-size", "shm.yaml", "workloads/shm.yaml: container.shmSize: '-1Gi' is not a non-negative Kubernetes quantity (examples: 500m, 2, 512Mi, 16Gi)",
             base=LLAMA, edit=_set("container.shmSize", "-1Gi")),
    BadInput("zero-model-cache", "cache.yaml", "workloads/cache.yaml: container.modelCacheSize: '0Gi' must be greater than zero",
             base=LLAMA, edit=_set("container.modelCacheSize", "0Gi")),
    BadInput("request-above-limit", "reqlimit.yaml", "workloads/reqlimit.yaml: container.resources.requests.memory: 64Gi must not exceed limits.memory (32Gi)",
             base=LLAMA, edit=_set("container.resources", {"requests": {"cpu": "4", "memory": "64Gi"}, "limits": {"cpu": "8", "memory": "32Gi"}})),
    BadInput("host-not-dns", "host.yaml", "workloads/host.yaml: gateway.hosts[0]: String should match pattern '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$'",
             base=LLAMA, edit=_set("gateway.hosts", ["https://llama.example.com/"])),
    BadInput("empty-vault-path", "vault.yaml", "workloads/vault.yaml: container.secrets[0].vaultPath: String should have at least 1 character",
             base=LLAMA, edit=_set("container.secrets.0.vaultPath", "")),
    # Credentials never as literals; Vault paths exact; /dev/shm fits the memory limit; reserved namespaces.
    BadInput("credential-in-environment", "envcred.yaml",
             "workloads/envcred.yaml: container.environment[2].name: 'HF_TOKEN' looks like a credential: a literal value "
             "would be committed to git and shown in the pod spec; declare it under container.secrets (read from Vault) instead",
             base=LLAMA, edit=_append("container.environment", {"name": "HF_TOKEN", "value": "hf_abc"})),
    BadInput("password-in-environment", "envpass.yaml",
             "workloads/envpass.yaml: container.environment[2].name: 'DB_PASSWORD' looks like a credential: a literal value "
             "would be committed to git and shown in the pod spec; declare it under container.secrets (read from Vault) instead",
             base=LLAMA, edit=_append("container.environment", {"name": "DB_PASSWORD", "value": "x"})),
    BadInput("vault-path-dot-dot", "vaultdots.yaml",
             "workloads/vaultdots.yaml: container.secrets[0].vaultPath: 'ml/../shared/ghcr' has a '.' or '..' segment: name the Vault path exactly",
             base=LLAMA, edit=_set("container.secrets.0.vaultPath", "ml/../shared/ghcr")),
    BadInput("shm-larger-than-memory-limit", "shmbig.yaml",
             "workloads/shmbig.yaml: container.shmSize: 64Gi must be smaller than resources.limits.memory (32Gi): the "
             "memory-backed /dev/shm counts against the container's memory limit",
             base=LLAMA, edit=_set("container.shmSize", "64Gi")),
    BadInput("reserved-namespace", "kubesys.yaml",
             "workloads/kubesys.yaml: namespace: 'kube-system' is reserved by the platform (matches 'kube-*'; reserved: "
             "kube-*, istio-system, cert-manager, external-secrets, argocd)",
             base=LLAMA, edit=_set("namespace", "kube-system")),
    BadInput("run-as-root-override", "runasroot.yaml",
             "workloads/runasroot.yaml: container.runAsUser: Input should be greater than or equal to 1000",
             base=LLAMA, edit=_set("container.runAsUser", 0)),
    BadInput("reserved-cache-variable-as-secret", "homesecret.yaml",
             "workloads/homesecret.yaml: container.secrets[0].name: 'HOME' is set by the construct for the tgi engine "
             "(reserved: MODEL_ID, REVISION, PORT, HOSTNAME, HUGGINGFACE_HUB_CACHE, HF_HOME, NUM_SHARD, HOME, "
             "XDG_CACHE_HOME, OUTLINES_CACHE_DIR, TRITON_CACHE_DIR, TORCHINDUCTOR_CACHE_DIR)",
             base=LLAMA, edit=_set("container.secrets.0.name", "HOME")),
    BadInput("reserved-env-name", "envres.yaml", "workloads/envres.yaml: container.environment[0].name: 'MODEL_ID' is set by the construct for the tgi engine (reserved: MODEL_ID, REVISION, PORT, HOSTNAME, HUGGINGFACE_HUB_CACHE, HF_HOME, NUM_SHARD, HOME, XDG_CACHE_HOME, OUTLINES_CACHE_DIR, TRITON_CACHE_DIR, TORCHINDUCTOR_CACHE_DIR)",
             base=LLAMA, edit=_set("container.environment.0.name", "MODEL_ID")),
    # Serving engines and the persistent model cache
    BadInput("unknown-engine", "sglang.yaml", "workloads/sglang.yaml: engine: Input should be 'tgi' or 'vllm'",
             base=LLAMA, edit=_set("engine", "sglang")),
    BadInput("setting-unsupported-by-engine", "servedname.yaml",
             "workloads/servedname.yaml: serving.servedModelName: is not supported by the tgi engine (supported by: vllm)",
             base=LLAMA, edit=_set("serving", {"servedModelName": "llama"})),
    BadInput("value-unsupported-by-engine", "tgidtype.yaml",
             "workloads/tgidtype.yaml: serving.dtype: 'float32' is not supported by the tgi engine (one of: float16, bfloat16)",
             base=LLAMA, edit=_set("serving", {"dtype": "float32"})),
    BadInput("extra-args-unsupported-by-tgi", "tgiargs.yaml",
             "workloads/tgiargs.yaml: serving.extraArgs: is not supported by the tgi engine (supported by: vllm)",
             base=LLAMA, edit=_set("serving", {"extraArgs": ["--max-num-seqs", "8"]})),
    BadInput("reserved-vllm-flag", "vllmport.yaml",
             "workloads/vllmport.yaml: serving.extraArgs[0]: '--port' is set by the construct for the vllm engine "
             "(from container.containerPorts[0].portNumber)",
             base=QWEN, edit=_set("serving.extraArgs", ["--port", "9000"])),
    BadInput("typed-setting-and-tgi-variable", "twice.yaml",
             "workloads/twice.yaml: container.environment[1].name: 'MAX_TOTAL_TOKENS' is set from serving.maxModelLength "
             "for the tgi engine: remove one of them",
             base=LLAMA, edit=_set("serving", {"maxModelLength": 8192})),
    BadInput("tgi-variable-on-vllm", "tgivar.yaml",
             "workloads/tgivar.yaml: container.environment[0].name: 'MAX_TOTAL_TOKENS' is not read by the vllm engine "
             "(use serving.maxModelLength)",
             base=QWEN, edit=_set("container.environment", [{"name": "MAX_TOTAL_TOKENS", "value": "8192"}])),
    BadInput("tgi-image-on-vllm", "tgiimage.yaml",
             "workloads/tgiimage.yaml: container.image.repository: 'ghcr.io/huggingface/text-generation-inference' is the "
             "tgi engine's image; the vllm engine runs vllm/vllm-openai (or an image built from it)",
             base=QWEN, edit=_set("container.image.repository", "ghcr.io/huggingface/text-generation-inference")),
    BadInput("model-cache-without-size", "nosize.yaml", "workloads/nosize.yaml: modelCache.size: required field is missing",
             base=QWEN, edit=_set("modelCache", {"storageClassName": "fast-ssd"})),
    BadInput("model-cache-below-minimum", "small.yaml",
             "workloads/small.yaml: modelCache.size: 5Gi is smaller than the minimum model cache size (10Gi)",
             base=QWEN, edit=_set("modelCache.size", "5Gi")),
    BadInput("model-cache-invalid-access-mode", "rox.yaml",
             "workloads/rox.yaml: modelCache.accessMode: Input should be 'ReadWriteOnce' or 'ReadWriteMany'",
             base=QWEN, edit=_set("modelCache.accessMode", "ReadOnlyMany")),
    BadInput("model-cache-rwo-with-replicas", "rwo.yaml",
             "workloads/rwo.yaml: modelCache.accessMode: ReadWriteOnce cannot be mounted by 2 replicas on different "
             "nodes: use ReadWriteMany",
             base=QWEN, edit=_both(_set("replicas", 2), _set("modelCache.accessMode", "ReadWriteOnce"))),
    BadInput("shared-model-cache-without-provider", "user.yaml",
             "workloads/user.yaml: Deployment/qwen-user.spec.template.spec.volumes[1].persistentVolumeClaim: "
             "PersistentVolumeClaim 'model-cache-qwen-qwen2-5-7b-instruct-a09a35458c70' is not rendered in namespace "
             "'ml-inference'",
             base=QWEN, edit=_both(_set("serviceName", "qwen-user"), _set("gateway.hosts", ["qwen-user.example.com"]),
                                   _set("modelCache", {"sharing": "use"}))),
    BadInput("huge-file", "huge.yaml", "workloads/huge.yaml: <root>: file is {size} bytes; workload files are limited to 1048576 bytes",
             raw=_huge_file),
    BadInput("non-utf8-file", "latin1.yaml", "workloads/latin1.yaml: <root>: not valid UTF-8 (byte 0xe9 at offset 40)",
             raw="type: ML_INFERENCE_LOAD\ndescription: caf\u00e9\n".encode("latin-1")),
    BadInput("symlink-loop", "loop-a.yaml", "workloads/loop-a.yaml: <root>: symlink loop (Too many levels of symbolic links)",
             raw=_symlink_loop),
    BadInput("duplicate-name-across-files", "zz-llama-copy.yaml", "workloads/zz-llama-copy.yaml: serviceName: 'llama-3-8b-instruct' is already used by workloads/llama-3-8b-instruct.yaml (it names dist/llama-3-8b-instruct.k8s.yaml)",
             raw=_duplicate_of_llama),
    # MLServer releases
    BadInput("mlserver-duplicate-app-names", "dupapp.yaml", "workloads/dupapp.yaml: apps[1].name: 'mlserver-a' is already used by apps[0]; each entry needs its own",
             base=FRAUD, edit=_both(_set("releaseName", "dupapp"), _set("apps.1.name", "mlserver-a"))),
    BadInput("mlserver-unknown-infra-profile", "profile.yaml", "workloads/profile.yaml: apps[0].infraProfile: unknown profile 'gpu-huge'; known profiles: cpu-large, cpu-medium, cpu-small",
             base=FRAUD, edit=_both(_set("releaseName", "profile"), _set("apps.0.infraProfile", "gpu-huge"))),
    BadInput("mlserver-min-above-max-replicas", "hpa.yaml", "workloads/hpa.yaml: apps[1].hpa.minReplicas: 12 is greater than maxReplicas (10)",
             base=FRAUD, edit=_both(_set("releaseName", "hpa"), _set("apps.1.hpa.minReplicas", 12))),
    BadInput("mlserver-unknown-key", "mlkey.yaml", "workloads/mlkey.yaml: apps[0].replica: unknown key (check the spelling; see the JSON Schema in schemas/)",
             base=FRAUD, edit=_both(_set("releaseName", "mlkey"), _set("apps.0.replica", 2))),
    BadInput("mlserver-unknown-app-kind", "kind.yaml", "workloads/kind.yaml: apps[0].kind: Input should be 'mlserver'",
             base=FRAUD, edit=_both(_set("releaseName", "kind"), _set("apps.0.kind", "triton"))),
    BadInput("mlserver-reserved-setting", "setting.yaml", "workloads/setting.yaml: apps[0].settings.http_port: must not be set: set from service.port",
             base=FRAUD, edit=_both(_set("releaseName", "setting"), _set("apps.0.settings.http_port", 9000))),
    BadInput("mlserver-invalid-app-name", "appname.yaml", "workloads/appname.yaml: apps[0].name: String should match pattern '^[a-z]([-a-z0-9]*[a-z0-9])?$'",
             base=FRAUD, edit=_both(_set("releaseName", "appname"), _set("apps.0.name", "MLServer_A"))),
    BadInput("mlserver-latest-image", "mllatest.yaml", "workloads/mllatest.yaml: apps[0].image.tag: 'latest' is not allowed: pin an exact image tag so every sync runs the same image",
             base=FRAUD, edit=_both(_set("releaseName", "mllatest"), _set("apps.0.image.tag", "latest"))),
    BadInput("mlserver-port-out-of-range", "mlport.yaml", "workloads/mlport.yaml: apps[0].service.port: Input should be greater than or equal to 1",
             base=FRAUD, edit=_both(_set("releaseName", "mlport"), _set("apps.0.service", {"port": 0}))),
    BadInput("mlserver-no-apps", "noapps.yaml", "workloads/noapps.yaml: apps: List should have at least 1 item after validation, not 0",
             base=FRAUD, edit=_both(_set("releaseName", "noapps"), _set("apps", []))),
    BadInput("mlserver-istio-without-hosts", "nohosts.yaml", "workloads/nohosts.yaml: istio.hosts: must list at least one host when istio.enabled is true",
             base=FRAUD, edit=_both(_set("releaseName", "nohosts"), _set("istio.hosts", []))),
    BadInput("mlserver-override-below-profile-request", "override.yaml", "workloads/override.yaml: apps[0].resources.requests.memory: 512Mi must not exceed limits.memory (256Mi)",
             base=FRAUD, edit=_both(_set("releaseName", "override"), _set("apps.0.resources", {"limits": {"memory": "256Mi"}}))),
    BadInput("mlserver-override-not-a-quantity", "quantity.yaml", "workloads/quantity.yaml: apps[1].resources.limits.cpu: 'two' is not a non-negative Kubernetes quantity (examples: 500m, 2, 512Mi, 16Gi)",
             base=FRAUD, edit=_both(_set("releaseName", "quantity"), _set("apps.1.resources", {"limits": {"cpu": "two"}}))),
    BadInput("mlserver-duplicate-object-across-files", "zz-fraud-copy.yaml", "workloads/zz-fraud-copy.yaml: ConfigMap/mlserver-a-settings.metadata.name: ConfigMap 'mlserver-a-settings' in namespace 'ml-serving' is also rendered from workloads/fraud-scoring.yaml",
             base=FRAUD, edit=_set("releaseName", "fraud-copy")),
]
