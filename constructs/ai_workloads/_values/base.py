"""WorkloadValues: what every workload file has, whatever its kind."""

from __future__ import annotations

from ai_workloads._values.catalog import CatalogInfo


class WorkloadValues(CatalogInfo):
    """Base of each kind's values model. A subclass declares `type: Literal["<TYPE>"]`, a `namespace`
    and the field that names the workload, and returns that name from `workload_name`."""

    # Declared by each subclass, in the order its JSON Schema lists them: `type`, `namespace`.

    @property
    def workload_name(self) -> str:  # pragma: no cover - every kind overrides it
        raise NotImplementedError
