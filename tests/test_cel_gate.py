"""Gates that work for every user: CEL rules of the CRDs (after defaulting), the bundled CRD schemas
(no ../shared/crds needed), a checkov run that cannot scan nothing, cdk8s.yaml imports listed once."""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DIST, LLAMA, PROJECT, REPO, WORKLOADS, find

import ai_workloads.gates as gates
import ai_workloads.gates.crd_schema as crd_schema
from ai_workloads.errors import WorkloadError, WorkloadErrors
from ai_workloads.gates.cel_rules import CelStats
from ai_workloads.gates.crd_bundle import BUNDLE_FOLDER, CRD_IMPORTS, build_bundle, strip_descriptions
from ai_workloads.gates.crd_schema import BundledCrdCatalog, crd_schema_errors

CHECKOV = REPO / "tools" / "checkov" / ".venv" / "bin" / "checkov"
LLAMA_DIST = "llama-3-8b-instruct.k8s.yaml"
ROUTE = "llama-3-8b-instruct"
CEL_SUMMARY = re.compile(
    r"^CEL: (\d+) rule evaluations passed, (\d+) failed, (\d+) rules unevaluated "
    r"\(oldSelf: (\d+), unsupported function: (\d+), unsupported syntax: (\d+)\)$"
)


def dist_documents(name: str = LLAMA_DIST) -> list[dict[str, Any]]:
    return list(yaml.safe_load_all((DIST / name).read_text()))


def run_check(folder: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ai_workloads.check", str(folder), "--argocd", str(PROJECT / "argocd")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **env},
    )


def errors_of(manifest: dict[str, Any], catalog, stats: CelStats | None = None) -> list[tuple[str, str]]:
    return list(crd_schema_errors(manifest, catalog, stats))


# --- CEL rules of the real CRDs ----------------------------------------------------------------------


def test_committed_dist_passes_every_cel_rule_without_the_crd_folder():
    # GIVEN the committed dist/ and no CRD folder at all (as in a fresh clone), with CI's strict setting
    # WHEN make check's gate command runs
    result = run_check(DIST, AI_WORKLOADS_CRDS_DIR="/nonexistent/crds", AI_WORKLOADS_REQUIRE_CRDS="1")
    # THEN it passes, the CRD gate ran (no notice), and the CEL summary reports rules evaluated, none failed
    # and none left unevaluated
    assert result.returncode == 0, result.stderr
    assert "notice" not in result.stderr
    summaries = [CEL_SUMMARY.match(line) for line in result.stdout.splitlines() if line.startswith("CEL:")]
    assert len(summaries) == 1 and summaries[0] is not None, result.stdout
    passed, failed, unevaluated, *reasons = (int(n) for n in summaries[0].groups())
    assert passed > 0
    assert (failed, unevaluated, reasons) == (0, 0, [0, 0, 0])


def test_httproute_backend_timeout_longer_than_request_timeout_fails_synthesis(tmp_path, monkeypatch):
    # GIVEN a construct that renders an HTTPRoute whose backendRequest timeout exceeds its request
    # timeout (both valid Gateway API durations: only the CRD's CEL rule forbids it)
    import ai_workloads.synth.build as build
    from ai_workloads.platform.config import DEFAULT_RESERVED_NAMESPACES
    from ai_workloads.stage_types import Request, RunServices, RunSettings
    from ai_workloads.synth.progress import Progress
    from ai_workloads.synth.run import synthesize

    real_render_one = build.render_one

    def render_with_long_backend_timeout(workload, argocd=None):
        rendered = real_render_one(workload, argocd)
        route = find(rendered.manifests, "HTTPRoute")
        route["spec"]["rules"][0]["timeouts"] = {"request": "1h", "backendRequest": "2h"}
        return rendered

    monkeypatch.setattr(build, "render_one", render_with_long_backend_timeout)
    (tmp_path / "workloads").mkdir()
    shutil.copy(WORKLOADS / LLAMA, tmp_path / "workloads" / LLAMA)
    monkeypatch.chdir(tmp_path)
    # WHEN the workloads are synthesized
    with pytest.raises(WorkloadErrors) as failure:
        settings = RunSettings(Path("workloads"), Path("dist"), "1.35", None, tuple(DEFAULT_RESERVED_NAMESPACES))
        synthesize(Request(settings, RunServices(Progress())))
    # THEN synthesis fails with the rule's message at the rule's node
    assert [str(e) for e in failure.value.errors] == [
        f"workloads/{LLAMA}: HTTPRoute/{ROUTE}.spec.rules[0].timeouts: backendRequest timeout cannot be longer than request timeout"
    ]


def test_make_check_reports_a_broken_cel_rule_with_file_object_and_path(tmp_path):
    # GIVEN a dist/ whose HTTPRoute breaks the timeouts rule
    shutil.copytree(DIST, tmp_path / "dist")
    path = tmp_path / "dist" / LLAMA_DIST
    documents = dist_documents()
    find(documents, "HTTPRoute")["spec"]["rules"][0]["timeouts"] = {"request": "10s", "backendRequest": "1m"}
    path.write_text(yaml.safe_dump_all(documents))
    # WHEN the gates run over it
    result = run_check(tmp_path / "dist")
    # THEN the check fails with the message at the node, and the summary counts the failure
    assert result.returncode == 1
    assert (
        f"{path}: HTTPRoute/{ROUTE}.spec.rules[0].timeouts: backendRequest timeout cannot be longer than request timeout"
        in result.stderr.splitlines()
    )
    summary = next(CEL_SUMMARY.match(line) for line in result.stdout.splitlines() if line.startswith("CEL:"))
    assert int(summary.group(2)) == 1


def test_rules_see_the_defaulted_object(crd_catalog):
    # GIVEN an HTTPRoute path match without `type`, whose value has `//`
    route = copy.deepcopy(find(dist_documents(), "HTTPRoute"))
    route["spec"]["rules"][0]["matches"] = [{"path": {"value": "/v1//generate"}}]
    # WHEN the CRD gate checks it
    problems = errors_of(route, crd_catalog)
    # THEN the rule for PathPrefix paths applies, because `type` defaults to PathPrefix
    assert problems == [
        ("spec.rules[0].matches[0].path", "must not contain '//' when type one of ['Exact', 'PathPrefix']")
    ]
    # AND with the type set to RegularExpression the same value is accepted
    route["spec"]["rules"][0]["matches"][0]["path"]["type"] = "RegularExpression"
    assert errors_of(route, crd_catalog) == []


def test_defaulted_backend_group_and_kind_make_the_port_rule_apply(crd_catalog):
    # GIVEN a backendRef with only a name: group defaults to "" and kind to Service
    route = copy.deepcopy(find(dist_documents(), "HTTPRoute"))
    route["spec"]["rules"][0]["backendRefs"] = [{"name": ROUTE}]
    # WHEN checked THEN the rule sees a core Service reference without a port (not a missing key)
    assert errors_of(route, crd_catalog) == [("spec.rules[0].backendRefs[0]", "Must have port for Service reference")]


def test_cel_keyword_properties_are_escaped_like_the_api_server(crd_catalog):
    # GIVEN two parentRefs to the same Gateway in the same namespace (`namespace` is a CEL keyword,
    # the rule reads it as `__namespace__`), one with a sectionName and one without
    route = copy.deepcopy(find(dist_documents(), "HTTPRoute"))
    parent = route["spec"]["parentRefs"][0]
    route["spec"]["parentRefs"] = [
        {**parent, "namespace": "ml-inference"},
        {**parent, "namespace": "ml-inference", "sectionName": "https"},
    ]
    # WHEN checked THEN the rule on the list fails (it would be a `no such key` error without escaping)
    assert errors_of(route, crd_catalog) == [
        (
            "spec.parentRefs",
            "sectionName must be specified when parentRefs includes 2 or more references to the same parent",
        )
    ]


def test_gateway_listener_rules_run_over_the_whole_list(crd_catalog):
    # GIVEN a Gateway with its HTTPS listener twice
    gateway = copy.deepcopy(find(dist_documents(), "Gateway"))
    gateway["spec"]["listeners"].append(copy.deepcopy(gateway["spec"]["listeners"][0]))
    stats = CelStats()
    # WHEN checked THEN both uniqueness rules fail, each counted
    assert errors_of(gateway, crd_catalog, stats) == [
        ("spec.listeners", "Listener name must be unique within the Gateway"),
        ("spec.listeners", "Combination of port, protocol and hostname must be unique for each listener"),
    ]
    assert stats.failed == 2


# --- CEL semantics on a small CRD schema ---------------------------------------------------------------

WIDGET_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "apiVersion": {"type": "string"},
        "kind": {"type": "string"},
        "metadata": {"type": "object"},
        "spec": {
            "type": "object",
            "properties": {
                "replicas": {"type": "integer", "default": 1},
                "maxReplicas": {"type": "integer"},
                "mode": {"type": "string"},
                "url": {"type": "string"},
                "tags": {
                    "type": "array",
                    "items": {
                        "type": "string",
                        "x-kubernetes-validations": [
                            {"rule": "self.size() <= 3", "message": "a tag has at most 3 characters"}
                        ],
                    },
                },
                "limits": {
                    "type": "object",
                    "additionalProperties": {"type": "integer", "x-kubernetes-validations": [{"rule": "self >= 0"}]},
                },
                "labels": {
                    "type": "object",
                    "additionalProperties": {"type": "string"},
                    "x-kubernetes-validations": [
                        {"rule": "self.all(k, k.split('/')[0].size() < 8)", "message": "short prefixes"}
                    ],
                },
            },
            "x-kubernetes-validations": [
                {
                    "rule": "self.replicas <= self.maxReplicas",
                    "messageExpression": "'replicas ' + string(self.replicas) + ' exceed maxReplicas ' + string(self.maxReplicas)",
                },
                {"rule": "self.mode != 'legacy'", "fieldPath": ".mode"},
                {"rule": "self.mode == oldSelf.mode", "message": "mode is immutable"},
                {"rule": "!has(self.url) || isURL(self.url)", "message": "url must be a URL"},
                {"rule": "self.?mode.orValue('') != 'x'"},
            ],
        },
    },
}


@pytest.fixture
def widget_catalog(tmp_path) -> BundledCrdCatalog:
    folder = tmp_path / BUNDLE_FOLDER
    folder.mkdir()
    (folder / "example.com_v1_Widget.json").write_text(json.dumps(WIDGET_SCHEMA))
    return BundledCrdCatalog(folder)


def widget(**spec: Any) -> dict[str, Any]:
    return {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": spec}


def test_transition_and_unsupported_rules_are_counted_unevaluated_never_passed(widget_catalog):
    # GIVEN two valid widgets: their spec node carries an oldSelf rule, a rule using a Kubernetes-only
    # function (isURL) and one using optional syntax, next to two rules that can run
    stats = CelStats()
    first = widget(maxReplicas=3, mode="fast", url="https://example.com", tags=["a", "b"])
    second = widget(maxReplicas=2, mode="slow")
    # WHEN both are checked
    assert errors_of(first, widget_catalog, stats) == []
    assert errors_of(second, widget_catalog, stats) == []
    # THEN the runnable rules count as passed evaluations (2 per spec + 1 per tag), and each of the three
    # other rules is counted once as unevaluated, with its reason
    assert stats.summary() == (
        "CEL: 6 rule evaluations passed, 0 failed, 3 rules unevaluated (oldSelf: 1, unsupported function: 1, unsupported syntax: 1)"
    )


def test_rules_run_for_every_list_item_and_map_value(widget_catalog):
    # GIVEN two tags and one limit that break their item rules
    manifest = widget(maxReplicas=3, mode="fast", tags=["abcd", "ok", "wxyz"], limits={"cpu": -1, "gpu": 2})
    # WHEN checked THEN each item is reported at its own path; a rule without message names the rule
    assert sorted(errors_of(manifest, widget_catalog)) == [
        ("spec.limits.cpu", "failed rule: self >= 0"),
        ("spec.tags[0]", "a tag has at most 3 characters"),
        ("spec.tags[2]", "a tag has at most 3 characters"),
    ]


def test_defaults_apply_before_the_rules_and_message_expressions_explain(widget_catalog):
    # GIVEN a widget without replicas (default 1) and maxReplicas 0
    # WHEN checked THEN the rule sees replicas = 1 and reports its messageExpression
    assert errors_of(widget(maxReplicas=0, mode="fast"), widget_catalog) == [
        ("spec", "replicas 1 exceed maxReplicas 0")
    ]


def test_field_path_and_evaluation_errors_are_reported_like_the_api_server(widget_catalog):
    # GIVEN a widget without maxReplicas (the rule reads it) and with the forbidden mode
    # WHEN checked THEN the missing key is an error of the rule, and fieldPath moves the other error
    assert sorted(errors_of(widget(mode="legacy"), widget_catalog)) == [
        ("spec", "no such key: maxReplicas evaluating rule: self.replicas <= self.maxReplicas"),
        ("spec.mode", "failed rule: self.mode != 'legacy'"),
    ]


def test_kubernetes_string_library_split_is_available(widget_catalog):
    # GIVEN map keys with a short and a long prefix (the rule uses Kubernetes' strings `split`)
    ok = widget(maxReplicas=1, mode="fast", labels={"a.io/x": "1"})
    long = widget(maxReplicas=1, mode="fast", labels={"example.com/x": "1"})
    # WHEN checked THEN it is evaluated, not skipped
    stats = CelStats()
    assert errors_of(ok, widget_catalog, stats) == []
    assert errors_of(long, widget_catalog, stats) == [("spec.labels", "short prefixes")]
    assert stats.failed == 1 and "unsupported function: 1" in stats.summary()  # isURL only, not split


# --- bundled CRD schemas ------------------------------------------------------------------------------


def test_committed_bundle_is_what_the_generator_makes_from_the_crds(crds_folder):
    # GIVEN the upstream CRD files  WHEN the bundle is generated from them
    generated = build_bundle(crds_folder)
    # THEN it is byte for byte the committed imports/crd_schemas
    committed = {p.name: p.read_text(encoding="utf-8") for p in sorted((REPO / "imports" / BUNDLE_FOLDER).iterdir())}
    assert committed == generated


def test_bundle_keeps_rules_and_defaults_and_drops_descriptions(crds_folder):
    # GIVEN the HTTPRoute CRD  WHEN its bundled schema is read
    bundled = json.loads((REPO / "imports" / BUNDLE_FOLDER / "gateway.networking.k8s.io_v1_HTTPRoute.json").read_text())
    source = next(
        v["schema"]["openAPIV3Schema"]
        for d in yaml.load_all(
            (crds_folder / CRD_IMPORTS["gateway_api_httproute"]).read_text(), Loader=yaml.CSafeLoader
        )
        for v in d["spec"]["versions"]
        if v["name"] == "v1"
    )

    def count(node: Any, key: str) -> int:
        if isinstance(node, dict):
            return sum(
                len(v) if k == key and isinstance(v, list) else (k == key) + count(v, key) for k, v in node.items()
            )
        return sum(count(item, key) for item in node) if isinstance(node, list) else 0

    # THEN every CEL rule and default is kept, and no description is left
    assert count(bundled, "x-kubernetes-validations") == count(source, "x-kubernetes-validations") > 0
    assert count(bundled, "default") == count(source, "default") > 0
    assert count(bundled, "description") == 0 < count(source, "description")


def test_strip_descriptions_keeps_a_property_named_description():
    schema = {"description": "a thing", "properties": {"description": {"type": "string", "description": "text"}}}
    assert strip_descriptions(schema) == {"properties": {"description": {"type": "string"}}}


def test_missing_bundle_is_an_error_when_crds_are_required(monkeypatch):
    # GIVEN no bundled schemas (e.g. an imports/ folder regenerated without them)
    monkeypatch.setattr(crd_schema, "load_bundled_catalog", lambda: None)
    # WHEN CI requires the CRD gate THEN that is an error
    monkeypatch.setenv("AI_WORKLOADS_REQUIRE_CRDS", "1")
    assert gates.crd_catalog_status(announce=True) == (
        None,
        [
            WorkloadError(
                "imports/crd_schemas",
                "<root>",
                "no bundled CRD schemas: custom resources are not validated against their CRDs",
            )
        ],
    )


def test_missing_bundle_is_a_notice_otherwise(monkeypatch, capsys):
    monkeypatch.setattr(crd_schema, "load_bundled_catalog", lambda: None)
    monkeypatch.delenv("AI_WORKLOADS_REQUIRE_CRDS", raising=False)
    assert gates.crd_catalog_status(announce=True) == (None, [])
    assert capsys.readouterr().err == (
        "notice: no bundled CRD schemas: custom resources are not validated against their CRDs "
        "(run `make imports` to generate imports/crd_schemas)\n"
    )


# --- cdk8s.yaml -------------------------------------------------------------------------------------------


def test_cdk8s_yaml_lists_each_import_once_with_its_upstream_url():
    imports = yaml.safe_load((REPO / "cdk8s.yaml").read_text())["imports"]
    names = [spec.split(":=", 1)[0] for spec in imports]
    sources = [spec.split(":=", 1)[1] for spec in imports]
    assert names == list(CRD_IMPORTS)  # the CRDs `make imports` generates from, in the same order
    assert all(source.startswith("https://raw.githubusercontent.com/") for source in sources), sources


# --- checkov --------------------------------------------------------------------------------------------


def copy_dist_under_a_dot_folder(tmp_path: Path) -> Path:
    clone = tmp_path / ".work" / "ai-workloads"
    shutil.copytree(DIST, clone / "dist")
    return clone


def run_checkov_gate(clone: Path, checkov: Path = CHECKOV) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ai_workloads.gates.checkov_run", "--checkov", str(checkov), "dist"],
        cwd=clone,
        capture_output=True,
        text=True,
        timeout=600,
    )


def dist_counts(folder: Path) -> tuple[int, int]:
    """(objects, Deployments and Jobs: the pod templates) in a dist/ folder, counted here independently of
    the helper."""
    documents = [d for p in sorted(folder.glob("*.k8s.yaml")) for d in yaml.safe_load_all(p.read_text()) if d]
    return len(documents), sum(1 for d in documents if d["kind"] in ("Deployment", "Job"))


def test_checkov_scans_every_object_from_a_clone_under_a_dot_folder(tmp_path):
    # GIVEN a clone under a folder whose name starts with a dot, which plain checkov skips entirely
    clone = copy_dist_under_a_dot_folder(tmp_path)
    plain = subprocess.run(
        [
            str(CHECKOV),
            "--directory",
            str(clone / "dist"),
            "--framework",
            "kubernetes",
            "-o",
            "json",
            "--skip-download",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    plain_report = json.loads(plain.stdout)
    assert plain_report.get("summary", plain_report)["resource_count"] == 0  # (a bare summary when it found nothing)
    objects, deployments = dist_counts(clone / "dist")
    # WHEN make check's checkov step runs from inside that clone
    result = run_checkov_gate(clone)
    # THEN it passes and every object of dist/ was scanned (checkov also scans each Deployment's pod template)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(
        f"checkov: scanned {objects + deployments} resources ({objects} objects of dist/ + {deployments} pod templates), "
    )
    assert ", 0 failed, " in result.stdout


def test_checkov_fails_on_a_failed_check(tmp_path):
    # GIVEN a TGI Deployment whose image-digest waiver was removed
    clone = copy_dist_under_a_dot_folder(tmp_path)
    path = clone / "dist" / LLAMA_DIST
    documents = dist_documents()
    deployment = find(documents, "Deployment")
    annotations = deployment["metadata"]["annotations"]
    deployment["metadata"]["annotations"] = {k: v for k, v in annotations.items() if not v.startswith("CKV_K8S_43=")}
    path.write_text(yaml.safe_dump_all(documents))
    # WHEN checkov runs  THEN the failed check is reported and the step fails
    result = run_checkov_gate(clone)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"dist/{LLAMA_DIST}: Deployment.ml-inference.{ROUTE}: CKV_K8S_43: Image should use digest",
        "error: checkov: 1 failed check(s)",
    ]


def test_checkov_fails_when_it_scans_fewer_objects_than_dist_holds(tmp_path):
    # GIVEN a checkov that reports a clean run of zero resources (what it does on a skipped path)
    clone = copy_dist_under_a_dot_folder(tmp_path)
    fake = tmp_path / "checkov"
    report = {
        "check_type": "kubernetes",
        "results": {"failed_checks": []},
        "summary": {"passed": 0, "failed": 0, "skipped": 0, "parsing_errors": 0, "resource_count": 0},
    }
    fake.write_text(f"#!{sys.executable}\nprint({json.dumps(json.dumps(report))})\n")
    fake.chmod(0o755)
    objects, deployments = dist_counts(clone / "dist")
    # WHEN the checkov step runs with it  THEN it fails and says what was missed
    result = run_checkov_gate(clone, fake)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: checkov scanned 0 resources, dist/ holds {objects} objects "
        f"({objects + deployments} resources with the {deployments} pod templates checkov scans separately)"
    ]


def test_the_synthesis_checks_the_bundle_is_there_without_loading_it(monkeypatch, tmp_path, capsys):
    import ai_workloads.gates.settings as gate_settings
    from ai_workloads.synth import cli

    # GIVEN the bundle as committed: present, and found without reading a schema
    assert gate_settings.crd_bundle_present()
    assert gates.crd_catalog_status(announce=True, load=False) == (None, [])
    # WHEN it is missing and CI requires the CRD gate, THEN a synthesis fails with that error, writing nothing
    monkeypatch.setattr(gate_settings, "bundled_schemas_dir", lambda: None)
    monkeypatch.setenv("AI_WORKLOADS_REQUIRE_CRDS", "1")
    shutil.copytree(WORKLOADS, tmp_path / "workloads")
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert cli.main(["--no-platform-files", "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert (
        "imports/crd_schemas: <root>: no bundled CRD schemas: custom resources are not validated against their CRDs"
        in err
    )
    assert not (tmp_path / "dist").exists()
