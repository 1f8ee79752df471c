"""The data of one synthesis, stage by stage (synth/run.py): every type a stage takes or returns.

    Request -> read -> Sources -> key -> Keyed -> load -> Loaded -> render -> Rendered
            -> gate -> Synthesis -> write -> Written -> record -> Outcome

Each stage is a function of its own module in synth/ (read.py, key.py, load.py, render.py, gate.py,
write.py, record.py) taking one of these and returning the next. `LoadedWorkload` (one valid workload
file), `RenderedWorkload` (its objects) and `PlatformFiles` (schemas/, .cat/backstage/, argocd/) are
what the gates, the platform files and the cache handle. A later stage keeps the earlier one it came
from (`keyed.sources`, `loaded.keyed`, ...), so what a stage needs is one attribute away.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ai_workloads._values.base import IN_CLUSTER, WorkloadValues
from ai_workloads.errors import WorkloadError
from ai_workloads.registry import kind_of

if TYPE_CHECKING:  # annotations only: the services of a run live in synth/ and platform/
    from ai_workloads.platform.outputs import TypeScript
    from ai_workloads.platform.settings import ArgoCdSettings
    from ai_workloads.synth.cache import SynthCache
    from ai_workloads.synth.launch import RenderPool
    from ai_workloads.synth.progress import Progress


# --- what the gates, the platform files and the cache handle -----------------------------------------


class LoadedWorkload:
    """A valid workload file: its display path and its validated values.

    `name`, `namespace` and `name_field` (what the cross-file rules and the outputs need) are plain
    attributes. A workload reused from the synthesis cache carries its values pickled and decodes them
    on first use of `values` (an unchanged workload usually never needs them: synth/cache.py)."""

    __slots__ = ("_pickled", "_values", "file", "name", "name_field", "namespace")

    def __init__(
        self,
        file: str,
        values: WorkloadValues | None = None,
        *,
        pickled: bytes | None = None,
        name: str | None = None,
        namespace: str | None = None,
        name_field: str | None = None,
    ) -> None:
        if values is not None:
            name, namespace, name_field = values.workload_name, values.namespace, kind_of(values).name_field
        elif pickled is None or name is None or namespace is None or name_field is None:
            raise TypeError("LoadedWorkload needs its values, or their pickle with name, namespace and name_field")
        self.file = file
        self.name: str = name
        self.namespace: str = namespace
        self.name_field: str = name_field
        self._values = values
        self._pickled = pickled

    @property
    def values(self) -> WorkloadValues:
        if self._values is None:
            assert self._pickled is not None  # one of the two is always set (__init__)
            self._values = pickle.loads(self._pickled)
        return self._values

    def pickled_values(self) -> bytes:
        if self._pickled is None:
            self._pickled = pickle.dumps(self._values, protocol=pickle.HIGHEST_PROTOCOL)
        return self._pickled

    def __getstate__(self) -> tuple[str, WorkloadValues]:  # to a worker: the values themselves
        return (self.file, self.values)

    def __setstate__(self, state: tuple[str, WorkloadValues]) -> None:
        self.__init__(*state)  # type: ignore[misc]  # unpickling: the object is not initialized yet

    def __repr__(self) -> str:
        return f"LoadedWorkload(file={self.file!r}, name={self.name!r})"


@dataclass(frozen=True)
class RenderedWorkload:
    """The rendered objects of one workload, as the gates and the writer see them."""

    file: str  # the workload file the objects came from (for error messages)
    name: str  # dist/<name>.k8s.yaml
    manifests: list[dict[str, Any]]
    # The manifests as dist/ YAML, when a synthesis worker already rendered it (in parallel).
    yaml_text: str | None = None
    # The Argo CD cluster the objects are deployed to: objects on different clusters never collide.
    cluster: str = IN_CLUSTER
    # The workload's own Argo CD Application (argocd/apps/<name>.yaml), when rendered with settings.
    application: dict[str, Any] | None = None
    application_yaml: str | None = None
    # Its Backstage Component (path under .cat/backstage/, text), rendered with it when with settings.
    catalog_component: tuple[str, str] | None = None


@dataclass(frozen=True)
class PlatformFiles:
    """The platform files of one synthesis (platform/outputs.py platform_files)."""

    schemas: dict[str, str]  # file name under schemas/ -> text
    catalog: dict[str, str]  # path under .cat/backstage/ -> text
    application: str  # argocd/application.yaml
    workload_applications: dict[str, str]  # file name under argocd/apps/ -> text
    typescript: str | None = None  # schemas/workload.d.ts (None: not generated, see platform_files)


# --- the stages of one run ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderOptions:
    """How the render stage renders the workloads it was given (synth/render.py, synth/workers.py)."""

    kubernetes_version: str  # the schemas the objects are validated against
    argocd: ArgoCdSettings | None  # None: no Argo CD Applications
    progress: Callable[[int], None] | None = None  # called with the number of workloads just rendered
    pool: RenderPool | None = None  # render workers started early (synth/launch.py)
    root_application: bool = False  # workers also render argocd/application.yaml


@dataclass(frozen=True)
class RunSettings:
    """What a run was asked for (synth/cli.py: the command line and cdk8s.yaml)."""

    workloads: Path  # --workloads: the folder of workload files
    outdir: Path  # --outdir: the folder replaced with the manifests
    kubernetes_version: str  # the schemas the objects are validated against
    argocd: ArgoCdSettings | None  # None: --no-platform-files (dist/ only)
    reserved_namespaces: tuple[str, ...]  # cdk8s.yaml platform.reservedNamespaces

    @property
    def platform_files(self) -> bool:
        """Whether schemas/, .cat/backstage/ and argocd/ are written too."""
        return self.argocd is not None


@dataclass
class RunServices:
    """What one run uses and owns while it lasts; `close()` ends what is still running."""

    progress: Progress
    cache: SynthCache | None = None  # None: --no-cache
    pool: RenderPool | None = None  # render workers started early (synth/launch.py)
    typescript: TypeScript | None = None  # schemas/workload.d.ts, started by the load stage
    cached_root: str | None = None  # argocd/application.yaml as found in the cache
    # Work running in the background meanwhile (the render-stack preload): waited for before rendering.
    background: list[Callable[[], None]] = field(default_factory=list)

    def wait_background(self) -> None:
        for wait in self.background:
            wait()
        self.background.clear()

    def close(self) -> None:
        """At the end of the run, whatever happened: nothing it started outlives it (the pool excepted:
        its owner, the command line, stops it)."""
        self.wait_background()
        if self.typescript is not None:
            self.typescript.cancel()


@dataclass(frozen=True)
class Request:
    """The input of `read`: the settings and the services of one run."""

    settings: RunSettings
    services: RunServices


@dataclass(frozen=True)
class WorkloadFile:
    """One workload file, read once: its path, how messages name it, and its bytes or why it cannot be
    read (files/workload_yaml.py read_workload_bytes)."""

    path: Path
    display: str
    data: bytes | WorkloadError


@dataclass(frozen=True)
class Sources:
    """The output of `read`: the workload files of the folder, and the folder's own problems."""

    request: Request
    files: list[WorkloadFile]
    errors: list[WorkloadError]

    @property
    def paths(self) -> list[Path]:
        return [item.path for item in self.files]


@dataclass(frozen=True)
class Keyed:
    """The output of `key`: each file's cache key (None: no cache, or the file could not be read), the
    key of the whole run (None: not every file keyed), and whether the last run had exactly these
    inputs and its outputs are untouched (then nothing is loaded, rendered or written)."""

    sources: Sources
    keys: list[str | None]
    tree: str | None
    outputs: list[Path]  # every folder the run writes into
    unchanged: bool


@dataclass(frozen=True)
class Loaded:
    """The output of `load`: the valid workloads in file order, per workload its rendering found in the
    cache (None: to be rendered) and its key, and every problem found so far (files, names, namespaces,
    Application names, the CRD catalog): reported together after rendering."""

    keyed: Keyed
    workloads: list[LoadedWorkload]
    reused: list[RenderedWorkload | None]
    keys: list[str | None]
    errors: list[WorkloadError]

    @property
    def request(self) -> Request:
        return self.keyed.sources.request


@dataclass(frozen=True)
class Rendered:
    """The output of `render`: every workload rendered (or reused) and gated object by object, in file
    order; `root_application`: argocd/application.yaml when a render worker rendered it."""

    loaded: Loaded
    rendered: list[RenderedWorkload]
    root_application: str | None


@dataclass(frozen=True)
class Synthesis:
    """The output of `gate`: everything one synthesis produced, in workload-file order, past every gate."""

    workloads: list[LoadedWorkload]
    rendered: list[RenderedWorkload]
    # How many workloads were rendered by this synthesis, and how many were reused from the cache.
    rendered_count: int = 0
    reused_count: int = 0
    # argocd/application.yaml when a render worker rendered it, else None.
    root_application: str | None = None
    # The stage it came from (None for a synthesis made outside a run, e.g. by a test).
    source: Rendered | None = None

    @property
    def objects(self) -> int:
        return sum(len(item.manifests) for item in self.rendered)


@dataclass(frozen=True)
class Written:
    """The output of `write`: the one summary line of the outputs (or that nothing changed)."""

    keyed: Keyed
    summary: str
    changed: bool  # False: nothing was written (every output already held what this run produced)
    synthesis: Synthesis | None  # None: stopped after `key` (nothing changed since the last run)


@dataclass(frozen=True)
class Outcome:
    """The output of `record` and of the run: the line printed on stdout."""

    summary: str
    # What was synthesized (None: nothing changed since the last run): prerequisites.yaml reads its objects.
    synthesis: Synthesis | None = None
