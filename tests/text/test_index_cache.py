"""BilingualIndex through the artifact cache: loaded (memory-mapped) equal to built, rebuilt when the text changes."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import numpy as np
import pytest

from kpiguide.core.cache import CACHE_ENV
from kpiguide.text import index as index_module
from kpiguide.text.index import BilingualIndex

DOCS = [
    [("应收账款周转天数", 3.0), ("days sales outstanding", 3.0), ("回款 账期", 1.0)],
    [("客户满意度", 3.0), ("customer satisfaction score", 3.0)],
    [("库存周转率", 3.0), ("inventory turnover", 3.0), ("存货 周转", 1.0)],
]


@pytest.fixture
def cache_folder(monkeypatch, tmp_path) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _artifacts(folder: Path) -> list[Path]:
    kind = folder / "index"
    return sorted(p for p in kind.iterdir() if not p.name.startswith(".")) if kind.is_dir() else []


def _mapped(array: np.ndarray) -> bool:
    """True when ``array`` is (a view of) a memory-mapped file, not a copy in the process's memory."""
    while array is not None and not isinstance(array, np.memmap):
        array = array.base
    return isinstance(array, np.memmap)


def _same(a: BilingualIndex, b: BilingualIndex) -> None:
    assert a.terms == b.terms and dict(a.vocabulary) == dict(b.vocabulary)
    assert np.array_equal(a.idf, b.idf)
    assert (a.matrix != b.matrix).nnz == 0 and (a.matrix_csc != b.matrix_csc).nnz == 0
    for text in ("缩短回款周期", "customer satisfaction", "库存"):
        assert np.allclose(a.scores(a.query(text)), b.scores(b.query(text)))


def test_second_build_loads_the_cached_arrays(cache_folder, monkeypatch):
    built = BilingualIndex.build(DOCS)
    assert len(_artifacts(cache_folder)) == 1
    calls = []
    original = BilingualIndex._build.__func__

    def counting(cls, *args, **kwargs):
        calls.append(1)
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(BilingualIndex, "_build", classmethod(counting))
    loaded = BilingualIndex.build(DOCS)
    assert calls == []
    assert _mapped(loaded.matrix.data) and _mapped(loaded.matrix_csc.indices) and _mapped(loaded.idf)
    _same(built, loaded)
    _same(built, BilingualIndex.build(DOCS, cache=False))


def test_changed_documents_or_parameters_build_a_new_index(cache_folder):
    BilingualIndex.build(DOCS)
    changed = [list(DOCS[0]), *DOCS[1:], [("员工流失率", 3.0)]]
    index = BilingualIndex.build(changed)
    assert index.n_documents == 4
    BilingualIndex.build(DOCS, bigram_weight=0.25)
    assert len(_artifacts(cache_folder)) == 3


def test_damaged_index_is_rebuilt(cache_folder):
    built = BilingualIndex.build(DOCS)
    (folder,) = _artifacts(cache_folder)
    data = folder / "data.npy"
    data.write_bytes(data.read_bytes()[:-8])
    _same(built, BilingualIndex.build(DOCS))
    (terms,) = [p / "terms.json" for p in _artifacts(cache_folder)]
    terms.write_text('["only one term"]', encoding="utf-8")
    _same(built, BilingualIndex.build(DOCS))


def test_unusable_cache_folder_falls_back_to_memory(monkeypatch, tmp_path):
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "file" / "cache"))
    _same(BilingualIndex.build(DOCS), BilingualIndex.build(DOCS, cache=False))


def test_cache_turned_off(monkeypatch):
    monkeypatch.setenv(CACHE_ENV, "off")
    assert BilingualIndex.build(DOCS).n_documents == 3


def _build_in_process(root: str, start: float, out: multiprocessing.Queue) -> None:
    import os

    os.environ[CACHE_ENV] = root
    while time.time() < start:
        time.sleep(0.01)
    index = index_module.BilingualIndex.build(DOCS)
    out.put((index.n_documents, len(index.terms)))


def test_two_processes_building_the_same_index(tmp_path):
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    start = time.time() + 3.0
    procs = [context.Process(target=_build_in_process, args=(str(tmp_path), start, out)) for _ in range(2)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
        assert proc.exitcode == 0
    first, second = out.get(timeout=5), out.get(timeout=5)
    assert first == second and first[0] == 3
    assert len(_artifacts(tmp_path)) == 1


def test_similarities_are_a_row_of_the_pairwise_matrix():
    index = BilingualIndex.build(DOCS, cache=False)
    n = index.matrix.shape[0]
    for doc in range(n):
        np.testing.assert_allclose(index.similarities(doc), index.pairwise(range(n))[doc], atol=1e-12)
