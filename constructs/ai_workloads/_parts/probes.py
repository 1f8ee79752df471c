"""Kubernetes probes from the values' probe settings."""

from __future__ import annotations

from cdk8s_plus_27 import k8s

from ai_workloads._parts import k8s_values
from ai_workloads._values.common import ProbeSettings, ProbeType


def kubernetes_probe(settings: ProbeSettings, *, default_port: str, default_path: str) -> k8s.Probe | None:
    """The probe described by `settings`, or None when it is disabled.

    `default_port` (a container port name) and `default_path` fill what the values leave out, so a
    probe follows the workload's port even when it is renamed.
    """
    if not settings.enabled:
        return None
    port = k8s_values.port_name(settings.port or default_port)
    http_get = tcp_socket = exec_action = None
    if settings.type is ProbeType.HTTP_GET:
        http_get = k8s.HttpGetAction(path=settings.path or default_path, port=port, scheme="HTTP")
    elif settings.type is ProbeType.TCP_SOCKET:
        tcp_socket = k8s.TcpSocketAction(port=port)
    else:
        exec_action = k8s.ExecAction(command=list(settings.command or []))
    return k8s.Probe(
        http_get=http_get,
        tcp_socket=tcp_socket,
        exec=exec_action,
        initial_delay_seconds=settings.initial_delay_seconds,
        period_seconds=settings.period_seconds,
        timeout_seconds=settings.timeout_seconds,
        success_threshold=settings.success_threshold,
        failure_threshold=settings.failure_threshold,
    )
