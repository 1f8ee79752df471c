"""Checks of the command line and environment of `python main.py`: each returns a one-line message for
a usage error (exit status 2), or None when the setting is fine."""

from __future__ import annotations

import importlib.util
import itertools
import os
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from ai_workloads.gates.settings import DEFAULT_KUBERNETES_VERSION
from ai_workloads.platform.config import CDK8S_CONFIG, ProjectConfig, read_project_config
from ai_workloads.synth.cache_prune import limits_problem
from ai_workloads.synth.launch import MAX_OBJECTS_ENV, WORKERS_ENV

_VERSION = re.compile(r"[0-9]+\.[0-9]+\Z")
_SCHEMA_FOLDER = re.compile(r"v([0-9]+)\.([0-9]+)\.[0-9]+-local-strict\Z")
_WHOLE_NUMBER = re.compile(r"[0-9]+\Z")


class UsageError(Exception):
    """A bad command line or environment: reported on one line, exit status 2."""


def configured_kubernetes_version(config: ProjectConfig | None = None) -> str:
    """`kubernetesVersion` from cdk8s.yaml when present, else the default (raises WorkloadErrors for an
    invalid cdk8s.yaml)."""
    config = config if config is not None else read_project_config(CDK8S_CONFIG)
    return config.kubernetesVersion or DEFAULT_KUBERNETES_VERSION


@cache
def supported_kubernetes_versions() -> tuple[str, ...]:
    """The MAJOR.MINOR versions the bundled kubernetes-validate has strict schemas for, oldest first
    (the folders gates/kubernetes_schema.py `_schema_dir` chooses from)."""
    # Located without importing kubernetes_validate (it imports jsonschema: not needed to read a folder).
    package = importlib.util.find_spec("kubernetes_validate")
    if package is None or package.origin is None:
        return ()
    base = Path(package.origin).parent / "kubernetes-json-schema"
    found = sorted(
        (int(match[1]), int(match[2]))
        for match in (_SCHEMA_FOLDER.match(entry.name) for entry in base.iterdir())
        if match
    )
    return tuple(f"{major}.{minor}" for major, minor in found)


def describe_supported_versions(versions: tuple[str, ...]) -> str:
    """`1.25 to 1.37` when the minors run without a gap, else the list."""
    if not versions:
        return "none"
    minors = [tuple(int(part) for part in version.split(".")) for version in versions]
    contiguous = all(b == (a[0], a[1] + 1) for a, b in itertools.pairwise(minors))
    return f"{versions[0]} to {versions[-1]}" if contiguous and len(versions) > 1 else ", ".join(versions)


def kubernetes_version_problem(version: str, *, source: str = "--kubernetes-version") -> str | None:
    """A version must be MAJOR.MINOR and have its own bundled schemas: validating 9.99 against the
    newest schemas there are, and saying "validated for Kubernetes 9.99", would be a lie."""
    versions = supported_kubernetes_versions()
    supported = f"supported: {describe_supported_versions(versions)}"
    if not _VERSION.match(version):
        return f"{source} {version!r} is not a Kubernetes version: expected MAJOR.MINOR, e.g. 1.35 ({supported})"
    if version not in versions:
        bundle = " ".join(filter(None, ["kubernetes-validate", _package_version()]))
        return f"{source} {version} is not covered by the Kubernetes schemas bundled with {bundle} ({supported})"
    return None


def _package_version() -> str:
    try:
        from importlib.metadata import version

        return version("kubernetes-validate")
    except Exception:
        return ""


def environment_problem(environ: Mapping[str, str]) -> str | None:
    """The worker settings: whole numbers of at least 1 (unset or empty: the default); the temporary
    folder Node.js will use (`temp_folder_problem`)."""
    for name, meaning in ((WORKERS_ENV, "worker processes"), (MAX_OBJECTS_ENV, "objects per worker")):
        value = environ.get(name, "")
        if value == "":
            continue
        if not _WHOLE_NUMBER.match(value.strip()) or int(value) < 1:
            return f"{name} is {value!r}: expected a whole number of {meaning} (1 or more), or leave it unset"
    return limits_problem(environ) or temp_folder_problem(environ)


# Node.js `os.tmpdir()` on POSIX (lib/os.js): the first non-empty of TMPDIR, TMP, TEMP, else /tmp
# (checked with the project's Node.js 24: TMPDIR=/a TMP=/b -> /a; TMPDIR= TMP=/b -> /b). jsii's
# runtime creates `jsii-kernel-XXXXXX` there (mkdtemp) when cdk8s starts; a bad folder ended the run
# in a traceback (`ENOENT: no such file or directory, mkdtemp '/nonexistent/jsii-kernel-XXXXXX'`).
# Python's own tempfile would silently fall back to /tmp, Node does not.
NODE_TEMP_VARIABLES = ("TMPDIR", "TMP", "TEMP")


def temp_folder_problem(environ: Mapping[str, str]) -> str | None:
    """The temporary folder jsii's Node.js runtime will use must be a writable folder: refused before
    anything is read, rather than a traceback once rendering starts."""
    name = next((name for name in NODE_TEMP_VARIABLES if environ.get(name)), None)
    if name is None:
        return None
    folder = environ[name]
    if not os.path.isdir(folder):
        what = "does not exist" if not os.path.lexists(folder) else "is not a folder"
        return f"{name} is {folder!r}, which {what}: Node.js (jsii) creates its temporary files there; point it at a writable folder or unset it"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"{name} is {folder!r}, which is not writable: Node.js (jsii) creates its temporary files there; point it at a writable folder or unset it"
    return None
