"""The platform files beside dist/, derived from the same loaded values as dist/ (never re-read):

| folder | what | from |
|---|---|---|
| `schemas/` | JSON Schema per kind and for the union; `workload.d.ts` | the registered kinds' models |
| `.cat/backstage/` | Backstage Components, templates, Location | the loaded values (platform/catalog.py) |
| `argocd/` | the root Application; `apps/`: one Application per workload | cdk8s.yaml `argocd:`, the render |

TypeScript declarations come from json-schema-to-typescript (`json2ts`, a Node.js tool pinned in
package.json); it runs only when the union schema changed, so a synthesis that changes no schema
spawns no Node.js process for it.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from ai_workloads.platform.catalog import catalog_files, component_file
from ai_workloads.platform.scm import publish_target
from ai_workloads.platform.schemas import UNION_SCHEMA_FILE, schema_documents, schema_texts
from ai_workloads.gates import RenderedWorkload
from ai_workloads.platform.settings import APPS_DIR, CDK8S_CONFIG, ArgoCdSettings, workload_application_name
from ai_workloads.synth.loader import LoadedWorkload
from ai_workloads.synth.output import folder_holds_exactly, replace_folder, same_text

SCHEMA_DIR = Path("schemas")
CATALOG_DIR = Path(".cat/backstage")
ARGOCD_FILE = Path("argocd/application.yaml")
TYPESCRIPT_FILE = SCHEMA_DIR / "workload.d.ts"
ROOT_APPLICATION_SOURCE = str(CDK8S_CONFIG)
JSON2TS = Path("node_modules/.bin/json2ts")
JSON2TS_BANNER = f"/* Generated from {SCHEMA_DIR}/{UNION_SCHEMA_FILE} by json-schema-to-typescript (make synth). Do not edit. */"


@dataclass(frozen=True)
class PlatformFiles:
    schemas: dict[str, str]  # file name under schemas/ -> text
    catalog: dict[str, str]  # path under .cat/backstage/ -> text
    application: str  # argocd/application.yaml
    workload_applications: dict[str, str]  # file name under argocd/apps/ -> text


def platform_files(
    workloads: Sequence[LoadedWorkload], settings: ArgoCdSettings, rendered: Sequence[RenderedWorkload] = (),
    application: Optional[str] = None,
) -> PlatformFiles:
    """The platform files of `workloads`; `rendered` (from a synthesis with Argo CD settings) carries
    each workload's Application. `application`: the root Application's text when known already (from
    the synthesis cache); otherwise it is rendered here, which imports cdk8s."""
    if application is None:
        application = root_application_text(settings)
    documents = schema_documents()
    components = {item.name: item.catalog_component for item in rendered if item.catalog_component is not None}
    catalog = catalog_files(
        [components.get(workload.name) or workload_component(workload, settings) for workload in workloads],
        publish=publish_target(settings.repo_url, settings.scm, settings.scm_project), schemas=documents,
    )
    return PlatformFiles(
        schemas=schema_texts(documents),
        catalog=catalog,
        application=application,
        workload_applications={f"{item.name}.yaml": item.application_yaml for item in rendered if item.application_yaml},
    )


def workload_component(workload: LoadedWorkload, settings: ArgoCdSettings) -> tuple[str, str]:
    """The workload's Backstage Component file (path under .cat/backstage/, text)."""
    return component_file(workload.file, workload.values, workload_application_name(settings, workload.name))


def root_application_text(settings: ArgoCdSettings) -> str:
    """argocd/application.yaml, rendered with cdk8s (imported here, on first use)."""
    from ai_workloads.platform.argocd import application_text

    return application_text(settings, source=ROOT_APPLICATION_SOURCE)


def platform_files_unchanged(files: PlatformFiles, root: Path = Path(".")) -> bool:
    """Whether `write_platform_files(files, root)` would leave every file as it is."""
    schema_dir = root / SCHEMA_DIR
    return (
        all(same_text(schema_dir / name, text) for name, text in files.schemas.items())
        and (root / TYPESCRIPT_FILE).is_file()
        and folder_holds_exactly(root / CATALOG_DIR, files.catalog)
        and same_text(root / ARGOCD_FILE, files.application)
        and folder_holds_exactly(root / APPS_DIR, files.workload_applications)
    )


def write_platform_files(files: PlatformFiles, root: Path = Path(".")) -> None:
    """Write what changed; the catalog folder is replaced as a whole (a removed workload's Component
    goes away). Regenerates the TypeScript declarations when the union schema changed."""
    schema_dir = root / SCHEMA_DIR
    schema_dir.mkdir(parents=True, exist_ok=True)
    union_changed = _write_if_changed(schema_dir / UNION_SCHEMA_FILE, files.schemas[UNION_SCHEMA_FILE])
    for name, text in files.schemas.items():
        _write_if_changed(schema_dir / name, text)
    if union_changed or not (root / TYPESCRIPT_FILE).exists():
        _generate_typescript(root)
    replace_folder(root / CATALOG_DIR, files.catalog)
    (root / ARGOCD_FILE).parent.mkdir(parents=True, exist_ok=True)
    _write_if_changed(root / ARGOCD_FILE, files.application)
    replace_folder(root / APPS_DIR, files.workload_applications)


def _write_if_changed(path: Path, text: str) -> bool:
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def _generate_typescript(root: Path) -> None:
    json2ts = root / JSON2TS
    if not json2ts.exists():
        raise RuntimeError(f"{JSON2TS} is not installed (run `make synth`, which runs `npm ci`)")
    subprocess.run(
        [str(json2ts.absolute()), "--input", str(SCHEMA_DIR / UNION_SCHEMA_FILE), "--output", str(TYPESCRIPT_FILE),
         "--unknownAny", "--bannerComment", JSON2TS_BANNER],
        cwd=root, check=True,
    )
