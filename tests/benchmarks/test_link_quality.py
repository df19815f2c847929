"""benchmarks/link_quality.py: which parts --show-misses may list (round 10: names nobody read stay unread)."""

from __future__ import annotations

import pytest

from benchmarks.link_quality import HALVED, POOLED, SETS, chosen, may_list, page_half


def test_show_misses_never_lists_a_half_b_a_halved_whole_set_or_a_test_set():
    listed = [(name, label) for name, _, parts in SETS for label, split, _ in parts if may_list(name, split)]
    assert all("half B" not in label for _, label in listed)
    for name, _, parts in SETS:
        if name.split()[0] in HALVED:  # fresh2-fresh5: only half A
            assert [label for n, label in listed if n == name] == [label for label, split, _ in parts if split == "A"]
    assert not may_list("TEST link_names_new.yaml", None)
    assert not may_list(POOLED, "B")


@pytest.mark.parametrize("halved", HALVED)
def test_every_halved_set_has_both_halves_as_parts(halved):
    splits = [split for name, _, parts in SETS if name.split()[0] == halved for _, split, _ in parts]
    assert "A" in splits and "B" in splits


def test_a_page_half_keeps_the_names_of_one_page_together():
    items = [{"name": f"n{i}", "source": f"https://example.org/{i % 7}"} for i in range(40)]
    a, b = chosen(items, "A", None), chosen(items, "B", None)
    assert len(a) + len(b) == 40
    assert {page_half(i["source"]) for i in a} == {"A"} and {page_half(i["source"]) for i in b} == {"B"}
    assert not {i["source"] for i in a} & {i["source"] for i in b}


def test_fresh6_is_halved_and_its_half_b_is_not_in_the_pooled_check():
    from benchmarks.link_quality import CHECKED, POOLED_A

    assert "fresh6" in HALVED and "fresh6" not in CHECKED
    assert not may_list(POOLED_A, "A") and not may_list(POOLED_A, "B")
    assert not may_list("fresh6 real names (seen: dev)", "B") and may_list("fresh6 real names (seen: dev)", "A")


def test_the_round_46_test_set_is_never_listed_and_run_all_passes_it_when_present(monkeypatch, tmp_path):
    from benchmarks import run_all
    from benchmarks.link_quality import TEST_DEFAULT

    assert TEST_DEFAULT == run_all.LINK_TEST == "benchmarks/data/link_names_fresh43.yaml"
    assert not may_list("TEST link_names_fresh43.yaml", None)
    assert not may_list("link_names_fresh43 names", "A")
    assert not may_list("fresh43 real names", "A")
    assert not any("fresh43" in path for _, path, _ in SETS)  # never a development set
    monkeypatch.setattr(run_all, "ROOT", tmp_path)
    assert "--test" not in run_all.command("link_quality", "data", quick=False)
    (tmp_path / run_all.LINK_TEST).parent.mkdir(parents=True)
    (tmp_path / run_all.LINK_TEST).write_text("items: []\n", encoding="utf-8")
    assert run_all.command("link_quality", "data", quick=False)[-2:] == ["--test", run_all.LINK_TEST]
    assert "--test" not in run_all.command("link_quality", "data", quick=True)


@pytest.mark.parametrize("name", [f"fresh{n}" for n in range(10, 43)])
def test_a_former_test_set_is_development_data_halved_its_half_b_in_the_check_and_mined_for_names(name):
    from benchmarks.link_mine_vocabulary import HELD
    from benchmarks.link_mine_vocabulary import SETS as MINED
    from benchmarks.link_quality import CHECKED, POOLED, POOLED_A, TEST_DEFAULT

    assert name in HALVED and name in CHECKED and name not in TEST_DEFAULT
    assert POOLED.endswith("fresh7-fresh42 pooled") and POOLED_A == "fresh2-fresh42 pooled"  # ranges since round 46
    assert any(path.endswith(f"link_names_{name}.yaml") for _, path, _ in SETS)
    assert not may_list(f"{name} real names (seen: dev)", "B") and may_list(f"{name} real names (seen: dev)", "A")
    assert not may_list(f"{name} real names (seen: dev)", "test")
    assert name in HELD and (name, f"benchmarks/data/link_names_{name}.yaml") in MINED
    assert not any("fresh43" in path for _, path in MINED)


def test_fresh9_is_development_data_halved_and_its_half_b_is_in_the_check():
    from benchmarks.link_quality import CHECKED, TEST_DEFAULT

    assert "fresh9" in HALVED and "fresh9" in CHECKED and "fresh9" not in TEST_DEFAULT
    assert any(path.endswith("link_names_fresh9.yaml") for _, path, _ in SETS)
    assert not may_list("fresh9 real names (seen: dev)", "B") and may_list("fresh9 real names (seen: dev)", "A")
    assert not may_list("fresh9 real names (seen: dev)", "test")


def test_fresh7_is_development_data_halved_and_its_half_b_is_in_the_check():
    from benchmarks.link_quality import CHECKED, TEST_DEFAULT

    assert "fresh7" in HALVED and "fresh7" in CHECKED and "fresh7" not in TEST_DEFAULT
    assert not may_list("fresh7 real names (seen: dev)", "B") and may_list("fresh7 real names (seen: dev)", "A")
    assert not may_list("fresh7 real names (seen: dev)", "test")


def test_the_keyword_audit_finds_bare_shared_and_contained_keywords():
    from types import SimpleNamespace

    from benchmarks.link_keyword_audit import audit

    def ind(id_, function, name_zh, keywords_zh=()):
        return SimpleNamespace(id=id_, function=function, name_zh=name_zh, name_en="", keywords_zh=list(keywords_zh),
                               keywords_en=[])  # fmt: skip

    catalog = SimpleNamespace(indicators=[
        ind("administration.space", "administration", "办公空间利用率", ["空间利用率", "完成率"]),
        ind("logistics.space", "logistics", "仓储空间利用率"),
        ind("it.online", "it", "系统可用率", ["在线率"]),
        ind("sales.online", "sales", "客户在线率"),
    ])  # fmt: skip
    found = audit(catalog)
    assert ("完成率", "administration.space", "") in found["bare"]
    assert ("空间利用率", "administration.space", "logistics.space") in found["inside"]
    assert ("在线率", "it.online", "sales.online") in found["inside"]
    assert not found["shared"]
    catalog.indicators.append(ind("hr.space", "hr", "空间利用率"))
    assert ("空间利用率", "administration.space", "hr.space") in audit(catalog)["shared"]


def test_fresh8_is_development_data_halved_and_its_half_b_is_in_the_check():
    from benchmarks.link_quality import CHECKED, POOLED_12, ROUND12_CHECKED, TEST_DEFAULT

    assert "fresh8" in HALVED and "fresh8" in CHECKED and "fresh8" not in ROUND12_CHECKED
    assert "fresh8" not in TEST_DEFAULT
    assert not may_list("fresh8 real names (seen: dev)", "B") and may_list("fresh8 real names (seen: dev)", "A")
    assert not may_list("fresh8 real names (seen: dev)", "test")
    assert not may_list(POOLED_12, "B") and not may_list("any set", "B")


def test_the_bm25_baselines_tokens_are_whole_words_only():
    from benchmarks.suggest_common import plain_tokens

    assert tuple(plain_tokens("Employee Turnover")) == ("employee", "turnover")
