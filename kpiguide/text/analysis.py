"""Bilingual (Chinese / English) text normalisation, tokenisation and similarity.

The functions here need no fitting and work offline:

- :func:`normalize`: NFKC (full-width → half-width), traditional → simplified
  Chinese, lower case, collapsed white space.
- :func:`tokenize`: jieba words plus character bigrams for Chinese runs, English
  words with light stemming and stop words removed.
- :func:`concepts`: the concept groups of the bilingual thesaurus
  (``kpiguide/catalog/data/thesaurus.yaml``) that a text mentions, so that
  "回款率" and "DSO" meet on the same concept.
- :func:`similarity`: a cosine similarity in [0, 1] over words, bigrams and concepts.

jieba and OpenCC are loaded lazily (first call), jieba's start-up log is silenced.

Segmentation uses a *small dictionary* instead of jieba's full one (350,000 words, ~60 MiB in
every process): every word of jieba's dictionary that occurs in the catalog's data files
(indicators, templates, roles, thesaurus, taxonomy) plus the :data:`SMALL_DICT_COMMON` most
frequent words, with jieba's own frequencies and total.  jieba segments a text using only the
dictionary words inside it, so catalog texts are segmented exactly as with the full dictionary;
queries differ only where they use words the catalog never does.  The small dictionary is built
once per catalog data version into the artifact cache (:mod:`kpiguide.core.cache`); without a
writable cache the full dictionary is used.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kpiguide.core.cache import default_cache, digest, file_digest, read_json, write_json
from kpiguide.core.i18n import CJK_CHARS, has_cjk
from kpiguide.core.texttable import load_package_yaml

__all__ = [
    "Analysis",
    "Concept",
    "Thesaurus",
    "analyze",
    "concepts",
    "is_cjk",
    "load_tokenizer",
    "normalize",
    "similarity",
    "simplified",
    "stem",
    "thesaurus",
    "tokenize",
    "tokenizer_signature",
    "word_classes",
]

_RUNS = re.compile(rf"[{CJK_CHARS}]+|[a-z0-9]+(?:[+#&'][a-z0-9]+)*")
_CJK_WORD = re.compile(rf"[{CJK_CHARS}]+")
_LATIN = re.compile(r"[a-z0-9]")
_SPACE = re.compile(r"\s+")
# The English pronoun "it" / "It" (not the acronym "IT"): dropped before case folding, otherwise
# "ensure that it remains safe" reads as information technology.
_PRONOUN_IT = re.compile(r"(?<![A-Za-z0-9])(?:it|It|iT)(?![A-Za-z0-9])")

# Variants OpenCC leaves alone but that mainland practitioners always write one way.
_VARIANTS = str.maketrans({"帐": "账", "週": "周", "線": "线", "臺": "台"})

ENGLISH_STOP_WORDS = frozenset(
    """a about above across after again against all almost also am among an and any are as at be because been
    before being below between both but by can could did do does doing done down during each either else etc
    for from further had has have having he her here hers him his how however i if in into is its itself
    just least less may me might more most much must my no nor not of off on once only or other our ours out
    over own per same shall she should so some such than that the their theirs them then there these they
    this those through thus to too under until up upon us very via was we were what when where whether which
    while who whom whose why will with within without would you your yours e.g i.e eg ie
    """.split()  # noqa: SIM905
)

# Input vocabulary of the tokenizer (words dropped from Chinese text), not user-facing text.
CHINESE_STOP_WORDS = frozenset(
    """的 了 和 与 及 以及 或 或者 等 等等 在 对 对于 是 为 为了 并 并且 其 其中 中 把 将 被 由 从 向 到 以 于 之
    这 那 这些 那些 该 各 各项 每 个 我们 我们的 你 他 她 它 公司 有 也 都 就 而 且 但 如 如何 通过 进行 相关 方面
    一个 一些 所有 以上 以下 按照 根据 确保 负责 做好 做 开展 完成 工作 主要 能够 可以 需要 要 上 下 内 外
    """.split()  # noqa: SIM905
)


#: Kept for callers of the first version; the one test is :func:`kpiguide.core.i18n.has_cjk`.
is_cjk = has_cjk


@cache
def _opencc() -> Any:
    from opencc import OpenCC  # optional heavy dependency: loaded on first Chinese text

    return OpenCC("t2s")


#: The data file of the linker's labelled practitioners' names (kpiguide.suggest.linking), not read for words.
LINKER_EVIDENCE = "link_vocabulary.yaml"
#: The data file of the linker's learned re-ranker weights (kpiguide.suggest.linking): numbers, not words.
LINKER_WEIGHTS = "link_reranker.yaml"
#: Most frequent words of jieba's dictionary kept in the small dictionary besides the catalog's words.
SMALL_DICT_COMMON = 20_000
_DICT_FORMAT = "1"


def _corpus_files() -> list[Path]:
    """The catalog's data files (indicators, templates, roles, thesaurus, taxonomy): the words worth knowing.

    Not the practitioners' names of the linker (:data:`LINKER_EVIDENCE`): they are labelled evidence, not the
    catalog's words, and the tokenizer must not change with them (leave-one-set-out mines them per held set)."""
    folder = Path(str(resources.files("kpiguide") / "catalog" / "data"))
    return sorted(p for p in folder.rglob("*.yaml") if p.name not in (LINKER_EVIDENCE, LINKER_WEIGHTS))


def _jieba_module() -> Any:
    import jieba  # heavy: loaded on first Chinese text only

    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.setLogLevel(logging.WARNING)
    return jieba


@cache
def _dictionary_key() -> str | None:
    """Cache key of the small dictionary, or None when the full dictionary is used (no usable cache)."""
    store = default_cache()
    key = digest(_DICT_FORMAT, str(_jieba_module().__version__), str(SMALL_DICT_COMMON), file_digest(_corpus_files()))
    return key if store.has("tokenizer", key) or store.writable() else None


def _build_small_dictionary() -> tuple[dict[str, int], int]:
    """jieba's words found in the catalog's data files plus the most frequent ones, and jieba's total."""
    full = _jieba_module().Tokenizer()
    full.initialize()
    freq: dict[str, int] = full.FREQ
    words: dict[str, int] = {}
    for path in _corpus_files():
        for run in _CJK_WORD.findall(normalize(path.read_text(encoding="utf-8"))):
            for start, ends in full.get_DAG(run).items():
                for end in ends:
                    word = run[start : end + 1]
                    if freq.get(word):
                        words[word] = freq[word]
    common = sorted((w for w, f in freq.items() if f > 0), key=lambda w: -freq[w])[:SMALL_DICT_COMMON]
    words.update((w, freq[w]) for w in common)
    return words, int(full.total)


def _save_dictionary(value: tuple[dict[str, int], int], folder: Path) -> None:
    write_json(folder / "words.json", {"total": value[1], "words": value[0]})


def _load_dictionary(folder: Path) -> tuple[dict[str, int], int]:
    data = read_json(folder / "words.json")
    words, total = data["words"], data["total"]
    if not isinstance(words, dict) or not isinstance(total, int) or total <= 0:
        raise ValueError("not a tokenizer dictionary")
    return words, total


def small_dictionary() -> tuple[dict[str, int], int] | None:
    """The small dictionary (word → jieba frequency, jieba's total) from the cache, or None (full dictionary)."""
    key = _dictionary_key()
    if key is None:
        return None
    return default_cache().get("tokenizer", key, _build_small_dictionary, _save_dictionary, _load_dictionary)


def tokenizer_signature() -> str:
    """What segmentation depends on (dictionary, thesaurus, this code): part of every cached index's key."""
    return _tokenizer_signature()


@cache
def _tokenizer_signature() -> str:
    source = Path(__file__).read_bytes()
    thesaurus_file = Path(str(resources.files("kpiguide") / "catalog" / "data" / "thesaurus.yaml"))
    return digest(_dictionary_key() or "full", str(_jieba_module().__version__), file_digest([thesaurus_file]), source)


@cache
def _jieba() -> Any:
    """A private jieba tokenizer (small dictionary when cached) with the thesaurus terms added; once per process."""
    tokenizer = _jieba_module().Tokenizer()
    small = small_dictionary()
    if small is None:
        tokenizer.initialize()
    else:
        words, total = small
        prefixes: dict[str, int] = {}
        for word in words:
            for end in range(1, len(word)):
                prefixes.setdefault(word[:end], 0)
        tokenizer.FREQ = {**prefixes, **words}
        tokenizer.total = total  # jieba's own total: word probabilities as with the full dictionary
        tokenizer.initialized = True
    for term in thesaurus().chinese_terms():
        if len(term) >= 2:
            tokenizer.add_word(term, freq=2000)
    return tokenizer


def load_tokenizer() -> None:
    """Load the Chinese tokenizer now (otherwise on the first Chinese text): warms a kernel."""
    _jieba()


def _drop_pronoun_it(text: str) -> str:
    return _PRONOUN_IT.sub(" ", text) if "t" in text or "T" in text else text


def normalize(text: str) -> str:
    """Normalise text for matching: width, script, case and white space.

    >>> normalize("  應收帳款ＤＳＯ　周轉 ")
    '应收账款dso 周转'
    """
    if not text:
        return ""
    value = unicodedata.normalize("NFKC", str(text))
    if has_cjk(value):
        value = _opencc().convert(value).translate(_VARIANTS)
    value = value.lower().replace("\u00a0", " ")
    return _SPACE.sub(" ", value).strip()


def simplified(text: str) -> str:
    """``text`` with traditional Chinese characters in their simplified form, as :func:`normalize` converts them, and
    nothing else changed (width, case and spaces kept): for rules that read Chinese words in a name before it is
    normalised (round 21: 時間 is 时间).

    >>> simplified("首次回應時間 (FRT)")
    '首次回应时间 (FRT)'
    """
    return _opencc().convert(text).translate(_VARIANTS) if text and has_cjk(text) else text


#: Plurals the suffix rules below would map away from their singular ("shelves" to "shelve", "analyses" to
#: "analyse"), among the words of KPI names, duties and catalog definitions.
_IRREGULAR_PLURALS = {
    "shelves": "shelf",
    "halves": "half",
    "analyses": "analysis",
    "diagnoses": "diagnosis",
    "indices": "index",
    "criteria": "criterion",
    "phenomena": "phenomenon",
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stemmer: plurals, -ing, -ed, a few derivational endings.

    It only has to map inflected forms of the same word together, consistently on
    the query and on the catalog side; it is deliberately conservative.

    >>> [stem(w) for w in ["rates", "deliveries", "delivered", "shipping", "collections", "analysis"]]
    ['rate', 'delivery', 'deliver', 'ship', 'collection', 'analysis']
    >>> [stem(w) for w in ["shelves", "shelf", "analyses", "indices", "criteria"]]
    ['shelf', 'shelf', 'analysis', 'index', 'criterion']
    """
    w = word
    if len(w) <= 3 or not w.isalpha():
        return w
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("sses"):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "ys", "as")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            base = w[: -len(suffix)]
            if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            return base
    return w


def _english_tokens(run: str) -> list[str]:
    if run in ENGLISH_STOP_WORDS or run.isdigit():
        return []
    if len(run) == 1 and not run.isalpha():
        return []
    return [stem(run)]


def _chinese_tokens(run: str, *, bigrams: bool = True) -> list[str]:
    words = [w for w in _jieba().lcut(run, HMM=False) if w not in CHINESE_STOP_WORDS]
    if not bigrams or len(run) < 3:
        return words if words else ([run] if run not in CHINESE_STOP_WORDS else [])
    grams = [run[i : i + 2] for i in range(len(run) - 1)]
    return words + [g for g in grams if g not in words]


def _runs(normalized: str) -> list[str]:
    return _RUNS.findall(normalized)


def tokenize(text: str, *, bigrams: bool = True) -> list[str]:
    """Tokens of ``text`` for matching (normalised first).

    Chinese runs give their jieba words and, if ``bigrams``, the character bigrams
    not already produced as words; English runs give stemmed words without stop
    words.  Punctuation, emoji and bare numbers are dropped.

    >>> tokenize("提高回款率 and reduce overdue receivables")
    ['提高', '回款率', '高回', '回款', '款率', 'reduce', 'overdue', 'receivable']
    """
    out: list[str] = []
    for run in _runs(normalize(_drop_pronoun_it(str(text or "")))):
        if has_cjk(run):
            out.extend(_chinese_tokens(run, bigrams=bigrams))
        else:
            out.extend(_english_tokens(run))
    return out


# -- thesaurus ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Concept:
    """One concept group of the thesaurus: its id and its terms in both languages."""

    id: str
    zh: tuple[str, ...]
    en: tuple[str, ...]

    def label(self, lang: str = "en") -> str:
        terms = self.zh if lang.startswith("zh") else self.en
        return terms[0] if terms else self.id


@dataclass(frozen=True)
class Thesaurus:
    """The bilingual concept thesaurus, indexed for fast lookup in texts.

    Chinese terms are looked up as substrings of Chinese runs; English terms
    (and Latin acronyms such as DSO) as sequences of stemmed words; mixed terms ("IT事件", "营销ROI",
    "offer接受率") as written, both parts together (spaces aside, not inside a longer Latin word), so
    that neither "IT" alone nor "事件" alone means IT incidents.
    """

    concepts: tuple[Concept, ...]
    by_id: Mapping[str, Concept]
    cjk_terms: Mapping[str, tuple[str, ...]]
    latin_terms: Mapping[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]
    max_cjk_len: int
    mixed_terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_groups(cls, groups: Iterable[Mapping[str, Any]]) -> Thesaurus:
        concepts: list[Concept] = []
        cjk: dict[str, list[str]] = {}
        latin: dict[str, dict[tuple[str, ...], list[str]]] = {}
        mixed: dict[str, list[str]] = {}
        for group in groups:
            concept = Concept(str(group["id"]), tuple(group.get("zh") or ()), tuple(group.get("en") or ()))
            concepts.append(concept)
            for term in (*concept.zh, *concept.en):
                norm = normalize(str(term))
                if not norm:
                    continue
                if has_cjk(norm):
                    key = norm.replace(" ", "")
                    table = cjk if _CJK_WORD.fullmatch(key) else mixed if _LATIN.search(key) else None
                    if table is not None and len(key) >= 2:
                        ids = table.setdefault(key, [])
                        if concept.id not in ids:
                            ids.append(concept.id)
                        continue
                words = tuple(w for run in _runs(norm) for w in _english_tokens(run) if not has_cjk(run))
                if words:
                    ids = latin.setdefault(words[0], {}).setdefault(words, [])
                    if concept.id not in ids:
                        ids.append(concept.id)
        return cls(
            concepts=tuple(concepts),
            by_id={c.id: c for c in concepts},
            cjk_terms={k: tuple(v) for k, v in cjk.items()},
            latin_terms={
                first: tuple(sorted(((seq, tuple(ids)) for seq, ids in seqs.items()), key=lambda s: -len(s[0])))
                for first, seqs in latin.items()
            },
            max_cjk_len=max((len(k) for k in cjk), default=2),
            mixed_terms={k: tuple(v) for k, v in mixed.items()},
        )

    def chinese_terms(self) -> tuple[str, ...]:
        return tuple(self.cjk_terms)

    def find(self, text: str) -> list[tuple[str, str]]:
        """``(concept_id, matched_surface_text)`` pairs for every term found in ``text`` (normalised)."""
        return self.find_normalized(normalize(_drop_pronoun_it(str(text or ""))))

    def find_normalized(self, norm: str) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        latin_words: list[str] = []
        for run in _runs(norm):
            if has_cjk(run):
                self._scan_latin(latin_words, found)
                latin_words = []
                n = len(run)
                for i in range(n - 1):
                    for j in range(min(n, i + self.max_cjk_len), i + 1, -1):
                        ids = self.cjk_terms.get(run[i:j])
                        if ids:
                            found.extend((cid, run[i:j]) for cid in ids)
            else:
                latin_words.extend(_english_tokens(run))
        self._scan_latin(latin_words, found)
        if self.mixed_terms:
            self._scan_mixed(norm, found)
        return found

    def _scan_mixed(self, norm: str, found: list[tuple[str, str]]) -> None:
        """Mixed terms: the whole term in the text without its spaces, not inside a longer Latin word."""
        compact = norm.replace(" ", "")
        for key, ids in self.mixed_terms.items():
            start = compact.find(key)
            while start >= 0:
                end = start + len(key)
                before = compact[start - 1 : start] if start else ""
                after = compact[end : end + 1]
                if not (
                    (before and _LATIN.match(before) and _LATIN.match(key[0]))
                    or (after and _LATIN.match(after) and _LATIN.match(key[-1]))
                ):
                    found.extend((cid, key) for cid in ids)
                    break
                start = compact.find(key, start + 1)

    def _scan_latin(self, words: list[str], found: list[tuple[str, str]]) -> None:
        for i, word in enumerate(words):
            for seq, ids in self.latin_terms.get(word, ()):
                if tuple(words[i : i + len(seq)]) == seq:
                    found.extend((cid, " ".join(seq)) for cid in ids)
                    break


@cache
def _thesaurus_file() -> Any:
    """``kpiguide/catalog/data/thesaurus.yaml``, read once: its ``concepts`` and its word classes (``words``)."""
    path = resources.files("kpiguide") / "catalog" / "data" / "thesaurus.yaml"
    return load_package_yaml(path.read_text(encoding="utf-8"))


@cache
def thesaurus() -> Thesaurus:
    """The built-in thesaurus (``kpiguide/catalog/data/thesaurus.yaml``), loaded once."""
    data = _thesaurus_file()
    return Thesaurus.from_groups(data.get("concepts", []) if isinstance(data, dict) else data or [])


@cache
def word_classes() -> Thesaurus:
    """The synonym classes of generic practitioners' words (the ``words`` list of ``thesaurus.yaml``: 客人 ≈ 客户 ≈
    customer, 办结 ≈ 解决): two words that name the same thing, not the same measure.  They are not concepts (they
    never make two texts similar by themselves); the KPI linker reads a name with them written as the class's first
    word, the catalog's (:func:`kpiguide.text.objects.canonical_words`)."""
    data = _thesaurus_file()
    return Thesaurus.from_groups(data.get("words", []) if isinstance(data, dict) else [])


def concepts(text: str) -> tuple[str, ...]:
    """Ids of the thesaurus concepts mentioned in ``text``, in order of first mention.

    >>> concepts("缩短回款周期") == concepts("reduce DSO")
    True
    """
    seen: dict[str, None] = {}
    for cid, _ in thesaurus().find(text):
        seen.setdefault(cid, None)
    return tuple(seen)


# -- analysis used by similarity and by the suggester -------------------------------------------


@dataclass(frozen=True)
class Analysis:
    """Everything matching needs from one text: words, bigrams, concepts and their surface forms."""

    words: tuple[str, ...]
    bigrams: tuple[str, ...]
    concepts: tuple[str, ...]
    surface: Mapping[str, str]
    normalized: str = ""

    def features(
        self, word_weight: float = 1.0, bigram_weight: float = 0.5, concept_weight: float = 2.0
    ) -> dict[str, float]:
        """Weighted feature counts: words, ``#``-prefixed bigrams and ``~``-prefixed concepts."""
        counts: defaultdict[str, float] = defaultdict(float)
        for w in self.words:
            counts[w] += word_weight
        for g in self.bigrams:
            counts["#" + g] += bigram_weight
        for c in self.concepts:
            counts["~" + c] += concept_weight
        return counts


def analyze(text: str, *, use_thesaurus: bool = True, max_chars: int = 200_000) -> Analysis:
    """Analyse ``text`` once: words (jieba / stemmed English), Chinese bigrams and concepts.

    Bigrams are reported separately (prefixed ``#`` in :meth:`Analysis.features`)
    so that engines can weight them lower than whole words.  Texts longer than
    ``max_chars`` are cut there (a pasted document of that size says all it can).
    """
    norm = normalize(_drop_pronoun_it(str(text or "")[:max_chars]))
    words: list[str] = []
    grams: list[str] = []
    surface: dict[str, str] = {}
    for run in _runs(norm):
        if has_cjk(run):
            for w in _jieba().lcut(run, HMM=False):
                if w not in CHINESE_STOP_WORDS:
                    words.append(w)
                    surface.setdefault(w, w)
            grams.extend(run[i : i + 2] for i in range(len(run) - 1))
        else:
            for w in _english_tokens(run):
                words.append(w)
                surface.setdefault(w, run)
    found: list[str] = []
    if use_thesaurus:
        for cid, term in thesaurus().find_normalized(norm):
            found.append(cid)
            surface.setdefault("~" + cid, term)
    return Analysis(tuple(words), tuple(grams), tuple(found), surface, norm)


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    if dot <= 0:
        return 0.0
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return min(1.0, dot / (na * nb))


def _saturate(counts: Mapping[str, float]) -> dict[str, float]:
    return {k: 1.0 + math.log(v) if v >= 1 else v for k, v in counts.items()}


def similarity(a: str, b: str) -> float:
    """Similarity of two texts in [0, 1]: words, Chinese bigrams and shared thesaurus concepts.

    Works across languages through the thesaurus: ``similarity("回款率", "collection rate")``
    is well above zero although the texts share no character.  No fitting needed;
    for ranking against a catalog use :class:`kpiguide.suggest.engine.IndicatorSuggester`.
    """
    if not a or not b:
        return 0.0
    fa = _saturate(analyze(a).features())
    fb = _saturate(analyze(b).features())
    if normalize(a) == normalize(b):
        return 1.0
    return _cosine(fa, fb)
