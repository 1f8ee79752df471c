"""The render stack, loaded ahead of the first render: cdk8s and its jsii Node.js runtime, every kind's
construct module with the CRD bindings it uses, the jsii serializer, the CRD catalog and the Kubernetes
schema definitions of the default version. Each step is what the first render would otherwise do on
first use, so loading early changes no output, only when the cost is paid: in a render worker before
its first task (synth/worker_preload.py), or in a thread of the main process while it reads the
cached workloads (synth/load.py), where the Node.js side of the start-up overlaps that work.
"""

from __future__ import annotations

import threading


def render_stack() -> None:
    """Load the render stack now (see the module docstring)."""
    from ai_workloads.gates import warm_up
    from ai_workloads.registry import kinds
    from ai_workloads.synth import build, jsii_speedups  # noqa: F401  (cdk8s and its jsii runtime)

    jsii_speedups.install()
    for kind in kinds():
        getattr(kind.construct, "load", lambda: None)()
    warm_up()


class Preload:
    """`render_stack()` in a background thread; `wait()` before rendering (a failure there is left for
    the render itself to meet and report, as it would without the preload)."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = threading.Thread(target=self._run, daemon=True, name="render-preload")
        self._thread.start()

    @staticmethod
    def _run() -> None:
        try:
            render_stack()
        except Exception:
            pass

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
