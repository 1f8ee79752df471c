"""Catalog metadata every workload carries (Backstage Component: owner, lifecycle, description)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import Field, StringConstraints

from ai_workloads._values.common import StrictModel


class Lifecycle(str, Enum):
    EXPERIMENTAL = "experimental"
    PRODUCTION = "production"
    DEPRECATED = "deprecated"


class CatalogInfo(StrictModel):
    owner: Annotated[
        str,
        StringConstraints(
            min_length=1, max_length=253, pattern=r"^([a-z]+:)?([a-z0-9-]+/)?[A-Za-z0-9][-A-Za-z0-9_.]*$"
        ),
    ] = Field("group:default/ml-platform", description="Backstage owner entity reference (user or group).")
    lifecycle: Lifecycle = Field(Lifecycle.PRODUCTION, description="Backstage lifecycle.")
    description: Annotated[str, StringConstraints(min_length=1, max_length=500)] | None = Field(
        None, description="One line for the Backstage catalog; a description is derived when omitted."
    )
