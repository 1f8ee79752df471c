"""The rehearsal with the real Argo CD (issue #20, tests 3-7): application controller, repo server and
redis (rehearsal/argocd.py) sync the project's app of apps from a git copy of this checkout
(`file://`), onto the rehearsal's control plane (rehearsal/controlplane.py, simulated GPU nodes).

One control plane and one Argo CD serve the module; the tests run in file order and each leaves the
repository in a state the next one starts from: 3 (initial delivery, waves) -> 4 (a workload whose pods
never get Ready) -> 5 (deleting workload files) -> 6 (a new model revision) -> 7 (a slow first start).
Without built binaries they skip, unless AI_WORKLOADS_REQUIRE_REHEARSAL=1 (then they fail).
"""

from __future__ import annotations

import http.server
import itertools
import os
import re
import shutil
import socket
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from ai_workloads.rehearsal.argocd import (
    ARGOCD_FLAG_FACTS,
    CONTROLLER,
    REDIS,
    REPO_SERVER,
    AppRow,
    ArgoCD,
    RehearsalRepo,
    RehearsalTimeout,
    format_table,
    start_isolated,
)

REPO = Path(__file__).resolve().parent.parent
AUTOSCALED = tuple(
    sorted(
        p.name for p in (REPO / "workloads").glob("*.yaml") if re.search(r"(?m)^\s*(autoscaling|keda):", p.read_text())
    )
)  # delivered with the others: KEDA's ScaledObject status is simulated (kwok stage scaledobject-ready)
TEST_WORKLOADS = Path(__file__).resolve().parent / "rehearsal_workloads"
REQUIRE_ENV = "AI_WORKLOADS_REQUIRE_REHEARSAL"
SYNC_WAVE = "argocd.argoproj.io/sync-wave"
TIMEOUT = 300  # seconds for Argo CD to get every Application Synced + Healthy after a commit (make rehearse's default; ten examples on a loaded machine took 150-200 s)

# Test 7's compressed clock, 40x: Kubernetes' default progressDeadlineSeconds of 600 s becomes 15 s, the
# slow-start workload's startup budget (9 x 10 s, 90 s) stands for 60 minutes and its pods' Ready delay
# of 25 s for 17 minutes of a first TGI/vLLM start: longer than the default deadline, within the budget.
KUBERNETES_DEFAULT_PROGRESS_DEADLINE = 600
CLOCK_COMPRESSION = 40
SLOW_READY_DELAY = 25.0


def _binaries() -> dict[str, Path]:
    try:
        from ai_workloads.rehearsal.binaries import ensure_binaries

        binaries = dict(ensure_binaries())
        if "argocd" not in binaries:
            raise RuntimeError("Argo CD's binary was not built")
        return binaries
    except Exception as error:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"the rehearsal binaries are not available: {error}")
        pytest.skip(f"the rehearsal binaries are not available: {error}")


@dataclass
class Rehearsal:
    cp: Any
    argo: ArgoCD
    repo: RehearsalRepo
    rows: list[AppRow]
    seconds: float
    first_sync: dict[str, dict[str, Any]] = field(default_factory=dict)  # Application -> operationState


@pytest.fixture(scope="module")
def rehearsal():
    from ai_workloads.platform import prerequisites as prereq
    from ai_workloads.rehearsal.controlplane import ControlPlane, ControlPlaneSettings, target_version
    from ai_workloads.rehearsal.platform_setup import install_prerequisites

    binaries = _binaries()
    from ai_workloads.rehearsal.simulated import nodes_for

    prerequisites = prereq.compute(REPO / "dist", REPO / "argocd")
    settings = ControlPlaneSettings(
        expected_version=target_version(REPO / "cdk8s.yaml"), nodes=nodes_for(prerequisites)
    )
    with ControlPlane(settings, binaries=binaries) as cp:
        install_prerequisites(cp, prerequisites)
        with ArgoCD(cp) as argo:
            started = time.monotonic()
            repo = RehearsalRepo.create(REPO, cp.workdir / "gitrepo")
            # every example, the autoscaled ones included (their ScaledObject status is simulated)
            argo.deliver(repo)
            rows = argo.wait_synced_healthy(TIMEOUT)
            first_sync = {
                name: (app.get("status") or {}).get("operationState") or {} for name, app in argo.applications().items()
            }
            yield Rehearsal(cp, argo, repo, rows, time.monotonic() - started, first_sync)
        print(
            f"\nArgo CD {argo.version}: nothing to all Healthy in {rehearsal_seconds(rows)}; peak memory of controller + "
            f"repo server + redis {argo.peak_rss_bytes / 2**20:.0f} MiB; whole rehearsal {cp.peak_rss_bytes / 2**20:.0f} MiB"
        )


def rehearsal_seconds(rows: list[AppRow]) -> str:
    return f"{max(r.seconds for r in rows):.0f} s" if rows else "-"


def dist_objects(repo: RehearsalRepo, name: str) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all((repo.path / "dist" / f"{name}.k8s.yaml").read_text()) if d]


def wave(obj: dict[str, Any]) -> int:
    return int(((obj["metadata"].get("annotations") or {}).get(SYNC_WAVE)) or 0)


def application_of(repo: RehearsalRepo, workload: str) -> str:
    return yaml.safe_load((repo.path / "argocd" / "apps" / f"{workload}.yaml").read_text())["metadata"]["name"]


def change_repo(
    repo: RehearsalRepo,
    message: str,
    add: tuple[Path, ...] = (),
    remove: tuple[str, ...] = (),
    edit: tuple[str, str, str] | None = None,
) -> str:
    """Add workload files, remove them, or edit one (file, pattern, replacement); synthesize; commit."""
    for path in add:
        shutil.copy(path, repo.path / "workloads" / path.name)
    for name in remove:
        (repo.path / "workloads" / name).unlink()
    if edit is not None:
        target = repo.path / "workloads" / edit[0]
        text, count = re.subn(edit[1], edit[2], target.read_text())
        assert count == 1, f"{edit[0]}: {edit[1]!r} not found"
        target.write_text(text)
    repo.synth()
    return repo.commit(message)


def live(cp: Any, obj: dict[str, Any]) -> dict[str, Any] | None:
    return cp.live(obj)


def condition(obj: dict[str, Any] | None, kind: str) -> dict[str, Any]:
    return next((c for c in ((obj or {}).get("status") or {}).get("conditions") or [] if c.get("type") == kind), {})


# --------------------------------------------------------------------------- without binaries
def test_a_process_in_its_own_network_namespace_reaches_the_forwarded_ports_and_nothing_reaches_it(tmp_path):
    """What the controller gets (its metrics port is 0.0.0.0 in Argo CD): 127.0.0.1:<port> inside leads to
    the host's 127.0.0.1:<port>; what it listens on, even 0.0.0.0, is not reachable from the host."""

    class Answer(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"from the host")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        inner = probe.getsockname()[1]  # free on the host
    program = [
        sys.executable,
        "-c",
        textwrap.dedent(f"""
        import socket, urllib.request
        print(urllib.request.urlopen("http://127.0.0.1:{port}/", timeout=10).read().decode(), flush=True)
        listener = socket.create_server(("0.0.0.0", {inner}))
        print("listening", flush=True)
        listener.accept()
    """),
    ]
    started = []

    def start_process(name, argv, env, cwd):
        started.append(
            subprocess.Popen(
                [str(a) for a in argv],
                env={**os.environ, **env},
                cwd=cwd,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                start_new_session=True,
            )
        )
        return started[-1]

    popen, bridge = start_isolated(start_process, "probe", program, {}, tmp_path, [port], 30)
    try:
        assert popen.stdout.readline().strip() == "from the host"
        assert popen.stdout.readline().strip() == "listening"
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", inner), timeout=5).close()
    finally:
        popen.kill()
        popen.wait()
        bridge.close()
        server.shutdown()
    assert not list(tmp_path.glob("*.sock"))


def test_the_rehearsal_repository_points_argo_cd_at_itself_and_leaves_the_checkout_alone(tmp_path):
    status_before = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain"], capture_output=True, text=True
    ).stdout
    repo = RehearsalRepo.create(REPO, tmp_path / "gitrepo")
    assert repo.url == f"file://{tmp_path / 'gitrepo'}"
    applications = [repo.root_application()] + [
        yaml.safe_load(p.read_text()) for p in (repo.path / "argocd" / "apps").glob("*.yaml")
    ]
    assert len(applications) == 1 + len(list((REPO / "argocd" / "apps").glob("*.yaml")))
    assert {a["spec"]["source"]["repoURL"] for a in applications} == {repo.url}
    assert {a["spec"]["source"]["targetRevision"] for a in applications} == {repo.branch}
    assert (
        subprocess.run(
            ["git", "-C", str(repo.path), "rev-parse", "--abbrev-ref", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        == repo.branch
    )
    assert (
        subprocess.run(["git", "-C", str(repo.path), "status", "--porcelain"], capture_output=True, text=True).stdout
        == ""
    )
    tracked = subprocess.run(
        ["git", "-C", str(repo.path), "ls-files", "-s"], capture_output=True, text=True
    ).stdout.splitlines()
    assert not [line for line in tracked if line.startswith("120000")], (
        "symlinks committed (the repo server refuses them)"
    )
    assert repo.stale_dist() == []  # dist/ does not depend on the repoURL
    for path in [
        Path("argocd/application.yaml"),
        *(p.relative_to(REPO) for p in (REPO / "argocd" / "apps").glob("*.yaml")),
    ]:
        ours, theirs = (repo.path / path).read_text().splitlines(), (REPO / path).read_text().splitlines()
        assert [(a, b) for a, b in zip(ours, theirs) if a != b] == [
            (l, r) for l, r in zip(ours, theirs) if "repoURL:" in l and l != r
        ]
        assert len(ours) == len(theirs) and sum("repoURL:" in l and l != r for l, r in zip(ours, theirs)) == 1, path
    assert "file://" not in (REPO / "cdk8s.yaml").read_text()
    assert (
        subprocess.run(["git", "-C", str(REPO), "status", "--porcelain"], capture_output=True, text=True).stdout
        == status_before
    )


# --------------------------------------------------------------------------- facts about the binary
def test_the_flags_the_rehearsal_sets_are_argo_cds_with_the_defaults_read_in_the_source(rehearsal):
    helps = {}
    for command in (CONTROLLER, REPO_SERVER):
        result = subprocess.run(
            [str(rehearsal.argo.folder / "bin" / command), "--help"], capture_output=True, text=True, timeout=60
        )
        helps[command] = result.stdout + result.stderr
    for fact in ARGOCD_FLAG_FACTS:
        line = next(
            (l for l in helps[fact.command].splitlines() if re.search(rf"\s{re.escape(fact.flag)}[\s=]", l + " ")), None
        )
        assert line is not None, f"{fact.command} has no {fact.flag} ({fact.source})"
        if fact.default is not None:
            assert f'(default "{fact.default}")' in line or f"(default {fact.default})" in line, (fact, line)


def _listening(pid: int) -> list[str]:
    """Local addresses of the TCP sockets process `pid` listens on (its own network namespace's view)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        target = os.readlink(fd) if fd.is_symlink() else ""
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            parts = line.split()
            if parts[3] == "0A" and parts[9] in inodes:  # LISTEN
                address, port = parts[1].split(":")
                host = (
                    ".".join(str(int(address[i : i + 2], 16)) for i in (6, 4, 2, 0)) if len(address) == 8 else address
                )
                host = "0.0.0.0" if host == "0" * 32 else host  # Go listens on the IPv6 wildcard for 0.0.0.0
                found.append(f"{host}:{int(port, 16)}")
    return found


def test_argo_cd_listens_on_loopback_only(rehearsal):
    pids = dict(rehearsal.cp.processes())
    for name in (REDIS, REPO_SERVER):
        addresses = _listening(pids[name])
        assert addresses and all(a.startswith("127.0.0.1:") for a in addresses), (name, addresses)
    controller = pids[CONTROLLER]
    # Its metrics listener is 0.0.0.0 (not configurable), inside a namespace whose only interface is lo.
    assert os.readlink(f"/proc/{controller}/ns/net") != os.readlink("/proc/self/ns/net")
    interfaces = [l.split(":")[0].strip() for l in Path(f"/proc/{controller}/net/dev").read_text().splitlines()[2:]]
    assert interfaces == ["lo"], interfaces
    assert any(a.startswith("0.0.0.0:") for a in _listening(controller)), "the controller's metrics listener moved"


# --------------------------------------------------------------------------- 3. app of apps, waves
def test_every_application_synced_and_healthy_through_the_app_of_apps(rehearsal):
    expected = {
        application_of(rehearsal.repo, p.stem) for p in (rehearsal.repo.path / "argocd" / "apps").glob("*.yaml")
    }
    assert {r.name for r in rehearsal.rows} == expected
    assert all(r.sync == "Synced" and r.health == "Healthy" for r in rehearsal.rows), format_table(rehearsal.rows)
    assert all(r.retry_count == 0 for r in rehearsal.rows), format_table(rehearsal.rows)
    # The root created the children: Argo CD's tracking annotation names the root on each of them.
    root = rehearsal.repo.root_application()["metadata"]["name"]
    apps = rehearsal.argo.applications()
    tracking = {
        name: (apps[name]["metadata"].get("annotations") or {}).get("argocd.argoproj.io/tracking-id", "")
        for name in expected
    }
    assert all(value.startswith(f"{root}:argoproj.io/Application:") for value in tracking.values()), tracking


def test_the_autoscaled_examples_are_delivered_with_a_simulated_ready_scaled_object(rehearsal):
    """KEDA is not run: its ScaledObject status is written by the kwok stage scaledobject-ready (labelled
    SIMULATED), which is what Argo CD v3.2.11's keda.sh/ScaledObject health check needs to say Healthy."""
    assert AUTOSCALED, "workloads/ has autoscaled examples"
    rows = {r.name: r for r in rehearsal.rows}
    for file in AUTOSCALED:
        name = file.removesuffix(".yaml")
        row = rows[application_of(rehearsal.repo, name)]
        assert (row.sync, row.health) == ("Synced", "Healthy"), format_table(rehearsal.rows)
        scaled = [o for o in dist_objects(rehearsal.repo, name) if o["kind"] == "ScaledObject"]
        assert scaled, name
        for obj in scaled:
            ready = condition(live(rehearsal.cp, obj), "Ready")
            assert ready["status"] == "True" and "SIMULATED" in ready["message"], ready


def test_the_gpu_nodes_hold_every_example_at_once(rehearsal):
    """Counted from the rendered Deployments (platform/prerequisites.py), not hard-coded: every GPU pod of
    the examples was scheduled (each server is Healthy above), and the nodes have at least that many GPUs."""
    from ai_workloads.platform import prerequisites as prereq

    pods = [p for w in prereq.compute(REPO / "dist", REPO / "argocd")["workloads"].values() for p in w["gpuPods"]]
    nodes = rehearsal.cp.list_objects("v1", "Node")
    gpus = sum(int(n["status"]["allocatable"].get("nvidia.com/gpu", 0)) for n in nodes)
    assert gpus >= sum(p["gpusPerPod"] * p["pods"] for p in pods) > 0


def test_sync_waves_ran_in_the_rendered_order(rehearsal):
    """Every wave's objects were created after every object of the wave before (creationTimestamp, 1 s
    resolution; Argo CD waits for a wave to be healthy and then 2 s before the next), and Argo CD's own
    sync result lists them in wave order."""
    for dist_file in sorted((rehearsal.repo.path / "dist").glob("*.k8s.yaml")):
        workload = dist_file.name.removesuffix(".k8s.yaml")
        objects = dist_objects(rehearsal.repo, workload)
        created: dict[int, list[str]] = {}
        for obj in objects:
            current = live(rehearsal.cp, obj)
            assert current is not None, f"{workload}: {obj['kind']}/{obj['metadata']['name']} was not created"
            created.setdefault(wave(obj), []).append(current["metadata"]["creationTimestamp"])
        waves = sorted(created)
        assert len(waves) >= 2, workload
        for earlier, later in itertools.pairwise(waves):
            assert max(created[earlier]) < min(created[later]), (workload, earlier, later, created)
        order = {(o["kind"], o["metadata"]["name"]): wave(o) for o in objects}
        results = (rehearsal.first_sync[application_of(rehearsal.repo, workload)].get("syncResult") or {}).get(
            "resources"
        ) or []
        applied = [order[(r["kind"], r["name"])] for r in results if (r["kind"], r["name"]) in order]
        assert len(applied) == len(objects) and applied == sorted(applied), (workload, applied)


# --------------------------------------------------------------------------- 4. isolation
NEVER_READY = "rehearsal-never-ready"


def test_a_workload_whose_pods_never_get_ready_leaves_only_its_own_application_unhealthy(rehearsal):
    cp, argo, repo = rehearsal.cp, rehearsal.argo, rehearsal.repo
    cp.configure_pods(never_ready_instances=(NEVER_READY,))
    change_repo(repo, "add a workload whose pods never get Ready", add=(TEST_WORKLOADS / "never-ready.yaml",))
    stuck = application_of(repo, NEVER_READY)
    deployment = next(o for o in dist_objects(repo, NEVER_READY) if o["kind"] == "Deployment")

    def isolated(rows: dict[str, AppRow], revision: str, expected: list[str]) -> bool:
        others_done = all(rows[name].done(revision) for name in expected if name != stuck)
        own = rows.get(stuck)
        return (
            others_done
            and own is not None
            and own.health in ("Progressing", "Degraded")
            and live(cp, deployment) is not None
        )

    rows = argo.wait_until(isolated, TIMEOUT, f"{stuck} stuck at its Deployment, the others Synced + Healthy")
    time.sleep(5)  # and it stays so: nothing else is held back by it
    rows = argo.wait_until(isolated, 5, "the same, 5 s later")
    own = next(r for r in rows if r.name == stuck)
    assert own.sync == "OutOfSync" and own.phase == "Running", format_table(rows)  # waves after the Deployment wait
    gateway = next(o for o in dist_objects(repo, NEVER_READY) if o["kind"] == "Gateway")
    assert live(cp, gateway) is None  # wave 1 never applied
    pods = cp.list_objects("v1", "Pod", "ml-inference", f"backstage.io/kubernetes-id={NEVER_READY}")
    assert pods and not any(condition(p, "Ready").get("status") == "True" for p in pods)


# --------------------------------------------------------------------------- 5. deleting workload files
def test_deleting_workload_files_prunes_their_applications_and_every_object(rehearsal):
    """Two workload files are deleted in one commit: a healthy one, and test 4's, whose pods are let become
    Ready first. (Argo CD finalizes an Application's deletion only once no sync operation runs, and the
    root waits for its pruned children to be gone: a child stuck in a sync with no sync time-out would
    hold both; docs/argocd-facts.md.)"""
    cp, argo, repo = rehearsal.cp, rehearsal.argo, rehearsal.repo
    removed = {"mixtral-8x7b-instruct-awq": "a healthy workload", NEVER_READY: "test 4's workload"}
    files = ("mixtral-8x7b-instruct-awq.yaml", "never-ready.yaml")
    objects = {name: dist_objects(repo, name) for name in removed}
    applications = {name: application_of(repo, name) for name in removed}
    cp.configure_pods(never_ready_instances=())
    change_repo(repo, "remove two workload files", remove=files)
    rows = argo.wait_synced_healthy(TIMEOUT)
    assert not set(applications.values()) & {r.name for r in rows}
    present = argo.applications()
    for name, why in removed.items():
        assert applications[name] not in present, f"{why}: Application {applications[name]} was not pruned"
        left = [f"{o['kind']}/{o['metadata']['name']}" for o in objects[name] if live(cp, o) is not None]
        assert not left, f"{why} ({name}): objects left after its Application was pruned: {left}"
        pods = cp.list_objects("v1", "Pod", "ml-inference", f"backstage.io/kubernetes-id={name}")
        assert not pods, f"{name}: pods left: {[p['metadata']['name'] for p in pods]}"


# --------------------------------------------------------------------------- 6. a new model revision
QWEN = "qwen2-5-7b-instruct"
NEW_REVISION = "0123456789abcdef0123456789abcdef01234567"


def test_a_new_model_revision_fills_a_new_claim_starts_the_new_server_and_removes_the_old_claim_last(rehearsal):
    cp, argo, repo = rehearsal.cp, rehearsal.argo, rehearsal.repo
    before = dist_objects(repo, QWEN)
    old_claim = next(o for o in before if o["kind"] == "PersistentVolumeClaim")
    old_job = next(o for o in before if o["kind"] == "Job")
    change_repo(
        repo,
        "qwen: new model revision",
        edit=(f"{QWEN}.yaml", r"(?m)^  revision: [0-9a-f]{40}$", f"  revision: {NEW_REVISION}"),
    )
    after = dist_objects(repo, QWEN)
    new_claim = next(o for o in after if o["kind"] == "PersistentVolumeClaim")
    new_job = next(o for o in after if o["kind"] == "Job")
    deployment = next(o for o in after if o["kind"] == "Deployment")
    assert (
        new_claim["metadata"]["name"] != old_claim["metadata"]["name"]
        and new_job["metadata"]["name"] != old_job["metadata"]["name"]
    )
    seen: dict[str, float] = {}
    started = time.monotonic()
    revision, application = repo.head(), application_of(repo, QWEN)
    sync_results: list[list[dict[str, Any]]] = []  # Argo CD's record of the sync to the new revision

    def record(_rows: list[AppRow]) -> None:
        now = time.monotonic() - started
        result = ((argo.applications().get(application) or {}).get("status", {}).get("operationState") or {}).get(
            "syncResult"
        ) or {}
        if result.get("revision") == revision and result.get("resources"):
            sync_results.append(result["resources"])
        if live(cp, new_claim) is not None:
            seen.setdefault("new claim", now)
        if condition(live(cp, new_job), "Complete").get("status") == "True":
            seen.setdefault("new job complete", now)
        current = live(cp, deployment) or {}
        volumes = current.get("spec", {}).get("template", {}).get("spec", {}).get("volumes", [])
        mounts_new = any(
            (v.get("persistentVolumeClaim") or {}).get("claimName") == new_claim["metadata"]["name"] for v in volumes
        )
        status = current.get("status", {})
        if (
            mounts_new
            and status.get("observedGeneration") == current["metadata"].get("generation")
            and status.get("updatedReplicas") == status.get("availableReplicas") == status.get("replicas") == 1
        ):
            seen.setdefault("new server ready", now)
        gone = live(cp, old_claim)
        if gone is None or gone["metadata"].get("deletionTimestamp"):
            seen.setdefault("old claim deleted", now)

    rows = argo.wait_synced_healthy(TIMEOUT, on_poll=record, interval=0.5)
    record(rows)
    assert all(r.done(repo.head()) for r in rows), format_table(rows)
    assert live(cp, old_claim) is None and live(cp, old_job) is None
    assert (live(cp, new_claim) or {}).get("status", {}).get("phase") == "Bound"
    steps = ["new claim", "new job complete", "new server ready", "old claim deleted"]
    assert all(step in seen for step in steps), seen
    assert [seen[s] for s in steps] == sorted(seen[s] for s in steps), seen
    assert seen["old claim deleted"] > seen["new server ready"], seen
    # Argo CD's own record: the old claim was pruned after the Deployment was synced (PruneLast).
    # (the last one recorded that names the old claim: a later self-heal sync may replace the record)
    results = next(
        (r for r in reversed(sync_results) if any(x["name"] == old_claim["metadata"]["name"] for x in r)), []
    )
    names = [(r["kind"], r["name"]) for r in results]
    pruned = names.index(("PersistentVolumeClaim", old_claim["metadata"]["name"]))
    assert pruned > names.index(("Deployment", deployment["metadata"]["name"])), names


# --------------------------------------------------------------------------- 7. a slow first start
SLOW = "rehearsal-slow-start"


def compress_default_progress_deadline(repo: RehearsalRepo, workload: str) -> int:
    """Kubernetes gives a Deployment without progressDeadlineSeconds 600 s (API defaulting); the
    compressed clock cannot change that default, so a Deployment rendered without the field gets the
    compressed default written into the rehearsal repository's dist/ file. One the project renders with
    the field keeps its value. Returns the deadline the Deployment runs with."""
    path = repo.path / "dist" / f"{workload}.k8s.yaml"
    documents = [d for d in yaml.safe_load_all(path.read_text()) if d]
    deployment = next(d for d in documents if d["kind"] == "Deployment")
    deployment["spec"].setdefault("progressDeadlineSeconds", KUBERNETES_DEFAULT_PROGRESS_DEADLINE // CLOCK_COMPRESSION)
    path.write_text(yaml.safe_dump_all(documents, sort_keys=False))
    return deployment["spec"]["progressDeadlineSeconds"]


def _rendered_deployments_set_a_progress_deadline() -> bool:
    return any(
        d.get("kind") == "Deployment" and "progressDeadlineSeconds" in d.get("spec", {})
        for f in (REPO / "dist").glob("*.k8s.yaml")
        for d in yaml.safe_load_all(f.read_text())
        if d
    )


# Until the Deployments carry a progressDeadlineSeconds derived from the startup budget (the serving
# change), this test fails for the reason it describes; it is expected to, strictly: once the rendered
# Deployments set the field the marker no longer applies and the test must pass.
@pytest.mark.xfail(
    not _rendered_deployments_set_a_progress_deadline(),
    strict=True,
    reason="dist/ Deployments have no progressDeadlineSeconds: Kubernetes' 600 s default fails a slow first start",
)
def test_a_start_slower_than_the_default_progress_deadline_still_ends_synced_and_healthy(rehearsal):
    cp, argo, repo = rehearsal.cp, rehearsal.argo, rehearsal.repo
    cp.configure_pods(pod_ready_delay_seconds=SLOW_READY_DELAY)
    try:
        shutil.copy(TEST_WORKLOADS / "slow-start.yaml", repo.path / "workloads" / "slow-start.yaml")
        repo.synth()
        deadline = compress_default_progress_deadline(repo, SLOW)
        repo.commit("add a workload whose first start takes longer than the default progress deadline")
        slow = application_of(repo, SLOW)
        deployment = next(o for o in dist_objects(repo, SLOW) if o["kind"] == "Deployment")
        exceeded: list[str] = []
        failed: list[str] = []

        def record(rows: list[AppRow]) -> None:
            if condition(live(cp, deployment), "Progressing").get("reason") == "ProgressDeadlineExceeded":
                exceeded.append("ProgressDeadlineExceeded")
            failed.extend(
                f"{r.phase}: {r.message}"
                for r in rows
                if r.name == slow and (r.retry_count or r.phase in ("Failed", "Error"))
            )

        try:
            rows = argo.wait_synced_healthy(SLOW_READY_DELAY + TIMEOUT, on_poll=record)
        except RehearsalTimeout as error:
            rows = error.rows
        own = next(r for r in rows if r.name == slow)
        assert not exceeded and not failed and own.done(repo.head()), (
            f"the Deployment's progress deadline ({deadline} s) ran out before its pods were Ready "
            f"({SLOW_READY_DELAY:.0f} s, within its 90 s startup budget): Argo CD failed the sync "
            f"({failed[:1] or exceeded[:1]}). At full scale (600 s default deadline, a first start of 20-60 min) the "
            f"retries run out and auto-sync skips the revision.\n{format_table(rows)}"
        )
        assert deadline >= SLOW_READY_DELAY
    finally:
        cp.configure_pods(pod_ready_delay_seconds=1.0)
