"""`python3 main.py` and `cdk8s synth` from a plain shell (no virtualenv active, only /usr/bin:/bin on PATH):
they run in the project's .venv, or print one line saying to run `make synth`; never a traceback."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import DIST, PROJECT, REPO, snapshot

PLAIN_PATH = "/usr/bin:/bin"
SYSTEM_PYTHON = shutil.which("python3", path=PLAIN_PATH)
MESSAGE = (
    "main.py: error: the project environment (.venv) is not installed: run `make synth` "
    "(it installs .venv and runs main.py in it)"
)


def plain_env(home: Path) -> dict[str, str]:
    return {"PATH": PLAIN_PATH, "HOME": str(home), "CDK8S_CHECK_UPGRADE": "false", "LANG": "C.UTF-8"}


def project(root: Path, *, with_venv: bool) -> Path:
    root.mkdir()
    shutil.copytree(PROJECT / "workloads", root / "workloads")
    shutil.copy(PROJECT / "cdk8s.yaml", root / "cdk8s.yaml")
    shutil.copy(REPO / "main.py", root / "main.py")
    (root / "node_modules").symlink_to(REPO / "node_modules")
    if with_venv:
        (root / ".venv").symlink_to(REPO / ".venv")
    return root


@pytest.fixture(autouse=True)
def _needs_system_python():
    if SYSTEM_PYTHON is None:
        pytest.skip("no python3 in /usr/bin:/bin")


def test_python_main_from_a_plain_shell_runs_in_the_project_venv(tmp_path):
    root = project(tmp_path / "p", with_venv=True)
    result = subprocess.run(
        [SYSTEM_PYTHON, "main.py", "--no-platform-files", "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        env=plain_env(tmp_path),
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert snapshot(root / "dist") == snapshot(DIST)


def test_python_main_without_a_venv_prints_one_line(tmp_path):
    root = project(tmp_path / "p", with_venv=False)
    result = subprocess.run(
        [SYSTEM_PYTHON, "main.py"], cwd=root, capture_output=True, text=True, env=plain_env(tmp_path), timeout=120
    )
    assert (result.returncode, result.stderr, result.stdout) == (2, MESSAGE + "\n", "")
    assert not (root / "dist").exists()


def cdk8s_synth(root: Path, home: Path) -> subprocess.CompletedProcess[str]:
    cli = REPO / "node_modules" / ".bin" / "cdk8s"
    if not cli.exists():
        pytest.skip("cdk8s CLI not installed: run `make test`")
    return subprocess.run(
        [str(cli), "synth", "--no-check-upgrade"],
        cwd=root,
        capture_output=True,
        text=True,
        env=plain_env(home),
        timeout=600,
    )


def test_cdk8s_synth_from_a_plain_shell_runs_in_the_project_venv(tmp_path):
    root = project(tmp_path / "p", with_venv=True)
    result = cdk8s_synth(root, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert snapshot(root / "dist") == snapshot(DIST)
    assert "Traceback" not in result.stdout + result.stderr


def test_cdk8s_synth_without_a_venv_says_what_to_do(tmp_path):
    root = project(tmp_path / "p", with_venv=False)
    result = cdk8s_synth(root, tmp_path)
    assert result.returncode != 0
    assert MESSAGE in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
