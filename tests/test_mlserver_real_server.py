"""The rendered MLServer wiring, run by the real `mlserver` server (PyPI package).

The test takes the rendered ConfigMap and Deployment of an app and maps the pod paths (/models, /tmp)
to a temp folder. Then it does exactly what the pod does, nothing more: the `fetch-model` init
container's contract (KServe's storage initializer copies everything under the storage URI into the
destination argument; here the URI is mapped to a local folder), the ConfigMap keys mounted as files
(`subPath` mounts), and the server's command with the rendered environment. The only change: the
gRPC and metrics ports are free ports instead of the fixed 8081/8082 (the HTTP port comes from values).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import FRAUD, example_document, find, render_document

MODEL_NAME = "sum-model"
STORAGE_URI = "gs://test-models/sum-model"
# What the bucket holds: the storage URI -> a local folder with the model's files.
BUCKET = {STORAGE_URI: Path(__file__).parent / "mlserver_model"}

POD_PATHS = re.compile(r"(?<![\w/])(/models|/tmp)(?=/|\s|$)")


def _map_paths(text: str, root: Path) -> str:
    """Replace the pod's absolute paths with folders under `root`, in one pass."""
    return POD_PATHS.sub(lambda match: str(root / match.group(1).strip("/")), text)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _storage_initializer(args: list[str], root: Path) -> None:
    """The storage initializer's contract: pairs of `<src_uri> <dest_path>`, every object under the URI
    copied into the destination folder."""
    for uri, destination in zip(args[::2], args[1::2]):
        shutil.copytree(BUCKET[uri], _map_paths(destination, root), dirs_exist_ok=True)


def _mount_config_map_files(container: dict, config_map: dict, root: Path) -> None:
    """What kubelet does for the settings volume's subPath mounts: each key appears as a file."""
    for mount in container["volumeMounts"]:
        if mount["name"] == "settings":
            target = Path(_map_paths(mount["mountPath"], root))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(config_map["data"][mount["subPath"]])


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture(scope="module")
def running_server(tmp_path_factory):
    """One server for the module's tests (each start costs seconds)."""
    # GIVEN app mlserver-a of the example release, serving a model from a (mapped) bucket
    fraud = example_document(FRAUD)
    tmp_path = tmp_path_factory.mktemp("mlserver")
    app = fraud["apps"][0]
    app["modelSettings"] = {"name": MODEL_NAME, "implementation": "sum_model.SumModel"}
    app["modelSource"] = {"storageUri": STORAGE_URI}
    app["service"] = {"port": _free_port()}
    manifests = render_document(fraud)
    config_map = find(manifests, "ConfigMap", "fraud-scoring-ai-workloads-mlserver-a-settings")
    deployment = find(manifests, "Deployment", "fraud-scoring-ai-workloads-mlserver-a")
    pod = deployment["spec"]["template"]["spec"]
    [server], [fetch] = pod["containers"], pod["initContainers"]
    root = tmp_path / "pod"
    for volume_root in ("models", "tmp"):  # the emptyDirs
        (root / volume_root).mkdir(parents=True)

    # WHEN the init container, the kubelet's file mounts and then the server run as rendered
    _storage_initializer(fetch["args"], root)
    _mount_config_map_files(server, config_map, root)
    env = {**os.environ, **{e["name"]: _map_paths(e["value"], root) for e in server["env"]}}
    env["MLSERVER_GRPC_PORT"], env["MLSERVER_METRICS_PORT"] = str(_free_port()), str(_free_port())
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    command = [_map_paths(part, root) for part in server["command"] + server.get("args", [])]
    log = (tmp_path / "mlserver.log").open("w")
    process = subprocess.Popen(
        command, env=env, cwd=root / "tmp", stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    port = next(p["containerPort"] for p in server["ports"] if p["name"] == "http")
    ready_path = server["readinessProbe"]["httpGet"]["path"]
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(f"mlserver exited with {process.returncode}:\n{(tmp_path / 'mlserver.log').read_text()}")
            try:
                if _get(f"http://127.0.0.1:{port}{ready_path}")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail(f"mlserver not ready in 120 s:\n{(tmp_path / 'mlserver.log').read_text()}")
        yield {
            "server": server,
            "port": port,
            "settings": json.loads(config_map["data"]["settings.json"]),
            "log": tmp_path / "mlserver.log",
        }
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def test_rendered_probe_paths_answer_200_on_the_rendered_port(running_server):
    server, port = running_server["server"], running_server["port"]
    assert server["readinessProbe"]["httpGet"]["path"] == f"/v2/models/{MODEL_NAME}/ready"
    for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
        path = server[probe]["httpGet"]["path"]
        assert _get(f"http://127.0.0.1:{port}{path}")[0] == 200, probe


def test_the_server_reports_the_server_name_from_the_settings_configmap(running_server):
    status, body = _get(f"http://127.0.0.1:{running_server['port']}/v2")
    assert status == 200
    assert json.loads(body)["name"] == running_server["settings"]["server_name"] == "fraud-scoring-a"


def test_inference_on_the_test_model_succeeds(running_server):
    request = {"inputs": [{"name": "rows", "shape": [2, 3], "datatype": "FP64", "data": [1, 2, 3, 4, 5, 6]}]}
    http = urllib.request.Request(
        f"http://127.0.0.1:{running_server['port']}/v2/models/{MODEL_NAME}/infer",
        data=json.dumps(request).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(http, timeout=30) as response:
            result = json.loads(response.read())
    except urllib.error.HTTPError as error:
        pytest.fail(f"{error}: {error.read()!r}\n{running_server['log'].read_text()}")
    assert result["model_name"] == MODEL_NAME
    assert result["outputs"][0]["data"] == [6.0, 15.0]
