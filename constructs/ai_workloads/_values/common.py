"""Building blocks shared by every workload values schema.

Every model forbids unknown keys (a typo must fail, not be ignored) and is frozen. YAML keys are
camelCase aliases; Python code uses the snake_case attribute names.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic.alias_generators import to_camel

from ai_workloads._values.k8s_names import checked, dns_subdomain_problem, hostname_problem, label_value_problem


class FieldError(ValueError):
    """A validation problem in a nested field, raised by a model validator.

    pydantic reports a model validator's error at the model itself; the loader appends `path` to that
    location, so the user reads `container.containerPorts[1].portNumber` instead of `container`.
    """

    def __init__(self, path: tuple[str | int, ...], message: str):
        super().__init__(message)
        self.path = path
        self.message = message


class FieldErrors(ValueError):
    """Several independent problems found by one model validator: the loader reports every one (a user
    fixes a file in one pass, not one error per run)."""

    def __init__(self, problems: list[FieldError]):
        super().__init__("; ".join(problem.message for problem in problems))
        self.problems = problems


# What to write for a required key that is missing, by the key (the loader appends it to "required field
# is missing"): a kind's values module adds its own.
MISSING_FIELD_HINTS: dict[str, str] = {}


def raise_problems(problems: list[FieldError]) -> None:
    """Raise nothing, the one problem, or all of them (FieldErrors)."""
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise FieldErrors(problems)


class StrictModel(BaseModel):
    """Base of every values model: camelCase keys, unknown keys rejected, immutable once validated, and
    no type coercion: a file means what it says (`"yes"` is not a boolean, `"8"` is not a number).
    Documents are validated in JSON mode (`registry.validate_document`), where strict mode still reads
    enum values and camelCase keys from plain strings."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        strict=True,
        alias_generator=to_camel,
        populate_by_name=True,
        validate_default=True,
        use_enum_values=False,
    )


# --- names -----------------------------------------------------------------------------------------

DNS_1035_LABEL = r"^[a-z]([-a-z0-9]*[a-z0-9])?$"
DNS_1123_LABEL = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
# A public host name as the Gateway API accepts it: lower-case DNS subdomain, optionally `*.` first.
HOSTNAME = r"^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$"
PORT_NAME = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
ENV_VAR_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"


def dns_1035_label(max_length: int, description: str) -> Any:
    """A DNS-1035 label field of at most `max_length` characters (object names are derived from it)."""
    return Annotated[
        str,
        StringConstraints(min_length=1, max_length=max_length, pattern=DNS_1035_LABEL),
        Field(description=description),
    ]


DnsLabel = Annotated[str, StringConstraints(min_length=1, max_length=63, pattern=DNS_1123_LABEL)]
Namespace = Annotated[
    str,
    StringConstraints(min_length=1, max_length=63, pattern=DNS_1123_LABEL),
    Field(description="Kubernetes namespace of every object of the workload (DNS-1123 label)."),
]
HostName = Annotated[
    str,
    StringConstraints(min_length=4, max_length=253, pattern=HOSTNAME),
    AfterValidator(checked(hostname_problem)),
    Field(description="Public host name (lower-case DNS name; `*.` wildcard allowed)."),
]


def _iana_service_name(name: str) -> str:
    """A container port name is an IANA service name: at least one letter and no `--`."""
    if not any(character.isalpha() for character in name):
        raise ValueError(f"'{name}' must contain at least one letter (IANA service name)")
    if "--" in name:
        raise ValueError(f"'{name}' must not contain '--' (IANA service name)")
    return name


PortName = Annotated[
    str, StringConstraints(min_length=1, max_length=15, pattern=PORT_NAME), AfterValidator(_iana_service_name)
]
PortNumber = Annotated[int, Field(ge=1, le=65535)]
EnvVarName = Annotated[str, StringConstraints(min_length=1, max_length=253, pattern=ENV_VAR_NAME)]
# A DNS-1123 subdomain (object names of Secrets, ClusterIssuers, ClusterSecretStores...): the pattern for
# editors, the per-label rules (no `..`, no `.-`) in words (k8s_names.py).
DNS_SUBDOMAIN = r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"
# Only the pattern and length (the names of a cluster and of a PriorityClass are checked no further).
DnsSubdomainShape = Annotated[str, StringConstraints(min_length=1, max_length=253, pattern=DNS_SUBDOMAIN)]
DnsSubdomain = Annotated[DnsSubdomainShape, AfterValidator(checked(dns_subdomain_problem))]
NonEmptyString = Annotated[str, StringConstraints(min_length=1, strip_whitespace=False)]

# --- quantities ------------------------------------------------------------------------------------

QUANTITY_PATTERN = r"^([0-9]+(\.[0-9]+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"
_QUANTITY = re.compile(QUANTITY_PATTERN)
# The n-th of k, M, G, T, P, E is 10**(3n); of Ki, Mi, Gi, Ti, Pi, Ei 2**(10n).
_SUFFIX_FACTORS: dict[str | None, Decimal] = {
    None: Decimal(1),
    "m": Decimal("0.001"),
    **{prefix: Decimal(10) ** (3 * n) for n, prefix in enumerate("kMGTPE", start=1)},
    **{f"{prefix}i": Decimal(2) ** (10 * n) for n, prefix in enumerate("KMGTPE", start=1)},
}


def quantity_value(quantity: str) -> Decimal:
    """The numeric value of a (non-negative) Kubernetes quantity such as `500m` or `16Gi`."""
    match = _QUANTITY.match(quantity)
    if not match:
        raise ValueError(f"'{quantity}' is not a non-negative Kubernetes quantity (examples: 500m, 2, 512Mi, 16Gi)")
    try:
        number = Decimal(match.group(1))
    except InvalidOperation as error:  # pragma: no cover - the regex admits only decimals
        raise ValueError(f"'{quantity}' is not a number") from error
    return number * _SUFFIX_FACTORS[match.group(3)]


def _positive_quantity(quantity: str) -> str:
    if quantity_value(quantity) <= 0:
        raise ValueError(f"'{quantity}' must be greater than zero")
    return quantity


Quantity = Annotated[
    str,
    AfterValidator(_positive_quantity),
    Field(
        json_schema_extra={"pattern": QUANTITY_PATTERN},
        description="Positive Kubernetes quantity, e.g. `500m`, `4`, `512Mi`, `16Gi`.",
    ),
]


class ComputeResources(StrictModel):
    """CPU and memory for one container."""

    cpu: Quantity
    memory: Quantity


class ResourceRequirements(StrictModel):
    """Requests (what the scheduler reserves) and limits (the hard cap) for CPU and memory."""

    requests: ComputeResources
    limits: ComputeResources

    @model_validator(mode="after")
    def _requests_within_limits(self) -> ResourceRequirements:
        for resource in ("cpu", "memory"):
            request = getattr(self.requests, resource)
            limit = getattr(self.limits, resource)
            if quantity_value(request) > quantity_value(limit):
                raise FieldError(("requests", resource), f"{request} must not exceed limits.{resource} ({limit})")
        return self


# --- container image -------------------------------------------------------------------------------

IMAGE_REPOSITORY = r"^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]{1,2}[a-z0-9]+|-+[a-z0-9]+)*)*$"
IMAGE_TAG = r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"


def _pinned_tag(tag: str) -> str:
    if tag == "latest":
        raise ValueError("'latest' is not allowed: pin an exact image tag so every sync runs the same image")
    problem = label_value_problem(tag)
    if problem:  # the tag is the app.kubernetes.io/version label of every object (_parts/labels.py)
        raise ValueError(f"the tag is also the app.kubernetes.io/version label of every object, and {problem}")
    return tag


class ContainerImage(StrictModel):
    """An image pinned by tag: the tag `latest` is rejected because it changes under a running workload."""

    repository: Annotated[
        str,
        StringConstraints(min_length=1, max_length=255, pattern=IMAGE_REPOSITORY),
        Field(description="Image repository without tag, e.g. `ghcr.io/huggingface/text-generation-inference`."),
    ]
    tag: Annotated[
        str,
        StringConstraints(min_length=1, max_length=128, pattern=IMAGE_TAG),
        AfterValidator(_pinned_tag),
        Field(description="Exact image tag; `latest` is rejected."),
    ]

    digest: Annotated[str, StringConstraints(pattern=r"^sha256:[a-f0-9]{64}$")] | None = Field(
        None, description="Optional `sha256:` digest; when set the image is pulled by digest (tag kept for humans)."
    )

    @property
    def reference(self) -> str:
        return f"{self.repository}:{self.tag}@{self.digest}" if self.digest else f"{self.repository}:{self.tag}"


# --- probes ----------------------------------------------------------------------------------------


class ProbeType(str, Enum):
    HTTP_GET = "httpGet"
    TCP_SOCKET = "tcpSocket"
    EXEC = "exec"


class ProbeSettings(StrictModel):
    """A Kubernetes probe. `type` picks the check; the timing fields are the Kubernetes ones.

    Subclasses set the defaults of each probe kind (startup, readiness, liveness) so the JSON Schema
    shows the real default of every field.
    """

    enabled: bool = Field(True, description="Render this probe; `false` leaves it out of the pod.")
    type: ProbeType = Field(ProbeType.HTTP_GET, description="httpGet, tcpSocket or exec.")
    path: Annotated[str, StringConstraints(pattern=r"^/")] | None = Field(
        None, description="httpGet only: the request path (defaults to the workload's health path)."
    )
    port: PortName | None = Field(
        None, description="httpGet/tcpSocket: the container port name (defaults to the first port)."
    )
    command: list[NonEmptyString] | None = Field(
        None, min_length=1, description="exec only: the command run inside the container."
    )
    initial_delay_seconds: int = Field(0, ge=0, le=3600)
    period_seconds: int = Field(10, ge=1, le=3600)
    timeout_seconds: int = Field(5, ge=1, le=3600)
    success_threshold: int = Field(1, ge=1, le=100)
    failure_threshold: int = Field(3, ge=1, le=10000)

    @model_validator(mode="after")
    def _fields_match_type(self) -> ProbeSettings:
        if self.type is ProbeType.EXEC and not self.command:
            raise FieldError(("command",), "type 'exec' needs a non-empty command")
        if self.type is not ProbeType.EXEC and self.command is not None:
            raise FieldError(("command",), f"applies only to type 'exec', not '{self.type.value}'")
        if self.type is not ProbeType.HTTP_GET and self.path is not None:
            raise FieldError(("path",), f"applies only to type 'httpGet', not '{self.type.value}'")
        if self.type is ProbeType.EXEC and self.port is not None:
            raise FieldError(("port",), "does not apply to type 'exec'")
        return self

    @property
    def budget_seconds(self) -> int:
        """The longest time this probe tolerates failures before Kubernetes acts."""
        return self.initial_delay_seconds + self.period_seconds * self.failure_threshold


class SingleSuccessProbeSettings(ProbeSettings):
    """Startup and liveness probes: Kubernetes requires successThreshold 1 for them."""

    success_threshold: int = Field(1, ge=1, le=1)


# Names of variables that hold credentials: a literal value would land in git and in the pod spec.
CREDENTIAL_NAME = re.compile(r"(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|PASS|KEY|APIKEY|CREDENTIALS?)$", re.IGNORECASE)


def reject_credentials(list_field: str, names: list[str], remedy: str) -> list[FieldError]:
    """A FieldError at every literal variable of `list_field` named like a credential; `remedy` says
    where the credential belongs instead."""
    return [
        FieldError(
            (list_field, index, "name"),
            f"'{name}' looks like a credential: a literal value would be committed to git and shown in the pod "
            f"spec; {remedy}",
        )
        for index, name in enumerate(names)
        if CREDENTIAL_NAME.search(name)
    ]


def reject_duplicates(list_field: str, key: str, values: list[Any]) -> list[FieldError]:
    """A FieldError at every entry of `list_field` whose `key` repeats an earlier one."""
    first_index: dict[Any, int] = {}
    problems = []
    for index, value in enumerate(values):
        if value in first_index:
            problems.append(
                FieldError(
                    (list_field, index, key),
                    f"{value!r} is already used by {list_field}[{first_index[value]}]; each entry needs its own",
                )
            )
        first_index.setdefault(value, index)
    return problems
