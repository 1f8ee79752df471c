"""Cache pruning (synth/cache_prune.py): entries go by age and by total size, never those of the current run;
`make clean-cache` empties the cache."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import LLAMA, REPO, WORKLOADS, run_main

from ai_workloads.synth.cache_prune import (
    DEFAULT_MAX_AGE_DAYS,
    DEFAULT_MAX_MB,
    MAX_AGE_ENV,
    MAX_MB_ENV,
    PruneLimits,
    limits_from,
    limits_problem,
    prune_cache,
)

DAY = 86400
NOW = 1_800_000_000.0


def _entry(folder: Path, key: str, *, age_days: float, size: int = 1000) -> None:
    path = folder / f"{key}.entry"
    path.write_bytes(b"x" * size)
    os.utime(path, (NOW - age_days * DAY, NOW - age_days * DAY))


def _keys(folder: Path) -> set[str]:
    return {path.name.removesuffix(".entry") for path in folder.glob("*.entry")}


def test_entries_older_than_the_age_limit_go_but_not_those_of_the_current_run(tmp_path):
    # GIVEN entries 1, 10, 40 and 100 days unused, the 100-day one used by the current run
    for key, age in (("a", 1), ("b", 10), ("c", 40), ("current", 100)):
        _entry(tmp_path, key, age_days=age)
    # WHEN pruned at 30 days
    removed = prune_cache(tmp_path, {"current"}, PruneLimits(max_age_days=30), now=NOW)
    # THEN only the 40-day one goes; the current run's entry stays, marked as used now
    assert removed == ["c.entry"]
    assert _keys(tmp_path) == {"a", "b", "current"}
    assert (tmp_path / "current.entry").stat().st_mtime == NOW


def test_over_the_size_limit_the_least_recently_used_go_first(tmp_path):
    # GIVEN five entries of 1000 bytes, all young, one of them the current run's (and the oldest)
    for key, age in (("current", 9), ("e1", 5), ("e2", 4), ("e3", 3), ("e4", 2)):
        _entry(tmp_path, key, age_days=age)
    # WHEN the limit is 3000 bytes
    removed = prune_cache(tmp_path, {"current"}, PruneLimits(max_age_days=30, max_bytes=3000), now=NOW)
    # THEN the two least recently used others go, the current one is kept
    assert removed == ["e1.entry", "e2.entry"]
    assert _keys(tmp_path) == {"current", "e3", "e4"}


def test_the_current_run_is_kept_even_past_the_size_limit(tmp_path):
    for key in ("k1", "k2", "k3"):
        _entry(tmp_path, key, age_days=400, size=5000)
    _entry(tmp_path, "other", age_days=0)
    removed = prune_cache(tmp_path, {"k1", "k2", "k3"}, PruneLimits(max_age_days=1, max_bytes=1000), now=NOW)
    assert removed == ["other.entry"]
    assert _keys(tmp_path) == {"k1", "k2", "k3"}


def test_only_entries_are_pruned(tmp_path):
    # GIVEN the record of the last run, a temp file and an old entry
    for name in ("last-run", ".tmp-123-x.entry"):
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, (0, 0))
    _entry(tmp_path, "old", age_days=999)
    assert prune_cache(tmp_path, set(), PruneLimits(max_age_days=0, max_bytes=0), now=NOW) == ["old.entry"]
    assert sorted(path.name for path in tmp_path.iterdir()) == [".tmp-123-x.entry", "last-run"]


def test_a_missing_cache_folder_prunes_nothing(tmp_path):
    assert prune_cache(tmp_path / "absent", {"k"}, PruneLimits(), now=NOW) == []


def test_limits_come_from_the_environment_with_documented_defaults():
    assert limits_from({}) == PruneLimits(DEFAULT_MAX_AGE_DAYS, DEFAULT_MAX_MB * 1024 * 1024)
    assert limits_from({MAX_AGE_ENV: "7", MAX_MB_ENV: " 2 "}) == PruneLimits(7, 2 * 1024 * 1024)
    assert limits_from({MAX_AGE_ENV: "", MAX_MB_ENV: "0"}) == PruneLimits(DEFAULT_MAX_AGE_DAYS, 0)
    assert limits_problem({MAX_AGE_ENV: "0", MAX_MB_ENV: "100"}) is None


@pytest.mark.parametrize("value", ["-1", "1.5", "a week", "1e3"])
def test_a_bad_setting_is_one_line_and_exit_2(tmp_path, value):
    shutil.copytree(WORKLOADS, tmp_path / "workloads")
    result = run_main(tmp_path, env={MAX_AGE_ENV: value})
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"main.py: error: {MAX_AGE_ENV} is {value!r}: expected a whole number of days (0 or more), or leave it unset"
    ]
    assert not (tmp_path / "dist").exists()


def test_a_synthesis_prunes_what_it_no_longer_uses_and_keeps_the_rest(tmp_path):
    # GIVEN a warm cache of the examples
    shutil.copytree(WORKLOADS, tmp_path / "workloads")
    (tmp_path / "node_modules").symlink_to(REPO / "node_modules")
    assert run_main(tmp_path).returncode == 0
    cache = tmp_path / ".cache" / "ai-workloads"
    before = _keys(cache)
    assert len(before) == len(list(WORKLOADS.glob("*.yaml")))
    # WHEN one workload file changes and the next run keeps nothing it does not use
    path = tmp_path / "workloads" / LLAMA
    path.write_text(path.read_text().replace("llama-3-8b.inference", "llama-3-8b-v2.inference"))
    result = run_main(tmp_path, env={MAX_AGE_ENV: "0"})
    assert result.returncode == 0, result.stderr
    # THEN the changed file's old entry is gone, its new one and every other file's entry are there
    after = _keys(cache)
    assert len(after) == len(before) and len(after - before) == 1 and len(before - after) == 1
    # AND the next run reuses every entry
    path.write_text(path.read_text() + "\n")  # new bytes, same values: a new key for that file only
    result = run_main(tmp_path, env={MAX_AGE_ENV: "0"})
    assert f"reused {len(before) - 1} of {len(before)}" in result.stderr, result.stderr


def test_make_clean_cache_empties_the_synthesis_cache_only(tmp_path):
    cache = tmp_path / ".cache" / "ai-workloads"
    cache.mkdir(parents=True)
    (cache / "k.entry").write_bytes(b"x")
    (tmp_path / ".cache" / "synth.lock").write_bytes(b"")
    result = subprocess.run(
        ["make", "-s", "-f", str(REPO / "Makefile"), "clean-cache"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert not cache.exists() and (tmp_path / ".cache" / "synth.lock").exists()


def test_the_prune_settings_are_documented():
    text = (REPO / "docs" / "environment.md").read_text()
    assert f"| `{MAX_AGE_ENV}` | {DEFAULT_MAX_AGE_DAYS} |" in text
    assert f"| `{MAX_MB_ENV}` | {DEFAULT_MAX_MB} |" in text
