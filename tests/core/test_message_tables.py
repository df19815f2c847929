"""The message tables against the code: every key the code names exists in zh and en with the same placeholders."""

from __future__ import annotations

import ast
import datetime as dt
import pickle
import string
from pathlib import Path

import pytest

import kpiguide
from kpiguide.core.errors import InputError
from kpiguide.core.i18n import Msg, has_cjk, localize, localize_error, message_table, normalize_lang
from kpiguide.core.numbers import finite_number, parse_number
from kpiguide.core.periods import Period
from kpiguide.core.structured import load_yaml_text
from kpiguide.core.textfile import decode_bytes, read_text
from tests.core._zh_helpers import english_words

PACKAGE = Path(kpiguide.__file__).parent


def _fields(text: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name}


def _parts(entry: dict) -> list[dict]:
    return [entry[p] for p in ("message", "suggestion") if p in entry] if "message" in entry else [entry]


def _msg_calls() -> list[tuple[str, int, str, set[str] | None]]:
    """(file, line, key, keyword names or None when ``**params`` is passed) of every ``Msg("key", ...)`` call."""
    calls = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            first = node.args[0]
            if name == "Msg" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                names = {k.arg for k in node.keywords}
                calls.append(
                    (str(path.relative_to(PACKAGE)), node.lineno, first.value, None if None in names else names)
                )
    return calls


def _msg_key_families() -> list[tuple[str, int, str]]:
    """(file, line, constant prefix) of every ``Msg(f"prefix.{name}", ...)`` call."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and getattr(node.func, "id", None) == "Msg":
                first = node.args[0]
                if isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
                    found.append((str(path.relative_to(PACKAGE)), node.lineno, str(first.values[0].value)))
    return found


def test_every_msg_key_family_built_in_the_code_has_texts():
    families = _msg_key_families()
    assert {prefix for _, _, prefix in families} >= {"scheme.duplicate.", "history.empty_id.", "scheme.type."}
    keys = message_table()
    for file, line, prefix in families:
        assert any(key.startswith(prefix) for key in keys), f"{file}:{line}: no text starts with {prefix!r}"


@pytest.mark.parametrize("kind", ["department", "role", "kpi", "objective", "employee"])
def test_duplicate_id_texts_exist_for_every_kind_the_validator_checks(kind):
    assert Msg(f"scheme.duplicate.{kind}", key="x", first="a[0]").startswith("duplicate ")


def test_the_finder_sees_the_readers_messages():
    keys = {key for _, _, key, _ in _msg_calls()}
    assert {"numbers.not_a_number", "structured.cannot_read", "periods.unreadable"} <= keys
    assert len(keys) > 50


def test_every_msg_key_in_the_code_has_both_languages_and_gets_every_placeholder():
    table = message_table()
    wrong = []
    for file, line, key, given in _msg_calls():
        entry = table.get(key)
        if entry is None or not all(set(part) >= {"zh", "en"} for part in _parts(entry)):
            wrong.append(f"{file}:{line}: {key} is not in the tables in zh and en")
            continue
        needed = set().union(*(_fields(part[lang]) for part in _parts(entry) for lang in ("zh", "en")))
        if given is not None and needed != given:
            wrong.append(f"{file}:{line}: {key} needs {sorted(needed)}, the code gives {sorted(given)}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("prefix", ["location.", "numbers.", "structured.", "textfile.", "spreadsheet.", "periods."])
def test_reader_texts_have_the_same_placeholders_in_both_languages(prefix):
    table = {k: v for k, v in message_table().items() if k.startswith(prefix)}
    assert table
    for key, entry in table.items():
        for part in _parts(entry):
            assert set(part) == {"zh", "en"}, key
            assert _fields(part["zh"]) == _fields(part["en"]), key


def test_a_msg_survives_pickling_and_renders_in_chinese():
    message = pickle.loads(pickle.dumps(Msg("numbers.not_a_number", value="abc")))
    assert message == "Not a number: 'abc'" and localize(message, "zh") == "不是数字：'abc'"


@pytest.mark.parametrize(
    ("call", "values"),
    [
        (lambda: parse_number("abc", where={"file": "h.csv", "row": 3, "field": "实际值"}), ("h.csv",)),
        (lambda: parse_number(dt.date(2026, 1, 5)), ("datetime.date",)),
        (lambda: parse_number("  "), ()),
        (lambda: finite_number(float("inf"), "kpis[0].weight"), ("inf",)),
        (lambda: Period.parse("someday"), ("Q1", "H1")),
        (lambda: Period("quarter", 2026, 5), ()),
        (lambda: read_text("/nonexistent/h.csv"), ()),
        (lambda: decode_bytes(b"\xff\xfeA", "u.csv"), ("UTF-16", "u.csv", "0x")),
        (lambda: load_yaml_text("a: 1\na: 2\n", "d.yaml"), ("d.yaml",)),
        (lambda: normalize_lang("fr"), ("zh", "en")),
    ],
)
def test_core_readers_refuse_in_chinese_and_in_unchanged_english(call, values):
    with pytest.raises(InputError) as info:
        call()
    zh = localize_error(info.value, "zh")
    assert has_cjk(zh) and english_words(zh, *values) == [], zh
    assert localize_error(info.value, "en") == str(info.value)
