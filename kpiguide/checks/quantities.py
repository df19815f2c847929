"""Numbers, percentages, ranges, bounds, units and currency inside free text.

``find_quantities("客户投诉率控制在0.5%以内")`` finds ``0.5 %`` with an upper bound.
Reading a single number is :func:`kpiguide.core.numbers.parse_number`'s job; this module
only finds where numbers are in a sentence and what surrounds them (bounds such as
不低于 / at least, units such as 元 / days, currency, ranges, "from X to Y").

Offsets refer to :func:`normalize_statement` of the text (NFKC: full-width digits
and symbols become ASCII), which is idempotent.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from kpiguide.checks.lexicon import Lexicon, load_lexicon
from kpiguide.core.numbers import chinese_numeral, parse_number

__all__ = ["Quantity", "find_quantities", "normalize_statement"]

Bound = Literal["min", "max", "range", "exact"]
Kind = Literal["number", "percent", "currency", "duration", "count", "multiple", "scale"]

# Input vocabulary: the Chinese and English numerals, units, bound words and idioms below are what
# people write in statements; they are read, never shown, so they stay in code.
_CN = "零〇一二两三四五六七八九十百千万亿"
_CURRENCY = r"(?P<cur>[¥$€£]|RMB|CNY|USD|EUR)"
_ARABIC = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d+(?:[.,]\d+)?)"
_MAG = r"(?P<mag>千万|百万|万|亿|千|百|(?:k|m|mn|bn|million|thousand|billion)(?![A-Za-z]))"
_SUFFIX = (
    r"(?P<suffix>%|‰|个百分点|百分点|成|倍|(?:percentage\s+points?|percent|pp|points?|pts|x)(?![A-Za-z])|分(?!钟|之))"
)
_UNIT_ZH = "万元|亿元|元|块|人次|人|家|次|场|篇|通|个工作日|工作日|天|日|周|个月|小时|分钟|秒|个|名|位|项|款|件|单|笔|台|条|门店|户"
_UNIT_EN = (
    r"(?:working\s+days?|business\s+days?|days?|hours?|minutes?|mins?|seconds?|secs?|weeks?|months?|years?"
    r"|USD|EUR|RMB|CNY|yuan|dollars?|euros?|stores?|calls?|customers?|users?|orders?|people|staff|engineers?"
    r"|positions?|posts?|units?|tickets?|visits?|items?)(?![A-Za-z])"
)
_UNIT = rf"(?P<unit>{_UNIT_ZH}|{_UNIT_EN})"
_NUMBER = re.compile(
    rf"(?:{_CURRENCY}\s*)?(?<![A-Za-z0-9.,])(?P<sign>[+±-])?{_ARABIC}(?:\s?{_MAG})?(?:\s?{_SUFFIX})?(?:\s?{_UNIT})?",
    re.IGNORECASE,
)
_CN_NUMBER = re.compile(
    rf"(?P<pct>百分之|千分之)(?P<cnp>[{_CN}\d.]+)"
    rf"|(?P<cn>[{_CN}]+)(?:(?P<cnsuffix>成|倍|个百分点)|(?P<cnunit>{_UNIT_ZH}))"
    rf"|(?P<zero>零)(?=[\u4e00-\u9fff])"
)
_EN_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                    "nine": 9, "ten": 10, "twelve": 12, "twenty": 20, "fifty": 50, "hundred": 100}  # fmt: skip
_EN_WORD = re.compile(
    r"(?<![A-Za-z])(?P<word>"
    + "|".join(_EN_WORD_NUMBERS)
    + rf")\s+(?P<unit>{_UNIT_EN}|new\s+\w+|open\s+\w+|blog\s+\w+)",
    re.IGNORECASE,
)
# Chinese numerals that are words, not amounts (一次解决率 = first-contact resolution)
_CN_IDIOMS = ("一次性", "一次解决", "一次通过", "一次交验", "一线", "一体", "统一", "唯一", "万一", "十分", "千万", "百货",
              "三方", "一站", "一键", "一致", "一起", "五星")  # fmt: skip
_DURATION_UNITS = re.compile(
    r"个工作日|工作日|天|日|周|个月|小时|分钟|秒|working\s+days?|business\s+days?|days?|hours?|minutes?|mins?|"
    r"seconds?|secs?|weeks?|months?|years?",
    re.IGNORECASE,
)
_RANGE_SEP = re.compile(r"^\s*(?:-|~|～|–|—|至|到|and)\s*$", re.IGNORECASE)
_SCALE_BEFORE = re.compile(r"(out\s+of|/)\s*$", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"^\s*(分?制|-?point\s+scale|星制)", re.IGNORECASE)
# bound words written after the number (100人以上, 45 days or fewer)
_AFTER_MIN = re.compile(r"^\s*(以上|及以上|or\s+(more|higher|above|better)|and\s+above|\+)", re.IGNORECASE)
_AFTER_MAX = re.compile(r"^\s*(以内|之内|以下|及以下|or\s+(fewer|less|lower|below)|and\s+below)", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number found in a statement.

    ``value`` is the number in plain units (``3万`` → 30000; ``12.5%`` → 12.5 percent
    points).  ``bound`` says whether it is a floor (``min``: 不低于, at least), a ceiling
    (``max``: 以内, under), a range (``value``..``high``) or a plain level (``exact``).
    ``relative`` marks a change from today's level (增长15%, by 10%) rather than a
    level; ``role`` is ``"baseline"`` for the X of "from X to Y".
    """

    text: str
    start: int
    end: int
    value: float
    kind: Kind
    unit: str = ""
    bound: Bound = "exact"
    high: float | None = None
    relative: bool = False
    role: Literal["target", "baseline"] = "target"


def normalize_statement(text: str) -> str:
    """NFKC form of ``text`` with whitespace runs collapsed (idempotent)."""
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"\s+", " ", text).strip()


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _kind(unit: str, suffix: str, currency: str) -> tuple[Kind, str]:
    suffix_l = suffix.lower()
    if suffix in ("%", "‰", "个百分点", "百分点", "成") or suffix_l.startswith(("percent", "pp")):
        return "percent", "%"
    if suffix == "倍" or suffix_l == "x":
        return "multiple", "x"
    if suffix_l.startswith(("point", "pt")) or suffix == "分":
        return "number", suffix
    if (
        currency
        or unit.lower() in ("元", "万元", "亿元", "块", "usd", "eur", "rmb", "cny", "yuan")
        or unit.lower().startswith(("dollar", "euro"))
    ):
        return "currency", currency or unit
    if unit and _DURATION_UNITS.fullmatch(unit):
        return "duration", unit
    if unit:
        return "count", unit
    return "number", ""


def find_quantities(
    text: str, *, ignore: Iterable[tuple[int, int]] = (), lexicon: Lexicon | None = None
) -> tuple[Quantity, ...]:
    """All quantities in ``text``, left to right.

    Parameters
    ----------
    text : str
        A statement; it is normalised with :func:`normalize_statement` first.
    ignore : iterable of (start, end)
        Spans (in the normalised text) to skip, e.g. dates found by
        :func:`kpiguide.checks.deadlines.find_time_expressions`.
    lexicon : Lexicon, optional
        Word lists for bounds; the built-in one by default.
    """
    lex = lexicon or load_lexicon()
    text = normalize_statement(text)
    ignore = list(ignore)
    found: list[Quantity] = []
    for m in _NUMBER.finditer(text):
        if _overlaps(m.start("num"), m.end("num"), ignore) or _is_standard_code(text, m.start("num"), lex):
            continue
        number = m["num"] + (m["mag"] or "")
        suffix = m["suffix"] or ""
        try:
            value = parse_number(number + ("%" if suffix == "‰" else ""))
        except ValueError:
            continue
        if suffix == "‰":
            value /= 10.0
        elif suffix == "成":
            value *= 10.0
        kind, unit = _kind(m["unit"] or "", suffix, m["cur"] or "")
        sign = m["sign"] or ""
        quantity = Quantity(m[0].strip(), m.start(), m.end(), -value if sign == "-" else value, kind, unit)
        if sign == "±":
            quantity = replace(quantity, value=-value, high=value, bound="range")
        found.append(quantity)
    for m in _CN_NUMBER.finditer(text):
        if _overlaps(m.start(), m.end(), ignore) or _overlaps(m.start(), m.end(), [(q.start, q.end) for q in found]):
            continue
        cn_quantity = _chinese_quantity(text, m)
        if cn_quantity is not None:
            found.append(cn_quantity)
    for m in _EN_WORD.finditer(text):
        if _overlaps(m.start(), m.end(), ignore):
            continue
        unit = m["unit"].split()[-1] if m["unit"].lower().startswith(("new", "open", "blog")) else m["unit"]
        kind, unit = _kind(unit, "", "")
        found.append(Quantity(m[0], m.start(), m.end(), float(_EN_WORD_NUMBERS[m["word"].lower()]), kind, unit))
    found.sort(key=lambda q: q.start)
    return tuple(_annotate(text, _merge_ranges(text, found), lex))


def _is_standard_code(text: str, start: int, lex: Lexicon) -> bool:
    before = text[max(0, start - 8) : start].rstrip().upper()
    return any(before.endswith(prefix.upper()) for prefix in lex.standard_prefixes)


def _chinese_quantity(text: str, m: re.Match[str]) -> Quantity | None:
    start, end = m.start(), m.end()
    if m["zero"]:
        return Quantity("零", start, end, 0.0, "count")
    if m["pct"]:
        try:
            value = chinese_numeral(m["cnp"]) if m["pct"] == "千分之" else parse_number("百分之" + m["cnp"])
        except ValueError:
            return None
        return Quantity(m[0], start, end, value / 10.0 if m["pct"] == "千分之" else value, "percent", "%")
    numeral = m["cn"]
    window = text[max(0, start - 1) : end + 2]
    if text[max(0, start - 1) : start] == "第" or any(idiom in window for idiom in _CN_IDIOMS):
        return None
    # "一次解决" etc. are filtered above; a lone 十/百/千 before a unit is still a number (十天)
    try:
        value = chinese_numeral(numeral)
    except ValueError:
        return None
    suffix = m["cnsuffix"] or ""
    if suffix == "成":
        value *= 10.0
    kind, unit = _kind(m["cnunit"] or "", suffix, "")
    return Quantity(m[0], start, end, value, kind, unit)


def _merge_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    merged: list[Quantity] = []
    for q in found:
        if merged:
            prev = merged[-1]
            between = text[prev.end : q.start]
            is_between = re.search(r"between\s*$", text[max(0, prev.start - 9) : prev.start], re.IGNORECASE)
            sep_ok = bool(_RANGE_SEP.match(between)) and (between.strip().lower() != "and" or bool(is_between))
            if between.strip() in ("至", "到"):
                sep_ok = sep_ok and "之间" in text[q.end : q.end + 4]
            if sep_ok and prev.bound == "exact":
                kind = q.kind if q.kind != "number" else prev.kind
                merged[-1] = replace(
                    prev, text=text[prev.start : q.end], end=q.end, high=q.value, bound="range", kind=kind,
                    unit=q.unit or prev.unit,
                )  # fmt: skip
                continue
        merged.append(q)
    return merged


def _annotate(text: str, found: list[Quantity], lex: Lexicon) -> list[Quantity]:
    out: list[Quantity] = []
    for i, q in enumerate(found):
        before = text[max(0, q.start - 12) : q.start]
        after = text[q.end : q.end + 12]
        if _SCALE_BEFORE.search(before) or _SCALE_AFTER.match(after):
            out.append(replace(q, kind="scale"))
            continue
        bound = q.bound
        if bound == "exact":
            side = _bound_before(lex, text[max(0, q.start - 20) : q.start])
            if side == "min" or (side is None and _AFTER_MIN.match(after)):
                bound = "min"
            elif side == "max" or (side is None and _AFTER_MAX.match(after)):
                bound = "max"
        near = before[-6:]
        relative = bool(
            re.search(r"(?<![A-Za-z])by\s*$", before, re.IGNORECASE)
            or (lex.relative_markers.search(near) and not re.search(r"(至|到|为)\s*$", near))
        )
        relative = relative and bound == "exact" and q.kind != "scale"
        role: Literal["target", "baseline"] = "target"
        if re.search(r"(from|从)\s*$", before, re.IGNORECASE) and i + 1 < len(found):
            role = "baseline"
        out.append(replace(q, bound=bound, relative=relative, role=role))
    return out


def _bound_before(lex: Lexicon, before: str) -> str | None:
    """The bound word just before a number, the longer one winning when one lies inside the other
    (不超过 is a maximum although it contains 超过; 不低于 a minimum although it contains 低于)."""
    text = before.rstrip()
    best: tuple[int, int, str] | None = None
    for side, words in (("min", lex.bound_min), ("max", lex.bound_max)):
        for m in words.find(text):
            if m.end() >= len(text) - 3:
                key = (m.end(), m.end() - m.start(), side)
                if best is None or key[:2] > best[:2]:
                    best = key
    return best[2] if best else None
