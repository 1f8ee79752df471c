#!/usr/bin/env python3
"""cdk8s app: read workloads/*.yaml, validate them all, build one chart per workload, write dist/ and
the platform files (schemas/, .cat/backstage/, argocd/).

Run it with `make synth` (bootstraps the environment), `python3 main.py`, or `cdk8s synth`; all three
produce the same files. Outside the project's virtualenv it runs itself again with .venv/bin/python. The pipeline lives in the library: ai_workloads/synth/.
"""

import os
import signal
import sys


def _interrupted_while_starting(signum, frame):
    # Hardening: Ctrl-C or SIGTERM before the CLI takes over (Python start-up, imports): nothing is
    # written yet; render workers started early go with the run.
    os.write(2, b"interrupted\n")
    if _pool is not None:
        _pool.terminate()
    os._exit(130)


def _project_environment_or_exit():
    """From a plain shell (no virtualenv active, e.g. `python3 main.py` or `cdk8s synth`): run again with the
    project's .venv Python; without one, say in one line what to do (exit 2) instead of an ImportError."""
    import importlib.util

    if importlib.util.find_spec("ai_workloads") is not None:
        return
    venv = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".venv")
    python = os.path.join(venv, "bin", "python")
    if os.path.exists(python) and os.path.abspath(sys.prefix) != venv and not os.environ.get("AI_WORKLOADS_REEXEC"):
        os.environ["AI_WORKLOADS_REEXEC"] = "1"  # once: a broken .venv ends in the message below, not a loop
        try:
            os.execv(python, [python, os.path.abspath(__file__), *sys.argv[1:]])
        except OSError:
            pass
    sys.stderr.write(
        "main.py: error: the project environment (.venv) is not installed: run `make synth` "
        "(it installs .venv and runs main.py in it)\n"
    )
    sys.exit(2)


_pool = None
if __name__ == "__main__":
    _project_environment_or_exit()
    for _signum in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(_signum) is not signal.SIG_IGN:  # an ignored one (a background job's SIGINT) stays so
            signal.signal(_signum, _interrupted_while_starting)


def _early_workers():
    """Render workers started before the library is imported (ai_workloads/synth/launch.py, standard
    library only: loaded from its file so that the package itself is not imported yet, under its own
    name, which the workers' initializer is pickled by)."""
    import importlib.util

    package = importlib.util.find_spec("ai_workloads")  # finds the package without importing it
    if package is None or not package.submodule_search_locations:
        return None
    location = os.path.join(next(iter(package.submodule_search_locations)), "synth", "launch.py")
    spec = importlib.util.spec_from_file_location("ai_workloads.synth.launch", location)
    launch = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = launch
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
