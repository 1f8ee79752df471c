"""Test instrumentation, loaded only by the Python processes of a run that tests/process_probe.py starts
(it puts this folder first on PYTHONPATH; nothing else does). Each process of that run (main.py, its
render workers, multiprocessing's resource tracker) reports, one JSON line each, on the FIFO named by
PROCESS_PROBE_FIFO:
- {"event": "start", "pid": ..., "ppid": ...} as it starts;
- {"event": "import", "pid": ..., "module": ...} as it starts importing PROCESS_PROBE_IMPORT;
- {"event": "node", "pid": ..., "child": ...} once it has started a Node.js process (jsii's runtime).
With PROCESS_PROBE_HOLD=import or node the process then stays where it is until a signal ends it, so
the test acts at a known point instead of polling /proc. Every process keeps the FIFO open (close-on-exec)
until it exits: end-of-file on the reader's side means every Python process of the run has exited.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from typing import Any


def _install(fifo: str) -> None:
    try:  # without a reader (the test is over) the run goes on unprobed
        descriptor = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return
    os.set_blocking(descriptor, True)
    hold = os.environ.get("PROCESS_PROBE_HOLD", "")
    module = os.environ.get("PROCESS_PROBE_IMPORT", "")

    def report(event: str, **facts: Any) -> None:
        line = json.dumps({"event": event, "pid": os.getpid(), **facts}) + "\n"
        os.write(descriptor, line.encode())  # one write of less than PIPE_BUF: never interleaved
        while event == hold:
            signal.pause()  # a handler that returns (none here does) would hold again

    report("start", ppid=os.getppid())
    if module:
        imported: list[str] = []

        def audit(name: str, args: tuple[Any, ...]) -> None:
            if name == "import" and args[0] == module and not imported:
                imported.append(module)
                report("import", module=module)

        sys.addaudithook(audit)
    _report_node_starts(report)


def _report_node_starts(report: Any) -> None:
    import subprocess

    original = subprocess.Popen.__init__

    def started(self: subprocess.Popen[Any], *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        command = args[0] if args else kwargs.get("args")
        if isinstance(command, (list, tuple)) and command and os.path.basename(str(command[0])) == "node":
            report("node", child=self.pid)

    subprocess.Popen.__init__ = started  # type: ignore[method-assign]


if os.environ.get("PROCESS_PROBE_FIFO"):
    _install(os.environ["PROCESS_PROBE_FIFO"])
