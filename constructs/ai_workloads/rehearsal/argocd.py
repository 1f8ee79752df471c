"""The real Argo CD on the rehearsal's control plane: application controller, repo server and redis,
syncing the project's app of apps from a local git repository.

    with ControlPlane() as cp:
        install_prerequisites(cp)
        with ArgoCD(cp) as argo:
            repo = RehearsalRepo.create(Path.cwd(), cp.workdir / "argo-repo")
            argo.deliver(repo)                       # applies the root Application (argocd/application.yaml)
            rows = argo.wait_synced_healthy(120)    # one AppRow per workload Application

What runs (facts with sources: docs/argocd-facts.md):
- Argo CD's multi-call binary (built from the `github.com/argoproj/argo-cd/v3` module by binaries.py),
  started through symlinks named `argocd-repo-server` and `argocd-application-controller`;
- Debian's `redis-server`, 127.0.0.1 only, a random password, no persistence;
- the repo server on 127.0.0.1 (gRPC without TLS, metrics on 127.0.0.1);
- the controller in a network namespace of its own (`_netns_exec.py`): Argo CD binds its metrics port on
  0.0.0.0 with no way to change it, so it gets a private loopback on which the API server, redis and the
  repo server are forwarded from the host's loopback; its in-cluster destination
  (`https://kubernetes.default.svc`) is the rehearsal's API server (`ARGOCD_FAKE_IN_CLUSTER` + KUBECONFIG).
Kubernetes objects: Argo CD's CRDs and base ConfigMaps/Secret from the same module
(manifests/crds, manifests/base/config), `server.secretkey` (which the API server would write) and
AppProject `default` (which the API server would create; the same spec). The API server, Dex, the
ApplicationSet and notification controllers are not run.

Everything is stopped by `close()` (and by the control plane, which owns the processes) on success,
failure, Ctrl-C or SIGTERM; the files live in the control plane's temporary folder.
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ai_workloads.platform.settings import APPS_DIR, argocd_settings
from ai_workloads.rehearsal.controlplane import StartsOnEnter

NAMESPACE = "argocd"
CONTROLLER = "argocd-application-controller"
REPO_SERVER = "argocd-repo-server"
REDIS = "redis"
LAUNCHER = Path(__file__).with_name("_netns_exec.py")
# Labels of the objects the root Application syncs (its children).
PART_OF = "app.kubernetes.io/part-of"


@dataclass(frozen=True)
class FlagFact:
    """A flag of an Argo CD command the rehearsal sets, with the default read in the source (None: the
    help shows none, e.g. a boolean or an empty string); a test checks both against the built binary."""

    command: str
    flag: str
    default: str | None
    source: str


_CONTROLLER_SRC = "argo-cd v3.2.11 cmd/argocd-application-controller/commands/argocd_application_controller.go"
_REPO_SERVER_SRC = "argo-cd v3.2.11 cmd/argocd-repo-server/commands/argocd_repo_server.go, reposerver/cache/cache.go"
ARGOCD_FLAG_FACTS: tuple[FlagFact, ...] = (
    FlagFact(CONTROLLER, "--app-resync", "120", _CONTROLLER_SRC),
    FlagFact(CONTROLLER, "--app-resync-jitter", "60", _CONTROLLER_SRC),
    FlagFact(CONTROLLER, "--status-processors", "20", _CONTROLLER_SRC),
    FlagFact(CONTROLLER, "--operation-processors", "10", _CONTROLLER_SRC),
    FlagFact(CONTROLLER, "--repo-server", "argocd-repo-server:8081", _CONTROLLER_SRC),
    FlagFact(CONTROLLER, "--repo-server-plaintext", None, _CONTROLLER_SRC),
    FlagFact(CONTROLLER, "--redis", None, "argo-cd v3.2.11 util/cache/cache.go (empty: argocd-redis:6379)"),
    FlagFact(
        CONTROLLER, "--metrics-port", "8082", _CONTROLLER_SRC + " (bound on 0.0.0.0: controller/appcontroller.go)"
    ),
    FlagFact(CONTROLLER, "--namespace", None, "argo-cd v3.2.11 util/cli (kubectl flags)"),
    FlagFact(CONTROLLER, "--kubeconfig", None, "argo-cd v3.2.11 util/cli (kubectl flags)"),
    FlagFact(REPO_SERVER, "--address", "0.0.0.0", _REPO_SERVER_SRC),
    FlagFact(REPO_SERVER, "--port", "8081", _REPO_SERVER_SRC),
    FlagFact(REPO_SERVER, "--metrics-address", "0.0.0.0", _REPO_SERVER_SRC),
    FlagFact(REPO_SERVER, "--metrics-port", "8084", _REPO_SERVER_SRC),
    FlagFact(REPO_SERVER, "--disable-tls", None, _REPO_SERVER_SRC),
    FlagFact(REPO_SERVER, "--revision-cache-expiration", "3m0s", _REPO_SERVER_SRC),
    FlagFact(REPO_SERVER, "--redis", None, "argo-cd v3.2.11 util/cache/cache.go"),
)


class ArgoCDError(RuntimeError):
    """Argo CD could not be started, or did not reach the state waited for (the message says which)."""


@dataclass(frozen=True)
class ArgoCDSettings:
    """How the rehearsal runs Argo CD; each default and what it does.

    :param app_resync_seconds: controller `--app-resync` (Argo CD: 120 s): every Application is compared
        with git this often, so a commit in the rehearsal's repository is picked up within 3 s.
    :param revision_cache_seconds: repo server `--revision-cache-expiration` (Argo CD: 3 min): how long
        the commit a branch points to is cached; 1 s so that a new commit is seen at the next resync.
    :param processors: controller `--status-processors` and `--operation-processors` (Argo CD: 20 and
        10): 4 each, enough for a few dozen Applications on a 2-core machine.
    :param sync_wave_delay_seconds: `ARGOCD_SYNC_WAVE_DELAY`, Argo CD's own default of 2 s between two
        waves, kept: consecutive waves then differ in their objects' creation times.
    :param log_level: controller and repo server `--loglevel`; logs in the control plane's logs/ folder.
    :param start_timeout_seconds: how long redis and the repo server may take to answer.
    """

    app_resync_seconds: int = 3
    revision_cache_seconds: int = 1
    processors: int = 4
    sync_wave_delay_seconds: int = 2
    log_level: str = "info"
    start_timeout_seconds: float = 60.0


@dataclass(frozen=True)
class AppRow:
    """One Application as Argo CD reports it (`status.sync`, `status.health`, `status.operationState`)."""

    name: str
    sync: str
    health: str
    phase: str
    message: str
    revision: str
    retry_count: int
    seconds: float  # from the start of the wait until it was Synced + Healthy at the expected revision (or now)

    def done(self, revision: str) -> bool:
        return self.sync == "Synced" and self.health == "Healthy" and self.revision == revision


def format_table(rows: Sequence[AppRow]) -> str:
    """The rows as an aligned text table (what `make rehearse` prints and a time-out reports)."""
    header = ("APPLICATION", "SYNC", "HEALTH", "OPERATION", "SECONDS", "MESSAGE")
    lines = [header] + [
        (
            r.name,
            r.sync,
            r.health,
            r.phase + (f" (retried {r.retry_count}x)" if r.retry_count else ""),
            f"{r.seconds:.0f}",
            r.message.replace("\n", " ")[:160],
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(line, widths)) + "  " + line[-1] for line in lines)


class RehearsalTimeout(ArgoCDError):
    def __init__(self, what: str, rows: Sequence[AppRow]):
        super().__init__(f"timed out waiting for {what}:\n{format_table(rows)}")
        self.rows = list(rows)


# ------------------------------------------------------------------------------------------ git repository
class RehearsalRepo:
    """A git repository holding a copy of the project checkout (tracked and untracked, not ignored files
    as they are in the working tree), synthesized again, in which the `repoURL` of argocd/application.yaml
    and argocd/apps/*.yaml is `file://<this folder>`, so that Argo CD reads the copy. Only the copy
    changes; the checkout is never written.

    Why the YAML text of argocd/ rather than cdk8s.yaml's argocd.repoURL: synthesis refuses a file://
    repoURL (it is no URL an Argo CD in a cluster can clone), and this way the Applications Argo CD reads
    are byte for byte what the project renders, but for that one value. Every `synth()` (a workload added,
    removed or changed by a test) renders them again and points them here again. dist/ does not depend
    on the repoURL: `stale_dist()` compares it with the checkout's.
    """

    def __init__(self, path: Path, source: Path, branch: str):
        self.path, self.source, self.branch = path, source, branch

    @property
    def url(self) -> str:
        return f"file://{self.path}"

    @classmethod
    def create(cls, source: Path, path: Path) -> RehearsalRepo:
        if any(part.startswith(".") for part in path.resolve().parts):
            raise ArgoCDError(f"{path}: the rehearsal repository needs a path without dot components")
        listed = (
            subprocess.run(
                ["git", "-C", str(source), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                capture_output=True,
                check=True,
            )
            .stdout.decode()
            .split("\0")
        )
        path.mkdir(parents=True)
        if (source / "node_modules").is_dir():  # the synthesis runs json2ts from it (ignored by git here too)
            (path / "node_modules").symlink_to((source / "node_modules").resolve())
        for name in sorted(set(filter(None, listed))):
            origin = source / name
            if origin.is_file() and not origin.is_symlink():
                (path / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(origin, path / name)
        repo = cls(path, source, argocd_settings(path / "cdk8s.yaml").target_revision)
        repo.synth()
        repo._git("init", "-q", "-b", repo.branch)
        # The node_modules link is not committed: .gitignore's `/node_modules/` matches only a folder, and
        # the repo server refuses a repository with a symlink out of it (--allow-oob-symlinks off).
        with open(path / ".git" / "info" / "exclude", "a") as exclude:
            exclude.write("/node_modules\n")
        repo.commit("rehearsal: the checkout, Applications pointing at this repository")
        return repo

    def _point_applications(self) -> None:
        """In argocd/application.yaml and argocd/apps/*.yaml of the copy: the repoURL cdk8s.yaml names ->
        file://<here>. Only that value changes."""
        original = argocd_settings(self.path / "cdk8s.yaml").repo_url
        for path in [self.path / "argocd" / "application.yaml", *sorted((self.path / APPS_DIR).glob("*.yaml"))]:
            text, count = re.subn(rf"(?m)^(\s+repoURL: ){re.escape(original)}$", rf"\g<1>{self.url}", path.read_text())
            if count != 1:
                raise ArgoCDError(f"{path}: expected one `repoURL: {original}` line, found {count}")
            path.write_text(text)

    def _git(self, *args: str) -> str:
        env = {
            **os.environ,
            "GIT_AUTHOR_NAME": "rehearsal",
            "GIT_AUTHOR_EMAIL": "rehearsal@localhost",
            "GIT_COMMITTER_NAME": "rehearsal",
            "GIT_COMMITTER_EMAIL": "rehearsal@localhost",
        }
        return subprocess.run(
            ["git", "-C", str(self.path), *args], capture_output=True, text=True, check=True, env=env
        ).stdout

    def synth(self) -> None:
        """`python main.py` in the copy (its workloads/, its cdk8s.yaml), then the Applications pointed at
        the copy; the failure's output if it fails."""
        result = subprocess.run([sys.executable, "main.py"], cwd=self.path, capture_output=True, text=True)
        if result.returncode != 0:
            raise ArgoCDError(f"synthesis in the rehearsal repository failed:\n{result.stdout}{result.stderr}")
        self._point_applications()

    def commit(self, message: str) -> str:
        self._git("add", "-A")
        self._git("commit", "-q", "--allow-empty", "-m", message)
        return self.head()

    def head(self) -> str:
        return self._git("rev-parse", "HEAD").strip()

    def stale_dist(self) -> list[str]:
        """dist/ files that differ between the copy (synthesized here) and the checkout."""
        ours = {p.name: p.read_bytes() for p in (self.path / "dist").glob("*.yaml")}
        theirs = {p.name: p.read_bytes() for p in (self.source / "dist").glob("*.yaml")}
        return sorted(name for name in ours.keys() | theirs.keys() if ours.get(name) != theirs.get(name))

    def child_applications(self) -> list[str]:
        """Names of the workload Applications the root syncs now (argocd/apps/*.yaml of the copy)."""
        return sorted(yaml.safe_load(p.read_text())["metadata"]["name"] for p in (self.path / APPS_DIR).glob("*.yaml"))

    def root_application(self) -> dict[str, Any]:
        application: dict[str, Any] = yaml.safe_load((self.path / "argocd" / "application.yaml").read_text())
        return application


# ------------------------------------------------------------------------------------------ loopback bridge
class _LoopbackBridge:
    """Accepts connections on listening sockets that live in another network namespace and forwards each
    to the same port on this namespace's 127.0.0.1."""

    def __init__(self, listeners: Sequence[socket.socket]):
        self._listeners = list(listeners)
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        for listener in self._listeners:
            threading.Thread(target=self._accept, args=(listener,), daemon=True, name="argocd-bridge").start()

    def _accept(self, listener: socket.socket) -> None:
        port = listener.getsockname()[1]
        while True:
            try:
                inner, _ = listener.accept()
            except OSError:
                return
            try:
                outer = socket.create_connection(("127.0.0.1", port), timeout=10)
                outer.settimeout(None)
            except OSError:
                inner.close()
                continue
            with self._lock:
                self._open.update((inner, outer))
            for source, target in ((inner, outer), (outer, inner)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True, name="argocd-bridge").start()

    def _pump(self, source: socket.socket, target: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(262144):
                target.sendall(data)
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)
        with self._lock:
            self._open.discard(source)
        source.close()

    def close(self) -> None:
        for listener in self._listeners:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        with self._lock:
            sockets, self._open = list(self._open), set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


def _receive_listeners(
    channel: socket.socket, count: int, alive: Callable[[], bool], timeout: float
) -> list[socket.socket]:
    channel.settimeout(0.5)
    deadline = time.monotonic() + timeout
    while True:
        try:
            connection, _ = channel.accept()
            break
        except TimeoutError:
            if not alive() or time.monotonic() > deadline:
                raise ArgoCDError("the network namespace of a rehearsal process was not set up (see its log)") from None
    with connection:
        connection.settimeout(timeout)
        _, fds, _, _ = socket.recv_fds(connection, 64, count)
    if len(fds) != count:
        raise ArgoCDError(f"expected {count} listening sockets from a network namespace, got {len(fds)}")
    return [socket.socket(fileno=fd) for fd in fds]


def start_isolated(
    start_process: Callable[..., subprocess.Popen[bytes]],
    name: str,
    argv: Sequence[Any],
    env: dict[str, str],
    folder: Path,
    ports: Sequence[int],
    timeout: float,
    serve_unix: tuple[Path, int] | None = None,
) -> tuple[subprocess.Popen[bytes], _LoopbackBridge]:
    """Start `argv` with `start_process(name, argv, env=, cwd=)` in a network namespace of its own (see
    _netns_exec.py) whose 127.0.0.1:<port> for each of `ports` leads to the same port on this host's
    loopback; anything else it listens on is reachable only inside that namespace, but for
    `serve_unix` (path, port): connections to that Unix socket reach 127.0.0.1:port inside."""
    channel_path = folder / f"{name}.netns.sock"
    channel = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        channel.bind(str(channel_path))
        channel.listen(1)
        popen = start_process(
            name,
            [
                sys.executable,
                LAUNCHER,
                "--netns",
                str(channel_path),
                ",".join(map(str, ports)),
                *(["--serve-unix", str(serve_unix[0]), str(serve_unix[1])] if serve_unix else []),
                "--",
                *argv,
            ],
            env=env,
            cwd=folder,
        )
        listeners = _receive_listeners(channel, len(ports), lambda: popen.poll() is None, timeout)
    finally:
        channel.close()
        channel_path.unlink(missing_ok=True)
    return popen, _LoopbackBridge(listeners)


def _redis_ping(port: int, password: str) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=2) as conn:
        conn.sendall(f"AUTH {password}\r\nPING\r\n".encode())
        reply = b""
        while reply.count(b"\r\n") < 2:
            chunk = conn.recv(256)
            if not chunk:
                break
            reply += chunk
        return reply == b"+OK\r\n+PONG\r\n"
    return False


def _http_ok(url: str) -> bool:
    with contextlib.suppress(OSError, ValueError), urllib.request.urlopen(url, timeout=2) as response:
        return bool(response.status == 200)
    return False


def _peak_rss(pid: int) -> int:
    """The peak resident memory of one process (VmHWM), bytes; 0 once it is gone."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def _find_free_port() -> int:
    from ai_workloads.rehearsal.controlplane import free_port

    return free_port()


# ------------------------------------------------------------------------------------------ Argo CD
class ArgoCD(StartsOnEnter):
    """See the module docstring. Once entered: `version`, `redis_port`, `repo_server_port`,
    `folder`; after `close()`: `peak_rss_bytes` (sum of the peak resident memory of controller, repo
    server and redis)."""

    def __init__(self, control_plane: Any, settings: ArgoCDSettings = ArgoCDSettings()):
        self.cp, self.settings = control_plane, settings
        self.folder = Path()
        self.version = ""
        self.redis_port = self.repo_server_port = 0
        self.peak_rss_bytes = 0
        self._password = secrets.token_hex(24)
        self._pids: dict[str, int] = {}
        self._bridge: _LoopbackBridge | None = None
        self._repo: RehearsalRepo | None = None
        self._wait_started = time.monotonic()

    # ------------------------------------------------------------------ start and stop
    def _start(self) -> None:
        self.folder = self.cp.workdir / "argo"
        for sub in ("bin", "tmp", "redis", "tls", "ssh"):
            (self.folder / sub).mkdir(parents=True, exist_ok=True)
        binary = Path(self.cp.binaries["argocd"])
        for name in (CONTROLLER, REPO_SERVER, "argocd"):
            (self.folder / "bin" / name).symlink_to(binary)
        self.version = self._binary_version()
        self._install_objects()
        self._start_redis()
        self._start_repo_server()
        self._start_controller()

    def close(self) -> None:
        """Stop controller, repo server and redis (newest first); record their peak memory. Twice is safe."""
        self.peak_rss_bytes = max(self.peak_rss_bytes, sum(_peak_rss(pid) for pid in self._pids.values()))
        for name in (CONTROLLER, REPO_SERVER, REDIS):
            if name in self._pids:
                with contextlib.suppress(Exception):
                    self.cp.stop_process(name)
        self._pids.clear()
        if self._bridge is not None:
            self._bridge.close()
            self._bridge = None

    def _binary_version(self) -> str:
        result = subprocess.run(
            [str(self.folder / "bin" / "argocd"), "version", "--client", "--short"],
            capture_output=True,
            text=True,
            timeout=60,
            env={"HOME": str(self.folder / "tmp"), "PATH": os.environ.get("PATH", "")},
        )
        return (result.stdout.strip().split() or ["unknown"])[-1]

    def _base_env(self) -> dict[str, str]:
        git = shutil.which("git")
        if git is None:
            raise ArgoCDError("git not found on PATH: the repo server runs `git` (apt-get install -y git)")
        return {
            "PATH": os.pathsep.join(dict.fromkeys([str(Path(git).parent), os.environ.get("PATH", "/usr/bin:/bin")])),
            "REDIS_PASSWORD": self._password,
            "TMPDIR": str(self.folder / "tmp"),
            "ARGOCD_GPG_ENABLED": "false",  # else the repo server initialises a GnuPG keyring under /app/config
            "ARGOCD_TLS_DATA_PATH": str(self.folder / "tls"),
            "ARGOCD_SSH_DATA_PATH": str(self.folder / "ssh"),
        }

    def _start_redis(self) -> None:
        server = shutil.which("redis-server")
        if server is None:
            raise ArgoCDError(
                "redis-server not found: Argo CD needs redis (Debian: apt-get install -y redis-server; "
                "`make rehearsal-bootstrap` does it)"
            )
        self.redis_port = _find_free_port()
        config = self.folder / "redis" / "redis.conf"
        config.write_text(
            "\n".join(
                [
                    "bind 127.0.0.1",
                    f"port {self.redis_port}",
                    "protected-mode yes",
                    'save ""',
                    "appendonly no",
                    f"dir {self.folder / 'redis'}",
                    f"requirepass {self._password}",
                    "daemonize no",
                    "",
                ]
            )
        )
        config.chmod(0o600)
        self._pids[REDIS] = self.cp.start_process(REDIS, [server, str(config)]).pid
        self._wait(lambda: _redis_ping(self.redis_port, self._password), "redis to answer")

    def _start_repo_server(self) -> None:
        self.repo_server_port, metrics_port = _find_free_port(), _find_free_port()
        argv = [
            self.folder / "bin" / REPO_SERVER,
            "--address",
            "127.0.0.1",
            f"--port={self.repo_server_port}",
            "--metrics-address",
            "127.0.0.1",
            f"--metrics-port={metrics_port}",
            "--disable-tls",
            f"--redis=127.0.0.1:{self.redis_port}",
            f"--revision-cache-expiration={self.settings.revision_cache_seconds}s",
            f"--loglevel={self.settings.log_level}",
            "--logformat=text",
        ]
        env = {**self._base_env(), "ARGOCD_ASK_PASS_SOCK": str(self.folder / "tmp" / "askpass.sock")}
        self._pids[REPO_SERVER] = self.cp.start_process(REPO_SERVER, argv, env=env, cwd=self.folder).pid
        self._wait(
            lambda: _http_ok(f"http://127.0.0.1:{metrics_port}/healthz?full=true"), "the repo server to be healthy"
        )

    def _start_controller(self) -> None:
        api_port = int(str(self.cp.server).rsplit(":", 1)[1].strip("/"))
        argv = [
            self.folder / "bin" / CONTROLLER,
            f"--kubeconfig={self.cp.kubeconfig}",
            f"--namespace={NAMESPACE}",
            f"--repo-server=127.0.0.1:{self.repo_server_port}",
            "--repo-server-plaintext",
            f"--redis=127.0.0.1:{self.redis_port}",
            f"--app-resync={self.settings.app_resync_seconds}",
            "--app-resync-jitter=0",
            f"--status-processors={self.settings.processors}",
            f"--operation-processors={self.settings.processors}",
            f"--loglevel={self.settings.log_level}",
            "--logformat=text",
        ]
        env = {
            **self._base_env(),
            "KUBECONFIG": str(self.cp.kubeconfig),  # read by the in-cluster destination (below)
            "ARGOCD_FAKE_IN_CLUSTER": "true",  # https://kubernetes.default.svc = the KUBECONFIG cluster
            "ARGOCD_SYNC_WAVE_DELAY": str(self.settings.sync_wave_delay_seconds),
        }
        popen, self._bridge = start_isolated(
            self.cp.start_process,
            CONTROLLER,
            argv,
            env,
            self.folder,
            [api_port, self.redis_port, self.repo_server_port],
            self.settings.start_timeout_seconds,
        )
        self._pids[CONTROLLER] = popen.pid
        self._wait(
            lambda: (
                "Starting configmap/secret informers" in self.cp.log(CONTROLLER)
                or "Application Controller" in self.cp.log(CONTROLLER)
            ),
            "the application controller to start",
        )

    def _wait(self, predicate: Callable[[], bool], what: str) -> None:
        self.cp.wait_for(predicate, self.settings.start_timeout_seconds, what)

    # ------------------------------------------------------------------ Kubernetes objects
    def _install_objects(self) -> None:
        from ai_workloads.rehearsal.binaries import argocd_crds_dir

        crds = argocd_crds_dir()
        files = sorted(p for p in crds.glob("*.yaml") if p.name != "kustomization.yaml")
        documents = [doc for f in files for doc in yaml.safe_load_all(f.read_text()) if doc]
        if any(self.cp.live(doc) is None for doc in documents):  # install_prerequisites applies the same files
            self._apply(documents)
            self.cp.wait_for_crds([doc["metadata"]["name"] for doc in documents], timeout=60)
        config = crds.parent / "base" / "config"
        objects: list[dict[str, Any]] = [{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": NAMESPACE}}]
        for path in sorted(config.glob("*.yaml")):
            for doc in yaml.safe_load_all(path.read_text()):
                if doc and doc.get("kind") in ("ConfigMap", "Secret"):
                    doc.setdefault("metadata", {})["namespace"] = NAMESPACE
                    if doc["kind"] == "Secret" and doc["metadata"]["name"] == "argocd-secret":
                        # What the API server's InitializeSettings writes; GetSettings reports it missing otherwise.
                        doc["data"] = {"server.secretkey": base64.b64encode(secrets.token_bytes(32)).decode()}
                    objects.append(doc)
        if not any(o["metadata"]["name"] == "argocd-cm" for o in objects[1:]):
            raise ArgoCDError(f"{config}: Argo CD's base configuration (argocd-cm.yaml) not found")
        objects.append(default_project())
        self._apply(objects)

    def _apply(self, objects: list[dict[str, Any]]) -> None:
        report = self.cp.apply_manifests(objects, field_manager="ai-workloads-rehearsal")
        if report.rejected:
            raise ArgoCDError(
                "Argo CD's objects were rejected: " + "; ".join(f"{ref}: {msg}" for ref, msg in report.rejected)
            )

    # ------------------------------------------------------------------ delivering and waiting
    def deliver(self, repo: RehearsalRepo) -> None:
        """Apply the root Application of `repo` (argocd/application.yaml), as the README tells a platform
        team to; Argo CD takes it from there."""
        self._repo = repo
        self._wait_started = time.monotonic()
        self._apply([repo.root_application()])

    def refresh(self) -> None:
        """Ask Argo CD to compare every Application with git now (what a git webhook does)."""
        self.cp.kubectl(
            "annotate",
            "-n",
            NAMESPACE,
            "applications.argoproj.io",
            "--all",
            "--overwrite",
            "argocd.argoproj.io/refresh=normal",
        )

    def applications(self) -> dict[str, dict[str, Any]]:
        return {
            a["metadata"]["name"]: a for a in self.cp.list_objects("argoproj.io/v1alpha1", "Application", NAMESPACE)
        }

    def rows(self, names: Sequence[str], revision: str, finished: dict[str, float] | None = None) -> list[AppRow]:
        apps, now = self.applications(), time.monotonic() - self._wait_started
        rows = []
        for name in names:
            status = (apps.get(name) or {}).get("status") or {}
            operation = status.get("operationState") or {}
            rows.append(
                AppRow(
                    name=name,
                    sync=(status.get("sync") or {}).get("status", "Missing" if name not in apps else "Unknown"),
                    health=(status.get("health") or {}).get("status", "Missing" if name not in apps else "Unknown"),
                    phase=operation.get("phase", "-"),
                    message=operation.get("message") or _condition_messages(status),
                    revision=(status.get("sync") or {}).get("revision", ""),
                    retry_count=int(operation.get("retryCount") or 0),
                    seconds=(finished or {}).get(name, now),
                )
            )
        return rows

    def wait_synced_healthy(
        self,
        timeout: float,
        repo: RehearsalRepo | None = None,
        on_poll: Callable[[list[AppRow]], None] | None = None,
        interval: float = 1.0,
    ) -> list[AppRow]:
        """Wait until the root and every workload Application of the repository's last commit are Synced
        (at that commit) and Healthy, and no other workload Application is left. Returns one row per
        workload Application; on time-out raises RehearsalTimeout with the table of all of them."""

        def all_done(rows: dict[str, AppRow], revision: str, expected: list[str]) -> bool:
            return all(rows[name].done(revision) for name in expected) and set(rows) <= set(expected)

        return self.wait_until(all_done, timeout, "every Application Synced + Healthy", repo, on_poll, interval)

    def wait_until(
        self,
        until: Callable[[dict[str, AppRow], str, list[str]], bool],
        timeout: float,
        what: str,
        repo: RehearsalRepo | None = None,
        on_poll: Callable[[list[AppRow]], None] | None = None,
        interval: float = 1.0,
    ) -> list[AppRow]:
        """Poll the Applications until `until(rows by name, revision, expected names)` holds, where the rows
        are the workload Applications present or expected, `revision` the repository's last commit and
        `expected` the workload Applications it renders (the root must be Synced at that commit too).
        Returns the workload rows; RehearsalTimeout with the table (root included) otherwise."""
        repo = repo or self._repo
        if repo is None:
            raise ArgoCDError("nothing delivered yet: call deliver(repo) first")
        revision, root = repo.head(), repo.root_application()["metadata"]["name"]
        deadline, finished = time.monotonic() + timeout, dict[str, float]()
        while True:
            self.cp.wait_for(lambda: True, 1, "the control plane")  # raises when a process has died
            expected = repo.child_applications()
            present = [n for n in self.applications() if n != root]
            rows = self.rows(sorted(set(expected) | set(present)) + [root], revision, finished)
            for row in rows:
                if row.done(revision):
                    finished.setdefault(row.name, row.seconds)
            children = [row for row in rows if row.name != root]
            if on_poll is not None:
                on_poll(rows)
            if (
                rows[-1].sync == "Synced"
                and rows[-1].revision == revision
                and until({r.name: r for r in children}, revision, expected)
            ):
                return children
            if time.monotonic() > deadline:
                raise RehearsalTimeout(f"{what} at {revision[:12]}", rows)
            time.sleep(interval)


def _condition_messages(status: dict[str, Any]) -> str:
    return "; ".join(str(c.get("message", "")) for c in status.get("conditions") or [])


def default_project() -> dict[str, Any]:
    """AppProject `default` as Argo CD's API server creates it (server/server.go initializeDefaultProject)."""
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "AppProject",
        "metadata": {"name": "default", "namespace": NAMESPACE},
        "spec": {
            "sourceRepos": ["*"],
            "destinations": [{"server": "*", "namespace": "*"}],
            "clusterResourceWhitelist": [{"group": "*", "kind": "*"}],
        },
    }


def rehearse(
    cp: Any, dist: Path, argocd: Path, timeout: float, settings: ArgoCDSettings = ArgoCDSettings()
) -> list[Any]:
    """`make rehearse` with Argo CD (called by rehearse.main): the checkout of `dist` delivered through the
    app of apps from a rehearsal repository; one WorkloadResult per workload Application. A workload
    not Synced + Healthy in `timeout` seconds is reported as it stands (no exception)."""
    from ai_workloads.rehearsal.rehearse import WorkloadResult, _pod_counts, application_for

    source = dist.resolve().parent
    with ArgoCD(cp, settings) as argo:
        repo = RehearsalRepo.create(source, cp.workdir / "gitrepo")
        argo.deliver(repo)
        try:
            rows = argo.wait_synced_healthy(timeout, repo)
        except RehearsalTimeout as error:
            rows = [row for row in error.rows if row.name != repo.root_application()["metadata"]["name"]]
        by_name = {row.name: row for row in rows}
        results = []
        for dist_file in sorted((repo.path / "dist").glob("*.k8s.yaml")):
            name = dist_file.name.removesuffix(".k8s.yaml")
            row = by_name.get(application_for(dist_file, repo.path / "argocd"))
            result = WorkloadResult(name, row.name if row else name)
            if row is not None:
                result.sync, result.health, result.seconds = row.sync, row.health, row.seconds
                result.message = "" if row.done(repo.head()) else f"{row.phase}: {row.message}".strip(": ")
            namespace = next(
                (
                    doc["metadata"].get("namespace")
                    for doc in yaml.safe_load_all(dist_file.read_text())
                    if doc and doc["metadata"].get("namespace")
                ),
                "default",
            )
            _pod_counts(cp, result, namespace)
            results.append(result)
        print(
            f"Argo CD {argo.version} (application controller, repo server, redis) synced {repo.url}"
            + (f"; dist/ of the checkout is stale: {', '.join(repo.stale_dist())}" if repo.stale_dist() else "")
        )
    print(f"Argo CD peak memory (controller + repo server + redis): {argo.peak_rss_bytes / 2**20:.0f} MiB")
    return results
