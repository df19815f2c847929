"""What a measure's name says is measured: its object words, apart from the words that give its shape.

A KPI name is an object and a shape: 废水 | 排放量, 泊位 | 利用率, 平均 | 采购 | 单价, "Revenue per truck and mile"
→ revenue, truck, mile.  The shape (a rate, a count, a time, an average, a total, a share) is what many measures have
in common; the object words say which measure it is, so a catalog indicator can only *be* the name when it
explains them (:class:`ObjectCover`).  The KPI linker reads names this way (``IndicatorLinker(cover_penalty=…)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kpiguide.core.i18n import has_cjk
from kpiguide.text.analysis import analyze, concepts, normalize, stem, tokenize, word_classes

__all__ = ["ObjectCover", "canonical_words", "object_readings", "object_words"]

# input vocabulary: words that give a measure its shape (what kind of quantity, over what, summed how) or frame it
# (the period, the owner, the paperwork around it) rather than say WHAT is measured; and the endings that turn an
# object word into a measure (排放量 = 排放 + 量, 利用率 = 利用 + 率)
_SHAPE_ZH = frozenset(
    """率 数 量 额 度 值 次 数量 次数 人数 个数 件数 笔数 天数 时间 时长 周期 时效 用时 耗时 占比 比例 比率 比重 百分比
    平均 人均 总 总额 总量 总数 合计 累计 金额 数额 水平 程度 情况 指标 指数 得分 评分 分数 考核 考评 完成 达成 完成率
    达成率 执行 执行率 及时 及时率 准确 准确率 合格 合格率 达标 达标率 增长 增长率 增加 提升 提高 降低 减少 下降 变化
    比 满意 满意度 满意率 覆盖 覆盖率 利用 利用率 使用 使用率 差错 差错率 错误 错误率 通过 通过率 成功 成功率 效率
    月度 季度 年度 月 季 年 日 周 当月 本月 全年 每月 每日 每周 每年 公司 部门 本部门 各部门 全公司 工作 管理 相关 各项
    各类 单位 规定 定额 发生 发生率 问题 事项 计划 目标 任务 实际 有效 按时 准时 平均值 均值 最高 最低 一次 首次 总体 整体 综合 主要 重点 关键 重要
    速度 频率 频次 准确性 及时性 完整性 有效性 稳定性
    """.split()  # noqa: SIM905
)
# input vocabulary: words that say WHO, WHERE or WHEN a measure is taken (an organisational unit, a level, a place, a
# channel), not WHAT is measured: 分行利润 is the profit of a branch, 一级主管离职人数 the leavers of one grade (the
# periods and 公司/部门 are in _SHAPE_ZH).  English: adjectives only ("Regional revenue"); a noun may be the
# denominator ("Revenue per store"), and English frame nouns changed no answer on the development names (round 12)
_FRAME_ZH = frozenset(
    """分行 支行 网点 门店 店 分店 总店 厂 全厂 车间 班组 工段 团队 小组 集团 总部 分公司 子公司 事业部 项目部 中心 区域 片区
    全区 全省 全市 全国 一级 二级 三级 各级 各 全 境外 境内 国内 海外 线上 线下""".split()  # noqa: SIM905
)
_FRAME_EN = frozenset(
    stem(w)
    for w in """regional global local domestic international corporate company enterprise organization organisation
    organizational divisional""".split()  # noqa: SIM905
)
_SHAPE_END_ZH = re.compile(
    r"(?:频率|频次|速度|准确性|及时性|完整性|次数|人数|件数|个数|天数|时间|时长|周期|占比|比例|比率|金额|总额|总量|总数|率|量|数|额|度|值)$"
)
_BREAKDOWN = re.compile(r"\s+(?:by|for each|per each|across)\s+[A-Za-z][A-Za-z &/-]*$", re.IGNORECASE)
_BRACKETS = re.compile(r"[（(]([^()（）]*)[)）]")
_SHAPE_EN = frozenset(
    stem(w)
    for w in """rate rates ratio ratios count counts number numbers no time times average avg mean median total totals
    percentage percent pct share proportion amount amounts level levels index score scores days day hours hour minutes
    week weeks month monthly months year yearly annual annually quarter quarterly daily weekly per kpi kpis metric
    metrics measure measurement performance target targets actual actuals overall achieved achievement attainment
    percentages value values volume frequency duration cycle trend trends rolling improve improvement increase decrease
    reduce reduction growth maintain achieve track tracking key main first overall qty quantity age department""".split()  # noqa: SIM905
)


def object_words(text: str) -> tuple[str, ...]:
    """The words of a measure's name that say what is measured (normalised; English words stemmed), in order.

    A bracketed gloss ("停留时间（周转时间）", "DNU(日新增用户数)") is another wording of the same name: read it
    with :func:`object_readings`.

    >>> object_words("废水排放量"), object_words("Average time to fill open positions")
    (('废水', '排放'), ('fill', 'open', 'position'))
    """
    out: dict[str, None] = {}
    for word in analyze(text, use_thesaurus=False).words:
        if has_cjk(word):
            out.update(dict.fromkeys(_chinese_objects(word)))
        elif word not in _SHAPE_EN and word not in _FRAME_EN and not word.isdigit() and len(word) > 1:
            out.setdefault(word, None)
    return tuple(out)


def _chinese_objects(word: str) -> list[str]:
    """A Chinese word without its shape endings (销售任务完成率 → 销售任务完成 → 销售 任务 完成 → 销售)."""
    core = word
    while len(core) >= 3 and (shorter := _SHAPE_END_ZH.sub("", core)) != core:
        core = shorter
    if not core or core in _SHAPE_ZH or core in _FRAME_ZH:
        return []
    pieces = tokenize(core, bigrams=False) if core != word else [core]
    if len(pieces) <= 1:
        return [core]
    return [p for piece in pieces for p in _chinese_objects(piece)]


def object_readings(text: str) -> tuple[tuple[str, ...], ...]:
    """The object words of ``text`` and, when it has a bracketed gloss, of the name without it and of the gloss
    alone: each is a wording of the same measure, and an indicator that explains one of them explains the name."""
    text = _BREAKDOWN.sub("", text)  # "Legal spend by practice area": a breakdown (WHO/WHERE), not the measure
    glosses = _BRACKETS.findall(text)
    if not glosses:
        return (object_words(text),)
    readings = (object_words(_BRACKETS.sub(" ", text)), *(object_words(g) for g in glosses))
    return tuple(r for r in readings if r) or ((),)


def canonical_words(text: str) -> str:
    """``text`` with each generic word of a synonym class (:func:`~kpiguide.text.analysis.word_classes`) written as
    its class's first word, the catalog's ("客人满意度" → "客户满意度", "Guest satisfaction" → "customer satisfaction")."""
    forms = _canonical_forms()
    if forms is None:
        return text
    pattern, first = forms
    words = set(analyze(text, use_thesaurus=False).words) if has_cjk(text) else set()

    def canonical(match: re.Match[str]) -> str:  # a Chinese term only as a word of its own (游客人次 has no 客人)
        term = match.group(0)
        return term if has_cjk(term) and normalize(term) not in words else first[term.lower()]

    return pattern.sub(canonical, text)


@cache
def _canonical_forms() -> tuple[re.Pattern[str], dict[str, str]] | None:
    first: dict[str, str] = {}
    for group in word_classes().concepts:
        for terms in (group.zh, group.en):
            first.update({t.lower(): terms[0] for t in terms[1:]})
    if not first:
        return None
    alternatives = sorted(first, key=len, reverse=True)
    pattern = "|".join(
        re.escape(t) if has_cjk(t) else rf"(?<![A-Za-z]){re.escape(t)}(?![A-Za-z])" for t in alternatives
    )
    return re.compile(pattern, re.IGNORECASE), first


@dataclass(frozen=True)
class ObjectCover:
    """What one text (an indicator's names, keywords, definition, industry and function words) explains.

    An object word is explained when it is part of the text (Chinese: a substring; English: one of its stemmed
    words) or names a thesaurus concept the text names too (回款 ≈ DSO).
    """

    chinese: str
    english: frozenset[str]
    concepts: frozenset[str]

    @classmethod
    def of(cls, texts: Iterable[str]) -> ObjectCover:
        parts = [normalize(t) for t in texts if t]
        joined = " | ".join(parts)
        return cls(
            chinese=joined,
            english=frozenset(w for w in tokenize(joined, bigrams=False) if not has_cjk(w)),
            concepts=frozenset(concepts(joined)),
        )

    def explains(self, word: str, word_concepts: Iterable[str] = ()) -> bool:
        """``word`` is part of the text (Chinese: a substring; English: one of its words) or shares a concept with it.

        Partial credit for a long Chinese word by its character pairs (解决问题: 解决) was tried and lost two right
        answers on the read halves of the development sets."""
        if (word in self.chinese) if has_cjk(word) else (word in self.english):
            return True
        return any(c in self.concepts for c in word_concepts)
