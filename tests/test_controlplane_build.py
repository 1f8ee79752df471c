"""The rehearsal's pinned binaries: generated go.mod files, versions, caching and atomic builds.

The first run on a machine builds every binary from the Go module proxy (tens of minutes on two
cores); later runs reuse ${XDG_CACHE_HOME:-~/.cache}/ai-workloads/bin.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ai_workloads.rehearsal import binaries

TOOLS = Path(__file__).resolve().parents[1] / "tools"
sys.path.insert(0, str(TOOLS))
import gen_gomod  # noqa: E402  (tools/ is a script folder, not a package)

STAGING = re.compile(r"^\s*(k8s\.io/\S+)\s*=>\s*\./staging/src/(k8s\.io/\S+)\s*$", re.M)
REPLACE = re.compile(r"^\s*(?:replace\s+)?(\S+)\s*=>\s*(\S+)(?:\s+(v\S+))?\s*$", re.M)


def upstream_gomod(module: str, version: str) -> str:
    out = subprocess.run(
        ["go", "mod", "download", "-json", f"{module}@{version}"], check=True, capture_output=True, text=True
    ).stdout
    return Path(json.loads(out)["GoMod"]).read_text()


def replaces(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.group(1): (m.group(2), m.group(3)) for m in REPLACE.finditer(text)}


def test_controlplane_replaces_are_exactly_the_release_staging_modules():
    version = binaries.versions()["kubernetes"]
    release = upstream_gomod("k8s.io/kubernetes", version)
    staging = {left for left, right in STAGING.findall(release) if left == right}
    assert len(staging) > 25 and "k8s.io/api" in staging and "k8s.io/client-go" in staging
    ours = replaces((TOOLS / "controlplane" / "go.mod").read_text())
    published = "v0." + version.split(".", 1)[1]
    assert ours == {module: (module, published) for module in staging}


def test_etcd_is_the_version_kubernetes_pins_and_its_sibling_replaces_follow_it():
    release = upstream_gomod("k8s.io/kubernetes", binaries.versions()["kubernetes"])
    pinned = re.search(r"^\s*go\.etcd\.io/etcd/server/v3 (v\S+)", release, re.M).group(1)
    assert binaries.versions()["etcd"] == pinned
    etcd = upstream_gomod("go.etcd.io/etcd/server/v3", pinned)
    local = {left for left, (right, _) in replaces(etcd).items() if right.startswith("../")}
    assert local and replaces((TOOLS / "etcd" / "go.mod").read_text()) == {m: (m, pinned) for m in local}


def test_argocd_restates_every_replace_of_its_release():
    version = binaries.versions()["argocd"]
    release = replaces(upstream_gomod("github.com/argoproj/argo-cd/v3", version))
    assert release and not any(right.startswith(".") for right, _ in release.values())
    assert replaces((TOOLS / "argocd" / "go.mod").read_text()) == release


@pytest.mark.parametrize("name", ["controlplane", "etcd", "kwok", "argocd", "keda", "prometheus"])
def test_committed_gomod_replace_block_is_what_the_generator_writes(name):
    spec = gen_gomod.specs()[name]
    generated = gen_gomod.render(spec)
    committed = (TOOLS / name / "go.mod").read_text()
    assert replaces(generated) == replaces(committed)
    assert f"{spec.require} {spec.version}" in committed


def test_generator_refuses_a_local_replace_it_cannot_map():
    with pytest.raises(ValueError, match="no published version"):
        gen_gomod.no_local("example.com/nested", "./nested")


# --- the real binaries (the first run builds them) ---------------------------------------------------


@pytest.fixture(scope="module")
def built():
    return binaries.ensure_binaries(progress=False)


def run(*cmd: object) -> str:
    return subprocess.run([str(c) for c in cmd], check=True, capture_output=True, text=True).stdout


def test_binaries_report_the_pinned_versions(built):
    v = binaries.versions()
    client = json.loads(run(built["kubectl"], "version", "--client", "-o", "json"))["clientVersion"]
    assert (client["gitVersion"], client["major"], client["minor"]) == (v["kubernetes"], "1", "35")
    for server in ("kube-apiserver", "kube-controller-manager", "kube-scheduler"):
        assert run(built[server], "--version").strip() == f"Kubernetes {v['kubernetes']}"
    assert f"etcd Version: {v['etcd'].lstrip('v')}" in run(built["etcd"], "--version")
    assert v["kwok"] in run(built["kwok"], "--version")
    assert run(built["argocd"], "version", "--client", "--short").strip() == f"argocd: {v['argocd']}+unknown"


def test_second_call_builds_nothing(built):
    mtimes = {name: path.stat().st_mtime_ns for name, path in built.items()}
    again = binaries.ensure_binaries(progress=False)
    assert again.built == ()
    assert dict(again) == dict(built)
    assert {name: path.stat().st_mtime_ns for name, path in again.items()} == mtimes


def test_argocd_crds_come_from_the_built_module(built):
    crds = binaries.argocd_crds_dir()
    names = sorted(p.name for p in crds.glob("*-crd.yaml"))
    assert names == ["application-crd.yaml", "applicationset-crd.yaml", "appproject-crd.yaml"]
    assert f"argo-cd/v3@{binaries.versions()['argocd']}" in str(crds)


# --- cache behaviour, with a stand-in for `go build` -------------------------------------------------

FAKE = binaries.Component(
    "fake",
    "controlplane",
    "k8s.io/kubernetes",
    {"fake": "example.com/fake"},
    lambda version, date: [],
    {"fake": ("--version",)},
)


def fake_build(reported: str, calls: list):
    def build(component, out_dir: Path) -> None:
        calls.append(out_dir)
        script = out_dir / "fake"
        script.write_text(f"#!/bin/sh\necho fake {reported}\n")
        script.chmod(0o755)

    return build


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(binaries, "COMPONENTS", (FAKE,))
    return tmp_path / "ai-workloads" / "bin"


def test_a_failed_build_leaves_no_binary_and_no_temporary_folder(cache, monkeypatch):
    calls: list = []
    monkeypatch.setattr(binaries, "_go_build", fake_build("v0.0.0-wrong", calls))
    with pytest.raises(binaries.BuildError, match="does not report"):
        binaries.ensure_binaries(progress=False)
    assert calls and not calls[0].exists()
    assert [p.name for p in cache.iterdir() if not p.name.endswith(".lock")] == []


def test_a_cached_folder_that_does_not_verify_is_rebuilt(cache, monkeypatch):
    version = FAKE.version()
    calls: list = []
    monkeypatch.setattr(binaries, "_go_build", fake_build(version, calls))
    stale = cache / f"fake-{version}"
    stale.mkdir(parents=True)
    (stale / "fake").write_text("half a binary")
    first = binaries.ensure_binaries(progress=False)
    assert first.built == ("fake",) and len(calls) == 1
    assert run(first["fake"], "--version").strip() == f"fake {version}"
    assert binaries.ensure_binaries(progress=False).built == () and len(calls) == 1


def test_progress_prints_one_line_per_component_off_a_terminal(cache, monkeypatch, capsys):
    monkeypatch.setattr(binaries, "_go_build", fake_build(FAKE.version(), []))
    binaries.ensure_binaries(progress=True)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and re.fullmatch(rf"built fake {FAKE.version()} in \d+s \(\d+s CPU\)", lines[0])


@pytest.mark.parametrize(
    "package, name",
    [
        ("go.etcd.io/etcd/server/v3", "server"),  # go drops the major-version suffix
        ("github.com/argoproj/argo-cd/v3/cmd", "cmd"),
        ("k8s.io/kubernetes/cmd/kube-apiserver", "kube-apiserver"),
    ],
)
def test_the_file_go_build_writes_is_found(package, name):
    assert binaries._go_binary_name(package) == name


CONCURRENT = """
import sys, time
from pathlib import Path
from ai_workloads.rehearsal import binaries
fake = binaries.Component("fake", "controlplane", "k8s.io/kubernetes", {"fake": "example.com/fake"},
                          lambda version, date: [], {"fake": ("--version",)})
def build(component, out_dir):
    with open(sys.argv[1], "a") as log:
        log.write("build\\n")
    time.sleep(2)
    script = out_dir / "fake"
    script.write_text("#!/bin/sh\\necho fake " + component.version() + "\\n")
    script.chmod(0o755)
binaries.COMPONENTS = (fake,)
binaries._go_build = build
print(binaries.ensure_binaries(progress=False).built)
"""


def test_two_processes_build_a_component_once(tmp_path):
    log = tmp_path / "builds.log"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    procs = [
        subprocess.Popen([sys.executable, "-c", CONCURRENT, str(log)], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = sorted(p.communicate(timeout=120)[0].strip() for p in procs)
    assert [p.returncode for p in procs] == [0, 0]
    assert outputs == ["('fake',)", "()"]
    assert log.read_text() == "build\n"


def unknown_fields(obj, schema, path=""):
    """Paths in `obj` that `schema` (an OpenAPI v3 CRD schema) does not declare."""
    if isinstance(obj, dict) and "properties" in schema:
        for key, value in obj.items():
            if key not in schema["properties"]:
                yield f"{path}.{key}"
            else:
                yield from unknown_fields(value, schema["properties"][key], f"{path}.{key}")
    elif isinstance(obj, list) and "items" in schema:
        for i, item in enumerate(obj):
            yield from unknown_fields(item, schema["items"], f"{path}[{i}]")


def test_every_rendered_application_field_exists_in_the_built_argocd_crd():
    import yaml
    from conftest import PROJECT  # the examples' expected outputs

    crd = yaml.safe_load((binaries.argocd_crds_dir() / "application-crd.yaml").read_text())
    schema = crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]
    apps = [
        doc
        for f in sorted([*PROJECT.glob("argocd/**/*.yaml"), *PROJECT.glob("dist/*.yaml")])
        for doc in yaml.safe_load_all(f.read_text())
        if doc and doc.get("kind") == "Application"
    ]
    assert apps
    body = [{k: v for k, v in app.items() if k not in ("apiVersion", "kind", "metadata")} for app in apps]
    assert [list(unknown_fields(b, schema)) for b in body] == [[] for _ in body]
