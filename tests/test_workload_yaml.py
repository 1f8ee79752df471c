"""files/workload_yaml.py: bounded reading and YAML 1.2 parsing of one workload file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import WORKLOADS

from ai_workloads.errors import WorkloadErrors
from ai_workloads.files import workload_yaml
from ai_workloads.files.workload_yaml import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_NODES,
    MAX_TEXT_CHARS,
    parse_workload_yaml,
    read_workload_document,
)


def problem(text: str) -> str:
    """The one error line for `text`."""
    with pytest.raises(WorkloadErrors) as raised:
        parse_workload_yaml(text, "w.yaml")
    assert len(raised.value.errors) == 1
    return str(raised.value.errors[0])


def read_problem(path: Path) -> str:
    with pytest.raises(WorkloadErrors) as raised:
        read_workload_document(path, "w.yaml")
    return str(raised.value.errors[0])


def is_json_compatible(value) -> bool:
    if isinstance(value, dict):
        return all(isinstance(key, str) and is_json_compatible(item) for key, item in value.items())
    if isinstance(value, list):
        return all(is_json_compatible(item) for item in value)
    return value is None or isinstance(value, (str, int, float, bool))


# --- documents that are read ---------------------------------------------------------------------------


@pytest.mark.parametrize("example", sorted(p.name for p in WORKLOADS.glob("*.yaml")))
def test_every_example_reads_as_json_compatible_data(example):
    # GIVEN an example workload  WHEN read  THEN only JSON types, and JSON round-trips it unchanged
    document = read_workload_document(WORKLOADS / example, example)
    assert is_json_compatible(document)
    assert json.loads(json.dumps(document)) == document


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("true", True),
        ("False", False),
        ("TRUE", True),
        ("null", None),
        ("~", None),
        ("", None),
        ("42", 42),
        ("-7", -7),
        ("+3", 3),
        ("0", 0),
        ("0x1F", 31),
        ("1.5", 1.5),
        ("1.", 1.0),
        (".5", 0.5),
        ("1.0e+3", 1000.0),
        (".inf", float("inf")),
        ("-.Inf", float("-inf")),
        ("hello", "hello"),
        ("3.3.4", "3.3.4"),
        ("8080:80", "8080:80"),
        ("group:default/ml-platform", "group:default/ml-platform"),
        ("'yes'", "yes"),
        ('"010"', "010"),
        ("'2024-01-01'", "2024-01-01"),
        ("'1:20'", "1:20"),
        ("!!str 010", "010"),
        ("! 2024-01-01", "2024-01-01"),
        ("!!int '12'", 12),
        ("!!float 1", 1.0),
        ("|\n  yes\n", "yes\n"),
    ],
)
def test_plain_and_quoted_values_follow_the_yaml_1_2_core_schema(text, value):
    # GIVEN a value YAML 1.1 and 1.2 agree on (or a quoted/tagged one)  WHEN parsed  THEN the 1.2 value
    assert parse_workload_yaml(f"v: {text}", "w.yaml") == {"v": value}


def test_nan_is_a_float():
    assert parse_workload_yaml("v: .NaN", "w.yaml")["v"] != parse_workload_yaml("v: .NaN", "w.yaml")["v"]


def test_an_alias_is_expanded_into_a_copy():
    # GIVEN a list used twice through an alias  WHEN parsed  THEN two equal, independent lists (a tree)
    document = parse_workload_yaml("a: &x [1, {b: 2}]\nc: *x\n", "w.yaml")
    assert document == {"a": [1, {"b": 2}], "c": [1, {"b": 2}]}
    assert document["a"] is not document["c"] and document["a"][1] is not document["c"][1]


def test_nesting_of_exactly_max_depth_is_read():
    text = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    document = parse_workload_yaml(text, "w.yaml")
    for _ in range(MAX_DEPTH - 1):
        document = document[0]
    assert document == []


# --- YAML 1.1 values, tags and keys ---------------------------------------------------------------------


@pytest.mark.parametrize("word", ["yes", "Yes", "YES", "yEs", "no", "NO", "on", "On", "off", "OFF", "y", "Y", "n", "N"])
def test_every_yaml_1_1_boolean_word_is_refused_in_any_case(word):
    assert problem(f"v: {word}") == (
        f"w.yaml: v: unquoted {word} is a boolean in YAML 1.1 but a string in YAML 1.2: write true or false, "
        f'or quote it: "{word}" (line 1, column 4)'
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "010",
            'unquoted 010 is the number 8 (octal) in YAML 1.1 but the number 10 in YAML 1.2: write the number without leading zeros, or quote it: "010"',
        ),
        (
            "08",
            'unquoted 08 is a string in YAML 1.1 but the number 8 in YAML 1.2: write the number without leading zeros, or quote it: "08"',
        ),
        ("1:20", 'unquoted 1:20 is the number 80 (base 60) in YAML 1.1 but a string in YAML 1.2: quote it: "1:20"'),
        (
            "190:20:30",
            'unquoted 190:20:30 is the number 685230 (base 60) in YAML 1.1 but a string in YAML 1.2: quote it: "190:20:30"',
        ),
        ("2024-01-01", 'unquoted 2024-01-01 is a date in YAML 1.1 but a string in YAML 1.2: quote it: "2024-01-01"'),
        (
            "2024-01-01 10:00:00",
            'unquoted 2024-01-01 10:00:00 is a timestamp in YAML 1.1 but a string in YAML 1.2: quote it: "2024-01-01 10:00:00"',
        ),
        (
            "1_000",
            'unquoted 1_000 is the number 1000 in YAML 1.1 but a string in YAML 1.2: quote it ("1_000") or write it so that both read the same',
        ),
        (
            "1e3",
            'unquoted 1e3 is a string in YAML 1.1 but the number 1000.0 in YAML 1.2: quote it ("1e3") or write it so that both read the same',
        ),
        (
            "0o17",
            'unquoted 0o17 is a string in YAML 1.1 but the number 15 in YAML 1.2: quote it ("0o17") or write it so that both read the same',
        ),
        (
            "0b101",
            'unquoted 0b101 is the number 5 in YAML 1.1 but a string in YAML 1.2: quote it ("0b101") or write it so that both read the same',
        ),
    ],
)
def test_values_yaml_1_1_reads_differently_are_refused_with_a_hint(text, message):
    assert problem(f"v: {text}") == f"w.yaml: v: {message} (line 1, column 4)"


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("!!binary aGk=", "!!binary"),
        ("!!set {a, b}", "!!set"),
        ("!!omap [{a: 1}]", "!!omap"),
        ("!!pairs [{a: 1}]", "!!pairs"),
        ("!!timestamp 2024-01-01", "!!timestamp"),
        ("!!python/name:os.system x", "!!python/name:os.system"),
        ("!!python/object/apply:os.system [ls]", "!!python/object/apply:os.system"),
        ("!custom x", "!custom"),
        ("!<tag:example.com,2024:thing> x", "!<tag:example.com,2024:thing>"),
    ],
)
def test_tags_that_make_anything_but_json_values_are_refused(text, tag):
    assert problem(f"v: {text}") == (
        f"w.yaml: v: tag {tag} is not supported: workload files hold only strings, numbers, booleans, null, "
        "lists and mappings; remove the tag (quote the value if it is text) (line 1, column 4)"
    )


def test_a_core_tag_on_a_value_of_another_type_is_refused():
    assert problem("v: !!int abc") == 'w.yaml: v: !!int "abc" is not a valid !!int (line 1, column 4)'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("? [a, b]\n: 1", "<root>: a key is a list: mapping keys must be strings (line 1, column 3)"),
        ("m:\n  ? {a: 1}\n  : 1", "m: a key is a mapping: mapping keys must be strings (line 2, column 5)"),
        ("m: {1: a}", 'm: key 1 is the number 1: mapping keys must be strings; quote it: "1" (line 1, column 5)'),
        (
            "m: {1.5: a}",
            'm: key 1.5 is the number 1.5: mapping keys must be strings; quote it: "1.5" (line 1, column 5)',
        ),
        (
            "true: a",
            '<root>: key true is the boolean true: mapping keys must be strings; quote it: "true" (line 1, column 1)',
        ),
        ("~: a", '<root>: key ~ is null: mapping keys must be strings; quote it: "~" (line 1, column 1)'),
        ("? \n: a", "<root>: key (empty) is null: mapping keys must be strings (line 1, column 2)"),
        (
            "on: push",
            '<root>: unquoted on is a boolean in YAML 1.1 but a string in YAML 1.2: write true or false, or quote it: "on" (line 1, column 1)',
        ),
        ("a: &l [1]\n*l : 2", "<root>: a key is a list: mapping keys must be strings (line 2, column 1)"),
        ("a: 1\nb:\n  c: 1\n  c: 2", "b.c: duplicate key: first at line 3, again at line 4, column 3"),
        ("a: &k x\nx: 1\n*k : 2", "x: duplicate key: first at line 2, again at line 3, column 1"),
        (
            "base: &b {a: 1}\nm:\n  <<: *b",
            "m: merge key << is YAML 1.1 (YAML 1.2 reads it as a key named '<<'): write the keys out (line 3, column 3)",
        ),
    ],
)
def test_keys_must_be_unique_strings(text, message):
    assert problem(text) == f"w.yaml: {message}"


def test_a_quoted_merge_key_is_an_ordinary_key():
    assert parse_workload_yaml("'<<': 1", "w.yaml") == {"<<": 1}


# --- hostile documents -------------------------------------------------------------------------------


@dataclass
class ParserWork:
    """What libyaml delivered to the reader: events, of which collection starts, and how far into the text
    the last one ends. More than `budget` events fails the test at once (an unbounded reader would
    otherwise scan for tens of seconds)."""

    budget: int
    events: int = 0
    collections: int = 0
    furthest: int = 0


@pytest.fixture
def parser_work(monkeypatch) -> ParserWork:
    """Counts the events libyaml's parser hands the reader (workload_yaml calls yaml.parse)."""
    work = ParserWork(budget=10 * MAX_DEPTH)
    real_parse = yaml.parse

    def counted(stream: str, Loader: Any) -> Iterator[yaml.Event]:
        for event in real_parse(stream, Loader=Loader):
            work.events += 1
            work.collections += isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent))
            work.furthest = max(work.furthest, event.end_mark.index)
            assert work.events <= work.budget, f"the reader asked libyaml for more than {work.budget} events"
            yield event

    monkeypatch.setattr(workload_yaml.yaml, "parse", counted)
    return work


@pytest.mark.parametrize(
    ("text", "column"),
    [("[" * 100_000, 65), ("- " * 100_000 + "x", 129), ("{a: " * 100_000, 257), ("[\n" * 100_000, 1)],
    ids=["flow-lists", "block-lists", "flow-mappings", "one-per-line"],
)
def test_deep_nesting_is_refused_at_the_first_level_past_the_limit_reading_no_further(text, column, parser_work):
    # GIVEN 100 000 nested collections  WHEN read
    message = problem(text)
    # THEN refused at the first collection past MAX_DEPTH
    assert message.startswith(f"w.yaml: <root>: nesting is deeper than {MAX_DEPTH} levels at line ")
    assert message.endswith(f", column {column}")
    # AND libyaml was asked for nothing after it: MAX_DEPTH + 1 collections (and a key before each
    # nested mapping), ending within the first 66 levels' characters of the text
    assert parser_work.collections == MAX_DEPTH + 1
    assert parser_work.events <= 2 * (MAX_DEPTH + 1) + 2
    level = len(text) // 100_000
    assert parser_work.furthest <= level * (MAX_DEPTH + 1)


def test_nesting_through_aliases_is_bounded_too():
    # GIVEN a list 40 deep, used inside a list 40 deep: 80 levels once expanded
    text = "a: &deep " + "[" * 40 + "]" * 40 + "\nb: " + "[" * 39 + "*deep" + "]" * 39
    assert (
        problem(text)
        == f"w.yaml: <root>: nesting is deeper than {MAX_DEPTH} levels through alias *deep at line 2, column 43"
    )


def test_an_alias_bomb_of_long_strings_is_refused_by_its_text_size():
    # GIVEN a 100 000-character string used 100 times through aliases (10 MB once expanded)
    text = f'a: &s "{"x" * 100_000}"\nb: [' + ", ".join(["*s"] * 100) + "]"
    assert problem(text).startswith(
        f"w.yaml: <root>: the document has more than {MAX_TEXT_CHARS} characters of text once its aliases are expanded (an alias bomb?); stopped at line 2"
    )


# Parses stdin in a process whose address space may grow by at most argv[1] MiB past what it has after its
# imports: a reader that expands an alias bomb runs into MemoryError at once instead of taking the machine.
BOUNDED_PARSE = textwrap.dedent(
    """
    import resource, sys
    from ai_workloads.errors import WorkloadErrors
    from ai_workloads.files.workload_yaml import parse_workload_yaml
    text = sys.stdin.read()
    with open("/proc/self/statm") as statm:
        size = int(statm.read().split()[0]) * resource.getpagesize()
    limit = size + int(sys.argv[1]) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        parse_workload_yaml(text, "w.yaml")
    except WorkloadErrors as error:
        print(error.errors[0])
    """
)


def problem_within_memory(text: str, megabytes: int) -> str:
    """The one error line for `text`, parsed in a process allowed `megabytes` MiB more than its imports."""
    if not Path("/proc/self/statm").exists():
        pytest.skip("needs /proc/self/statm to set the memory limit")
    result = subprocess.run(
        [sys.executable, "-c", BOUNDED_PARSE, str(megabytes)], input=text, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr[-2000:]
    return result.stdout.strip()


def billion_laughs(levels: int) -> str:
    """10 "lol"s, each level an anchored list of 10 aliases of the one before: 10**(levels + 1) strings."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 10) + "]" for n in range(1, levels)]
    return "\n".join(lines)


def test_an_alias_bomb_is_refused_within_a_small_memory_budget(parser_work):
    # GIVEN a billion laughs (10**12 strings once expanded) in 12 lines
    text = billion_laughs(12)
    # WHEN read in a process allowed 64 MiB more than its imports (the reader needs about 2)
    message = problem_within_memory(text, 64)
    # THEN it is refused, by the value count, at the fifth line (where the expansion passes MAX_NODES)
    assert message == (
        f"w.yaml: <root>: the document has more than {MAX_NODES} values once its aliases are expanded "
        "(an alias bomb?); stopped at line 5, column 38"
    )
    # AND in this process: libyaml was asked only for the events up to that alias
    assert problem(text) == message
    assert parser_work.events < 12 * (10 + 2) + 3
    assert parser_work.furthest <= sum(len(line) + 1 for line in text.splitlines()[:5])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: &a [*a]", "a[0]: alias *a has no complete anchor &a before it (line 1, column 8)"),
        ("a: *nothing", "a: alias *nothing has no complete anchor &nothing before it (line 1, column 4)"),
        ("a: 1\n---\nb: 2\n---\nc: 3", "<root>: expected one YAML document, found 3: one workload per file"),
        ("a: 1\n---\n" + "[" * 100_000, f"<root>: nesting is deeper than {MAX_DEPTH} levels at line 3, column 65"),
        (
            "a: [",
            "<root>: YAML syntax error at line 2, column 1: did not find expected node content (while parsing a flow node at line 2, column 1)",
        ),
        (
            "a: b\n\x1b[31m",
            "<root>: YAML syntax error at line 2, column 1: character #x001b: control characters are not allowed",
        ),
        (
            "é: b\nc: dé\x07",
            "<root>: YAML syntax error at line 2, column 6: character #x0007: control characters are not allowed",
        ),
        ("v: 1" + "9" * 5000, "v: number 19999999999999999999... has too many digits (line 1, column 4)"),
        ("# only a comment\n", "<root>: file is empty"),
    ],
)
def test_other_bad_documents_get_one_line_messages(text, message):
    assert problem(text) == f"w.yaml: {message}"


# --- reading bytes -------------------------------------------------------------------------------------


def test_a_device_reporting_size_0_is_read_only_up_to_the_limit(tmp_path):
    # GIVEN /dev/zero behind a workload file name (it reports size 0 and never ends)
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    # WHEN read  THEN refused after MAX_FILE_BYTES + 1 bytes
    assert read_problem(tmp_path / "zero.yaml") == (
        f"w.yaml: <root>: file has more than {MAX_FILE_BYTES} bytes; workload files are limited to {MAX_FILE_BYTES} bytes"
    )


def test_the_byte_limit_holds_whatever_size_the_file_system_reports(tmp_path, monkeypatch):
    # GIVEN a large regular file whose reported size is 0 (as /proc and some FUSE files report)
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: 1\n" + b"#" * (2 * MAX_FILE_BYTES))
    real_fstat = os.fstat

    def fstat_reporting_size_0(descriptor):
        info = real_fstat(descriptor)
        return os.stat_result(
            (
                info.st_mode,
                info.st_ino,
                info.st_dev,
                info.st_nlink,
                info.st_uid,
                info.st_gid,
                0,
                info.st_atime,
                info.st_mtime,
                info.st_ctime,
            )
        )

    monkeypatch.setattr(workload_yaml.os, "fstat", fstat_reporting_size_0)
    reads = []
    real_read = os.read
    monkeypatch.setattr(workload_yaml.os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    # WHEN read  THEN refused, having read no more than the limit + 1
    assert read_problem(path).endswith(
        f"file has more than {MAX_FILE_BYTES} bytes; workload files are limited to {MAX_FILE_BYTES} bytes"
    )
    assert sum(reads) <= MAX_FILE_BYTES + 1


def test_a_file_of_exactly_the_limit_is_read(tmp_path):
    path = tmp_path / "full.yaml"
    head = b"a: 1\n"
    path.write_bytes(head + b"#" * (MAX_FILE_BYTES - len(head)))
    assert read_workload_document(path, "w.yaml") == {"a": 1}
    path.write_bytes(head + b"#" * (MAX_FILE_BYTES - len(head) + 1))
    assert (
        read_problem(path)
        == f"w.yaml: <root>: file is {MAX_FILE_BYTES + 1} bytes; workload files are limited to {MAX_FILE_BYTES} bytes"
    )


def test_os_errors_become_messages(tmp_path):
    (tmp_path / "folder.yaml").mkdir()
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    assert read_problem(tmp_path / "folder.yaml") == "w.yaml: <root>: is a folder, not a workload file"
    assert read_problem(tmp_path / "pipe.yaml") == "w.yaml: <root>: is not a regular file (a named pipe or socket)"
    assert read_problem(tmp_path / "loop.yaml") == "w.yaml: <root>: symlink loop (Too many levels of symbolic links)"
    assert read_problem(tmp_path / "missing.yaml") == "w.yaml: <root>: cannot be read (No such file or directory)"


def test_an_unreadable_file_is_a_message(tmp_path, monkeypatch):
    # GIVEN a file open() refuses (mode 000 for a normal user; simulated, since root reads anything)
    path = tmp_path / "secret.yaml"
    path.write_text("a: 1\n")
    path.chmod(0)
    if os.geteuid() == 0:
        real_open = os.open

        def refusing_open(name, flags, *args):
            if Path(name) == path:
                raise PermissionError(13, "Permission denied")
            return real_open(name, flags, *args)

        monkeypatch.setattr(workload_yaml.os, "open", refusing_open)
    # WHEN read  THEN the reason, on one line
    assert read_problem(path) == "w.yaml: <root>: cannot be read (Permission denied)"


def test_invalid_utf8_is_refused_with_the_byte_and_offset(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("a: café\n".encode("latin-1"))
    assert read_problem(path) == "w.yaml: <root>: not valid UTF-8 (byte 0xe9 at offset 6)"


# --- discovery -----------------------------------------------------------------------------------------


def test_an_unreadable_workloads_folder_is_a_message(tmp_path, monkeypatch):
    # GIVEN a workloads folder that cannot be listed (mode 000 for a normal user; simulated for root)
    from ai_workloads.synth import read

    def refusing_scandir(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(read.os, "scandir", refusing_scandir)
    # WHEN discovering  THEN no files and one clean error
    files, errors = read.discover_workload_files(tmp_path / "workloads")
    assert files == []
    assert [str(error) for error in errors] == [
        f"{tmp_path / 'workloads'}: <root>: workloads folder cannot be read (Permission denied)"
    ]
