"""The model cache on disk, as the real download code lays it out (#17 faults 2 and 3).

A fake Hugging Face Hub on 127.0.0.1 serves one small model repository; the rendered download Job's
command runs for real (its `sh` wrapper and the `huggingface-cli` of huggingface_hub 0.30.1, the
version the TGI 3.3.4 image ships) with only `/data` mapped to a temporary folder. Then:

- TGI: what its router and hf-hub would read from that folder, for the rendered MODEL_ID/REVISION
  (router/src/server.rs: an existing folder without REVISION is read directly; a hub id offline goes
  through hf-hub's CacheRepo::get, which reads refs/<revision> first: engines/tgi.py facts);
- the Job: a second run (the Job re-created by Argo CD after a template change) completes without the
  Hub, through the completion marker.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import LLAMA, example_document, find, render_document

REVISION = "0e9e39f249a16976918f6564b8830bc894c89659"
MODEL = "meta-llama/Llama-3.1-8B-Instruct"
FILES = {
    "config.json": json.dumps({"model_type": "llama", "max_position_embeddings": 8192}).encode(),
    "tokenizer_config.json": json.dumps(
        {"chat_template": "{{ messages[0]['content'] }}", "eos_token": "</s>"}
    ).encode(),
    "tokenizer.json": b'{"version": "1.0"}',
    "model.safetensors": b"\x00" * 64,
}


class FakeHub(BaseHTTPRequestHandler):
    """The two endpoints snapshot_download uses: the revision's file list, and each file's resolve URL."""

    requests: list[str] = []  # noqa: RUF012 (a test double; one list per test by reset)

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _file(self) -> bytes | None:
        prefix = f"/{MODEL}/resolve/{REVISION}/"
        return FILES.get(self.path[len(prefix) :]) if self.path.startswith(prefix) else None

    def _send(self, body: bytes, *, head: bool, content_type: str = "application/octet-stream") -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Repo-Commit", REVISION)
        self.send_header("ETag", f'"{hashlib.sha256(body).hexdigest()}"')
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _answer(self, head: bool) -> None:
        FakeHub.requests.append(f"{self.command} {self.path}")
        if self.path.startswith(f"/api/models/{MODEL}/revision/{REVISION}"):
            info = {"id": MODEL, "sha": REVISION, "siblings": [{"rfilename": name} for name in FILES]}
            self._send(json.dumps(info).encode(), head=head, content_type="application/json")
        elif (body := self._file()) is not None:
            self._send(body, head=head)
        else:
            self.send_error(404)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)


@pytest.fixture
def hub() -> Iterator[str]:
    FakeHub.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeHub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def rendered(engine_cache: str = "/data") -> tuple[dict, dict]:
    """(server container, download container) of the TGI example with a model cache."""
    document = example_document(LLAMA)
    document["modelCache"] = {"size": "40Gi"}
    manifests = render_document(document)
    return (
        find(manifests, "Deployment")["spec"]["template"]["spec"]["containers"][0],
        find(manifests, "Job")["spec"]["template"]["spec"]["containers"][0],
    )


def run_download(command: list[str], data: Path, endpoint: str) -> subprocess.CompletedProcess[str]:
    """The Job's command with /data mapped to `data`, the venv's huggingface-cli on PATH, and the Hub at
    `endpoint` (nothing else of the environment: no token, no cache elsewhere)."""
    mapped = [part.replace("/data", str(data)) if part.startswith("/data") else part for part in command]
    env = {
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        "HF_ENDPOINT": endpoint,
        "HOME": str(data.parent / "home"),
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    }
    return subprocess.run(mapped, env=env, capture_output=True, text=True, timeout=120)


def hf_hub_cache_get(cache: Path, model_id: str, revision: str, filename: str) -> Path | None:
    """What hf-hub's CacheRepo::get (v0.4.x src/lib.rs) returns: refs/<revision> names the commit, then
    snapshots/<commit>/<filename> if it exists."""
    ref = cache / f"models--{model_id.replace('/', '--')}" / "refs" / revision
    if not ref.is_file():
        return None
    pointer = cache / f"models--{model_id.replace('/', '--')}" / "snapshots" / ref.read_text() / filename
    return pointer if pointer.exists() else None


def tgi_router_files(env: dict[str, str], cache: Path) -> dict[str, Path | None]:
    """The config, tokenizer config and chat template files TGI 3.3.4's router finds offline
    (router/src/server.rs): `use_api` is false for an existing folder without a revision (files read from
    the folder), else offline it asks hf-hub's cache for `tokenizer_name` at `revision` (default main)."""
    names = ("config.json", "tokenizer_config.json", "chat_template.json")
    model_id = (
        env["MODEL_ID"].replace("/data", str(cache), 1) if env["MODEL_ID"].startswith("/data") else env["MODEL_ID"]
    )
    local = Path(model_id)
    use_api = "REVISION" in env or not local.is_dir()
    if not use_api:
        return {name: (local / name) if (local / name).exists() else None for name in names}
    return {name: hf_hub_cache_get(cache, model_id, env.get("REVISION", "main"), name) for name in names}


def env_of(container: dict) -> dict[str, str]:
    return {e["name"]: e["value"] for e in container["env"] if "value" in e}


def test_tgi_finds_config_and_chat_template_offline_in_the_downloaded_cache(hub, tmp_path):
    # GIVEN the Job's real download command filled the cache from the (fake) Hub
    server, download = rendered()
    data = tmp_path / "data"
    result = run_download(download["command"], data, hub)
    assert result.returncode == 0, result.stderr
    repo = data / "models--meta-llama--Llama-3.1-8B-Instruct"
    # THEN huggingface_hub wrote no refs/<sha> for a revision that is already a commit hash ...
    assert (repo / "snapshots" / REVISION / "config.json").is_file()
    assert not (repo / "refs" / REVISION).exists()
    # ... so the former rendering (hub id + REVISION, offline) found nothing through hf-hub's cache
    assert set(tgi_router_files({"MODEL_ID": MODEL, "REVISION": REVISION}, data).values()) == {None}
    # AND the rendered server reads the snapshot folder itself: config and tokenizer config (chat template)
    files = tgi_router_files(env_of(server), data)
    assert files["config.json"] is not None and files["tokenizer_config.json"] is not None
    assert "chat_template" in json.loads(files["tokenizer_config.json"].read_text())
    # AND the launcher's get_config reads <MODEL_ID>/config.json, which exists
    assert Path(env_of(server)["MODEL_ID"].replace("/data", str(data), 1), "config.json").is_file()


def test_a_recreated_download_job_completes_at_once_without_the_hub(hub, tmp_path):
    """#17 fault 2: the Job re-created after a template change (Replace=true,Force=true) must not need the
    Hub or download again on a complete cache."""
    _server, download = rendered()
    data = tmp_path / "data"
    assert run_download(download["command"], data, hub).returncode == 0
    first_requests = len(FakeHub.requests)
    assert first_requests > 0
    # WHEN the same command runs again against an unreachable Hub
    again = run_download(download["command"], data, "http://127.0.0.1:9")
    # THEN it succeeds at once, from the completion marker
    assert again.returncode == 0, again.stderr
    assert "already complete" in again.stdout
    assert len(FakeHub.requests) == first_requests


def test_a_failed_download_writes_no_marker_and_fails_the_job(tmp_path):
    _server, download = rendered()
    data = tmp_path / "data"
    result = run_download(download["command"], data, "http://127.0.0.1:9")
    assert result.returncode != 0
    assert not (data / ".ai-workloads-complete").exists()


def test_the_model_id_reaches_the_download_script_only_as_an_argument():
    _server, download = rendered()
    script = download["command"][2]
    assert MODEL not in script and REVISION not in script
