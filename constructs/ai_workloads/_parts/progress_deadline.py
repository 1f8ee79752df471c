"""progressDeadlineSeconds of a serving Deployment, derived from its probes (never a knob of its own).

What the deadline measures (Kubernetes pkg/controller/deployment/progress.go syncRolloutStatus and
util/deployment_util.go DeploymentProgressing/DeploymentTimedOut; see platform_facts.py): the time since
the Deployment's `Progressing` condition last changed, which happens only when a new pod is created, an
old one is scaled down, or a pod becomes Ready/Available. A first start therefore shows no progress from
the pod's creation until it is Ready: scheduling, the image pull, init containers, the whole startup
probe budget and the first readiness success all fall inside one deadline. Past it the Deployment is
`ProgressDeadlineExceeded`, Argo CD reports it Degraded and the sync fails before the later waves.

The deadline is therefore: startup budget (startupProbe initialDelaySeconds + periodSeconds x
failureThreshold) + the first readiness success (initialDelaySeconds + periodSeconds x
successThreshold) + fixed allowances the caller names (image pull, a download that is not a sync
gate of its own). The explanation is rendered as an annotation so the number is never a mystery.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ai_workloads._values.common import ProbeSettings

# On the Deployment: how its progressDeadlineSeconds was computed.
PROGRESS_DEADLINE_ANNOTATION = "ai-workloads/progress-deadline"


def startup_budget(probe: ProbeSettings) -> int:
    """Seconds a container may take to pass its startup probe (0 when the probe is off)."""
    if not probe.enabled:
        return 0
    return probe.initial_delay_seconds + probe.period_seconds * probe.failure_threshold


def first_readiness(probe: ProbeSettings) -> int:
    """Seconds from the end of startup to the first Ready (0 when the probe is off)."""
    if not probe.enabled:
        return 0
    return probe.initial_delay_seconds + probe.period_seconds * probe.success_threshold


@dataclass(frozen=True)
class ProgressDeadline:
    """The Deployment's progressDeadlineSeconds and the parts it is the sum of (name -> seconds)."""

    parts: Mapping[str, int]

    @classmethod
    def of(cls, *, startup: ProbeSettings, readiness: ProbeSettings, allowances: Mapping[str, int]) -> ProgressDeadline:
        return cls(
            {
                "startup probe": startup_budget(startup),
                "first readiness": first_readiness(readiness),
                **allowances,
            }
        )

    @property
    def seconds(self) -> int:
        return sum(self.parts.values())

    @property
    def explanation(self) -> str:
        """`5410 s = startup probe 3600 + first readiness 10 + image pull 1800` (the annotation's value)."""
        return f"{self.seconds} s = " + " + ".join(f"{name} {value}" for name, value in self.parts.items())
