"""Numbers as people write them in spreadsheets and in Chinese or English text.

``parse_number`` reads one cell or token::

    1,234.5   1.234,5   １２３   12.5%   ¥3,000   3万   1.2亿   五百万   两成   百分之十五   三倍   -7

``chinese_numeral`` converts Chinese numerals (一百二十三, 两千零五, 五百万, 1.5万).
Both raise :class:`~kpiguide.core.errors.InputError` (a ``ValueError``) quoting the value when it is not a number.

``format_number``, ``format_percent`` and ``format_exact`` write numbers for people; they are the
only number formatters in kpiguide (reports, findings, charts, widgets and the CLI all use them).
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
import unicodedata
from typing import Any

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.i18n import Msg

__all__ = [
    "CN_MAGNITUDES",
    "MAX_MAGNITUDE",
    "chinese_numeral",
    "finite_number",
    "format_exact",
    "format_number",
    "format_percent",
    "parse_number",
]

#: The largest number a person may give as a KPI value, target or weight (a quintillion: above any money total
#: in any currency a KPI measures).  A larger one is a typo or a corrupt cell — and squaring 1e154 overflows, so
#: the engines' variances would silently become infinite.
MAX_MAGNITUDE = 1e18

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "俩": 2, "三": 3, "叁": 3,
             "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
             "九": 9, "玖": 9}  # fmt: skip
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_MAGNITUDES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
_CURRENCY = "¥￥$€£元円"
_SCIENTIFIC = re.compile(r"(\d+\.?\d*|\.\d+)[eE][+-]?\d{1,3}")
_SCALE_WORDS = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def chinese_numeral(text: str) -> float:
    """Value of a Chinese numeral, optionally mixed with Arabic digits.

    >>> chinese_numeral("一百二十三")
    123.0
    >>> chinese_numeral("五百万")
    5000000.0
    >>> chinese_numeral("1.5亿")
    150000000.0
    """
    original = text
    text = text.strip()
    if not text:
        raise InputError(Msg("numbers.not_chinese_numeral", value=original))
    total = 0.0
    # split on the largest magnitudes first: 3亿5千万 = 3*1e8 + 5000*1e4
    for mag_char, mag in (("亿", 1e8), ("億", 1e8), ("万", 1e4), ("萬", 1e4)):
        if mag_char in text:
            head, _, tail = text.partition(mag_char)
            total += (chinese_numeral(head) if head else 1.0) * mag
            text = tail
            if not text:
                return total
    return total + _small_numeral(text, original)


def _small_numeral(text: str, original: str) -> float:
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    if all(ch in CN_DIGITS for ch in text) and len(text) > 1:  # 二〇二六 read digit by digit
        return float("".join(str(CN_DIGITS[ch]) for ch in text))
    value, digit = 0.0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch.isdigit():
            digit = int(ch)
        elif ch in CN_UNITS:
            value += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
        else:
            raise InputError(Msg("numbers.not_chinese_numeral", value=original))
    return value + (digit or 0)


def parse_number(value: object, *, decimal_comma: bool | None = None, where: dict[str, Any] | None = None) -> float:
    """Read a number written the way people write it.

    Percent signs are kept as percent points (``"12.5%"`` → ``12.5``); ``成`` is
    tenths (``两成`` → ``20.0`` percent points); ``百分之十五`` → ``15.0``; ``‰`` is
    tenths of a percent point; scientific notation as Excel writes it in CSV
    (``1.5E-3``) is read.  ``decimal_comma`` forces reading ``1.234,5`` style; by
    default it is guessed.  Booleans, dates (an Excel date cell where a number is
    expected), NaN, infinities and values too large for a float are refused.

    ``where`` locates the value (``file``, ``sheet``, ``row``, ``line``, ``field``): the
    :class:`~kpiguide.core.errors.InputError` then carries one
    :class:`~kpiguide.core.errors.Problem` there.

    >>> parse_number("1.5E-3")
    0.0015
    >>> parse_number("３万")
    30000.0
    >>> parse_number("nan")
    Traceback (most recent call last):
    ...
    kpiguide.core.errors.InputError: Not a number: 'nan'
    """
    try:
        return _parse_number(value, decimal_comma)
    except InputError as exc:
        if where:
            raise InputError(exc.summary, [Problem(exc.summary, **where)]) from None
        raise


def finite_number(value: object, where: str | dict[str, Any] = "") -> float:
    """``value`` as a finite float, for values already typed as numbers (a scheme's targets and weights).

    ``where`` names the value in the message (a dotted path such as ``kpis[3].target``,
    or the ``file``/``sheet``/``row``/``field`` of a :class:`~kpiguide.core.errors.Problem`).
    Text is read by :func:`parse_number`.

    >>> finite_number(2.5, "kpis[0].weight")
    2.5
    >>> try:
    ...     finite_number(float("nan"), "kpis[0].weight")
    ... except InputError as exc:
    ...     print(exc.problems[0])
    field 'kpis[0].weight': nan is not a finite number; write a number such as 15 or 15%
    """
    location = where if isinstance(where, dict) else {"field": where or None}
    try:
        return _parse_number(value, None)
    except InputError as exc:
        if isinstance(value, numbers.Real) and math.isfinite(value):  # finite but beyond MAX_MAGNITUDE: say so
            raise InputError(exc.summary, [Problem(exc.summary, **location)]) from None
        text = Msg("numbers.not_finite_hint", value=value)
        raise InputError(Msg("numbers.not_finite_summary"), [Problem(text, **location)]) from None


def _parse_number(value: object, decimal_comma: bool | None) -> float:
    if isinstance(value, bool):
        raise InputError(Msg("numbers.not_a_number", value=value))
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        raise InputError(Msg("numbers.date_not_number", value=value))
    if isinstance(value, numbers.Real):
        number = float(value)
    elif isinstance(value, str):
        number = _parse_text(value, decimal_comma)
    else:
        raise InputError(Msg("numbers.not_a_number", value=value))
    if not math.isfinite(number):
        raise InputError(Msg("numbers.not_finite", value=value))
    if abs(number) > MAX_MAGNITUDE:
        raise InputError(Msg("numbers.too_large", value=value))
    return number


def _parse_text(value: str, decimal_comma: bool | None) -> float:
    text = unicodedata.normalize("NFKC", value).strip()
    text = text.replace("\u2212", "-").replace(" ", "").replace("\u00a0", "").replace("'", "")
    if not text:
        raise InputError(Msg("numbers.empty"))
    negative = False
    if text.startswith("(") and text.endswith(")"):  # accounting negative
        negative, text = True, text[1:-1]
    if text.startswith(("-", "+")):
        negative ^= text[0] == "-"
        text = text[1:]
    text = text.strip(_CURRENCY).removeprefix("RMB").removeprefix("CNY").removeprefix("USD").strip(_CURRENCY)
    if text.startswith("-"):
        negative ^= True
        text = text[1:]
    try:
        number = _parse_unsigned(text, decimal_comma)
    except (ValueError, OverflowError):
        raise InputError(Msg("numbers.not_a_number", value=value)) from None
    return -number if negative else number


def _parse_unsigned(text: str, decimal_comma: bool | None) -> float:
    if text.startswith("百分之"):
        return _parse_unsigned(text[3:], decimal_comma)
    if text.endswith("%"):
        return _parse_unsigned(text[:-1], decimal_comma)
    if text.endswith("‰"):
        return _parse_unsigned(text[:-1], decimal_comma) / 10.0
    if text.endswith("成") and len(text) > 1:
        return _parse_unsigned(text[:-1], decimal_comma) * 10.0
    if text.endswith("倍") and len(text) > 1:
        return _parse_unsigned(text[:-1], decimal_comma)
    lower = text.lower()
    for word, scale in sorted(_SCALE_WORDS.items(), key=lambda kv: -len(kv[0])):
        if lower.endswith(word) and re.fullmatch(r"[\d.,]+", lower[: -len(word)] or "x"):
            return _plain(lower[: -len(word)], decimal_comma) * scale
    if re.fullmatch(r"[\d.,]+", text):
        return _plain(text, decimal_comma)
    if _SCIENTIFIC.fullmatch(text):  # 1.5E-3, 1e5: how Excel writes small and large numbers to CSV
        return float(text)
    if re.fullmatch(r"[\d.,]*[零〇○一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億\d.]+", text):
        head = re.match(r"[\d.,]+", text)
        if head and text[head.end() :] and all(ch in CN_MAGNITUDES or ch in CN_UNITS for ch in text[head.end() :]):
            scale = 1.0
            for ch in text[head.end() :]:
                scale *= CN_MAGNITUDES.get(ch) or CN_UNITS[ch]
            return _plain(head.group(), decimal_comma) * scale
        if text in CN_MAGNITUDES:
            raise ValueError(text)
        return chinese_numeral(text)
    raise ValueError(text)


def _plain(text: str, decimal_comma: bool | None) -> float:
    if not re.search(r"\d", text):
        raise ValueError(text)
    if decimal_comma is None:
        if "," in text and "." in text:
            decimal_comma = text.rfind(",") > text.rfind(".")
        elif text.count(",") == 1 and not re.fullmatch(r"\d{1,3},\d{3}", text):
            decimal_comma = True  # 12,5 is a decimal comma; 1,234 is a thousands separator
        else:
            decimal_comma = False
    if decimal_comma:
        text = text.replace(".", "").replace(",", ".")
    else:
        if re.search(r",(?!\d{3}(?:[,.]|$))", text):
            raise ValueError(text)
        text = text.replace(",", "")
    if text.count(".") > 1:
        raise ValueError(text)
    return float(text)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_number(
    value: float | None, *, decimals: int | None = None, grouping: bool = True, missing: str = "–"
) -> str:
    """A number as people read it in a report, a finding or a chart label.

    Whole numbers keep all their digits; from 1,000 on, no decimals; below that four significant
    digits, or at most ``decimals`` decimals (trailing zeros dropped) when given.

    >>> format_number(1234567.0)
    '1,234,567'
    >>> format_number(202179.13)
    '202,179'
    >>> format_number(0.123456)
    '0.1235'
    >>> format_number(87.66, decimals=1)
    '87.7'
    >>> format_number(None)
    '–'
    """
    if _missing(value):
        return missing
    number = float(value)  # type: ignore[arg-type]
    if math.isinf(number):
        return "∞" if number > 0 else "-∞"
    sep = "," if grouping else ""
    if number.is_integer() and abs(number) < 1e15:
        return f"{int(number):{sep}}"
    if abs(number) >= 1000:
        return f"{number:{sep}.0f}"
    if decimals is None:
        return f"{number:.4g}"
    text = f"{number:{sep}.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_percent(share: float | None, *, decimals: int = 0, missing: str = "–") -> str:
    """A share (0.25) as a percentage ('25%').

    >>> format_percent(0.254)
    '25%'
    >>> format_percent(0.254, decimals=1)
    '25.4%'
    """
    if _missing(share):
        return missing
    return f"{float(share):.{decimals}%}"  # type: ignore[arg-type]


def format_exact(value: float | None, *, grouping: bool = False) -> str:
    """The shortest text that :func:`parse_number` reads back to the same value (input fields; with
    ``grouping``, thousands separated, for documents people sign such as the performance agreement).

    >>> format_exact(180000.0)
    '180000'
    >>> format_exact(0.1)
    '0.1'
    >>> format_exact(1234567.125, grouping=True)
    '1,234,567.125'
    >>> format_exact(None)
    ''
    """
    if _missing(value):
        return ""
    number = float(value)  # type: ignore[arg-type]
    if number.is_integer() and abs(number) < 1e15:
        return format(int(number), "," if grouping else "")
    return format(number, ",") if grouping else repr(number)
