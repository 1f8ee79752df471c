"""Interned `Quantity` and `IntOrString` values for the L1 `cdk8s_plus_27.k8s` classes.

Each `k8s.Quantity.from_string(...)` is a round trip into the jsii runtime (a Node process). The values
are immutable, so one instance per distinct value is shared by every object: with hundreds of
workloads this removes most of the per-field crossings (see `make bench`).
"""

from __future__ import annotations

from functools import cache

from cdk8s_plus_27 import k8s

# functools.cache around the jsii factories: one round trip per distinct value.
quantity = cache(k8s.Quantity.from_string)
count = cache(k8s.Quantity.from_number)  # a whole-number quantity such as a GPU count (a number, not a string)
port_number = cache(k8s.IntOrString.from_number)
port_name = cache(k8s.IntOrString.from_string)
