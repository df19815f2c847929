"""SMART analysis of one indicator or goal statement, in Chinese, English or both.

>>> result = analyze("提高客户满意度", matcher=None)
>>> result.criteria["measurable"].ok, result.criteria["achievable"].ok
(False, None)

Specific, measurable and time-bound are read from the text itself (word lists in
``profiles/smart_lexicon.yaml``, quantities from :mod:`kpiguide.checks.quantities`,
time references from :mod:`kpiguide.checks.deadlines`).  Achievable and relevant need
other engines, passed in as callables so that the analysis can be tested offline:

* ``assess`` — the achievability engine (default: ``kpiguide.achievability.assess``),
  used only when ``history`` is given;
* ``relevance`` — a relevance scorer ``(kpi_text, objective_text) -> float in [0, 1]``
  (default: ``kpiguide.suggest.engine.default_suggester().relevance``), used only when an
  ``objective`` is given; a :class:`SchemeRelevance` scorer also gets the scheme's other
  objectives when ``analyze`` is given them (``siblings=``);
* ``matcher`` — ``text -> Indicator | None`` for the indicator name of the rewrite
  (default: the best catalog suggestion of ``kpiguide.suggest.engine.default_suggester()``);
  ``None`` turns catalog matching off.

Without history the achievable criterion answers ``None`` ("cannot judge yet") and
says which data would settle it; it never guesses.  When a default engine is not
installed, the criterion that needs it answers ``None`` and an info finding
``smart.engine_unavailable`` says so.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Protocol, runtime_checkable

from kpiguide.checks.deadlines import TimeExpression, find_time_expressions, first_deadline
from kpiguide.checks.lexicon import Lexicon, load_lexicon
from kpiguide.checks.quantities import Quantity, find_quantities, normalize_statement
from kpiguide.core.errors import InputError
from kpiguide.core.findings import Finding
from kpiguide.core.i18n import detect_language, has_cjk, normalize_lang, t
from kpiguide.core.numbers import format_number, format_percent
from kpiguide.core.periods import Period

__all__ = ["CRITERIA", "TEXT_CRITERIA", "Criterion", "SchemeRelevance", "SmartResult", "analyze"]

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
MIN_HISTORY_MONTHS = 12
RELEVANCE_THRESHOLD = 0.3
"""The relevance score under which :func:`analyze` marks a KPI not relevant to its objective (0.3 since round 6).

Round 42b (issue 12) judges it once, by a rule committed before any run printing counts at another threshold on the
development halves.  Choice: on the pooled halves A of held-out 6-41 (``python benchmarks/smart_quality.py --halves
--thresholds A``), the lowest threshold of ``THRESHOLDS`` (0.15 / 0.2 / 0.25 / 0.3 / 0.35 / 0.4 / 0.5) whose pooled
precision, from the printed counts, is not lower than at 0.3 by more than 0.010 (0.3 if none; then no judged run).
Judgement, once (``--halves --thresholds B``): pass if on the pooled halves B of held-out 6-41 recall at the chosen
threshold is higher than at 0.3 and precision not lower by more than 0.010, and on sets 1-5 precision not lower by more
than 0.010.  The suggestion benchmark is unaffected by construction: only this check's relevant verdict reads the
threshold.  Pass: the chosen threshold becomes this default; fail: it stays 0.3 (ROUND_42 of
benchmarks/smart_quality.py records the figures).  Result: the choice is 0.3 itself (on the halves A precision at 0.25
is 0.874 against 0.894 at 0.3, 0.020 lower), so no judged run was made and the default stays 0.3.
"""
_DEFAULT = "default"


class _EngineUnavailable(Exception):
    def __init__(self, engine: str) -> None:
        super().__init__(engine)
        self.engine = engine


@dataclass(frozen=True)
class Criterion:
    """The answer to one SMART criterion: ``ok`` is True, False or None (cannot judge)."""

    ok: bool | None
    reason_zh: str
    reason_en: str
    lang: str = "en"

    @property
    def reason(self) -> str:
        return self.reason_zh if self.lang == "zh" else self.reason_en

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "reason": self.reason}


@dataclass(frozen=True)
class SmartResult:
    """Result of :func:`analyze`.

    ``criteria`` maps each of :data:`CRITERIA` to a :class:`Criterion`; ``findings``
    holds one finding per problem; ``rewrite`` is a SMART version of the statement in
    ``lang`` (``rewrite_zh``/``rewrite_en`` hold both).  ``details`` keeps what was
    recognised (quantities, time expressions, probability, relevance score).
    """

    text: str
    lang: str
    criteria: Mapping[str, Criterion]
    findings: tuple[Finding, ...]
    rewrite_zh: str
    rewrite_en: str
    details: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "criteria", MappingProxyType(dict(self.criteria)))
        object.__setattr__(self, "details", MappingProxyType(dict(self.details)))

    @property
    def rewrite(self) -> str:
        return self.rewrite_zh if self.lang == "zh" else self.rewrite_en

    @property
    def is_smart(self) -> bool:
        return all(c.ok for c in self.criteria.values())

    def to_dict(self) -> dict[str, Any]:
        """``{"text", "criteria", "findings", "rewrite"}`` in the result's language."""
        return {
            "text": self.text,
            "criteria": {name: self.criteria[name].to_dict() for name in CRITERIA},
            "findings": [f.to_dict(self.lang) for f in self.findings],
            "rewrite": self.rewrite,
        }


def _both(key: str, **params: Any) -> tuple[str, str]:
    return t(key, "zh", **params), t(key, "en", **params)


def _criterion(ok: bool | None, key: str, lang: str, **params: Any) -> Criterion:
    zh, en = _both(key, **params)
    return Criterion(ok, zh, en, lang)


def _fmt_quantity(q: Quantity) -> str:
    if q.kind == "percent":
        if q.bound == "range":
            return f"{format_number(q.value)}–{format_number(q.high or 0)}%"
        return f"{format_number(q.value)}%"
    return q.text


# -- the engines, injectable --------------------------------------------------------------------
def _default_assess() -> Callable[..., Any]:
    try:
        from kpiguide.achievability import assess  # optional engine, heavy (scipy, scikit-learn); may be absent
    except ImportError as exc:
        raise _EngineUnavailable("kpiguide.achievability") from exc
    return assess


def _default_suggester() -> Any:
    try:
        from kpiguide.suggest.engine import default_suggester  # optional engine, heavy (scikit-learn); may be absent
    except ImportError as exc:
        raise _EngineUnavailable("kpiguide.suggest.engine") from exc
    return default_suggester()


def _default_linker() -> Any:
    try:
        from kpiguide.suggest.linking import default_linker  # optional engine, heavy (scikit-learn); may be absent
    except ImportError as exc:
        raise _EngineUnavailable("kpiguide.suggest.linking") from exc
    return default_linker()


def _default_relevance() -> Callable[[str, str], float]:
    """Relevance through KPI linking (the KPI's catalog indicator and the objective's strategy templates)."""
    suggester = _default_suggester()
    try:
        from kpiguide.suggest.relevance import LinkedRelevance  # optional engine, heavy (scikit-learn); may be absent
    except ImportError as exc:
        raise _EngineUnavailable("kpiguide.suggest.relevance") from exc
    return LinkedRelevance(suggester, _default_linker())


def _default_matcher() -> Callable[[str], Any]:
    """The catalog indicator a statement's KPI is (KPI linking), for the rewrite; None when none matches."""
    linker = _default_linker()

    def match(text: str) -> Any:
        return linker.link(text).indicator

    return match


@lru_cache(maxsize=1)
def _catalog_vocabulary() -> Callable[[str], str | None]:
    """Names and keywords of the catalog's indicators and the thesaurus terms, as one matcher (then KPI linking).

    Generic words (the lexicon's generic nouns and vague verbs: 质量, 效率, performance …) and
    very short terms are left out, so only words that name something measurable remain.
    """
    try:
        from kpiguide.catalog import load_catalog  # optional: catalog files, loaded only when matching
        from kpiguide.text.analysis import normalize, thesaurus  # optional: tokeniser (jieba), heavy
    except ImportError as exc:
        raise _EngineUnavailable("kpiguide.catalog") from exc
    lex = load_lexicon()
    terms: set[str] = set()
    for ind in load_catalog():
        for term in (ind.name_zh, ind.name_en, *ind.keywords_zh, *ind.keywords_en):
            terms.add(re.sub(r"[（(].*?[)）]", "", str(term)))
    for concept in thesaurus().concepts:
        if concept.id not in _GENERIC_CONCEPTS:
            terms.update(concept.zh)
            terms.update(concept.en)
    kept: set[str] = set()
    for term in terms:
        norm = normalize(term).strip()
        cjk = has_cjk(norm)
        if len(norm) < (2 if cjk else 4) or not re.search(r"[\w\u4e00-\u9fff]", norm):
            continue
        if any(m.group(0).lower() == norm for words in (lex.generic_nouns, lex.vague_verbs) for m in words.find(norm)):
            continue
        kept.add(norm)
    cjk_terms = sorted((term for term in kept if has_cjk(term)), key=len, reverse=True)
    latin = sorted((term for term in kept if not has_cjk(term)), key=len, reverse=True)
    pattern = re.compile(
        "|".join([*(re.escape(t) for t in cjk_terms), *(rf"(?<![a-z0-9]){re.escape(t)}(?![a-z0-9])" for t in latin)])
    )

    linker = _default_linker()

    def find(text: str) -> str | None:
        hit = pattern.search(normalize(text))
        if hit:
            return hit.group(0)
        # a KPI name the linker knows exactly (a practitioner's name of a catalog indicator) is concrete too
        found = linker.link(text)
        return found.name if found.indicator is not None and found.method in ("name", "keyword") else None

    return find


# thesaurus concepts too broad to name an object on their own
_GENERIC_CONCEPTS = frozenset({"satisfaction"})


def _engine_finding(engine: str, purpose_key: str, subject: str) -> Finding:
    purpose_zh, purpose_en = _both(purpose_key)
    return Finding.create(
        "smart.engine_unavailable",
        "info",
        subject,
        zh={"engine": engine, "purpose": purpose_zh},
        en={"engine": engine, "purpose": purpose_en},
        details={"engine": engine, "purpose": purpose_en},
    )


# -- the analysis -------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Parsed:
    text: str
    quantities: tuple[Quantity, ...]
    times: tuple[TimeExpression, ...]
    targets: tuple[Quantity, ...]
    zero_word: str | None
    deliverable: str | None
    vague_verb: str | None
    generic_noun: str | None
    concrete: str | None
    lower: bool


def _parse(
    text: str, lex: Lexicon, today: dt.date | None, vocabulary: Callable[[str], str | None] | None = None
) -> _Parsed:
    times = find_time_expressions(text, today=today, lexicon=lex)
    quantities = find_quantities(text, ignore=[(e.start, e.end) for e in times], lexicon=lex)
    targets = tuple(q for q in quantities if q.kind != "scale")
    generic_spans = [(m.start(), m.end()) for m in lex.generic_nouns.find(text)]
    # units stay: "two blog posts" names its object
    rest = _blank(text, generic_spans + [(e.start, e.end) for e in times])
    concrete_match = lex.metric_terms.search(rest)
    abbreviation = next(
        (m for m in lex.metric_abbreviations.finditer(rest) if m[1] not in lex.activity_abbreviations), None
    )
    concrete = concrete_match[0] if concrete_match else (abbreviation[0] if abbreviation else None)
    if concrete is None and vocabulary is not None:
        # what the catalog measures (人均产值, subscribers, ERP) is a concrete object even when the
        # lexicon's generic metric words do not cover it
        concrete = vocabulary(rest)
    zero = lex.zero_words.search(text)
    action = lex.concrete_verbs.search(text)
    if concrete is None and action and not generic_spans and (targets or zero):
        # a concrete action with an amount on a non-generic object (reduce office printing by 30%)
        concrete = _object_phrase(text, lex, times, quantities) or action[0]
    deliverable = None
    verb = next((m for m in lex.deliverable_verbs.find(text) if not _NOUN_AFTER_VERB.match(text, m.end())), None)
    if verb and concrete:
        deliverable = _object_phrase(text, lex, times, quantities) or verb[0]
    vague = lex.vague_verbs.search(text)
    generic = lex.generic_nouns.search(text)
    return _Parsed(
        text=text,
        quantities=quantities,
        times=times,
        targets=targets,
        zero_word=zero[0] if zero else None,
        deliverable=deliverable,
        vague_verb=vague[0] if vague else None,
        generic_noun=generic[0] if generic else None,
        concrete=concrete,
        # "不低于" / "no lower than" are lower bounds, not a lower-is-better direction
        lower=bool(
            lex.lower_words.search(
                _blank(
                    text, [(e.start, e.end) for e in times] + [(m.start(), m.end()) for m in lex.bound_min.find(text)]
                )
            )
        ),
    )


# 交付周期, 发布频率: the verb is part of a noun, not a deliverable (input vocabulary, not user-facing text)
_NOUN_AFTER_VERB = re.compile(r"周期|率|时间|天数|时长|数量|量|次数|频率|成本|费用")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, min(end, len(chars))):
            chars[i] = " "
    return "".join(chars)


# input vocabulary: filler words and punctuation dropped from the object phrase (not user-facing text)
_FILLER = re.compile(
    r"(?<![A-Za-z])(?:the|a|an|of|to|by|at|in|on|for|from|and|or|our|its|with|than|more|less|per|each|every|"
    r"new|keep|make|be|across|overall|all)(?![A-Za-z])|[将把使的在为到至了和与及、，,。.;；:：()（）“”\"'!！?？~～\-]|较|从|保持|控制|达到|实现",
    re.IGNORECASE,
)


def _object_phrase(text: str, lex: Lexicon, times: tuple[TimeExpression, ...], quantities: tuple[Quantity, ...]) -> str:
    """What the statement is about, with verbs, numbers, bounds and dates removed."""
    spans = [(e.start, e.end) for e in times] + [(q.start, q.end) for q in quantities]
    for words in (lex.vague_verbs, lex.concrete_verbs, lex.bound_min, lex.bound_max, lex.zero_words):
        spans += [(m.start(), m.end()) for m in words.find(text)]
    rest = _FILLER.sub(" ", _blank(text, spans))
    rest = re.sub(r"\s+", " ", rest).strip()
    if has_cjk(rest):
        rest = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", rest)
    return rest[:60]


def _specific(p: _Parsed, lang: str) -> Criterion:
    has_amount = bool(p.targets) or p.zero_word is not None
    if p.concrete is None:
        if p.generic_noun:
            return _criterion(False, "smart.reason.generic_noun", lang, noun=p.generic_noun)
        if p.vague_verb and not has_amount:
            return _criterion(False, "smart.reason.vague_verb", lang, verb=p.vague_verb)
        return _criterion(False, "smart.reason.no_object", lang)
    if p.vague_verb and not has_amount:
        return _criterion(False, "smart.reason.vague_verb", lang, verb=p.vague_verb)
    return _criterion(True, "smart.reason.specific_ok", lang, object=p.concrete)


def _measurable(p: _Parsed, lang: str) -> Criterion:
    if p.targets:
        shown = ", ".join(_fmt_quantity(q) for q in p.targets[:3])
        return _criterion(True, "smart.reason.measurable_quantity", lang, quantity=shown)
    if p.zero_word:
        return _criterion(True, "smart.reason.measurable_zero", lang, word=p.zero_word)
    if p.deliverable:
        return _criterion(True, "smart.reason.measurable_deliverable", lang, deliverable=p.deliverable)
    return _criterion(False, "smart.reason.not_measurable", lang)


def _time_label(expr: TimeExpression, lang: str) -> str:
    if expr.kind == "recurring" and expr.frequency is not None:
        return t(f"frequency.every.{expr.frequency.value}", lang)
    return expr.label(lang)


def _time_bound(p: _Parsed, lang: str) -> Criterion:
    expr = first_deadline(p.times) or (p.times[0] if p.times else None)
    if expr is None:
        return _criterion(False, "smart.reason.not_time_bound", lang)
    key = {"date": "time_deadline", "period": "time_period", "recurring": "time_recurring", "frame": "time_frame"}[
        expr.kind
    ]
    if expr.deadline and expr.kind == "period":
        key = "time_deadline"
    zh, en = _time_label(expr, "zh"), _time_label(expr, "en")
    return Criterion(True, t(f"smart.reason.{key}", "zh", label=zh), t(f"smart.reason.{key}", "en", label=en), lang)


def _main_target(p: _Parsed) -> Quantity | None:
    targets = [q for q in p.targets if q.role == "target"]
    bounded = [q for q in targets if q.bound != "exact" or not q.relative]
    chosen = bounded or targets
    return chosen[0] if chosen else None


# input vocabulary: "percentage points" in a Chinese target (not user-facing text)
_PERCENT_POINTS = "百分点"


def _absolute_target(target: Quantity, baseline: float, lower: bool) -> float:
    """A level from the stated target; relative changes are applied to ``baseline``."""
    if not target.relative:
        return target.value if target.bound != "range" else (target.value + (target.high or target.value)) / 2
    sign = -1.0 if lower else 1.0
    if target.kind == "percent" and _PERCENT_POINTS not in target.text and "point" not in target.text.lower():
        return baseline * (1 + sign * target.value / 100.0)
    if target.kind == "multiple":
        return baseline * target.value if not lower else baseline / max(target.value, 1e-9)
    return baseline + sign * target.value


def _horizon(p: _Parsed, history: Any) -> int:
    expr = first_deadline(p.times)
    if expr is None or expr.due is None or len(history.index) == 0:
        return 1
    try:
        last = Period.parse(str(history.index[-1]), "month")
    except ValueError:
        return 1
    months = (expr.due.year - last.year) * 12 + expr.due.month - last.start_month
    return max(1, months)


def _bands(assessment: Any) -> dict[str, Any]:
    bands = dict(getattr(assessment, "bands", {}) or {})
    out = {}
    for name in ("floor", "base", "stretch"):
        value = bands.get(name)
        out[name] = format_number(float(value)) if isinstance(value, int | float) else "?"
    return out


def _achievable(
    p: _Parsed, history: Any, assess: Any, lang: str, direction: str | None, subject: str
) -> tuple[Criterion, list[Finding], dict[str, Any]]:
    info: dict[str, Any] = {}
    if history is None or len(history) == 0:
        crit = _criterion(None, "smart.reason.no_history", lang)
        return crit, [_unknown_finding(subject, crit, "history")], info
    try:
        engine = _default_assess() if assess == _DEFAULT else assess
    except _EngineUnavailable as exc:
        crit = _criterion(None, "smart.reason.engine_unavailable", lang, engine=exc.engine)
        return crit, [_engine_finding(exc.engine, "smart.purpose.achievability", subject)], info
    values = history.dropna()
    baseline = float(values.iloc[-3:].mean()) if len(values) else float("nan")
    info["baseline"] = baseline
    lower = direction == "lower" if direction else p.lower
    target = _main_target(p)
    horizon = _horizon(p, history)
    if target is None:
        assessment = engine(history, None, direction="lower" if lower else "higher", horizon=horizon, lang=lang)
        bands = _bands(assessment)
        info["assessment"] = assessment
        crit = _criterion(None, "smart.reason.no_target", lang, **bands)
        return crit, [_unknown_finding(subject, crit, "target")], info
    level = _absolute_target(target, baseline, lower)
    info["target"] = level
    assessment = engine(history, level, direction="lower" if lower else "higher", horizon=horizon, lang=lang)
    info["assessment"] = assessment
    prob = getattr(assessment, "p_attain", None)
    bands = _bands(assessment)
    target_text = format_number(level)
    if prob is None:
        explanation = str(getattr(assessment, "explanation", ""))
        crit = _criterion(None, "smart.reason.probability_none", lang, explanation=explanation)
        return crit, [_unknown_finding(subject, crit, "history")], info
    prob = float(prob)
    info["p_attain"] = prob
    params = {"n": getattr(assessment, "n_history", len(values)), "method": getattr(assessment, "method", "?"),
              "target": target_text, "p_pct": format_percent(prob)}  # fmt: skip
    findings: list[Finding] = []
    if prob < 0.2:
        ok = False
        findings.append(
            Finding.create(
                "smart.target_unlikely", "warning", subject, target=target_text, p_pct=format_percent(prob), **bands
            )
        )
    else:
        ok = True
        if prob > 0.95:
            findings.append(
                Finding.create(
                    "smart.target_too_easy", "info", subject, target=target_text, p_pct=format_percent(prob), **bands
                )
            )
    return _criterion(ok, "smart.reason.probability", lang, **params), findings, info


def _unknown_finding(subject: str, crit: Criterion, needs: str) -> Finding:
    """``smart.achievability_unknown``: why achievability cannot be judged and which data would settle it."""
    need_zh, need_en = _both(f"smart.need.{needs}", months=MIN_HISTORY_MONTHS)
    return Finding.create(
        "smart.achievability_unknown",
        "info",
        subject,
        zh={"reason": crit.reason_zh, "need": need_zh},
        en={"reason": crit.reason_en, "need": need_en},
        details={"needs": needs},
    )


@runtime_checkable
class SchemeRelevance(Protocol):
    """A relevance scorer that reads the KPI's scheme: besides ``(kpi_text, objective_text) -> score`` it scores a pair
    given the texts of the scheme's other objectives (``siblings``; ``None``: no scheme known) and returns the score
    with the objective's own-object words it used (the why; empty when none).
    :class:`kpiguide.suggest.relevance.LinkedRelevance` implements it; a plain ``Callable[[str, str], float]`` is
    scored without the scheme."""

    def __call__(self, kpi_text: str, objective_text: str) -> float: ...

    def score_in_scheme(
        self, kpi_text: str, objective_text: str, siblings: Sequence[str] | None
    ) -> tuple[float, tuple[str, ...]]: ...


def _relevant(
    text: str,
    objective: str | None,
    relevance: Any,
    threshold: float,
    lang: str,
    subject: str,
    siblings: Sequence[str] | None = None,
) -> tuple[Criterion, list[Finding], float | None]:
    if objective is None or not objective.strip():
        return (_criterion(None, "smart.reason.no_objective", lang), [Finding.create("smart.no_objective", "info", subject)], None)  # fmt: skip
    try:
        scorer: Any = _default_relevance() if relevance == _DEFAULT else relevance
    except _EngineUnavailable as exc:
        crit = _criterion(None, "smart.reason.engine_unavailable", lang, engine=exc.engine)
        return crit, [_engine_finding(exc.engine, "smart.purpose.relevance", subject)], None
    own = ""
    if isinstance(scorer, SchemeRelevance):
        value, words = scorer.score_in_scheme(text, objective, None if siblings is None else tuple(siblings))
        score, own = float(value), ", ".join(words)
    else:
        score = float(scorer(text, objective))
    if not 0.0 <= score <= 1.0 or math.isnan(score):
        raise ValueError(f"The relevance scorer must return a number in [0, 1]; got {score!r}.")
    params: dict[str, Any] = {"score": f"{score:.2f}", "threshold": f"{threshold:.2f}"}
    if score >= threshold:
        key = "smart.reason.relevance_own_object" if own else "smart.reason.relevance"
        return _criterion(True, key, lang, word=own, **params), [], score
    finding = Finding.create("smart.weak_relevance", "warning", subject, objective=objective[:80], **params)
    return _criterion(False, "smart.reason.relevance", lang, **params), [finding], score


# -- the rewrite --------------------------------------------------------------------------------
def _rewrite(
    p: _Parsed,
    lang: str,
    lex: Lexicon,
    indicator: Any,
    info: Mapping[str, Any],
    period: Any,
    crit_specific: Criterion,
) -> str:
    phrase = _object_phrase(p.text, lex, p.times, p.quantities)
    if indicator is not None:
        name = indicator.name(lang)
    elif crit_specific.ok and phrase:
        name = phrase
    elif phrase:
        name = t("smart.placeholder.name_of", lang, phrase=phrase)
    else:
        name = t("smart.placeholder.name", lang)
    expr = first_deadline(p.times)
    recurring = next((e for e in p.times if e.kind == "recurring"), None)
    if expr is not None:
        label = _time_label(expr, lang)
        when = t("smart.rewrite.when_deadline", lang, label=label) if expr.kind != "recurring" else label
    elif period is not None:
        when = t("smart.rewrite.when_deadline", lang, label=period.label(lang))
    elif recurring is not None:
        when = _time_label(recurring, lang)
    else:
        when = t("smart.placeholder.deadline", lang)
    if expr is not None and recurring is not None and recurring is not expr:
        when = f"{when}{'，' if lang == 'zh' else ', '}{_time_label(recurring, lang)}"
    baseline = info.get("baseline")
    prob = info.get("p_attain")
    extra = ""
    if baseline is not None and math.isfinite(baseline):
        if prob is not None:
            extra = t(
                "smart.rewrite.extra_probability", lang, baseline=format_number(baseline), p_pct=format_percent(prob)
            )
        else:
            extra = t("smart.rewrite.extra_baseline", lang, baseline=format_number(baseline))
    target = _main_target(p)
    lower = p.lower if indicator is None or p.lower else str(getattr(indicator, "direction", "higher")) == "lower"
    baseline_q = next((q for q in p.targets if q.role == "baseline"), None)
    if target is None:
        assessment = info.get("assessment")
        bands = _bands(assessment) if assessment is not None else {}
        if p.deliverable and not p.zero_word:
            return _finish(t("smart.rewrite.deliverable", lang, name=phrase or name, when=when, extra=extra), lang)
        target_text = bands.get("base", "?")
        if target_text == "?":
            target_text = t("smart.placeholder.target", lang)
        if p.zero_word:
            target_text = "0"
        key = "max" if lower else "min"
        # a bound already written without its number ("不超过〔目标值〕") keeps its side
        sides = _bound_sides(p.text, lex)
        if len(sides) == 1:
            key = sides.pop()
        return _finish(t(f"smart.rewrite.{key}", lang, name=name, target=target_text, when=when, extra=extra), lang)
    target_text = _fmt_quantity(target)
    if baseline_q is not None:
        verb = t("smart.rewrite.down" if lower else "smart.rewrite.up", lang)
        text = t("smart.rewrite.from_to", lang, name=name, baseline=_fmt_quantity(baseline_q), target=target_text,
                 verb=verb, when=when, extra=extra)  # fmt: skip
        return _finish(text, lang)
    if target.relative:
        key = "down_by" if lower else "up_by"
    elif target.bound == "exact":
        key = "exact"
    else:
        key = target.bound
    return _finish(t(f"smart.rewrite.{key}", lang, name=name, target=target_text, when=when, extra=extra), lang)


def _bound_sides(text: str, lex: Lexicon) -> set[str]:
    """Which bound words the text uses ("min", "max"), a word inside a longer one not counted (超过 in 不超过)."""
    found = [("min", m) for m in lex.bound_min.find(text)] + [("max", m) for m in lex.bound_max.find(text)]
    return {
        side
        for side, m in found
        if not any(
            o is not m and o.start() <= m.start() and m.end() <= o.end() and o.end() - o.start() > m.end() - m.start()
            for _, o in found
        )
    }


def _finish(text: str, lang: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if lang == "en" and text:
        text = text[0].upper() + text[1:]
        text = text.replace(" ,", ",").replace(" (", " (")
    return text


# -- public entry point ---------------------------------------------------------------------------
def analyze(
    text: str,
    *,
    objective: str | None = None,
    siblings: Sequence[str] | None = None,
    history: Any = None,
    lang: str | None = None,
    subject: str = "statement",
    direction: str | None = None,
    period: Any = None,
    today: dt.date | None = None,
    assess: Any = _DEFAULT,
    relevance: Any = _DEFAULT,
    matcher: Any = _DEFAULT,
    vocabulary: Any = _DEFAULT,
    relevance_threshold: float = RELEVANCE_THRESHOLD,
    max_length: int = 300,
) -> SmartResult:
    """SMART analysis of one indicator or goal statement: a :class:`SmartResult`.

    Parameters
    ----------
    text : str
        The statement, e.g. ``"2026年Q4前将首次响应时间缩短至30秒以内"``.
    objective : str, optional
        The objective the indicator should serve; enables the relevant criterion.
    siblings : sequence of str, optional
        The texts of the scheme's other objectives, for a :class:`SchemeRelevance` scorer (None: no scheme).
    history : pandas.Series, optional
        Past values of the indicator (float, indexed by period strings, oldest first);
        enables the achievable criterion.
    lang : {"zh", "en"}, optional
        Language of reasons and rewrite; by default the statement's language.
    subject : str
        Subject path of the findings (e.g. a KPI path of a scheme).
    direction : {"higher", "lower"}, optional
        Whether higher values are better; read from the wording when omitted.
    period : kpiguide.core.periods.Period, optional
        The evaluation period, used as the rewrite's deadline when the text has none.
    today : datetime.date, optional
        Anchor for relative dates (本季度, this quarter); defaults to today.
    assess, relevance, matcher : callable or None
        The achievability engine, relevance scorer and catalog matcher (see the module docstring).
        ``matcher=None`` disables catalog matching.
    vocabulary : callable or None
        ``text -> matched term | None``: finds a concrete measurable object named in the text
        beyond the lexicon's words (default: the catalog's indicator names and keywords and the
        thesaurus terms); ``None`` uses the lexicon only.
    relevance_threshold : float
        Relevance below this is a weak link (default :data:`RELEVANCE_THRESHOLD`).
    max_length : int
        Statements longer than this get a ``smart.too_long`` warning.
    """
    _check_arguments(text, direction)
    lex = load_lexicon()
    normalized, unnamed = _prepared(text)
    out_lang = normalize_lang(lang) if lang else detect_language(normalized)
    if not normalized:
        return _empty_result(text, out_lang, subject)
    findings: list[Finding] = []
    if len(normalized) > max_length:
        findings.append(Finding.create("smart.too_long", "warning", subject, length=len(normalized), limit=max_length))
    parsed = _parse(
        normalized, lex, today, _optional_engine(vocabulary, _catalog_vocabulary, _CATALOG, subject, findings)
    )
    criteria = {name: rule(parsed, out_lang) for name, rule in TEXT_CRITERIA}
    if unnamed:
        criteria["specific"] = _criterion(False, "smart.reason.no_object", out_lang)
    criteria["achievable"], more, info = _achievable(parsed, history, assess, out_lang, direction, subject)
    criteria["relevant"], rel_findings, score = _relevant(
        normalized, objective, relevance, relevance_threshold, out_lang, subject, siblings
    )
    match = _optional_engine(matcher, _default_matcher, _CATALOG, subject, findings)
    indicator = match(normalized) if match is not None else None
    rewrites = {code: _rewrite(parsed, code, lex, indicator, info, period, criteria["specific"]) for code in ("zh", "en")}  # fmt: skip
    findings += _text_findings(criteria, rewrites, subject) + more + rel_findings
    details = {"quantities": parsed.quantities, "times": parsed.times, "indicator": getattr(indicator, "id", None),
               "relevance": score, **{k: v for k, v in info.items() if k != "assessment"}}  # fmt: skip
    return SmartResult(text, out_lang, criteria, tuple(findings), rewrites["zh"], rewrites["en"], details)


#: The criteria read from the text alone, each a rule ``(parsed statement, lang) -> Criterion``.
TEXT_CRITERIA: tuple[tuple[str, Callable[[_Parsed, str], Criterion]], ...] = (
    ("specific", _specific),
    ("measurable", _measurable),
    ("time_bound", _time_bound),
)
_CATALOG = "smart.purpose.catalog"  # what the catalog engine is used for (message key)
# the finding code raised when a text criterion fails
_TEXT_FINDINGS = {"specific": "not_specific", "measurable": "not_measurable", "time_bound": "not_time_bound"}


def _check_arguments(text: object, direction: str | None) -> None:
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs the statement as a str, got {type(text).__name__}: {text!r:.60}")
    if direction not in (None, "higher", "lower"):
        raise InputError(
            f"SMART check: direction must be 'higher', 'lower' or left out (read from the wording); got {direction!r}."
        )


def _prepared(text: str) -> tuple[str, bool]:
    """The statement without an earlier rewrite's placeholders, normalised; and whether it is still unnamed.

    An indicator placeholder of an earlier rewrite means the indicator is still to be named.
    """
    stripped = _strip_placeholders(text)
    unnamed = stripped != text and any(
        pattern.search(text) for pattern, replacement in _placeholder_patterns() if replacement != " "
    )
    return normalize_statement(stripped), unnamed


def _empty_result(text: str, lang: str, subject: str) -> SmartResult:
    """An empty statement fails the text criteria; the others cannot be judged."""
    crit = _criterion(False, "smart.reason.empty", lang)
    criteria = {name: crit for name in ("specific", "measurable", "time_bound")}
    criteria["achievable"] = _criterion(None, "smart.reason.empty", lang)
    criteria["relevant"] = _criterion(None, "smart.reason.empty", lang)
    empty = Finding.create("smart.empty", "error", subject)
    return SmartResult(text, lang, criteria, (empty,), "", "", {"quantities": (), "times": ()})


def _optional_engine(
    given: Any, default: Callable[[], Any], purpose_key: str, subject: str, findings: list[Finding]
) -> Any:
    """The engine passed in, the default one, or ``None`` (turned off, or not installed: then a finding says so)."""
    if given is None:
        return None
    try:
        return default() if given == _DEFAULT else given
    except _EngineUnavailable as exc:
        findings.append(_engine_finding(exc.engine, purpose_key, subject))
        return None


def _text_findings(criteria: Mapping[str, Criterion], rewrites: Mapping[str, str], subject: str) -> list[Finding]:
    """One warning per failed text criterion, with its reason and the suggested rewrite in both languages."""
    findings = []
    for name, code in _TEXT_FINDINGS.items():
        crit = criteria[name]
        if crit.ok is False:
            findings.append(
                Finding.create(
                    f"smart.{code}",
                    "warning",
                    subject,
                    zh={"reason": crit.reason_zh, "rewrite": rewrites["zh"]},
                    en={"reason": crit.reason_en, "rewrite": rewrites["en"]},
                    details={
                        "reason_zh": crit.reason_zh,
                        "reason_en": crit.reason_en,
                        "rewrite_zh": rewrites["zh"],
                        "rewrite_en": rewrites["en"],
                    },
                )
            )
    return findings


@lru_cache(maxsize=1)
def _placeholder_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Patterns of the rewrite's own placeholders (both languages), with their replacement."""
    out: list[tuple[re.Pattern[str], str]] = []
    for lang in ("zh", "en"):
        template = t("smart.placeholder.name_of", lang, phrase="\x00")
        before, _, after = template.partition("\x00")
        out.append((re.compile(re.escape(before) + r"(.+?)" + re.escape(after)), r" \1 "))
        for key in ("smart.placeholder.name", "smart.placeholder.target", "smart.placeholder.deadline"):
            out.append((re.compile(re.escape(t(key, lang))), " "))
    return tuple(out)


def _strip_placeholders(text: str) -> str:
    """Take the placeholders of an earlier rewrite out of a statement ("〔目标值〕" says nothing yet).

    A placeholder for the indicator keeps its phrase ("〔衡量“客户满意度”的具体指标〕" → "客户满意度"),
    so analysing a rewrite again gives the same rewrite instead of nesting placeholders.
    """
    if "〔" not in text and "[" not in text:
        return text
    for pattern, replacement in _placeholder_patterns():
        text = pattern.sub(replacement, text)
    return re.sub(r"\s+", " ", text).strip(" ，,")
