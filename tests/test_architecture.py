"""Rules over the whole package tree (docs/architecture.md, "Rules").

Each test scans the source of ``kpiguide/`` and lists every offender in its failure message, so a
failure says exactly where to look.  The layers themselves are pinned by import-linter
(``lint-imports``, run by ``make lint``); these tests pin what import-linter cannot:

* no import cycle between kpiguide modules, counting imports inside functions (a lazy import hides a
  cycle from Python but not from a reader);
* no function longer than 80 lines in the core and the engines;
* imports inside functions only for heavy or optional third-party packages, each with a trailing
  ``# reason`` comment on the import line.  Imports of kpiguide modules inside functions are not
  allowed, with one exception: the command modules in ``kpiguide/cli`` import the engines inside the
  command bodies so that ``kpiguide --help`` and the start of every command stay fast (pinned by
  tests/test_public_api.py).  That reason is stated once in ``kpiguide/cli/__init__.py``, so those
  imports need no comment of their own; third-party imports inside cli functions still do;
* no Chinese text in Python string literals (docstrings and comments are fine) outside the short
  allowlist of parser modules below: user-facing Chinese lives in ``kpiguide/messages/*.yaml``.
"""

from __future__ import annotations

import ast
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

import grimp

from kpiguide.core.i18n import has_cjk

PACKAGE = Path(__file__).resolve().parents[1] / "kpiguide"

CORE_AND_ENGINES = (
    "core", "project", "scheme", "text", "catalog", "suggest", "data", "achievability", "checks",
    "evaluation", "feedback", "deliverables", "design",
)  # fmt: skip
MAX_FUNCTION_LINES = 80

# Modules that read Chinese input may spell its vocabulary in code (module-level constants with a
# comment saying they are input vocabulary, not user-facing text).  Why each one is allowed:
CHINESE_INPUT_VOCABULARY = {
    "core/numbers.py": "Chinese numerals and magnitudes (一百二十三, 五百万, 两成) read by parse_number",
    "core/periods.py": "period spellings read from cells and text (2026年3月, 第一季度, 上半年)",
    "checks/deadlines.py": "deadline words of SMART statements (月底, 年内, 每季度)",
    "checks/quantities.py": "quantity and unit words of SMART statements (个百分点, 万元, 提升)",
    "catalog/files.py": "column aliases of catalog files written in Chinese",
    "scheme/workbook.py": "sheet and column names of the scheme workbook in Chinese",
    "data/history.py": "column aliases and period spellings of history files",
    "design/jobs.py": "duty words of Chinese job descriptions split into duties",
    "text/analysis.py": "stop words, synonyms and segmentation hints for Chinese text",
    "cli/suggest.py": "headers of query files read by `kpiguide suggest --input` (文本, 岗位职责)",
}


def _python_files(*rooms: str) -> Iterator[Path]:
    folders = [PACKAGE / room for room in rooms] if rooms else [PACKAGE]
    for folder in folders:
        yield from sorted(p for p in folder.rglob("*.py") if "apps" not in p.relative_to(PACKAGE).parts)


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


# --- no import cycles ------------------------------------------------------------------------------


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm (iterative): the strongly connected components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for nxt in successors:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _one_cycle(graph: dict[str, set[str]], component: list[str]) -> list[str]:
    """A shortest cycle through the component's first module (breadth-first search inside it)."""
    members = set(component)
    start = component[0]
    parent: dict[str, str] = {}
    queue = [n for n in sorted(graph[start]) if n in members]
    for n in queue:
        parent[n] = start
    while queue:
        node = queue.pop(0)
        if node == start:
            break
        for nxt in sorted(graph[node]):
            if nxt in members and nxt not in parent:
                parent[nxt] = node
                queue.append(nxt)
    path = [start]
    node = parent.get(start, start)
    while node != start and len(path) <= len(members):
        path.append(node)
        node = parent[node]
    return [start, *reversed(path[1:]), start]


def _import_graph() -> tuple[grimp.ImportGraph, dict[str, set[str]]]:
    # imports under `if TYPE_CHECKING:` never run, so they cannot form a cycle at run time
    graph = grimp.build_graph("kpiguide", exclude_type_checking_imports=True, cache_dir=None)
    edges = {module: set(graph.find_modules_directly_imported_by(module)) for module in graph.modules}
    return graph, edges


def _line_of(graph: grimp.ImportGraph, importer: str, imported: str) -> str:
    details = graph.get_import_details(importer=importer, imported=imported)
    return f"l.{details[0]['line_number']}" if details else "?"


def test_no_import_cycle_between_kpiguide_modules():
    graph, edges = _import_graph()
    problems = []
    for component in _strongly_connected(edges):
        cycle = _one_cycle(edges, component)
        steps = " -> ".join(f"{a} ({_line_of(graph, a, b)})" for a, b in itertools.pairwise(cycle)) + f" -> {cycle[-1]}"
        problems.append(f"{len(component)} modules import each other: {', '.join(component)}\n    e.g. {steps}")
    assert not problems, "Import cycles (move the shared piece down a layer):\n" + "\n".join(problems)


def test_cycle_finder_finds_a_planted_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _strongly_connected(graph) == [["a", "b", "c"]]
    assert _one_cycle(graph, ["a", "b", "c"]) == ["a", "b", "c", "a"]
    assert _strongly_connected({"a": {"b"}, "b": set()}) == []


# --- short functions in the core and the engines ---------------------------------------------------


def test_no_function_longer_than_80_lines_in_core_and_engines():
    offenders = []
    for path in _python_files(*CORE_AND_ENGINES):
        for func in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            length = (func.end_lineno or func.lineno) - func.lineno + 1
            if length > MAX_FUNCTION_LINES:
                offenders.append(f"{_rel(path)}:{func.lineno} {func.name}() {length} lines")
    assert not offenders, f"Functions over {MAX_FUNCTION_LINES} lines (split into small, named helpers):\n" + "\n".join(
        offenders
    )


# --- imports inside functions ----------------------------------------------------------------------


def _imports_in_functions(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    seen: set[int] = set()
    for func in _functions(tree):
        for node in ast.walk(func):
            if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in seen:
                seen.add(id(node))
                yield node


def _imported_names(node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.ImportFrom):
        return ["kpiguide" if node.level else (node.module or "")]
    return [alias.name for alias in node.names]


def _has_reason(lines: list[str], node: ast.stmt) -> bool:
    """A trailing ``# reason`` on one of the statement's lines (not a bare ``# noqa``/``# type:``)."""
    for line in lines[node.lineno - 1 : (node.end_lineno or node.lineno)]:
        _, hash_, comment = line.partition("#")
        text = comment.strip()
        if hash_ and text and not text.startswith(("noqa", "type:", "pragma")):
            return True
    return False


def _import_problems(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    in_cli = _rel(path).startswith("cli/")
    problems = []
    for node in _imports_in_functions(ast.parse(source)):
        names = _imported_names(node)
        where = f"{_rel(path)}:{node.lineno} {lines[node.lineno - 1].strip()}"
        if any(name.split(".")[0] == "kpiguide" for name in names):
            # an optional engine that pulls in a heavy package (scikit-learn, scipy, jieba) may load lazily,
            # with its reason on the line; anything else belongs at module level
            if not in_cli and not _has_reason(lines, node):
                problems.append(
                    f"{where}  (kpiguide module inside a function without a reason: import it at module level)"
                )
        elif not _has_reason(lines, node):
            kind = "standard library" if all(n.split(".")[0] in sys.stdlib_module_names for n in names) else "heavy"
            hint = "import it at module level" if kind == "standard library" else "add a trailing '# reason' comment"
            problems.append(f"{where}  ({kind} import inside a function without a reason: {hint})")
    return problems


def test_imports_inside_functions_only_lazy_heavy_dependencies_with_a_reason():
    problems = [p for path in _python_files() for p in _import_problems(path)]
    assert not problems, "Imports inside functions:\n" + "\n".join(problems)


def test_import_rule_examples(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f():\n"
        "    import openpyxl  # optional: only for .xlsx\n"
        "    import plotly  # noqa: F401\n"
        "    from kpiguide.core import numbers\n"
        "    import json\n",
        encoding="utf-8",
    )
    tree = ast.parse(sample.read_text(encoding="utf-8"))
    lines = sample.read_text(encoding="utf-8").splitlines()
    verdicts = [(_imported_names(n)[0], _has_reason(lines, n)) for n in _imports_in_functions(tree)]
    assert verdicts == [("openpyxl", True), ("plotly", False), ("kpiguide.core", False), ("json", False)]


# --- no Chinese text in string literals ------------------------------------------------------------


def _docstring_nodes(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant | ast.JoinedStr):
                out.add(id(first.value))
    return out


def chinese_literals(source: str) -> list[tuple[int, str]]:
    """(line, literal as written) of every string literal holding Chinese, docstrings left out.

    The literal's source text is tested, so a regex range written with escapes (``"[\\u4e00-\\u9fff]"``)
    is not Chinese text."""
    tree = ast.parse(source)
    skip = _docstring_nodes(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            if isinstance(node, ast.JoinedStr):
                skip.update(id(part) for part in ast.walk(node))
            continue
        if isinstance(node, ast.JoinedStr):
            skip.update(id(part) for part in ast.walk(node))
        elif not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        # the source text can hold Chinese only where a value does (an escape gives a value but no text); reading
        # the source segment of every literal re-splits the file each time, so only these are read
        if not any(
            isinstance(p, ast.Constant) and isinstance(p.value, str) and has_cjk(p.value) for p in ast.walk(node)
        ):
            continue
        text = ast.get_source_segment(source, node) or ""
        if has_cjk(text):
            found.append((node.lineno, text if len(text) <= 40 else text[:37] + "..."))
    return sorted(found)


def vocabulary_lines(source: str) -> set[int]:
    """Lines of blocks marked as input vocabulary: a comment saying "input vocabulary" and the lines after it
    up to the next blank line (words people type that a parser reads, not text shown to anyone)."""
    marked: set[int] = set()
    inside = False
    for number, line in enumerate(source.splitlines(), start=1):
        if not line.strip():
            inside = False
        elif line.lstrip().startswith("#") and "input vocabulary" in line.lower():
            inside = True
        if inside:
            marked.add(number)
    return marked


def test_no_chinese_text_in_string_literals_outside_parser_vocabularies():
    offenders = []
    for path in _python_files():
        if _rel(path) in CHINESE_INPUT_VOCABULARY:
            continue
        source = path.read_text(encoding="utf-8")
        allowed = vocabulary_lines(source)
        for line, text in chinese_literals(source):
            if line not in allowed:
                offenders.append(f"{_rel(path)}:{line} {text}")
    assert not offenders, (
        "Chinese text in code (move user-facing text to kpiguide/messages/*.yaml and read it with t()):\n"
        + "\n".join(offenders)
    )


def test_vocabulary_block_is_marked_by_its_comment_up_to_a_blank_line():
    source = 'A = "x"\n# input vocabulary: words people type\nB = "季度"\nC = "月"\n\nD = "年"\n'
    assert vocabulary_lines(source) == {2, 3, 4}


def test_chinese_literal_finder_skips_docstrings_and_escapes():
    source = '"""模块说明"""\nX = "[\\u4e00-\\u9fff]"\ndef f(n):\n    """说明"""\n    return f"共{n}项", "ok"\n'
    assert chinese_literals(source) == [(5, 'f"共{n}项"')]


def test_allowlisted_parser_modules_exist():
    missing = [name for name in CHINESE_INPUT_VOCABULARY if not (PACKAGE / name).is_file()]
    assert not missing, f"Allowlist names modules that do not exist: {missing}"
