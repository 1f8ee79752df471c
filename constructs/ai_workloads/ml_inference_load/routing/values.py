"""`routing:` of an ML_INFERENCE_LOAD workload: how the gateway reaches the server pods."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

from ai_workloads._values.common import (
    IMAGE_REPOSITORY,
    IMAGE_TAG,
    ComputeResources,
    ResourceRequirements,
    StrictModel,
    _pinned_tag,
)
from ai_workloads.ml_inference_load.routing import facts


class RoutingMode(str, Enum):
    SERVICE = "service"
    INFERENCE_POOL = "inferencePool"


class FailureMode(str, Enum):
    FAIL_OPEN = "FailOpen"
    FAIL_CLOSE = "FailClose"


def _picker_resources() -> ResourceRequirements:
    return ResourceRequirements(
        requests=ComputeResources(cpu="500m", memory="512Mi"), limits=ComputeResources(cpu="2", memory="2Gi")
    )


class EndpointPickerSettings(StrictModel):
    """The llm-d-router endpoint picker (ext-proc server) that chooses a server pod for each request."""

    image: Annotated[str, StringConstraints(min_length=1, max_length=255, pattern=IMAGE_REPOSITORY)] = Field(
        facts.IMAGE_REPOSITORY,
        description=f"Image repository of the picker. Default: `{facts.IMAGE_REPOSITORY}`, the image whose source "
        "the rendered flags, ports and permissions were read from.",
    )
    tag: Annotated[
        str, StringConstraints(min_length=1, max_length=128, pattern=IMAGE_TAG), AfterValidator(_pinned_tag)
    ] = Field(
        facts.IMAGE_TAG,
        description=f"Image tag. Default `{facts.IMAGE_TAG}` (the release the facts were read from); another tag may "
        "take other flags.",
    )
    failure_mode: FailureMode = Field(
        FailureMode.FAIL_OPEN,
        description="What the gateway does when the picker cannot be reached. `FailOpen` (default): the request "
        "still goes to a server pod, chosen by the gateway's own load balancing. `FailClose`: the request fails "
        "(HTTP 5xx) until the picker answers again.",
    )
    resources: ResourceRequirements = Field(
        default_factory=_picker_resources,
        description="CPU/memory of the picker container. Default: requests 500m / 512Mi, limits 2 CPU / 2Gi.",
    )


class RoutingSettings(StrictModel):
    """How the gateway's HTTPRoute reaches the server pods."""

    mode: RoutingMode = Field(
        RoutingMode.SERVICE,
        description="`service` (default): the HTTPRoute sends to the server's Service, balanced by the gateway. "
        "`inferencePool` (vLLM only): an InferencePool with an endpoint picker that chooses the pod from the "
        "engines' queue, KV-cache and prefix-cache state (needs istiod with "
        "ENABLE_GATEWAY_API_INFERENCE_EXTENSION=true, see docs/routing.md).",
    )
    endpoint_picker: EndpointPickerSettings = Field(
        default_factory=EndpointPickerSettings,
        description="The endpoint picker (used with `mode: inferencePool`).",
    )
