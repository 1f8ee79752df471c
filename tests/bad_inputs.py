"""The tables of bad input: each case with the exact one-line message it must produce.

BAD_INPUTS: malformed workload files (and folders) -> `<file>: <field path>: <message>`, exit 1. Each
case edits a copy of an example (or writes raw bytes) and names the one error it must produce.
BAD_INVOCATIONS: bad options, environment and output folders -> `main.py: error: <message>`, exit 2.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from conftest import FRAUD, LLAMA, QWEN, WORKLOADS, example_document

Edit = Callable[[dict[str, Any]], Any]


@dataclass(frozen=True)
class BadInput:
    id: str
    file: str  # file name written in workloads/
    expected: str  # the exact error line
    base: str | None = None  # example to start from
    edit: Edit | None = None  # change applied to the example document
    raw: bytes | Callable[[Path], None] | None = None  # or: raw content / a writer
    args: tuple[str, ...] = ()  # extra command-line arguments
    needs_non_root: bool = False  # root ignores file modes: such a case is skipped under root

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


def _text_of(base: str, *replacements: tuple[str, str]) -> Callable[[Path], None]:
    """The example's text with each (old, new) replaced once: for YAML a dumper would quote or refuse."""

    def write(path: Path) -> None:
        text = (WORKLOADS / base).read_text()
        for old, new in replacements:
            assert old in text, old
            text = text.replace(old, new, 1)
        path.write_text(text)

    return write


def _llama_with(old: str, new: str) -> Callable[[Path], None]:
    return _text_of(LLAMA, ("serviceName: llama-3-8b-instruct", "serviceName: edited"), (old, new))


def _fraud_settings(*lines: str) -> Callable[[Path], None]:
    """fraud-scoring as a new release whose first app's settings get `lines` (6-space indented)."""
    added = "".join(f"      {line}\n" for line in lines)
    return _text_of(
        FRAUD,
        ("releaseName: fraud-scoring", "releaseName: edited"),
        ("namespace: ml-serving", "namespace: ml-edited"),
        ("      debug: false\n", f"      debug: false\n{added}"),
    )


def _mode_000(path: Path) -> None:
    path.write_text("type: ML_INFERENCE_LOAD\n")
    path.chmod(0)


def _symlink_to(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


def _alias_bomb(path: Path) -> None:
    """Nine levels of ten aliases each: 10**9 values once expanded, in 400 bytes."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 10) + "]")
    path.write_text("type: ML_INFERENCE_LOAD\n" + "\n".join(lines) + "\n")


def _large_string_aliases(count: int, size: int, where: str) -> Callable[[Path], None]:
    """A `size`-character string written once and used `count` times through aliases."""
    text = "x" * size
    if where == "settings":
        uses = ", ".join(f"blob{index}: *big" for index in range(1, count))
        return _fraud_settings(f'blob0: &big "{text}"', f"more: {{{uses}}}")
    entries = "".join(f"    - {{name: BIG_{index}, value: *big}}\n" for index in range(1, count))
    return _llama_with(
        '      value: "8192"\n', f'      value: "8192"\n    - {{name: BIG_0, value: &big "{text}"}}\n{entries}'
    )


def _chmod_folder_000(path: Path) -> None:
    path.parent.chmod(0)  # the workloads folder itself; the test restores it


URI_REMEDY = (
    "put the credential in the Secret named by modelSource.credentialsSecret, whose keys become the downloader's "
    "environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for s3://, AZ_CLIENT_ID/AZ_CLIENT_SECRET/AZ_TENANT_ID "
    "or AZURE_STORAGE_ACCESS_KEY for Azure, HF_TOKEN for hf://, `<host>-headers` request headers as JSON for https://)"
)


LORA_SQL = {"name": "sql", "id": "org/qwen-sql-lora", "revision": "1" * 40}
LORA_TICKETS = {"name": "tickets", "id": "org/qwen-tickets-lora", "revision": "2" * 40}


def _lora(modelCache: Any = "keep", servedModelName: str | None = None, **lora: Any) -> Edit:
    """Add `serving.lora` (two adapters unless `adapters` is given); optionally replace or drop modelCache."""

    def edit(document: dict[str, Any]) -> None:
        document.setdefault("serving", {})["lora"] = {"adapters": [LORA_SQL, LORA_TICKETS], **lora}
        if servedModelName is not None:
            document["serving"]["servedModelName"] = servedModelName
        if modelCache is None:
            document.pop("modelCache", None)
        elif modelCache != "keep":
            document["modelCache"] = modelCache

    return edit


BAD_INPUTS: list[BadInput] = [
    BadInput(
        "yaml-syntax-error",
        "broken.yaml",
        "workloads/broken.yaml: <root>: YAML syntax error at line 4, column 1: could not find expected ':' (while scanning a simple key at line 3, column 1)",
        raw=b"type: ML_INFERENCE_LOAD\nserviceName: x\nnamespace\n",
    ),
    BadInput("empty-file", "empty.yaml", "workloads/empty.yaml: <root>: file is empty", raw=b""),
    BadInput(
        "comments-only-file", "comments.yaml", "workloads/comments.yaml: <root>: file is empty", raw=b"# nothing here\n"
    ),
    BadInput(
        "list-instead-of-mapping",
        "list.yaml",
        "workloads/list.yaml: <root>: expected a mapping of workload values, found a list",
        raw=b"- type: ML_INFERENCE_LOAD\n",
    ),
    BadInput(
        "two-documents",
        "two.yaml",
        "workloads/two.yaml: <root>: expected one YAML document, found 2: one workload per file",
        raw=b"type: ML_INFERENCE_LOAD\n---\ntype: ML_INFERENCE_LOAD\n",
    ),
    BadInput(
        "duplicate-yaml-key",
        "dupkey.yaml",
        "workloads/dupkey.yaml: type: duplicate key: first at line 1, again at line 2, column 1",
        raw=b"type: ML_INFERENCE_LOAD\ntype: MLSERVER_RELEASE\n",
    ),
    BadInput(
        "missing-type",
        "notype.yaml",
        "workloads/notype.yaml: type: is missing; valid types: ML_INFERENCE_LOAD, MLSERVER_RELEASE",
        base=LLAMA,
        edit=_delete("type"),
    ),
    BadInput(
        "unknown-type",
        "badtype.yaml",
        "workloads/badtype.yaml: type: 'TGI' is not a workload type; valid types: ML_INFERENCE_LOAD, MLSERVER_RELEASE",
        base=LLAMA,
        edit=_set("type", "TGI"),
    ),
    BadInput(
        "unknown-key-typo",
        "typo.yaml",
        "workloads/typo.yaml:29:3: container.gpuCont: unknown key: did you mean `gpuCount`?",
        base=LLAMA,
        edit=_set("container.gpuCont", 2),
    ),
    BadInput(
        "known-key-at-the-wrong-level",
        "level.yaml",
        "workloads/level.yaml:34:1: gpuCount: unknown key at this level: `gpuCount` belongs in `container` (container.gpuCount)",
        base=LLAMA,
        edit=_set("gpuCount", 2),
    ),
    BadInput(
        "mlserver-key-at-the-wrong-level",
        "mllevel.yaml",
        "workloads/mllevel.yaml:60:3: apps[1].storageUri: unknown key at this level: `storageUri` belongs in "
        "`apps[1].modelSource` (apps[1].modelSource.storageUri)",
        base=FRAUD,
        edit=_both(_set("releaseName", "mllevel"), _set("apps.1.storageUri", "s3://models/churn")),
    ),
    BadInput(
        "unknown-key-nothing-near",
        "zzz.yaml",
        "workloads/zzz.yaml:32:3: gateway.zzz: unknown key (known keys here: hosts, clusterIssuer, requestTimeout, "
        "httpRedirect; see the JSON Schema in schemas/)",
        base=LLAMA,
        edit=_set("gateway.zzz", 1),
    ),
    BadInput(
        "wrong-type",
        "wrongtype.yaml",
        "workloads/wrongtype.yaml:28:3: container.gpuCount: Input should be a valid integer",
        base=LLAMA,
        edit=_set("container.gpuCount", "two"),
    ),
    # No coercion: a quoted number is a string, a quoted "yes" is not a boolean.
    BadInput(
        "quoted-number",
        "quotednum.yaml",
        "workloads/quotednum.yaml:28:3: container.gpuCount: Input should be a valid integer",
        base=LLAMA,
        edit=_set("container.gpuCount", "1"),
    ),
    BadInput(
        "quoted-yes",
        "quotedyes.yaml",
        "workloads/quotedyes.yaml:33:3: basicMonitoring.enabled: Input should be a valid boolean",
        base=LLAMA,
        edit=_set("basicMonitoring.enabled", "yes"),
    ),
    BadInput(
        "number-as-string-field",
        "numstr.yaml",
        "workloads/numstr.yaml:3:1: namespace: Input should be a valid string",
        base=LLAMA,
        edit=_set("namespace", 10),
    ),
    BadInput(
        "missing-model-revision",
        "norev.yaml",
        "workloads/norev.yaml:6:1: model.revision: required field is missing",
        base=LLAMA,
        edit=_delete("model.revision"),
    ),
    BadInput(
        "branch-as-model-revision",
        "branchrev.yaml",
        "workloads/branchrev.yaml:8:3: model.revision: a revision must be a 40-character commit SHA, not a branch or tag "
        "name like 'main': a branch can move and would change the weights under a running server",
        base=LLAMA,
        edit=_set("model.revision", "main"),
    ),
    BadInput(
        "latest-image-tag",
        "latest.yaml",
        "workloads/latest.yaml:12:5: container.image.tag: 'latest' is not allowed: pin an exact image tag so every sync runs the same image",
        base=LLAMA,
        edit=_set("container.image.tag", "latest"),
    ),
    BadInput(
        "empty-image-tag",
        "emptytag.yaml",
        "workloads/emptytag.yaml:12:5: container.image.tag: String should have at least 1 character",
        base=LLAMA,
        edit=_set("container.image.tag", ""),
    ),
    BadInput(
        "invalid-service-name",
        "badname.yaml",
        "workloads/badname.yaml:2:1: serviceName: upper-case letters and an underscore are not allowed in a DNS-1035 "
        "label (only a-z, 0-9 and '-')",
        base=LLAMA,
        edit=_set("serviceName", "Llama_3"),
    ),
    BadInput(
        "service-name-too-long",
        "longname.yaml",
        "workloads/longname.yaml:2:1: serviceName: String should have at most 49 characters",
        base=LLAMA,
        edit=_set("serviceName", "a" * 50),
    ),
    BadInput(
        "invalid-namespace",
        "badns.yaml",
        "workloads/badns.yaml:3:1: namespace: upper-case letters and a dot are not allowed in a DNS-1123 label (only "
        "a-z, 0-9 and '-')",
        base=LLAMA,
        edit=_set("namespace", "ML.Inference"),
    ),
    # Values checked the way their consumer checks them (_values/k8s_names.py), in words
    BadInput(
        "service-name-with-a-dot",
        "dotname.yaml",
        "workloads/dotname.yaml:2:1: serviceName: a dot is not allowed in a DNS-1035 label",
        base=LLAMA,
        edit=_set("serviceName", "llama.3"),
    ),
    BadInput(
        "service-name-starting-with-a-digit",
        "digitname.yaml",
        "workloads/digitname.yaml:2:1: serviceName: must start with a letter (a DNS-1035 label)",
        base=LLAMA,
        edit=_set("serviceName", "3-llama"),
    ),
    BadInput(
        "model-id-with-double-dash",
        "dashid.yaml",
        "workloads/dashid.yaml:7:3: model.id: a Hugging Face repository id may not contain '--' or '..'",
        base=LLAMA,
        edit=_set("model.id", "meta-llama/Llama--3"),
    ),
    BadInput(
        "short-model-revision",
        "shortrev.yaml",
        "workloads/shortrev.yaml:8:3: model.revision: a revision must be the full 40-character commit SHA, not a "
        "short one (7 characters)",
        base=LLAMA,
        edit=_set("model.revision", "0e9e39f"),
    ),
    BadInput(
        "host-label-longer-than-63",
        "longlabel.yaml",
        "workloads/longlabel.yaml:31:5: gateway.hosts[0]: the label 'aaaaaaaaaaaaaaaaaaaa...' is 64 characters; a "
        "DNS label has at most 63",
        base=LLAMA,
        edit=_set("gateway.hosts", ["a" * 64 + ".example.com"]),
    ),
    BadInput(
        "host-wildcard-not-leftmost",
        "midwild.yaml",
        "workloads/midwild.yaml:31:5: gateway.hosts[0]: a wildcard is allowed only as the whole leftmost label "
        "('*.example.com')",
        base=LLAMA,
        edit=_set("gateway.hosts", ["api.*.example.com"]),
    ),
    BadInput(
        "host-is-an-ip-address",
        "iphost.yaml",
        "workloads/iphost.yaml:31:5: gateway.hosts[0]: is an IP address: a Gateway listener needs a DNS host name",
        base=LLAMA,
        edit=_set("gateway.hosts", ["10.0.0.1"]),
    ),
    BadInput(
        "secret-key-dot-dot",
        "dotdotkey.yaml",
        "workloads/dotdotkey.yaml:25:5: container.secrets[0].secretKey: a Secret or ConfigMap key may not be '.' or "
        "'..' or start with '..' (it becomes a file name)",
        base=LLAMA,
        edit=_set("container.secrets.0.secretKey", ".."),
    ),
    BadInput(
        "cluster-issuer-double-dot",
        "issuer.yaml",
        "workloads/issuer.yaml:32:3: gateway.clusterIssuer: has an empty part between dots (a DNS-1123 subdomain is "
        "labels joined by single dots)",
        base=LLAMA,
        edit=_set("gateway.clusterIssuer", "letsencrypt..prod"),
    ),
    BadInput(
        "secret-store-dot-dash",
        "store.yaml",
        "workloads/store.yaml:30:5: container.secretStore.name: the part '-backend' must start and end with a letter "
        "or digit (a DNS-1123 subdomain)",
        base=LLAMA,
        edit=_set("container.secretStore", {"name": "vault.-backend"}),
    ),
    BadInput(
        "image-tag-too-long-for-the-version-label",
        "longtag.yaml",
        "workloads/longtag.yaml:12:5: container.image.tag: the tag is also the app.kubernetes.io/version label of "
        "every object, and is 64 characters; a label value has at most 63",
        base=LLAMA,
        edit=_set("container.image.tag", "3.3.4-" + "a" * 58),
    ),
    BadInput(
        "image-tag-ending-with-a-dot",
        "dottag.yaml",
        "workloads/dottag.yaml:12:5: container.image.tag: the tag is also the app.kubernetes.io/version label of every "
        "object, and a label value holds only letters, digits, '-', '_' and '.', and starts and ends with a "
        "letter or digit",
        base=LLAMA,
        edit=_set("container.image.tag", "3.3.4."),
    ),
    BadInput(
        "label-key-name-too-long",
        "labelkey.yaml",
        "workloads/labelkey.yaml:37:5: networkPolicy.gatewayPodLabels.example.com/"
        + "k" * 64
        + ": as a key: the name part is "
        "64 characters; at most 63",
        base=LLAMA,
        edit=_set("networkPolicy", {"enabled": True, "gatewayPodLabels": {"example.com/" + "k" * 64: "x"}}),
    ),
    BadInput(
        "mlserver-istio-gateway-bad-namespace",
        "istiogw.yaml",
        "workloads/istiogw.yaml:11:3: istio.gateway: the namespace 'istio-' must start and end with a letter or digit "
        "(a DNS-1123 label)",
        base=FRAUD,
        edit=_both(_set("releaseName", "istiogw"), _set("istio.gateway", "istio-/ingressgateway")),
    ),
    BadInput(
        "gpu-count-zero",
        "gpu0.yaml",
        "workloads/gpu0.yaml:28:3: container.gpuCount: Input should be greater than or equal to 1",
        base=LLAMA,
        edit=_set("container.gpuCount", 0),
    ),
    BadInput(
        "gpu-count-negative",
        "gpuneg.yaml",
        "workloads/gpuneg.yaml:28:3: container.gpuCount: Input should be greater than or equal to 1",
        base=LLAMA,
        edit=_set("container.gpuCount", -2),
    ),
    BadInput(
        "gpu-count-absurd",
        "gpu64.yaml",
        "workloads/gpu64.yaml:28:3: container.gpuCount: Input should be less than or equal to 8",
        base=LLAMA,
        edit=_set("container.gpuCount", 64),
    ),
    BadInput(
        "port-out-of-range",
        "port.yaml",
        "workloads/port.yaml:15:5: container.containerPorts[0].portNumber: Input should be less than or equal to 65535",
        base=LLAMA,
        edit=_set("container.containerPorts.0.portNumber", 70000),
    ),
    BadInput(
        "two-ports-same-number",
        "dupport.yaml",
        "workloads/dupport.yaml:19:5: container.containerPorts[1].portNumber: 8080 is already used by containerPorts[0]; each entry needs its own",
        base=LLAMA,
        edit=_append(
            "container.containerPorts", {"portName": "grpc", "portNumber": 8080, "protocol": "TCP", "servicePort": 81}
        ),
    ),
    BadInput(
        "probe-unknown-type",
        "probetype.yaml",
        "workloads/probetype.yaml:30:5: container.livenessProbe.type: Input should be 'httpGet', 'tcpSocket' or 'exec'",
        base=LLAMA,
        edit=_set("container.livenessProbe", {"type": "grpc"}),
    ),
    BadInput(
        "exec-probe-without-command",
        "probeexec.yaml",
        "workloads/probeexec.yaml:29:3: container.readinessProbe.command: type 'exec' needs a non-empty command",
        base=LLAMA,
        edit=_set("container.readinessProbe", {"type": "exec"}),
    ),
    BadInput(
        "negative-shm-size",
        "shm.yaml",
        "workloads/shm.yaml:29:3: container.shmSize: '-1Gi' is not a non-negative Kubernetes quantity (examples: 500m, 2, 512Mi, 16Gi)",
        base=LLAMA,
        edit=_set("container.shmSize", "-1Gi"),
    ),
    BadInput(
        "zero-model-cache",
        "cache.yaml",
        "workloads/cache.yaml:29:3: container.modelCacheSize: '0Gi' must be greater than zero",
        base=LLAMA,
        edit=_set("container.modelCacheSize", "0Gi"),
    ),
    BadInput(
        "request-above-limit",
        "reqlimit.yaml",
        "workloads/reqlimit.yaml:32:7: container.resources.requests.memory: 64Gi must not exceed limits.memory (32Gi)",
        base=LLAMA,
        edit=_set(
            "container.resources",
            {"requests": {"cpu": "4", "memory": "64Gi"}, "limits": {"cpu": "8", "memory": "32Gi"}},
        ),
    ),
    BadInput(
        "host-not-dns",
        "host.yaml",
        "workloads/host.yaml:31:5: gateway.hosts[0]: is a URL: write the host name only (e.g. 'api.example.com')",
        base=LLAMA,
        edit=_set("gateway.hosts", ["https://llama.example.com/"]),
    ),
    BadInput(
        "empty-vault-path",
        "vault.yaml",
        "workloads/vault.yaml:26:5: container.secrets[0].vaultPath: String should have at least 1 character",
        base=LLAMA,
        edit=_set("container.secrets.0.vaultPath", ""),
    ),
    # Credentials never as literals; Vault paths exact; /dev/shm fits the memory limit; reserved namespaces.
    BadInput(
        "credential-in-environment",
        "envcred.yaml",
        "workloads/envcred.yaml:23:5: container.environment[2].name: 'HF_TOKEN' looks like a credential: a literal value "
        "would be committed to git and shown in the pod spec; declare it under container.secrets (read from Vault) instead",
        base=LLAMA,
        edit=_append("container.environment", {"name": "HF_TOKEN", "value": "hf_abc"}),
    ),
    BadInput(
        "password-in-environment",
        "envpass.yaml",
        "workloads/envpass.yaml:23:5: container.environment[2].name: 'DB_PASSWORD' looks like a credential: a literal value "
        "would be committed to git and shown in the pod spec; declare it under container.secrets (read from Vault) instead",
        base=LLAMA,
        edit=_append("container.environment", {"name": "DB_PASSWORD", "value": "x"}),
    ),
    BadInput(
        "vault-path-dot-dot",
        "vaultdots.yaml",
        "workloads/vaultdots.yaml:26:5: container.secrets[0].vaultPath: 'ml/../shared/ghcr' has a '.' or '..' segment: name the Vault path exactly",
        base=LLAMA,
        edit=_set("container.secrets.0.vaultPath", "ml/../shared/ghcr"),
    ),
    BadInput(
        "shm-larger-than-memory-limit",
        "shmbig.yaml",
        "workloads/shmbig.yaml:29:3: container.shmSize: 64Gi must be smaller than resources.limits.memory (32Gi): the "
        "memory-backed /dev/shm counts against the container's memory limit",
        base=LLAMA,
        edit=_set("container.shmSize", "64Gi"),
    ),
    BadInput(
        "reserved-namespace",
        "kubesys.yaml",
        "workloads/kubesys.yaml: namespace: 'kube-system' is reserved by the platform (matches 'kube-*'; reserved: "
        "kube-*, istio-system, cert-manager, external-secrets, argocd)",
        base=LLAMA,
        edit=_set("namespace", "kube-system"),
    ),
    BadInput(
        "run-as-root-override",
        "runasroot.yaml",
        "workloads/runasroot.yaml:29:3: container.runAsUser: Input should be greater than or equal to 1000",
        base=LLAMA,
        edit=_set("container.runAsUser", 0),
    ),
    BadInput(
        "reserved-cache-variable-as-secret",
        "homesecret.yaml",
        "workloads/homesecret.yaml:24:5: container.secrets[0].name: 'HOME' is set by the construct for the tgi engine "
        "(reserved: MODEL_ID, REVISION, PORT, HOSTNAME, HUGGINGFACE_HUB_CACHE, HF_HOME, NUM_SHARD, USAGE_STATS, HOME, "
        "XDG_CACHE_HOME, OUTLINES_CACHE_DIR, TRITON_CACHE_DIR, TORCHINDUCTOR_CACHE_DIR)",
        base=LLAMA,
        edit=_set("container.secrets.0.name", "HOME"),
    ),
    # MLServer apps serve a model from a declared source; no value reaches a shell.
    BadInput(
        "mlserver-app-without-model-source",
        "nosource.yaml",
        "workloads/nosource.yaml:13:3: apps[0].modelSource: required field is missing; one of `storageUri: <gs|s3|hdfs|"
        "webhdfs|hf|https URI>` (downloaded into /models/<modelSettings.name> before the server starts) or "
        "`filledExternally: true` (the models volume already holds it); a custom Python model's code travels with "
        "its artifacts (docs/mlserver-custom-models.md)",
        base=FRAUD,
        edit=_delete("apps.0.modelSource"),
    ),
    BadInput(
        "mlserver-model-source-twice",
        "twosources.yaml",
        "workloads/twosources.yaml:30:5: apps[0].modelSource.storageUri: set exactly one of storageUri and filledExternally: true",
        base=FRAUD,
        edit=_set("apps.0.modelSource.filledExternally", True),
    ),
    BadInput(
        "mlserver-model-source-plain-http",
        "httpsource.yaml",
        "workloads/httpsource.yaml:30:5: apps[0].modelSource.storageUri: plain http:// is refused: the download would "
        "not be encrypted; use https://",
        base=FRAUD,
        edit=_set("apps.0.modelSource.storageUri", "http://models.example.com/m"),
    ),
    # Credentials never in a storage URI (#18 item 18); the message never repeats the secret
    *[
        BadInput(
            f"mlserver-credential-in-storage-uri-{n}",
            f"uricred{n}.yaml",
            f"workloads/uricred{n}.yaml:30:5: apps[0].modelSource.storageUri: holds a credential ({where}): "
            + URI_REMEDY,
            base=FRAUD,
            edit=_set("apps.0.modelSource.storageUri", uri),
        )
        for n, (uri, where) in enumerate(
            [
                ("s3://AKIAEXAMPLE:wJalrXUtnFEMI@models/fraud", "the `user:password@` part before the host"),
                ("https://user:pass@models.example.com/fraud.joblib", "the `user:password@` part before the host"),
                ("https://models.example.com/fraud.joblib?token=abc", "the query parameter `token`"),
                (
                    "https://acct.blob.core.windows.net/models/fraud?sv=2022-11-02&sp=r&sig=abc%3D",
                    "the query parameter `sig`",
                ),
                (
                    "https://b.s3.amazonaws.com/fraud.joblib?X-Amz-Credential=a&X-Amz-Signature=f00",
                    "the query parameter `X-Amz-Credential`",
                ),
                (
                    "https://storage.googleapis.com/b/m.joblib?X-Goog-Signature=f00",
                    "the query parameter `X-Goog-Signature`",
                ),
                ("https://models.example.com/m.joblib?api_key=abc", "the query parameter `api_key`"),
            ]
        )
    ],
    # MLServer reads every setting from MLSERVER_<SETTING> (case-insensitively): reserved in both forms (#18 item 19)
    BadInput(
        "mlserver-reserved-setting-as-variable",
        "mlhostenv.yaml",
        "workloads/mlhostenv.yaml:37:5: apps[0].env[0].name: 'MLSERVER_HOST' is MLServer's setting `host` (MLServer reads "
        "MLSERVER_<SETTING>) and must not be set: MLServer must listen on every interface in a pod",
        base=FRAUD,
        edit=_set("apps.0.env", [{"name": "MLSERVER_HOST", "value": "127.0.0.1"}]),
    ),
    BadInput(
        "mlserver-reserved-variable-lower-case",
        "mlportenv.yaml",
        "workloads/mlportenv.yaml:37:5: apps[0].env[0].name: 'mlserver_http_port' is set by the construct",
        base=FRAUD,
        edit=_set("apps.0.env", [{"name": "mlserver_http_port", "value": "9000"}]),
    ),
    BadInput(
        "mlserver-model-setting-as-variable",
        "mlurienv.yaml",
        "workloads/mlurienv.yaml:37:5: apps[0].env[0].name: 'MLSERVER_MODEL_URI' is MLServer's model setting `uri` "
        "(MLServer reads MLSERVER_MODEL_<SETTING>): the artifacts are at /models/<modelSettings.name> (modelSource)",
        base=FRAUD,
        edit=_set("apps.0.env", [{"name": "MLSERVER_MODEL_URI", "value": "/tmp/other"}]),
    ),
    BadInput(
        "mlserver-model-name-with-shell-syntax",
        "shellname.yaml",
        "workloads/shellname.yaml:24:5: apps[0].modelSettings.name: 'm; rm -rf /' must be 1-63 letters, digits, '.', '_' "
        "or '-', starting and ending with a letter or digit: it names a folder under /models and a URL path segment",
        base=FRAUD,
        edit=_set("apps.0.modelSettings.name", "m; rm -rf /"),
    ),
    BadInput(
        "mlserver-credential-in-env",
        "mlcred.yaml",
        "workloads/mlcred.yaml:37:5: apps[0].env[0].name: 'AWS_SECRET_ACCESS_KEY' looks like a credential: a literal value "
        "would be committed to git and shown in the pod spec; keep it out of the workload file (bucket credentials go "
        "in the Secret named by modelSource.credentialsSecret)",
        base=FRAUD,
        edit=_set("apps.0.env", [{"name": "AWS_SECRET_ACCESS_KEY", "value": "x"}]),
    ),
    BadInput(
        "reserved-env-name",
        "envres.yaml",
        "workloads/envres.yaml:19:5: container.environment[0].name: 'MODEL_ID' is set by the construct for the tgi engine (reserved: MODEL_ID, REVISION, PORT, HOSTNAME, HUGGINGFACE_HUB_CACHE, HF_HOME, NUM_SHARD, USAGE_STATS, HOME, XDG_CACHE_HOME, OUTLINES_CACHE_DIR, TRITON_CACHE_DIR, TORCHINDUCTOR_CACHE_DIR)",
        base=LLAMA,
        edit=_set("container.environment.0.name", "MODEL_ID"),
    ),
    # Serving engines and the persistent model cache
    BadInput(
        "unknown-engine",
        "sglang.yaml",
        "workloads/sglang.yaml:34:1: engine: Input should be 'tgi' or 'vllm'",
        base=LLAMA,
        edit=_set("engine", "sglang"),
    ),
    BadInput(
        "setting-unsupported-by-engine",
        "servedname.yaml",
        "workloads/servedname.yaml:35:3: serving.servedModelName: is not supported by the tgi engine (supported by: vllm)",
        base=LLAMA,
        edit=_set("serving", {"servedModelName": "llama"}),
    ),
    BadInput(
        "value-unsupported-by-engine",
        "tgidtype.yaml",
        "workloads/tgidtype.yaml:35:3: serving.dtype: 'float32' is not supported by the tgi engine (one of: float16, bfloat16)",
        base=LLAMA,
        edit=_set("serving", {"dtype": "float32"}),
    ),
    BadInput(
        "extra-args-unsupported-by-tgi",
        "tgiargs.yaml",
        "workloads/tgiargs.yaml:35:3: serving.extraArgs: is not supported by the tgi engine (supported by: vllm)",
        base=LLAMA,
        edit=_set("serving", {"extraArgs": ["--max-num-seqs", "8"]}),
    ),
    BadInput(
        "reserved-vllm-flag",
        "vllmport.yaml",
        "workloads/vllmport.yaml:14:5: serving.extraArgs[0]: '--port' is set by the construct for the vllm engine "
        "(from container.containerPorts[0].portNumber)",
        base=QWEN,
        edit=_set("serving.extraArgs", ["--port", "9000"]),
    ),
    # routing.mode inferencePool needs an engine the endpoint picker reads (#23 part 1)
    BadInput(
        "inference-pool-on-tgi",
        "tgipool.yaml",
        "workloads/tgipool.yaml:35:3: routing.mode: inferencePool needs an engine whose metrics the endpoint picker "
        "reads (vllm, sglang, trtllm-serve, triton-tensorrt-llm, triton; llm-d/llm-d-router@v0.10.0); the tgi engine "
        "exports no queue or KV-cache metric it knows: use engine: vllm or mode: service",
        base=LLAMA,
        edit=_set("routing", {"mode": "inferencePool"}),
    ),
    BadInput(
        "inference-pool-failure-mode",
        "poolmode.yaml",
        "workloads/poolmode.yaml:41:5: routing.endpointPicker.failureMode: Input should be 'FailOpen' or 'FailClose'",
        base=QWEN,
        edit=_set("routing", {"mode": "inferencePool", "endpointPicker": {"failureMode": "FailSoft"}}),
    ),
    # serving.extraArgs read the way vLLM 0.33.0 parses it (#18 items 6-8)
    BadInput(
        "vllm-flag-with-underscores",
        "underscore.yaml",
        "workloads/underscore.yaml:14:5: serving.extraArgs[0]: '--tensor_parallel_size' is read by vLLM as "
        "'--tensor-parallel-size', which is set by the construct for the vllm engine (from container.gpuCount)",
        base=QWEN,
        edit=_set("serving.extraArgs", ["--tensor_parallel_size=8"]),
    ),
    BadInput(
        "vllm-download-dir-with-underscore",
        "dldir.yaml",
        "workloads/dldir.yaml:14:5: serving.extraArgs[0]: '--download_dir' is read by vLLM as '--download-dir', which is "
        "set by the construct for the vllm engine (from modelCache (the weights live in the hub cache at /data))",
        base=QWEN,
        edit=_set("serving.extraArgs", ["--download_dir", "/tmp/w"]),
    ),
    BadInput(
        "vllm-flag-prefix",
        "por.yaml",
        "workloads/por.yaml:14:5: serving.extraArgs[0]: '--por' is read by vLLM as '--port', which is set by the "
        "construct for the vllm engine (from container.containerPorts[0].portNumber)",
        base=QWEN,
        edit=_set("serving.extraArgs", ["--por=9000"]),
    ),
    BadInput(
        "vllm-credential-flag-prefix",
        "apike.yaml",
        "workloads/apike.yaml:14:5: serving.extraArgs[0]: '--api-ke' is read by vLLM as '--api-key', which takes a "
        "credential: a literal value would be committed to git and shown in the pod spec; declare VLLM_API_KEY "
        "under container.secrets (read from Vault) instead",
        base=QWEN,
        edit=_set("serving.extraArgs", ["--api-ke=sk-live-123"]),
    ),
    BadInput(
        "vllm-parallel-product",
        "dp4pp2.yaml",
        "workloads/dp4pp2.yaml:13:3: serving.extraArgs: --data-parallel-size 4 x --pipeline-parallel-size 2 needs a "
        "multiple of 8 GPUs (vLLM runs tensor x pipeline x prefill-context x data parallel GPUs; the construct "
        "sets --tensor-parallel-size to the rest of container.gpuCount), but container.gpuCount is 1",
        base=QWEN,
        edit=_set("serving.extraArgs", ["--data-parallel-size", "4", "--pipeline-parallel-size", "2"]),
    ),
    BadInput(
        "vllm-ambiguous-prefix",
        "maxprefix.yaml",
        "workloads/maxprefix.yaml:14:5: serving.extraArgs[0]: '--max-num' is an ambiguous prefix: vLLM 0.33.0 refuses "
        "it (it could be --max-num-active-seqs, --max-num-batched-tokens, --max-num-queued-reqs, "
        "--max-num-queued-tokens, --max-num-scheduled-tokens, --max-num-seqs); write the whole flag",
        base=QWEN,
        edit=_set("serving.extraArgs", ["--max-num", "8"]),
    ),
    BadInput(
        "vllm-unknown-flag",
        "unknownflag.yaml",
        "workloads/unknownflag.yaml:14:5: serving.extraArgs[0]: '--max-num-seq5' is not a `vllm serve` flag of vLLM "
        "0.33.0 (did you mean `--max-num-seqs`?)",
        base=QWEN,
        edit=_set("serving.extraArgs", ["--max-num-seq5", "8"]),
    ),
    BadInput(
        "vllm-flag-twice-in-two-spellings",
        "twiceflag.yaml",
        "workloads/twiceflag.yaml:16:5: serving.extraArgs[2]: '--max_num_seqs' is read by vLLM as '--max-num-seqs', "
        "which is already given at extraArgs[0]: vLLM keeps only the last; give it once",
        base=QWEN,
        edit=_set("serving.extraArgs", ["--max-num-seqs", "8", "--max_num_seqs=16"]),
    ),
    BadInput(
        "gpu-selection-variable",
        "visible.yaml",
        "workloads/visible.yaml:32:5: container.environment[0].name: 'NVIDIA_VISIBLE_DEVICES' selects GPUs behind the "
        "scheduler (the device plugin sets it from container.gpuCount)",
        base=QWEN,
        edit=_set("container.environment", [{"name": "NVIDIA_VISIBLE_DEVICES", "value": "all"}]),
    ),
    BadInput(
        "tgi-sharded-variable",
        "sharded.yaml",
        "workloads/sharded.yaml:23:5: container.environment[2].name: 'SHARDED' would override the sharding "
        "container.gpuCount sets (NUM_SHARD)",
        base=LLAMA,
        edit=_append("container.environment", {"name": "SHARDED", "value": "false"}),
    ),
    BadInput(
        "tgi-launcher-value-not-a-number",
        "maxinput.yaml",
        "workloads/maxinput.yaml:20:5: container.environment[0].value: '4k' is not a whole number from 0 to "
        "18446744073709551615: text-generation-launcher would stop at start",
        base=LLAMA,
        edit=_set("container.environment.0.value", "4k"),
    ),
    BadInput(
        "tgi-launcher-enum-value",
        "kvdtype.yaml",
        "workloads/kvdtype.yaml:24:5: container.environment[2].value: 'fp8' is not one of fp8_e4m3fn, fp8_e5m2: "
        "text-generation-launcher would stop at start",
        base=LLAMA,
        edit=_append("container.environment", {"name": "KV_CACHE_DTYPE", "value": "fp8"}),
    ),
    BadInput(
        "tgi-ngrok-tunnel",
        "ngrok.yaml",
        "workloads/ngrok.yaml:23:5: container.environment[2].name: 'NGROK' would tunnel the server to the internet past "
        "the Gateway and the NetworkPolicy",
        base=LLAMA,
        edit=_append("container.environment", {"name": "NGROK", "value": "true"}),
    ),
    BadInput(
        "typed-setting-and-tgi-variable",
        "twice.yaml",
        "workloads/twice.yaml:21:5: container.environment[1].name: 'MAX_TOTAL_TOKENS' is set from serving.maxModelLength "
        "for the tgi engine: remove one of them",
        base=LLAMA,
        edit=_set("serving", {"maxModelLength": 8192}),
    ),
    BadInput(
        "tgi-variable-on-vllm",
        "tgivar.yaml",
        "workloads/tgivar.yaml:32:5: container.environment[0].name: 'MAX_TOTAL_TOKENS' is not read by the vllm engine "
        "(use serving.maxModelLength)",
        base=QWEN,
        edit=_set("container.environment", [{"name": "MAX_TOTAL_TOKENS", "value": "8192"}]),
    ),
    BadInput(
        "tgi-image-on-vllm",
        "tgiimage.yaml",
        "workloads/tgiimage.yaml:18:5: container.image.repository: 'ghcr.io/huggingface/text-generation-inference' is the "
        "tgi engine's image; the vllm engine runs vllm/vllm-openai (or an image built from it)",
        base=QWEN,
        edit=_set("container.image.repository", "ghcr.io/huggingface/text-generation-inference"),
    ),
    BadInput(
        "model-cache-without-size",
        "nosize.yaml",
        "workloads/nosize.yaml:31:1: modelCache.size: required field is missing",
        base=QWEN,
        edit=_set("modelCache", {"storageClassName": "fast-ssd"}),
    ),
    BadInput(
        "model-cache-below-minimum",
        "small.yaml",
        "workloads/small.yaml:32:3: modelCache.size: 5Gi is smaller than the minimum model cache size (10Gi)",
        base=QWEN,
        edit=_set("modelCache.size", "5Gi"),
    ),
    BadInput(
        "model-cache-invalid-access-mode",
        "rox.yaml",
        "workloads/rox.yaml:33:3: modelCache.accessMode: Input should be 'ReadWriteOnce' or 'ReadWriteMany'",
        base=QWEN,
        edit=_set("modelCache.accessMode", "ReadOnlyMany"),
    ),
    BadInput(
        "model-cache-rwo-with-replicas",
        "rwo.yaml",
        "workloads/rwo.yaml:33:3: modelCache.accessMode: ReadWriteOnce cannot be mounted by 2 replicas on different "
        "nodes: use ReadWriteMany",
        base=QWEN,
        edit=_both(_set("replicas", 2), _set("modelCache.accessMode", "ReadWriteOnce")),
    ),
    BadInput(
        "shared-model-cache-without-provider",
        "user.yaml",
        "workloads/user.yaml: Deployment/qwen-user.spec.template.spec.volumes[1].persistentVolumeClaim: "
        "PersistentVolumeClaim 'model-cache-qwen-qwen2-5-7b-instruct-912db590b8e4' is not rendered in namespace "
        "'ml-inference'",
        base=QWEN,
        edit=_both(
            _set("serviceName", "qwen-user"),
            _set("gateway.hosts", ["qwen-user.example.com"]),
            _set("modelCache", {"sharing": "use"}),
        ),
    ),
    BadInput(
        "huge-file",
        "huge.yaml",
        "workloads/huge.yaml: <root>: file is {size} bytes; workload files are limited to 1048576 bytes",
        raw=_huge_file,
    ),
    BadInput(
        "non-utf8-file",
        "latin1.yaml",
        "workloads/latin1.yaml: <root>: not valid UTF-8 (byte 0xe9 at offset 40)",
        raw="type: ML_INFERENCE_LOAD\ndescription: caf\u00e9\n".encode("latin-1"),
    ),
    BadInput(
        "symlink-loop",
        "loop-a.yaml",
        "workloads/loop-a.yaml: <root>: symlink loop (Too many levels of symbolic links)",
        raw=_symlink_loop,
    ),
    BadInput(
        "duplicate-name-across-files",
        "zz-llama-copy.yaml",
        "workloads/zz-llama-copy.yaml: serviceName: 'llama-3-8b-instruct' is already used by workloads/llama-3-8b-instruct.yaml (it names dist/llama-3-8b-instruct.k8s.yaml)",
        raw=_duplicate_of_llama,
    ),
    # MLServer releases
    BadInput(
        "mlserver-duplicate-app-names",
        "dupapp.yaml",
        "workloads/dupapp.yaml:37:3: apps[1].name: 'mlserver-a' is already used by apps[0]; each entry needs its own",
        base=FRAUD,
        edit=_both(_set("releaseName", "dupapp"), _set("apps.1.name", "mlserver-a")),
    ),
    BadInput(
        "mlserver-unknown-infra-profile",
        "profile.yaml",
        "workloads/profile.yaml:18:3: apps[0].infraProfile: unknown profile 'gpu-huge'; known profiles: cpu-large, cpu-medium, cpu-small",
        base=FRAUD,
        edit=_both(_set("releaseName", "profile"), _set("apps.0.infraProfile", "gpu-huge")),
    ),
    BadInput(
        "mlserver-min-above-max-replicas",
        "hpa.yaml",
        "workloads/hpa.yaml:57:5: apps[1].hpa.minReplicas: 12 is greater than maxReplicas (10)",
        base=FRAUD,
        edit=_both(_set("releaseName", "hpa"), _set("apps.1.hpa.minReplicas", 12)),
    ),
    BadInput(
        "mlserver-unknown-key",
        "mlkey.yaml",
        "workloads/mlkey.yaml:36:3: apps[0].replica: unknown key: did you mean `replicas`?",
        base=FRAUD,
        edit=_both(_set("releaseName", "mlkey"), _set("apps.0.replica", 2)),
    ),
    BadInput(
        "mlserver-unknown-app-kind",
        "kind.yaml",
        "workloads/kind.yaml:13:3: apps[0].kind: Input should be 'mlserver'",
        base=FRAUD,
        edit=_both(_set("releaseName", "kind"), _set("apps.0.kind", "triton")),
    ),
    BadInput(
        "mlserver-reserved-setting",
        "setting.yaml",
        "workloads/setting.yaml:23:5: apps[0].settings.http_port: must not be set: set from service.port",
        base=FRAUD,
        edit=_both(_set("releaseName", "setting"), _set("apps.0.settings.http_port", 9000)),
    ),
    BadInput(
        "mlserver-invalid-app-name",
        "appname.yaml",
        "workloads/appname.yaml:14:3: apps[0].name: upper-case letters and an underscore are not allowed in a DNS-1035 "
        "label (only a-z, 0-9 and '-')",
        base=FRAUD,
        edit=_both(_set("releaseName", "appname"), _set("apps.0.name", "MLServer_A")),
    ),
    BadInput(
        "mlserver-latest-image",
        "mllatest.yaml",
        "workloads/mllatest.yaml:17:5: apps[0].image.tag: 'latest' is not allowed: pin an exact image tag so every sync runs the same image",
        base=FRAUD,
        edit=_both(_set("releaseName", "mllatest"), _set("apps.0.image.tag", "latest")),
    ),
    BadInput(
        "mlserver-port-out-of-range",
        "mlport.yaml",
        "workloads/mlport.yaml:37:5: apps[0].service.port: Input should be greater than or equal to 1",
        base=FRAUD,
        edit=_both(_set("releaseName", "mlport"), _set("apps.0.service", {"port": 0})),
    ),
    BadInput(
        "mlserver-no-apps",
        "noapps.yaml",
        "workloads/noapps.yaml:12:1: apps: List should have at least 1 item after validation, not 0",
        base=FRAUD,
        edit=_both(_set("releaseName", "noapps"), _set("apps", [])),
    ),
    BadInput(
        "mlserver-istio-without-hosts",
        "nohosts.yaml",
        "workloads/nohosts.yaml:9:3: istio.hosts: must list at least one host when istio.enabled is true",
        base=FRAUD,
        edit=_both(_set("releaseName", "nohosts"), _set("istio.hosts", [])),
    ),
    BadInput(
        "mlserver-override-below-profile-request",
        "override.yaml",
        "workloads/override.yaml:36:3: apps[0].resources.requests.memory: 512Mi must not exceed limits.memory (256Mi)",
        base=FRAUD,
        edit=_both(_set("releaseName", "override"), _set("apps.0.resources", {"limits": {"memory": "256Mi"}})),
    ),
    BadInput(
        "mlserver-override-not-a-quantity",
        "quantity.yaml",
        "workloads/quantity.yaml:62:7: apps[1].resources.limits.cpu: 'two' is not a non-negative Kubernetes quantity (examples: 500m, 2, 512Mi, 16Gi)",
        base=FRAUD,
        edit=_both(_set("releaseName", "quantity"), _set("apps.1.resources", {"limits": {"cpu": "two"}})),
    ),
    # A copy of a release under another name shares no object name (every name carries the release), only the host
    BadInput(
        "mlserver-copy-claims-the-same-host",
        "zz-fraud-copy.yaml",
        "workloads/zz-fraud-copy.yaml: istio.hosts[0]: host 'models.example.com' is also routed by workloads/fraud-scoring.yaml istio.hosts[0] (VirtualService/fraud-scoring-ai-workloads) through the same gateway with overlapping paths (rendered as VirtualService/fraud-copy-ai-workloads.spec.hosts[0])",
        base=FRAUD,
        edit=_set("releaseName", "fraud-copy"),
    ),
    # Reading files: OS errors, special files, byte limit whatever the reported size
    BadInput(
        "unreadable-file-mode-000",
        "secret.yaml",
        "workloads/secret.yaml: <root>: cannot be read (Permission denied)",
        raw=_mode_000,
        needs_non_root=True,
    ),
    BadInput(
        "folder-named-like-a-workload-file",
        "folder.yaml",
        "workloads/folder.yaml: <root>: is a folder, not a workload file",
        raw=lambda path: path.mkdir(),
    ),
    BadInput(
        "named-pipe",
        "pipe.yaml",
        "workloads/pipe.yaml: <root>: is not a regular file (a named pipe or socket)",
        raw=lambda path: os.mkfifo(path),
    ),
    BadInput(
        "device-reporting-size-0-hits-the-byte-limit",
        "zero.yaml",
        "workloads/zero.yaml: <root>: file has more than 1048576 bytes; workload files are limited to 1048576 bytes",
        raw=_symlink_to("/dev/zero"),
    ),
    BadInput(
        "dangling-symlink",
        "dangling.yaml",
        "workloads/dangling.yaml: <root>: cannot be read (No such file or directory)",
        raw=_symlink_to("missing.yaml"),
    ),
    BadInput(
        "control-character-in-a-value",
        "bell.yaml",
        "workloads/bell.yaml: <root>: YAML syntax error at line 2, column 14: character #x0007: control characters are not allowed",
        raw=b"type: ML_INFERENCE_LOAD\ndescription: \x07\n",
    ),
    # Hostile YAML: nesting and aliases are bounded
    BadInput(
        "alias-bomb",
        "bomb.yaml",
        "workloads/bomb.yaml: <root>: the document has more than 100000 values once its aliases are expanded (an alias bomb?); stopped at line 6, column 38",
        raw=_alias_bomb,
    ),
    BadInput(
        "deep-flow-nesting",
        "deep.yaml",
        "workloads/deep.yaml: <root>: nesting is deeper than 64 levels at line 1, column 65",
        raw=b"[" * 100_000 + b"]" * 100_000,
    ),
    BadInput(
        "deep-block-nesting",
        "deepblock.yaml",
        "workloads/deepblock.yaml: <root>: nesting is deeper than 64 levels at line 1, column 129",
        raw=b"- " * 100_000 + b"x\n",
    ),
    # YAML 1.2, not 1.1: values a 1.1 parser reads differently must be quoted or written unambiguously
    BadInput(
        "yaml11-boolean-yes",
        "yes.yaml",
        'workloads/yes.yaml: basicMonitoring.enabled: unquoted yes is a boolean in YAML 1.1 but a string in YAML 1.2: write true or false, or quote it: "yes" (line 35, column 12)',
        raw=_llama_with("  enabled: true", "  enabled: yes"),
    ),
    BadInput(
        "yaml11-boolean-any-case",
        "on.yaml",
        'workloads/on.yaml: basicMonitoring.enabled: unquoted oN is a boolean in YAML 1.1 but a string in YAML 1.2: write true or false, or quote it: "oN" (line 35, column 12)',
        raw=_llama_with("  enabled: true", "  enabled: oN"),
    ),
    BadInput(
        "yaml11-boolean-n",
        "n.yaml",
        'workloads/n.yaml: description: unquoted N is a boolean in YAML 1.1 but a string in YAML 1.2: write true or false, or quote it: "N" (line 7, column 14)',
        raw=_llama_with("description: Llama 3.1 8B Instruct chat completions on one GPU", "description: N"),
    ),
    BadInput(
        "yaml11-octal",
        "octal.yaml",
        'workloads/octal.yaml: container.gpuCount: unquoted 010 is the number 8 (octal) in YAML 1.1 but the number 10 in YAML 1.2: write the number without leading zeros, or quote it: "010" (line 30, column 13)',
        raw=_llama_with("  gpuCount: 1", "  gpuCount: 010"),
    ),
    BadInput(
        "yaml11-octal-0777",
        "octal777.yaml",
        'workloads/octal777.yaml: container.containerPorts[0].portNumber: unquoted 0777 is the number 511 (octal) in YAML 1.1 but the number 777 in YAML 1.2: write the number without leading zeros, or quote it: "0777" (line 17, column 19)',
        raw=_llama_with("portNumber: 8080", "portNumber: 0777"),
    ),
    BadInput(
        "yaml11-base-60",
        "base60.yaml",
        'workloads/base60.yaml: container.containerPorts[0].servicePort: unquoted 1:20 is the number 80 (base 60) in YAML 1.1 but a string in YAML 1.2: quote it: "1:20" (line 19, column 20)',
        raw=_llama_with("servicePort: 80", "servicePort: 1:20"),
    ),
    BadInput(
        "unquoted-date-in-settings",
        "date.yaml",
        'workloads/date.yaml: apps[0].settings.started: unquoted 2024-01-01 is a date in YAML 1.1 but a string in YAML 1.2: quote it: "2024-01-01" (line 24, column 16)',
        raw=_fraud_settings("started: 2024-01-01"),
    ),
    BadInput(
        "infinity-in-settings",
        "inf.yaml",
        "workloads/inf.yaml:24:7: apps[0].settings.timeout: inf is not a JSON number (JSON has no infinity "
        "or NaN): the value goes into settings.json",
        raw=_fraud_settings("timeout: .inf"),
    ),
    BadInput(
        "binary-tag-in-settings",
        "binary.yaml",
        "workloads/binary.yaml: apps[0].settings.blob: tag !!binary is not supported: workload files hold only strings, numbers, booleans, null, lists and mappings; remove the tag (quote the value if it is text) (line 24, column 13)",
        raw=_fraud_settings("blob: !!binary aGVsbG8="),
    ),
    BadInput(
        "set-tag-in-settings",
        "set.yaml",
        "workloads/set.yaml: apps[0].settings.tags: tag !!set is not supported: workload files hold only strings, numbers, booleans, null, lists and mappings; remove the tag (quote the value if it is text) (line 24, column 13)",
        raw=_fraud_settings("tags: !!set {a, b}"),
    ),
    BadInput(
        "python-tag",
        "python.yaml",
        "workloads/python.yaml: description: tag !!python/object/apply:os.system is not supported: workload files hold only strings, numbers, booleans, null, lists and mappings; remove the tag (quote the value if it is text) (line 2, column 14)",
        raw=b"type: ML_INFERENCE_LOAD\ndescription: !!python/object/apply:os.system [echo hi]\n",
    ),
    BadInput(
        "mixed-key-types-in-settings",
        "intkey.yaml",
        'workloads/intkey.yaml: apps[0].settings: key 1 is the number 1: mapping keys must be strings; quote it: "1" (line 24, column 7)',
        raw=_fraud_settings("1: one"),
    ),
    BadInput(
        "key-is-a-list",
        "listkey.yaml",
        "workloads/listkey.yaml: <root>: a key is a list: mapping keys must be strings (line 2, column 3)",
        raw=b"type: ML_INFERENCE_LOAD\n? [a, b]\n: 1\n",
    ),
    BadInput(
        "key-is-a-mapping",
        "mapkey.yaml",
        "workloads/mapkey.yaml: model: a key is a mapping: mapping keys must be strings (line 3, column 3)",
        raw=b"type: ML_INFERENCE_LOAD\nmodel:\n  {id: x}: 1\n",
    ),
    BadInput(
        "merge-key",
        "merge.yaml",
        "workloads/merge.yaml: model: merge key << is YAML 1.1 (YAML 1.2 reads it as a key named '<<'): write the keys out (line 4, column 3)",
        raw=b"type: ML_INFERENCE_LOAD\nbase: &base {id: x}\nmodel:\n  <<: *base\n",
    ),
    BadInput(
        "duplicate-nested-key",
        "dupnested.yaml",
        "workloads/dupnested.yaml: container.gpuCount: duplicate key: first at line 30, again at line 31, column 3",
        raw=_llama_with("  gpuCount: 1\n", "  gpuCount: 1\n  gpuCount: 2\n"),
    ),
    BadInput(
        "type-is-a-list",
        "typelist.yaml",
        "workloads/typelist.yaml: type: must be a string, found a list; valid types: ML_INFERENCE_LOAD, MLSERVER_RELEASE",
        raw=b"type: [ML_INFERENCE_LOAD]\n",
    ),
    BadInput(
        "type-is-a-mapping",
        "typemap.yaml",
        "workloads/typemap.yaml: type: must be a string, found a mapping; valid types: ML_INFERENCE_LOAD, MLSERVER_RELEASE",
        raw=b"type: {name: ML_INFERENCE_LOAD}\n",
    ),
    # The workloads folder: everything in it is read, or is an error
    BadInput(
        "unknown-extension-upper-case",
        "x.YAML",
        "workloads/x.YAML: <root>: not a workload file: only *.yaml and *.yml files (lower case) belong in the workloads folder",
        raw=b"type: ML_INFERENCE_LOAD\n",
    ),
    BadInput(
        "unknown-extension-json",
        "x.json",
        "workloads/x.json: <root>: not a workload file: only *.yaml and *.yml files (lower case) belong in the workloads folder",
        raw=b"{}",
    ),
    BadInput(
        "notes-file",
        "notes.txt",
        "workloads/notes.txt: <root>: not a workload file: only *.yaml and *.yml files (lower case) belong in the workloads folder",
        raw=b"to do\n",
    ),
    BadInput(
        "subfolder",
        "archive",
        "workloads/archive: <root>: is a folder: workload files are read from the workloads folder itself, not from subfolders",
        raw=lambda path: path.mkdir(),
    ),
    BadInput(
        "newline-in-file-name",
        "bad\nname.yaml",
        "workloads/bad\\nname.yaml: <root>: file name contains control characters or bytes that are not UTF-8: rename the file",
        raw=b"type: ML_INFERENCE_LOAD\n",
    ),
    BadInput(
        "tab-in-file-name",
        "tab\tname.yaml",
        "workloads/tab\\tname.yaml: <root>: file name contains control characters or bytes that are not UTF-8: rename the file",
        raw=b"type: ML_INFERENCE_LOAD\n",
    ),
    BadInput(
        "file-name-not-utf8",
        "caf\udce9.yaml",
        "workloads/caf\\xe9.yaml: <root>: file name contains control characters or bytes that are not UTF-8: rename the file",
        raw=b"type: ML_INFERENCE_LOAD\n",
    ),
    BadInput(
        "workloads-folder-is-a-file",
        "unused.yaml",
        "cdk8s.yaml: <root>: is not a folder",
        raw=lambda path: None,
        args=("--workloads", "cdk8s.yaml"),
    ),
    BadInput(
        "workloads-folder-unreadable",
        "unused.yaml",
        "workloads: <root>: workloads folder cannot be read (Permission denied)",
        raw=_chmod_folder_000,
        needs_non_root=True,
    ),
    # Rendered objects over the API server's limits
    BadInput(
        "configmap-over-1-mib",
        "bigconfig.yaml",
        "workloads/bigconfig.yaml: ConfigMap/edited-ai-workloads-mlserver-a-settings.data: ConfigMap data and binaryData hold 1200304 bytes; the API server accepts at most 1048576 bytes (1 MiB)",
        raw=_large_string_aliases(3, 400_000, "settings"),
    ),
    BadInput(
        "object-over-1-5-mib",
        "bigenv.yaml",
        "workloads/bigenv.yaml: Deployment/edited: the object is 1805191 bytes as JSON; etcd accepts at most 1572864 bytes (1.5 MiB) per object",
        raw=_large_string_aliases(4, 450_000, "environment"),
    ),
    # --- serving.lora (ml_inference_load/lora.py) ---
    BadInput(
        "lora-without-model-cache",
        "lora-nocache.yaml",
        "workloads/lora-nocache.yaml:16:3: serving.lora: needs modelCache: the download Job fetches every adapter at "
        "its pinned commit into the cache, and the server loads them from there offline",
        base=QWEN,
        edit=_lora(modelCache=None),
    ),
    BadInput(
        "lora-with-a-used-cache",
        "lora-use.yaml",
        "workloads/lora-use.yaml:16:3: serving.lora: needs a model cache this workload fills (modelCache.sharing "
        "private or provide): with sharing 'use' the providing workload's download Job does not fetch these adapters",
        base=QWEN,
        edit=_lora(modelCache={"sharing": "use"}),
    ),
    BadInput(
        "lora-duplicate-name",
        "lora-dup.yaml",
        "workloads/lora-dup.yaml:21:7: serving.lora.adapters[1].name: 'sql' is already used by adapters[0]; each "
        "entry needs its own",
        base=QWEN,
        edit=_lora(adapters=[LORA_SQL, {**LORA_TICKETS, "name": "sql"}]),
    ),
    BadInput(
        "lora-name-is-the-served-model-name",
        "lora-served.yaml",
        "workloads/lora-served.yaml:18:7: serving.lora.adapters[0].name: 'sql' is the served model name: the engine "
        "could not tell the base model from the adapter (vLLM refuses to start)",
        base=QWEN,
        edit=_lora(servedModelName="sql"),
    ),
    BadInput(
        "lora-tgi-reserved-name",
        "lora-tgi-name.yaml",
        "workloads/lora-tgi-name.yaml:37:7: serving.lora.adapters[0].name: 'tgi' is reserved: TGI's router reads the "
        "model name 'tgi' as the base model",
        base=LLAMA,
        edit=_lora(adapters=[{**LORA_SQL, "name": "tgi"}], modelCache={"size": "40Gi"}),
    ),
    BadInput(
        "lora-name-form",
        "lora-name.yaml",
        "workloads/lora-name.yaml:18:7: serving.lora.adapters[0].name: a LoRA adapter name is letters, digits, '.', '_' "
        "and '-' (at most 63), starting and ending with a letter or digit: no '/', ',', '=' or '@'",
        base=QWEN,
        edit=_lora(adapters=[{**LORA_SQL, "name": "sql=v2"}]),
    ),
    BadInput(
        "lora-revision-is-a-branch",
        "lora-rev.yaml",
        "workloads/lora-rev.yaml:20:7: serving.lora.adapters[0].revision: a revision must be a 40-character commit "
        "SHA, not a branch or tag name like 'main': a branch can move and would change the weights under a running server",
        base=QWEN,
        edit=_lora(adapters=[{**LORA_SQL, "revision": "main"}]),
    ),
    BadInput(
        "lora-adapter-id",
        "lora-id.yaml",
        "workloads/lora-id.yaml:19:7: serving.lora.adapters[0].id: a Hugging Face repository id may not contain '--' "
        "or '..'",
        base=QWEN,
        edit=_lora(adapters=[{**LORA_SQL, "id": "org/sql--v2"}]),
    ),
    BadInput(
        "lora-no-adapters",
        "lora-empty.yaml",
        "workloads/lora-empty.yaml:17:5: serving.lora.adapters: List should have at least 1 item after validation, not 0",
        base=QWEN,
        edit=_lora(adapters=[]),
    ),
    BadInput(
        "lora-rank-not-allowed",
        "lora-rank.yaml",
        "workloads/lora-rank.yaml:24:5: serving.lora.maxLoraRank: 24 is not a rank the vllm engine accepts (one of: "
        "1, 8, 16, 32, 64, 128, 256, 320, 512)",
        base=QWEN,
        edit=_lora(maxLoraRank=24),
    ),
    BadInput(
        "lora-max-loras-above-the-adapters",
        "lora-maxl.yaml",
        "workloads/lora-maxl.yaml:24:5: serving.lora.maxLoras: 3 is more than the 2 adapter(s) listed: at most 2 can "
        "be in one batch",
        base=QWEN,
        edit=_lora(maxLoras=3),
    ),
    BadInput(
        "lora-max-loras-zero",
        "lora-maxl0.yaml",
        "workloads/lora-maxl0.yaml:24:5: serving.lora.maxLoras: Input should be greater than or equal to 1",
        base=QWEN,
        edit=_lora(maxLoras=0),
    ),
    BadInput(
        "lora-tgi-max-lora-rank",
        "lora-tgi-rank.yaml",
        "workloads/lora-tgi-rank.yaml:43:5: serving.lora.maxLoraRank: is not supported by the tgi engine (it loads "
        "every adapter at start; supported by: vllm)",
        base=LLAMA,
        edit=_lora(maxLoraRank=16, modelCache={"size": "40Gi"}),
    ),
    BadInput(
        "vllm-runtime-lora-updating",
        "lora-runtime.yaml",
        "workloads/lora-runtime.yaml:32:5: container.environment[0].name: 'VLLM_ALLOW_RUNTIME_LORA_UPDATING' adds API "
        "routes that load and unload adapters at run time, which vLLM calls development-only: list the adapters "
        "under serving.lora",
        base=QWEN,
        edit=_set("container.environment", [{"name": "VLLM_ALLOW_RUNTIME_LORA_UPDATING", "value": "True"}]),
    ),
    BadInput(
        "tgi-lora-adapters-variable",
        "lora-tgi-env.yaml",
        "workloads/lora-tgi-env.yaml:23:5: container.environment[2].name: 'LORA_ADAPTERS' is set from serving.lora "
        "(adapters pinned to a commit and fetched into the model cache)",
        base=LLAMA,
        edit=_append("container.environment", {"name": "LORA_ADAPTERS", "value": "org/adapter"}),
    ),
    BadInput(
        "vllm-lora-modules-in-extra-args",
        "lora-extra.yaml",
        "workloads/lora-extra.yaml:14:5: serving.extraArgs[0]: '--lora-modules' is set by the construct for the vllm "
        "engine (from serving.lora.adapters)",
        base=QWEN,
        edit=_set("serving.extraArgs", ["--lora-modules", "sql=/adapters/sql"]),
    ),
]


@dataclass(frozen=True)
class BadInvocation:
    """A usage error: exit 2 and exactly one line, `main.py: error: <message>` ({workdir} is the scratch project)."""

    id: str
    expected: str
    args: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None  # prepares the scratch project (holding workloads/, dist/)
    needs_non_root: bool = False


def _write(relative: str, text: str) -> Callable[[Path], None]:
    def setup(workdir: Path) -> None:
        path = workdir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)

    return setup


def _link(relative: str, target: str) -> Callable[[Path], None]:
    return lambda workdir: (workdir / relative).symlink_to(target)


def _project_folder(workdir: Path) -> None:
    (workdir / "project").mkdir()
    (workdir / "workloads").rename(workdir / "project" / "workloads")


def _read_only_folder(workdir: Path) -> None:
    (workdir / "ro").mkdir()
    (workdir / "ro").chmod(0o555)


def _kubernetes_version_in_config(version: str) -> Callable[[Path], None]:
    def setup(workdir: Path) -> None:
        config = workdir / "cdk8s.yaml"
        config.write_text(config.read_text().replace('kubernetesVersion: "1.35"', f'kubernetesVersion: "{version}"'))

    return setup


SUPPORTED = "supported: 1.25 to 1.37"  # the strict schemas bundled with kubernetes-validate 1.37.0 (Pipfile.lock)
REFUSED = "refusing to replace it"
LINK_REFUSED = "refusing to write through a link (it would write outside the project or leave the link's target stale); use the real folder"

BAD_INVOCATIONS: list[BadInvocation] = [
    # --outdir is replaced as a whole: only a folder that holds nothing but our own output
    BadInvocation(
        "no-cdk8s-yaml-for-the-platform-files",
        "main.py: error: cdk8s.yaml not found: the platform files (schemas/, .cat/backstage/, argocd/) are "
        "written from the project root; run there, or pass --no-platform-files",
        setup=lambda workdir: (workdir / "cdk8s.yaml").unlink(),
    ),
    # cdk8s.yaml problems are bad input (exit 1, `cdk8s.yaml: <path>: <message>`): tests/test_hardening_synth.py
    BadInvocation(
        "outdir-is-the-working-directory",
        f"main.py: error: --outdir . is the working directory: {REFUSED} (use a folder of its own, e.g. dist)",
        args=("--outdir", "."),
    ),
    BadInvocation(
        "outdir-contains-the-working-directory",
        f"main.py: error: --outdir .. contains the working directory: {REFUSED}",
        args=("--outdir", ".."),
    ),
    BadInvocation(
        "outdir-is-the-root-folder", f"main.py: error: --outdir / is the root folder: {REFUSED}", args=("--outdir", "/")
    ),
    BadInvocation(
        "outdir-is-the-workloads-folder",
        f"main.py: error: --outdir workloads is the workloads folder: {REFUSED}",
        args=("--outdir", "workloads"),
    ),
    BadInvocation(
        "outdir-inside-the-workloads-folder",
        "main.py: error: --outdir workloads/out is inside the workloads folder: use a folder outside it",
        args=("--outdir", "workloads/out"),
    ),
    BadInvocation(
        "outdir-contains-the-workloads-folder",
        f"main.py: error: --outdir project contains the workloads folder: {REFUSED}",
        args=("--workloads", "project/workloads", "--outdir", "project"),
        setup=_project_folder,
    ),
    BadInvocation(
        "outdir-is-a-file",
        f"main.py: error: --outdir cdk8s.yaml is a file, not a folder: {REFUSED}",
        args=("--outdir", "cdk8s.yaml"),
    ),
    BadInvocation(
        "outdir-parent-is-a-file",
        "main.py: error: --outdir cdk8s.yaml/dist cannot be created: cdk8s.yaml is not a folder",
        args=("--outdir", "cdk8s.yaml/dist"),
    ),
    BadInvocation(
        "outdir-holds-foreign-files",
        f"main.py: error: --outdir out holds files ai-workloads did not write (a.k8s.yaml, notes.txt): {REFUSED}; remove them or use an empty folder",
        args=("--outdir", "out"),
        setup=lambda workdir: (
            _write("out/notes.txt", "mine")(workdir),
            _write("out/a.k8s.yaml", "kind: ConfigMap\n")(workdir),
        ),
    ),
    BadInvocation(
        "dist-holds-a-stray-file",
        f"main.py: error: --outdir dist holds files ai-workloads did not write (stray.txt): {REFUSED}; remove them or use an empty folder",
        setup=_write("dist/stray.txt", "not ours"),
    ),
    # a symlinked output folder is never written through (files/output_folder.py)
    BadInvocation(
        "outdir-symlink-to-the-working-directory",
        f"main.py: error: --outdir here is a symlink (to .): {LINK_REFUSED}",
        args=("--outdir", "here"),
        setup=_link("here", "."),
    ),
    BadInvocation(
        "outdir-dangling-symlink",
        f"main.py: error: --outdir gone is a symlink (to missing): {LINK_REFUSED}",
        args=("--outdir", "gone"),
        setup=_link("gone", "missing"),
    ),
    BadInvocation(
        "outdir-read-only-parent",
        "main.py: error: --outdir ro/dist cannot be written: ro is read-only or not writable by this user",
        args=("--outdir", "ro/dist"),
        setup=_read_only_folder,
        needs_non_root=True,
    ),
    # Kubernetes version: MAJOR.MINOR with bundled schemas, never "validated for" a version it was not
    BadInvocation(
        "kubernetes-version-not-a-version",
        f"main.py: error: --kubernetes-version 'abc' is not a Kubernetes version: expected MAJOR.MINOR, e.g. 1.35 ({SUPPORTED})",
        args=("--kubernetes-version", "abc"),
    ),
    BadInvocation(
        "kubernetes-version-too-old",
        f"main.py: error: --kubernetes-version 1.2 is not covered by the Kubernetes schemas bundled with kubernetes-validate 1.37.0 ({SUPPORTED})",
        args=("--kubernetes-version", "1.2"),
    ),
    BadInvocation(
        "kubernetes-version-beyond-the-schemas",
        f"main.py: error: --kubernetes-version 9.99 is not covered by the Kubernetes schemas bundled with kubernetes-validate 1.37.0 ({SUPPORTED})",
        args=("--kubernetes-version", "9.99"),
    ),
    BadInvocation(
        "kubernetes-version-in-cdk8s-yaml",
        f"main.py: error: cdk8s.yaml: kubernetesVersion 1.99 is not covered by the Kubernetes schemas bundled with kubernetes-validate 1.37.0 ({SUPPORTED})",
        setup=_kubernetes_version_in_config("1.99"),
    ),
    # Environment and options
    BadInvocation(
        "workers-not-a-number",
        "main.py: error: AI_WORKLOADS_SYNTH_WORKERS is 'many': expected a whole number of worker processes (1 or more), or leave it unset",
        env={"AI_WORKLOADS_SYNTH_WORKERS": "many"},
    ),
    BadInvocation(
        "workers-zero",
        "main.py: error: AI_WORKLOADS_SYNTH_WORKERS is '0': expected a whole number of worker processes (1 or more), or leave it unset",
        env={"AI_WORKLOADS_SYNTH_WORKERS": "0"},
    ),
    BadInvocation(
        "worker-max-objects-not-a-number",
        "main.py: error: AI_WORKLOADS_WORKER_MAX_OBJECTS is '1e3': expected a whole number of objects per worker (1 or more), or leave it unset",
        env={"AI_WORKLOADS_WORKER_MAX_OBJECTS": "1e3"},
    ),
    BadInvocation(
        "unknown-option", "main.py: error: unrecognized arguments: --outdri x (see --help)", args=("--outdri", "x")
    ),
]
