"""Issue #18, the synthesis side: concurrent and interrupted runs, dist/ and the platform folders as one
output, the TypeScript declarations, cache entries that are not what their key promises (or not
files at all), `.cache` being a file, CDK8S_OUTDIR, symlinked outputs, `make check` on a mix,
cdk8s.yaml validated strictly, TMPDIR and the worker pool. Each test names the issue's item."""

from __future__ import annotations

import fcntl
import hashlib
import marshal
import os
import random
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import LLAMA, PROJECT, REPO, WORKLOADS, run_main, snapshot

from ai_workloads import check
from ai_workloads.synth import cache as synth_cache
from ai_workloads.synth import cli, swap
from ai_workloads.synth.usage import environment_problem

OUTPUTS = ("dist", "schemas", "argocd", ".cat/backstage")
HOST = "- llama-3-8b.inference.example.com\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch project (example workloads, cdk8s.yaml, the committed schemas/, json2ts) as working directory."""
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(WORKLOADS, root / "workloads")
    shutil.copy(PROJECT / "cdk8s.yaml", root / "cdk8s.yaml")
    shutil.copytree(PROJECT / "schemas", root / "schemas")
    (root / "node_modules").symlink_to(REPO / "node_modules")
    monkeypatch.chdir(root)
    monkeypatch.delenv("AI_WORKLOADS_SYNTH_WORKERS", raising=False)
    monkeypatch.delenv("CDK8S_OUTDIR", raising=False)
    return root


def synth(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`python main.py` (with the platform files) in-process: exit status, stdout, stderr."""
    capsys.readouterr()
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def outputs(root: Path) -> dict[str, dict[str, bytes]]:
    return {folder: snapshot(root / folder) for folder in OUTPUTS}


def edit_llama(root: Path, host: str = "- llama-3-8b-v2.inference.example.com\n") -> None:
    path = root / "workloads" / LLAMA
    text = path.read_text()
    assert HOST in text
    path.write_text(text.replace(HOST, host))


def full_render(root: Path, scratch: Path) -> dict[str, dict[str, bytes]]:
    """The outputs of `python main.py --no-cache` on a fresh copy of `root`'s inputs."""
    scratch.mkdir()
    shutil.copytree(root / "workloads", scratch / "workloads")
    shutil.copy(root / "cdk8s.yaml", scratch / "cdk8s.yaml")
    (scratch / "node_modules").symlink_to(REPO / "node_modules")
    result = run_main(scratch, "--no-cache", platform_files=True)
    assert result.returncode == 0, result.stderr
    return outputs(scratch)


def leftovers(root: Path) -> list[str]:
    """Staging folders, journals and scratch files anywhere in the project (but the cache)."""
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [name for name in dirs if name not in (".cache", "node_modules")]
        found += [
            os.path.join(folder, name)
            for name in dirs + names
            if ".new-" in name or name.startswith(".ai-workloads-swap")
        ]
    return found


# --- 1. one run at a time per project ---------------------------------------------------------------------


def _hold_lock(root: Path) -> int:
    (root / ".cache").mkdir(exist_ok=True)
    descriptor = os.open(root / ".cache" / "synth.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    os.write(descriptor, b"4242\n")
    return descriptor


def test_1_a_second_run_waits_for_the_first_and_says_so(project):
    # GIVEN another synthesis of this project holding the lock
    held = _hold_lock(project)
    try:
        # WHEN a run starts
        process = subprocess.Popen(
            [sys.executable, str(REPO / "main.py"), "--no-platform-files"],
            cwd=project,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        # THEN it says once that it waits, and writes nothing meanwhile
        deadline = time.monotonic() + 120
        said = b""
        while b"\n" not in said and time.monotonic() < deadline and process.poll() is None:
            if select.select([process.stderr], [], [], 0.1)[0]:
                said += os.read(process.stderr.fileno(), 4096)
        assert (
            said.decode()
            == "waiting for another synthesis of this project to finish (pid 4242 holds .cache/synth.lock)\n"
        )
        assert not (project / "dist").exists()
    finally:
        os.close(held)  # the other run ends
    # AND it goes on once the lock is free
    _out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err.decode()
    assert snapshot(project / "dist") == snapshot(PROJECT / "dist")


def test_1_a_killed_holder_never_blocks_the_next_run(project, capsys):
    # GIVEN a run that took the lock and was killed (SIGKILL: no clean-up of its own)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import fcntl, os, time\n"
                "os.makedirs('.cache', exist_ok=True)\n"
                "d = os.open('.cache/synth.lock', os.O_RDWR | os.O_CREAT)\n"
                "fcntl.flock(d, fcntl.LOCK_EX)\nprint('held', flush=True)\ntime.sleep(600)\n"
            ),
        ],
        cwd=project,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline() == "held\n"
    holder.kill()
    holder.wait()
    # WHEN synthesizing  THEN it runs at once (the kernel released the lock)
    status, _out, err = synth(capsys, "--no-platform-files")
    assert status == 0 and "waiting" not in err


# --- 2, 13. dist/, schemas/, .cat/backstage/ and argocd/ are one output -----------------------------------------


class _Killed(BaseException):
    """Stands for SIGKILL in the middle of the swap (nothing of the run's own clean-up runs)."""


def test_2_a_run_killed_between_two_folder_swaps_is_completed_by_the_next_run(project, capsys, monkeypatch, tmp_path):
    # GIVEN a warm project, then edits: one workload changed, one removed
    assert synth(capsys)[0] == 0
    edit_llama(project)
    (project / "workloads" / "fraud-scoring.yaml").unlink()
    # WHEN a run is killed after dist/ was swapped and before the platform folders were
    original = swap.install_staged
    calls = []

    def killed_after_the_first(staging, target):
        if calls:
            raise _Killed()
        calls.append(target)
        original(staging, target)

    monkeypatch.setattr(swap, "install_staged", killed_after_the_first)
    with pytest.raises(_Killed):
        cli.main([])
    monkeypatch.setattr(swap, "install_staged", original)
    assert calls == [project / "dist"]
    # THEN the mix is visible: `make check` refuses while the journal is there
    assert swap.pending(project / swap.JOURNAL)
    capsys.readouterr()
    assert check.main(["dist", "--argocd", "argocd"]) == 1
    assert "a synthesis was interrupted while replacing the outputs" in capsys.readouterr().err
    # AND the next run completes the swap first, then finds everything up to date
    status, _out, err = synth(capsys)
    assert status == 0, err
    assert err.startswith(
        "notice: completed the output swap of an interrupted run (dist/, schemas/, backstage/, argocd/)\n"
    )
    assert outputs(project) == full_render(project, tmp_path / "full")
    assert leftovers(project) == []


def test_2_staging_folders_of_killed_runs_beside_every_output_are_removed(project, capsys):
    # GIVEN staging folders of a dead run beside every output folder, and no journal
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    for folder in ("dist", "schemas", "argocd", ".cat/backstage"):
        stray = project / Path(folder).parent / f".{Path(folder).name}.new-{dead.pid}"
        stray.mkdir(parents=True)
        (stray / "half.yaml").write_text("half")
    (project / f".schemas.new-{dead.pid}.ts").mkdir()  # where a killed run's json2ts ran
    # WHEN synthesizing  THEN they are gone
    assert synth(capsys)[0] == 0
    assert leftovers(project) == []


def test_13_a_full_disk_while_staging_replaces_nothing(project, capsys, monkeypatch):
    # GIVEN a warm project and an edit that changes dist/, the catalog and argocd/
    assert synth(capsys)[0] == 0
    before = outputs(project)
    (project / "workloads" / "fraud-scoring.yaml").unlink()
    original = swap.stage_folder

    def full_on_the_third(target, files):
        if target.name == "backstage":
            raise OSError(28, "No space left on device")
        return original(target, files)

    monkeypatch.setattr(swap, "stage_folder", full_on_the_third)
    # WHEN synthesizing  THEN one line, exit 1, and every output as it was (dist/ included)
    status, out, err = synth(capsys)
    assert (status, out) == (1, "")
    assert err == "error: cannot write dist/ and the platform files (No space left on device); nothing was replaced\n"
    assert outputs(project) == before
    assert leftovers(project) == []


def test_13_a_blocked_platform_folder_is_refused_before_anything_is_written(project, capsys):
    assert synth(capsys)[0] == 0
    dist = snapshot(project / "dist")
    shutil.rmtree(project / "schemas")
    (project / "schemas").write_text("in the way")
    edit_llama(project)
    status, _out, err = synth(capsys)
    assert (status, err) == (2, "main.py: error: schemas/ is a file, not a folder: refusing to replace it\n")
    assert snapshot(project / "dist") == dist


@pytest.mark.parametrize("folder", ["argocd/apps", ".cat/backstage/components", "schemas"])
def test_13_a_hand_added_file_in_a_platform_folder_is_refused_not_deleted(project, capsys, folder):
    assert synth(capsys)[0] == 0
    mine = project / folder / "mine.yaml"
    mine.write_text("kind: Application\n")
    edit_llama(project)
    status, _out, err = synth(capsys)
    shown = {
        "argocd/apps": "argocd/ holds files ai-workloads did not write (apps/mine.yaml)",
        ".cat/backstage/components": ".cat/backstage/ holds files ai-workloads did not write (components/mine.yaml)",
        "schemas": "schemas/ holds files ai-workloads did not write (mine.yaml)",
    }[folder]
    assert (status, err) == (
        2,
        f"main.py: error: {shown}: refusing to replace it; remove them or use an empty folder\n",
    )
    assert mine.read_text() == "kind: Application\n"


def test_13_a_removed_workload_takes_its_own_generated_files_along(project, capsys):
    # (own files a run no longer writes are recognised by their header, not refused)
    assert synth(capsys)[0] == 0
    (project / "workloads" / "fraud-scoring.yaml").unlink()
    assert synth(capsys)[0] == 0
    assert not (project / "argocd/apps/fraud-scoring.yaml").exists()
    assert not (project / ".cat/backstage/components/fraud-scoring.yaml").exists()


# --- 14. make check: an Application whose dist file is missing --------------------------------------------------


def test_14_check_refuses_an_application_whose_dist_file_is_missing(tmp_path, capsys):
    shutil.copytree(PROJECT / "dist", tmp_path / "dist")
    shutil.copytree(PROJECT / "argocd", tmp_path / "argocd")
    (tmp_path / "dist" / "fraud-scoring.k8s.yaml").unlink()
    capsys.readouterr()
    assert check.main([str(tmp_path / "dist"), "--argocd", str(tmp_path / "argocd")]) == 1
    assert (
        f"{tmp_path}/argocd/apps/fraud-scoring.yaml: spec.source.directory.include: 'fraud-scoring.k8s.yaml': "
        "no such file in dist/ (the Application would sync nothing)"
    ) in capsys.readouterr().err


# --- 3. every generated file is checked, workload.d.ts included ---------------------------------------------------


@pytest.mark.parametrize("args", [(), ("--no-cache",)])
def test_3_a_hand_edited_or_half_written_declarations_file_is_repaired(project, capsys, args):
    # GIVEN a warm project whose workload.d.ts was edited (or cut short by an interrupted json2ts)
    assert synth(capsys)[0] == 0
    declarations = project / "schemas" / "workload.d.ts"
    declarations.write_text(declarations.read_text()[:200])
    # WHEN synthesizing  THEN it is written again, exactly as generated
    status, out, err = synth(capsys, *args)
    assert status == 0, err
    assert not out.startswith("nothing changed")
    assert declarations.read_bytes() == (PROJECT / "schemas" / "workload.d.ts").read_bytes()


def test_3_json2ts_runs_in_a_scratch_folder_that_is_removed_whatever_happens(project):
    from ai_workloads.platform.outputs import TypeScript

    scratch = project / f".schemas.new-{os.getpid()}.ts"
    job = TypeScript(None)
    assert scratch.is_dir()
    job.cancel()  # an interrupted run
    assert not scratch.exists()
    assert TypeScript(None).text() == (PROJECT / "schemas" / "workload.d.ts").read_text()
    assert leftovers(project) == []


# --- 4, 15. cache entries: exactly what the key promises, regular files, bounded -------------------------------------


def _rewrite_entry(path: Path, value: object) -> None:
    key = path.name.removesuffix(synth_cache.ENTRY_SUFFIX)
    payload = marshal.dumps((key, value))
    path.write_bytes(synth_cache._MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)


@pytest.mark.parametrize(
    "value",
    [
        ("text", "a text under a workload key"),
        ("workload", "workloads/x.yaml", "x"),
        ("workload", "workloads/llama-3-8b-instruct.yaml", "n", "ns", "serviceName", b"", ("not", "a", "rendering")),
        42,
    ],
)
def test_4_an_entry_holding_something_else_is_a_miss_with_a_notice(project, capsys, value):
    # GIVEN a warm cache whose llama entry has a valid checksum but another value
    assert synth(capsys, "--no-platform-files")[0] == 0
    entry, key = next(
        (path, path.name.removesuffix(".entry"))
        for path in (project / synth_cache.CACHE_DIR).glob("*.entry")
        if f"workloads/{LLAMA}".encode() in path.read_bytes()
    )
    _rewrite_entry(entry, value)
    (project / synth_cache.CACHE_DIR / synth_cache.RECORD_FILE).unlink()  # so that the entries are read
    # WHEN synthesizing  THEN a notice, the workload rendered again, the same dist/
    status, _out, err = synth(capsys, "--no-platform-files")
    assert status == 0, err
    assert (
        f"notice: cache entry .cache/ai-workloads/{key}.entry does not hold the values and rendering of workloads/{LLAMA}: ignored\n"
        in err
    )
    assert snapshot(project / "dist") == snapshot(PROJECT / "dist")


def test_15_a_fifo_as_an_entry_or_as_the_record_does_not_hang_the_run(project):
    # GIVEN a warm cache whose record and every entry are named pipes with no writer
    assert run_main(project).returncode == 0
    for path in (project / ".cache/ai-workloads").iterdir():
        path.unlink()
        os.mkfifo(path)
    # WHEN synthesizing  THEN it renders again and finishes (on main it waited for a writer forever)
    result = run_main(project, env={"AI_WORKLOADS_SYNTH_WORKERS": "1"})
    assert result.returncode == 0, result.stderr
    assert snapshot(project / "dist") == snapshot(PROJECT / "dist")


def test_15_an_entry_linked_to_dev_zero_is_read_with_a_bound(tmp_path):
    # GIVEN an entry that is a link to /dev/zero  WHEN looked up (in a process allowed 1 GiB)  THEN a miss
    (tmp_path / ("a" * 64 + ".entry")).symlink_to("/dev/zero")
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from pathlib import Path\n"
        "from ai_workloads.synth.cache import SynthCache\n"
        f"cache = SynthCache(folder=Path({str(tmp_path)!r}), context='c', library='l')\n"
        "print(cache.lookup('a' * 64), cache.unchanged_since_last_run('t', []))\n"
    )
    (tmp_path / "last-run").symlink_to("/dev/zero")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stdout) == (0, "None False\n"), result.stderr


# --- 5. `.cache` being a file ----------------------------------------------------------------------------------


CACHE_IS_A_FILE = (
    "main.py: error: .cache is a file, not a folder: synthesis keeps its lock and cache in .cache/ "
    "(git-ignored); remove or rename that file\n"
)


def test_5_cache_being_a_file_is_one_clear_line_from_main_py(project, capsys):
    (project / ".cache").write_text("not a folder")
    assert synth(capsys) == (2, "", CACHE_IS_A_FILE)
    assert synth(capsys, "--no-cache") == (2, "", CACHE_IS_A_FILE)


def make_project(root: Path) -> Path:
    """A scratch project `make synth` runs in: inputs copied, the bootstrapped environments linked (their
    stamps stay newer than the copied lock files, so nothing is bootstrapped again)."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(WORKLOADS, root / "workloads")
    shutil.copytree(PROJECT / "schemas", root / "schemas")
    shutil.copy2(PROJECT / "cdk8s.yaml", root / "cdk8s.yaml")
    for name in (
        "Makefile",
        "Pipfile",
        "Pipfile.lock",
        "pyproject.toml",
        "package.json",
        "package-lock.json",
        "main.py",
    ):
        shutil.copy2(REPO / name, root / name)
    for name in (".venv", ".bootstrap", "node_modules", "tools", "constructs", "imports"):
        (root / name).symlink_to(REPO / name)
    return root


def test_5_cache_being_a_file_is_the_same_line_from_make_synth(tmp_path):
    project = make_project(tmp_path / "project")
    (project / ".cache").write_text("not a folder")
    result = subprocess.run(
        ["make", "--no-print-directory", "synth"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        env={key: value for key, value in os.environ.items() if not key.startswith("MAKE")},
    )
    assert result.returncode == 2
    assert CACHE_IS_A_FILE in result.stderr
    assert "mkdir" not in result.stderr


# --- 11. CDK8S_OUTDIR: never someone's data --------------------------------------------------------------------


def test_11_cdk8s_outdir_on_an_existing_file_is_refused_and_the_file_kept(project, capsys, monkeypatch):
    (project / "notes.txt").write_text("mine")
    monkeypatch.setenv("CDK8S_OUTDIR", "notes.txt")
    assert synth(capsys) == (
        2,
        "",
        "main.py: error: CDK8S_OUTDIR notes.txt is an existing file: refusing to replace it with a link to dist/\n",
    )
    assert (project / "notes.txt").read_text() == "mine"
    assert not (project / "dist").exists()


def test_11_cdk8s_outdir_on_a_folder_with_files_is_refused_and_the_folder_kept(project, capsys, monkeypatch):
    (project / "out").mkdir()
    (project / "out" / "keep.txt").write_text("mine")
    monkeypatch.setenv("CDK8S_OUTDIR", "out")
    assert synth(capsys) == (
        2,
        "",
        "main.py: error: CDK8S_OUTDIR out is a folder with files in it: refusing to replace it with a link to dist/\n",
    )
    assert (project / "out" / "keep.txt").read_text() == "mine"


def test_11_cdk8s_outdir_as_the_cli_sets_it_becomes_a_link_to_dist(project, capsys, monkeypatch):
    (project / ".cdk8s.out").mkdir()  # cdk8s synth empties it before running the app
    monkeypatch.setenv("CDK8S_OUTDIR", ".cdk8s.out")
    assert synth(capsys)[0] == 0
    assert os.readlink(project / ".cdk8s.out") == "dist"


# --- 12. symlinked outputs are refused, never written through ---------------------------------------------------


@pytest.mark.parametrize(
    "link, target_kind",
    [
        ("argocd/application.yaml", "file"),
        ("schemas/workload.schema.json", "file"),
        ("schemas", "folder"),
        (".cat", "folder"),
        ("argocd/apps", "folder"),
    ],
)
def test_12_a_symlinked_output_is_refused_and_its_target_untouched(project, capsys, tmp_path, link, target_kind):
    # GIVEN a warm project where one output (a file or a folder) was replaced by a link to a place outside it
    assert synth(capsys)[0] == 0
    outside = tmp_path / "outside"
    shutil.move(str(project / link), str(outside))
    (project / link).symlink_to(outside)
    before = snapshot(outside) if target_kind == "folder" else outside.read_bytes()
    edit_llama(project)
    # WHEN synthesizing  THEN refused on one line, and the link's target is exactly as it was
    status, out, err = synth(capsys)
    assert status == 2 and out == "" and err.count("\n") == 1
    assert re.search(r"symlink|did not write", err), err
    assert (snapshot(outside) if target_kind == "folder" else outside.read_bytes()) == before
    assert (project / link).is_symlink()


# --- 16. cdk8s.yaml validated like a workload file ----------------------------------------------------------------


def _config(project: Path, old: str, new: str) -> None:
    path = project / "cdk8s.yaml"
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            "targetRevision: main",
            "targetRevision: 1.10",
            'cdk8s.yaml: argocd.targetRevision: 1.10 is read as a number (1.1), not a string: quote it ("1.10")',
        ),
        ("targetRevision: main", "targetRevision: yes", "cdk8s.yaml: argocd.targetRevision: "),
        (
            "repoURL: https://github.com/example/ai-workloads.git",
            'repoURL: ""',
            "cdk8s.yaml: argocd.repoURL: must not be empty: the git repository Argo CD reads dist/ from",
        ),
        (
            "repoURL: https://github.com/example/ai-workloads.git",
            "repoURL: github.com/example",
            "cdk8s.yaml: argocd.repoURL: 'github.com/example' is not a git URL Argo CD can clone",
        ),
        (
            "repoURL: https://github.com/example/ai-workloads.git",
            "repoURL: https://git.example.com/x/y.git",
            "cdk8s.yaml: argocd.repoURL: cannot tell which Git host git.example.com is (for the Backstage template's pull "
            "request): set argocd.scm to one of github, gitlab, bitbucketCloud, bitbucketServer",
        ),
        (
            "appName: ai-workloads",
            "appName: AI_Workloads",
            "cdk8s.yaml: argocd.appName: 'AI_Workloads' is not a DNS-1123 label",
        ),
        (
            "appName: ai-workloads",
            "appName: " + "a" * 64,
            "cdk8s.yaml: argocd.appName: '" + "a" * 64 + "' is not a DNS-1123 label",
        ),
        ("namespace: argocd", "namespace: Argo.CD", "cdk8s.yaml: argocd.namespace: 'Argo.CD' is not a DNS-1123 label"),
        (
            "reservedNamespaces: [kube-*",
            "reservedNamespace: [kube-*",
            "cdk8s.yaml: platform.reservedNamespace: unknown key: did you mean 'reservedNamespaces'?",
        ),
        (
            "reservedNamespaces: [kube-*, istio-system, cert-manager, external-secrets, argocd]",
            "reservedNamespaces: kube-*",
            "cdk8s.yaml: platform.reservedNamespaces: Input should be a valid list",
        ),
        (
            "platform:\n",
            "platform: [x]\nunused:\n",
            "cdk8s.yaml: platform: Input should be a valid dictionary or instance of PlatformConfig",
        ),
        (
            'kubernetesVersion: "1.35"',
            "kubernetesVersion: 1.35",
            'cdk8s.yaml: kubernetesVersion: 1.35 is read as a number (1.35), not a string: quote it ("1.35")',
        ),
    ],
)
def test_16_cdk8s_yaml_problems_are_one_line_each_and_nothing_is_written(project, capsys, old, new, expected):
    _config(project, old, new)
    status, out, err = synth(capsys)
    assert (status, out) == (1, "")
    assert expected in err, err
    assert err.endswith("problem(s) in cdk8s.yaml; dist/ left unchanged\n")
    assert "Traceback" not in err
    assert not (project / "dist").exists()


def test_16_a_misspelt_reserved_namespaces_key_no_longer_lets_a_workload_into_a_reserved_namespace(project, capsys):
    # (before: the misspelt key was ignored, the default list applied... and a custom reserved namespace was not reserved)
    _config(
        project, "reservedNamespaces: [kube-*, istio-system", "reservedNamespace: [ml-inference, kube-*, istio-system"
    )
    status, _out, err = synth(capsys)
    assert status == 1 and "platform.reservedNamespace: unknown key" in err


def test_16_each_workload_application_name_fits_in_63_characters(project, capsys):
    _config(project, "appName: ai-workloads", "appName: " + "platform-team-ai-workloads-prod-eu-west")
    status, _out, err = synth(capsys)
    assert status == 1
    assert (
        "workloads/mixtral-8x7b-instruct-awq.yaml: serviceName: the Argo CD Application name "
        "'platform-team-ai-workloads-prod-eu-west-mixtral-8x7b-instruct-awq' has 65 characters, at most 63"
    ) in err


# --- 17. TMPDIR and the worker pool ------------------------------------------------------------------------------


@pytest.mark.parametrize("value, what", [("/nonexistent/tmp", "does not exist"), ("cdk8s.yaml", "is not a folder")])
def test_17_a_bad_tmpdir_is_one_line_before_anything_starts(project, capsys, monkeypatch, value, what):
    monkeypatch.setenv("TMPDIR", value)
    status, out, err = synth(capsys, "--no-cache")
    assert (status, out) == (2, "")
    assert err == (
        f"main.py: error: TMPDIR is {value!r}, which {what}: Node.js (jsii) creates its temporary files there; "
        "point it at a writable folder or unset it\n"
    )


def test_17_node_reads_tmp_and_temp_after_tmpdir():
    assert environment_problem({"TMPDIR": "", "TMP": "/nonexistent"}).startswith("TMP is '/nonexistent'")
    assert environment_problem({"TMPDIR": "/tmp", "TMP": "/nonexistent"}) is None


def test_17_two_workers_end_without_a_traceback(project):
    result = run_main(project, "--no-cache", env={"AI_WORKLOADS_SYNTH_WORKERS": "2"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "TypeError" not in result.stderr, result.stderr
    assert snapshot(project / "dist") == snapshot(PROJECT / "dist")


# --- 1, 2. concurrent runs with edits and kills, then every output compared with a full render ------------------------


EDITS = [  # (file, text as committed, edited text): valid edits that change dist/, the catalog and argocd/
    (LLAMA, HOST, "- llama-3-8b-{n}.inference.example.com\n"),
    ("qwen2-5-7b-instruct.yaml", "- qwen-2-5-7b.inference.example.com\n", "- qwen-{n}.inference.example.com\n"),
    ("mixtral-8x7b-instruct-awq.yaml", "- mixtral.inference.example.com\n", "- mixtral-{n}.inference.example.com\n"),
]


def test_1_2_concurrent_runs_with_edits_and_kills_end_equal_to_a_full_render(tmp_path):
    project = make_project(tmp_path / "project")
    environment = {key: value for key, value in os.environ.items() if not key.startswith("MAKE")}
    environment["AI_WORKLOADS_SYNTH_WORKERS"] = "1"  # one jsii runtime per run: the machine is shared
    originals = {name: (project / "workloads" / name).read_text() for name in os.listdir(project / "workloads")}
    chooser = random.Random(18)
    for round_ in range(4):
        # an edit (or the removal / return of a workload) between runs
        name, old, new = chooser.choice(EDITS)
        path = project / "workloads" / name
        path.write_text(originals[name].replace(old, new.format(n=round_)))
        fraud = project / "workloads" / "fraud-scoring.yaml"
        if round_ % 2:
            fraud.unlink(missing_ok=True)
        else:
            fraud.write_text(originals["fraud-scoring.yaml"])
        commands = [
            [sys.executable, "main.py"],
            [sys.executable, "main.py"],
            ["make", "--no-print-directory", "-s", "synth"],
        ]
        processes = [
            subprocess.Popen(
                command,
                cwd=project,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
                env=environment,
                start_new_session=True,
            )
            for command in commands
        ]
        victim = chooser.randrange(len(processes))
        time.sleep(chooser.uniform(0.1, 2.5))
        with_signal = processes[victim].poll() is None
        if with_signal:
            os.killpg(processes[victim].pid, signal.SIGKILL)
        for index, process in enumerate(processes):
            _, err = process.communicate(timeout=600)
            if index != victim or not with_signal:
                assert process.returncode == 0, err  # a run that was not killed succeeds, waiting if it must
    # WHEN a last run follows the killed ones
    final = subprocess.run(
        [sys.executable, "main.py"], cwd=project, capture_output=True, text=True, env=environment, timeout=600
    )
    assert final.returncode == 0, final.stderr
    # THEN every output equals a full render of the last inputs, nothing is left over, and a new run has nothing to do
    assert outputs(project) == full_render(project, tmp_path / "full")
    assert leftovers(project) == []
    again = subprocess.run(
        [sys.executable, "main.py"], cwd=project, capture_output=True, text=True, env=environment, timeout=600
    )
    assert again.stdout.startswith("nothing changed"), again.stdout + again.stderr
