"""Schema of the labelled KPI-name sets used by benchmarks/link_quality.py (benchmarks/data/link_names*.yaml).

Every set parses to ``items`` of name / source / ids / split, every label is an indicator of the built-in catalog
(an id merged since resolves), and the second to LAST_FRESH-th fresh test sets (link_names_fresh2.yaml ..
link_names_fresh46.yaml) share no name and no source page with the sets that were seen before they were written.  The
fourth to LAST_FRESH-th sets also record each page's context: ``industry`` and ``function`` (taxonomy ids or null).

The second, blind labels of fresh5, fresh6 and fresh7 (``link_names_fresh5_second.yaml``,
``link_names_fresh6_second.yaml``, ``link_names_fresh7_second.yaml``, read by benchmarks/label_agreement.py) are not sets
of their own: they hold the same names, sources, page context and order as the first files with a second labeller's
``ids``, pass the same label checks, and every one of them is compared by benchmarks/label_agreement.py.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from benchmarks.label_agreement import PAIRS
from kpiguide.catalog import Catalog, load_catalog, taxonomy
from kpiguide.core.texttable import FAST_LOADER

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
SECOND_SUFFIX = "_second"
FILES = sorted(p for p in DATA.glob("link_names*.yaml") if not p.stem.endswith(SECOND_SUFFIX))
SECOND_FILES = sorted(DATA.glob(f"link_names*{SECOND_SUFFIX}.yaml"))
LAST_FRESH = 46
"""The newest fresh linking set; a new set raises it (its rules are those of the newest set before it)."""
FRESH = {k: DATA / f"link_names_fresh{k}.yaml" for k in range(2, LAST_FRESH + 1)}
CONTEXT_SETS = [FRESH[k] for k in range(4, LAST_FRESH + 1)]  # the sets that record each page's industry and function
SOURCES_MD = DATA / "benchmark_sources.md"
KEYS = {"name", "source", "ids", "split"}
CONTEXT_KEYS = {"industry", "function"}


@functools.cache
def items_of(path: Path) -> list[dict]:
    # once per file and run, with libyaml's loader: every set is compared with every other one (read only)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=FAST_LOADER)["items"]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_item_has_a_name_a_source_labels_and_a_split(path):
    items = items_of(path)
    assert items
    for item in items:
        assert set(item) == (KEYS | CONTEXT_KEYS if path in CONTEXT_SETS else KEYS), item
        assert isinstance(item["name"], str) and item["name"] == item["name"].strip() and item["name"], item
        assert isinstance(item["source"], str) and item["source"], item
        assert item["ids"] is None or (isinstance(item["ids"], list) and item["ids"]), item
        assert item["split"] in {"dev", "test"}, item


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_label_is_a_catalog_indicator(path, catalog):
    unknown = [(i["name"], x) for i in items_of(path) for x in i["ids"] or [] if x not in catalog]
    assert not unknown


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_name_is_labelled_twice_in_one_set(path):
    names = [i["name"] for i in items_of(path)]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_item_lists_the_same_indicator_twice(path, catalog):
    for item in items_of(path):
        ids = [catalog.canonical_id(x) for x in item["ids"] or []]
        assert len(ids) == len(set(ids)), item


#: Each fresh test set, with the least names and pages it was written to have and the most names from one page.
FRESH_SETS = [
    (FRESH[2], 250, 30, None),
    (FRESH[3], 250, 30, 12),
    (FRESH[4], 200, 25, 12),
    (FRESH[5], 150, 20, 12),
    *((FRESH[k], 200, 25, 12) for k in range(6, LAST_FRESH + 1)),
]
FRESH_IDS = [p.name for p, *_ in FRESH_SETS]


def test_every_fresh_set_is_among_the_files():
    assert {p for p, *_ in FRESH_SETS} <= set(FILES)
    assert len(FILES) >= 9


@pytest.mark.parametrize("path", [p for p, *_ in FRESH_SETS], ids=FRESH_IDS)
def test_a_fresh_set_repeats_no_name_of_the_other_sets(path):
    earlier = {i["name"].strip() for p in FILES if p != path for i in items_of(p)}
    repeated = [i["name"] for i in items_of(path) if i["name"].strip() in earlier]
    assert not repeated


@pytest.mark.parametrize(("path", "least_names", "least_pages", "most_per_page"), FRESH_SETS, ids=FRESH_IDS)
def test_a_fresh_set_is_a_test_set_from_new_pages(path, least_names, least_pages, most_per_page):
    items = items_of(path)
    earlier = {i["source"] for p in FILES if p != path for i in items_of(p)}
    assert {i["split"] for i in items} == {"test"}
    assert all(i["source"].startswith(("http://", "https://")) for i in items)
    assert not {i["source"] for i in items} & earlier
    assert len(items) >= least_names
    per_page = Counter(i["source"] for i in items)
    assert len(per_page) >= least_pages
    assert most_per_page is None or max(per_page.values()) <= most_per_page


@pytest.mark.parametrize("path", CONTEXT_SETS, ids=lambda p: p.name)
def test_a_context_set_uses_no_page_listed_before_it_and_is_two_thirds_chinese(path):
    items = items_of(path)
    sources_before = SOURCES_MD.read_text(encoding="utf-8").split(path.name)[0]
    assert not [i["source"] for i in items if i["source"] in sources_before]
    chinese = [i for i in items if re.search(r"[\u4e00-\u9fff]", i["name"])]
    assert 3 * len(chinese) >= 2 * len(items)


@pytest.mark.parametrize("path", CONTEXT_SETS, ids=lambda p: p.name)
def test_a_context_set_records_the_page_context_as_taxonomy_ids(path):
    tax = taxonomy()
    items = items_of(path)
    for item in items:
        assert item["industry"] is None or item["industry"] in tax.industries, item
        assert item["function"] is None or item["function"] in tax.functions, item
    by_page: dict[str, set[tuple[str | None, str | None]]] = {}
    for item in items:
        by_page.setdefault(item["source"], set()).add((item["industry"], item["function"]))
    assert all(len(context) == 1 for context in by_page.values())
    assert any(item["industry"] for item in items) and any(item["function"] for item in items)


@pytest.mark.parametrize("path", CONTEXT_SETS, ids=lambda p: p.name)
def test_a_context_set_has_its_sources_listed_in_benchmark_sources(path):
    text = SOURCES_MD.read_text(encoding="utf-8")
    assert path.name in text
    section = text.split(f"`benchmarks/data/{path.name}`")[1]
    missing = {i["source"] for i in items_of(path)} - {u for u in re.findall(r"\| (https?://\S+) \|", section)}
    assert not missing


@pytest.mark.parametrize("path", [p for p in CONTEXT_SETS if p != FRESH[4]], ids=lambda p: p.name)
def test_the_fresh_sets_from_the_fifth_on_use_no_page_of_a_smart_fixture(path):
    fixtures = DATA.parents[1] / "tests" / "fixtures"
    smart_text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(fixtures.glob("smart_*.yaml")))
    assert len(smart_text) > 1000, "the SMART fixtures are missing"
    assert not [i["source"] for i in items_of(path) if i["source"] in smart_text]


def first_of(second: Path) -> Path:
    """The first labeller's file that a second-label file relabels."""
    return second.with_name(second.stem.removesuffix(SECOND_SUFFIX) + ".yaml")


def test_fresh5_to_fresh7_have_second_labels():
    assert {p.name for p in SECOND_FILES} >= {
        "link_names_fresh5_second.yaml",
        "link_names_fresh6_second.yaml",
        "link_names_fresh7_second.yaml",
    }
    assert all(first_of(p) in FILES for p in SECOND_FILES)


def test_every_second_label_file_is_compared_by_the_agreement_benchmark():
    root = DATA.parents[1]
    assert {(root / second).resolve() for _, _, second in PAIRS} == {p.resolve() for p in SECOND_FILES}
    assert all(first_of(root / second).resolve() == (root / first).resolve() for _, first, second in PAIRS)


@pytest.mark.parametrize("path", SECOND_FILES, ids=lambda p: p.name)
def test_second_labels_have_the_first_files_names_sources_context_and_order(path):
    second, first = items_of(path), items_of(first_of(path))
    fields = ("name", "source", "industry", "function")
    assert [tuple(i[k] for k in fields) for i in second] == [tuple(i.get(k) for k in fields) for i in first]
    for item in second:
        assert set(item) == {*fields, "ids"}, item
        assert item["ids"] is None or (isinstance(item["ids"], list) and item["ids"]), item
        assert all(isinstance(x, str) for x in item["ids"] or []), item


@pytest.mark.parametrize("path", SECOND_FILES, ids=lambda p: p.name)
def test_every_second_label_is_a_catalog_indicator_listed_once(path, catalog):
    items = items_of(path)
    unknown = [(i["name"], x) for i in items for x in i["ids"] or [] if x not in catalog]
    assert not unknown
    for item in items:
        ids = [catalog.canonical_id(x) for x in item["ids"] or []]
        assert len(ids) == len(set(ids)), item
