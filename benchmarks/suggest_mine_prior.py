"""A learned choice prior for the suggester, judged by leave-one-set-out over the labelled query sets (issue 12 round 14).

The prior: per key (a labelled function of the query, counting only that function's own indicators; the role
archetype and the strategy template the suggester reads in the query's text), how many labelled queries of the key
graded an indicator 2 or 3, smoothed: chosen / (queries + smoothing).  The suggester uses it as a score factor
``1 + choice_weight * share`` within the functions the query is read as (:class:`ChoicePrior`, here since round 15:
the engine no longer carries it).

Default: leave-one-set-out: each query set (suggest_queries.yaml, fresh sets 1-47 since round 55; never the test set fresh48) is ranked with
the prior mined from all other sets at each weight, next to today's engine (weight 0) on the same queries in the same
run; id hit@5, id nDCG@10 and function hit@5 per language per held set and pooled.  ``--nested``: the smoothing and
the weight chosen inside each fold by leave-one-set-out over the other sets alone (an honest estimate of the whole
procedure).  ``--function-prior``: a learned function prior for queries the engine reads no function in (naive Bayes
over the query's words; the English function misses), judged the same way.  Each writes its table into benchmarks/results/suggest.md (not with --quick or --no-write); round 14 did
not wire the prior in (it lost on more than two held sets).

    python benchmarks/suggest_mine_prior.py [--weights 0.3,0.5,1.0] [--smoothing 2] [--kinds function,role,template]
    python benchmarks/suggest_mine_prior.py --nested
    python benchmarks/suggest_mine_prior.py --fusion   # round 15: the engine against BM25, rank fusion
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from suggest_common import today, write_section
from suggest_quality import TEST_SPLIT, grades_for, id_grades, load_queries, metrics

from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import Context, IndicatorSuggester
from kpiguide.suggest.role_prior import longest_hints
from kpiguide.text.index import QueryVector

COMMAND = "python benchmarks/suggest_mine_prior.py"
SMOOTHING = 2.0
# the weights compared (ChoicePrior.choice_weight; 0, today's engine, always)
WEIGHTS = (0.3, 0.5, 1.0)
KINDS = ("function", "role", "template")
TEST_SPLITS = (TEST_SPLIT,)  # the test set: never mined, never evaluated here


class ChoicePrior(IndicatorSuggester):
    """Today's engine plus round 14's learned choice prior (not in the package: it lost in leave-one-set-out, and round
    15 moved it out of the engine): a score factor ``1 + choice_weight * share`` after the text and function scores,
    within the functions the query is read as (its role's, its strategy's, its hinted functions, its department); it
    orders within those functions and never changes which function is read."""

    choice_weight = 0.0

    def set_choice_prior(self, prior: Mapping[str, Mapping[str, float]]) -> ChoicePrior:
        """Key (a function id, ``role:<id>`` or ``template:<id>``) -> indicator id -> share of the labelled queries of
        that key choosing it.  A function's entry counts only its own indicators; ids not in the catalog are ignored."""
        self.choice_prior_: dict[str, np.ndarray] = {}
        for key, values in prior.items():
            row = np.zeros(self.n_indicators_)
            for ind, share in values.items():
                i = self.positions_.get(self.catalog_.canonical_id(ind))
                if i is not None and (":" in key or self.functions_[i] == key):
                    row[i] = max(row[i], float(share))
            if row.any():
                self.choice_prior_[key] = row
        return self

    def choice_keys(self, ctx: Context, hinted: Iterable[str]) -> list[str]:
        """The keys of the choice prior a query is read as: its role, its strategy, its functions."""
        keys = [f"role:{ctx.roles[0].role.id}"] if ctx.roles else []
        keys += [f"template:{ctx.strategies[0][0]}"] if ctx.strategies else []
        keys += [*hinted, *(m.role.function for m in ctx.roles)]
        return keys + ([ctx.department] if ctx.department else [])

    def chosen(self, keys: list[str], mask: np.ndarray) -> np.ndarray:
        """The prior of the keys (max over them), 0 outside ``mask`` and outside the functions read."""
        rows = [self.choice_prior_[k] for k in dict.fromkeys(keys) if k in getattr(self, "choice_prior_", {})]
        if not rows or not self.choice_weight:
            return np.zeros(self.n_indicators_)
        read = set()
        for key in keys:
            kind, _, name = key.rpartition(":")
            if kind == "role":
                read |= {r.function for r in self.roles_.roles if r.id == name}
            elif kind == "template":
                read |= set(self.templates_by_id_[name].functions)
            else:
                read.add(name)
        return np.where(mask & np.isin(self.functions_, list(read)), np.max(rows, axis=0), 0.0)

    def suggest(self, text, **kwargs):  # type: ignore[no-untyped-def,override]
        self._read: Context | None = None
        self._scoring = True
        try:
            return super().suggest(text, **kwargs)
        finally:
            self._scoring = False

    def _context(self, q: QueryVector, text: str, industry: str | None) -> Context:
        ctx = super()._context(q, text, industry)
        if getattr(self, "_scoring", False):
            self._read = ctx
        return ctx

    def _boosted(self, q, mask, industry, implied=(), silent=frozenset()):  # type: ignore[no-untyped-def]
        scores, hinted, industries = super()._boosted(q, mask, industry, implied, silent)
        ctx, self._read = getattr(self, "_read", None), None
        if ctx is not None:
            chosen = self.chosen(self.choice_keys(ctx, hinted), mask)
            if chosen.any():  # ordering within what the query is read as (round 14)
                scores = scores * (1.0 + self.choice_weight * chosen)
        return scores, hinted, industries


def set_of(query: dict) -> str:
    """The query set a query comes from: suggest_queries.yaml ('base') or fresh set n (its halves together)."""
    split = str(query.get("split", "test"))
    return "base" if split in ("dev", "test") else split.rstrip("AB")


def read_keys(engine: IndicatorSuggester, queries: Iterable[dict], kinds: tuple[str, ...]) -> dict[str, list[str]]:
    """Query id -> the role (``role:<id>``) and strategy template (``template:<id>``) the engine reads in its text."""
    out: dict[str, list[str]] = {}
    for q in queries:
        ctx = engine.context(q["text"])
        keys = [f"role:{ctx.roles[0].role.id}"] if ctx.roles and "role" in kinds else []
        keys += [f"template:{ctx.strategies[0][0]}"] if ctx.strategies and "template" in kinds else []
        out[q["id"]] = keys
    return out


def mine(
    queries: Iterable[dict],
    function_of: dict[str, str],
    read: dict[str, list[str]] | None = None,
    kinds: tuple[str, ...] = ("function",),
) -> dict[str, tuple[int, dict[str, int]]]:
    """Key -> (labelled queries of the key, indicator id -> queries grading it 2 or 3).  Keys: the query's labelled
    functions (only their own indicators count) and the role / template the engine reads in it (``read``)."""
    counts: dict[str, tuple[int, dict[str, int]]] = {}
    for q in queries:
        chosen = [key for key, grade in id_grades(q).items() if grade >= 2]
        if not chosen:
            continue
        functions = list(dict.fromkeys(q.get("functions") or ())) if "function" in kinds else []
        for key in [*functions, *(read or {}).get(q["id"], [])]:
            n, ids = counts.get(key, (0, {}))
            for ind in chosen:
                if ":" in key or function_of.get(ind) == key:
                    ids[ind] = ids.get(ind, 0) + 1
            counts[key] = (n + 1, ids)
    return counts


def shares(counts: dict[str, tuple[int, dict[str, int]]], smoothing: float = SMOOTHING) -> dict[str, dict[str, float]]:
    return {f: {k: c / (n + smoothing) for k, c in ids.items()} for f, (n, ids) in counts.items()}


def evaluate(engine: IndicatorSuggester, queries: list[dict], catalog) -> dict[str, list[tuple[float, float, float]]]:
    """Per language: (id hit@5, id nDCG@10, function hit@5) of each query with id labels."""
    out: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for q in queries:
        grades = id_grades(q)
        if not grades:
            continue
        ranked = [s.indicator.id for s in engine.suggest(q["text"], top_k=10)]
        hit, ndcg, _ = metrics(ranked, grades)
        fhit = metrics(ranked, grades_for(q, catalog))[0]
        out[q["lang"]].append((hit, ndcg, fhit))
    return out


def mean(rows: list[tuple[float, float, float]], k: int) -> float:
    return sum(r[k] for r in rows) / len(rows) if rows else float("nan")


def loso(
    queries: list[dict], weights: tuple[float, ...], quick: bool, kinds: tuple[str, ...], smoothing: float = SMOOTHING
) -> str:
    catalog = load_catalog()
    function_of = {ind.id: ind.function for ind in catalog.indicators}
    sets = sorted({set_of(q) for q in queries})
    engine = ChoicePrior(text_fusion=0.0).fit(catalog)  # round 14's engine: its tables reproduce
    read = read_keys(engine, queries, kinds)
    # (weight, set, lang) -> rows; weight 0 = today's engine
    table: dict[tuple[float, str, str], list[tuple[float, float, float]]] = defaultdict(list)
    for held in sets:
        test = [q for q in queries if set_of(q) == held]
        if quick:
            test = test[:6]
        train = [q for q in queries if set_of(q) != held]
        engine.set_choice_prior(shares(mine(train, function_of, read, kinds), smoothing))
        for w in (0.0, *weights):
            engine.choice_weight = w
            for lang, rows in evaluate(engine, test, catalog).items():
                table[(w, held, lang)] += rows
                table[(w, "pooled", lang)] += rows
    lines = [
        "## Choice prior: leave-one-set-out (suggest_mine_prior.py)",
        "",
        f"Command: `{COMMAND} --weights {','.join(f'{w:g}' for w in weights)} --smoothing {smoothing:g}` — {today()}. Each held set is ranked with the prior mined from all other sets "
        f"(smoothing {smoothing}; keys: {', '.join(kinds)}); weight 0 is today's engine on the same queries in the same run. Cells: id hit@5 / "
        "id nDCG@10 / function hit@5 (queries with id labels).",
        "",
        "| held set | lang | n | " + " | ".join(f"weight {w}" for w in (0.0, *weights)) + " |",
        "|---|---|---|" + "---|" * (len(weights) + 1),
    ]
    for held in [*sets, "pooled"]:
        for lang in ("zh", "en"):
            base = table.get((0.0, held, lang))
            if not base:
                continue
            cells = []
            for w in (0.0, *weights):
                rows = table[(w, held, lang)]
                cells.append(f"{mean(rows, 0):.3f} / {mean(rows, 1):.3f} / {mean(rows, 2):.3f}")
            lines.append(f"| {held} | {lang} | {len(base)} | " + " | ".join(cells) + " |")
    lines += ["", "Held sets lost (id hit@5 or id nDCG@10 lower in either language than weight 0):", ""]
    for w in weights:
        lost = [
            held
            for held in sets
            if any(
                mean(table[(w, held, lang)], k) < mean(table[(0.0, held, lang)], k) - 1e-9
                for lang in ("zh", "en")
                for k in (0, 1)
                if table.get((0.0, held, lang))
            )
        ]
        lines.append(f"- weight {w}: {len(lost)} of {len(sets)} ({', '.join(lost) or 'none'})")
    return "\n".join(lines)


GRID = tuple((sm, w) for sm in (1.0, 2.0, 5.0, 10.0) for w in (0.3, 0.5, 1.0))


def _score(rows_by_lang: dict[str, list[tuple[float, float, float]]]) -> float:
    """What the inner selection maximises: id hit@5 + id nDCG@10, averaged over the two languages."""
    return sum(mean(rows, 0) + mean(rows, 1) for rows in rows_by_lang.values()) / max(len(rows_by_lang), 1)


def nested(queries: list[dict], kinds: tuple[str, ...], quick: bool = False) -> str:
    """Nested leave-one-set-out: for each held set, (smoothing, weight) or 'off' is chosen by leave-one-set-out over
    the other sets alone, then the held set is ranked with the prior mined from all other sets at that choice."""
    catalog = load_catalog()
    function_of = {ind.id: ind.function for ind in catalog.indicators}
    sets = sorted({set_of(q) for q in queries})
    engine = ChoicePrior(text_fusion=0.0).fit(catalog)  # round 14's engine: its tables reproduce
    read = read_keys(engine, queries, kinds)
    by_set = {name: [q for q in queries if set_of(q) == name][: 6 if quick else None] for name in sets}
    base: dict[str, dict[str, list[tuple[float, float, float]]]] = {}
    engine.choice_weight = 0.0
    for name in sets:
        base[name] = evaluate(engine, by_set[name], catalog)
    table: dict[tuple[str, str, str], list[tuple[float, float, float]]] = defaultdict(list)
    picked: dict[str, tuple[float, float] | None] = {}
    for outer in sets:
        inner_sets = [s for s in sets if s != outer]
        totals: dict[tuple[float, float] | None, dict[str, list[tuple[float, float, float]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for inner in inner_sets:
            for lang, rows in base[inner].items():
                totals[None][lang] += rows
            counts = mine([q for q in queries if set_of(q) not in (outer, inner)], function_of, read, kinds)
            for sm, w in GRID:
                engine.set_choice_prior(shares(counts, sm))
                engine.choice_weight = w
                for lang, rows in evaluate(engine, by_set[inner], catalog).items():
                    totals[(sm, w)][lang] += rows
        choice = max(totals, key=lambda c: (_score(totals[c]), c is None))
        picked[outer] = choice
        if choice is None:
            held = base[outer]
        else:
            engine.set_choice_prior(
                shares(mine([q for q in queries if set_of(q) != outer], function_of, read, kinds), choice[0])
            )
            engine.choice_weight = choice[1]
            held = evaluate(engine, by_set[outer], catalog)
        for lang in ("zh", "en"):
            for key, rows in (("today", base[outer].get(lang, [])), ("prior", held.get(lang, []))):
                table[(key, outer, lang)] += rows
                table[(key, "pooled", lang)] += rows
    lines = [
        "## Choice prior: nested leave-one-set-out (suggest_mine_prior.py --nested)",
        "",
        f"Command: `{COMMAND} --nested` — {today()}. For each held set the smoothing and weight (grid "
        f"{', '.join(f'{sm:g}/{w:g}' for sm, w in GRID)}, or off) are chosen by leave-one-set-out over the other sets "
        "only (id hit@5 + id nDCG@10, mean of the languages), then the held set is ranked with the prior mined from all "
        f"other sets; keys: {', '.join(kinds)}. Cells: id hit@5 / id nDCG@10 / function hit@5.",
        "",
        "| held set | lang | n | choice (smoothing / weight) | today | with the prior |",
        "|---|---|---|---|---|---|",
    ]
    lost = []
    for held in [*sets, "pooled"]:
        choice = picked.get(held)
        label = "-" if held == "pooled" else ("off" if choice is None else f"{choice[0]:g} / {choice[1]:g}")
        for lang in ("zh", "en"):
            a, b = table[("today", held, lang)], table[("prior", held, lang)]
            if not a:
                continue
            if held != "pooled" and any(mean(b, k) < mean(a, k) - 1e-9 for k in (0, 1)):
                lost.append(held)
            cells = [f"{mean(r, 0):.3f} / {mean(r, 1):.3f} / {mean(r, 2):.3f}" for r in (a, b)]
            lines.append(f"| {held} | {lang} | {len(a)} | {label} | " + " | ".join(cells) + " |")
    lost = list(dict.fromkeys(lost))
    lines += [
        "",
        f"Held sets lost (id hit@5 or nDCG@10 lower in either language): {len(lost)} of {len(sets)} "
        f"({', '.join(lost) or 'none'}).",
    ]
    return "\n".join(lines)


class LearnedFunction(IndicatorSuggester):
    """Today's engine plus a learned function prior (``--function-prior``, not in the package): when the engine reads no
    function in a query (no function named, no role, no department, no strategy), the function a naive Bayes model
    over the query's words (trained on the labelled functions of the other sets) gives at least ``min_posterior``
    gets the function boost a named function gets."""

    model: Callable[[QueryVector], tuple[str | None, float]] | None = None
    min_posterior = 1.0

    def _context(self, q: QueryVector, text: str, industry: str | None) -> Context:
        ctx = super()._context(q, text, industry)
        self._learned: str | None = None
        named = any(c.startswith("fn:") for c, _ in longest_hints(self.hints_.find_normalized(q.analysis.normalized)))
        if self.model is not None and not (ctx.roles or ctx.department or ctx.strategies or named):
            function, posterior = self.model(q)
            self._learned = function if posterior >= self.min_posterior else None
        return ctx

    def _boosted(self, q, mask, industry, implied=(), silent=frozenset()):  # type: ignore[no-untyped-def]
        scores, hinted, industries = super()._boosted(q, mask, industry, implied, silent)
        if getattr(self, "_learned", None):
            scores = scores * (1.0 + self.function_boost * (self.functions_ == self._learned))
        return scores, hinted, industries


def naive_bayes(engine: IndicatorSuggester, queries: list[dict], alpha: float = 1.0):  # type: ignore[no-untyped-def]
    """Multinomial naive Bayes: the query's index words (no bigrams) -> its labelled functions; (best, posterior)."""
    prior: Counter[str] = Counter()
    words: dict[str, Counter[str]] = defaultdict(Counter)
    for q in queries:
        feats = [f for f in engine.index_.query(q["text"]).features if not f.startswith("#")]
        for function in dict.fromkeys(q.get("functions") or ()):
            prior[function] += 1
            words[function].update(feats)
    vocab = {w for c in words.values() for w in c}
    totals = {f: sum(c.values()) for f, c in words.items()}
    n = sum(prior.values())

    def predict(qv: QueryVector) -> tuple[str | None, float]:
        feats = [f for f in qv.features if not f.startswith("#") and f in vocab]
        if not feats:
            return None, 0.0
        logp = {
            f: math.log(prior[f] / n)
            + sum(math.log((words[f][w] + alpha) / (totals[f] + alpha * len(vocab))) for w in feats)
            for f in prior
        }
        top = max(logp.values())
        best = max(sorted(logp), key=lambda f: logp[f])
        return best, 1.0 / sum(math.exp(v - top) for v in logp.values())

    return predict


def function_prior(queries: list[dict], posteriors: tuple[float, ...], quick: bool) -> str:
    """Leave-one-set-out of the learned function prior at each minimum posterior, against today's engine."""
    catalog = load_catalog()
    sets = sorted({set_of(q) for q in queries})
    engine = LearnedFunction(text_fusion=0.0).fit(catalog)  # round 14's engine
    table: dict[tuple[float, str, str], list[tuple[float, float, float]]] = defaultdict(list)
    for held in sets:
        test = [q for q in queries if set_of(q) == held][: 6 if quick else None]
        model = naive_bayes(engine, [q for q in queries if set_of(q) != held])
        for post in (0.0, *posteriors):
            engine.model, engine.min_posterior = (model if post else None), (post or 1.0)
            for lang, rows in evaluate(engine, test, catalog).items():
                table[(post, held, lang)] += rows
                table[(post, "pooled", lang)] += rows
    lines = [
        "## Learned function prior: leave-one-set-out (suggest_mine_prior.py --function-prior)",
        "",
        f"Command: `{COMMAND} --function-prior` — {today()}. Only for queries the engine reads no function in; "
        "'off' is today's engine, the others the minimum posterior of the naive Bayes model (trained on the other "
        "sets). Cells: id hit@5 / id nDCG@10 / function hit@5.",
        "",
        "| held set | lang | n | off | " + " | ".join(f"posterior >= {p:g}" for p in posteriors) + " |",
        "|---|---|---|---|" + "---|" * len(posteriors),
    ]
    for held in [*sets, "pooled"]:
        for lang in ("zh", "en"):
            if table.get((0.0, held, lang)):
                cells = [
                    f"{mean(table[(p, held, lang)], 0):.3f} / {mean(table[(p, held, lang)], 1):.3f} / "
                    f"{mean(table[(p, held, lang)], 2):.3f}"
                    for p in (0.0, *posteriors)
                ]
                lines.append(f"| {held} | {lang} | {len(table[(0.0, held, lang)])} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# -- round 15: the engine against BM25 at function level, and rank fusion of the two lists --------------------------

READINGS = (
    "department",
    "named role",
    "described role",
    "stated strategy",
    "weak strategy",
    "function hint",
    "nothing read",
)
# rank fusion settings compared (weight of the second list, reciprocal-rank constant, which queries); off = the engine
# without fusion (round 14's); "weak" = the queries whose reading is weak (IndicatorSuggester.weak_reading: no
# department, no role named by its title, no stated strategy)
FUSION_GRID = tuple((w, c, scope) for scope in ("all", "weak") for w in (0.1, 0.2, 0.3, 0.5) for c in (2, 5, 8))
FUSION_DEPTH = 20  # the engine's list is read this deep ...
FUSION_TEXT_DEPTH = 10  # ... the second list this deep; the fused list is cut to 10


def reading(engine: IndicatorSuggester, text: str) -> str:
    """What the engine reads in a query first (the reading that places its list): a department, a role named by its
    title or described by its duties, a strategy (stated: confidence >= 0.5), a function hint, or nothing."""
    ctx = engine.context(text)
    if ctx.department:
        return "department"
    if ctx.roles:
        return "named role" if any(m.surface for m in ctx.roles) else "described role"
    if ctx.strategies:
        return "stated strategy" if max(c for _, c in ctx.strategies) >= 0.5 else "weak strategy"
    q = engine.index_.query(text)
    if any(cid.startswith("fn:") for cid, _ in longest_hints(engine.hints_.find_normalized(q.analysis.normalized))):
        return "function hint"
    return "nothing read"


class TokenBM25:
    """Okapi BM25 (k1 1.5, b 0.75, like bm25s) over the package's own words (kpiguide.text.analysis.tokenize without
    bigrams for Chinese runs, lower-case unstemmed words for English): the same catalog text as the bm25s baseline."""

    def __init__(self, indicators: list, k1: float = 1.5, b: float = 0.75) -> None:
        import numpy as np
        import scipy.sparse as sp
        from suggest_common import indicator_text

        self.ids = [i.id for i in indicators]
        docs = [self.tokens(indicator_text(i)) for i in indicators]
        self.vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for r, doc in enumerate(docs):
            for word, n in Counter(doc).items():
                rows.append(r)
                cols.append(self.vocab.setdefault(word, len(self.vocab)))
                vals.append(float(n))
        tf = sp.csr_matrix((vals, (rows, cols)), shape=(len(docs), len(self.vocab)))
        df = np.bincount(tf.indices, minlength=len(self.vocab))
        idf = np.log1p((len(docs) - df + 0.5) / (df + 0.5))
        lengths = np.asarray([len(d) for d in docs], dtype=float)
        row_of = np.repeat(np.arange(len(docs)), np.diff(tf.indptr))
        norm = k1 * (1 - b + b * lengths[row_of] / lengths.mean())
        data = idf[tf.indices] * tf.data * (k1 + 1) / (tf.data + norm)
        self.matrix = sp.csr_matrix((data, tf.indices, tf.indptr), shape=tf.shape).tocsc()

    @staticmethod
    def tokens(text: str) -> list[str]:
        from kpiguide.core.i18n import has_cjk
        from kpiguide.text.analysis import normalize, tokenize

        out: list[str] = []
        for run in re.findall(r"[\u3400-\u9fff]+|[a-z0-9]+", normalize(text)):
            out.extend(tokenize(run, bigrams=False) if has_cjk(run) else [run])
        return out

    def search(self, text: str, k: int = FUSION_DEPTH) -> list[str]:
        import numpy as np

        counts = Counter(self.vocab[w] for w in self.tokens(text) if w in self.vocab)
        if not counts:
            return []
        cols = list(counts)
        scores = np.asarray(self.matrix[:, cols] @ np.asarray([counts[c] for c in cols], dtype=float)).ravel()
        order = np.argsort(-scores, kind="stable")[:k]
        return [self.ids[i] for i in order if scores[i] > 0]


def text_match(engine: IndicatorSuggester, text: str, k: int) -> list[str]:
    """The engine's own text match alone: its index and label scores, without any reading (no function or industry
    boost, no role, department or strategy)."""
    import numpy as np

    q, _ = engine._query(text, None)
    scores = (1.0 - engine.label_weight) * engine.index_.scores(q)
    if engine.label_weight:
        lq = engine._reweight(engine.label_index_.query("", analysis=q.analysis))
        scores = scores + engine.label_weight * engine.label_index_.scores(lq)
    order = np.argsort(-scores, kind="stable")[:k]
    return [engine.indicators_[i].id for i in order if scores[i] > 0]


def fuse(first: list[str], second: list[str], weight: float, constant: float) -> list[str]:
    """Reciprocal-rank fusion: 1 / (constant + rank) from the engine's list (``FUSION_DEPTH`` deep) plus weight /
    (constant + rank) from the second list (``FUSION_TEXT_DEPTH`` deep; ranks from 1); ties keep the engine's order."""
    score: dict[str, float] = defaultdict(float)
    for r, i in enumerate(first[:FUSION_DEPTH]):
        score[i] += 1.0 / (constant + r + 1)
    for r, i in enumerate(second[:FUSION_TEXT_DEPTH] if weight > 0 else ()):
        score[i] += weight / (constant + r + 1)
    place = {i: r for r, i in enumerate(first)}
    return sorted(score, key=lambda i: (-score[i], place.get(i, len(place))))[:10]


def _query_metrics(q: dict, ranked: list[str], catalog) -> tuple[float, ...]:
    """(function hit@5, id hit@5, id nDCG@10); the id metrics only for queries with id labels."""
    fhit = metrics(ranked, grades_for(q, catalog))[0]
    ids = id_grades(q)
    return (fhit, *metrics(ranked, ids)[:2]) if ids else (fhit,)


def _means(rows: list[tuple[float, ...]]) -> tuple[float, float, float]:
    f = [r[0] for r in rows]
    i = [r for r in rows if len(r) == 3]
    return (
        sum(f) / len(f) if f else float("nan"),
        sum(r[1] for r in i) / len(i) if i else float("nan"),
        sum(r[2] for r in i) / len(i) if i else float("nan"),
    )


def _lower(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return any(y < x - 1e-9 for x, y in zip(a, b, strict=True))


class _Runs:
    """Per query and setting the three metrics; means per (set, language) and pooled over sets."""

    def __init__(self, queries: list[dict], rows: dict[object, dict[str, tuple[float, ...]]]) -> None:
        self.queries, self.rows = queries, rows

    def means(self, setting: object, sets: Iterable[str]) -> dict[str, tuple[float, float, float]]:
        wanted = set(sets)
        out: dict[str, list[tuple[float, ...]]] = defaultdict(list)
        for q in self.queries:
            if set_of(q) in wanted:
                out[q["lang"]].append(self.rows[setting][q["id"]])
        return {lang: _means(r) for lang, r in out.items()}

    def lost_sets(self, setting: object, sets: Iterable[str]) -> list[str]:
        lost = []
        for name in sets:
            today, other = self.means(None, [name]), self.means(setting, [name])
            if any(_lower(today[lang], other[lang]) for lang in today):
                lost.append(name)
        return lost

    def eligible(self, setting: object, sets: list[str]) -> bool:
        """The rule of the round on ``sets``: pooled not lower in any metric in either language, <= 2 sets lost."""
        today, other = self.means(None, sets), self.means(setting, sets)
        return not any(_lower(today[lang], other[lang]) for lang in today) and len(self.lost_sets(setting, sets)) <= 2


def _criterion(m: dict[str, tuple[float, float, float]]) -> float:
    return sum(sum(v) for v in m.values()) / max(len(m), 1)


def fusion(queries: list[dict], quick: bool = False) -> str:
    """Item 1 of round 15: where BM25 finds the function and the engine does not, by what the engine read; rank fusion
    of the engine's list with a second list judged by nested leave-one-set-out."""
    from suggest_common import PlainBM25

    catalog = load_catalog()
    engine = IndicatorSuggester(text_fusion=0.0).fit(catalog)  # round 14's engine: no fusion
    shipped = IndicatorSuggester().fit(catalog)
    bm25 = PlainBM25(list(catalog.indicators))
    own_words = TokenBM25(list(catalog.indicators))
    seconds = {
        "BM25 (bm25s, jieba)": lambda text: bm25.search(text, FUSION_DEPTH),
        "BM25 (package words)": own_words.search,
        "engine text match": lambda text: text_match(engine, text, FUSION_DEPTH),
    }
    if quick:
        queries = [
            q for name in sorted({set_of(q) for q in queries}) for q in [x for x in queries if set_of(x) == name][:6]
        ]
    sets = sorted({set_of(q) for q in queries})
    lists: dict[str, dict[str, list[str]]] = {}
    who: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_reading: dict[tuple[str, str], int] = Counter()
    weak: set[str] = set()
    same = 0
    for q in queries:
        text = q["text"]
        own = {"today": [s.indicator.id for s in engine.suggest(text, top_k=10)]}
        own["deep"] = [s.indicator.id for s in engine.suggest(text, top_k=FUSION_DEPTH)]
        own.update({name: get(text) for name, get in seconds.items()})
        lists[q["id"]] = own
        if engine.weak_reading(engine.context(text)):
            weak.add(q["id"])
        expected = fuse(own["deep"], own["engine text match"], 0.5, 2) if q["id"] in weak else own["today"]
        same += [s.indicator.id for s in shipped.suggest(text, top_k=10)] == expected
        ours = metrics(own["today"], grades_for(q, catalog))[0]
        theirs = metrics(own["BM25 (bm25s, jieba)"], grades_for(q, catalog))[0]
        for key in ((set_of(q), q["lang"]), ("pooled", q["lang"])):
            cell = who[key]
            cell[0] += 1
            cell[1] += int(ours)
            cell[2] += int(theirs and not ours)
            cell[3] += int(ours and not theirs)
        if theirs and not ours:
            by_reading[(reading(engine, text), q["lang"])] += 1
    lines = [
        "## The engine against BM25 at function level, and rank fusion (suggest_mine_prior.py --fusion)",
        "",
        f"Command: `{COMMAND} --fusion` — {today()}. All development query sets (suggest_queries.yaml = 'base', fresh "
        "sets 1-47; never the test set). 'BM25 only': BM25 (bm25s, jieba; the baseline of suggest_quality.py) has an "
        "indicator of the query's function in its first 5 and the engine does not; 'engine only': the reverse.",
        "",
        "| set | lang | n | engine function hit@5 | BM25 only | engine only |",
        "|---|---|---|---|---|---|",
    ]
    for name in [*sets, "pooled"]:
        for lang in ("zh", "en"):
            n, hits, bm_only, ours_only = who.get((name, lang), [0, 0, 0, 0])
            if n:
                lines.append(f"| {name} | {lang} | {n} | {hits / n:.3f} | {bm_only} | {ours_only} |")
    lines += [
        "",
        "The 'BM25 only' queries by what the engine read first (all sets):",
        "",
        "| lang | " + " | ".join(READINGS) + " |",
        "|---|" + "---|" * len(READINGS),
    ]
    for lang in ("zh", "en"):
        lines.append(f"| {lang} | " + " | ".join(str(by_reading.get((r, lang), 0)) for r in READINGS) + " |")
    lines += [
        "",
        "Rank fusion: the engine's first "
        f"{FUSION_DEPTH} (`top_k={FUSION_DEPTH}`, round 14's engine: `text_fusion=0`) and the second list's first "
        f"{FUSION_TEXT_DEPTH}, 1 / (c + rank) + w / (c + rank), cut to 10; grid w / c = "
        + ", ".join(f"{w:g}/{c:g}" for w, c, scope in FUSION_GRID if scope == "all")
        + ", each for every query ('all') or only for the queries whose reading is weak ('weak': no department, no "
        "role named by its title, no stated strategy; "
        f"{sum(q['id'] in weak for q in queries)} of {len(queries)} queries). Nested leave-one-set-out: for each held set the setting is chosen on the other sets alone, (a) by the "
        "criterion only (function hit@5 + id hit@5 + id nDCG@10, mean of the languages), (b) rule-aware: only settings "
        "that on the other sets are not lower pooled in any of the three in either language and lose at most two of "
        "them, else off. Cells: function hit@5 / id hit@5 / id nDCG@10, today -> fused; a held set is lost when any "
        "of the three is lower in either language.",
        "",
        f"The shipped engine (`text_fusion=0.5`: the text match at 0.5 / 2, weak readings only) gives exactly that "
        f"fusion's list on {same} of {len(queries)} queries.",
        "",
    ]
    for name, _ in seconds.items():
        rows: dict[object, dict[str, tuple[float, ...]]] = {
            None: {q["id"]: _query_metrics(q, lists[q["id"]]["today"], catalog) for q in queries}
        }
        for w, c, scope in FUSION_GRID:
            rows[(w, c, scope)] = {
                q["id"]: _query_metrics(
                    q,
                    fuse(lists[q["id"]]["deep"], lists[q["id"]][name], w, c)
                    if scope == "all" or q["id"] in weak
                    else lists[q["id"]]["today"],
                    catalog,
                )
                for q in queries
            }
        runs = _Runs(queries, rows)
        lines += _nested_fusion_table(name, runs, sets)
    return "\n".join(lines)


# round 16: the labelled queries as neighbours (k nearest, similarity floor, fusion weight, scope); constant 2
NEIGHBOUR_GRID = tuple(
    (k, floor, w, scope)
    for k in (3, 5)
    for floor in (0.25, 0.4)
    for w in (0.35, 0.5)
    for scope in ("all", "weak", "no role")
)
# the variant tried after it: the engine's first p kept, the rest fused (k, floor, w, p)
PROTECT_GRID = tuple((k, floor, w, p) for k in (3, 5) for floor in (0.25, 0.4) for w in (0.5, 1.0) for p in (1, 2, 3))
MISS_DEPTH = 60  # a labelled id below this place of the engine's list counts as a missing candidate


def _neighbour_scopes(engine: IndicatorSuggester, text: str) -> dict[str, bool]:
    ctx = engine.context(text)
    return {"all": True, "weak": engine.weak_reading(ctx), "no role": not ctx.roles}


def neighbours(queries: list[dict], quick: bool = False, protect: bool = False) -> str:
    """Round 16: the English id-level misses of the halves A by reading and by place of the labelled ids, and the
    labelled queries themselves as a learned piece: the ids graded by a query's nearest labelled queries (cosine of
    the engine's text vectors; other sets only), summed as similarity x grade, fused with the engine's first
    ``FUSION_DEPTH`` by reciprocal rank; judged by nested leave-one-set-out (the held set's labels never used, in the
    inner folds neither the held set's nor the inner held set's).  ``protect``: the variant that keeps the engine's
    first p and fuses only the rest (``PROTECT_GRID``)."""
    from suggest_quality import HALVES

    catalog = load_catalog()
    engine = IndicatorSuggester().fit(catalog)
    if quick:
        queries = [
            q for name in sorted({set_of(q) for q in queries}) for q in [x for x in queries if set_of(x) == name][:6]
        ]
    by_id = {q["id"]: q for q in queries}
    sets = sorted({set_of(q) for q in queries})
    deep = {q["id"]: [s.indicator.id for s in engine.suggest(q["text"], top_k=MISS_DEPTH)] for q in queries}
    first = {q["id"]: [s.indicator.id for s in engine.suggest(q["text"], top_k=10)] for q in queries}
    scopes = {q["id"]: _neighbour_scopes(engine, q["text"]) for q in queries}
    vectors = {q["id"]: engine.text_vector(q["text"]) for q in queries}
    postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for qid, vec in vectors.items():
        for feature, value in vec.items():
            postings[feature].append((qid, value))
    near: dict[str, list[tuple[str, float]]] = {}
    for qid, vec in vectors.items():
        acc: dict[str, float] = defaultdict(float)
        for feature, value in vec.items():
            for other, weight in postings[feature]:
                if other != qid:
                    acc[other] += value * weight
        near[qid] = sorted(acc.items(), key=lambda kv: (-kv[1], kv[0]))[:60]

    # the misses of the halves A (id level, first 5), by what the engine read and where the labelled ids are
    cells: dict[tuple[str, str, str], int] = Counter()
    for q in queries:
        ids = id_grades(q)
        if not ids or q.get("split") not in HALVES["A"] or metrics(first[q["id"]], ids)[0]:
            continue
        places = [deep[q["id"]].index(i) for i in ids if i in deep[q["id"]][:MISS_DEPTH]]
        where = "missing" if not places else f"ranked 6-{MISS_DEPTH}"
        cells[(q["lang"], reading(engine, q["text"]), where)] += 1

    def voted(q: dict, excluded: frozenset[str], setting: tuple) -> list[str]:
        k, floor, _, scope = setting
        if not protect and not scopes[q["id"]][scope]:
            return []
        score: dict[str, float] = defaultdict(float)
        n = 0
        for other, sim in near[q["id"]]:
            if sim < floor or n >= k:
                break
            if set_of(by_id[other]) in excluded:
                continue
            n += 1
            for ind, grade in id_grades(by_id[other]).items():
                score[ind] += sim * grade
        return sorted(score, key=lambda i: (-score[i], i))[:FUSION_TEXT_DEPTH]

    memo: dict[tuple, tuple[float, ...]] = {}
    grid = PROTECT_GRID if protect else NEIGHBOUR_GRID

    def row(q: dict, excluded: frozenset[str], setting: tuple | None) -> tuple[float, ...]:
        key = (q["id"], excluded, setting)
        if key not in memo:
            votes = voted(q, excluded, setting) if setting else []
            ranked = fuse(deep[q["id"]], votes, setting[2], 2) if votes and setting else first[q["id"]]
            if protect and votes and setting:
                kept = first[q["id"]][: setting[3]]
                rest = fuse([i for i in deep[q["id"]] if i not in kept], votes, setting[2], 2)
                ranked = (kept + [i for i in rest if i not in kept])[:10]
            memo[key] = _query_metrics(q, ranked, catalog)
        return memo[key]

    def means(setting: tuple | None, within: Iterable[str], held: str | None) -> dict[str, tuple[float, float, float]]:
        wanted = set(within)
        out: dict[str, list[tuple[float, ...]]] = defaultdict(list)
        for q in queries:
            own = set_of(q)
            if own in wanted:
                out[q["lang"]].append(row(q, frozenset({own, held} - {None}), setting))
        return {lang: _means(r) for lang, r in out.items()}

    def worse(setting: tuple | None, name: str, held: str | None) -> bool:
        base, other = means(None, [name], held), means(setting, [name], held)
        return any(_lower(base[lang], other[lang]) for lang in base)

    lines = [
        "## Round 16: the English id-level gap, and the labelled queries as neighbours (suggest_mine_prior.py "
        f"--neighbours{' --protect' if protect else ''})",
        "",
        f"Command: `{COMMAND} --neighbours{' --protect' if protect else ''}` — {today()}. All development query sets (suggest_queries.yaml = "
        "'base', fresh sets 1-47; never the test set fresh48).",
        "",
        f"Id-level misses (no judged id in the first 5) of the halves A, by what the engine read first and whether a "
        f"judged id is in the engine's first {MISS_DEPTH} at all ('missing': the candidate is not there):",
        "",
        "| lang | reading | missing | ranked 6-60 |",
        "|---|---|---|---|",
    ]
    for lang in ("zh", "en"):
        for name in READINGS:
            a, b = cells.get((lang, name, "missing"), 0), cells.get((lang, name, f"ranked 6-{MISS_DEPTH}"), 0)
            if a or b:
                lines.append(f"| {lang} | {name} | {a} | {b} |")
    lines += [
        "",
        "Neighbours: the judged ids of a query's k nearest labelled queries (cosine of `text_vector`, at least the "
        "floor; other sets only), summed as similarity x grade, their first 10 fused with the engine's first "
        f"{FUSION_DEPTH} (1 / (2 + rank) + w / (2 + rank)); "
        + (
            "the engine's first p kept in place (protect), the rest fused. Grid k / floor / w / p: "
            if protect
            else "scope: every query, weak readings only, or queries with no role read. Grid k / floor / w / scope: "
        )
        + ", ".join("/".join(f"{v:g}" if isinstance(v, float) else str(v) for v in st) for st in grid)
        + ". Nested leave-one-set-out as in round 15's fusion study: (a) the setting with the best criterion on the "
        "other sets, (b) rule-aware (not lower pooled in any of function hit@5, id hit@5, id nDCG@10 in either "
        "language on the other sets, at most two of them lost; else off). In the inner folds a query's neighbours "
        "come from neither its own set nor the held set. Cells: function hit@5 / id hit@5 / id nDCG@10, today -> "
        "with neighbours; a held set is lost when any of the three is lower in either language.",
        "",
        "| held set | lang | (a) choice | (a) today -> neighbours | (b) choice | (b) today -> neighbours |",
        "|---|---|---|---|---|---|",
    ]
    totals: dict[str, dict[str, list[tuple[float, ...]]]] = {w: defaultdict(list) for w in ("today", "a", "b")}
    lost: dict[str, list[str]] = {"a": [], "b": []}
    settings: list[tuple | None] = [None, *grid]
    for held in sets:
        inner = [s for s in sets if s != held]

        def criterion(setting: tuple | None, inner: list[str] = inner, held: str = held) -> float:
            return round(_criterion(means(setting, inner, held)), 9)

        def eligible(setting: tuple | None, inner: list[str] = inner, held: str = held) -> bool:
            base, other = means(None, inner, held), means(setting, inner, held)
            if any(_lower(base[lang], other[lang]) for lang in base):
                return False
            return sum(worse(setting, name, held) for name in inner) <= 2

        picked = {
            "a": max(settings, key=lambda st: (criterion(st), st is None)),
            "b": max(settings, key=lambda st: (st is None or eligible(st), criterion(st), st is None)),
        }
        base = means(None, [held], None)
        got = {way: means(st, [held], None) for way, st in picked.items()}
        for way, st in picked.items():
            if worse(st, held, None):
                lost[way].append(held)
        for q in queries:
            if set_of(q) == held:
                own = frozenset({held})
                totals["today"][q["lang"]].append(row(q, own, None))
                for way, st in picked.items():
                    totals[way][q["lang"]].append(row(q, own, st))
        for lang in ("zh", "en"):
            if lang in base:
                cells_row = [
                    f"{'off' if picked[w] is None else '/'.join(f'{v:g}' if isinstance(v, float) else str(v) for v in picked[w])}"
                    f" | {_fmt(base[lang])} -> {_fmt(got[w][lang])}"
                    for w in ("a", "b")
                ]
                lines.append(f"| {held} | {lang} | " + " | ".join(cells_row) + " |")
    lines += _pooled_and_lost(totals, lost, len(sets))
    return "\n".join(lines)


def _pooled_and_lost(totals: dict, lost: dict, n_sets: int) -> list[str]:
    """The pooled rows of a two-way (a / b) leave-one-set-out table and the count of held sets each way lost."""
    lines = []
    for lang in ("zh", "en"):
        if not totals["today"][lang]:
            continue
        base = _means(totals["today"][lang])
        lines.append(
            f"| pooled | {lang} | - | {_fmt(base)} -> {_fmt(_means(totals['a'][lang]))} | - | {_fmt(base)} -> "
            f"{_fmt(_means(totals['b'][lang]))} |"
        )
    return [
        *lines,
        "",
        f"Held sets lost: (a) {len(lost['a'])} of {n_sets} ({', '.join(lost['a']) or 'none'}); (b) "
        f"{len(lost['b'])} of {n_sets} ({', '.join(lost['b']) or 'none'}).",
    ]


def _held_code(query: dict) -> str | None:
    """The O*NET / CSCO code of a role query's occupation (from its source), if any."""
    found = re.search(r"\d{2}-\d{4}\.\d{2}|\d-\d{2}-\d{2}-\d{2}", str(query.get("source") or ""))
    return found.group(0) if found else None


def official_duties(queries: list[dict], data: str, quick: bool = False) -> str:
    """Round 16: how many role queries whose occupation code one role of the library holds get that role read, what
    reading it would give (the role forced, an upper bound), and a class fix tried: the O*NET 29.3 task statements
    and description sentences of a role's own occupation codes added to the role's English duties (statements that
    are, or are part of, a labelled query's text left out), compared per query set with today's engine."""
    import csv
    from dataclasses import replace

    import kpiguide.suggest.engine as engine_module
    from kpiguide.catalog.roles import load_roles
    from kpiguide.suggest.role_prior import RoleMatch

    catalog = load_catalog()
    roles = list(load_roles())
    holders: dict[str, set[str]] = defaultdict(set)
    for role in roles:
        for code in (*role.onet_soc, *role.csco):
            holders[code].add(role.id)
    by_role = {role.id: role for role in roles}
    if quick:
        queries = [q for q in queries if _held_code(q)][:40]

    def key(text: str) -> str:
        return re.sub(r"[\W_]+", "", text.lower())

    used = [key(q["text"]) for q in queries]
    used_set = set(used)

    def clean(statement: str) -> bool:
        k = key(statement)
        return bool(k) and k not in used_set and not any(k in u or u in k for u in used if min(len(u), len(k)) > 20)

    extra: dict[str, list[str]] = defaultdict(list)
    folder = Path(data) / "onet_occupations"
    with open(folder / "onet_occupations.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if len(holders.get(row["onet_soc_code"], ())) == 1:
                extra[row["onet_soc_code"]] += [s for s in re.split(r"(?<=\.)\s+", row["description"]) if clean(s)]
    with open(folder / "onet_task_statements.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if len(holders.get(row["onet_soc_code"], ())) == 1 and clean(row["task"]):
                extra[row["onet_soc_code"]].append(row["task"])
    widened = [
        replace(r, duties_en=r.duties_en + tuple(s for c in r.onet_soc for s in extra.get(c, ()))) for r in roles
    ]
    forced: dict[str, str] = {}

    class Forced(IndicatorSuggester):
        def _context(self, q: QueryVector, text: str, industry: str | None) -> Context:
            ctx = super()._context(q, text, industry)
            rid = forced.get(text)
            if rid and not (ctx.roles and ctx.roles[0].role.id == rid):
                ctx = replace(ctx, roles=(RoleMatch(by_role[rid], 0.6, ""),), strategies=(), department=None)
            return ctx

    engine = IndicatorSuggester().fit(catalog)
    upper = Forced().fit(catalog)
    shipped_loader = engine_module.load_roles
    engine_module.load_roles = lambda: widened  # type: ignore[assignment]
    try:
        wide = IndicatorSuggester().fit(catalog)
    finally:
        engine_module.load_roles = shipped_loader
    census: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    bound: dict[tuple[str, bool], dict[str, list[tuple[float, ...]]]] = defaultdict(lambda: defaultdict(list))
    rows: dict[str, dict[str, tuple[float, ...]]] = {"today": {}, "wide": {}}
    for q in queries:
        for name, model in (("today", engine), ("wide", wide)):
            rows[name][q["id"]] = _query_metrics(
                q, [s.indicator.id for s in model.suggest(q["text"], top_k=10)], catalog
            )
        code = _held_code(q)
        if not code or len(holders.get(code, ())) != 1:
            continue
        rid = next(iter(holders[code]))
        read = [m.role.id for m in engine.context(q["text"]).roles[:1]]
        read_wide = [m.role.id for m in wide.context(q["text"]).roles[:1]]
        cell = census[(q["lang"], q["kind"])]
        cell[0] += 1
        cell[1] += read == [rid]
        cell[2] += read_wide == [rid]
        if id_grades(q):
            forced[q["text"]] = rid
            ranked = [s.indicator.id for s in upper.suggest(q["text"], top_k=10)]
            bound[(q["lang"], read == [rid])]["today"].append(rows["today"][q["id"]])
            bound[(q["lang"], read == [rid])]["role forced"].append(_query_metrics(q, ranked, catalog))
    lines = [
        "## Round 16: role queries and their archetype, and the occupations' official duties (suggest_mine_prior.py "
        "--official-duties)",
        "",
        f"Command: `{COMMAND} --official-duties --data /work/shared/data/external` — {today()}. All development query "
        "sets (never the test set fresh48). Role queries whose occupation code (O*NET-SOC / CSCO) exactly one role of "
        "the library holds: how many get that role read first, today and with the occupation's O*NET task statements "
        "and description sentences added to the role's English duties (any statement that is, or is part of, a "
        "labelled query's text left out):",
        "",
        "| lang | kind | queries | role read today | with official duties |",
        "|---|---|---|---|---|",
    ]
    for (lang, kind), (n, a, b) in sorted(census.items()):
        lines.append(f"| {lang} | {kind} | {n} | {a} | {b} |")
    lines += [
        "",
        "What reading the role gives, on those with id labels (the role forced as the reading, an upper bound): "
        "function hit@5 / id hit@5 / id nDCG@10.",
        "",
        "| lang | role read today | n | today | role forced |",
        "|---|---|---|---|---|",
    ]
    for (lang, got), cells in sorted(bound.items()):
        lines.append(
            f"| {lang} | {'yes' if got else 'no'} | {len(cells['today'])} | {_fmt(_means(cells['today']))} | "
            f"{_fmt(_means(cells['role forced']))} |"
        )
    lines += [
        "",
        "With the official duties, per query set (function hit@5 / id hit@5 / id nDCG@10, today -> widened duties):",
        "",
        "| set | lang | n | today -> widened |",
        "|---|---|---|---|",
    ]
    lost = []
    for name in [*sorted({set_of(q) for q in queries}), "pooled"]:
        for lang in ("zh", "en"):
            ids = [q["id"] for q in queries if q["lang"] == lang and name in ("pooled", set_of(q))]
            if not ids:
                continue
            a, b = _means([rows["today"][i] for i in ids]), _means([rows["wide"][i] for i in ids])
            if name != "pooled" and _lower(a, b) and name not in lost:
                lost.append(name)
            lines.append(f"| {name} | {lang} | {len(ids)} | {_fmt(a)} -> {_fmt(b)} |")
    lines += ["", f"Sets lost with the widened duties: {len(lost)} ({', '.join(lost) or 'none'})."]
    return "\n".join(lines)


ROLE_FLOOR_FACTORS = (0.85, 0.7, 0.55)  # round 16: English floors of the role recognizer, times these


def role_floors(queries: list[dict], quick: bool = False) -> str:
    """Round 16: the similarity floors from which the role recognizer reads a described job (``_TEXT_MATCH``,
    ``_DESCRIBED_MATCH``, ``_CLAUSE_MATCH``, ``_LED_MATCH``) scaled down for English texts only (many English role
    queries whose role is the most similar one stay under the floors), per query set against today's engine."""
    import kpiguide.suggest.role_prior as role_prior
    from kpiguide.core.i18n import has_cjk

    catalog = load_catalog()
    if quick:
        queries = [
            q for name in sorted({set_of(q) for q in queries}) for q in [x for x in queries if set_of(x) == name][:6]
        ]
    names = ("_TEXT_MATCH", "_DESCRIBED_MATCH", "_CLAUSE_MATCH", "_LED_MATCH")
    shipped = {name: getattr(role_prior, name) for name in names}
    factor = [1.0]
    recognize = role_prior.RoleRecognizer.recognize

    def scaled(self, analysis, *args, **kwargs):  # type: ignore[no-untyped-def]
        f = 1.0 if has_cjk(analysis.normalized) else factor[0]
        for name, value in shipped.items():
            setattr(role_prior, name, value * f)
        try:
            return recognize(self, analysis, *args, **kwargs)
        finally:
            for name, value in shipped.items():
                setattr(role_prior, name, value)

    engine = IndicatorSuggester().fit(catalog)
    rows: dict[float, dict[str, tuple[float, ...]]] = {}
    role_prior.RoleRecognizer.recognize = scaled  # type: ignore[method-assign]
    try:
        for f in (1.0, *ROLE_FLOOR_FACTORS):
            factor[0] = f
            rows[f] = {
                q["id"]: _query_metrics(q, [s.indicator.id for s in engine.suggest(q["text"], top_k=10)], catalog)
                for q in queries
            }
    finally:
        role_prior.RoleRecognizer.recognize = recognize  # type: ignore[method-assign]
    sets = sorted({set_of(q) for q in queries})
    lines = [
        "## Round 16: English floors of the role recognizer (suggest_mine_prior.py --role-floors)",
        "",
        f"Command: `{COMMAND} --role-floors` — {today()}. All development query sets (never the test set fresh48). "
        "The floors from which a described job is read (`_TEXT_MATCH`, `_DESCRIBED_MATCH`, `_CLAUSE_MATCH`, "
        "`_LED_MATCH` of kpiguide/suggest/role_prior.py) times a factor for English texts only; function hit@5 / id "
        "hit@5 / id nDCG@10 pooled over all sets; a set is lost when any of the three is lower in either language.",
        "",
        "| factor | zh | en | sets lost |",
        "|---|---|---|---|",
    ]
    for f, got in rows.items():
        cells = []
        for lang in ("zh", "en"):
            ids = [q["id"] for q in queries if q["lang"] == lang]
            cells.append(_fmt(_means([got[i] for i in ids])) if ids else "-")
        lost = [
            name
            for name in sets
            if any(
                _lower(_means([rows[1.0][q["id"]] for q in qs]), _means([got[q["id"]] for q in qs]))
                for lang in ("zh", "en")
                for qs in [[q for q in queries if q["lang"] == lang and set_of(q) == name]]
                if qs
            )
        ]
        label = "1 (today)" if f == 1.0 else f"{f:g}"
        lines.append(f"| {label} | {cells[0]} | {cells[1]} | {len(lost)} ({', '.join(lost) or 'none'}) |")
    return "\n".join(lines)


def _nested_fusion_table(name: str, runs: _Runs, sets: list[str]) -> list[str]:
    lines = [
        f"### Second list: {name}",
        "",
        "| held set | lang | (a) choice | (a) today -> fused | (b) choice | (b) today -> fused |",
        "|---|---|---|---|---|---|",
    ]
    picked: dict[str, dict[str, object]] = {"a": {}, "b": {}}
    for held in sets:
        inner = [s for s in sets if s != held]
        settings = list(runs.rows)
        picked["a"][held] = max(settings, key=lambda k: (round(_criterion(runs.means(k, inner)), 9), k is None))
        picked["b"][held] = max(
            settings,
            key=lambda k: (k is None or runs.eligible(k, inner), round(_criterion(runs.means(k, inner)), 9), k is None),
        )
    totals: dict[str, dict[str, list[tuple[float, ...]]]] = {
        "today": defaultdict(list),
        "a": defaultdict(list),
        "b": defaultdict(list),
    }
    lost: dict[str, list[str]] = {"a": [], "b": []}
    for held in sets:
        cells = []
        today = runs.means(None, [held])
        for way in ("a", "b"):
            choice = picked[way][held]
            fused = runs.means(choice, [held])
            if any(_lower(today[lang], fused[lang]) for lang in today):
                lost[way].append(held)
            cells.append((choice, fused))
        for q in runs.queries:
            if set_of(q) == held:
                totals["today"][q["lang"]].append(runs.rows[None][q["id"]])
                for way in ("a", "b"):
                    totals[way][q["lang"]].append(runs.rows[picked[way][held]][q["id"]])
        for lang in ("zh", "en"):
            if lang not in today:
                continue
            row = [f"| {held} | {lang}"]
            for choice, fused in cells:
                label = "off" if choice is None else f"{choice[0]:g}/{choice[1]:g}/{choice[2]}"
                row.append(f"{label} | {_fmt(today[lang])} -> {_fmt(fused[lang])}")
            lines.append(" | ".join(row) + " |")
    lines += [*_pooled_and_lost(totals, lost, len(sets)), ""]
    return lines


def _fmt(m: tuple[float, float, float]) -> str:
    return " / ".join(f"{v:.3f}" for v in m)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--nested", action="store_true", help="nested leave-one-set-out (weight and smoothing chosen inside each fold)"
    )
    parser.add_argument(
        "--no-write", action="store_true", help="print only; do not update benchmarks/results/suggest.md"
    )
    parser.add_argument(
        "--function-prior", action="store_true", help="leave-one-set-out of a learned function prior instead"
    )
    parser.add_argument(
        "--fusion",
        action="store_true",
        help="round 15: the engine against BM25 at function level, and rank fusion judged by nested leave-one-set-out",
    )
    parser.add_argument(
        "--neighbours",
        action="store_true",
        help="round 16: the id-level misses of the halves A, and the labelled queries as neighbours (nested "
        "leave-one-set-out)",
    )
    parser.add_argument(
        "--official-duties",
        action="store_true",
        help="round 16: role queries and their archetype, and the O*NET duties of a role's occupations (needs --data)",
    )
    parser.add_argument(
        "--protect", action="store_true", help="with --neighbours: keep the engine's first p, fuse only the rest"
    )
    parser.add_argument(
        "--role-floors",
        action="store_true",
        help="round 16: the role recognizer's described-job floors scaled for English texts, per query set",
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: 6 queries per held set")
    parser.add_argument("--weights", default=",".join(map(str, WEIGHTS)), help="choice weights compared")
    parser.add_argument("--smoothing", type=float, default=SMOOTHING, help="added to each key's query count")
    parser.add_argument("--kinds", default=",".join(KINDS), help="keys mined: function, role, template")
    parser.add_argument(
        "--data",
        default=None,
        help="external data folder (--official-duties only; the labelled queries live in benchmarks/data)",
    )
    args = parser.parse_args()
    queries = [q for q in load_queries() if q.get("split") not in TEST_SPLITS]
    if args.role_floors:
        body, section = role_floors(queries, args.quick), "role_floors"
    elif args.official_duties:
        data = args.data or str(Path(__file__).resolve().parents[2] / "shared" / "data" / "external")
        body, section = official_duties(queries, data, args.quick), "official_duties"
    elif args.neighbours:
        body = neighbours(queries, args.quick, args.protect)
        section = "neighbours_protect" if args.protect else "neighbours"
    elif args.fusion:
        body, section = fusion(queries, args.quick), "fusion"
    elif args.function_prior:
        body, section = function_prior(queries, (0.5, 0.7, 0.9), args.quick), "function_prior"
    elif args.nested:
        body, section = nested(queries, tuple(args.kinds.split(",")), args.quick), "choice_prior_nested"
    else:
        weights = tuple(float(w) for w in args.weights.split(","))
        body, section = loso(queries, weights, args.quick, tuple(args.kinds.split(",")), args.smoothing), "choice_prior"
    print(body)
    if not (args.quick or args.no_write):
        write_section(section, body)  # benchmarks/results/suggest.md


if __name__ == "__main__":
    main()
