"""From company objectives (free text) to a proposed strategy map.

:func:`propose_strategy_map` matches each objective to the catalog's strategic objective
templates, follows their cause-and-effect links (learning & growth → internal process →
customer → financial) to the supporting objectives below and the outcomes above, names
the functions that typically own each objective and proposes indicators for each — the
first step from strategy to department goals.

>>> from kpiguide.suggest.cascade import propose_strategy_map
>>> smap = propose_strategy_map(["提升新产品收入", "缩短订单交付周期"])   # doctest: +SKIP
>>> [o.text("zh") for o in smap.objectives][:2]                          # doctest: +SKIP
['提升新产品收入', '缩短订单交付周期']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kpiguide.catalog import Catalog, StrategyTemplate, load_catalog
from kpiguide.core.errors import InputError, Problem
from kpiguide.core.i18n import detect_language, t
from kpiguide.core.model import Indicator, Perspective
from kpiguide.suggest.engine import IndicatorSuggester, default_suggester
from kpiguide.suggest.role_prior import strategy_indicators
from kpiguide.text.index import BilingualIndex

__all__ = ["MapObjective", "StrategyMap", "propose_strategy_map", "split_objectives"]

_ORDER = {p: i for i, p in enumerate(Perspective)}
_SPLIT = re.compile(r"[\n;；。]+")
# input vocabulary: list numbering people type (1. / 一、 / 2）), not user-facing text
_NUMBERING = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)[.、)）]\s*")


@dataclass(frozen=True)
class MapObjective:
    """One objective of a proposed strategy map.

    ``source`` is ``matched`` (it matches an input objective), ``supporting`` (a cause
    the links imply), ``outcome`` (an effect the links imply) or ``unmatched`` (an input
    no template fits; its indicators come straight from the suggester).
    """

    id: str
    text_zh: str
    text_en: str
    perspective: Perspective
    source: str
    inputs: tuple[str, ...]
    score: float
    functions: tuple[str, ...]
    indicators: tuple[Indicator, ...]

    def text(self, lang: str = "en") -> str:
        return self.text_zh if lang.startswith("zh") else self.text_en


@dataclass(frozen=True)
class StrategyMap:
    """Objectives by perspective, cause → effect links, owners and indicators."""

    objectives: tuple[MapObjective, ...]
    links: tuple[tuple[str, str], ...]
    lang: str
    catalog: Catalog

    def objective(self, objective_id: str) -> MapObjective:
        for o in self.objectives:
            if o.id == objective_id:
                return o
        raise KeyError(f"No objective {objective_id!r} in the strategy map")

    def by_perspective(self) -> dict[str, list[MapObjective]]:
        """Objectives grouped from the top of the map (financial) down."""
        out: dict[str, list[MapObjective]] = {p.value: [] for p in reversed(Perspective)}
        for o in self.objectives:
            out[o.perspective.value].append(o)
        return out

    def owners(self) -> dict[str, list[str]]:
        """Function id → ids of the objectives it typically owns."""
        out: dict[str, list[str]] = {}
        for o in self.objectives:
            for f in o.functions:
                out.setdefault(f, []).append(o.id)
        return out

    def to_dict(self) -> dict[str, Any]:
        tax = self.catalog.taxonomy
        lang = self.lang
        return {
            "lang": lang,
            "objectives": [
                {
                    "id": o.id,
                    "text": o.text(lang),
                    "text_zh": o.text_zh,
                    "text_en": o.text_en,
                    "perspective": o.perspective.value,
                    "source": o.source,
                    "inputs": list(o.inputs),
                    "score": round(o.score, 4),
                    "owners": [{"function": f, "name": tax.name("function", f, lang)} for f in o.functions],
                    "indicators": [{"id": i.id, "name_zh": i.name_zh, "name_en": i.name_en} for i in o.indicators],
                }
                for o in self.objectives
            ],
            "links": [{"from": a, "to": b} for a, b in self.links],
        }

    def to_rows(self) -> list[dict[str, Any]]:
        """Flat rows for a table, top perspective first."""
        tax = self.catalog.taxonomy
        lang = self.lang
        sep = t("suggest.list_separator", lang)
        rows = []
        for perspective, objs in self.by_perspective().items():
            for o in objs:
                rows.append(
                    {
                        "perspective": tax.name("perspective", perspective, lang),
                        "objective": o.text(lang),
                        "source": t(f"cascade.source.{o.source}", lang),
                        "owners": sep.join(tax.name("function", f, lang) for f in o.functions),
                        "indicators": sep.join(i.name(lang) for i in o.indicators),
                    }
                )
        return rows


def split_objectives(texts: str | Sequence[str]) -> list[str]:
    """One objective per item; a single text is split on new lines, semicolons, 。 and numbering."""
    items = [texts] if isinstance(texts, str) else list(texts)
    out: list[str] = []
    for item in items:
        for part in _SPLIT.split(str(item or "")):
            part = _NUMBERING.sub("", part).strip(" ,，、-*•\t")
            if part:
                out.append(part)
    return out


def _template_fields(tmpl: StrategyTemplate) -> list[tuple[str, float]]:
    return [
        (tmpl.text_zh, 3.0),
        (tmpl.text_en, 3.0),
        (" ; ".join(tmpl.keywords_zh), 2.0),
        (" ; ".join(tmpl.keywords_en), 2.0),
    ]


def _industry_of(ref: str, catalog: Catalog) -> str | None:
    prefix = ref.split(".", 1)[0]
    return prefix if prefix in catalog.taxonomy.industries and prefix != "general" else None


def _fits_industry(tmpl: StrategyTemplate, catalog: Catalog, industry: str | None) -> bool:
    """False for templates of one other industry (all their indicators belong to that industry)."""
    industries = {_industry_of(r, catalog) for r in tmpl.indicators}
    if None in industries or len(industries) > 1:
        return True
    return industry is not None and industry in industries


def propose_strategy_map(
    objectives: str | Sequence[str],
    *,
    industry: str | None = None,
    catalog: Catalog | None = None,
    suggester: Any = None,
    lang: str | None = None,
    min_score: float = 0.12,
    n_supporting: int = 2,
    depth: int = 2,
    n_indicators: int = 3,
) -> StrategyMap:
    """Propose a strategy map for company objectives given as free text (Chinese or English).

    Parameters
    ----------
    objectives : str or sequence of str
        One objective per item (a single text is split on lines, semicolons and numbering).
    industry : str, optional
        Industry id (or name) to prefer industry indicators and templates.
    catalog, suggester : optional
        The catalog (default: built-in) and a fitted ``IndicatorSuggester`` (default:
        :func:`kpiguide.suggest.engine.default_suggester` when the catalog is the built-in one).
    min_score : float
        Minimum template match score for an input to count as matched.
    n_supporting : int
        Supporting objectives kept per matched objective and level.
    depth : int
        How many levels of causes to follow below each matched objective.
    n_indicators : int
        Indicators proposed per objective.
    """
    items = split_objectives(objectives)
    lang = lang or detect_language(" ".join(items))
    lang = "zh" if lang.startswith("zh") else "en"
    if not items:
        raise InputError(
            t("cascade.no_objectives", lang), [Problem(t("cascade.no_objectives", lang), field="objectives")]
        )
    catalog, suggester = _engines(catalog, suggester)
    industry = catalog.check_filter("industry", industry)
    templates = [tp for tp in catalog.templates if _fits_industry(tp, catalog, industry)]
    by_id = {tp.id: tp for tp in templates}
    index = BilingualIndex.build([_template_fields(tp) for tp in templates]) if templates else None

    chosen, unmatched, all_scores = _match_inputs(
        items, templates, index, suggester, industry, min_score, lang, n_indicators
    )

    score_of = {tp.id: float(all_scores[i]) for i, tp in enumerate(templates)}
    _add_causes(chosen, templates, score_of, depth=depth, n_supporting=n_supporting)
    _add_outcomes(chosen, by_id, score_of)

    result = [
        _template_objective(
            by_id[tid], e, _indicators_for(by_id[tid], by_id, e, catalog, suggester, industry, n_indicators, lang)
        )
        for tid, e in chosen.items()
    ]
    result += [_unmatched_objective(n, text, sugg) for n, (text, sugg) in enumerate(unmatched, start=1)]
    rank = {"matched": 0, "unmatched": 0, "outcome": 1, "supporting": 2}
    result.sort(key=lambda o: (-_ORDER[o.perspective], rank[o.source], -o.score))
    ids = {o.id for o in result}
    links = tuple((tid, target) for tid in ids if tid in by_id for target in by_id[tid].drives if target in ids)
    return StrategyMap(tuple(result), tuple(sorted(links)), lang, catalog)


def _match_inputs(
    items: Sequence[str],
    templates: Sequence[StrategyTemplate],
    index: BilingualIndex | None,
    suggester: Any,
    industry: str | None,
    min_score: float,
    lang: str,
    n_indicators: int,
) -> tuple[dict[str, _Choice], list[tuple[str, list[Any]]], np.ndarray]:
    """The templates each input matches (a department's own reading first, as in suggest), the inputs no
    template fits (with suggestions), and every template's best match score."""
    chosen: dict[str, _Choice] = {}
    unmatched: list[tuple[str, list[Any]]] = []
    all_scores = np.zeros(len(templates))
    for text in items:
        scores = index.scores(index.query(text)) if index is not None else np.zeros(0)
        all_scores = np.maximum(all_scores, scores) if scores.size else all_scores
        hits = _hits(scores, min_score)
        ctx = _read(suggester, text, industry)
        if ctx is not None and ctx.department:
            # "销售部：公司战略目标是提高市场份额": the department's own reading of the strategy, as in suggest
            where = {tp.id: k for k, tp in enumerate(templates)}
            hits = [where[tid] for tid, _ in ctx.strategies if tid in where] or hits
        if not hits:
            unmatched.append((text, suggester.suggest(text, industry=industry, top_k=n_indicators, lang=lang)))
        for i in hits:
            entry = chosen.setdefault(templates[i].id, _Choice("matched"))
            entry.inputs.append(text)
            entry.score = max(entry.score, float(scores[i]))
            if ctx is not None and ctx.department and ctx.department not in entry.departments:
                entry.departments.append(ctx.department)

    return chosen, unmatched, all_scores


@dataclass
class _Choice:
    """Why a template is on the map (its ``source``), from which inputs, with which match score."""

    source: str
    inputs: list[str] = field(default_factory=list)
    score: float = 0.0
    departments: list[str] = field(default_factory=list)


def _read(suggester: Any, text: str, industry: str | None) -> Any:
    """What the suggester reads in one input (department, strategies), or None for a suggester without it."""
    reader = getattr(suggester, "context", None)
    if reader is None:
        return None
    try:
        return reader(text, industry=industry)
    except InputError:
        return None


def _engines(catalog: Catalog | None, suggester: Any) -> tuple[Catalog, Any]:
    """The catalog (default: built-in) and a suggester fitted on it (the shared default for the built-in one)."""
    if catalog is None:
        catalog = load_catalog()
        if suggester is None:
            suggester = default_suggester()
    if suggester is None:
        suggester = IndicatorSuggester().fit(catalog)
    return catalog, suggester


def _hits(scores: np.ndarray, min_score: float) -> list[int]:
    """The (at most two) templates an input matches: above ``min_score`` and close to the best one."""
    if not scores.size:
        return []
    order = np.argsort(-scores, kind="stable")[:2]
    return [int(i) for i in order if scores[i] >= min_score and scores[i] >= 0.75 * scores[order[0]]]


def _add_causes(
    chosen: dict[str, _Choice],
    templates: Sequence[StrategyTemplate],
    score_of: Mapping[str, float],
    *,
    depth: int,
    n_supporting: int,
) -> None:
    """Add the best-matching causes of the matched objectives, ``depth`` levels down."""
    causes: dict[str, list[StrategyTemplate]] = {}
    for tp in templates:
        for target in tp.drives:
            causes.setdefault(target, []).append(tp)
    frontier = [tid for tid, e in chosen.items() if e.source == "matched"]
    for _ in range(depth):
        nxt: list[str] = []
        for tid in frontier:
            ranked = sorted(causes.get(tid, []), key=lambda c: (-score_of[c.id], c.id))[:n_supporting]
            for c in ranked:
                if c.id not in chosen:
                    chosen[c.id] = _Choice("supporting", score=score_of[c.id])
                    nxt.append(c.id)
        frontier = nxt


def _add_outcomes(
    chosen: dict[str, _Choice], by_id: Mapping[str, StrategyTemplate], score_of: Mapping[str, float]
) -> None:
    """Add the first two effects of every matched objective."""
    for tid in [tid for tid, e in chosen.items() if e.source == "matched"]:
        for target in by_id[tid].drives[:2]:
            if target in by_id and target not in chosen:
                chosen[target] = _Choice("outcome", score=score_of.get(target, 0.0))


def _template_objective(tp: StrategyTemplate, choice: _Choice, indicators: tuple[Indicator, ...]) -> MapObjective:
    return MapObjective(
        id=tp.id,
        text_zh=tp.text_zh,
        text_en=tp.text_en,
        perspective=tp.perspective,
        source=choice.source,
        inputs=tuple(choice.inputs),
        score=choice.score,
        functions=tp.functions,
        indicators=indicators,
    )


def _unmatched_objective(n: int, text: str, suggestions: Sequence[Any]) -> MapObjective:
    """An input no template fits, placed in its suggested indicators' most common perspective."""
    perspectives = Counter(s.indicator.perspective for s in suggestions)
    perspective = perspectives.most_common(1)[0][0] if perspectives else Perspective.FINANCIAL
    return MapObjective(
        id=f"input_{n}",
        text_zh=text,
        text_en=text,
        perspective=perspective,
        source="unmatched",
        inputs=(text,),
        score=0.0,
        functions=tuple(dict.fromkeys(s.indicator.function for s in suggestions)),
        indicators=tuple(s.indicator for s in suggestions),
    )


def _indicators_for(
    tmpl: StrategyTemplate,
    by_id: Mapping[str, StrategyTemplate],
    choice: _Choice,
    catalog: Catalog,
    suggester: Any,
    industry: str | None,
    k: int,
    lang: str,
) -> tuple[Indicator, ...]:
    """The template's indicators read as ``kpiguide suggest`` reads a strategy (``strategy_indicators``): for a
    department named in the input, the indicators that measure or drive the strategy in that department."""
    picked: list[Indicator] = []

    def fn_of(ref: str) -> str | None:
        return catalog.get(ref).function if ref in catalog else None

    department = choice.departments[0] if choice.departments else None
    owned_by = getattr(suggester, "role_owned_ids", None)  # role_owned (round 40); absent from other suggesters
    owned = owned_by(department) if owned_by is not None else frozenset()
    refs = (
        [ref for ref, _, _ in strategy_indicators(tmpl, by_id, department, fn_of, owned)]
        if department
        else tmpl.indicators
    )
    for ref in refs:
        if ref in catalog and len(picked) < k:
            ind = catalog.get(ref)
            usable = "general" in ind.industries or (industry is not None and industry in ind.industries)
            if usable or (industry is None and department is None):
                picked.append(ind)
    if len(picked) < k:
        functions = [f for f in tmpl.functions if f in catalog.taxonomy.functions]
        for s in suggester.suggest(
            tmpl.text(lang),
            industry=industry,
            function=functions or None,
            exclude=[p.id for p in picked],
            top_k=k,
            lang=lang,
        ):
            if len(picked) >= k or s.score < 0.08:
                break
            picked.append(s.indicator)
    return tuple(picked)
