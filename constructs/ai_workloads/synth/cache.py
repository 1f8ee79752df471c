"""Incremental, content-addressed synthesis: a workload whose output cannot have changed is not rendered again.

Each workload file's key is a sha256 over the file's display path and bytes and the *context*: the
library fingerprint (every file of the ai_workloads package and of the generated imports, CRD schemas
included, the Pipfile.lock beside the library source and the installed versions of the library's
dependencies), the Python version, the Kubernetes version
validated against, the Argo CD settings its Application is rendered with (None with
--no-platform-files) and the reserved namespace patterns. Whatever changes any of these changes the key.

An entry (`.cache/ai-workloads/<key>.entry` under the project root, i.e. the working directory) holds
everything derived from that one file: its validated values (LoadedWorkload: name, namespace and
name field, the values themselves pickled and decoded only if used) and its rendering
(RenderedWorkload: manifests, dist/ YAML, cluster, Application and its YAML, Backstage Component),
stored with `marshal` (plain data: loading it looks up no classes, the cost of a reused workload). Only successful
syntheses are cached, so an entry carries no gate errors. The cross-file rules (duplicate names,
reserved namespaces, cross-object and host-claim checks) always run over the whole set, hits included.

Entries are written only after the whole synthesis succeeded and its outputs were written (an
interrupted or failed run leaves nothing to trust), each atomically (temp file + os.replace), with a
header carrying a checksum of the payload: a corrupt or truncated entry fails the check and is ignored
(the workload is rendered again and the entry rewritten). The cache is only ever an optimisation:
any problem reading or writing it means rendering again, never a failed synthesis.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import marshal
import os
import pickle
import stat
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from ai_workloads.errors import one_line
from ai_workloads.files.workload_yaml import read_at_most
from ai_workloads.platform.settings import ArgoCdSettings
from ai_workloads.stage_types import LoadedWorkload, RenderedWorkload

CACHE_DIR = Path(".cache/ai-workloads")
ENTRY_SUFFIX = ".entry"
RECORD_FILE = "last-run"  # what the last successful run read and wrote (SynthCache.unchanged_since_last_run)
# Bump when the entry layout or what a key covers changes.
FORMAT = "ai-workloads-cache 2"
_MAGIC = FORMAT.encode() + b" "
_TEMP_PREFIX = ".tmp-"
# An entry is 15 to 40 kB, the record about 100 bytes per output file: anything larger is not ours.
MAX_ENTRY_BYTES = 64 * 1024 * 1024
_STALE_TEMP_SECONDS = 3600


def library_files() -> list[tuple[str, Path]]:
    """(label, path) of every file the rendering depends on besides the workload file: the ai_workloads
    package, the generated imports (ai_workloads_imports, with crd_schemas/) and the Pipfile.lock of the
    source tree (absent in an installed wheel). Compiled bytecode is left out (it follows the sources)."""
    import ai_workloads

    roots = [("ai_workloads", Path(ai_workloads.__file__).parent)]
    try:  # by name: the package exists only in an installed wheel (setup.py), not for the type checker
        generated = importlib.import_module("ai_workloads_imports")
        roots += [("ai_workloads_imports", Path(location)) for location in generated.__path__]
    except ImportError:
        pass
    files: list[tuple[str, Path]] = []
    for label, root in roots:
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(name for name in dirs if name != "__pycache__")
            for name in sorted(names):
                if name.endswith((".pyc", ".pyo")):
                    continue
                path = Path(folder) / name
                files.append((f"{label}/{path.relative_to(root).as_posix()}", path))
    lock = roots[0][1].parent.parent / "Pipfile.lock"
    if lock.is_file():
        files.append(("Pipfile.lock", lock))
    return files


def dependency_versions() -> list[str]:
    """`name==version` of the installed distributions ai-workloads requires (what Pipfile.lock pins in
    the source tree; in an installed wheel, the only record of them)."""
    import importlib.metadata
    import re

    try:
        requirements = importlib.metadata.requires("ai-workloads") or []
    except importlib.metadata.PackageNotFoundError:
        return []
    versions = []
    for requirement in requirements:
        name = re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0]
        try:
            versions.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name} missing")
    return sorted(versions)


def library_fingerprint() -> str:
    """sha256 over the names and bytes of `library_files()` and the `dependency_versions()`."""
    digest = hashlib.sha256()
    digest.update("\n".join(dependency_versions()).encode() + b"\0")
    for label, path in library_files():
        try:
            data = path.read_bytes()
        except OSError:
            data = b"<unreadable>"
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _sha256(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
        digest.update(f"{len(data)}:".encode())
        digest.update(data)
    return digest.hexdigest()


def _settings_text(argocd: ArgoCdSettings | None) -> str:
    return "null" if argocd is None else json.dumps(asdict(argocd), sort_keys=True)


@dataclass
class SynthCache:
    """The cache of one synthesis: looks entries up while loading, and keeps the new ones until `commit`."""

    folder: Path
    context: str  # sha256 of everything but the workload file
    library: str  # the library fingerprint
    _pending: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)  # every key this run asked for or stored (never pruned)

    @classmethod
    def open(
        cls,
        folder: Path = CACHE_DIR,
        *,
        kubernetes_version: str,
        argocd: ArgoCdSettings | None,
        reserved_namespaces: Sequence[str],
    ) -> SynthCache:
        from ai_workloads.gates.settings import crds_required

        library = library_fingerprint()
        context = _sha256(
            FORMAT,
            sys.version,
            library,
            kubernetes_version,
            _settings_text(argocd),
            json.dumps(list(reserved_namespaces)),
            f"crds required: {crds_required()}",
        )
        return cls(folder=folder, context=context, library=library)

    # --- keys --------------------------------------------------------------------------------------

    def workload_key(self, file: str, data: bytes) -> str:
        return _sha256(self.context, "workload", file, data)

    def root_application_key(self, argocd: ArgoCdSettings, source: str) -> str:
        return self.text_key("root-application", _settings_text(argocd), source)

    def text_key(self, *parts: str | bytes) -> str:
        """The key of a text derived from the library and `parts` only (the root Application, the
        TypeScript declarations): stored and looked up like a workload's entry, as a text."""
        return _sha256(FORMAT, sys.version, self.library, *parts)

    def tree_key(self, keys: Sequence[str], outputs: Sequence[Path]) -> str:
        """The key of a whole synthesis: every workload key in order, and where its outputs go."""
        return _sha256(self.context, "tree", "\0".join(str(path.absolute()) for path in outputs), *keys)

    # --- the record of the last run ------------------------------------------------------------------

    def unchanged_since_last_run(self, tree: str, outputs: Sequence[Path]) -> bool:
        """Whether the last successful run had exactly these inputs (`tree`) and every file under
        `outputs` is still the one it wrote (same names, sizes, times and inodes): then this run would
        write the same bytes, and it can stop here."""
        record = _read_pair(self.folder / RECORD_FILE)
        if record is None:
            return False
        recorded_tree, listing = record
        return bool(recorded_tree == tree and listing == output_listing(outputs))

    def record_run(self, tree: str | None, outputs: Sequence[Path]) -> None:
        """After a successful run (outputs written): what `unchanged_since_last_run` compares with.
        Without a tree key (a file that could not be keyed) any previous record is removed."""
        path = self.folder / RECORD_FILE
        try:
            if tree is None:
                path.unlink(missing_ok=True)
                return
            payload = marshal.dumps((tree, output_listing(outputs)))
            self._write_atomically(path, payload)
        except (OSError, ValueError):
            pass

    def forget_run(self) -> None:
        """Before outputs are written: a run interrupted while writing leaves no record to trust."""
        try:
            (self.folder / RECORD_FILE).unlink(missing_ok=True)
        except OSError:
            pass

    def _write_atomically(self, path: Path, payload: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        temp = self.folder / f"{_TEMP_PREFIX}{os.getpid()}-{path.name}"
        try:
            with open(temp, "wb") as handle:
                handle.write(_MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n")
                handle.write(payload)
            os.replace(temp, path)
        finally:
            if temp.exists():
                temp.unlink()

    # --- entries -----------------------------------------------------------------------------------

    def has(self, key: str) -> bool:
        """Whether an entry is stored under `key` (it may still turn out damaged: `lookup` checks)."""
        self.used.add(key)
        return os.path.exists(self.folder / f"{key}{ENTRY_SUFFIX}")

    def lookup(self, key: str, *, workload: str | None = None) -> Any | None:
        """The value stored under `key`, or None (absent, corrupt, truncated, from another format, not a
        regular file, larger than MAX_ENTRY_BYTES). With `workload` (its file as shown), the entry must
        be that workload's values and rendering; without, a text. An entry whose checksum holds but
        whose value is anything else is a miss too, with a notice on stderr (it is rendered again and
        the entry rewritten)."""
        self.used.add(key)
        path = self.folder / f"{key}{ENTRY_SUFFIX}"
        entry = _read_pair(path)
        if entry is None:
            return None
        stored_key, value = entry
        if stored_key != key:
            return None
        decoded = _decode(value, workload)
        if decoded is None:
            what = f"the values and rendering of {workload}" if workload is not None else "a text"
            print(one_line(f"notice: cache entry {path} does not hold {what}: ignored"), file=sys.stderr)
        return decoded

    def remember(self, key: str, value: Any) -> None:
        """Keep `value` to be written under `key` by `commit` (after the synthesis succeeded)."""
        self.used.add(key)
        self._pending[key] = value

    def commit(self) -> None:
        """Write the remembered entries, each atomically; problems only cost a re-render next time."""
        if not self._pending:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _remove_stale_temps(self.folder)
            for key, value in self._pending.items():
                try:
                    payload = marshal.dumps((key, _encode(value)))
                except ValueError:  # a value marshal cannot store: not cached (rendered again next time)
                    continue
                self._write_atomically(self.folder / f"{key}{ENTRY_SUFFIX}", payload)
        except (OSError, pickle.PicklingError, TypeError, AttributeError):
            pass
        self._pending.clear()


def output_listing(roots: Sequence[Path]) -> list[tuple[Any, ...]]:
    """Every file and folder under each of `roots`: (root, relative path, type, size, mtime, ctime, inode),
    sorted. A file rewritten, replaced, added or removed changes it (ctime changes with any write)."""
    listing: list[tuple[Any, ...]] = []
    for root in roots:
        try:
            info = os.stat(root)
        except OSError:
            listing.append((str(root), "", "missing"))
            continue
        listing.append((str(root), "", "root", info.st_ino, info.st_ctime_ns))
        for folder, dirs, names in os.walk(root):
            dirs.sort()
            relative = os.path.relpath(folder, root)
            for name in sorted(names) + dirs:
                try:
                    entry = os.lstat(os.path.join(folder, name))
                except OSError:
                    listing.append((str(root), os.path.join(relative, name), "gone"))
                    continue
                listing.append(
                    (
                        str(root),
                        os.path.join(relative, name),
                        entry.st_mode,
                        entry.st_size,
                        entry.st_mtime_ns,
                        entry.st_ctime_ns,
                        entry.st_ino,
                    )
                )
    return listing


_RENDERED_FIELDS = tuple(item.name for item in fields(RenderedWorkload))


def _encode(value: Any) -> tuple[Any, ...]:
    """An entry's value as data `marshal` stores (fast to load: no classes are looked up): a workload
    (its summary, its values pickled, its rendering) or a text."""
    if isinstance(value, str):
        return ("text", value)
    workload, item = value
    # The Application's manifest was checked by the gates when rendered; what is reused is its YAML.
    item = replace(item, application=None)
    return (
        "workload",
        workload.file,
        workload.name,
        workload.namespace,
        workload.name_field,
        workload.pickled_values(),
        tuple(getattr(item, name) for name in _RENDERED_FIELDS),
    )


def _decode(value: Any, workload: str | None) -> Any:
    """What `_encode` stored, when it is exactly what the key promises (a text, or with `workload` that
    file's entry, every field of the type it is written with); None for anything else."""
    if workload is None:
        return (
            value[1]
            if type(value) is tuple and len(value) == 2 and value[0] == "text" and type(value[1]) is str
            else None
        )
    if not (type(value) is tuple and len(value) == 7 and value[0] == "workload"):
        return None
    _, file, name, namespace, name_field, pickled, item = value
    if (
        file != workload
        or not all(type(part) is str for part in (name, namespace, name_field))
        or type(pickled) is not bytes
    ):
        return None
    if not (
        type(item) is tuple
        and len(item) == len(_RENDERED_FIELDS)
        and _valid_rendering(dict(zip(_RENDERED_FIELDS, item)))
    ):
        return None
    rendered = RenderedWorkload(*item)
    if rendered.file != file or rendered.name != name:
        return None
    return LoadedWorkload(file, pickled=pickled, name=name, namespace=namespace, name_field=name_field), rendered


def _valid_rendering(fields_: dict[str, Any]) -> bool:
    """The fields of a stored RenderedWorkload have the types it is written with."""
    optional_str = (str, type(None))
    component = fields_["catalog_component"]
    return (
        type(fields_["file"]) is str
        and type(fields_["name"]) is str
        and type(fields_["cluster"]) is str
        and type(fields_["manifests"]) is list
        and all(type(item) is dict for item in fields_["manifests"])
        and isinstance(fields_["yaml_text"], optional_str)
        and isinstance(fields_["application_yaml"], optional_str)
        and fields_["application"] is None
        and (
            component is None
            or (type(component) is tuple and len(component) == 2 and all(type(part) is str for part in component))
        )
    )


def _read_checked(path: Path) -> bytes | None:
    """The payload of a cache file whose header checksum holds; None for anything else. Only a regular
    file (not a link, a pipe or a device: opened without following links and without waiting for a
    writer) of at most MAX_ENTRY_BYTES is read."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOCTTY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None
        blob = read_at_most(descriptor, MAX_ENTRY_BYTES)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    if blob is None:
        return None
    header, newline, payload = blob.partition(b"\n")
    if not newline or header != _MAGIC + hashlib.sha256(payload).hexdigest().encode():
        return None
    return payload


def _read_pair(path: Path) -> tuple[Any, Any] | None:
    """The two values of a cache file (`_read_checked`, then unmarshalled); None when the file is not
    there, damaged, or holds anything but a pair."""
    payload = _read_checked(path)
    if payload is None:
        return None
    try:
        first, second = marshal.loads(payload)
    except Exception:
        return None
    return first, second


def _remove_stale_temps(folder: Path) -> None:
    """Temp files of killed runs (never trusted: only `*.entry` files are read)."""
    now = time.time()
    for entry in os.scandir(folder):
        if entry.name.startswith(_TEMP_PREFIX):
            try:
                if now - entry.stat(follow_symlinks=False).st_mtime > _STALE_TEMP_SECONDS:
                    os.unlink(entry.path)
            except OSError:
                pass
