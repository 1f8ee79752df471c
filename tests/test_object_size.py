"""gates/object_size.py: rendered objects the API server or etcd would refuse fail synthesis."""

from __future__ import annotations

import base64

from ai_workloads.gates import object_schema_errors
from ai_workloads.gates.object_size import CONFIG_DATA_LIMIT, OBJECT_LIMIT, object_json_size, object_size_problems
from ai_workloads.stage_types import RenderedWorkload


def config_map(**fields) -> dict:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "big", "namespace": "ns"}, **fields}


def test_the_limits_are_the_api_servers():
    assert CONFIG_DATA_LIMIT == 1048576 and OBJECT_LIMIT == 1572864


def test_configmap_data_of_exactly_1_mib_is_accepted_one_byte_more_is_not():
    # GIVEN data split over two keys, 1 MiB in all (keys do not count, as in the API server)
    at_limit = config_map(data={"a": "x" * (CONFIG_DATA_LIMIT - 10), "b": "y" * 10})
    over = config_map(data={"a": "x" * (CONFIG_DATA_LIMIT - 10), "b": "y" * 11})
    # WHEN checked  THEN only the larger one is refused, with its size
    assert object_size_problems(at_limit) == []
    assert object_size_problems(over) == [
        (
            "data",
            "ConfigMap data and binaryData hold 1048577 bytes; the API server accepts at most 1048576 bytes (1 MiB)",
        )
    ]


def test_configmap_sizes_count_utf8_bytes_and_decoded_binary_data():
    # GIVEN 2-byte characters and base64 binary data that are 1 MiB + 1 together
    text = "é" * 300_000  # 600 000 bytes
    binary = base64.b64encode(b"\0" * (CONFIG_DATA_LIMIT - 600_000 + 1)).decode()
    problems = object_size_problems(config_map(data={"t": text}, binaryData={"b": binary}))
    assert problems == [
        (
            "data",
            "ConfigMap data and binaryData hold 1048577 bytes; the API server accepts at most 1048576 bytes (1 MiB)",
        )
    ]


def test_secret_data_counts_decoded_bytes_and_string_data():
    secret = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": "s"},
        "data": {"a": base64.b64encode(b"x" * CONFIG_DATA_LIMIT).decode()},
        "stringData": {"b": "y"},
    }
    assert object_size_problems(secret)[0] == (
        "data",
        "Secret data and stringData hold 1048577 bytes; the API server accepts at most 1048576 bytes (1 MiB)",
    )


def test_any_object_over_1_5_mib_as_json_is_refused():
    # GIVEN a Deployment-like object just over and just at the etcd limit
    def deployment(padding: int) -> dict:
        return {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {"name": "d", "annotations": {"a": "x" * padding}},
        }

    base = object_json_size(deployment(0))
    assert object_size_problems(deployment(OBJECT_LIMIT - base)) == []
    assert object_size_problems(deployment(OBJECT_LIMIT - base + 1)) == [
        ("", "the object is 1572865 bytes as JSON; etcd accepts at most 1572864 bytes (1.5 MiB) per object")
    ]


def test_the_per_object_gate_reports_size_with_file_and_object():
    # GIVEN a rendered workload with an oversized ConfigMap  WHEN the per-object gate runs
    workload = RenderedWorkload("workloads/x.yaml", "x", [config_map(data={"a": "x" * (CONFIG_DATA_LIMIT + 1)})])
    errors = [str(error) for error in object_schema_errors([workload], kubernetes_version="1.35", catalog=None)]
    # THEN one `<file>: Kind/name.path: message` line
    assert errors == [
        "workloads/x.yaml: ConfigMap/big.data: ConfigMap data and binaryData hold 1048577 bytes; "
        "the API server accepts at most 1048576 bytes (1 MiB)"
    ]
