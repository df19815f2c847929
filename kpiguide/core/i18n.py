"""Bilingual (Simplified Chinese / English) text for everything user-facing.

Message tables are YAML files in ``kpiguide/messages/``; each key maps either to
``{zh: ..., en: ...}`` (a plain text) or to ``{message: {zh, en}, suggestion: {zh, en}}``
(a finding code).  Texts are ``str.format`` templates.  Each engine keeps its own
file (``core.yaml``, ``smart.yaml``, ...); a key may be defined only once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Literal

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.texttable import has_text, message_table, render

__all__ = [
    "CJK_CHARS",
    "LANGS",
    "Joined",
    "Lang",
    "Msg",
    "detect_language",
    "has_cjk",
    "has_text",
    "localize",
    "localize_error",
    "localize_problem",
    "message_table",
    "normalize_lang",
    "t",
]

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

#: The Chinese (CJK ideograph) character ranges, for use inside a regex character class.
CJK_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{CJK_CHARS}]")
_LATIN = re.compile(r"[A-Za-z]")
# Input vocabulary (what people type to choose a language), not user-facing text.
_ZH_NAMES = frozenset({"中文", "简体中文", "chinese", "cn"})
_EN_NAMES = frozenset({"english", "英文", "英语"})


def normalize_lang(lang: str | None, default: Lang = "en") -> Lang:
    """Map ``"zh"``, ``"zh-CN"``, ``"中文"``, ``"en-US"``... to ``"zh"`` or ``"en"``.

    Anything else raises :class:`~kpiguide.core.errors.InputError` (also a ``ValueError``).
    """
    if not lang:
        return default
    value = str(lang).strip().lower()
    if value.startswith("zh") or value in _ZH_NAMES:
        return "zh"
    if value.startswith("en") or value in _EN_NAMES:
        return "en"
    raise InputError(Msg("lang.unknown", lang=lang), [Problem(Msg("lang.choose"), field="lang")])


def has_cjk(text: str) -> bool:
    """Whether ``text`` contains a Chinese (CJK) character — the one test for "is this Chinese?".

    >>> has_cjk("提升GMV"), has_cjk("GMV")
    (True, False)
    """
    return _CJK.search(text or "") is not None


def detect_language(text: str, default: Lang = "en") -> Lang:
    """Guess whether ``text`` is Chinese or English.

    Chinese wins as soon as CJK characters make up a fair share of the letters,
    because mixed text such as "提升GMV" is written by Chinese speakers.

    >>> detect_language("提高客户满意度")
    'zh'
    >>> detect_language("improve customer satisfaction")
    'en'
    """
    cjk = len(_CJK.findall(text or ""))
    latin_words = len(re.findall(r"[A-Za-z]+", text or ""))
    if cjk == 0 and latin_words == 0:
        return default
    return "zh" if cjk >= latin_words else "en"


def t(key: str, lang: str = "en", /, **params: Any) -> str:
    """The text for ``key`` in ``lang``, formatted with ``params``.

    For a finding code, ``key`` may end in ``.message`` or ``.suggestion``.
    A missing key is a programming error and raises ``KeyError``.
    """
    return render(key, normalize_lang(lang), **params)


class Msg(str):
    """A message-table text in English that remembers its key and parameters.

    Engines raise errors and write problems with it, so the text reads well in logs and on the
    command line, and an app shows it in its visitor's language (:func:`localize`).

    >>> m = Msg("access.role.employee")
    >>> str(m), localize(m, "zh")
    ('an employee', '员工')
    """

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, /, **params: Any) -> Msg:
        obj = super().__new__(cls, t(key, "en", **params))
        obj.key = key
        obj.params = params
        return obj

    def __reduce__(self) -> Any:
        return (_msg, (self.key, self.params))


def _msg(key: str, params: dict[str, Any]) -> Msg:
    return Msg(key, **params)


class Joined(str):
    """Texts (Msgs or values) joined by a separator from the tables, in English; :func:`localize` joins them
    again in the visitor's language.  For a list inside a message ("2026Q1 (rows 2, 3); 2026Q2 (rows 9)").

    >>> parts = [Msg("location.row", row=2), Msg("location.row", row=9)]
    >>> str(Joined(parts, "location.separator")), localize(Joined(parts, "location.separator"), "zh")
    ('row 2, row 9', '第 2 行，第 9 行')
    """

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: Iterable[str], separator: str, /) -> Joined:
        items = tuple(parts)
        obj = super().__new__(cls, t(separator, "en").join(items))
        obj.parts = items
        obj.separator = separator
        return obj

    def __reduce__(self) -> Any:
        return (Joined, (self.parts, self.separator))


def localize(text: object, lang: str) -> str:
    """``text`` in ``lang`` when it is a :class:`Msg` (and so are its parameters that are Msgs), else as it is.

    >>> localize(Msg("location.problem", where=Msg("location.row", row=3), message="x"), "zh")
    '第 3 行：x'
    """
    if isinstance(text, Joined):
        return t(text.separator, lang).join(localize(part, lang) for part in text.parts)
    if not isinstance(text, Msg):
        return str(text)
    params = {
        name: localize(value, lang) if isinstance(value, Msg | Joined) else value for name, value in text.params.items()
    }
    return t(text.key, lang, **params)


def localize_problem(problem: Problem, lang: str) -> str:
    """One located problem in ``lang``; in English exactly ``str(problem)``.

    >>> p = Problem(Msg("numbers.empty"), file="h.csv", row=3, field="value")
    >>> localize_problem(p, "en") == str(p)
    True
    """
    lang = normalize_lang(lang)
    message = localize(problem.message, lang)
    where = problem.location(lang)
    return t("location.problem", lang, where=where, message=message) if where else message


def localize_error(exc: BaseException, lang: str) -> str:
    """The text of ``exc`` in ``lang``: an :class:`InputError` with its problems listed as on the
    command line (in English exactly ``str(exc)``); any other error its message, localized when it is a Msg.
    """
    lang = normalize_lang(lang)
    if not isinstance(exc, InputError):
        return localize(exc.args[0], lang) if len(exc.args) == 1 else str(exc)
    summary = localize(exc.summary, lang)
    if not exc.problems:
        return summary
    lines = [t("location.problems", lang, summary=summary, count=len(exc.problems))]
    lines += [f"  - {localize_problem(p, lang)}" for p in exc.problems]
    return "\n".join(lines)
