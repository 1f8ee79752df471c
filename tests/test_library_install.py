"""Construct reuse: the library installs into another project with one pip command and synthesizes there."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import venv

import yaml

from conftest import LLAMA, REPO, example_document

CONSUMER_APP = textwrap.dedent(
    """
    import sys
    import yaml
    from ai_workloads import MlInferenceLoadValues
    from ai_workloads.ml_inference_load import MlInferenceLoad
    import cdk8s

    values = MlInferenceLoadValues.model_validate(yaml.safe_load(open(sys.argv[1])))
    app = cdk8s.App(outdir="out")
    chart = cdk8s.Chart(app, "consumer", disable_resource_name_hashes=True)
    llm = MlInferenceLoad(chart, "llm", values=values)
    app.synth()
    print(llm.url)
    """
)


def test_wheel_installs_into_a_scratch_virtualenv_and_synthesizes(tmp_path):
    # GIVEN a wheel built from the repository and a fresh virtualenv outside it
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(REPO)],
        check=True, timeout=600,
    )
    wheel = next(wheels.glob("ai_workloads-*.whl"))
    scratch = tmp_path / "consumer-venv"
    venv.create(scratch, with_pip=True)
    python = scratch / "bin" / "python"
    # WHEN the library is installed with one pip command
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, timeout=900)
    # AND a tiny app that imports only the installed package synthesizes an ML_INFERENCE_LOAD
    project = tmp_path / "consumer"
    project.mkdir()
    (project / "app.py").write_text(CONSUMER_APP)
    (project / "values.yaml").write_text(yaml.safe_dump(example_document(LLAMA)))
    result = subprocess.run(
        [str(python), "app.py", "values.yaml"], cwd=project, capture_output=True, text=True, timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},  # no venv on PATH: the bundled Node is used
    )
    # THEN it runs from the installed files (not the repo) and renders the 8 objects and the PodMonitor
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "https://llama-3-8b.inference.example.com"
    assert "end-of-life" not in result.stderr
    manifests = list(yaml.safe_load_all((project / "out" / "consumer.k8s.yaml").read_text()))
    assert [m["kind"] for m in manifests] == [
        "ServiceAccount", "ExternalSecret", "ExternalSecret", "Deployment", "Service", "Certificate", "Gateway", "HTTPRoute",
        "PodMonitor",
    ]
    location = subprocess.run(
        [str(python), "-c", "import ai_workloads, ai_workloads_imports.gateway_api_gateway as g; print(ai_workloads.__file__)"],
        cwd=project, capture_output=True, text=True, check=True,
    ).stdout
    assert str(scratch) in location and str(REPO) not in location
    # AND the CRD gate finds its bundled schemas inside the installed package (no CRD folder anywhere)
    bundle = subprocess.run(
        [str(python), "-c", "from ai_workloads.gates.crd_schema import load_bundled_catalog; print(load_bundled_catalog().folder)"],
        cwd=project, capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert bundle.startswith(str(scratch)) and bundle.endswith("ai_workloads_imports/crd_schemas")
