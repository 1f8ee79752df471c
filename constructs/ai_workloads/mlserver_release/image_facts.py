"""Facts about the images an MLServer app runs that the rendering relies on, each with its source.

tests/test_mlserver_image_facts.py reads every fact back from the rendered objects.
"""

from __future__ import annotations

from ai_workloads._parts.facts import EngineFact

MLSERVER = "SeldonIO/MLServer"
KSERVE = "kserve/kserve"

MLSERVER_FACTS = (
    EngineFact(
        "user",
        "USER 1000; /opt/mlserver is made world-writable for random UIDs, so any non-root UID runs it",
        f"{MLSERVER} Dockerfile (useradd -u 1000, chmod -R 776 /opt/mlserver, USER 1000)",
    ),
    EngineFact(
        "start command",
        "`mlserver start DIR` (on PATH from /opt/conda/bin) reads DIR/settings.json and loads "
        "every model-settings.json below DIR; DIR overrides model_repository_root",
        f"{MLSERVER} Dockerfile (CMD); mlserver/cli/main.py, mlserver/cli/serve.py",
    ),
    EngineFact(
        "caches",
        "the 1.7.1 image sets HF_HOME and NUMBA_CACHE_DIR to /opt/mlserver/.cache (root filesystem; "
        "not TRANSFORMERS_CACHE): with a read-only root filesystem HF_HOME, NUMBA_CACHE_DIR and TRANSFORMERS_CACHE "
        "go to the scratch emptyDir",
        f"{MLSERVER}@1.7.1:Dockerfile (ENV HF_HOME, NUMBA_CACHE_DIR)",
    ),
    EngineFact(
        "readiness",
        "/v2/health/ready is all(models ready): true with zero models; /v2/models/<name>/ready "
        "answers for one model (404 when it is not loaded)",
        f"{MLSERVER} mlserver/handlers/dataplane.py (ready, model_ready), mlserver/rest/app.py",
    ),
    EngineFact(
        "metrics",
        "Prometheus /metrics on MLSERVER_METRICS_PORT (default 8082), a port of its own",
        f"{MLSERVER} mlserver/settings.py (metrics_port, metrics_endpoint), mlserver/metrics/server.py",
    ),
    EngineFact(
        "settings from the environment",
        "every settings.json key is also MLSERVER_<KEY> (pydantic settings, prefix MLSERVER_)",
        f"{MLSERVER} mlserver/settings.py (ENV_PREFIX_SETTINGS)",
    ),
)

DOWNLOADER_FACTS = (
    EngineFact(
        "downloader entrypoint",
        "ENTRYPOINT /storage-initializer/scripts/initializer-entrypoint; arguments are "
        "pairs `<src_uri> <dest_path>` (no shell)",
        f"{KSERVE} python/storage-initializer.Dockerfile; python/storage-initializer/scripts/initializer-entrypoint",
    ),
    EngineFact(
        "downloader user",
        "USER 1000 (runs as any non-root UID; writes only the destination and temp files)",
        f"{KSERVE} python/storage-initializer.Dockerfile",
    ),
    EngineFact(
        "downloader under istio",
        "an init container runs before a classic Istio sidecar starts, and its "
        "outbound traffic is redirected to that proxy: the downloader runs as UID 1337 (the proxy's UID, never "
        "redirected), which works with and without injection and with native sidecars; excluding its ports "
        "would exempt the server's traffic too, and requiring native sidecars is a cluster-wide setting",
        "istio/istio.io:content/en/docs/setup/additional-setup/cni/index.md (Compatibility with application "
        "init containers); see ai_workloads/_parts/platform_facts.py",
    ),
    EngineFact(
        "downloader schemes",
        "gs://, s3://, hdfs://, webhdfs://, hf://, https:// (Azure Blob and File included), http://, local paths",
        f"{KSERVE} python/kserve/kserve/storage/storage.py (Storage.download)",
    ),
)
