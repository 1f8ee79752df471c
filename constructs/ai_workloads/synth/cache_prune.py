"""Keep the synthesis cache (`.cache/ai-workloads/`, synth/cache.py) from growing without bound.

After a successful run has written its entries, `prune_cache` removes entries by age and by total size:

- age: an entry not used for `AI_WORKLOADS_CACHE_MAX_AGE_DAYS` days (default 30) goes. "Used" is the
  entry's modification time: the entries of the current run are touched first, so a reused entry is as
  young as a rewritten one;
- size: while the entries together exceed `AI_WORKLOADS_CACHE_MAX_MB` MiB (default 512, about 15 000
  entries of 15 to 40 kB), the least recently used go first;
- never an entry of the current run (its keys are passed in), whatever its age or the total size: the
  next run with the same files reuses all of them.

Only `*.entry` files are considered; the record of the last run, the lock and temporary files are left
alone. Pruning is an optimisation like the cache itself: an entry that cannot be removed, or a cache
folder that cannot be read, is skipped silently.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

MAX_AGE_ENV = "AI_WORKLOADS_CACHE_MAX_AGE_DAYS"
MAX_MB_ENV = "AI_WORKLOADS_CACHE_MAX_MB"
DEFAULT_MAX_AGE_DAYS = 30  # an entry unused for a month is most likely of a file that changed since
DEFAULT_MAX_MB = 512  # about 15 000 entries: a 2000-workload project's cache with room for its history
ENTRY_SUFFIX = ".entry"  # synth/cache.py ENTRY_SUFFIX
_WHOLE_NUMBER = re.compile(r"^[0-9]+$")


@dataclass(frozen=True)
class PruneLimits:
    """How much the cache may keep. max_age_days: entries unused for longer go (0: every entry the run
    did not use); max_bytes: the total size above which the least recently used go."""

    max_age_days: int = DEFAULT_MAX_AGE_DAYS
    max_bytes: int = DEFAULT_MAX_MB * 1024 * 1024


def limits_problem(environ: Mapping[str, str]) -> str | None:
    """A one-line message for a setting that is not a whole number >= 0, or None (unset or empty: the default)."""
    for name, meaning in ((MAX_AGE_ENV, "days"), (MAX_MB_ENV, "MiB")):
        value = environ.get(name, "").strip()
        if value and not _WHOLE_NUMBER.match(value):
            return f"{name} is {environ[name]!r}: expected a whole number of {meaning} (0 or more), or leave it unset"
    return None


def limits_from(environ: Mapping[str, str]) -> PruneLimits:
    """The limits the environment sets (checked by `limits_problem` before the run starts)."""
    age = environ.get(MAX_AGE_ENV, "").strip()
    size = environ.get(MAX_MB_ENV, "").strip()
    return PruneLimits(
        max_age_days=int(age) if age else DEFAULT_MAX_AGE_DAYS,
        max_bytes=(int(size) if size else DEFAULT_MAX_MB) * 1024 * 1024,
    )


@dataclass(frozen=True)
class _Entry:
    path: str
    used: float
    size: int


def prune_cache(folder: Path, keep: Collection[str], limits: PruneLimits, now: float | None = None) -> list[str]:
    """Remove entries of `folder` by age and total size, never those whose key is in `keep` (the current
    run's); return the names removed, oldest first."""
    now = time.time() if now is None else now
    _touch(folder, keep, now)
    try:
        entries = _entries(folder)
    except OSError:
        return []
    kept_bytes = sum(entry.size for entry in entries if _key(entry.path) in keep)
    others = sorted((entry for entry in entries if _key(entry.path) not in keep), key=lambda entry: entry.used)
    budget = limits.max_bytes - kept_bytes
    others_bytes = sum(entry.size for entry in others)
    oldest_allowed = now - limits.max_age_days * 86400
    removed = []
    for entry in others:  # least recently used first
        if entry.used >= oldest_allowed and others_bytes <= budget:
            break
        try:
            os.unlink(entry.path)
        except OSError:
            continue
        others_bytes -= entry.size
        removed.append(os.path.basename(entry.path))
    return removed


def _key(path: str) -> str:
    return os.path.basename(path)[: -len(ENTRY_SUFFIX)]


def _touch(folder: Path, keys: Collection[str], now: float) -> None:
    """Mark the current run's entries as used now (a reused entry is read, never rewritten)."""
    for key in keys:
        try:
            os.utime(folder / f"{key}{ENTRY_SUFFIX}", (now, now))
        except OSError:
            pass


def _entries(folder: Path) -> list[_Entry]:
    entries = []
    with os.scandir(folder) as scan:
        for item in scan:
            if not item.name.endswith(ENTRY_SUFFIX) or item.name.startswith("."):
                continue
            try:
                info = item.stat(follow_symlinks=False)
            except OSError:
                continue
            entries.append(_Entry(item.path, info.st_mtime, info.st_size))
    return entries
