"""Construct reuse: the library installs into another project with one pip command and synthesizes there."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import venv
import zipfile

import yaml
from conftest import LLAMA, REPO, example_document

sys.path.insert(0, str(REPO / "tools"))
from constraints import constraints_text

CONSUMER_APP = textwrap.dedent(
    """
    import sys
    import yaml
    from ai_workloads import MlInferenceLoadValues
    from ai_workloads.ml_inference_load import MlInferenceLoad
    import cdk8s
    from importlib.metadata import version
    print("pydantic", version("pydantic"), file=sys.stderr)

    values = MlInferenceLoadValues.model_validate(yaml.safe_load(open(sys.argv[1])))
    app = cdk8s.App(outdir="out")
    chart = cdk8s.Chart(app, "consumer", disable_resource_name_hashes=True)
    llm = MlInferenceLoad(chart, "llm", values=values)
    app.synth()
    print(llm.url)
    """
)


def test_constraints_file_is_what_the_lock_pins():
    # constraints.txt (for `pip install -c constraints.txt <wheel>`) is generated from Pipfile.lock
    lock = json.loads((REPO / "Pipfile.lock").read_text())
    assert (REPO / "constraints.txt").read_text() == constraints_text(lock), "run `make constraints`"
    assert (
        "pydantic==" + lock["default"]["pydantic"]["version"].removeprefix("==")
        in (REPO / "constraints.txt").read_text()
    )


def test_wheel_installs_into_a_scratch_virtualenv_with_the_locked_versions_and_synthesizes(tmp_path):
    # GIVEN a wheel built from the repository (`make wheel`) and a fresh virtualenv outside it
    wheels = tmp_path / "wheels"
    subprocess.run(["make", "-s", "wheel", f"WHEEL_DIR={wheels}"], cwd=REPO, check=True, timeout=600)
    wheel = next(wheels.glob("ai_workloads-*.whl"))
    with zipfile.ZipFile(wheel) as archive:  # the license is declared (SPDX) and shipped
        metadata = archive.read(next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))).decode()
        assert "License-Expression: Apache-2.0" in metadata.splitlines()
        assert any(n.endswith("licenses/LICENSE") for n in archive.namelist())
    scratch = tmp_path / "consumer-venv"
    venv.create(scratch, with_pip=True)
    python = scratch / "bin" / "python"
    # WHEN the library is installed as the README shows, with the lock's versions as constraints
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "-c", str(REPO / "constraints.txt"), str(wheel)],
        check=True,
        timeout=900,
    )
    lock = json.loads((REPO / "Pipfile.lock").read_text())["default"]
    installed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=json"], capture_output=True, text=True, check=True
    ).stdout
    versions = {item["name"].lower().replace("_", "-"): item["version"] for item in json.loads(installed)}
    # THEN every locked package it installs has the locked version (pydantic among them)
    for name in ("pydantic", "pydantic-core", "cdk8s", "jsii", "jsonschema", "pyyaml"):
        assert "==" + versions[name] == lock[name]["version"], name
    # AND a tiny app that imports only the installed package synthesizes an ML_INFERENCE_LOAD
    project = tmp_path / "consumer"
    project.mkdir()
    (project / "app.py").write_text(CONSUMER_APP)
    (project / "values.yaml").write_text(yaml.safe_dump(example_document(LLAMA)))
    result = subprocess.run(
        [str(python), "app.py", "values.yaml"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},  # no venv on PATH: the bundled Node is used
    )
    # THEN it runs from the installed files (not the repo) and renders the 8 objects and the PodMonitor
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://llama-3-8b.inference.example.com"
    assert "end-of-life" not in result.stderr
    assert f"pydantic {versions['pydantic']}" in result.stderr
    manifests = list(yaml.safe_load_all((project / "out" / "consumer.k8s.yaml").read_text()))
    assert [m["kind"] for m in manifests] == [
        "ServiceAccount",
        "ExternalSecret",
        "ExternalSecret",
        "Deployment",
        "Service",
        "Certificate",
        "Gateway",
        "HTTPRoute",
        "PodMonitor",
    ]
    location = subprocess.run(
        [
            str(python),
            "-c",
            "import ai_workloads, ai_workloads_imports.gateway_api_gateway as g; print(ai_workloads.__file__)",
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(scratch) in location and str(REPO) not in location
    # AND the CRD gate finds its bundled schemas inside the installed package (no CRD folder anywhere)
    bundle = subprocess.run(
        [
            str(python),
            "-c",
            "from ai_workloads.gates.crd_schema import load_bundled_catalog; print(load_bundled_catalog().folder)",
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert bundle.startswith(str(scratch)) and bundle.endswith("ai_workloads_imports/crd_schemas")
