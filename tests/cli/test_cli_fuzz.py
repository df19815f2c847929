"""Random arguments and random files through the commands that read files: no traceback reaches the user.

Every run must end with exit code 0, 1 or 2, with no exception left over other than ``SystemExit``
and no "Traceback" in the output; an import that fails leaves the project file byte-identical.
File contents are random bytes, random text in a random encoding, and random YAML/JSON/CSV
structures (with some real header names and scheme keys, so the fuzzer gets past the first check).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpiguide.cli import main

# KPIGUIDE_FUZZ_EXAMPLES=500 for a deeper run
SETTINGS = settings(
    max_examples=int(os.environ.get("KPIGUIDE_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

HEADERS = ["period", "value", "series", "kpi", "employee", "target", "期间", "数值", "指标", "员工", "text", "x", ""]
SCHEME_KEYS = ["organization", "objectives", "departments", "employees", "roles", "kpis", "id", "name", "weight"]
SUFFIXES = [".yaml", ".yml", ".json", ".csv", ".xlsx", ".txt", ".xls", ""]
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16", "latin-1", "shift_jis"]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["2026Q3", "2026-07", "2026年3月", "一百", "12.5%", "E001", "sales", "higher", "monthly"]),
)
structures = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from(SCHEME_KEYS), st.text(max_size=6)), inner, max_size=5),
    ),
    max_leaves=20,
)


def _csv(rows: list[list[object]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


csv_tables = st.builds(
    lambda header, rows: _csv([header, *rows]),
    st.lists(st.one_of(st.sampled_from(HEADERS), st.text(max_size=6)), min_size=1, max_size=5),
    st.lists(st.lists(scalars, max_size=5), max_size=6),
)
texts = st.one_of(
    st.builds(lambda s: yaml.safe_dump(s, allow_unicode=True), structures),
    st.builds(lambda s: json.dumps(s, ensure_ascii=False), structures),
    csv_tables,
    st.text(max_size=200),
)
encoded = st.builds(lambda text, enc: text.encode(enc, errors="replace"), texts, st.sampled_from(ENCODINGS))
#: Files that start with a byte-order mark and then go wrong (odd UTF-16 length, invalid UTF-8): issue 16.
bom_damaged = st.one_of(
    st.builds(lambda b: codecs.BOM_UTF8 + b, st.binary(max_size=200)),
    st.builds(lambda b: codecs.BOM_UTF16_LE + b, st.binary(max_size=200)),
    st.builds(lambda b: codecs.BOM_UTF16_BE + b, st.binary(max_size=200)),
)


def _alias_chain(n: int) -> str:
    """A YAML document whose aliases double the expanded size ``n`` times."""
    lines = ["a0: &a0 [x, x]"]
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]" for i in range(1, n + 1)]
    return "\n".join(lines) + "\n"


#: YAML that plays with anchors, aliases, duplicate keys and nesting.
yaml_tricks = st.one_of(
    st.builds(lambda k, v: f"{k}: {v}\n{k}: {v}\n", st.sampled_from(SCHEME_KEYS), st.integers()),
    st.builds(_alias_chain, st.integers(1, 40)),
    st.builds(lambda n: "[" * n + "]" * n, st.integers(1, 300)),
    st.just("a: &x [1, *x]\n"),
)
contents = st.one_of(st.binary(max_size=300), encoded, bom_damaged, st.builds(str.encode, yaml_tricks))


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def projects(demo_project_template, workdir) -> tuple[Path, Path]:
    """(demo project template, empty project template); each example works on a fresh copy."""
    empty = workdir / "empty.sqlite"
    assert CliRunner().invoke(main, ["init", str(empty)]).exit_code == 0
    return demo_project_template, empty


def _write(folder: Path, content: bytes, suffix: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"input{suffix}"
    path.write_bytes(content)
    return path


def _run(args: list[str]):
    result = CliRunner().invoke(main, args, catch_exceptions=True)
    if os.environ.get("KPIGUIDE_FUZZ_LOG"):
        with open(os.environ["KPIGUIDE_FUZZ_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{args[0]} {result.exit_code} {result.output.strip()[-150:]!r}\n")
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{args}: {type(result.exception).__name__}: {result.exception}\n{output[-2000:]}"
    )
    assert result.exit_code in (0, 1, 2), f"{args}: exit {result.exit_code}\n{output[-2000:]}"
    assert "Traceback" not in output, f"{args}:\n{output[-2000:]}"
    return result


@SETTINGS
@given(
    content=contents,
    suffix=st.sampled_from(SUFFIXES),
    which=st.sampled_from(["demo", "empty"]),
    flags=st.lists(st.sampled_from(["--replace", "--dry-run", "--format", "json"]), max_size=2, unique=True),
)
def test_import_of_a_random_file_never_crashes_and_a_failed_import_changes_nothing(
    projects, workdir, content, suffix, which, flags
):
    folder = workdir / "import"
    shutil.rmtree(folder, ignore_errors=True)
    path = _write(folder, content, suffix)
    project = folder / "project.sqlite"
    shutil.copyfile(projects[0] if which == "demo" else projects[1], project)
    before = project.read_bytes()
    result = _run(["import", str(project), str(path), *flags])
    if result.exit_code != 0 or "--dry-run" in flags:
        assert project.read_bytes() == before, "a failed import (or a dry run) changed the project file"


@pytest.mark.parametrize(
    ("command", "name", "content"),
    [
        ("import-actuals", "odd.csv", codecs.BOM_UTF16_LE + "period,value\n2026-01,1\n".encode("utf-16-le") + b"x"),
        ("import", "odd.yaml", codecs.BOM_UTF16_LE + "organization: {name: x}\n".encode("utf-16-le") + b"x"),
        ("import-actuals", "bad.csv", codecs.BOM_UTF8 + b"employee,kpi,period,value\nE001,sa_sales,2026-01,\xff\n"),
        ("import", "bad.yaml", codecs.BOM_UTF8 + b"organization:\n  name: \xc3\x28\n"),
    ],
    ids=["utf16-odd-actuals", "utf16-odd-scheme", "bom-invalid-actuals", "bom-invalid-scheme"],
)
def test_broken_bom_files_give_a_located_error_not_a_traceback(projects, workdir, command, name, content):
    folder = workdir / "bom"
    shutil.rmtree(folder, ignore_errors=True)
    path = _write(folder, content, Path(name).suffix)
    project = folder / "project.sqlite"
    shutil.copyfile(projects[0], project)
    before = project.read_bytes()
    result = _run([command, str(project), str(path)])
    assert result.exit_code == 2
    assert "byte offset" in result.stderr and str(path) in result.stderr
    assert project.read_bytes() == before


@SETTINGS
@given(content=contents, suffix=st.sampled_from(SUFFIXES), replace=st.booleans())
def test_import_actuals_of_a_random_file_never_crashes(projects, workdir, content, suffix, replace):
    folder = workdir / "actuals"
    shutil.rmtree(folder, ignore_errors=True)
    path = _write(folder, content, suffix)
    project = folder / "project.sqlite"
    shutil.copyfile(projects[0], project)
    before = project.read_bytes()
    result = _run(["import-actuals", str(project), str(path), *(["--replace"] if replace else [])])
    if result.exit_code != 0:
        assert project.read_bytes() == before, "a failed import of actuals changed the project file"


READERS = {
    "quality": lambda p, x, ok: ["quality", p, *x],
    "achievability": lambda p, x, ok: ["achievability", p, "--target", "100", *x],
    "achievability-targets": lambda p, x, ok: ["achievability", ok["history"], "--targets", p, *x],
    "check": lambda p, x, ok: ["check", p, *x],
    "check-profile": lambda p, x, ok: ["check", ok["scheme"], "--profile", p, *x],
    "smart": lambda p, x, ok: ["smart", "2026年底前销售额增长15%", "--history", p, *x],
    "suggest": lambda p, x, ok: ["suggest", "--input", p, *x],
    "suggest-catalog": lambda p, x, ok: ["suggest", "回款率", "--catalog", p, *x],
    "catalog": lambda p, x, ok: ["catalog", "--catalog", p, "--counts", *x],
}
extra_args = st.lists(
    st.sampled_from(["--format", "json", "table", "--lang", "zh", "en", "--horizon", "3", "--series", "a", "-x"]),
    max_size=3,
)


@pytest.fixture(scope="module")
def valid_inputs(projects, workdir) -> dict[str, str]:
    """Valid companions of the random file: the demo scheme, a two-year monthly history."""
    scheme = workdir / "scheme.yaml"
    assert CliRunner().invoke(main, ["export", str(projects[0]), str(scheme)]).exit_code == 0
    history = workdir / "history.csv"
    rows = "".join(f"{2024 + m // 12}-{m % 12 + 1:02d},{100 + 3 * m + (m % 12) * 5}\n" for m in range(24))
    history.write_text("period,value\n" + rows, encoding="utf-8")
    return {"scheme": str(scheme), "history": str(history)}


@SETTINGS
@given(
    command=st.sampled_from(sorted(READERS)),
    content=contents,
    suffix=st.sampled_from(SUFFIXES),
    extra=extra_args,
)
def test_commands_that_read_files_never_show_a_traceback(valid_inputs, workdir, command, content, suffix, extra):
    folder = workdir / "readers"
    shutil.rmtree(folder, ignore_errors=True)
    path = _write(folder, content, suffix)
    _run(READERS[command](str(path), extra, valid_inputs))


@SETTINGS
@given(
    args=st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "--format",
                    "json",
                    "--lang",
                    "zh",
                    "--period",
                    "2026Q3",
                    "--top",
                    "0",
                    "-1",
                    "--id",
                    "--counts",
                    "--target",
                    "nan",
                ]
            ),
            st.text(max_size=10),
        ),
        max_size=5,
    ),
    command=st.sampled_from(["smart", "suggest", "catalog", "cascade", "schema", "show", "evaluate", "health"]),
)
def test_random_arguments_never_show_a_traceback(projects, workdir, command, args):
    if command in ("show", "evaluate", "health"):
        project = workdir / "args.sqlite"
        shutil.copyfile(projects[0], project)
        args = [str(project), *args]
    _run([command, *args])


# --- mutations of valid files: get past the first checks ------------------------------------------


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*prefix, i))
    return out


def _mutate(tree: object, path: tuple, op: str, value: object) -> object:
    if not path:
        return value if op == "replace" else tree
    parent = tree
    for step in path[:-1]:
        parent = parent[step]  # type: ignore[index]
    last = path[-1]
    if op == "delete":
        del parent[last]  # type: ignore[index, attr-defined]
    elif op == "duplicate" and isinstance(parent, list):
        parent.insert(last, parent[last])
    else:
        parent[last] = value  # type: ignore[index]
    return tree


@pytest.fixture(scope="module")
def demo_scheme_tree(valid_inputs) -> dict:
    return yaml.safe_load(Path(valid_inputs["scheme"]).read_text(encoding="utf-8"))


@SETTINGS
@given(data=st.data(), suffix=st.sampled_from([".yaml", ".json"]), command=st.sampled_from(["import", "check"]))
def test_mutated_scheme_files_never_crash(projects, workdir, demo_scheme_tree, data, suffix, command):
    tree = json.loads(json.dumps(demo_scheme_tree))
    for _ in range(data.draw(st.integers(1, 4), label="mutations")):
        paths = _paths(tree)
        path = data.draw(st.sampled_from(paths), label="path")
        op = data.draw(st.sampled_from(["replace", "delete", "duplicate"]), label="op")
        tree = _mutate(tree, path, op, data.draw(structures, label="value"))
    text = yaml.safe_dump(tree, allow_unicode=True) if suffix == ".yaml" else json.dumps(tree, ensure_ascii=False)
    folder = workdir / "mutated"
    shutil.rmtree(folder, ignore_errors=True)
    path = _write(folder, text.encode("utf-8"), suffix)
    if command == "check":
        _run(["check", str(path), "--format", data.draw(st.sampled_from(["json", "table"]), label="format")])
        return
    project = folder / "project.sqlite"
    shutil.copyfile(projects[0], project)
    before = project.read_bytes()
    result = _run(["import", str(project), str(path)])
    if result.exit_code != 0:
        assert project.read_bytes() == before, "a failed import changed the project file"


@SETTINGS
@given(data=st.data(), command=st.sampled_from(["import-actuals", "quality", "achievability"]))
def test_mutated_tables_never_crash(projects, workdir, demo_scheme_tree, data, command):
    kpis = [
        (e["id"], k["id"])
        for d in demo_scheme_tree["departments"]
        for r in d["roles"]
        for e in demo_scheme_tree["employees"]
        if e.get("role") == r["id"]
        for k in r["kpis"]
    ][:40]
    rows = [["employee", "kpi", "period", "value"]] + [
        [emp, kpi, f"2026-{m:02d}", 100 + m] for emp, kpi in kpis[:8] for m in range(1, 7)
    ]
    for _ in range(data.draw(st.integers(1, 5), label="mutations")):
        r = data.draw(st.integers(0, len(rows) - 1), label="row")
        c = data.draw(st.integers(0, 3), label="col")
        if c < len(rows[r]):
            rows[r][c] = data.draw(scalars, label="cell")
    if data.draw(st.booleans(), label="drop column"):
        drop = data.draw(st.integers(0, 3), label="dropped")
        rows = [row[:drop] + row[drop + 1 :] for row in rows]
    folder = workdir / "tables"
    shutil.rmtree(folder, ignore_errors=True)
    path = _write(folder, _csv(rows).encode(data.draw(st.sampled_from(["utf-8", "gb18030"])), "replace"), ".csv")
    if command == "import-actuals":
        project = folder / "project.sqlite"
        shutil.copyfile(projects[0], project)
        before = project.read_bytes()
        result = _run(["import-actuals", str(project), str(path), "--replace"])
        if result.exit_code != 0:
            assert project.read_bytes() == before, "a failed import of actuals changed the project file"
    elif command == "quality":
        _run(["quality", str(path), "--format", "json"])
    else:
        _run(["achievability", str(path), "--target", "120", "--horizon", "2"])
