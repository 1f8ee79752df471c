"""Every bad input: the exact one-line message, the exit status, no traceback, dist/ untouched.

The tables (bad_inputs.py) run in-process, calling `ai_workloads.synth.cli.main` as `python main.py`
does; a few cases run `main.py` end to end in a subprocess: a plain bad file, the deep nesting that
crashes a recursive YAML composer (a segfault cannot be caught in-process), and Ctrl-C.
"""

from __future__ import annotations

import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from bad_inputs import BAD_INPUTS, BAD_INVOCATIONS, BadInput, BadInvocation
from conftest import REPO, run_main, snapshot
from process_probe import ProbedRun, wait_exited

from ai_workloads.synth import cli

SUMMARY = "error: {count} problem(s); dist/ left unchanged"


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str

    @property
    def lines(self) -> list[str]:
        return self.stderr.splitlines()


@pytest.fixture
def synth(workdir, monkeypatch, capsys):
    """`python main.py ARGS` in the scratch project, in-process (no worker processes)."""

    def run(*args: str, env: dict[str, str] | None = None) -> Run:
        monkeypatch.chdir(workdir)
        for name in ("AI_WORKLOADS_SYNTH_WORKERS", "AI_WORKLOADS_WORKER_MAX_OBJECTS"):
            monkeypatch.delenv(name, raising=False)
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        capsys.readouterr()
        status = cli.main(list(args))
        out, err = capsys.readouterr()
        return Run(status, out, err)

    return run


def skip_under_root(needs_non_root: bool) -> None:
    if needs_non_root and os.geteuid() == 0:
        pytest.skip("root ignores file modes; unreadable files are covered by the folder, pipe and /dev/zero cases")


def test_the_tables_cover_at_least_25_cases_across_workload_types():
    assert len(BAD_INPUTS) >= 25 and len(BAD_INVOCATIONS) >= 15
    assert any(case.id.startswith("mlserver-") for case in BAD_INPUTS)
    ids = [case.id for case in BAD_INPUTS + BAD_INVOCATIONS]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("case", BAD_INPUTS, ids=[case.id for case in BAD_INPUTS])
def test_bad_input_is_rejected_with_an_actionable_message(case: BadInput, workdir, synth):
    skip_under_root(case.needs_non_root)
    # GIVEN the example workloads plus one malformed file (or folder), and the committed dist/
    dist_before = snapshot(workdir / "dist")
    case.write(workdir / "workloads")
    try:
        # WHEN synthesizing
        result = synth(*case.args)
    finally:
        (workdir / "workloads").chmod(0o755)
    # THEN it fails with exit 1, names file, field path and problem on one line, and leaves dist/
    # byte for byte as it was
    expected = case.expected
    if "{size}" in expected:
        expected = expected.format(size=(workdir / "workloads" / case.file).stat().st_size)
    assert result.status == 1, result.stdout + result.stderr
    assert expected in result.lines, "\n".join(result.lines)
    assert result.lines[-1] == SUMMARY.format(
        count=len([line for line in result.lines if not line.startswith(("error: ", "notice: "))])
    )
    assert "Traceback" not in result.stderr
    assert snapshot(workdir / "dist") == dist_before


@pytest.mark.parametrize("case", BAD_INVOCATIONS, ids=[case.id for case in BAD_INVOCATIONS])
def test_usage_error_is_one_line_with_exit_status_2(case: BadInvocation, workdir, synth):
    skip_under_root(case.needs_non_root)
    # GIVEN the example project, prepared as the case says
    if case.setup is not None:
        case.setup(workdir)
    dist_before = snapshot(workdir / "dist")
    try:
        # WHEN synthesizing with the case's options and environment
        result = synth(*case.args, env=case.env)
    finally:
        if (workdir / "ro").exists():
            (workdir / "ro").chmod(0o755)
    # THEN exit 2, exactly the one expected line, nothing written
    assert result.status == 2, result.stdout + result.stderr
    assert result.lines == [case.expected.format(workdir=workdir.resolve())]
    assert result.stdout == ""
    assert snapshot(workdir / "dist") == dist_before


# --- end to end: main.py in a subprocess -----------------------------------------------------------


def test_a_plain_bad_file_end_to_end(workdir):
    # GIVEN a workload file with a YAML syntax error
    (workdir / "workloads" / "broken.yaml").write_bytes(b"type: ML_INFERENCE_LOAD\nserviceName: x\nnamespace\n")
    before = snapshot(workdir / "dist")
    # WHEN `python main.py` runs
    result = run_main(workdir)
    # THEN exit 1, the one-line message and the summary on stderr, dist/ untouched
    assert result.returncode == 1
    assert result.stderr.splitlines()[-2:] == [
        "workloads/broken.yaml: <root>: YAML syntax error at line 4, column 1: could not find expected ':' (while scanning a simple key at line 3, column 1)",
        SUMMARY.format(count=1),
    ]
    assert snapshot(workdir / "dist") == before


@pytest.mark.parametrize(
    "text",
    [b"[" * 100_000, b"- " * 100_000 + b"x", b"a: " + b"{a: " * 100_000],
    ids=["flow-lists", "block-lists", "flow-mappings"],
)
def test_100000_nested_collections_are_refused_without_crashing(workdir, text):
    # GIVEN 100 000 nested collections (PyYAML's composer recurses in C on these: SIGSEGV)
    (workdir / "workloads" / "deep.yaml").write_bytes(text)
    before = snapshot(workdir / "dist")
    # WHEN `python main.py` runs with 10 s of CPU (the whole run takes about 1.6; libyaml alone takes
    # over 20 to scan all of such a file, which the reader must not let it do: a run over the limit ends
    # with SIGXCPU). The reader's bounded work is counted in test_workload_yaml.py.
    result = run_main(workdir, cpu_seconds=10)
    # THEN a message, exit 1, dist/ untouched
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    assert any(
        line.startswith("workloads/deep.yaml: <root>: nesting is deeper than 64 levels at line 1, column ")
        for line in result.stderr.splitlines()
    )
    assert snapshot(workdir / "dist") == before


def _foreground_signals() -> None:
    """In the child: SIGINT and SIGTERM as a terminal's foreground job has them (a CI runner may start the
    suite as a background job, whose children inherit an ignored SIGINT: main.py then keeps ignoring it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _needs_the_probe() -> None:
    if not hasattr(os, "pidfd_open") or not hasattr(os, "mkfifo"):
        pytest.skip("needs pidfds and FIFOs (Linux 5.3 or later) to follow the run's processes")


def _project(folder: Path, kind: str, count: int) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    from workload_files import write_workloads

    write_workloads(folder / "workloads", kind, count)


@pytest.mark.parametrize(
    ("moment", "hold"),
    [("while-importing", "import"), ("while-rendering", "node")],
    ids=["while-importing", "while-rendering"],
)
def test_ctrl_c_prints_interrupted_and_exits_130(tmp_path, moment, hold):
    _needs_the_probe()
    # GIVEN a project with enough workloads to take a few seconds, and a dist/
    _project(tmp_path, "mixed", 120)
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "old.k8s.yaml").write_text("# Generated by ai-workloads from workloads/old.yaml.\n")
    before = snapshot(tmp_path / "dist")
    with ProbedRun(
        tmp_path,
        [str(REPO / "main.py"), "--no-platform-files"],
        {"AI_WORKLOADS_SYNTH_WORKERS": "1"},
        hold=hold,
        module="yaml._yaml",  # loaded while main.py imports the CLI: its start-up SIGINT handler is in
        preexec_fn=_foreground_signals,  # place, the CLI's is not yet
    ) as run:
        # WHEN the user presses Ctrl-C (SIGINT to the whole process group, as a terminal does) while
        # main.py imports the CLI, or once it has started its jsii Node.js runtime to render (it is held
        # there until the signal)
        run.next_event(hold, where=lambda event: event["pid"] == run.process.pid)
        os.killpg(run.process.pid, signal.SIGINT)
        out, err = run.process.communicate(timeout=120)
    # THEN one line `interrupted`, exit 130, no traceback, dist/ untouched and no staging folder left
    assert (run.process.returncode, err, out) == (130, "interrupted\n", "")
    assert snapshot(tmp_path / "dist") == before
    left = sorted(path.name for path in tmp_path.iterdir() if path.name not in (".cache", "probe.fifo"))
    assert left == ["dist", "workloads"]
    if (tmp_path / ".cache").exists():  # interrupted after it took the lock: the lock, no entry
        assert [path.name for path in (tmp_path / ".cache").iterdir()] == ["synth.lock"]


def _rendering_workers(run: ProbedRun, count: int) -> dict[int, int]:
    """Worker pid -> pidfd of its Node.js runtime, for the first `count` workers that started one (each is
    held there, so the Node.js process is running when its pidfd is opened)."""
    workers: dict[int, int] = {}
    while len(workers) < count:
        event = run.next_event("node", where=lambda e: e["pid"] != run.process.pid and e["pid"] not in workers)
        workers[event["pid"]] = os.pidfd_open(event["child"])
    return workers


def test_sigterm_during_parallel_rendering_leaves_no_process_behind(tmp_path):
    _needs_the_probe()
    # GIVEN a synthesis rendering in two worker processes, each with its jsii Node.js runtime started
    _project(tmp_path, "ml-inference-load", 160)
    with ProbedRun(
        tmp_path, [str(REPO / "main.py"), "--no-platform-files"], {"AI_WORKLOADS_SYNTH_WORKERS": "2"}, hold="node"
    ) as run:
        nodes = _rendering_workers(run, 2)
        # WHEN the run alone is terminated (as a CI timeout or `kill` does)
        run.process.send_signal(signal.SIGTERM)
        _out, err = run.process.communicate(timeout=60)
        # THEN it says so, writes nothing, and every Python process of the run (workers, resource tracker)
        # and every Node.js runtime of the workers is gone
        assert (run.process.returncode, err[-2000:]) == (130, "interrupted\n")
        assert not (tmp_path / "dist").exists()
        # (each exits within moments of the run: a minute is only how long a failure takes to show)
        run.wait_all_python_exited(guard=60)
        wait_exited(list(nodes.values()), guard=60)
    assert {event["pid"] for event in run.events if event["event"] == "start"} >= {run.process.pid, *nodes}


def test_a_killed_worker_is_reported_with_the_files_it_held(tmp_path):
    _needs_the_probe()
    # GIVEN a synthesis rendering in two worker processes
    _project(tmp_path, "ml-inference-load", 160)
    with ProbedRun(
        tmp_path, [str(REPO / "main.py"), "--no-platform-files"], {"AI_WORKLOADS_SYNTH_WORKERS": "2"}, hold="node"
    ) as run:
        [worker] = _rendering_workers(run, 1)
        # WHEN one worker dies (the out-of-memory killer, say)
        os.kill(worker, signal.SIGKILL)
        _out, err = run.process.communicate(timeout=120)
    # THEN no traceback: every file it held is named with the reason, exit 1, nothing written
    lines = err.splitlines()
    assert run.process.returncode == 1, err[-3000:]
    assert "Traceback" not in err
    failed = [line for line in lines if ": <root>: synthesis worker failed: BrokenProcessPool: " in line]
    assert failed and all(line.startswith("workloads/w") for line in failed)
    assert not (tmp_path / "dist").exists()
