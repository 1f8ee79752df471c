"""WorkloadValues: what every workload file has, whatever its kind."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

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
    """Base of each kind's values model. A subclass declares `type: Literal["<TYPE>"]` (the kind's
    `type:`, read by the registry), a `namespace` and the field that names the workload (`NAME_FIELD`)."""

    # The field whose value names the workload (`dist/<name>.k8s.yaml`, Argo CD's Application, messages).
    NAME_FIELD: ClassVar[str]

    placement: Placement = Field(default_factory=Placement, description="Where Argo CD deploys the workload.")

    # Declared by each subclass, in the order its JSON Schema lists them: `type`, `namespace`.
    if TYPE_CHECKING:  # for the type checker only: pydantic never sees these (they are not fields here)
        type: str
        namespace: str

    @property
    def workload_name(self) -> str:
        return str(getattr(self, self.NAME_FIELD))

    def declared_hosts(self) -> list[tuple[str, str]]:
        """`[(field path, host), ...]`: the public host names the workload declares and where
        (`gateway.hosts[0]`), so that a host conflict names the field. Default: none."""
        return []

    def objects_estimate(self) -> int:
        """About how many objects (its Argo CD Application included) the workload renders: render workers
        get slices of about equal objects (a worker's memory grows with each object jsii renders).
        Default: 10."""
        return 10
