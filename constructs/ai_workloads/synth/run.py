"""One synthesis, stage by stage: read -> key -> load -> render -> gate -> write -> record.

Each stage is a function of its own module (synth/<stage>.py) taking the previous stage's output (the
types are in ai_workloads/stage_types.py; docs/architecture.md walks a workload file through them).
The command line (synth/cli.py) builds the Request, runs it and reports; a stage reports a bad input by
raising WorkloadErrors (every problem at once; nothing is written then).
"""

from __future__ import annotations

from ai_workloads.stage_types import Outcome, Request, Synthesis
from ai_workloads.synth.gate import gate
from ai_workloads.synth.key import key
from ai_workloads.synth.load import load
from ai_workloads.synth.read import read
from ai_workloads.synth.record import record
from ai_workloads.synth.render import render
from ai_workloads.synth.write import skip, write


def run(request: Request) -> Outcome:
    """The whole run: the outputs replaced (or found up to date) and recorded; the summary line."""
    sources = read(request)
    keyed = key(sources)
    if keyed.unchanged:
        return record(skip(keyed))
    loaded = load(keyed)
    rendered = render(loaded)
    synthesis = gate(rendered)
    written = write(synthesis)
    return record(written)


def synthesize(request: Request) -> Synthesis:
    """The stages up to `gate` (nothing written, nothing recorded): what a test or another tool needs of
    a folder of workload files. The caller closes `request.services`."""
    return gate(render(load(key(read(request)))))
