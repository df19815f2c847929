"""Reporting periods (month, quarter, half-year, year) and their many spellings.

``Period.parse`` reads what people type in Excel or in Chinese documents::

    2026-01, 2026/1, 202601, 2026年1月, Jan 2026, 2026-01-31 (a date: its month)
    2026Q1, 2026 Q1, 2026-Q1, Q1 2026, 2026年第一季度, 2026年一季度, 2026年1季度
    2026H1, 2026年上半年, 2026年, 2026, FY2026
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from kpiguide.core.errors import InputError
from kpiguide.core.i18n import Msg, t

__all__ = ["Period", "PeriodKind"]

PeriodKind = Literal["month", "quarter", "half", "year"]
_KINDS: tuple[PeriodKind, ...] = ("month", "quarter", "half", "year")
_MONTHS_PER = {"month": 1, "quarter": 3, "half": 6, "year": 12}
_CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
}
_EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_EN_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_name) if m})


def _num(token: str) -> int:
    token = token.strip()
    if token.isdigit():
        return int(token)
    if token in _CN_DIGITS:
        return _CN_DIGITS[token]
    raise ValueError(token)


@dataclass(frozen=True, order=True)
class Period:
    """A calendar period. Ordered by start month, then by length.

    >>> Period.parse("2026年第一季度")
    Period(kind='quarter', year=2026, index=1)
    >>> str(Period.parse("2026/3"))
    '2026-03'
    """

    year: int
    start_month: int
    kind: PeriodKind

    def __init__(self, kind: PeriodKind, year: int, index: int = 1) -> None:
        if kind not in _KINDS:
            raise InputError(Msg("periods.unknown_kind", kind=kind, kinds=", ".join(_KINDS)))
        count = 12 // _MONTHS_PER[kind]
        if not 1 <= int(index) <= count:
            raise InputError(Msg("periods.bad_index", kind=Msg(f"periods.kind.{kind}"), count=count, index=index))
        if not 1900 <= int(year) <= 2200:
            raise InputError(Msg("periods.bad_year", year=year))
        object.__setattr__(self, "year", int(year))
        object.__setattr__(self, "start_month", (int(index) - 1) * _MONTHS_PER[kind] + 1)
        object.__setattr__(self, "kind", kind)

    def __repr__(self) -> str:
        return f"Period(kind={self.kind!r}, year={self.year}, index={self.index})"

    @property
    def index(self) -> int:
        return (self.start_month - 1) // _MONTHS_PER[self.kind] + 1

    @property
    def months(self) -> int:
        return _MONTHS_PER[self.kind]

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.start_month, 1)

    @property
    def end(self) -> dt.date:
        last_month = self.start_month + self.months - 1
        return dt.date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def working_days(self) -> int:
        """Monday–Friday days in the period (public holidays are not known here)."""
        day, count = self.start, 0
        while day <= self.end:
            count += day.weekday() < 5
            day += dt.timedelta(days=1)
        return count

    def __str__(self) -> str:
        if self.kind == "month":
            return f"{self.year}-{self.start_month:02d}"
        if self.kind == "quarter":
            return f"{self.year}Q{self.index}"
        if self.kind == "half":
            return f"{self.year}H{self.index}"
        return f"{self.year}"

    def label(self, lang: str = "en") -> str:
        """Human label (texts ``period.label.*`` in the message tables); any non-Chinese ``lang`` is English.

        >>> Period("quarter", 2026, 1).label("zh"), Period("quarter", 2026, 1).label("en")
        ('2026年第一季度', '2026 Q1')
        >>> Period("month", 2026, 3).label("en")
        'Mar 2026'
        """
        lang = "zh" if lang.startswith("zh") else "en"
        if self.kind == "month":
            return t("period.label.month", lang, year=self.year, month=self.start_month,
                     month_abbr=calendar.month_abbr[self.start_month])  # fmt: skip
        if self.kind == "year":
            return t("period.label.year", lang, year=self.year)
        return t(f"period.label.{self.kind}.{self.index}", lang, year=self.year)

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def month_periods(self) -> list[Period]:
        return [Period("month", self.year, m) for m in range(self.start_month, self.start_month + self.months)]

    def shift(self, n: int) -> Period:
        """The period ``n`` steps later (earlier for negative ``n``), same kind."""
        total = (self.year * 12 + self.start_month - 1) + n * self.months
        year, month0 = divmod(total, 12)
        return Period(self.kind, year, month0 // self.months + 1)

    def to(self, kind: PeriodKind) -> Period:
        """The period of ``kind`` that contains this period's start."""
        return Period(kind, self.year, (self.start_month - 1) // _MONTHS_PER[kind] + 1)

    @classmethod
    def of_date(cls, day: dt.date, kind: PeriodKind = "month") -> Period:
        return cls("month", day.year, day.month).to(kind)

    @classmethod
    def parse(cls, value: object, kind: PeriodKind | None = None) -> Period:
        """Parse a period written in any common English or Chinese form.

        ``kind`` converts the result (a date or month to its quarter, say).
        Raises ``ValueError`` with the offending value when it cannot be read.
        """
        period = cls._parse(value)
        if period is None:
            raise InputError(Msg("periods.unreadable", value=value))
        return period.to(kind) if kind and kind != period.kind else period

    @classmethod
    def _parse(cls, value: object) -> Period | None:
        if isinstance(value, Period):
            return value
        if isinstance(value, dt.datetime):
            return cls("month", value.year, value.month)
        if isinstance(value, dt.date):
            return cls("month", value.year, value.month)
        if hasattr(value, "to_pydatetime"):  # pandas Timestamp
            stamp = value.to_pydatetime()
            return cls("month", stamp.year, stamp.month)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int):
            value = str(value)
        if not isinstance(value, str):
            return None
        text = unicodedata.normalize("NFKC", value).strip().upper().replace(" ", "")
        text = text.removeprefix("FY")
        try:
            return cls._parse_text(text)
        except ValueError:
            return None

    @classmethod
    def _parse_text(cls, text: str) -> Period | None:
        m = re.fullmatch(r"(\d{4})[-/.]?Q([1-4])", text) or re.fullmatch(r"(\d{4})年?第?Q([1-4])", text)
        if m:
            return cls("quarter", int(m[1]), int(m[2]))
        m = re.fullmatch(r"Q([1-4])[-/.]?(\d{4})", text)
        if m:
            return cls("quarter", int(m[2]), int(m[1]))
        m = re.fullmatch(r"(\d{4})年?第?([一二三四1-4])季度?", text)
        if m:
            return cls("quarter", int(m[1]), _num(m[2]))
        m = re.fullmatch(r"(\d{4})[-/.]?H([12])", text)
        if m:
            return cls("half", int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})年?([上下])半年度?", text)
        if m:
            return cls("half", int(m[1]), 1 if m[2] == "上" else 2)
        m = re.fullmatch(r"(\d{4})年?(十[一二]?|[一二三四五六七八九]|\d{1,2})月份?", text)
        if m:
            return cls("month", int(m[1]), _num(m[2]))
        m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})", text) or re.fullmatch(r"(\d{4})(\d{2})", text)
        if m:
            return cls("month", int(m[1]), int(m[2]))
        m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(T.*|\d{2}:.*)?", text)
        if m:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return cls("month", day.year, day.month)
        m = re.fullmatch(r"([A-Z]+)[-/.]?(\d{4})", text) or re.fullmatch(r"(\d{4})[-/.]?([A-Z]+)", text)
        if m:
            word, year = (m[1], m[2]) if m[1].isalpha() else (m[2], m[1])
            if word.lower() in _EN_MONTHS:
                return cls("month", int(year), _EN_MONTHS[word.lower()])
            return None
        m = re.fullmatch(r"(\d{4})年?(年度)?", text)
        if m:
            return cls("year", int(m[1]))
        return None
