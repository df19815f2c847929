"""Issue 12 round 45: a content lever, role archetypes read only with ``IndicatorSuggester(added_roles=True)``
(kpiguide/catalog/data/roles/added/round45.yaml; rule and result in benchmarks/suggest_added_roles.py; on by default
since its rule held; False is the library without them). The texts below are written for these tests, not taken
from a labelled set."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.catalog.roles import load_roles
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import ADDED_ROLES, IndicatorSuggester
from tests.suggest._switch import off_and_on
from tests.suggest.test_added_roles_46 import NEW as NEW_46

NEW = (
    "mn_control_room_operator",
    "mn_tailings_operator",
    "mn_ore_processing_operator",
    "lg_rail_power_worker",
    "lg_rail_station_operator",
    "lg_locomotive_servicing",
    "mfg_electronic_component_maker",
    "mfg_membrane_maker",
)


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    return off_and_on("added_roles")


def test_the_switch_is_a_bool_and_on_by_default() -> None:
    # re-pinned: off by default until its one judged run (commit 4a86101); the rule held, so it is on
    assert IndicatorSuggester().added_roles is True
    with pytest.raises(InputError):
        IndicatorSuggester(added_roles=1).fit(load_catalog())  # type: ignore[arg-type]


def test_the_built_in_library_never_reads_the_added_file() -> None:
    assert ADDED_ROLES.exists()
    builtin = {r.id for r in load_roles()}
    assert not builtin & set(NEW)
    assert {"fs_teller", "ps_valuer"} <= builtin  # the two corrected archetypes replace these


def test_off_is_the_built_in_library_and_on_adds_eight_and_corrects_two(engines) -> None:
    off, on = engines
    off_ids = [r.id for r in off.roles_.roles]
    on_ids = {r.id for r in on.roles_.roles}
    # re-pinned in round 46: its added_roles_46 is on by default too, so off here is the built-in library with
    # round 46's six new archetypes (round46.yaml) after it
    assert off_ids == [r.id for r in load_roles()] + list(NEW_46)
    assert on_ids == set(off_ids) | set(NEW)
    teller = next(r for r in on.roles_.roles if r.id == "fs_teller")
    assert "new accounts clerk" in teller.aliases_en


def test_a_new_job_is_read_with_the_switch_on_only(engines) -> None:
    off, on = engines
    text = "Railway station operations worker: sets train routes and runs shunting in the yard"
    assert "lg_rail_station_operator" not in [m.role.id for m in off.context(text).roles]
    assert on.context(text).roles[0].role.id == "lg_rail_station_operator"
