"""`make synth`'s prerequisites step (ai_workloads.synth.prerequisites_step) writes the bytes of
`platform.prerequisites --write`, with no memo, with a warm memo, after a file changed and with a damaged memo."""

from __future__ import annotations

import marshal
import os
import shutil
from pathlib import Path

import pytest

from ai_workloads.platform import prerequisites
from ai_workloads.synth import prerequisites_step

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "fixtures" / "project"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("dist", "argocd"):
        shutil.copytree(FIXTURE / name, tmp_path / name)
    (tmp_path / ".cache" / "ai-workloads").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def expected(project: Path) -> str:
    return prerequisites.to_yaml(prerequisites.compute(project / "dist", project / "argocd"))


def memo_values(project: Path) -> dict[str, object]:
    stored = marshal.loads((project / ".cache" / "ai-workloads" / prerequisites_step.MEMO_FILE).read_bytes())
    assert isinstance(stored, dict)
    values = stored["values"]
    assert isinstance(values, dict)
    return values


def test_same_bytes_cold_and_warm(project: Path) -> None:
    target = project / "prerequisites.yaml"
    assert prerequisites_step.write(target) is True
    assert target.read_text() == expected(project)
    files = len(prerequisites.workload_files(project / "dist")) + len(
        prerequisites.application_files(project / "argocd")
    )
    assert len(memo_values(project)) == files
    assert prerequisites_step.write(target) is False  # the same bytes: not written again
    assert target.read_text() == expected(project)


def test_a_changed_file_is_computed_again(project: Path) -> None:
    target = project / "prerequisites.yaml"
    prerequisites_step.write(target)
    changed = project / "dist" / "llama-3-8b-instruct.k8s.yaml"
    changed.write_text(changed.read_text().replace("nvidia.com/gpu: 1\n", "nvidia.com/gpu: 3\n"))
    before = target.read_text()
    assert prerequisites_step.write(target) is True
    assert target.read_text() == expected(project) != before


def test_removed_workload_leaves_the_memo(project: Path) -> None:
    target = project / "prerequisites.yaml"
    prerequisites_step.write(target)
    size = len(memo_values(project))
    min(prerequisites.workload_files(project / "dist")).unlink()
    prerequisites_step.write(target)
    assert target.read_text() == expected(project)
    assert len(memo_values(project)) == size - 1


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", marshal.dumps({"code": "other", "values": {"x": 1}})])
def test_damaged_or_foreign_memo_is_empty(project: Path, damage: bytes) -> None:
    target = project / "prerequisites.yaml"
    (project / ".cache" / "ai-workloads" / prerequisites_step.MEMO_FILE).write_bytes(damage)
    prerequisites_step.write(target)
    assert target.read_text() == expected(project)


def test_no_cache_folder_computes_everything(project: Path) -> None:
    shutil.rmtree(project / ".cache")
    target = project / "prerequisites.yaml"
    prerequisites_step.write(target)
    assert target.read_text() == expected(project)
    assert not (project / ".cache").exists()


def test_refresh_skips_only_a_current_file(project: Path) -> None:
    target = project / "prerequisites.yaml"
    record = project / ".cache" / "ai-workloads" / prerequisites_step.RECORD_FILE
    record.write_text("a run")  # the record of a run, older than the computation below
    assert prerequisites_step.refresh(target) is True
    target.write_text("edited\n")
    stamp = project / ".cache" / "ai-workloads" / prerequisites_step.STAMP_FILE
    os.utime(target, ns=(stamp.stat().st_mtime_ns - 1,) * 2)  # an edit the stamp is newer than: trusted
    assert prerequisites_step.refresh(target) is False
    assert prerequisites_step.refresh(target, force=True) is True  # --no-cache: no record to trust
    assert target.read_text() == expected(project)
    target.write_text("edited\n")  # touched after the stamp: computed again
    os.utime(target, ns=(stamp.stat().st_mtime_ns + 1,) * 2)
    assert prerequisites_step.refresh(target) is True
    os.utime(record, ns=(stamp.stat().st_mtime_ns + 1,) * 2)  # a newer run record: computed again
    target.write_text("edited\n")
    os.utime(target, ns=(stamp.stat().st_mtime_ns - 1,) * 2)
    assert prerequisites_step.refresh(target) is True
    assert target.read_text() == expected(project)


# --- after a synthesis: the objects it still holds -------------------------------------------------------


def test_a_synthesis_hands_over_its_objects_and_they_are_what_the_files_read_back_as(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ai_workloads.synth import cli

    shutil.copytree(FIXTURE / "workloads", tmp_path / "workloads")
    shutil.copy(FIXTURE / "cdk8s.yaml", tmp_path / "cdk8s.yaml")
    (tmp_path / "node_modules").symlink_to(REPO / "node_modules")
    monkeypatch.chdir(tmp_path)
    handed: list[prerequisites_step.InMemory] = []
    original = prerequisites_step.in_memory

    def spy(synthesis: object, argocd: Path = Path("argocd")) -> prerequisites_step.InMemory:
        handed.append(original(synthesis, argocd))  # type: ignore[arg-type]
        return handed[-1]

    monkeypatch.setattr(prerequisites_step, "in_memory", spy)
    # WHEN make synth runs from no cache (every workload rendered now)
    assert cli.main(["--prerequisites", "prerequisites.yaml"]) == 0
    # THEN every dist/ and argocd/apps/ file came with its objects, and those are what the file parses to
    (known,) = handed
    dist_names = {prerequisites.workload_name(p) for p in prerequisites.workload_files(tmp_path / "dist")}
    apps = {str(Path("argocd") / "apps" / f"{name}.yaml") for name in dist_names}
    assert len(dist_names) == len(list((FIXTURE / "workloads").glob("*.yaml"))) > 1
    assert set(known) == dist_names | apps
    for name, (text, objects) in known.items():
        on_disk = (Path("dist") / f"{name}.k8s.yaml") if name in dist_names else Path(name)
        assert on_disk.read_text() == text, name
        assert prerequisites.parse_objects(text) == objects, name
    # AND prerequisites.yaml has the bytes computed from the files alone
    assert Path("prerequisites.yaml").read_text() == expected(tmp_path)


def test_objects_held_for_other_bytes_are_not_used(project: Path) -> None:
    name = prerequisites.workload_name(prerequisites.workload_files(project / "dist")[0])
    stale: prerequisites_step.InMemory = {name: ("kind: Stale\n", [{"kind": "Stale"}])}
    memo = prerequisites_step.Memo(None, prerequisites_step.code_key())
    text = prerequisites_step.render(Path("dist"), Path("argocd"), memo, stale)
    assert text == expected(project)
