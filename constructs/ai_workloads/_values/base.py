"""WorkloadValues: what every workload file has, whatever its kind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from ai_workloads._values.catalog import CatalogInfo
from ai_workloads._values.common import DnsSubdomainShape, StrictModel

# Argo CD's name for the cluster it runs in.
IN_CLUSTER = "in-cluster"


class Placement(StrictModel):
    """Where Argo CD deploys the workload (one repository can serve several clusters)."""

    cluster: DnsSubdomainShape | None = Field(
        None,
        description="Name of an Argo CD cluster (its cluster Secret's `name`), rendered as the "
        "Application's `destination.name`. Default: the cluster Argo CD runs in "
        "(`destination.server` from cdk8s.yaml).",
    )

    @property
    def cluster_key(self) -> str:
        """The cluster for cross-object rules: objects on different clusters never collide."""
        return self.cluster or IN_CLUSTER


class WorkloadValues(CatalogInfo):
    """Base of each kind's values model. A subclass declares `type: Literal["<TYPE>"]`, a `namespace`
    and the field that names the workload, and returns that name from `workload_name`."""

    placement: Placement = Field(default_factory=Placement, description="Where Argo CD deploys the workload.")

    # Declared by each subclass, in the order its JSON Schema lists them: `type`, `namespace`.
    if TYPE_CHECKING:  # for the type checker only: pydantic never sees these (they are not fields here)
        type: str
        namespace: str

    @property
    def workload_name(self) -> str:  # pragma: no cover - every kind overrides it
        raise NotImplementedError
