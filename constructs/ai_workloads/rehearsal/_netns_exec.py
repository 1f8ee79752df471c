"""Start one rehearsal program so that it cannot outlive the rehearsal, optionally in a network
namespace of its own (standard library only; run as a script, never imported by the library).

    python _netns_exec.py [--netns SOCKET PORT[,PORT...] [--serve-unix PATH PORT]] -- PROGRAM [ARG...]

Always: the program gets SIGKILL when the process that started it dies (prctl PR_SET_PDEATHSIG), so a
killed rehearsal leaves no server behind.

With --netns: the program runs in a new network namespace (and, when not root, a user namespace
mapping only the caller's own uid and gid) whose loopback is up and has nothing listening but the
sockets made here: 127.0.0.1:PORT for every PORT. Their listening descriptors go to the parent over the
AF_UNIX socket at the path SOCKET (SCM_RIGHTS) before PROGRAM starts; the parent accepts connections on them and
forwards each to the same port on the host's loopback. Whatever PROGRAM itself listens on (Argo CD's
application controller binds its metrics port on 0.0.0.0, not configurable) is reachable from
nowhere but its own namespace.

With --serve-unix (after --netns): the other direction. A forwarder process forked in the namespace
before PROGRAM starts listens on the Unix socket PATH (a path: reachable from the host) and forwards each
connection to 127.0.0.1:PORT inside the namespace, where PROGRAM serves; it dies with PROGRAM.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import signal
import socket
import struct
import sys
import threading

PR_SET_PDEATHSIG = 1
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
SIOCGIFFLAGS = 0x8913
SIOCSIFFLAGS = 0x8914
IFF_UP = 0x1

_libc = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")


def _write(path: str, text: str) -> None:
    with open(path, "w") as handle:
        handle.write(text)


def _unshare_network() -> None:
    uid, gid = os.geteuid(), os.getegid()
    _check(_libc.unshare(CLONE_NEWNET | (0 if uid == 0 else CLONE_NEWUSER)), "unshare")
    if uid != 0:
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"{uid} {uid} 1")
        _write("/proc/self/gid_map", f"{gid} {gid} 1")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as control:
        request = struct.pack("16sH14s", b"lo", 0, b"")
        flags = struct.unpack("16sH", fcntl.ioctl(control, SIOCGIFFLAGS, request)[:18])[1]
        fcntl.ioctl(control, SIOCSIFFLAGS, struct.pack("16sH14s", b"lo", flags | IFF_UP, b""))


def _pump(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(262144):
            target.sendall(data)
        target.shutdown(socket.SHUT_WR)
    except OSError:
        pass
    finally:
        source.close()


def _forward(client: socket.socket, port: int) -> None:
    try:
        upstream = socket.create_connection(("127.0.0.1", port), timeout=10)
    except OSError:
        client.close()
        return
    upstream.settimeout(None)
    threading.Thread(target=_pump, args=(upstream, client), daemon=True).start()
    _pump(client, upstream)


def _serve_unix(path: str, port: int) -> None:
    """Fork a process that stays in this namespace and forwards connections on `path` to 127.0.0.1:port;
    the caller goes on to exec the program, whose death kills the forwarder (PR_SET_PDEATHSIG)."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(64)
    program_pid = os.getpid()
    if os.fork():
        server.close()
        return
    _check(_libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0), "prctl")
    if os.getppid() != program_pid:  # the program died before the line above
        os._exit(1)
    while True:
        client, _ = server.accept()
        threading.Thread(target=_forward, args=(client, port), daemon=True).start()


def main(argv: list[str]) -> None:
    separator = argv.index("--")
    options, program = argv[:separator], argv[separator + 1 :]
    _check(_libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0), "prctl")
    if os.getppid() == 1:  # the parent died before the line above
        sys.exit(1)
    if options[:1] == ["--netns"]:
        channel = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        channel.connect(options[1])  # a path: reachable from any network namespace
        _unshare_network()
        listeners = [socket.create_server(("127.0.0.1", int(port))) for port in options[2].split(",")]
        socket.send_fds(channel, [b"listening"], [listener.fileno() for listener in listeners])
        for listener in listeners:
            listener.close()
        channel.close()
        if options[3:4] == ["--serve-unix"]:
            _serve_unix(options[4], int(options[5]))
    os.execvp(program[0], program)


if __name__ == "__main__":
    main(sys.argv[1:])
