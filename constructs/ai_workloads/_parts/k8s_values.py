"""Interned `Quantity` and `IntOrString` values for the L1 `cdk8s_plus_27.k8s` classes.

Each `k8s.Quantity.from_string(...)` is a round trip into the jsii runtime (a Node process). The values
are immutable, so one instance per distinct value is shared by every object: with hundreds of
workloads this removes most of the per-field crossings (see `make bench`).
"""

from __future__ import annotations

from functools import cache

from cdk8s_plus_27 import k8s


@cache
def quantity(value: str) -> k8s.Quantity:
    return k8s.Quantity.from_string(value)


@cache
def count(value: int) -> k8s.Quantity:
    """A whole-number quantity such as a GPU count (rendered as a number, not a string)."""
    return k8s.Quantity.from_number(value)


@cache
def port_number(value: int) -> k8s.IntOrString:
    return k8s.IntOrString.from_number(value)


@cache
def port_name(value: str) -> k8s.IntOrString:
    return k8s.IntOrString.from_string(value)
