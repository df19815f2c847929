"""KPI linking, round 14: the labelled practitioners' names (catalog/data/link_vocabulary.yaml) as evidence."""

from __future__ import annotations

import pytest

from kpiguide.catalog import builtin_data_dir, load_catalog
from kpiguide.suggest.linking import IndicatorLinker, PractitionerName, default_linker, load_practitioner_names


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _linker(catalog, names, **params) -> IndicatorLinker:
    return IndicatorLinker(**params).fit(catalog).use_practitioner_names(names)


def test_a_name_written_almost_like_a_labelled_name_takes_its_indicator(catalog, fitted_linker):
    target = catalog.indicators[0].id
    names = [PractitionerName("Widget frobnication tally", (target,), ("fresh9",), 2)]
    plain = fitted_linker(practitioner_names=False).link("Widget frobnication tallies")
    assert plain.id != target
    link = _linker(catalog, names).link("Widget frobnication tallies", lang="en")
    assert link.id == target and link.method == "practitioner"
    assert "Widget frobnication tally" in link.why and "2 source page" in link.why
    assert 0.7 <= link.confidence <= 0.97
    zh = _linker(catalog, names).link("Widget frobnication tallies", lang="zh")
    assert "Widget frobnication tally" in zh.why and "实务" in zh.why


def test_a_labelled_none_neighbour_leaves_an_unsure_link_unlinked(catalog, fitted_linker):
    names = [PractitionerName("销售回款率", (), ("fresh2",), 1)]
    plain = fitted_linker(practitioner_names=False).link("销售回款率")
    assert plain.id is not None
    sure = _linker(catalog, names, none_confidence=0.5).link("销售回款率")
    assert sure.id == plain.id  # the linker's own link is sure: the neighbour does not overrule it
    # Re-pinned in round 30: the retrained learned decision (link_reranker.yaml, thresholds 0.15 / 0.1, was 0.125 /
    # 0.175) links an unlinked name's first candidate from P 0.1, and this one's is 0.13, so with the defaults the
    # decision links the name back (method "decided").  The practitioners' rule this test is about is read without the
    # decision, as before the retrain; the decision's relink is pinned apart.
    unsure = _linker(catalog, names, none_confidence=1.0, decide=False).link("销售回款率", lang="en")
    assert unsure.id is None and unsure.method == "none" and "销售回款率" in unsure.why
    assert unsure.alternatives[0].id == plain.id and unsure.functions
    # Re-pinned in round 33: the decision retrained with fresh27 (thresholds 0.15 / 0.1, were 0.125 / 0.175 in round
    # 32) links an unlinked name's first candidate from P 0.1 again, and this one's is 0.12, so with the defaults the
    # decision links the name back (as before round 32); at round 32's cut of 0.175 (set on this linker's decision)
    # the name stays unlinked.
    # Re-pinned in round 36: the decision retrained with fresh28-fresh30 (shipped by round 35's fair rule; thresholds
    # 0.125 / 0.175, were 0.15 / 0.1) links an unlinked name's first candidate from P 0.175, and this one's is 0.10,
    # so with the defaults the name stays unlinked (as in round 32); at round 33's cut of 0.1 (set on this linker's
    # decision) the decision links it back.
    # Re-pinned in round 37: the decision retrained with fresh31 (shipped by round 35's fair rule; thresholds 0.15 /
    # 0.15, were 0.125 / 0.175) links an unlinked name's first candidate from P 0.15, and this one's is still 0.10, so
    # the readings are round 36's; only the pinned threshold moves.
    # Re-pinned in round 44: the decision retrained with fresh32-fresh40 and fitted on the candidate against none only
    # (round 44's change; thresholds 0.225 / 0.175, were 0.15 / 0.15) reads this name's candidate at P 0.21 (was
    # 0.10), at least 0.175, so with the defaults the decision links it back (as in rounds 30-31 and 33-35); at a cut
    # of 0.25 (set on this linker's decision) the name stays unlinked.
    # Re-pinned in round 45: the decision retrained with fresh41 as two models (round 45's change: an unlinked name's
    # candidate is read by the model fitted on the unlinked names; thresholds 0.225 / 0.35, were 0.225 / 0.175) reads
    # this name's candidate at P 0.73 (was 0.21), at least 0.35, so with the defaults the decision links it back (as in
    # round 44); at a cut of 0.75 (set on this linker's decision) the name stays unlinked.
    relinker = _linker(catalog, names, none_confidence=1.0)
    assert relinker.decision_["threshold_unlinked"] == pytest.approx(0.35)
    relinked = relinker.link("销售回款率", lang="en")
    assert relinked.id == plain.id and relinked.method == "decided" and "0.73" in relinked.why
    relinker.decision_ = {**relinker.decision_, "threshold_unlinked": 0.75}
    assert relinker.link("销售回款率", lang="en").id is None


def test_a_far_name_and_a_name_of_unknown_ids_change_nothing(catalog, fitted_linker):
    far = _linker(catalog, [PractitionerName("Widget frobnication tally", (catalog.indicators[0].id,), (), 1)])
    plain = fitted_linker(practitioner_names=False)
    assert far.link("员工离职率").id == plain.link("员工离职率").id
    unknown = _linker(catalog, [PractitionerName("Widget frobnication tally", ("no.such_id",), (), 1)])
    assert (
        unknown.practitioners_ == ()
        and unknown.link("Widget frobnication tally").id == plain.link("Widget frobnication tally").id
    )


def test_load_practitioner_names_reads_a_file_and_a_missing_one_is_empty(tmp_path):
    path = tmp_path / "v.yaml"
    path.write_text("names:\n- {name: 回款率, ids: [finance.dso], sets: [fresh2, fresh3], pages: 3}\n"
                    "- {name: 团队氛围, ids: [], sets: [fresh4], pages: 1}\n", encoding="utf-8")  # fmt: skip
    assert load_practitioner_names(path) == (
        PractitionerName("回款率", ("finance.dso",), ("fresh2", "fresh3"), 3),
        PractitionerName("团队氛围", (), ("fresh4",), 1),
    )
    assert load_practitioner_names(tmp_path / "absent.yaml") == ()


def test_the_shipped_names_load_name_catalog_ids_and_the_default_linker_reads_them(catalog, fitted_linker):
    assert (builtin_data_dir() / "link_vocabulary.yaml").exists()
    names = load_practitioner_names()
    assert len(names) > 1000 and all(n.pages >= 1 and n.sets for n in names)
    assert all(catalog.canonical_id(i) in catalog for n in names for i in n.ids)
    assert sum(1 for n in names if not n.ids) > 100  # the names labelled "no catalog indicator" are evidence too
    linker = default_linker()
    assert len(linker.practitioners_) == len(names)
    assert not fitted_linker(practitioner_names=False).practitioners_


def test_the_linkers_conventions_hold_for_the_practitioners_names(catalog, fitted_linker):
    linker = fitted_linker(practitioner_names=False)
    rate = PractitionerName("应收帐款回收率", ("sales.collection_rate",), ("fresh2",), 1)
    assert linker.may_take("应收帐款回收比率", rate)
    assert not linker.may_take("应收账款回收期", rate)  # a rate's name says nothing of a period's measure
    assert not linker.may_take("完成率", rate)  # a bare measure word stays too vague to link
    growth = PractitionerName("Revenue Growth Rate", ("general_management.revenue_growth_rate",), (), 1)
    assert not linker.may_take("Revenue Rate", growth)  # the growth of X is not X, nor X its growth
    none = PractitionerName("团队氛围", (), (), 1)
    assert not linker.may_take("团队氛围指数", none)
    industry = next(i for i in catalog.indicators if "general" not in i.industries)
    own = PractitionerName("Widget frobnication tally", (industry.id,), (), 1)
    assert not linker.may_take("Widget frobnication tallies", own)
    assert linker.may_take("Widget frobnication tallies", own, industry=industry.industries[0])


def test_the_tokenizer_does_not_read_the_practitioners_names():
    from kpiguide.text.analysis import LINKER_EVIDENCE, _corpus_files

    assert (builtin_data_dir() / LINKER_EVIDENCE).exists()
    assert LINKER_EVIDENCE not in {p.name for p in _corpus_files()}


def test_the_catalogs_own_name_is_never_overridden_by_a_practitioners_name(catalog, fitted_linker):
    # found by linking every catalog name: "Cart abandonment rate" (retail's own name) took the call centre's
    # indicator through the labelled name "Abandonment Rate"; an exact name or abbreviation of the catalog wins
    names = [PractitionerName("Abandonment Rate", ("customer_service.call_answer_rate",), ("fresh",), 1)]
    link = _linker(catalog, names, rerank=False).link("Cart abandonment rate")
    assert link.id == "retail.cart_abandonment_rate" and link.method == "name"
    shipped = default_linker()
    plain = fitted_linker(practitioner_names=False, rerank=False)
    for ind in catalog:
        for lang in ("zh", "en"):
            own = plain.link(ind.name(lang))
            if own.method == "name":
                assert shipped.link(ind.name(lang)).id == own.id, ind.name(lang)
