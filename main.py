#!/usr/bin/env python3
"""cdk8s app: read workloads/*.yaml, validate them all, build one chart per workload, write dist/ and
the platform files (schemas/, .cat/backstage/, argocd/).

Run it with `make synth` (bootstraps the environment), `python main.py`, or `cdk8s synth`; all three
produce the same files. The pipeline lives in the library: ai_workloads/synth/.
"""

import sys

from ai_workloads.synth.cli import main

if __name__ == "__main__":
    sys.exit(main())
