"""The Prometheus metrics each serving engine's pinned release exports, each read from that release's
source (see ai_workloads/_parts/metrics_facts.py for how a declared metric becomes series).

vLLM v0.33.0: the PyPI wheel vllm-0.33.0, `vllm/v1/metrics/loggers.py` (`PrometheusStatLogger`): every
engine metric is labelled `model_name` (the served model name, `--served-model-name`) and `engine` (the
engine core index, "0"). vLLM 0.33 no longer exports `vllm:gpu_cache_usage_perc`: KV-cache usage is
`vllm:kv_cache_usage_perc` (0..1). Served through `prometheus_client`, on `/metrics` of the serving port.

TGI v3.3.4: huggingface/text-generation-inference at tag v3.3.4, the `metrics::counter!/gauge!/histogram!`
calls of `router/src/` and `backends/v3/src/`; histogram buckets are set in `router/src/server.rs`
(`Matcher::Suffix("duration")` and four `Matcher::Full`). No label names the model, and there is no
time-to-first-token or KV-cache metric: the alerts and signals that need one are not rendered for TGI.
"""

from __future__ import annotations

from ai_workloads._parts.metrics_facts import (
    PYTHON_PROMETHEUS_CLIENT,
    RUST_METRICS_EXPORTER,
    MetricFact,
    MetricsCatalog,
    MetricType,
)

VLLM_SOURCE = "vllm==0.33.0 (PyPI wheel) vllm/v1/metrics/loggers.py PrometheusStatLogger"
VLLM_LABELS = ("model_name", "engine")
# vllm/v1/engine/__init__.py FINISH_REASON_STRINGS (FinishReason.__str__).
VLLM_FINISH_REASONS = ("stop", "length", "abort", "error", "repetition")


def _vllm(name: str, type_: MetricType, *extra: str, **label_values: tuple[str, ...]) -> MetricFact:
    return MetricFact(f"vllm:{name}", type_, VLLM_LABELS + extra, VLLM_SOURCE, label_values)


VLLM_METRICS = MetricsCatalog(
    exporter="vLLM v0.33.0",
    exposition=PYTHON_PROMETHEUS_CLIENT,
    facts=(
        _vllm("num_requests_running", MetricType.GAUGE),
        _vllm("num_requests_waiting", MetricType.GAUGE),
        _vllm("kv_cache_usage_perc", MetricType.GAUGE),
        _vllm("num_preemptions", MetricType.COUNTER),
        _vllm("prompt_tokens", MetricType.COUNTER),
        _vllm("generation_tokens", MetricType.COUNTER),
        _vllm("request_success", MetricType.COUNTER, "finished_reason", finished_reason=VLLM_FINISH_REASONS),
        _vllm("time_to_first_token_seconds", MetricType.HISTOGRAM),
        _vllm("inter_token_latency_seconds", MetricType.HISTOGRAM),
        _vllm("e2e_request_latency_seconds", MetricType.HISTOGRAM),
        _vllm("request_queue_time_seconds", MetricType.HISTOGRAM),
        _vllm("request_prefill_time_seconds", MetricType.HISTOGRAM),
        _vllm("request_decode_time_seconds", MetricType.HISTOGRAM),
    ),
)

# Exported only when the server runs with --enable-lora, and without the model_name/engine labels of every
# other vLLM metric: a catalog of its own, so that selectors built from the labels common to VLLM_METRICS
# (alerts, KEDA) keep `model_name`. Read by the endpoint picker's LoRA affinity (routing/facts.py).
VLLM_LORA_METRICS = MetricsCatalog(
    exporter="vLLM v0.33.0 with --enable-lora",
    exposition=PYTHON_PROMETHEUS_CLIENT,
    facts=(
        MetricFact(
            "vllm:lora_requests_info",
            MetricType.GAUGE,
            ("max_lora", "waiting_lora_adapters", "running_lora_adapters"),
            VLLM_SOURCE,
        ),
    ),
)

TGI = "huggingface/text-generation-inference@v3.3.4"
TGI_ROUTER = f"{TGI} router/src/server.rs"
TGI_FAILURE_REASONS = ("dropped", "generation", "overloaded", "validation", "template", "incomplete")

TGI_METRICS = MetricsCatalog(
    exporter="TGI v3.3.4",
    exposition=RUST_METRICS_EXPORTER,
    facts=(
        MetricFact("tgi_queue_size", MetricType.GAUGE, (), f"{TGI} backends/v3/src/queue.rs"),
        MetricFact("tgi_batch_current_size", MetricType.GAUGE, (), f"{TGI} backends/v3/src/backend.rs"),
        MetricFact("tgi_batch_current_max_tokens", MetricType.GAUGE, (), f"{TGI} backends/v3/src/backend.rs"),
        MetricFact("tgi_batch_max_total_tokens", MetricType.GAUGE, (), f"{TGI} backends/v3/src/lib.rs"),
        MetricFact("tgi_request_count", MetricType.COUNTER, (), TGI_ROUTER),
        MetricFact("tgi_request_success", MetricType.COUNTER, (), TGI_ROUTER),
        MetricFact(
            "tgi_request_failure",
            MetricType.COUNTER,
            ("err",),
            f"{TGI} router/src/server.rs, router/src/infer/mod.rs, backends/v3/src/*.rs",
            {"err": TGI_FAILURE_REASONS},
        ),
        MetricFact("tgi_request_duration", MetricType.HISTOGRAM, (), TGI_ROUTER),
        MetricFact("tgi_request_queue_duration", MetricType.HISTOGRAM, (), TGI_ROUTER),
        MetricFact("tgi_request_inference_duration", MetricType.HISTOGRAM, (), TGI_ROUTER),
        MetricFact("tgi_request_mean_time_per_token_duration", MetricType.HISTOGRAM, (), TGI_ROUTER),
        MetricFact("tgi_request_generated_tokens", MetricType.HISTOGRAM, (), TGI_ROUTER),
        MetricFact(
            "tgi_batch_inference_duration",
            MetricType.HISTOGRAM,
            ("method",),
            f"{TGI} backends/v3/src/backend.rs",
            {"method": ("prefill", "decode")},
        ),
    ),
)
