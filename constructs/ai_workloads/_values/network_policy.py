"""Ingress isolation for a workload's pods."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

from ai_workloads._values.common import DnsLabel, StrictModel
from ai_workloads._values.k8s_names import checked, qualified_name_problem

LabelValue = Annotated[str, StringConstraints(max_length=63, pattern=r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")]
LabelKey = Annotated[
    str,
    StringConstraints(
        min_length=1, max_length=253, pattern=r"^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"
    ),
    AfterValidator(checked(qualified_name_problem)),
]


class NetworkPolicySettings(StrictModel):
    """When enabled, a NetworkPolicy admits only the Istio gateway pods (to the serving ports) and the
    metrics scraper (to the metrics port); all other ingress is denied. Unset fields take the workload
    type's defaults (see each field)."""

    enabled: bool = True
    gateway_namespace: DnsLabel | None = Field(
        None,
        description="Namespace of the gateway pods. Default: the workload's namespace for "
        "ML_INFERENCE_LOAD (Istio deploys its Gateway there), `istio-system` for MLServer releases.",
    )
    gateway_pod_labels: dict[LabelKey, LabelValue] | None = Field(
        None,
        description="Labels of the gateway pods. Default: `gateway.networking.k8s.io/gateway-name: "
        "<serviceName>-gateway` for ML_INFERENCE_LOAD, `istio: ingressgateway` for MLServer releases.",
    )
    monitoring_namespace: DnsLabel = Field("monitoring", description="Namespace of the Prometheus scraper.")
    monitoring_pod_labels: dict[LabelKey, LabelValue] = Field(
        default_factory=lambda: {"app.kubernetes.io/name": "prometheus"},
        description="Labels of the scraper pods allowed to reach the metrics port.",
    )
