"""cdk8s.yaml, read and validated like a workload file: YAML 1.2 (files/workload_yaml.py), a strict
schema (unknown keys refused with a did-you-mean, no type coercion), every problem reported as
`cdk8s.yaml: <field path>: <message>`.

A value that is not a string where a string is meant is refused rather than converted: YAML reads
`targetRevision: 1.10` as the number 1.1, and converting it back gives the revision `1.1`, another
tag. The message shows the text as written and says to quote it.

The consumers' own rules, checked here rather than by the API server or Argo CD after the merge:
- `argocd.appName`: the root Application's name, and the prefix of every workload's Application
  (`<appName>-<workload>`, checked per workload by synth/load.py). A DNS-1123 label (at most 63
  characters): Applications are custom resources, whose names the API server checks as DNS-1123
  subdomains (apiextensions-apiserver, customresource validator: `NameIsDNSSubdomain`), and Argo CD
  writes the Application's name into the label `app.kubernetes.io/instance` with label tracking, and
  label values are at most 63 characters (argo-cd docs, user-guide/resource_tracking.md: "Labels are
  truncated to 63 characters").
- `argocd.namespace`: a namespace name, a DNS-1123 label (apimachinery `ValidateNamespaceName`).
- `argocd.project`: an AppProject's name, a DNS-1123 subdomain (as every custom resource name).
- `argocd.repoURL`: a URL Argo CD's git client takes: `https://`, `http://`, `ssh://user@host/...`
  or `user@host:path` (argoproj/argo-cd util/git/git.go: IsHTTPSURL, IsHTTPURL, IsSSHURL), with a
  host and without spaces or control characters.
- `argocd.targetRevision`: a branch, tag or commit: a non-empty string without spaces or control
  characters (git check-ref-format refuses them in ref names).
- `argocd.destinationServer`, `argocd.argocdServer`: `https://` or `http://` URLs with a host (Argo
  CD matches the cluster's `server` field).
- `argocd.path`: a relative path inside the repository, without `..`.
- `platform.reservedNamespaces`: a list of non-empty shell-style patterns.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ai_workloads.errors import DOCUMENT_ROOT, WorkloadError, WorkloadErrors, format_field_path

CDK8S_CONFIG = Path("cdk8s.yaml")
DEFAULT_RESERVED_NAMESPACES = ("kube-*", "istio-system", "cert-manager", "external-secrets", "argocd")

_DNS_1123_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?\Z")
_DNS_1123_SUBDOMAIN = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\Z")
_SSH_URL = re.compile(r"(ssh://)?([^/:]*?)@[^@]+\Z")  # argo-cd util/git/git.go sshURLRegex
_BLANK_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")


def dns_label(value: str, what: str) -> str:
    if len(value) > 63 or not _DNS_1123_LABEL.match(value):
        raise ValueError(
            f"{value!r} is not a DNS-1123 label (lower-case letters, digits and '-', starting and ending with a "
            f"letter or digit, at most 63 characters), which {what}"
        )
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class ArgoCdConfig(_Strict):
    """`argocd:`: where the Applications live and what they read (defaults: platform/settings.py)."""

    repoURL: str
    targetRevision: str = "main"
    appName: str = "ai-workloads"
    namespace: str = "argocd"
    project: str = "default"
    destinationServer: str = "https://kubernetes.default.svc"
    path: str = "dist"
    argocdServer: str = "https://kubernetes.default.svc"
    # The Git host kind of repoURL and the Bitbucket project key, for the Backstage template's pull
    # request (platform/scm.py checks them with repoURL).
    scm: str | None = None
    scmProject: str | None = None

    @field_validator("repoURL")
    @classmethod
    def _git_url(cls, value: str) -> str:
        if not value:
            raise ValueError("must not be empty: the git repository Argo CD reads dist/ from")
        if _BLANK_OR_CONTROL.search(value):
            raise ValueError(f"{value!r} contains spaces or control characters: not a repository URL")
        if _SSH_URL.match(value):
            return value
        parts = urlsplit(value)
        if parts.scheme in ("https", "http") and parts.hostname:
            return value
        raise ValueError(
            f"{value!r} is not a git URL Argo CD can clone: use https://host/org/repo.git, ssh://git@host/org/repo.git "
            "or git@host:org/repo.git"
        )

    @field_validator("targetRevision")
    @classmethod
    def _revision(cls, value: str) -> str:
        if not value or _BLANK_OR_CONTROL.search(value):
            raise ValueError(f"{value!r} is not a branch, tag or commit (empty, or with spaces or control characters)")
        return value

    @field_validator("appName")
    @classmethod
    def _app_name(cls, value: str) -> str:
        return dns_label(
            value, "Argo CD Application names must be (object name and app.kubernetes.io/instance label value)"
        )

    @field_validator("namespace")
    @classmethod
    def _namespace(cls, value: str) -> str:
        return dns_label(value, "namespace names must be")

    @field_validator("project")
    @classmethod
    def _project(cls, value: str) -> str:
        if len(value) > 253 or not _DNS_1123_SUBDOMAIN.match(value):
            raise ValueError(
                f"{value!r} is not an AppProject name (a DNS-1123 subdomain: lower-case letters, digits, '-' and '.')"
            )
        return value

    @field_validator("destinationServer", "argocdServer")
    @classmethod
    def _server(cls, value: str) -> str:
        parts = urlsplit(value)
        if _BLANK_OR_CONTROL.search(value) or parts.scheme not in ("https", "http") or not parts.hostname:
            raise ValueError(f"{value!r} is not a cluster API server URL (https://host[:port])")
        return value

    @field_validator("path")
    @classmethod
    def _path(cls, value: str) -> str:
        if not value or value.startswith("/") or ".." in value.split("/") or _BLANK_OR_CONTROL.search(value):
            raise ValueError(f"{value!r} is not a relative path inside the repository (no leading '/', no '..')")
        return value


class PlatformConfig(_Strict):
    """`platform:`: what the platform reserves for itself."""

    reservedNamespaces: list[str] = list(DEFAULT_RESERVED_NAMESPACES)

    @field_validator("reservedNamespaces")
    @classmethod
    def _patterns(cls, value: list[str]) -> list[str]:
        for index, pattern in enumerate(value):
            if not pattern or _BLANK_OR_CONTROL.search(pattern):
                raise ValueError(f"[{index}] {pattern!r} is not a namespace pattern (empty, or with spaces)")
        return value


class ProjectConfig(_Strict):
    """cdk8s.yaml: the cdk8s CLI's own keys (cdk8s-cli lib/config.d.ts `Config`), the Kubernetes version
    validated against, and this project's `argocd:` and `platform:` sections."""

    language: str | None = None
    app: str | None = None
    output: str | None = None
    importDirectory: str | None = None
    imports: list[str] = []
    pluginsDirectory: str | None = None
    validations: str | list[dict[str, Any]] | None = None
    synthConfig: dict[str, Any] | None = None
    kubernetesVersion: str | None = None
    argocd: ArgoCdConfig | None = None
    platform: PlatformConfig = PlatformConfig()


def read_project_config(path: Path = CDK8S_CONFIG) -> ProjectConfig:
    """cdk8s.yaml validated; raises WorkloadErrors (`cdk8s.yaml: <field path>: <message>`, every
    problem at once). A missing file is the defaults."""
    from ai_workloads.files.workload_yaml import read_workload_document

    file = str(path)
    if not path.exists():
        return ProjectConfig()
    document = read_workload_document(path, file)
    if not isinstance(document, dict):
        raise WorkloadErrors([WorkloadError(file, DOCUMENT_ROOT, "expected a mapping of settings")])
    try:
        return ProjectConfig.model_validate(document)
    except ValidationError as error:
        raise WorkloadErrors(_errors(file, path.read_text(encoding="utf-8"), error)) from None


def _errors(file: str, text: str, error: ValidationError) -> list[WorkloadError]:
    written = _plain_scalars(text)
    problems = []
    for detail in error.errors(include_url=False):
        location = [
            part for part in detail["loc"] if not (isinstance(part, str) and part.startswith(("function-", "tuple[")))
        ]
        kind, value = detail["type"], detail.get("input")
        message = detail["msg"].removeprefix("Value error, ")
        if kind == "extra_forbidden":
            known = _known_keys(location[:-1])
            close = difflib.get_close_matches(str(location[-1]), known, n=1, cutoff=0.6)
            message = "unknown key" + (f": did you mean {close[0]!r}?" if close else f" (known: {', '.join(known)})")
        elif kind == "missing":
            message = "required field is missing"
        elif kind == "string_type" and isinstance(value, (bool, int, float)):
            source = written.get(tuple(location), str(value))
            message = (
                f"{source} is read as {'a boolean' if isinstance(value, bool) else 'a number'} ({value!r}), "
                f'not a string: quote it ("{source}")'
            )
        problems.append(WorkloadError(file, format_field_path(location), message))
    return problems


def _known_keys(location: list[Any]) -> list[str]:
    model: Any = ProjectConfig
    for part in location:
        field = getattr(model, "model_fields", {}).get(part)
        annotation = field.annotation if field is not None else None
        model = next(
            (
                arg
                for arg in getattr(annotation, "__args__", (annotation,))
                if isinstance(arg, type) and issubclass(arg, BaseModel)
            ),
            None,
        )
        if model is None:
            return []
    return list(model.model_fields)


def _plain_scalars(text: str) -> dict[tuple[Any, ...], str]:
    """Field path -> the text of each plain scalar as written (read again with PyYAML's composer: the
    bounded YAML 1.2 reader has accepted this text already)."""
    found: dict[tuple[Any, ...], str] = {}
    try:
        root = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return found
    pending: list[tuple[tuple[Any, ...], Any]] = [((), root)]
    while pending:
        path, node = pending.pop()
        if isinstance(node, yaml.MappingNode):
            pending.extend(
                (path + (key.value,), value) for key, value in node.value if isinstance(key, yaml.ScalarNode)
            )
        elif isinstance(node, yaml.SequenceNode):
            pending.extend((path + (index,), item) for index, item in enumerate(node.value))
        elif isinstance(node, yaml.ScalarNode) and not node.style:  # plain (libyaml: "", PyYAML: None)
            found[path] = node.value
    return found
