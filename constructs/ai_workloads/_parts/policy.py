"""Policy-scanner (checkov) waivers: an annotation `checkov.io/skip<N>: <CHECK>=<reason>` on the object a
check fails for on purpose.

There is no global skip list. Each kind (and each serving engine) keeps its reviewed reasons beside its
code (`policy.py` in the kind's folder), and a construct asks for a waiver only where the check really
fails for that object (for example the digest waiver only for an image pinned by tag alone).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def checkov_skip_annotations(reasons: Mapping[str, str], checks: Iterable[str]) -> dict[str, str]:
    """The skip annotations for `checks`, numbered in a stable order; a check without a reviewed reason
    in `reasons` is a bug (KeyError)."""
    annotations = {}
    for index, check in enumerate(sorted(set(checks)), start=1):
        annotations[f"checkov.io/skip{index}"] = f"{check}={reasons[check]}"
    return annotations
