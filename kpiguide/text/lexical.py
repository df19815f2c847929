"""Plain whole words of a text: jieba words of the Chinese runs, lower-case English words and numbers; no bigram, no
concept, no stemming.

The linker's own similarity reads character bigrams and thesaurus concepts; the benchmarks' plain BM25 baseline
(bm25s) reads a text by these whole words (:func:`plain_words`).  Round 26 (issue 12) also scored them by an in-package
BM25 (``LexicalIndex``) as the linker's lexical evidence (``IndicatorLinker(lexical_none=True)``); that lever failed its
judged rule and was retired with its index in round 29 (it reproduces at commit 8d82b45).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kpiguide.text.analysis import _jieba, normalize

__all__ = ["plain_words"]

_WORD = re.compile(r"[\u3400-\u9fff]+|[a-z0-9]+")


@lru_cache(maxsize=65536)
def plain_words(text: str) -> tuple[str, ...]:
    """Whole words of ``text`` (normalised): jieba words (no HMM) of each Chinese run, lower-case English words and
    numbers; nothing else."""
    out: list[str] = []
    for run in _WORD.findall(normalize(text)):
        if "\u3400" <= run[0] <= "\u9fff":
            out.extend(w for w in _jieba().lcut(run, HMM=False) if w.strip())
        else:
            out.append(run)
    return tuple(out)
