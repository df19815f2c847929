"""Deadlines, periods and measurement rhythms inside free text (Chinese and English).

``find_time_expressions("2026年Q4前将首次响应时间缩短至30秒以内")`` finds ``2026年Q4前``
(a deadline: the end of 2026 Q4).  Recognised forms include dates (2026年12月31日,
6月30日前, 2026-03-31, Dec 31, 30 June 2026), named periods (Q3, H1, 2026年, 上半年,
第一季度, FY2026), relative periods (本季度末, 年底前, 本月, this quarter, by year-end,
next month), measurement rhythms (每月/每周/每天, 月度, 日均, monthly, per day, each week,
year over year) and goal time frames (30天内, within 90 days, in six months).

A duration that is the measured value itself — 响应时间30秒以内, delivered within 48
hours, 3个工作日内处理完毕 — is not a time frame and is left to
:mod:`kpiguide.checks.quantities`.  Offsets refer to
:func:`kpiguide.checks.quantities.normalize_statement` of the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from kpiguide.checks.lexicon import Lexicon, load_lexicon
from kpiguide.checks.quantities import normalize_statement
from kpiguide.core.i18n import t
from kpiguide.core.model import Frequency
from kpiguide.core.numbers import chinese_numeral
from kpiguide.core.periods import Period

__all__ = ["TimeExpression", "find_time_expressions", "first_deadline"]

TimeKind = Literal["date", "period", "recurring", "frame"]

# Input vocabulary: the Chinese and English words, numerals and patterns below (down to the builders)
# are what people write in statements; they are read, never shown, so they stay in code.
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_CN_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20, "thirty": 30, "sixty": 60,
               "ninety": 90, "a": 1}  # fmt: skip
_ZH_DEADLINE_SUFFIX = r"(?:结束前|之前|以前|前|末|底|内|止|为止|结束)?"
_BY_PREFIX = re.compile(r"(?:by|before|until|till|no\s+later\s+than|through|in|during|for|at)\s+(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?$|(?:end\s+of\s+)(?:the\s+)?$", re.IGNORECASE)  # fmt: skip
_YEAR = r"(?:19|20)\d{2}"

_RECURRING_ZH = {
    "天": Frequency.DAILY, "日": Frequency.DAILY, "周": Frequency.WEEKLY, "星期": Frequency.WEEKLY,
    "月": Frequency.MONTHLY, "季度": Frequency.QUARTERLY, "季": Frequency.QUARTERLY, "年": Frequency.YEARLY,
}  # fmt: skip
_RECURRING_ZH_WORDS = {
    "月度": Frequency.MONTHLY, "月均": Frequency.MONTHLY, "月结": Frequency.MONTHLY, "按月": Frequency.MONTHLY,
    "逐月": Frequency.MONTHLY, "当月": Frequency.MONTHLY, "季度": Frequency.QUARTERLY, "季均": Frequency.QUARTERLY,
    "按季": Frequency.QUARTERLY, "年度": Frequency.YEARLY, "年均": Frequency.YEARLY, "年化": Frequency.YEARLY,
    "全年": Frequency.YEARLY, "按年": Frequency.YEARLY, "周度": Frequency.WEEKLY, "周均": Frequency.WEEKLY,
    "日均": Frequency.DAILY, "按日": Frequency.DAILY,
}  # fmt: skip
_RECURRING_EN = {
    "day": Frequency.DAILY, "daily": Frequency.DAILY, "week": Frequency.WEEKLY, "weekly": Frequency.WEEKLY,
    "month": Frequency.MONTHLY, "monthly": Frequency.MONTHLY, "quarter": Frequency.QUARTERLY,
    "quarterly": Frequency.QUARTERLY, "year": Frequency.YEARLY, "yearly": Frequency.YEARLY,
    "annual": Frequency.YEARLY, "annually": Frequency.YEARLY, "annum": Frequency.YEARLY,
}  # fmt: skip


@dataclass(frozen=True)
class TimeExpression:
    """A time reference in a statement.

    ``kind``: ``date`` (a calendar day), ``period`` (a month, quarter, half-year or
    year, possibly relative such as 本季度), ``recurring`` (a measurement rhythm such
    as 每月 / monthly; see ``frequency``) or ``frame`` (a time frame such as 30天内 /
    within 90 days; see ``days``).  ``deadline`` is true when the text says the goal
    is due by then (前, 末, by, end of).  ``period`` and ``date`` are resolved against
    the ``today`` given to :func:`find_time_expressions`.
    """

    text: str
    start: int
    end: int
    kind: TimeKind
    deadline: bool = False
    period: Period | None = None
    date: dt.date | None = None
    frequency: Frequency | None = None
    days: float | None = None

    @property
    def due(self) -> dt.date | None:
        """The last day by which the goal is due, when the expression fixes one."""
        if self.date is not None:
            return self.date
        if self.period is not None:
            return self.period.end
        return None

    def label(self, lang: str = "en") -> str:
        """A readable form: the resolved period or date when known, else the text."""
        if self.kind == "date" and self.date is not None:
            d = self.date
            return t(
                "checks.date", lang, year=d.year, month=d.month, day=d.day, month_abbr=calendar.month_abbr[d.month]
            )
        if self.kind == "period" and self.period is not None:
            return self.period.label("zh" if lang.startswith("zh") else "en")
        return self.text


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    build: str  # name of the builder method


def _compile(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ymd", _compile(rf"({_YEAR})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]\s*{_ZH_DEADLINE_SUFFIX}")),
    ("ymd", _compile(rf"(?<![\d.])({_YEAR})[-/.](\d{{1,2}})[-/.](\d{{1,2}})(?![\d])")),
    ("md_zh", _compile(rf"(?<![\d年])({_CN_MONTH})\s*月\s*(\d{{1,2}})\s*[日号]\s*{_ZH_DEADLINE_SUFFIX}")),
    ("md_en", _compile(rf"(?<![A-Za-z])({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*({_YEAR}))?(?![\d])")),
    ("dm_en", _compile(rf"(?<![\d])(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?(?:,?\s*({_YEAR}))?(?![A-Za-z])")),
    ("yq", _compile(rf"({_YEAR})\s*年?\s*(?:第\s*)?([一二三四1-4])\s*季度\s*{_ZH_DEADLINE_SUFFIX}")),
    ("yq", _compile(rf"({_YEAR})\s*年?\s*[-/]?\s*Q([1-4])(?![0-9])\s*{_ZH_DEADLINE_SUFFIX}")),
    ("qy", _compile(rf"(?<![A-Za-z0-9])Q([1-4])\s*[-/]?\s*({_YEAR})(?![0-9])\s*{_ZH_DEADLINE_SUFFIX}")),
    ("q", _compile(rf"(?<![A-Za-z0-9])Q([1-4])(?![0-9A-Za-z])\s*{_ZH_DEADLINE_SUFFIX}")),
    ("q", _compile(rf"(?<!\d)第?([一二三四])季度\s*{_ZH_DEADLINE_SUFFIX}")),
    ("yh", _compile(rf"({_YEAR})\s*年?\s*[-/]?\s*H([12])(?![0-9])\s*{_ZH_DEADLINE_SUFFIX}")),
    ("hy", _compile(rf"(?<![A-Za-z0-9])H([12])\s*[-/]?\s*({_YEAR})(?![0-9])")),
    ("h", _compile(rf"(?<![A-Za-z0-9])H([12])(?![0-9A-Za-z])\s*{_ZH_DEADLINE_SUFFIX}")),
    ("yh_zh", _compile(rf"({_YEAR})\s*年?\s*([上下])半年度?\s*{_ZH_DEADLINE_SUFFIX}")),
    ("h_zh", _compile(rf"([上下])半年度?\s*{_ZH_DEADLINE_SUFFIX}")),
    ("ym_zh", _compile(rf"({_YEAR})\s*年\s*({_CN_MONTH})\s*月(?:份)?\s*{_ZH_DEADLINE_SUFFIX}")),
    ("m_zh", _compile(rf"(?<![\d年])({_CN_MONTH})\s*月(?:份)?\s*(?:(底|末)\s*(?:之前|以前|前)?|之前|以前|前)")),
    ("my_en", _compile(rf"(?<![A-Za-z])({_MONTH_RE})\.?\s*({_YEAR})(?![0-9])")),
    ("m_en", _compile(rf"(?<![A-Za-z])(?:(?:by|before|until|till|through|in|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+)?|(?:the\s+)?end\s+of\s+)({_MONTH_RE})\.?(?:\s*,?\s*({_YEAR}))?(?!\s*\d)(?![A-Za-z])")),
    ("y_zh", _compile(rf"({_YEAR})\s*年\s*(?:度|底|末|内|前|全年|结束前)?")),
    ("fy", _compile(rf"(?<![A-Za-z])FY\s*({_YEAR}|\d{{2}})(?![0-9])")),
    ("y_en", _compile(rf"(?<![\d.,$¥€£])({_YEAR})(?![\d.,%万亿千]|\s*(?:k|m|元|万|亿|million|thousand|billion)(?![A-Za-z]))")),
    ("rel_zh", _compile(r"(本|这个|当|下个?|上个?)(季度|季|月|周|财年|年度|年)\s*(末|底|前|结束前|内|之内)?")),
    ("rel_zh_year", _compile(r"(今年|明年|年底|年末|年内|年初|年中|月底|月末|季度末|季末|季度底|月中)\s*(前|之前|以前)?")),
    ("rec_zh", _compile(r"每(?:个)?\s*(天|日|周|星期|月|季度|季|年)")),
    ("rec_zh_word", _compile(r"(月度|月均|月结|按月|逐月|当月|季度|季均|按季|年度|年均|年化|全年|按年|周度|周均|日均|按日)")),
    ("rec_zh_year", _compile(r"(?<![\d本今明去上下全每])年(?=增长|流失|收入|营收|销售|利润|采购|平均)")),
    ("frame_zh", _compile(r"(\d+|[一二两三四五六七八九十]+)\s*(?:个)?\s*(天|日|周|星期|月|季度|年|工作日|小时|分钟|秒)\s*(内|之内|以内)")),
    ("rel_en", _compile(r"(?<![A-Za-z])(this|next|current|the\s+current|coming|the\s+coming)\s+(week|month|quarter|half|year|fiscal\s+year|financial\s+year)(?![A-Za-z])")),
    ("end_en", _compile(r"(?<![A-Za-z])(?:by\s+)?(?:the\s+)?(year[- ]end|end\s+of\s+(?:the\s+)?(?:year|quarter|month|week)|eoy|eoq|eom|ytd)(?![A-Za-z])")),
    ("rec_en", _compile(r"(?<![A-Za-z])(?:per|a|each|every)\s+(day|week|month|quarter|year|annum)(?![A-Za-z])")),
    ("rec_en_word", _compile(r"(?<![A-Za-z-])(daily|weekly|monthly|quarterly|annually|annual|yearly|bi-?weekly|year[- ]over[- ]year|yoy|month[- ]over[- ]month|quarter[- ]over[- ]quarter)(?![A-Za-z])")),
    ("frame_en", _compile(r"(?<![A-Za-z])(?:within|in|over)\s+(?:the\s+)?(?:next\s+|first\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty|ninety|a)\s+(working\s+days?|business\s+days?|days?|weeks?|months?|quarters?|years?|hours?|minutes?|seconds?)(?![A-Za-z])")),
)  # fmt: skip

_DAYS_PER = {"天": 1, "日": 1, "工作日": 1, "周": 7, "星期": 7, "月": 30.4, "季度": 91.3, "年": 365.25, "小时": 1 / 24,
             "分钟": 1 / 1440, "秒": 1 / 86400, "day": 1, "week": 7, "month": 30.4, "quarter": 91.3, "year": 365.25,
             "hour": 1 / 24, "minute": 1 / 1440, "second": 1 / 86400}  # fmt: skip


def _cn_int(token: str) -> int:
    token = token.strip()
    return int(token) if token.isdigit() else int(chinese_numeral(token))


def _is_deadline_suffix(text: str) -> bool:
    return bool(re.search(r"(前|末|底|止|结束)\s*$", text))


class _Resolver:
    """Builds :class:`TimeExpression` objects from rule matches, relative to ``today``."""

    def __init__(self, text: str, today: dt.date, lex: Lexicon) -> None:
        self.text = text
        self.today = today
        self.lex = lex
        years = [int(y) for y in re.findall(rf"(?<![\d.,])({_YEAR})(?![\d.,%万亿千元]|\s*(?:k|m|million)\b)", text)]
        self.year = years[0] if years else today.year

    def by_prefix(self, start: int) -> tuple[int, bool]:
        """Extend a match to a preceding 'by (the end of)' and say whether it makes a deadline."""
        m = _BY_PREFIX.search(self.text[max(0, start - 30) : start])
        if not m:
            return start, False
        word = m[0].strip().lower()
        deadline = word.startswith(("by", "before", "until", "till", "no", "through", "end"))
        return start - len(m[0]), deadline or "end" in word

    def make(self, kind: TimeKind, m: re.Match[str], deadline: bool = False, **kw: Any) -> TimeExpression:
        start, by_deadline = self.by_prefix(m.start())
        end = m.end()
        return TimeExpression(
            self.text[start:end].strip(), start, end, kind, deadline or by_deadline or _is_deadline_suffix(m[0]), **kw
        )

    def build(self, rule: str, m: re.Match[str]) -> TimeExpression | None:
        try:
            expr: TimeExpression | None = getattr(self, f"_{rule}")(m)
            return expr
        except ValueError:
            return None  # not a real date (2026年2月30日): not a time expression

    def _ymd(self, m: re.Match[str]) -> TimeExpression:
        return self.make("date", m, date=dt.date(int(m[1]), int(m[2]), int(m[3])))

    def _md_zh(self, m: re.Match[str]) -> TimeExpression:
        return self.make("date", m, date=dt.date(self.year, _cn_int(m[1]), int(m[2])))

    def _md_en(self, m: re.Match[str]) -> TimeExpression:
        return self.make("date", m, date=dt.date(int(m[3] or self.year), _MONTHS[m[1].lower()], int(m[2])))

    def _dm_en(self, m: re.Match[str]) -> TimeExpression:
        return self.make("date", m, date=dt.date(int(m[3] or self.year), _MONTHS[m[2].lower()], int(m[1])))

    def _yq(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, period=Period("quarter", int(m[1]), _CN_Q[m[2]]))

    def _qy(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, period=Period("quarter", int(m[2]), int(m[1])))

    def _q(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, period=Period("quarter", self.year, _CN_Q[m[1]]))

    def _yh(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, period=Period("half", int(m[1]), int(m[2])))

    def _hy(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, period=Period("half", int(m[2]), int(m[1])))

    def _h(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, period=Period("half", self.year, int(m[1])))

    def _yh_zh(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, period=Period("half", int(m[1]), 1 if m[2] == "上" else 2))

    def _h_zh(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, period=Period("half", self.year, 1 if m[1] == "上" else 2))

    def _ym_zh(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, period=Period("month", int(m[1]), _cn_int(m[2])))

    def _m_zh(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, deadline=True, period=Period("month", self.year, _cn_int(m[1])))

    def _my_en(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, period=Period("month", int(m[2]), _MONTHS[m[1].lower()]))

    def _m_en(self, m: re.Match[str]) -> TimeExpression:
        # "by June", "by the end of June 2027", "in Sept": a month given as the deadline
        year = int(m[2]) if m[2] else self.year
        return self.make("period", m, deadline=True, period=Period("month", year, _MONTHS[m[1].lower()]))

    def _y_zh(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, period=Period("year", int(m[1])))

    def _fy(self, m: re.Match[str]) -> TimeExpression:
        year = int(m[1]) if len(m[1]) == 4 else 2000 + int(m[1])
        return self.make("period", m, period=Period("year", year))

    def _y_en(self, m: re.Match[str]) -> TimeExpression:
        return self.make("period", m, period=Period("year", int(m[1])))

    def _current(self, unit: str, offset: int) -> Period:
        kind = {"季度": "quarter", "季": "quarter", "quarter": "quarter", "月": "month", "month": "month",
                "half": "half"}.get(unit, "year")  # fmt: skip
        base = Period.of_date(self.today, "month").to(kind)  # type: ignore[arg-type]
        return base.shift(offset)

    def _rel_zh(self, m: re.Match[str]) -> TimeExpression:
        if m[2] == "周":
            return self.make("period", m, days=7.0)
        offset = {"本": 0, "这个": 0, "当": 0, "下": 1, "下个": 1, "上": -1, "上个": -1}[m[1]]
        deadline = bool(m[3]) and m[3] not in ("内", "之内")
        return self.make("period", m, deadline=deadline, period=self._current(m[2], offset))

    def _rel_zh_year(self, m: re.Match[str]) -> TimeExpression:
        word = m[1]
        year = self.year + (1 if word == "明年" else 0)
        if word in ("月底", "月末", "月中"):
            return self.make("period", m, deadline=word != "月中", period=self._current("月", 0))
        if word in ("季度末", "季末", "季度底"):
            return self.make("period", m, deadline=True, period=self._current("季度", 0))
        deadline = word in ("年底", "年末") or bool(m[2])
        return self.make("period", m, deadline=deadline, period=Period("year", year))

    def _rec_zh(self, m: re.Match[str]) -> TimeExpression:
        return self.make("recurring", m, frequency=_RECURRING_ZH[m[1]])

    def _rec_zh_word(self, m: re.Match[str]) -> TimeExpression:
        return self.make("recurring", m, frequency=_RECURRING_ZH_WORDS[m[1]])

    def _rec_zh_year(self, m: re.Match[str]) -> TimeExpression:
        return self.make("recurring", m, frequency=Frequency.YEARLY)

    def _frame_zh(self, m: re.Match[str]) -> TimeExpression | None:
        unit = m[2]
        before = self.text[max(0, m.start() - 6) : m.start()]
        after = self.text[m.end() : m.end() + 6]
        if (
            unit in ("工作日", "小时", "分钟", "秒")
            or any(word in after[:4] for word in self.lex.measured_after_zh)
            or any(word in before for word in self.lex.measured_before_zh)
            or re.search(r"(控制在|不超过|不高于|不低于|不少于|降至|降到|缩短至|缩短到|提高到|至|到|在|为)\s*$", before)
        ):
            return None
        return self.make("frame", m, deadline=True, days=_cn_int(m[1]) * _DAYS_PER[unit])

    def _rel_en(self, m: re.Match[str]) -> TimeExpression:
        offset = 0 if m[1].lower() in ("this", "current", "the current") else 1
        unit = m[2].lower().split()[-1]
        if unit == "week":
            return self.make("period", m, days=7.0)
        return self.make("period", m, period=self._current(unit, offset))

    def _end_en(self, m: re.Match[str]) -> TimeExpression:
        word = m[1].lower()
        unit = (
            "month" if "month" in word or word == "eom" else "quarter" if "quarter" in word or word == "eoq" else "year"
        )
        if "week" in word:
            return self.make("period", m, deadline=True, days=7.0)
        return self.make("period", m, deadline=word != "ytd", period=self._current(unit, 0))

    def _rec_en(self, m: re.Match[str]) -> TimeExpression:
        return self.make("recurring", m, frequency=_RECURRING_EN[m[1].lower()])

    def _rec_en_word(self, m: re.Match[str]) -> TimeExpression | None:
        if any(p.start() <= m.start() < p.end() for p in self.lex.period_in_name.find(self.text)):
            return None  # "monthly recurring revenue" names an indicator
        word = m[1].lower().replace("-", " ")
        if "over" in word or word in ("yoy",):
            freq = Frequency.MONTHLY if word.startswith("month") else Frequency.QUARTERLY if word.startswith("quarter") else Frequency.YEARLY  # fmt: skip
        else:
            freq = _RECURRING_EN.get(word.replace("bi ", "").replace("biweekly", "weekly"), Frequency.WEEKLY)
        return self.make("recurring", m, frequency=freq)

    def _frame_en(self, m: re.Match[str]) -> TimeExpression | None:
        unit = m[2].lower()
        before = self.text[max(0, m.start() - 14) : m.start()].lower()
        after = self.text[m.end() : m.end() + 5].lower()
        if (
            unit.startswith(("working", "business", "hour", "minute", "second"))
            or any(re.match(rf"\s*{w}(?![a-z])", after) for w in self.lex.measured_after_en)
            or any(w in before for w in self.lex.measured_before_en)
        ):
            return None
        if m[0].lower().startswith("in ") and not re.match(r"in\s+(the\s+)?(next\s+|first\s+)?\S+\s+\w", m[0], re.I):
            return None
        count = m[1].lower()
        number = int(count) if count.isdigit() else _EN_NUMBERS[count]
        base = unit.rstrip("s")
        return self.make("frame", m, deadline=True, days=number * _DAYS_PER[base])


def find_time_expressions(
    text: str, *, today: dt.date | None = None, lexicon: Lexicon | None = None
) -> tuple[TimeExpression, ...]:
    """All time references in ``text``, left to right, without overlaps.

    Parameters
    ----------
    text : str
        A statement (normalised with ``normalize_statement`` first).
    today : datetime.date, optional
        Anchor for relative expressions (本季度, this quarter) and years left out
        (6月30日前); defaults to the current date.
    lexicon : Lexicon, optional
        Word lists (measured-duration cues, indicator names holding a period word).
    """
    text = normalize_statement(text)
    resolver = _Resolver(text, today or dt.date.today(), lexicon or load_lexicon())
    candidates: list[tuple[TimeExpression, int]] = []
    for order, (rule, pattern) in enumerate(_RULES):
        for m in pattern.finditer(text):
            expr = resolver.build(rule, m)
            if expr is not None:
                candidates.append((expr, order))
    # longest first, then rule order: 本季度末 beats 季度, 2026年Q4前 beats Q4
    candidates.sort(key=lambda pair: (-(pair[0].end - pair[0].start), pair[1]))
    chosen: list[TimeExpression] = []
    for expr, _ in candidates:
        if all(expr.end <= c.start or c.end <= expr.start for c in chosen):
            chosen.append(expr)
    return tuple(sorted(chosen, key=lambda e: e.start))


def first_deadline(expressions: tuple[TimeExpression, ...]) -> TimeExpression | None:
    """The expression that best states when the goal is due (deadline, then period, then frame)."""
    tests: tuple[Callable[[TimeExpression], bool], ...] = (
        lambda e: e.deadline and e.due is not None,
        lambda e: e.kind in ("date", "period") and e.due is not None,
        lambda e: e.kind == "frame",
        lambda e: e.kind == "period",
    )
    for test in tests:
        for expr in expressions:
            if test(expr):
                return expr
    return None
