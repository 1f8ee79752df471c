"""The synthesis' shortcuts produce exactly what the general code they replace produces."""

from __future__ import annotations

import yaml
from conftest import DIST, WORKLOADS


class _Reference(yaml.CSafeDumper):
    def ignore_aliases(self, data):
        return True


_Reference.add_representer(
    str,
    lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None),
)

_TRICKY = {
    "a": 1.5,
    "b": [],
    "c": {},
    "d": "yes",
    "e": "1.0",
    "f": "multi\nline\n",
    "g": None,
    "h": True,
    "i": "",
    "j": " x",
    "k": "null",
    "l": "#c",
    "m": "a: b",
    "n": 10**20,
    "o": "é",
    "1": "~",
    "p": "0x1F",
    "q": "1_000",
    "r": "2001-12-14",
    "s": "x" * 200 + " y" * 100,
    "t": ("tuple",),
    "u": "010",
    "v": "on",
    "w": -7,
    "x": False,
    "y": "- item",
}


def test_dist_yaml_writer_equals_pyyaml_dump_all():
    # GIVEN every committed manifest and a document of scalars YAML would otherwise misread
    from ai_workloads.files.output import manifests_to_yaml

    documents = [list(yaml.safe_load_all(path.read_text())) for path in sorted(DIST.iterdir())]
    documents.append([_TRICKY, {"nested": [_TRICKY, [1, [2, {}]]]}])
    for manifests in documents:
        # WHEN written by the dist/ writer (nodes built directly)
        written = manifests_to_yaml(manifests, source="x")
        # THEN the body is byte for byte what PyYAML's dump_all writes with the same settings
        expected = yaml.dump_all(manifests, Dumper=_Reference, sort_keys=False, default_flow_style=False, width=120)
        assert written.split("\n", 1)[1] == expected


def test_jsii_serializer_gives_the_wire_form_of_jsii_for_every_value_of_the_examples():
    # GIVEN the fast serializer installed, wrapped so that every value the synthesis passes to jsii is also
    # serialized by jsii's own function
    import jsii._kernel as kernel_module

    from ai_workloads.synth import jsii_speedups
    from ai_workloads.synth.build import render_one
    from ai_workloads.synth.loader import load_workload_file
    from ai_workloads.synth.read import discover_workload_files

    assert jsii_speedups.install()
    fast = kernel_module._make_reference_for_native
    original = fast.__wrapped_original__
    compared = []

    def both(kernel, value):
        result = fast(kernel, value)
        if type(value).__name__ not in ("str", "int", "bool", "NoneType", "float"):
            assert result == original(kernel, value), type(value)
            compared.append(type(value).__name__)
        return result

    kernel_module._make_reference_for_native = both
    try:
        # WHEN the example workloads are rendered
        paths, errors = discover_workload_files(WORKLOADS)
        assert not errors
        for path in paths:
            render_one(load_workload_file(path))
    finally:
        kernel_module._make_reference_for_native = fast
    # THEN every struct and collection was serialized identically (and structs were among them)
    assert len(compared) > 100
    assert any(name.endswith(("Props", "Spec")) for name in compared)


def _jsii_without_the_speedup(monkeypatch):
    """jsii's own serializer in place for the test (restored after it)."""
    import jsii._kernel as kernel_module

    current = kernel_module._make_reference_for_native
    original = getattr(current, "__wrapped_original__", current)
    monkeypatch.setattr(kernel_module, "_make_reference_for_native", original)
    return kernel_module, original


def test_jsii_serializer_is_pinned_to_the_locked_jsii_version():
    # The version tests/test_speedups.py compared the serializers on is the one installed (Pipfile.lock):
    # a jsii upgrade fails here until the comparison above has run with it and its version is added.
    from importlib.metadata import version

    from ai_workloads.synth import jsii_speedups

    assert version("jsii") in jsii_speedups.TESTED_JSII


def test_jsii_serializer_is_not_installed_for_an_unknown_jsii_version(monkeypatch, capsys):
    # GIVEN jsii's own serializer, and a jsii version the speed-up was not compared on
    import importlib.metadata

    from ai_workloads.synth import jsii_speedups

    kernel_module, original = _jsii_without_the_speedup(monkeypatch)
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "2.0.0")
    # WHEN installing  THEN it declines, leaves jsii as it was, and says so
    assert jsii_speedups.install() is False
    assert kernel_module._make_reference_for_native is original
    assert "notice: jsii 2.0.0 is not a version the serializer speed-up was compared on" in capsys.readouterr().err


def test_jsii_serializer_self_check_finds_a_difference_and_install_then_stays_out(monkeypatch):
    # GIVEN jsii's own serializer
    from jsii._runtime import python_jsii_mapping

    from ai_workloads.synth import jsii_speedups

    kernel_module, original = _jsii_without_the_speedup(monkeypatch)
    # THEN the speed-up agrees with it on the samples, and a serializer that skips structs does not
    assert jsii_speedups.self_check(original, jsii_speedups.serializer(original, python_jsii_mapping))
    assert not jsii_speedups.self_check(original, lambda kernel, value: value)
    # AND when the self-check fails, install leaves jsii as it was
    monkeypatch.setattr(jsii_speedups, "self_check", lambda original, speedup: False)
    assert jsii_speedups.install() is False
    assert kernel_module._make_reference_for_native is original
