"""The priors of the suggestion engine: which business function a query names, which catalog
indicators are core to each function, which role archetype a text names or describes (and the
indicators practitioners give that role), and which indicators measure or drive a strategy for a
department.

A bare job title ("Recruiter", "出纳") says little in words but names a function; the
suggester boosts that function's core indicators by how much of the query the naming
words cover.  Both pieces are learned from the catalog (taxonomy names and aliases,
strategy templates owned by each function), never from benchmark queries.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kpiguide.catalog import Catalog
from kpiguide.catalog.roles import CoreKpi, RoleArchetype
from kpiguide.core.i18n import has_cjk
from kpiguide.core.model import Indicator
from kpiguide.text.analysis import Thesaurus, normalize
from kpiguide.text.embedding import SentenceEncoder
from kpiguide.text.index import BilingualIndex, QueryVector

__all__ = [
    "RoleMatch",
    "RoleRecognizer",
    "RolesByMeaning",
    "StrategyLink",
    "department_role_kpis",
    "field_of",
    "function_core",
    "function_hints",
    "longest_hints",
    "named_functions",
    "pins",
    "query_coverage",
    "role_prior",
    "strategy_indicators",
]


def function_hints(catalog: Catalog) -> Thesaurus:
    """Words that name a function or an industry (from the taxonomy) as a small thesaurus."""
    groups = []
    tax = catalog.taxonomy
    for prefix, kind, table in (("fn", "function", tax.functions), ("ind", "industry", tax.industries)):
        for key in table:
            zh, en = tax.words(kind, key, "zh"), tax.words(kind, key, "en")
            groups.append({"id": f"{prefix}:{key}", "zh": zh, "en": en})
    return Thesaurus.from_groups(groups)


def named_functions(found: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The business functions among the hints :func:`function_hints` found in a text: ``(function id, the words that
    name it)``, longest hints only, in the order found."""
    return [(cid[3:], surface) for cid, surface in longest_hints(found) if cid.startswith("fn:")]


def longest_hints(found: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop a hint whose words lie inside a longer hint ("engineers" inside "industrial engineers")."""
    surfaces = {surface for _, surface in found}
    return [
        (cid, surface) for cid, surface in found if not any(surface != other and surface in other for other in surfaces)
    ]


def query_coverage(analysis: Any, surfaces: Iterable[str], generic: frozenset[str]) -> float:
    """Share of the query's informative words inside the function-naming words (1.0 for a bare title)."""
    words = [w for w in analysis.words if w not in generic]
    if not words:
        return 1.0
    named = " ".join(surfaces)
    covered = sum(1 for w in words if w in named or analysis.surface.get(w, w) in named)
    return covered / len(words)


def function_core(
    catalog: Catalog, indicators: Sequence[Indicator], functions: np.ndarray, typicality: np.ndarray
) -> dict[str, np.ndarray]:
    """Per function, how central each indicator is to it, in [0, 1].

    Two sources from the catalog itself: the function's own indicators by typicality (text
    similarity to the function's names, at most 0.5), and the indicators that the strategy templates
    owned by the function are measured with (which may belong to another function, e.g. a general
    manager's revenue growth; the more templates, the higher, up to 1).
    """
    position = {ind.id: i for i, ind in enumerate(indicators)}
    counts: dict[str, np.ndarray] = {}
    for template in getattr(catalog, "templates", ()) or ():
        owners = field_of(template, "functions") or ()
        ids = [position[i] for i in (field_of(template, "indicators") or ()) if i in position]
        for owner in owners:
            vec = counts.setdefault(owner, np.zeros(len(indicators)))
            for rank, i in enumerate(ids):
                vec[i] += 1.0 if rank == 0 else 0.6
    core: dict[str, np.ndarray] = {}
    for key in catalog.taxonomy.functions:
        own = np.where(functions == key, typicality, 0.0)
        # typicality runs 0.5..1 for members; spread it to 0..1 so only the most typical count fully
        own = 0.5 * np.clip((own - 0.5) * 2.0, 0.0, 1.0)
        tpl = counts.get(key)
        if tpl is not None and tpl.max() > 0:
            own = np.maximum(own, tpl / tpl.max())
        core[key] = own
    return core


def field_of(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)


# -- roles -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleMatch:
    """A role archetype recognised in a text, with a confidence in [0, 1] and the words that named it."""

    role: RoleArchetype
    confidence: float
    surface: str = ""
    similarity: float | None = None  # the cosine of the text to the role, when recognised by meaning
    bridged: bool = False  # recognised by meaning through a Chinese text's English words (kpiguide.suggest.bridge)


# An English text where no role is named by its title nor clearly described by its words is read as the role archetype
# closest to it by meaning (sentence embedding) from this cosine on ... (issue 12 round 18: chosen by nested
# leave-one-set-out over the suggestion development sets, benchmarks/suggest_embedding_study.py; grid t 0.2-0.6,
# margin 0-0.1, confidence 0.5 / 0.65 / 0.8)
_MEANING_MATCH = 0.3
_MEANING_MARGIN = 0.0  # ... whatever its margin over the next archetype ...
_MEANING_CONFIDENCE = 0.8  # ... at this confidence, first among the roles read
_MEANING_SCOPE = (
    "weak"  # the texts read so: no department, no role named by its title ('unstated': nor a stated strategy)
)
# ... among every archetype, its industry then read as the text's: the labelled queries reward it.  Round 18 (lead,
# `suggest_embedding_study.py --usable`): only the archetypes usable in the industries the text names (the rule the
# named-role reading follows) lowers English id hit@5 0.835 -> 0.817 and nDCG@10 0.545 -> 0.529, 9 of 10 sets worse.
_MEANING_USABLE_ONLY = False
_MEANING_CHARS = 2000  # the first characters of a long text are embedded (the encoder reads 128 tokens)
# Below this cosine an English role read by meaning is usually the wrong archetype: its typical indicators get no role
# prior (not pinned first), the text, strategy and department readings rank instead (round 23, h118, chosen by nested
# leave-one-set-out: `suggest_embedding_study.py --meaning-pin`; 0 = off, every reading by meaning pins its role).
_MEANING_PIN = 0.0
# round 26 (IndicatorSuggester(meaning_vote=...)): an English text read by meaning that names no industry names each
# industry at least _VOTE_QUORUM of its _VOTE_ROLES closest archetypes by meaning are specific to (whatever their
# cosine; a general archetype votes for no industry, it vetoes nothing)
_VOTE_ROLES = 3
_VOTE_QUORUM = 2
# A role named by one of its names in an English text of at least _NAMED_WORDS words is a false reading when its meaning
# is far from the text: its cosine below _NAMED_FAR, or the closest archetype's above it by more than _NAMED_GAP
# ("Keep the company's servers patched" names no waiter). Round 18 (h82, `suggest_embedding_study.py --named`):
# 0 = off (the setting of the study; see docs/embedding.md).
_NAMED_WORDS = 0
_NAMED_FAR = 0.0
_NAMED_GAP = 1.0


class RolesByMeaning:
    """The role archetypes' English texts (title; aliases. duties) embedded, to find the role closest to a text.

    The archetype vectors are computed on first use and kept in the artifact cache; the encoder is
    :class:`~kpiguide.text.embedding.SentenceEncoder` (English only).
    """

    def __init__(
        self,
        roles: Sequence[RoleArchetype],
        encoder: SentenceEncoder,
        threshold: float = _MEANING_MATCH,
        margin: float = _MEANING_MARGIN,
        confidence: float = _MEANING_CONFIDENCE,
    ) -> None:
        self.roles = tuple(roles)
        self.encoder = encoder
        self.threshold = threshold
        self.margin = margin
        self.confidence = confidence
        self._vectors: np.ndarray | None = None
        self._lock = threading.Lock()

    @staticmethod
    def text(role: RoleArchetype) -> str:
        """The English text a role is embedded from: its title and aliases, then its duties."""
        names = [n for n in (role.title_en, *role.aliases_en) if n.strip()]
        return "; ".join(names) + ". " + " ".join(d.rstrip(".") + "." for d in role.duties_en if d.strip())

    def vectors(self) -> np.ndarray:
        with self._lock:
            if self._vectors is None:
                self._vectors = self.encoder.encode_cached([self.text(r) for r in self.roles], kind="role_embedding")
            return self._vectors

    def similarities(self, text: str) -> np.ndarray:
        """The cosine of ``text`` to each archetype, in the order of :attr:`roles`."""
        return np.asarray(self.vectors() @ self.encoder.encode_one(text[:_MEANING_CHARS]))

    def voted_industries(self, text: str, n: int = _VOTE_ROLES, quorum: int = _VOTE_QUORUM) -> frozenset[str]:
        """The industries at least ``quorum`` of the ``n`` archetypes closest to ``text`` by meaning are specific to
        (round 26, ``IndicatorSuggester(meaning_vote=True)``): a general archetype votes for none and vetoes nothing."""
        if not self.roles or not text.strip():
            return frozenset()
        sims = self.similarities(text)
        votes: dict[str, int] = {}
        for k in np.argsort(-sims, kind="stable")[:n]:
            role = self.roles[int(k)]
            for industry in set(role.industries) - {"general"} if role.specific else ():
                votes[industry] = votes.get(industry, 0) + 1
        return frozenset(i for i, v in votes.items() if v >= quorum)

    def far_named(self, text: str, matches: Sequence[RoleMatch]) -> set[str]:
        """The ids of the roles named by a name (``surface``) in an English ``text`` of at least :data:`_NAMED_WORDS`
        words whose meaning is far from the text (see :data:`_NAMED_FAR`, :data:`_NAMED_GAP`); empty when off."""
        named = [m for m in matches if m.surface]
        if not _NAMED_WORDS or not named or has_cjk(text) or len(text.split()) < _NAMED_WORDS:
            return set()
        sims = self.similarities(text)
        best = float(sims.max())
        at = {r.id: k for k, r in enumerate(self.roles)}
        out = set()
        for m in named:
            k = at.get(m.role.id)
            if k is not None and (float(sims[k]) < _NAMED_FAR or best - float(sims[k]) > _NAMED_GAP):
                out.add(m.role.id)
        return out

    def nearest(self, text: str, industries: Iterable[str] | None = None) -> tuple[int, float, float]:
        """The closest archetype (its index), its cosine to ``text`` and its margin over the next archetype; with
        ``industries``, only among the archetypes usable there (general ones, or of an industry named)."""
        sims = self.similarities(text)
        if industries is not None:
            named = set(industries)
            usable = np.array([not r.specific or bool(named & set(r.industries)) for r in self.roles])
            sims = np.where(usable, sims, -1.0)
        order = np.argsort(-sims, kind="stable")
        second = float(sims[order[1]]) if len(order) > 1 else 0.0
        return int(order[0]), float(sims[order[0]]), float(sims[order[0]]) - second

    def match(self, text: str, industries: Iterable[str] | None = None) -> RoleMatch | None:
        """The role ``text`` is closest to by meaning, if close enough (a described role: no surface).
        ``industries``: the industries the text or its project names, read only with :data:`_MEANING_USABLE_ONLY`
        (off: a clearly described job of an industry names that industry, as the word-level reading has it)."""
        if not self.roles or not text.strip():
            return None
        k, sim, margin = self.nearest(text, industries if _MEANING_USABLE_ONLY else None)
        if sim < self.threshold or margin < self.margin:
            return None
        return RoleMatch(self.roles[k], self.confidence, similarity=round(sim, 2))


def pins(match: RoleMatch, floor: float = _MEANING_PIN) -> bool:
    """Whether a role read puts its typical indicators first: every reading but an English one by meaning whose cosine
    is under ``floor`` (a Chinese text's reading through its words, ``bridged``, always pins)."""
    return match.similarity is None or match.bridged or match.similarity >= floor


def _matchable(name: str) -> bool:
    """Names with a qualifier in brackets ("客户经理（银行）") are shown, not matched: the bare name is another role's.

    A name mixing Chinese and a short Latin acronym (Go工程师, HR专员, IT经理) is matched on both parts, so "go"
    alone ("go green") does not name a Go developer.
    """
    return not any(ch in name for ch in "()（）")


@dataclass(frozen=True)
class RoleRecognizer:
    """The role library indexed to be recognised in a title, duty statements or a whole job description.

    Two views: the titles and aliases found in the text (a named job), and the similarity of the text to
    each role's titles and duties (a job described without its title).  A named job wins; among roles that
    share a name, one usable in the text's industries (general, or an industry the text names) wins, then
    the most similar by duties.
    """

    roles: tuple[RoleArchetype, ...]
    names: Thesaurus
    index: BilingualIndex | None
    meaning: RolesByMeaning | None = field(default=None, compare=False)

    @classmethod
    def build(
        cls, roles: Iterable[RoleArchetype], encoder: SentenceEncoder | None = None, **index_params: Any
    ) -> RoleRecognizer:
        """Index ``roles``; with a sentence ``encoder``, English texts can also be matched by meaning
        (:meth:`by_meaning`)."""
        roles = tuple(roles)
        groups = [
            {
                "id": str(k),
                "zh": [n for n in r.names("zh") if _matchable(n)],
                "en": [n for n in (*r.names("en"), *r.aliases_pinyin) if _matchable(n)],
            }
            for k, r in enumerate(roles)
        ]
        docs = [
            [
                (r.title_zh, 3.0),
                (r.title_en, 3.0),
                (" ; ".join(r.aliases_zh), 2.0),
                (" ; ".join(r.aliases_en), 2.0),
                (" ; ".join(r.duties_zh), 1.0),
                (" ; ".join(r.duties_en), 1.0),
            ]
            for r in roles
        ]
        index = BilingualIndex.build(docs, **index_params) if roles else None
        meaning = RolesByMeaning(roles, encoder) if encoder is not None and roles else None
        return cls(roles, Thesaurus.from_groups(groups), index, meaning)

    def by_meaning(self, text: str, industries: Iterable[str] | None = None) -> RoleMatch | None:
        """The role an English ``text`` is closest to by meaning (None without an encoder, for Chinese text, or
        when no role is close enough); ``industries``: see :meth:`RolesByMeaning.match`."""
        if self.meaning is None or has_cjk(text):
            return None
        return self.meaning.match(text, industries)

    def recognize(
        self,
        analysis: Any,
        industries: Iterable[str] = (),
        *,
        clauses: Sequence[str] = (),
        limit: int = 2,
        quiet: Mapping[str, float] | None = None,
        own_word: bool = True,
    ) -> list[RoleMatch]:
        """The roles a text names or describes: named ones first (best first), then the role the whole text
        describes and, when the text lists several duties (``clauses``), the role each duty describes.

        ``analysis`` is the text's :class:`~kpiguide.text.analysis.Analysis`; ``quiet`` maps the index features of
        words every duty statement uses (plan, direct, 负责、组织) to the factor they count at, so that a job is
        described by what its duties act on, not by how every duty is worded.  ``own_word``: a text whose words only
        one role shares names that role ('Tellers': Bank teller); the caller turns it off for a text that names a
        business function (网吧网管 names IT, which places it better than the one role sharing 网管).
        """
        if self.index is None:
            return []
        targets = set(industries)
        sims = self.index.scores(self._quieted(self.index.query("", analysis=analysis), quiet))
        top = float(sims.max()) if sims.size else 0.0
        rel = sims / top if top > 0 else sims
        place = np.empty(sims.size, dtype=int)  # each role's place when the roles are ordered by similarity
        place[np.argsort(-sims, kind="stable")] = np.arange(sims.size)
        length = max(1, len(analysis.normalized.replace(" ", "")))
        best: dict[str, tuple[float, int]] = {}
        for key, surface in longest_hints(self.names.find_normalized(analysis.normalized)):
            k = int(key)
            role = self.roles[k]
            usable = not role.specific or bool(targets & set(role.industries))
            coverage = min(1.0, len(surface.replace(" ", "")) / length)
            if length <= _TITLE_CHARS and coverage < _HEAD_COVER and _qualified(analysis.normalized, surface):
                continue  # 理财顾问 is not any 顾问: the qualifier before the head noun makes it another job
            if _straddles(analysis, surface):
                continue  # 顾客服务 names no 客服
            if len(analysis.words) >= _DESCRIBED_WORDS and (
                float(rel[k]) < _MENTIONED or 0 < _MENTION_PLACE <= place[k]
            ):
                continue  # "troubleshoot network servers" describes no waiter: a name its duties do not fit is a mention
            value = (1.0 if usable else 0.5) * (0.7 + 0.15 * coverage + 0.15 * float(rel[k]))
            if surface not in best or value > best[surface][0]:
                best[surface] = (value, k)
        found = sorted(
            (RoleMatch(self.roles[k], round(v, 3), s) for s, (v, k) in best.items()), key=lambda m: -m.confidence
        )
        found = found[:limit]
        named = {m.role.id for m in found}
        # a few words (a title) must be close to a role; a duty statement is matched by more, weaker words
        floor = _TEXT_MATCH if len(analysis.words) < _DESCRIBED_WORDS else _DESCRIBED_MATCH
        order = np.argsort(-sims)
        for rank, k in enumerate(order[: 0 if found else limit]):
            # a job described far better than any other is that job, even one of an industry the text does
            # not name: 为借款人办理贷款申请 describes a bank's loan officer
            second = float(sims[order[1]]) if len(order) > 1 else 0.0
            clear = len(order) < 2 or float(sims[k]) >= _DOMINANT * second
            # a duty statement whose verbs and objects fit one role's duties clearly better than any other role's
            # describes that role even when its words match the role only a little (an O*NET task, a 大典 definition)
            led = rank == 0 and len(analysis.words) >= _LED_WORDS and float(sims[k]) >= _LEAD * second
            # a title whose words no other role shares ('Tellers': only 'Bank teller' has the word) names that role
            led = led or (own_word and rank == 0 and second <= 0.0 < float(sims[k]))
            low = min(floor, _LED_MATCH) if led else floor
            self._add_described(found, named, int(k), float(sims[k]), targets, floor=low, clear=clear)
        # a title followed by a few duties ("人力资源专员：负责招聘和培训"): each duty may be another job's core
        for clause in clauses if found and 1 < len(clauses) <= 8 else ():
            words = normalize(clause)
            for m in found:
                words = words.replace(m.surface, " ") if m.surface else words
            if not words.strip():
                continue
            k, sim = self._closest(words, quiet)
            self._add_described(found, named, k, sim, targets, floor=_CLAUSE_MATCH)
        return found

    def by_duties(
        self, clauses: Sequence[str], industries: Iterable[str] = (), *, quiet: Mapping[str, float] | None = None
    ) -> RoleMatch | None:
        """Round 48 (``duty_vote``): the role most of a text's duties (``clauses``, at least two) describe, each duty
        matched on its own as :meth:`recognize` matches the duties after a title (the best role, at least
        :data:`_CLAUSE_MATCH`, usable in ``industries``); None when no duty describes one, or when two roles are
        described by as many duties.  A described role (no surface)."""
        if self.index is None or len(clauses) < 2:
            return None
        targets = set(industries)
        picks: list[tuple[int, float]] = []
        for clause in clauses:
            k, sim = self._closest(normalize(clause), quiet)
            role = self.roles[k]
            if sim >= _CLAUSE_MATCH and (not role.specific or bool(targets & set(role.industries))):
                picks.append((k, sim))
        counts = Counter(k for k, _ in picks).most_common(2)
        if not counts or (len(counts) > 1 and counts[1][1] == counts[0][1]):
            return None
        k = counts[0][0]
        return self._described(k, max(s for j, s in picks if j == k))

    def _closest(self, text: str, quiet: Mapping[str, float] | None) -> tuple[int, float]:
        """The role whose words a (normalized) duty statement is closest to, and that similarity."""
        assert self.index is not None  # its callers return early without an index
        scores = self.index.scores(self._quieted(self.index.query(text), quiet))
        k = int(np.argmax(scores))
        return k, float(scores[k])

    def _described(self, k: int, sim: float) -> RoleMatch:
        """Role ``k`` as a described role (no surface), its confidence from its similarity ``sim``."""
        return RoleMatch(self.roles[k], round(min(0.65, sim + 0.3), 3))

    @staticmethod
    def _quieted(q: QueryVector, quiet: Mapping[str, float] | None) -> QueryVector:
        if not quiet:
            return q
        return q.reweighted({f: quiet[f] for f in q.features if f in quiet})

    def _add_described(
        self,
        found: list[RoleMatch],
        named: set[str],
        k: int,
        sim: float,
        targets: set[str],
        floor: float,
        clear: bool = False,
    ) -> None:
        """Add the role a text (or one duty of it) describes, if similar enough and usable in its industries
        (or ``clear``: described far better than any other role)."""
        role = self.roles[k]
        usable = not role.specific or bool(targets & set(role.industries)) or clear
        if role.id not in named and usable and sim >= floor:
            found.append(self._described(k, sim))
            named.add(role.id)


_TITLE_CHARS = 12  # a text this short (characters) is a job title: a role name must cover most of it ...
_HEAD_COVER = 0.6  # ... at least this share, or be the whole title, when a qualifier is written right before it


# A role named in a duty statement or a description whose duties fit it less than this share of the best-fitting role's
# is mentioned, not described ("confer with legal counsel", "network servers"; issue 12 round 10b, chosen on the halves A
# and suggest_queries.yaml: 0.3 / 0.4 / 0.5 / 0.6 / 0.7 tried)
_MENTIONED = 0.4
# ... or whose duties are not among the _MENTION_PLACE roles the text's words fit best (round 29, lead: a share of the
# best role's similarity moves as the library grows; a place among the roles does not; 0 turns it off)
_MENTION_PLACE = 5


def _straddles(analysis: Any, surface: str) -> bool:
    """A Chinese role name read across two words of the text (客服 inside 顾客服务: 顾客 + 服务) names no job."""
    text = analysis.normalized
    at = text.find(surface)
    if at < 0 or not has_cjk(surface):
        return False
    end = at + len(surface)
    for word in analysis.words:
        if len(word) < 2 or not has_cjk(word) or surface in word or word in surface:
            continue
        p = text.find(word)
        while p >= 0:
            if p < at < p + len(word) or p < end < p + len(word):
                return True
            p = text.find(word, p + 1)
    return False


def _qualified(text: str, surface: str) -> bool:
    """``surface`` is the head noun of a longer Chinese title in ``text`` (a qualifier written right before it)."""
    at = text.find(surface)
    return at > 0 and has_cjk(surface[:1]) and has_cjk(text[at - 1])


_TEXT_MATCH = 0.4  # a job named by a few words without its title must be close to one role's titles and duties
_DESCRIBED_WORDS = 6  # from this many words on, a text describes a job (duties) rather than naming it
_DESCRIBED_MATCH = 0.25  # a described job needs less similarity: its many words each match a little
_CLAUSE_MATCH = 0.25  # one duty is short: a lower similarity already names the job that does it
# A duty statement of this many words or more (issue 12 round 10b; chosen on the halves A and suggest_queries.yaml:
# floor 0.12 / 0.15 / 0.2 / 0.25, lead 1.3 / 1.5 tried; from 1 or 2 words it would read a title of two words as a role
# it is not close to, 门店销售 as a store manager) ...
_LED_WORDS = 3
_LEAD = 1.3  # ... whose best role is this many times as similar as the next one ...
_LED_MATCH = 0.15  # ... describes that role from this similarity on
_DOMINANT = 2.0  # a role this many times as similar as the next one is clearly the job described


_MIXED_AT = 4  # the first core KPIs of a role (those that fill the first results) hold an outcome and a driver


def _mixed(kpis: Sequence[CoreKpi]) -> list[CoreKpi]:
    """A role's core KPIs in file order, except that a driver (or an outcome) moves up to place ``_MIXED_AT`` when the
    first ones are all of one kind: the results show what the role answers for and what it controls."""
    out = list(kpis)
    if len({k.kind for k in out[:_MIXED_AT]}) == 1:
        other = next((j for j, k in enumerate(out) if k.kind != out[0].kind), None)
        if other is not None:
            out.insert(_MIXED_AT - 1, out.pop(other))
    return out


def role_prior(
    matches: Sequence[RoleMatch], position: Mapping[str, int], n: int, allowed: Callable[[int], bool]
) -> tuple[np.ndarray, dict[int, tuple[RoleMatch, str]]]:
    """Per indicator, how strongly the recognised roles own it (confidence, less for later core KPIs).

    Returns the prior and, per indicator row, the role and the kind (outcome/driver) that explain it.
    """
    prior = np.zeros(n)
    why: dict[int, tuple[RoleMatch, str]] = {}
    for match in matches:
        rank = 0
        for kpi in _mixed(match.role.core_kpis):
            i = position.get(kpi.id)
            if i is None or not allowed(i):
                continue
            value = match.confidence * 0.8**rank
            rank += 1
            if value > prior[i]:
                prior[i] = value
                why[i] = (match, kpi.kind)
    return prior, why


# -- strategies --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StrategyLink:
    """Why an indicator serves a strategy: it ``measures`` the strategy's template, ``drives`` it through
    a cause template (``via``) owned by the department, or ``fits`` its wording (a department's own indicator)."""

    template: str
    relation: str
    via: str = ""


def department_role_kpis(
    roles: Iterable[RoleArchetype], function_of: Callable[[str], str | None]
) -> dict[str, frozenset[str]]:
    """Per function, the indicators of OTHER functions that its jobs for any company (archetypes not specific to an
    industry) carry as core KPIs: what a department owns in practice beyond its function's catalog entries (round
    40's lever ``role_owned``; a sales director's revenue growth rate and market share)."""
    out: dict[str, set[str]] = {}
    for role in roles:
        if role.specific:
            continue
        for kpi in role.core_kpis:
            owner = function_of(kpi.id)
            if owner and owner != role.function:
                out.setdefault(role.function, set()).add(kpi.id)
    return {key: frozenset(ids) for key, ids in out.items()}


def strategy_indicators(
    template: Any,
    templates: Mapping[str, Any],
    department: str | None,
    function_of: Callable[[str], str | None],
    role_owned: Collection[str] = frozenset(),
) -> list[tuple[str, float, StrategyLink]]:
    """The indicators that measure or drive ``template`` for ``department`` (a function id, or None), best first.

    The template's own indicators measure it (weight 1, those of the department first; with a department
    that does not own the template, only the department's own indicators); the indicators of
    the templates that cause it (its ``drives`` links pointing at it) drive it (weight 0.7); with a department,
    a cause counts only if the department owns it or the indicator is the department's.  Unknown ids are
    skipped.  Both ``kpiguide suggest`` and ``kpiguide cascade`` use this one reading.

    ``role_owned`` (round 40's lever, :func:`department_role_kpis`): indicators of other functions that the
    department's own jobs carry as core KPIs (a sales director's revenue growth rate, a general-management
    indicator); they count as the department's own.  Empty: the department's own indicators are its function's.
    """
    tid = str(field_of(template, "id"))
    owners = field_of(template, "functions") or ()

    def mine(ind: str) -> bool:
        return function_of(ind) == department or ind in role_owned

    own = [
        i
        for i in field_of(template, "indicators") or ()
        if function_of(i) and (department is None or department in owners or mine(i))
    ]
    if department:
        own.sort(key=lambda i: not mine(i))
    out: dict[str, tuple[float, StrategyLink]] = {}
    for rank, ind in enumerate(own):
        out.setdefault(ind, (1.0 - 0.05 * rank, StrategyLink(tid, "measures")))
    causes = [t for t in templates.values() if tid in (field_of(t, "drives") or ())]
    for cause in causes:
        owned = department is None or department in (field_of(cause, "functions") or ())
        for rank, ind in enumerate(field_of(cause, "indicators") or ()):
            if not function_of(ind) or (department and not owned and not mine(ind)):
                continue
            value = 0.7 - 0.05 * rank - (0.0 if department is None or mine(ind) else 0.1)
            if ind not in out or out[ind][0] < value:
                out[ind] = (value, StrategyLink(tid, "drives", str(field_of(cause, "id"))))
    return sorted(((i, v, link) for i, (v, link) in out.items()), key=lambda x: -x[1])
