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
    # Hardening: Ctrl-C before the CLI takes over (Python start-up, imports): nothing is written yet.
    os.write(2, b"interrupted\n")
    os._exit(130)


if __name__ == "__main__" and signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
    signal.signal(signal.SIGINT, _interrupted_while_starting)

from ai_workloads.synth.cli import main  # noqa: E402

if __name__ == "__main__":
    status = main()
    if status == 130:  # interrupted: skip the exit clean-up of child processes that died of the same Ctrl-C
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    sys.exit(status)
