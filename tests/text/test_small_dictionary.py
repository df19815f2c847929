"""The tokenizer's small dictionary: much smaller than jieba's, and catalog texts are segmented exactly as with it."""

from __future__ import annotations

import re

import pytest

from kpiguide.core.cache import CACHE_ENV
from kpiguide.core.i18n import CJK_CHARS
from kpiguide.text import analysis
from kpiguide.text import index as index_module


def _reset() -> None:
    for fn in (analysis._dictionary_key, analysis._tokenizer_signature, analysis._jieba, index_module._cached_analysis):
        fn.cache_clear()


@pytest.fixture(scope="module")
def small_cache(tmp_path_factory):
    """A fresh cache folder: the small dictionary is built there (once for this module)."""
    folder = tmp_path_factory.mktemp("cache")
    mp = pytest.MonkeyPatch()
    mp.setenv(CACHE_ENV, str(folder))
    _reset()
    yield folder
    mp.undo()
    _reset()


@pytest.fixture(scope="module")
def full_tokenizer():
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for term in analysis.thesaurus().chinese_terms():
        if len(term) >= 2:
            tokenizer.add_word(term, freq=2000)
    return tokenizer


def test_small_dictionary_is_built_into_the_cache_and_is_small(small_cache, full_tokenizer):
    small = analysis.small_dictionary()
    assert small is not None
    words, total = small
    assert total == full_tokenizer.total - 2000 * sum(1 for t in analysis.thesaurus().chinese_terms() if len(t) >= 2)
    full_words = sum(1 for f in full_tokenizer.FREQ.values() if f)
    assert len(words) < full_words / 4
    assert len(words) >= analysis.SMALL_DICT_COMMON
    assert list((small_cache / "tokenizer").iterdir())
    assert analysis._jieba().FREQ.keys() < full_tokenizer.FREQ.keys() | set(analysis.thesaurus().chinese_terms())


def test_catalog_texts_are_segmented_as_with_the_full_dictionary(small_cache, full_tokenizer):
    from kpiguide.catalog import load_catalog
    from kpiguide.catalog.roles import load_roles

    texts = []
    for ind in load_catalog().indicators[::4]:
        texts += [ind.name_zh, ind.definition_zh, " ".join(ind.keywords_zh)]
    for role in list(load_roles())[::5]:
        texts += [role.title_zh, *role.duties_zh]
    small = analysis._jieba()
    runs = [run for text in texts for run in re.findall(rf"[{CJK_CHARS}]+", analysis.normalize(text))]
    assert len(runs) > 500
    different = [run for run in runs if small.lcut(run, HMM=False) != full_tokenizer.lcut(run, HMM=False)]
    assert different == []


def test_queries_still_segment_into_known_words(small_cache):
    assert analysis.tokenize("提高回款率", bigrams=False) == ["提高", "回款率"]
    assert "客户满意度" in analysis.tokenize("提升客户满意度")


def test_signature_names_the_dictionary(small_cache, monkeypatch):
    with_small = analysis.tokenizer_signature()
    monkeypatch.setenv(CACHE_ENV, "off")
    _reset()
    assert analysis.small_dictionary() is None  # no cache: jieba's full dictionary
    assert analysis.tokenizer_signature() != with_small
    assert analysis.tokenize("提高回款率", bigrams=False) == ["提高", "回款率"]
    monkeypatch.setenv(CACHE_ENV, str(small_cache))
    _reset()
    assert analysis.tokenizer_signature() == with_small
