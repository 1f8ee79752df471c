"""How far a synthesis is: a live line on a terminal for long runs, one summary line at the end.

On a terminal (stderr is a TTY), once rendering has taken more than PROGRESS_AFTER seconds, one line is
kept up to date: `rendering 480/2000 workload(s), about 21 s left` (the estimate is the rate so far).
Every successful synthesis ends with one line on stderr (replacing the live line):
`rendered R, reused C of N workload(s) in S s`.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

PROGRESS_AFTER = 2.0  # seconds before the live line appears
_REFRESH = 0.2  # at most this often


class Progress:
    def __init__(self, stream: TextIO | None = None, *, live: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        try:
            self.live = self.stream.isatty() if live is None else live
        except (AttributeError, ValueError):
            self.live = False
        self.started = time.monotonic()
        self.total = 0
        self.done = 0
        self._render_started: float | None = None
        self._shown = False
        self._last = 0.0

    def rendering(self, total: int) -> None:
        """`total` workloads are about to be rendered."""
        self.total, self.done = total, 0
        self._render_started = time.monotonic()

    def advance(self, count: int = 1) -> None:
        """`count` more workloads were rendered."""
        self.done += count
        if not self.live or self._render_started is None:
            return
        now = time.monotonic()
        if now - self.started < PROGRESS_AFTER or (now - self._last < _REFRESH and self.done < self.total):
            return
        self._last = now
        elapsed = now - self._render_started
        left = elapsed / self.done * (self.total - self.done) if self.done else None
        estimate = f", about {left:.0f} s left" if left is not None and self.done < self.total else ""
        self._write(f"\rrendering {self.done}/{self.total} workload(s){estimate}\x1b[K")
        self._shown = True

    def summary(self, *, rendered: int, reused: int) -> None:
        """The closing line (replaces the live line)."""
        seconds = time.monotonic() - self.started
        prefix = "\r\x1b[K" if self._shown else ""
        self._write(
            f"{prefix}rendered {rendered}, reused {reused} of {rendered + reused} workload(s) in {seconds:.1f} s\n"
        )
        self._shown = False

    def clear(self) -> None:
        """Remove the live line (before errors are printed)."""
        if self._shown:
            self._write("\r\x1b[K")
            self._shown = False

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            pass
