import pytest

from kpiguide.core.errors import InputError
from kpiguide.design.forms import department_from_form, objective_from_form, role_from_form


@pytest.mark.parametrize(
    ("build", "values", "kind"),
    [
        (objective_from_form, {"id": "F1", "text": "新目标", "perspective": "financial"}, "objective"),
        (department_from_form, {"id": "sales", "name": "销售二部"}, "department"),
        (role_from_form, {"id": "cs_agent", "name": "客服", "department": "customer_service"}, "role"),
    ],
    ids=["objective", "department", "role"],
)
def test_new_items_cannot_take_an_id_in_use(demo_scheme_zh, build, values, kind):
    with pytest.raises(InputError, match=f"already used by another {kind}"):
        build(values, scheme=demo_scheme_zh)


def test_malformed_id_is_reported(demo_scheme_zh):
    with pytest.raises(InputError) as info:
        department_from_form({"id": "9 x", "name": "x"}, scheme=demo_scheme_zh)
    assert "not a usable id" in str(info.value)
