"""`python -m ai_workloads.repo_check` (`make ci`): the gate a team's repository runs in CI.

For whatever workload files the repository holds, in this order, stopping at the first failing step:

1. validate every file of workloads/ and synthesize all of them into a scratch copy of the project
   (the committed files are never touched): an invalid file fails with `<file>: <field path>: <message>`;
2. compare what that synthesis wrote with the committed outputs (dist/, argocd/, schemas/,
   .cat/backstage/): any file that differs, is missing or is left over is named with what to do
   (`make synth`, then commit);
3. the safety gates over the committed dist/ and argocd/ (`python -m ai_workloads.check`);
4. the policy scanner (checkov, `gates/checkov_run.py`), unless `--checkov` is given as an empty string.

Exit 0 when every step passed, 1 otherwise. The tool's own tests (`make test`) do not depend on the
repository's workloads: they run on tests/fixtures/.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

# What `make synth` writes; the committed copies must equal a fresh synthesis.
OUTPUT_FOLDERS = ("dist", "argocd", "schemas", ".cat/backstage")
DEFAULT_CHECKOV = Path("tools/checkov/.venv/bin/checkov")
FIX = "run `make synth` and commit dist/, argocd/, schemas/ and .cat/backstage/"


def _files(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _first_difference(committed: bytes, produced: bytes) -> str:
    old, new = committed.decode("utf-8", "replace").splitlines(), produced.decode("utf-8", "replace").splitlines()
    for tag, i1, _i2, j1, _j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag != "equal":
            was = repr(old[i1]) if i1 < len(old) else "end of file"
            now = repr(new[j1]) if j1 < len(new) else "end of file"
            return f"line {i1 + 1}: committed {was}, the workload files produce {now}"
    return "differs in line endings or trailing bytes"


def output_differences(project: Path, synthesized: Path) -> list[str]:
    """One `<path>: <message>` line per output file of `project` that is not what `synthesized` holds."""
    problems = []
    for folder in OUTPUT_FOLDERS:
        committed, produced = _files(project / folder), _files(synthesized / folder)
        for name in sorted(committed.keys() | produced.keys()):
            path = f"{folder}/{name}"
            if name not in committed:
                problems.append(f"{path}: missing: the workload files produce it but it is not committed; {FIX}")
            elif name not in produced:
                problems.append(f"{path}: stale: no workload file produces it any more; {FIX}")
            elif committed[name] != produced[name]:
                problems.append(f"{path}: {_first_difference(committed[name], produced[name])}; {FIX}")
    return problems


def synthesize_copy(project: Path, scratch: Path) -> subprocess.CompletedProcess[str]:
    """Synthesize `project`'s workload files into `scratch` (a copy holding only the inputs)."""
    shutil.copytree(project / "workloads", scratch / "workloads")
    shutil.copy(project / "cdk8s.yaml", scratch / "cdk8s.yaml")
    if (project / "node_modules").is_dir():  # json2ts writes schemas/workload.d.ts
        (scratch / "node_modules").symlink_to((project / "node_modules").resolve())
    command = (
        [sys.executable, str(project / "main.py")]
        if (project / "main.py").is_file()
        else [sys.executable, "-c", "import sys; from ai_workloads.synth.cli import main; sys.exit(main(sys.argv[1:]))"]
    )
    return subprocess.run([*command, "--no-cache"], cwd=scratch, capture_output=True, text=True)


def _step(line: str) -> None:
    print(f"ci: {line}", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ai_workloads.repo_check", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--project", type=Path, default=Path("."), help="the repository root (holds workloads/, cdk8s.yaml)"
    )
    parser.add_argument(
        "--checkov",
        default=str(DEFAULT_CHECKOV),
        help="checkov executable (relative to the project); an empty string skips the policy scanner",
    )
    args = parser.parse_args(argv)
    project = args.project.resolve()
    for needed in ("workloads", "cdk8s.yaml"):
        if not (project / needed).exists():
            print(f"{project / needed}: not found: run from the repository root (or pass --project)", file=sys.stderr)
            return 1

    _step("1/4 validate and synthesize every workload file (in a scratch copy)")
    with tempfile.TemporaryDirectory(prefix="ai-workloads-ci-") as scratch_name:
        scratch = Path(scratch_name)
        result = synthesize_copy(project, scratch)
        if result.returncode != 0:
            sys.stderr.write(result.stderr)
            print("ci: failed: fix the workload files above", file=sys.stderr)
            return 1
        _step("2/4 compare with the committed outputs")
        problems = output_differences(project, scratch)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"ci: failed: {len(problems)} committed output file(s) differ from the workload files", file=sys.stderr)
        return 1

    _step("3/4 safety gates over the committed dist/ and argocd/")
    gates = subprocess.run([sys.executable, "-m", "ai_workloads.check", "dist", "--argocd", "argocd"], cwd=project)
    if gates.returncode != 0:
        return 1
    if not args.checkov:
        _step("4/4 policy scanner skipped (--checkov '')")
        return 0
    checkov = project / args.checkov
    if not checkov.exists():
        print(f"{args.checkov}: not installed: run `make ci` (it installs checkov's environment)", file=sys.stderr)
        return 1
    _step("4/4 policy scanner (checkov)")
    scan = subprocess.run(
        [sys.executable, "-m", "ai_workloads.gates.checkov_run", "--checkov", str(checkov), "dist"], cwd=project
    )
    return 0 if scan.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
