"""The rules Kubernetes and the controllers apply to the names, keys, labels and hosts a workload file
feeds them, each with its source, and how a broken value is explained in words.

Values fields keep their JSON Schema `pattern` (editors check it while typing); the loader never prints
that pattern: `explain(pattern, value)` says what is wrong with the value (synth/loader.py), and the
checks that a regular expression cannot express (lengths per DNS label, `.` and `..` keys, a dot inside a
subdomain) are validators here.

Sources (Kubernetes 1.31, k8s.io/apimachinery pkg/util/validation/validation.go unless noted):
- DNS-1123 label: `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, at most 63 (IsDNS1123Label): namespaces, most object
  names that are labels (a Job name becomes the pod's `job-name` label).
- DNS-1123 subdomain: DNS-1123 labels joined by `.`, at most 253 (IsDNS1123Subdomain): names of
  Secrets, ConfigMaps, PersistentVolumeClaims, StorageClasses, cert-manager ClusterIssuers,
  external-secrets ClusterSecretStores, Istio Gateways.
- DNS-1035 label: `[a-z]([-a-z0-9]*[a-z0-9])?`, at most 63 (IsDNS1035Label): Service names
  (k8s.io/kubernetes pkg/apis/core/validation ValidateServiceName).
- Label value: empty or `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`, at most 63 (IsValidLabelValue): the
  image tag is the `app.kubernetes.io/version` label of every object.
- Qualified name (label key): optional DNS-1123 subdomain prefix (at most 253) and `/`, then a name of at
  most 63 `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?` (IsQualifiedName).
- ConfigMap and Secret key: `[-._a-zA-Z0-9]+`, at most 253, not `.` or `..`, not starting with `..`
  (IsConfigMapKey).
- Port name: an IANA service name, at most 15 `[a-z0-9-]`, at least one letter, no `--`, not starting
  or ending with `-` (IsValidPortName).
- Host name of a Gateway listener: Gateway API v1 `Hostname` (apis/v1/shared_types.go: at most 253,
  `^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`, the wildcard only as the
  whole leftmost label, no IP address); each DNS label at most 63 (RFC 1035 section 2.3.4; the ACME
  server refuses a certificate for a longer label).
- Names controllers derive: Istio's automated deployment names the Gateway's Deployment and Service
  `<gateway name>-<gateway class>` (istio pilot/pkg/config/kube/gateway deploymentcontroller.go), a
  DNS-1035 label: `<serviceName>-gateway-istio` fits 63 with serviceName at most 49
  (ml_inference_load/values.py SERVICE_NAME_MAX_LENGTH); cert-manager keeps the next private key in a
  Secret `<certificate>-<5 random>` (a subdomain: fits); a model cache Job is `<serviceName>-fetch-<7>`
  (at most 63: model_cache.py job_name).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

DNS_LABEL_MAX = 63
DNS_SUBDOMAIN_MAX = 253
LABEL_VALUE_MAX = 63
CONFIG_MAP_KEY_MAX = 253

_LOWER_ALNUM = set("abcdefghijklmnopqrstuvwxyz0123456789")
_LABEL_VALUE = re.compile(r"(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?\Z")


def _character_problem(value: str, allowed: set[str], what: str, allowed_text: str) -> str | None:
    """Every kind of character `value` may not hold, in words: "a dot is not allowed in a DNS-1035 label"."""
    found: list[str] = []
    for character in value:
        if character in allowed:
            continue
        if character.isupper() and character.lower() in allowed:
            kind = "upper-case letters"
        else:
            kind = {".": "a dot", "_": "an underscore", " ": "a space"}.get(character, repr(character))
        if kind not in found:
            found.append(kind)
    if not found:
        return None
    if len(found) > 1:
        return f"{', '.join(found[:-1])} and {found[-1]} are not allowed in {what} (only {allowed_text})"
    hint = ""
    if found[0] == "upper-case letters" and all(c in allowed for c in value.lower()):
        hint = f": write '{value.lower()}'"
    elif found[0] == "an underscore" and all(c in allowed for c in value.replace("_", "-")):
        hint = f": write '{value.replace('_', '-')}'"
    return f"{found[0]} {'are' if found[0].endswith('s') else 'is'} not allowed in {what}{hint}"


def dns_label_problem(value: str, *, rfc: str = "1123", max_length: int = DNS_LABEL_MAX) -> str | None:
    """Why `value` is not a DNS-1123 (or, with rfc="1035", DNS-1035) label of at most `max_length`."""
    what = f"a DNS-{rfc} label"
    if not value:
        return f"must not be empty ({what})"
    problem = _character_problem(value, _LOWER_ALNUM | {"-"}, what, "a-z, 0-9 and '-'")
    if problem:
        return problem
    if rfc == "1035" and not value[0].isalpha():
        return f"must start with a letter ({what})"
    if value[0] == "-" or value[-1] == "-":
        return f"must start and end with a letter or digit ({what})"
    if len(value) > max_length:
        return f"is {len(value)} characters; at most {max_length} here ({what})"
    return None


def _labels_problem(labels: list[str], what: str, label_max: int | None = None) -> str | None:
    """The first problem of dot-separated DNS labels (IsDNS1123Subdomain's label rule; a host name adds a
    length per label)."""
    for label in labels:
        if not label:
            return f"has an empty part between dots ({what} is labels joined by single dots)"
        problem = _character_problem(label, _LOWER_ALNUM | {"-"}, what, "a-z, 0-9, '-' and '.'")
        if problem:
            return problem
        if label[0] == "-" or label[-1] == "-":
            return f"the part '{label}' must start and end with a letter or digit ({what})"
        if label_max is not None and len(label) > label_max:
            return f"the label '{label[:20]}...' is {len(label)} characters; a DNS label has at most {label_max}"
    return None


def dns_subdomain_problem(value: str) -> str | None:
    """Why `value` is not a DNS-1123 subdomain (labels joined by dots, at most 253)."""
    if len(value) > DNS_SUBDOMAIN_MAX:
        return f"is {len(value)} characters; a DNS-1123 subdomain has at most {DNS_SUBDOMAIN_MAX}"
    return _labels_problem(value.split("."), "a DNS-1123 subdomain")


def hostname_problem(value: str) -> str | None:
    """Why `value` is not a Gateway API listener host name with DNS label lengths."""
    if len(value) > DNS_SUBDOMAIN_MAX:
        return f"is {len(value)} characters; a host name has at most {DNS_SUBDOMAIN_MAX}"
    if "://" in value or "/" in value:
        return "is a URL: write the host name only (e.g. 'api.example.com')"
    if ":" in value:
        return "has a port: write the host name only (the Gateway listens on 443)"
    try:
        ipaddress.ip_address(value)
        return "is an IP address: a Gateway listener needs a DNS host name"
    except ValueError:
        pass
    labels = value.split(".")
    if "*" in value and not (labels[0] == "*" and "*" not in ".".join(labels[1:])):
        return "a wildcard is allowed only as the whole leftmost label ('*.example.com')"
    if len(labels) < 2:
        return "needs at least two labels (e.g. 'api.example.com')"
    return _labels_problem(labels[1:] if labels[0] == "*" else labels, "a host name", DNS_LABEL_MAX)


def label_value_problem(value: str) -> str | None:
    if len(value) > LABEL_VALUE_MAX:
        return f"is {len(value)} characters; a label value has at most {LABEL_VALUE_MAX}"
    if not _LABEL_VALUE.match(value):
        return "a label value holds only letters, digits, '-', '_' and '.', and starts and ends with a letter or digit"
    return None


def qualified_name_problem(value: str) -> str | None:
    """Why `value` is not a label key (`[prefix/]name`)."""
    prefix, slash, name = value.rpartition("/")
    if slash and (not prefix or dns_subdomain_problem(prefix)):
        return f"the prefix '{prefix}' must be a DNS-1123 subdomain ({dns_subdomain_problem(prefix) or 'empty'})"
    if not name:
        return "needs a name after the prefix"
    if len(name) > DNS_LABEL_MAX:
        return f"the name part is {len(name)} characters; at most {DNS_LABEL_MAX}"
    if not _LABEL_VALUE.match(name):
        return "the name part holds only letters, digits, '-', '_' and '.', and starts and ends with a letter or digit"
    return None


def config_map_key_problem(value: str) -> str | None:
    if not value:
        return "must not be empty (a Secret or ConfigMap key)"
    if len(value) > CONFIG_MAP_KEY_MAX:
        return f"is {len(value)} characters; a Secret or ConfigMap key has at most {CONFIG_MAP_KEY_MAX}"
    if value in (".", "..") or value.startswith(".."):
        return "a Secret or ConfigMap key may not be '.' or '..' or start with '..' (it becomes a file name)"
    bad = next((c for c in value if not (c.isascii() and (c.isalnum() or c in "-._"))), None)
    if bad is not None:
        return f"{bad!r} is not allowed in a Secret or ConfigMap key (only letters, digits, '-', '_' and '.')"
    return None


def checked(problem: Callable[[str], str | None]) -> Callable[[str], str]:
    """A pydantic AfterValidator raising `problem(value)` in words."""

    def check(value: str) -> str:
        message = problem(value)
        if message:
            raise ValueError(message)
        return value

    check.__name__ = problem.__name__.removesuffix("_problem")
    return check


# --- explaining a JSON Schema pattern mismatch (the loader's only use of patterns) ---------------------------


def _starts(value: str, pattern: str, what: str) -> str | None:
    return None if re.match(pattern, value) else what


def _revision(value: str) -> str:
    if re.fullmatch(r"[0-9a-fA-F]{40}", value):
        return "a revision must be a 40-character commit SHA in lower case"
    if re.fullmatch(r"[0-9a-f]{7,39}", value):
        return f"a revision must be the full 40-character commit SHA, not a short one ({len(value)} characters)"
    return (
        f"a revision must be a 40-character commit SHA, not a branch or tag name like '{value}': a branch can "
        "move and would change the weights under a running server"
    )


def _image_repository(value: str) -> str:
    if ":" in value.split("/")[-1] or "@" in value:
        return "write the repository without tag or digest (they go in `tag` and `digest`)"
    if any(c.isupper() for c in value):
        return "an image repository is lower case"
    return (
        "is not an image repository: lower-case path components of letters and digits separated by '.', '_' "
        "or '-', optionally after a registry host[:port]"
    )


_EXPLAIN: dict[str, Callable[[str], str]] = {
    r"^[a-z]([-a-z0-9]*[a-z0-9])?$": lambda v: dns_label_problem(v, rfc="1035") or "must be a DNS-1035 label",
    r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$": lambda v: dns_label_problem(v) or "must be a DNS-1123 label",
    r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$": lambda v: dns_subdomain_problem(v) or "must be a DNS-1123 subdomain",
    r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$": lambda v: (
        dns_subdomain_problem(v) or "must be a DNS-1123 subdomain"
    ),
    r"^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$": lambda v: (
        hostname_problem(v) or "must be a host name such as 'api.example.com' or '*.example.com'"
    ),
    r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$": lambda v: label_value_problem(v) or "must be a label value",
    r"^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$": lambda v: (
        qualified_name_problem(v) or "must be a label key ([prefix/]name)"
    ),
    r"^[-._a-zA-Z0-9]+$": lambda v: config_map_key_problem(v) or "must be a Secret or ConfigMap key",
    r"^[0-9a-f]{40}$": _revision,
    r"^[A-Za-z_][A-Za-z0-9_]*$": lambda v: (
        "an environment variable name is letters, digits and '_', not starting with a digit"
    ),
    r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$": lambda v: (
        "an image tag is letters, digits, '_', '.' and '-' (at most 128), not starting with '.' or '-'"
    ),
    r"^sha256:[a-f0-9]{64}$": lambda v: "a digest is 'sha256:' followed by 64 lower-case hex digits",
    r"^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]{1,2}[a-z0-9]+|-+[a-z0-9]+)*)*$": _image_repository,
    r"^([0-9]+(\.[0-9]+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$": lambda v: (
        "is not a Kubernetes quantity (examples: 500m, 2, 512Mi, 16Gi)"
    ),
    r"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$": lambda v: "is not a size (examples: 512Mi, 16Gi)",
    r"^([0-9]{1,5}(h|m|s|ms)){1,4}$": lambda v: (
        "is not a Gateway API duration (examples: 30s, 5m, 1h, 1h30m; units h, m, s, ms)"
    ),
    # monitoring thresholds: a Prometheus duration as the Prometheus Operator's CRDs accept it
    r"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$": lambda v: (
        "is not a Prometheus duration (examples: 0, 30s, 15m, 1h30m; units y, w, d, h, m, s, ms, largest first)"
    ),
    # autoscaling.prometheus.serverAddress
    r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\s]*)?$": lambda v: (
        "a Prometheus address is http:// or https://, a host, an optional :port and path (no credentials)"
    ),
    r"^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$": lambda v: (
        "a URL path starts with '/' and holds segments of letters, digits, '.', '_', '~' and '-' (no '//' or trailing '/')"
    ),
    r"^/": lambda v: "a path starts with '/'",
    r"^([a-z0-9-]+/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$": lambda v: (
        "an Istio gateway is '<namespace>/<name>' or '<name>' (a DNS-1123 label and subdomain)"
    ),
    r"^([a-z]+:)?([a-z0-9-]+/)?[A-Za-z0-9][-A-Za-z0-9_.]*$": lambda v: (
        "a Backstage entity reference is '[kind:][namespace/]name'"
    ),
    r"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$": lambda v: (
        "a Vault path is segments of letters, digits, '_', '.' and '-' separated by single '/' (no leading or trailing '/')"
    ),
    r"^[A-Za-z0-9][A-Za-z0-9._:/-]*$": lambda v: (
        "a served model name starts with a letter or digit and holds letters, digits, '.', '_', ':', '/' and '-'"
    ),
    r"^[a-z0-9][a-z0-9_-]*$": lambda v: "a quantization method is lower-case letters, digits, '_' and '-'",
    r"^[a-z0-9]+$": lambda v: "a data type is lower-case letters and digits (e.g. bfloat16)",
    r"^[^\x00-\x1f]*$": lambda v: "control characters (newlines, tabs...) are not allowed in an argument",
    # serving.lora.adapters[].name (ml_inference_load/lora.py ADAPTER_NAME)
    r"^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$": lambda v: (
        "a LoRA adapter name is letters, digits, '.', '_' and '-' (at most 63), starting and ending with a letter "
        "or digit: no '/', ',', '=' or '@'"
    ),
    # monitoring.dashboard.folder (_values/monitoring.py FolderName)
    r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}$": lambda v: (
        "a dashboard folder is letters, digits, spaces, '.', '_' and '-' (at most 63), starting with a letter or digit"
    ),
    r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?$": lambda v: (
        "a Hugging Face model id is '<organisation>/<name>' or '<name>' of letters, digits, '.', '_' and '-'"
    ),
}


# container.gpu.mig: `<G>g.<GB>gb` with an optional attribute, as the NVIDIA device plugin names MIG resources.
MIG_PROFILE_PATTERN = r"^[1-8]g\.[0-9]{1,4}gb(\.me|\.me\.all|\.gfx|-me)?$"
_EXPLAIN[MIG_PROFILE_PATTERN] = lambda v: (
    "a MIG profile is '<slices>g.<memory>gb' with an optional '.me', '.me.all', '.gfx' or '-me' (e.g. 3g.40gb)"
)


def explain(pattern: str, value: object) -> str:
    """What is wrong with `value`, which does not match the schema `pattern`, in words (never the pattern)."""
    explainer = _EXPLAIN.get(pattern)
    if explainer is None or not isinstance(value, str):
        return "does not have the form this field needs (see its description in schemas/)"
    return explainer(value)


def known_patterns() -> frozenset[str]:
    return frozenset(_EXPLAIN)
