"""The kind registry: a workload kind is one folder plus one registration, and every stage follows it.

A tiny kind (a ConfigMap-only `NOTE`) lives only in this file; registering it makes it flow through
loading, rendering, the gates, the union JSON Schema and the TypeScript declarations, the Backstage
catalog and dist/ without any change to the library.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Annotated, Literal

import pytest
import yaml
from cdk8s_plus_27 import k8s
from conftest import PROJECT, REPO, WORKLOADS
from pydantic import Field, StringConstraints

from ai_workloads import registry
from ai_workloads._parts.metadata import WorkloadMetadata
from ai_workloads._values.base import WorkloadValues
from ai_workloads.platform.outputs import platform_files
from ai_workloads.platform.schemas import UNION_SCHEMA_FILE
from ai_workloads.platform.settings import argocd_settings
from ai_workloads.synth.cli import main
from constructs import Construct


class NoteValues(WorkloadValues):
    """A note stored in a ConfigMap (test-only kind)."""

    model_config = WorkloadValues.model_config | {"title": "NoteSchema"}
    NAME_FIELD = "note_name"

    type: Literal["NOTE"]
    note_name: Annotated[str, StringConstraints(pattern=r"^[a-z][-a-z0-9]{0,62}$")]
    namespace: Annotated[str, StringConstraints(pattern=r"^[a-z][-a-z0-9]{0,40}$")]
    text: str = Field(min_length=1)


class Note(Construct):
    def __init__(self, scope: Construct, id: str, *, values: NoteValues) -> None:
        super().__init__(scope, id)
        meta = WorkloadMetadata.of(
            values.note_name, namespace=values.namespace, component="note", version="1", catalog_id=values.note_name
        )
        k8s.KubeConfigMap(self, "Note", metadata=meta.core(values.note_name), data={"note": values.text})


NOTE_KIND = registry.WorkloadKind(
    values=NoteValues,
    construct=Note,
    catalog_entry=lambda values: registry.CatalogEntry(description=f"A note: {values.text}", tags=("note",)),
)


@pytest.fixture
def note_kind():
    registry.register(NOTE_KIND)
    yield NOTE_KIND
    registry.unregister("NOTE")


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project copy with the example workloads plus one NOTE file, run from its root."""
    shutil.copytree(WORKLOADS, tmp_path / "workloads")
    shutil.copy(PROJECT / "cdk8s.yaml", tmp_path / "cdk8s.yaml")
    (tmp_path / "node_modules").symlink_to(REPO / "node_modules")
    (tmp_path / "workloads" / "hello.yaml").write_text("type: NOTE\nnoteName: hello\nnamespace: notes\ntext: hi\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_built_in_kinds_are_registered_by_their_folders():
    assert [kind.type for kind in registry.kinds()] == ["ML_INFERENCE_LOAD", "MLSERVER_RELEASE"]


def test_a_type_is_registered_once(note_kind):
    with pytest.raises(ValueError, match="workload type 'NOTE' is already registered"):
        registry.register(note_kind)


def test_an_unregistered_type_names_the_registered_ones(project, capsys):
    # GIVEN the NOTE file but no NOTE kind  WHEN synthesizing  THEN the file is refused by type
    assert main(["--no-platform-files"]) == 1
    assert (
        "workloads/hello.yaml: type: 'NOTE' is not a workload type; valid types: ML_INFERENCE_LOAD, MLSERVER_RELEASE"
    ) in capsys.readouterr().err.splitlines()


def test_a_registered_kind_flows_through_every_stage(project, note_kind, capsys):
    # WHEN synthesizing with the kind registered (dist/ and the platform files)
    assert main([]) == 0, capsys.readouterr().err
    # THEN it is rendered and gated into dist/
    manifests = list(yaml.safe_load_all((project / "dist/hello.k8s.yaml").read_text()))
    assert [(m["kind"], m["metadata"]["name"], m["data"]) for m in manifests] == [
        ("ConfigMap", "hello", {"note": "hi"})
    ]
    # AND it has its own JSON Schema, is a member of the union and of the TypeScript declarations
    assert json.loads((project / "schemas/note.schema.json").read_text())["title"] == "NoteSchema"
    union = json.loads((project / "schemas" / UNION_SCHEMA_FILE).read_text())
    assert union["discriminator"]["mapping"]["NOTE"] == "#/definitions/NoteSchema"
    assert "export interface NoteSchema {" in (project / "schemas/workload.d.ts").read_text()
    # AND the Backstage catalog has its Component, listed in the Location
    component = yaml.safe_load((project / ".cat/backstage/components/hello.yaml").read_text())
    assert component["metadata"]["description"] == "A note: hi" and component["metadata"]["tags"] == ["note"]
    location = yaml.safe_load((project / ".cat/backstage/location.yaml").read_text())
    assert "./components/hello.yaml" in location["spec"]["targets"]


def test_a_registered_kinds_bad_file_is_reported_by_field(project, note_kind, capsys):
    (project / "workloads" / "hello.yaml").write_text("type: NOTE\nnoteName: Hello\nnamespace: notes\ntext: hi\n")
    assert main(["--no-platform-files"]) == 1
    # a pattern the project has no words for is never printed as a regex
    assert (
        "workloads/hello.yaml:2:1: noteName: does not have the form this field needs (see its description in schemas/)"
        in capsys.readouterr().err.splitlines()
    )


def test_a_registered_kinds_rendered_objects_are_gated(project, note_kind, capsys):
    # GIVEN a NOTE that renders a ConfigMap named like an MLServer app's settings in the same namespace
    (project / "workloads" / "hello.yaml").write_text(
        "type: NOTE\nnoteName: fraud-scoring-ai-workloads-mlserver-a-settings\nnamespace: ml-serving\ntext: hi\n"
    )
    # THEN the cross-object gate refuses the second object of that name
    assert main(["--no-platform-files"]) == 1
    err = capsys.readouterr().err
    assert (
        "ConfigMap/fraud-scoring-ai-workloads-mlserver-a-settings.metadata.name: ConfigMap "
        "'fraud-scoring-ai-workloads-mlserver-a-settings' in namespace 'ml-serving'"
    ) in err


def test_the_schemas_of_the_platform_files_include_a_registered_kind(note_kind):
    files = platform_files([], argocd_settings(PROJECT / "cdk8s.yaml"))
    assert "note.schema.json" in files.schemas


def test_tsc_accepts_the_declarations_with_a_test_kind(project, note_kind, capsys):
    assert main([]) == 0
    result = subprocess.run(
        [str(REPO / "node_modules/.bin/tsc"), "--noEmit", "--strict", str(project / "schemas/workload.d.ts")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout
