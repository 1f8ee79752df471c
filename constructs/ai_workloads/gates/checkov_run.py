"""`python -m ai_workloads.gates.checkov_run [--checkov PATH] [dist]`: the policy scanner checkov over
dist/, run so that it cannot silently scan nothing.

checkov skips every path with a component that starts with a dot: run on `~/.work/ai-workloads/dist`
it scans zero resources and reports zero failures. So the manifests (`*.k8s.yaml`, what Argo CD
applies) are copied to a fresh temporary folder and checkov scans the relative path `dist` there, so
no component of any path it sees starts with a dot, wherever the clone lives. Its JSON report is then
checked: the run fails when checkov scanned fewer objects than dist/ holds, had parsing errors, or
failed any check (waived checks are reported as skipped: see policy_exceptions.py).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MANIFEST_GLOB = "*.k8s.yaml"
DEFAULT_CHECKOV = Path("tools/checkov/.venv/bin/checkov")
# checkov scans the pod template of these kinds as a resource of its own, a `Pod` (its
# SUPPORTED_POD_CONTAINERS_TYPES), so its resource count is the objects plus these templates.
POD_TEMPLATE_KINDS = frozenset(
    {
        "Deployment",
        "DeploymentConfig",
        "DaemonSet",
        "Job",
        "ReplicaSet",
        "ReplicationController",
        "StatefulSet",
    }
)


@dataclass
class CheckovResult:
    objects: int  # objects in dist/
    pod_templates: int  # of which checkov also scans the pod template
    resources: int  # what checkov reports as scanned
    passed: int = 0
    skipped: int = 0
    parsing_errors: int = 0
    failures: list[str] = field(default_factory=list)  # `<file>: <resource>: <check id>: <check name>`

    @property
    def expected_resources(self) -> int:
        return self.objects + self.pod_templates

    def problems(self) -> list[str]:
        found = []
        if self.objects == 0:
            found.append(f"no objects in {MANIFEST_GLOB} files to scan")
        elif self.resources < self.expected_resources:
            found.append(
                f"checkov scanned {self.resources} resources, dist/ holds {self.objects} objects "
                f"({self.expected_resources} resources with the {self.pod_templates} pod templates checkov scans separately)"
            )
        if self.parsing_errors:
            found.append(f"checkov could not parse {self.parsing_errors} file(s)")
        if self.failures:
            found.append(f"checkov: {len(self.failures)} failed check(s)")
        return found

    def summary(self) -> str:
        scanned = (
            f"{self.objects} objects of dist/ + {self.pod_templates} pod templates"
            if self.resources == self.expected_resources
            else f"expected {self.objects} objects of dist/ + {self.pod_templates} pod templates"
        )
        return (
            f"checkov: scanned {self.resources} resources ({scanned}), {self.passed} checks passed, "
            f"{len(self.failures)} failed, {self.skipped} skipped by waivers"
        )


def count_objects(manifests: Sequence[Path]) -> tuple[int, int]:
    """(objects, objects whose pod template checkov scans too) in the manifest files."""
    objects = templates = 0
    for path in manifests:
        try:
            documents = list(yaml.load_all(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
        except yaml.YAMLError as error:
            raise RuntimeError(f"{path}: YAML syntax error: {error}") from None
        for document in documents:
            if not isinstance(document, dict):
                continue
            objects += 1
            template = (document.get("spec") or {}).get("template") if isinstance(document.get("spec"), dict) else None
            if document.get("kind") in POD_TEMPLATE_KINDS and isinstance(template, dict):
                templates += 1
    return objects, templates


def _reports(stdout: str) -> list[dict[str, Any]]:
    """checkov's JSON report(s): one object per framework, or a list of them (or a bare summary)."""
    text = stdout.strip()
    start = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
    if start < 0:
        raise ValueError("checkov printed no JSON report")
    data = json.loads(text[start:])
    reports = data if isinstance(data, list) else [data]
    return [r for r in reports if isinstance(r, dict)]


def run_checkov(dist: Path, checkov: Path = DEFAULT_CHECKOV) -> CheckovResult:
    manifests = sorted(dist.glob(MANIFEST_GLOB))
    objects, templates = count_objects(manifests)
    with tempfile.TemporaryDirectory(prefix="ai-workloads-checkov-") as scratch:
        copy = Path(scratch) / "dist"
        copy.mkdir()
        for path in manifests:
            shutil.copyfile(path, copy / path.name)
        completed = subprocess.run(
            [
                str(checkov.absolute()),
                "--directory",
                "dist",
                "--framework",
                "kubernetes",
                "--output",
                "json",
                "--skip-download",
            ],
            cwd=scratch,
            capture_output=True,
            text=True,
        )
    try:
        reports = _reports(completed.stdout)
    except ValueError as error:
        raise RuntimeError(f"checkov failed (exit {completed.returncode}): {error}\n{completed.stderr}") from None
    result = CheckovResult(objects=objects, pod_templates=templates, resources=0)
    for report in reports:
        # A run that found nothing to scan prints only the summary object.
        summary = report.get("summary") or (report if "resource_count" in report else {})
        result.resources += int(summary.get("resource_count", 0))
        result.passed += int(summary.get("passed", 0))
        result.skipped += int(summary.get("skipped", 0))
        result.parsing_errors += int(summary.get("parsing_errors", 0))
        for check in (report.get("results") or {}).get("failed_checks") or []:
            file = dist / Path(str(check.get("file_path", ""))).name
            result.failures.append(
                f"{file}: {check.get('resource')}: {check.get('check_id')}: {check.get('check_name')}"
            )
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ai_workloads.gates.checkov_run", description=__doc__.splitlines()[0]
    )
    parser.add_argument("dist", nargs="?", type=Path, default=Path("dist"))
    parser.add_argument("--checkov", type=Path, default=DEFAULT_CHECKOV, help=f"checkov executable ({DEFAULT_CHECKOV})")
    args = parser.parse_args(argv)
    try:
        result = run_checkov(args.dist, args.checkov)
    except (OSError, RuntimeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for failure in sorted(result.failures):
        print(failure, file=sys.stderr)
    print(result.summary())
    problems = result.problems()
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
