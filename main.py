#!/usr/bin/env python3
"""cdk8s app: read workloads/*.yaml, validate them all, build one chart per workload, write dist/ and
the platform files (schemas/, .cat/backstage/, argocd/).

Run it with `make synth` (bootstraps the environment), `python main.py`, or `cdk8s synth`; all three
produce the same files. The pipeline lives in the library: ai_workloads/synth/.
"""

import os
import signal
import sys


def _interrupted_while_starting(signum, frame):
    # Hardening: Ctrl-C or SIGTERM before the CLI takes over (Python start-up, imports): nothing is
    # written yet; render workers started early go with the run.
    os.write(2, b"interrupted\n")
    for process in list((getattr(_pool, "_processes", None) or {}).values()):
        process.terminate()
    os._exit(130)


_pool = None
if __name__ == "__main__":
    for _signum in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(_signum) is not signal.SIG_IGN:  # an ignored one (a background job's SIGINT) stays so
            signal.signal(_signum, _interrupted_while_starting)


def _early_workers():
    """Render workers started before the library is imported (ai_workloads/synth/launch.py, standard
    library only: loaded from its file so that the package itself is not imported yet)."""
    import importlib.util

    package = importlib.util.find_spec("ai_workloads")  # finds the package without importing it
    if package is None or not package.submodule_search_locations:
        return None
    location = os.path.join(list(package.submodule_search_locations)[0], "synth", "launch.py")
    spec = importlib.util.spec_from_file_location("_ai_workloads_launch", location)
    launch = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(launch)
    return launch.early_workers(sys.argv[1:])


if __name__ == "__main__" and sys.argv[1:2] == ["verify"]:
    # `python main.py verify --kubeconfig FILE`: a read-only check of a cluster (no synthesis, no workers).
    from ai_workloads.rehearsal.verify import main as verify

    sys.exit(verify(sys.argv[2:]))

if __name__ == "__main__":
    _pool = _early_workers()

from ai_workloads.synth.cli import main  # noqa: E402

if __name__ == "__main__":
    status = main(pool=_pool)
    if status == 130:  # interrupted: skip the exit clean-up of child processes that died of the same Ctrl-C
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    sys.exit(status)
