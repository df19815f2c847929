"""A Chinese query rendered as English words, for the English sentence encoder (issue 12 round 19).

The encoder (:mod:`kpiguide.text.embedding`, all-MiniLM-L6-v2) reads Chinese as noise: every Chinese text lands at
about the same vector.  The project already holds aligned Chinese / English texts: each indicator's name, definition
and keywords, each role archetype's title, aliases and duties, each strategy template's statement and keywords.  A
word table is learned from them deterministically: for each Chinese word (jieba, :func:`kpiguide.text.analysis.tokenize`)
the English words that most often share an aligned pair with it (Dice coefficient over the pairs), and a Chinese text
is rendered as the English words of its own words, in order, which the encoder can read.

:class:`RoleBridge` reads a Chinese query in which no department and no role at all is read (no title named, no job
described in words the role library shares) as the role archetype closest in meaning to its rendering, as the round-18
reading by meaning does for an English text (:class:`~kpiguide.suggest.role_prior.RolesByMeaning`): from cosine
:data:`MATCH`, at confidence :data:`CONFIDENCE`.  Chosen by nested leave-one-set-out over the suggestion development
sets (``benchmarks/suggest_embedding_study.py --words-roles``; steps that failed there: re-ranking the candidates by
the mean of the first indicators' English vectors, ``--bridge``, or by the rendering, ``--words``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from kpiguide.catalog.core import StrategyTemplate
from kpiguide.catalog.roles import RoleArchetype
from kpiguide.core.i18n import has_cjk
from kpiguide.core.model import Indicator
from kpiguide.suggest.role_prior import RoleMatch, RolesByMeaning
from kpiguide.text.analysis import ENGLISH_STOP_WORDS, tokenize

__all__ = [
    "CONFIDENCE",
    "MATCH",
    "PER_WORD",
    "RoleBridge",
    "WordBridge",
    "aligned_pairs",
    "shipped_words",
    "word_table_file",
]

MATCH = 0.5  # the cosine from which the closest archetype is read (grid 0.2-0.5; margin 0 and 0.05 tried) ...
CONFIDENCE = 0.5  # ... at this confidence (grid 0.5 / 0.8), first among the roles read
PER_WORD = 2  # English words per Chinese word (1 / 2 tried for re-ranking; 2 for the roles)
TABLE_FILE = "word_bridge.json"  # the shipped table, in catalog/data (benchmarks/build_word_bridge.py writes it)

_ENGLISH_WORD = re.compile(r"[a-z][a-z&-]*[a-z]")


def _english_words(text: str) -> set[str]:
    return {w for w in _ENGLISH_WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS}


def _chinese_words(text: str) -> set[str]:
    return {w for w in tokenize(text, bigrams=False) if has_cjk(w)}


def aligned_pairs(
    indicators: Iterable[Indicator], roles: Iterable[RoleArchetype] = (), templates: Iterable[StrategyTemplate] = ()
) -> list[tuple[str, str]]:
    """The (Chinese, English) texts the project holds in both languages: indicators' names, definitions and keywords;
    role archetypes' titles, aliases and duties (duty by duty when both lists have the same length); strategy
    templates' statements and keywords."""
    pairs: list[tuple[str, str]] = []
    for ind in indicators:
        pairs += [(ind.name_zh, ind.name_en), (ind.definition_zh, ind.definition_en)]
        pairs.append(("；".join(ind.keywords_zh), "; ".join(ind.keywords_en)))
    for role in roles:
        pairs += [(role.title_zh, role.title_en), ("；".join(role.aliases_zh), "; ".join(role.aliases_en))]
        if len(role.duties_zh) == len(role.duties_en):
            pairs += list(zip(role.duties_zh, role.duties_en, strict=True))
        else:
            pairs.append(("；".join(role.duties_zh), " ".join(role.duties_en)))
    for tp in templates:
        pairs += [(tp.text_zh, tp.text_en), ("；".join(tp.keywords_zh), "; ".join(tp.keywords_en))]
    return [(zh, en) for zh, en in pairs if zh and en and zh.strip() and en.strip()]


class WordBridge:
    """Chinese word -> its English words (best first), learned from aligned pairs."""

    def __init__(self, table: dict[str, tuple[str, ...]]) -> None:
        self.table = table

    @classmethod
    def learn(
        cls, pairs: Sequence[tuple[str, str]], per_word: int = 2, min_pairs: int = 2, min_dice: float = 0.1
    ) -> WordBridge:
        """The ``per_word`` English words of highest Dice coefficient ``2 n(zh, en) / (n(zh) + n(en))`` (n: aligned
        pairs holding the words) for each Chinese word, among those sharing at least ``min_pairs`` pairs with it and
        a coefficient of at least ``min_dice``; ties by the English word, so the table is deterministic."""
        n_zh: Counter[str] = Counter()
        n_en: Counter[str] = Counter()
        both: Counter[tuple[str, str]] = Counter()
        for zh, en in pairs:
            zw, ew = _chinese_words(zh), _english_words(en)
            n_zh.update(zw)
            n_en.update(ew)
            both.update((z, e) for z in zw for e in ew)
        scored: dict[str, list[tuple[float, str]]] = {}
        for (z, e), n in both.items():
            dice = 2.0 * n / (n_zh[z] + n_en[e])
            if n >= min_pairs and dice >= min_dice:
                scored.setdefault(z, []).append((-dice, e))
        return cls({z: tuple(e for _, e in sorted(cands)[:per_word]) for z, cands in scored.items()})

    def render(self, text: str) -> str:
        """The English words of the Chinese words of ``text``, in order, each once ('' when none is known)."""
        out: list[str] = []
        for word in tokenize(text, bigrams=False):
            for e in self.table.get(word, ()):
                if e not in out:
                    out.append(e)
        return " ".join(out)


def word_table_file() -> Traversable:
    """The shipped word table's file (``kpiguide/catalog/data/word_bridge.json``)."""
    return resources.files("kpiguide") / "catalog" / "data" / TABLE_FILE


@cache
def shipped_words() -> WordBridge:
    """The word table shipped with the package (learned by ``benchmarks/build_word_bridge.py``; read once per
    process, never learned at run time)."""
    data = json.loads(word_table_file().read_text(encoding="utf-8"))
    return WordBridge({z: tuple(es) for z, es in data["table"].items()})


class RoleBridge:
    """The role archetype closest in meaning to a Chinese text rendered in English words (through ``words``, by
    default the shipped table :func:`shipped_words`)."""

    def __init__(self, roles: RolesByMeaning, words: WordBridge | None = None) -> None:
        self.roles = roles
        self._words = words

    def words(self) -> WordBridge:
        """The word table (the shipped one unless another was given)."""
        return self._words if self._words is not None else shipped_words()

    def match(self, text: str) -> RoleMatch | None:
        """The archetype closest to ``text``'s rendering, if its cosine is at least :data:`MATCH` (a described role,
        marked ``bridged``); None for a text without Chinese or whose words the table does not know."""
        if not has_cjk(text):
            return None
        said = self.words().render(text)
        if not said:
            return None
        k, sim, _ = self.roles.nearest(said)
        if sim < MATCH:
            return None
        return RoleMatch(self.roles.roles[k], CONFIDENCE, similarity=round(sim, 2), bridged=True)
