"""Issue 12 round 46: a content lever, role archetypes read only with ``IndicatorSuggester(added_roles_46=True)``
(kpiguide/catalog/data/roles/added/round46.yaml; rule and result in benchmarks/suggest_added_roles_46.py; on by
default since its rule held; False is round 45's library). The texts below are written for these tests, not
taken from a labelled set."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.catalog.roles import load_roles
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import ADDED_ROLES_46, IndicatorSuggester
from tests.suggest._switch import off_and_on

NEW = (
    "tb_leaf_grader",
    "tb_leaf_curer",
    "el_plate_maker",
    "cc_coal_chemical_operator",
    "ls_rockery_builder",
    "fd_fermentation_operator",
)


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    return off_and_on("added_roles_46")


def test_the_switch_is_a_bool_and_on_by_default() -> None:
    # re-pinned: off by default until its one judged run (commit f9b2b61); the rule held, so it is on
    assert IndicatorSuggester().added_roles_46 is True
    with pytest.raises(InputError):
        IndicatorSuggester(added_roles_46=1).fit(load_catalog())  # type: ignore[arg-type]


def test_the_built_in_library_never_reads_the_added_file() -> None:
    assert ADDED_ROLES_46.exists()
    builtin = {r.id for r in load_roles()}
    assert not builtin & set(NEW)
    assert "it_business_analyst" in builtin  # the corrected archetype replaces this one


def test_on_adds_six_and_corrects_one(engines) -> None:
    off, on = engines
    off_ids = {r.id for r in off.roles_.roles}
    on_ids = {r.id for r in on.roles_.roles}
    assert on_ids == off_ids | set(NEW)
    analyst = next(r for r in on.roles_.roles if r.id == "it_business_analyst")
    assert "computer systems analyst" in analyst.aliases_en


def test_a_new_job_is_read_with_the_switch_on_only(engines) -> None:
    off, on = engines
    text = "Tobacco leaf grader: sorts the leaf bought at the buying station into grades against reference bundles"
    assert "tb_leaf_grader" not in [m.role.id for m in off.context(text).roles]
    assert on.context(text).roles[0].role.id == "tb_leaf_grader"
