"""`serving.extraArgs` is read the way vLLM 0.33.0's parser reads it (engines/vllm_flags.py): underscores
are dashes, `--flag=value` is `--flag`, an unambiguous prefix is the whole flag (argparse allow_abbrev),
and the flag table is the pinned release's own."""

from __future__ import annotations

import sys

import pytest
from conftest import QWEN, REPO, example_document, render_document

from ai_workloads.ml_inference_load.engines.vllm import CREDENTIAL_ARGUMENTS, RESERVED_ARGUMENTS
from ai_workloads.ml_inference_load.engines.vllm_flags import VLLM_SERVE_FLAGS, normalize, resolve

sys.path.insert(0, str(REPO / "tools"))


@pytest.mark.parametrize(
    "written, flag",
    [
        ("--tensor_parallel_size=8", "--tensor-parallel-size"),
        ("--served_model_name", "--served-model-name"),
        ("--por=9000", "--port"),
        ("--api-ke=sk-live-123", "--api-key"),
        ("--download_dir", "--download-dir"),
        ("--compilation_config.level=3", "--compilation-config"),
        ("--no-enforce-eager", "--enforce-eager"),
        ("--disable-prefix-caching", "--enable-prefix-caching"),
        ("--disable-log-stats", "--disable-log-stats"),
    ],
)
def test_a_flag_resolves_to_the_option_vllm_sets(written, flag):
    assert resolve(written).flag == flag


def test_an_ambiguous_prefix_or_an_unknown_flag_resolves_to_nothing():
    assert resolve("--max").flag is None and "--max-model-len" in resolve("--max").candidates
    assert resolve("--not-a-flag").flag is None and resolve("--not-a-flag").candidates == ()
    assert normalize("--a_b.c_d=e_f") == "--a-b"


def test_every_flag_the_construct_sets_or_refuses_is_a_real_vllm_flag():
    assert set(RESERVED_ARGUMENTS) | set(CREDENTIAL_ARGUMENTS) <= set(VLLM_SERVE_FLAGS)
    # every flag named like a credential is reviewed: a credential, or known not to be one
    named_like_credentials = {f for f in VLLM_SERVE_FLAGS if f.endswith(("-key", "-token", "-secret", "-password"))}
    assert named_like_credentials <= set(CREDENTIAL_ARGUMENTS)


def test_the_flag_table_is_the_pinned_wheels():
    from upstream_sources import wheel_path
    from vllm_serve_flags import serve_flags

    assert tuple(serve_flags(str(wheel_path("AI_WORKLOADS_VLLM_WHEEL")))) == VLLM_SERVE_FLAGS


def test_data_parallel_takes_its_gpus_from_tensor_parallel():
    document = example_document(QWEN)
    document["container"]["gpuCount"] = 4
    document["serving"]["extraArgs"] = ["--data_parallel_size=2"]
    deployment = next(m for m in render_document(document) if m["kind"] == "Deployment")
    args = deployment["spec"]["template"]["spec"]["containers"][0]["args"]
    assert args[args.index("--tensor-parallel-size") + 1] == "2"
