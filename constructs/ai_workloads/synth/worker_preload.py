"""What each render worker does when it starts (synth/launch.py start_worker, the pool's initializer),
before its first task: everything a render needs that does not depend on the task. A worker started
early does this while the main process is still reading the workload files; the work is the same either
way (each step is what the first render would otherwise do), so nothing here changes an output.
Importing this module does nothing.
"""

from __future__ import annotations

import os
import threading
import time


def prepare_worker() -> None:
    """Watch the parent, then load the render stack (synth/preload.py)."""
    from ai_workloads.synth.preload import render_stack

    threading.Thread(target=_exit_with_the_parent, args=(os.getppid(),), daemon=True, name="exit-with-parent").start()
    render_stack()


def _exit_with_the_parent(parent: int) -> None:
    """A worker waits for tasks on a queue whose ends it holds itself: were the main process killed
    (SIGKILL, nothing to clean up), it would wait for ever. It ends when its parent is gone."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)
