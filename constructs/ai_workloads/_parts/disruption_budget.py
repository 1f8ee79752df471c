"""WorkloadDisruptionBudget: keep all but one replica serving through voluntary disruptions (node drains)."""

from __future__ import annotations

from cdk8s_plus_27 import k8s

from ai_workloads._parts import k8s_values
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._parts.sync_waves import SyncWave, sync_wave
from constructs import Construct


class WorkloadDisruptionBudget(Construct):
    """A PodDisruptionBudget named like the part, `maxUnavailable: 1` over the part's pods. Only
    meaningful with at least two replicas; callers render it only then. Sync wave: the workload's."""

    def __init__(self, scope: Construct, id: str, *, meta: WorkloadMetadata) -> None:
        super().__init__(scope, id)
        self.disruption_budget_name = meta.name
        k8s.KubePodDisruptionBudget(
            self,
            "Resource",
            metadata=meta.core(meta.name, sync_wave(SyncWave.WORKLOAD)),
            spec=k8s.PodDisruptionBudgetSpec(
                max_unavailable=k8s_values.port_number(1),
                selector=k8s.LabelSelector(match_labels=meta.selector),
            ),
        )
