"""A faster serializer for values passed from Python to jsii, installed whenever the synthesis renders.

jsii's `_make_reference_for_native` turns every argument into its wire form; for a struct (the typed
props of every Kubernetes object) it reads each declared field through its generated property getter,
which evaluates `typing` expressions on every call. About a third of a worker's Python time went
there. The replacement reads the struct's stored values directly (what each getter returns) and
serializes plain values without the chain of isinstance checks; anything else (enums, objects, dates,
subclasses) goes to the original. The wire form is identical (tests/test_speedups.py calls both on
every value the example workloads pass to jsii and compares), so the output is byte for byte the same.

Pinned: installed only for the jsii versions that comparison was run with (TESTED_JSII: the version
locked in Pipfile.lock; the replacement relies on jsii/_kernel/__init__.py `_make_reference_for_native`
and jsii/_runtime.py `python_jsii_mapping` as they are there). With another jsii it is not installed
and a notice says so once per process; the run is then as fast as jsii itself. When installed it checks
itself first (`self_check`: both serializers on a few values and cdk8s structs) and stays out on any
difference.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from typing import Any

# The jsii versions tests/test_speedups.py compared the two serializers on (a new jsii: run that test,
# then add its version here).
TESTED_JSII = ("1.142.0",)

Serializer = Callable[[Any, Any], Any]
_noted: set[str] = set()


def install() -> bool:
    """Replace jsii's serializer; False (and nothing changed) for a jsii version not in TESTED_JSII or
    when the self-check finds a difference."""
    try:
        from importlib.metadata import version

        import jsii._kernel as kernel_module
        from jsii._runtime import python_jsii_mapping
    except ImportError:
        return False
    original = getattr(kernel_module, "_make_reference_for_native", None)
    if getattr(original, "__ai_workloads_speedup__", False):
        return True
    installed = version("jsii")
    if original is None or installed not in TESTED_JSII:
        _note(f"jsii {installed} is not a version the serializer speed-up was compared on ({', '.join(TESTED_JSII)})")
        return False
    speedup = serializer(original, python_jsii_mapping)
    if not self_check(original, speedup):
        _note(f"the serializer speed-up disagrees with jsii {installed} on a sample value")
        return False
    # The kernel's methods and the original's own recursion look the name up in the module: both use this.
    kernel_module._make_reference_for_native = speedup  # type: ignore[assignment]  # same call signature
    return True


def serializer(original: Serializer, python_jsii_mapping: Callable[[Any], Any]) -> Serializer:
    """The faster `_make_reference_for_native`, handing what it does not know to `original`."""

    def make_reference_for_native(kernel: Any, d: Any) -> Any:
        kind = type(d)
        if kind is str or kind is int or kind is bool or d is None or kind is float:
            return d
        if kind is dict:
            return {"$jsii.map": {key: make_reference_for_native(kernel, value) for key, value in d.items()}}
        if kind is list:
            return [make_reference_for_native(kernel, item) for item in d]
        fqn = getattr(d, "__jsii_type__", None)
        if fqn is not None and not isinstance(d, enum.Enum):
            mapping = python_jsii_mapping(d)
            values = getattr(d, "_values", None)
            if mapping is not None and isinstance(values, dict):  # a struct: its getters return _values.get(name)
                data = {
                    jsii_name: make_reference_for_native(kernel, values.get(name))
                    for name, jsii_name in mapping.items()
                }
                return {"$jsii.struct": {"fqn": fqn, "data": data}}
        return original(kernel, d)

    make_reference_for_native.__ai_workloads_speedup__ = True  # type: ignore[attr-defined]
    make_reference_for_native.__wrapped_original__ = original  # type: ignore[attr-defined]
    return make_reference_for_native


def self_check(original: Serializer, speedup: Serializer) -> bool:
    """Whether both serializers give the same wire form for plain values and nested cdk8s structs (none
    of them reaches the jsii kernel: no kernel is passed)."""
    import cdk8s

    metadata = cdk8s.ApiObjectMetadata(name="n", namespace="ns", labels={"app": "a"}, annotations={"k": "v"})
    samples: list[Any] = [
        "text",
        7,
        2.5,
        True,
        None,
        {"a": [1, "b", {"c": None}]},
        metadata,
        cdk8s.ApiObjectProps(api_version="v1", kind="ConfigMap", metadata=metadata),
    ]
    return all(speedup(None, sample) == original(None, sample) for sample in samples)


def _note(reason: str) -> None:
    if reason not in _noted:
        _noted.add(reason)
        print(f"notice: {reason}: rendering without it (synth/jsii_speedups.py)", file=sys.stderr)
