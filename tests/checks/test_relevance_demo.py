"""SMART relevant on the demo company's KPIs: no red cross on a sound link (issue 12)."""

from __future__ import annotations

import pytest

from kpiguide.checks.smart import analyze


def _pairs(scheme, department: str):
    objectives = {o.id: o.text for o in scheme.objectives}
    roles = {r.id for r in scheme.roles if r.department == department}
    return [(k.name, objectives[k.objective]) for k in scheme.kpis if k.role in roles and k.objective]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_customer_service_kpis_are_relevant_to_their_objectives(lang, demo_scheme_zh, demo_scheme_en):
    scheme = demo_scheme_zh if lang == "zh" else demo_scheme_en
    pairs = _pairs(scheme, "customer_service")
    assert len(pairs) == 9
    weak = []
    for name, objective in pairs:
        result = analyze(name, objective=objective, matcher=None)
        if not result.criteria["relevant"].ok:
            weak.append((name, objective, result.details.get("relevance")))
    assert not weak, weak


def test_quality_review_score_serves_customer_satisfaction():
    """The issue's example: 质检得分 → 提升客户满意度 was scored 0.15."""
    result = analyze("质检得分", objective="提升客户满意度", matcher=None)
    assert result.criteria["relevant"].ok, result.details.get("relevance")


def test_an_unrelated_kpi_stays_not_relevant():
    assert not analyze("专利申请数", objective="降低客户投诉", matcher=None).criteria["relevant"].ok
    assert not analyze("食堂满意度", objective="提高市场份额", matcher=None).criteria["relevant"].ok
