"""Makefile targets a new user meets: `make help`, `make imports` without the CRD folder, the bootstrap split."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def make(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{os.path.dirname(sys.executable)}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(["make", "-s", *args], cwd=REPO, capture_output=True, text=True, env=env, timeout=timeout)


def imports_with_sentinel(tmp_path: Path) -> Path:
    out = tmp_path / "imports"
    (out / "k8s").mkdir(parents=True)
    (out / "k8s" / "__init__.py").write_text("# the committed bindings\n")
    return out


def test_make_imports_without_the_crd_folder_keeps_imports(tmp_path):
    # GIVEN committed bindings and no CRD folder
    out = imports_with_sentinel(tmp_path)
    # WHEN make imports runs
    result = make("imports", f"CRDS_DIR={tmp_path / 'no-such-crds'}", f"IMPORTS_OUT={out}")
    # THEN it fails with one clear line, and imports/ is untouched
    assert result.returncode != 0
    assert f"make imports: CRD folder {tmp_path / 'no-such-crds'} not found" in result.stderr
    assert (out / "k8s" / "__init__.py").read_text() == "# the committed bindings\n"


def test_make_imports_that_fails_half_way_keeps_imports(tmp_path):
    # GIVEN a CRD folder without the CRD files (generation fails after it started)
    out = imports_with_sentinel(tmp_path)
    (tmp_path / "crds").mkdir()
    result = make("imports", f"CRDS_DIR={tmp_path / 'crds'}", f"IMPORTS_OUT={out}")
    # THEN imports/ is as it was and no half-written folder is left beside it
    assert result.returncode != 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crds", "imports"]
    assert (out / "k8s" / "__init__.py").read_text() == "# the committed bindings\n"


def test_make_help_lists_every_target():
    result = make("help")
    assert result.returncode == 0
    text = (REPO / "Makefile").read_text()
    phony = set(re.search(r"^\.PHONY:(.*)$", text, re.MULTILINE).group(1).split())
    listed = set(re.findall(r"^make (\S+)", result.stdout, re.MULTILINE))
    assert phony - {"help"} <= listed, f"not in make help: {sorted(phony - {'help'} - listed)}"
    assert "clean" in listed


def test_make_synth_installs_only_what_synthesis_uses():
    # The recipes `make synth` would run on a fresh clone (dry run, every target considered out of date)
    result = make("-n", "-B", "synth")
    assert result.returncode == 0, result.stderr
    recipes = result.stdout
    # THEN the synthesis environment only: [packages] (no --dev: no pytest, mlserver), npm without
    # devDependencies, no checkov environment; with a progress line per step
    assert "pipenv sync\n" in recipes and "sync --dev" not in recipes
    assert "npm ci --omit=dev" in recipes and "tools/checkov" not in recipes
    assert "bootstrap: synthesis environment .venv/ from Pipfile.lock [packages]" in recipes
    # AND what make synth runs from node_modules (json2ts) is a runtime dependency, the rest is not
    import json

    package = json.loads((REPO / "package.json").read_text())
    assert set(package["dependencies"]) == {"json-schema-to-typescript"}
    assert {"cdk8s-cli", "typescript", "@backstage/catalog-model"} <= set(package["devDependencies"])
    lock = json.loads((REPO / "Pipfile.lock").read_text())
    assert {"pytest", "mlserver"} <= set(lock["develop"]) and not {"pytest", "mlserver"} & set(lock["default"])
