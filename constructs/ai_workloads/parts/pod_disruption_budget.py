"""WorkloadDisruptionBudget: keep all but one replica serving through voluntary disruptions (node drains)."""

from __future__ import annotations

from typing import Mapping, Optional

from cdk8s_plus_27 import k8s
from constructs import Construct

from ai_workloads import k8s_values
from ai_workloads.metadata import object_meta


class WorkloadDisruptionBudget(Construct):
    """A PodDisruptionBudget `<name>` with `maxUnavailable: 1` over `pod_labels`. Only meaningful for
    workloads with at least two replicas; callers render it only then."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        namespace: str,
        pod_labels: Mapping[str, str],
        labels: Mapping[str, str],
        annotations: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(scope, id)
        self.disruption_budget_name = name
        k8s.KubePodDisruptionBudget(
            self,
            "Resource",
            metadata=object_meta(name, namespace, labels, annotations),
            spec=k8s.PodDisruptionBudgetSpec(
                max_unavailable=k8s_values.port_number(1),
                selector=k8s.LabelSelector(match_labels=dict(pod_labels)),
            ),
        )
