"""Shared pieces of the suggestion benchmarks: the plain BM25 baseline and result-file writing."""

from __future__ import annotations

import datetime as dt
import platform
import re
from pathlib import Path

import numpy as np

from kpiguide.core.model import Indicator
from kpiguide.text.analysis import _jieba, normalize

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "suggest.md"
_WORD = re.compile(r"[\u3400-\u9fff]+|[a-z0-9]+")


def plain_tokens(text: str) -> list[str]:
    """Baseline tokenisation: jieba words (no HMM) for Chinese runs, lower-case English words and numbers of the
    normalised text; nothing else (no bigram, no concept, no stemming)."""
    out: list[str] = []
    for run in _WORD.findall(normalize(text)):
        if "\u3400" <= run[0] <= "\u9fff":
            out.extend(w for w in _jieba().lcut(run, HMM=False) if w.strip())
        else:
            out.append(run)
    return out


def indicator_text(ind: Indicator) -> str:
    return " ".join(
        [
            ind.name_zh,
            ind.name_en,
            " ".join(ind.keywords_zh),
            " ".join(ind.keywords_en),
            ind.definition_zh,
            ind.definition_en,
            ind.formula_zh,
            ind.formula_en,
        ]
    )


class PlainBM25:
    """bm25s over the same catalog text (names, keywords, definitions, formulas in both languages)."""

    def __init__(self, indicators: list[Indicator]) -> None:
        import bm25s

        self.ids = [i.id for i in indicators]
        self.model = bm25s.BM25()
        self.model.index([plain_tokens(indicator_text(i)) for i in indicators], show_progress=False)
        self.vocab = self.model.vocab_dict

    def search(self, text: str, k: int = 10) -> list[str]:
        tokens = [t for t in plain_tokens(text) if t in self.vocab]
        if not tokens:
            return []
        scores = self.model.get_scores(tokens)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [self.ids[i] for i in top if scores[i] > 0]


def machine() -> str:
    import os

    return f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPU cores"


def write_section(
    name: str, body: str, path: Path = RESULTS, title: str = "# Indicator suggestions: quality and speed"
) -> None:
    """Replace (or add) the section ``name`` (between ``<!-- name -->`` markers) of a results file, keeping the rest
    (default: benchmarks/results/suggest.md)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = path.read_text(encoding="utf-8") if path.exists() else title + "\n"
    start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    block = f"{start}\n{body.strip()}\n{end}"
    if start in text and end in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def today() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
