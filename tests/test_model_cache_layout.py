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
from conftest import LLAMA, QWEN, example_document, find, render_document

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


# LoRA adapters (serving.lora): small PEFT adapter repositories at their own commits.
ADAPTER_FILES = {
    "adapter_config.json": json.dumps({"peft_type": "LORA", "r": 16, "base_model_name_or_path": MODEL}).encode(),
    "adapter_model.safetensors": b"\x00" * 32,
}
ADAPTERS = [
    {"name": "sql", "id": "org/llama-sql-lora", "revision": "1" * 40},
    {"name": "tickets", "id": "org/llama-tickets-lora", "revision": "2" * 40},
    {"name": "later", "id": "org/llama-later-lora", "revision": "3" * 40},
]
# (repository, commit) -> files: what the fake Hub serves.
REPOS = {(MODEL, REVISION): FILES, **{(a["id"], a["revision"]): ADAPTER_FILES for a in ADAPTERS}}


class FakeHub(BaseHTTPRequestHandler):
    """The two endpoints snapshot_download uses: the revision's file list, and each file's resolve URL."""

    requests: list[str] = []  # noqa: RUF012 (a test double; one list per test by reset)

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _file(self) -> tuple[str, bytes] | None:
        for (repo, revision), files in REPOS.items():
            prefix = f"/{repo}/resolve/{revision}/"
            if self.path.startswith(prefix) and self.path[len(prefix) :] in files:
                return revision, files[self.path[len(prefix) :]]
        return None

    def _info(self) -> tuple[str, bytes] | None:
        for (repo, revision), files in REPOS.items():
            if self.path.startswith(f"/api/models/{repo}/revision/{revision}"):
                info = {"id": repo, "sha": revision, "siblings": [{"rfilename": name} for name in files]}
                return revision, json.dumps(info).encode()
        return None

    def _send(self, body: bytes, *, head: bool, revision: str, content_type: str = "application/octet-stream") -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Repo-Commit", revision)
        self.send_header("ETag", f'"{hashlib.sha256(body).hexdigest()}"')
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _answer(self, head: bool) -> None:
        FakeHub.requests.append(f"{self.command} {self.path}")
        if (info := self._info()) is not None:
            self._send(info[1], head=head, revision=info[0], content_type="application/json")
        elif (found := self._file()) is not None:
            self._send(found[1], head=head, revision=found[0])
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


def rendered(example: str = LLAMA, adapters: list[dict[str, str]] | None = None) -> tuple[dict, dict]:
    """(server container, download container) of an example with a model cache (and LoRA adapters)."""
    document = example_document(example)
    document["modelCache"] = {"size": "40Gi"}
    if example == QWEN:
        document["model"] = {"id": MODEL, "revision": REVISION}
    if adapters:
        document.setdefault("serving", {})["lora"] = {"adapters": adapters}
    manifests = render_document(document)
    return (
        find(manifests, "Deployment")["spec"]["template"]["spec"]["containers"][0],
        find(manifests, "Job")["spec"]["template"]["spec"]["containers"][0],
    )


def run_download(command: list[str], data: Path, endpoint: str) -> subprocess.CompletedProcess[str]:
    """The Job's command with /data mapped to `data`, the venv's huggingface-cli on PATH, and the Hub at
    `endpoint` (nothing else of the environment: no token, no cache elsewhere). The vLLM image's `hf` CLI
    (huggingface_hub 1.31) is not in the venv (0.30.1, TGI's): a two-line `hf` on PATH runs `huggingface-cli`
    with the same `download <id> --revision <sha> --cache-dir <dir>` arguments, which lay out the same
    snapshot folders."""
    mapped = [part.replace("/data", str(data)) if part.startswith("/data") else part for part in command]
    shims = data.parent / "shims"
    shims.mkdir(exist_ok=True)
    (shims / "hf").write_text('#!/bin/sh\nexec huggingface-cli "$@"\n')
    (shims / "hf").chmod(0o755)
    env = {
        "PATH": f"{shims}:{Path(sys.executable).parent}:{os.environ['PATH']}",
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


# --- LoRA adapters (serving.lora) --------------------------------------------------------------------------


def on_disk(path: str, data: Path) -> Path:
    return Path(path.replace("/data", str(data), 1))


def test_tgi_lora_adapters_point_at_the_folders_the_download_job_fills(hub, tmp_path):
    server, download = rendered(LLAMA, ADAPTERS[:2])
    data = tmp_path / "data"
    result = run_download(download["command"], data, hub)
    assert result.returncode == 0, result.stderr
    entries = [entry.split("=", 1) for entry in env_of(server)["LORA_ADAPTERS"].split(",")]
    assert [name for name, _ in entries] == ["sql", "tickets"]
    for _, path in entries:
        assert json.loads((on_disk(path, data) / "adapter_config.json").read_text())["peft_type"] == "LORA"
        assert (on_disk(path, data) / "adapter_model.safetensors").is_file()
    # the model too, where MODEL_ID points
    assert (on_disk(env_of(server)["MODEL_ID"], data) / "config.json").is_file()


def test_vllm_lora_modules_point_at_the_folders_the_download_job_fills(hub, tmp_path):
    server, download = rendered(QWEN, ADAPTERS[:2])
    data = tmp_path / "data"
    result = run_download(download["command"], data, hub)
    assert result.returncode == 0, result.stderr
    args = server["args"]
    modules = [json.loads(value) for value in args[args.index("--lora-modules") + 1 :]]
    assert [module["name"] for module in modules] == ["sql", "tickets"]
    for module in modules:
        assert (on_disk(module["path"], data) / "adapter_config.json").is_file()
    # offline, vLLM resolves the model at --revision through the hub cache: the snapshot is there
    assert (data / f"models--{MODEL.replace('/', '--')}" / "snapshots" / REVISION / "config.json").is_file()


def test_adding_an_adapter_downloads_again_and_a_rerun_needs_no_hub(hub, tmp_path):
    data = tmp_path / "data"
    _server, two = rendered(QWEN, ADAPTERS[:2])
    assert run_download(two["command"], data, hub).returncode == 0
    # the same adapters again, Hub unreachable: complete from the marker
    again = run_download(two["command"], data, "http://127.0.0.1:9")
    assert again.returncode == 0 and "already complete" in again.stdout
    # a third adapter: another marker, so the Job downloads (the model and the first two are cached already)
    server, three = rendered(QWEN, ADAPTERS)
    result = run_download(three["command"], data, hub)
    assert result.returncode == 0, result.stderr
    assert "already complete" not in result.stdout
    args = server["args"]
    later = json.loads(args[-1])
    assert later["name"] == "later" and (on_disk(later["path"], data) / "adapter_config.json").is_file()
    # and the adapters-free marker of the model alone was never written by an adapters Job
    assert (
        sorted(p.name.split("+")[0] for p in (data / ".ai-workloads-complete").iterdir())
        == [f"models--{MODEL.replace('/', '--')}@{REVISION}"] * 2
    )
