"""The role library: schema, coverage of functions and industries, indicator ids that exist, located errors."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from kpiguide.catalog import load_catalog, taxonomy
from kpiguide.catalog.roles import RoleArchetype, load_roles, official_titles_path, roles_data_dir
from kpiguide.core.errors import CatalogError, NotFound
from kpiguide.core.i18n import has_cjk


@pytest.fixture(scope="module", params=["built-in", "with the added archetypes"])
def roles(request):
    """The built-in library, and the library the suggester reads by default: the built-in one with the archetypes of
    suggestion rounds 45 and 46 (roles/added/, read only by the suggester's switches), so the shipped additions meet
    the same schema checks."""
    if request.param == "built-in":
        return load_roles()
    from kpiguide.suggest.engine import _added_roles  # the suggester's reading of roles/added/ (official titles too)

    return _added_roles(True, True)


def good_entry() -> dict:
    return {
        "id": "test_role",
        "function": "sales",
        "industries": ["general"],
        "title_zh": "测试销售",
        "title_en": "Test seller",
        "duties_zh": ["开发客户"],
        "duties_en": ["Find customers"],
        "core_kpis": [
            {"id": "sales.sales_target_achievement", "kind": "outcome"},
            {"id": "sales.customer_visit_count", "kind": "driver"},
        ],
    }


def write(tmp_path: Path, entries: list) -> Path:
    path = tmp_path / "roles.yaml"
    path.write_text(yaml.safe_dump({"roles": entries}, allow_unicode=True), encoding="utf-8")
    return path


def test_library_covers_every_function_and_industry(roles) -> None:
    tax = taxonomy()
    assert len(roles) >= 300
    functions = Counter(r.function for r in roles)
    assert set(functions) == set(tax.functions)
    assert all(n >= 8 for n in functions.values()), functions
    industries = {i for r in roles for i in r.industries}
    assert industries == set(tax.industries)
    assert len({r.id for r in roles}) == len(roles)


def test_every_role_is_bilingual_and_has_outcomes_and_drivers(roles) -> None:
    catalog = load_catalog()
    for role in roles:
        assert has_cjk(role.title_zh) and not has_cjk(role.title_en), role.id
        assert role.duties_zh and role.duties_en, role.id
        kinds = {k.kind for k in role.core_kpis}
        assert kinds == {"outcome", "driver"}, role.id
        assert all(k.id in catalog for k in role.core_kpis), role.id


def test_known_jobs_are_in_the_library(roles) -> None:
    names = {n for r in roles for n in (*r.names("zh"), *r.names("en"))}
    for job in ["客服专员", "电话销售", "大客户经理", "门店店长", "招聘专员", "培训专员", "HRBP", "薪酬专员", "会计", "出纳",
                "成本会计", "采购专员", "仓库主管", "生产主管", "质量工程师", "设备工程师", "研发工程师", "产品经理",
                "测试工程师", "行政专员", "法务专员", "电商运营", "市场专员", "品牌经理", "Recruiter", "Nurse"]:  # fmt: skip
        assert job in names, job


def test_core_kpis_keep_their_order_and_kind(roles) -> None:
    agent = roles.get("cs_agent")
    assert isinstance(agent, RoleArchetype)
    assert agent.indicator_ids[0] == "customer_service.csat"
    assert agent.core_kpis[0].kind == "outcome"
    assert agent.title("zh") == "客服专员" and agent.title("en") == "Customer service agent"
    assert not agent.specific and roles.get("ret_store_manager").specific


def test_codes_are_well_formed(roles) -> None:
    with_csco = [r for r in roles if r.csco]
    with_onet = [r for r in roles if r.onet_soc]
    assert len(with_csco) >= 100 and len(with_onet) >= 150


def test_unknown_indicator_id_is_reported_with_its_place(tmp_path: Path) -> None:
    bad = good_entry()
    bad["core_kpis"][1]["id"] = "sales.no_such_indicator"
    with pytest.raises(CatalogError) as err:
        load_roles(write(tmp_path, [good_entry() | {"id": "other"}, bad]), builtin=False)
    text = str(err.value)
    assert "sales.no_such_indicator" in text and "row 2" in text


def test_schema_problems_are_reported_together(tmp_path: Path) -> None:
    one = good_entry() | {"function": "astrology"}
    two = good_entry() | {"id": "two", "title_zh": "Seller"}
    three = good_entry() | {"id": "three"}
    three["core_kpis"] = [
        {"id": "sales.win_rate", "kind": "outcome"},
        {"id": "sales.new_customer_count", "kind": "outcome"},
    ]
    with pytest.raises(CatalogError) as err:
        load_roles(write(tmp_path, [one, two, three]), builtin=False)
    problems = err.value.problems
    assert {p.row for p in problems} == {1, 2, 3}
    assert any("astrology" in p.message for p in problems)
    assert any("no Chinese" in p.message for p in problems)
    assert any("outcome and one driver" in p.message for p in problems)


def test_duplicate_ids_and_extension_files(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="duplicate role id"):
        load_roles(write(tmp_path, [good_entry(), good_entry()]), builtin=False)
    extended = load_roles(write(tmp_path, [good_entry()]))
    assert "test_role" in extended and len(extended) == len(load_roles()) + 1
    with pytest.raises(NotFound):
        extended.get("no_such_role")


def test_role_files_ship_as_package_data() -> None:
    assert len(list(roles_data_dir().glob("*.yaml"))) >= 14
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    assert '"catalog/data/roles/*"' in pyproject.read_text(encoding="utf-8")


def test_pinyin_aliases_are_latin(roles) -> None:
    pinyin = [a for r in roles for a in r.aliases_pinyin]
    assert len(pinyin) >= 30 and not any(has_cjk(a) for a in pinyin)


def test_official_titles_are_aliases_of_the_role_holding_the_code(roles) -> None:
    # issue 12 round 7: the O*NET / CSCO title of a role's occupation code is one of its aliases
    data = yaml.safe_load(official_titles_path().read_text(encoding="utf-8"))["aliases"]
    ids = {r.id for r in roles}
    assert set(data) <= ids  # every role named in the file exists
    assert "Payroll and Timekeeping Clerks" in roles.get("hr_payroll").aliases_en
    plain = load_roles(official_titles=False)
    assert "Payroll and Timekeeping Clerks" not in plain.get("hr_payroll").aliases_en
    for role_id, titles in data.items():  # a title is given to one role only, and never shadows its own aliases
        role = roles.get(role_id)
        assert all(t in role.aliases_en for t in titles.get("en", ()))
        assert all(t in role.aliases_zh for t in titles.get("zh", ()))


# Names two real jobs share, so the recognizer may read either (each pair read when the list was made, round 36):
# a new name in two roles is an accidental duplicate (h207, round 36, found one the tests above let through).
SHARED_NAMES = {
    "ae": ["int_saas_sales", "ps_agency_account"],  # account executive: SaaS seller / agency client lead
    "ie工程师": ["pd_lean", "pd_process_engineer"],
    "industrial engineer": ["pd_lean", "pd_process_engineer"],
    "line leader": ["pd_supervisor", "pd_team_leader_line"],
    "sales associate": ["ret_sales_associate", "sales_rep"],
    "site reliability engineer": ["int_sre", "it_ops"],
    "前端工程师": ["int_frontend", "rd_software_engineer"],
    "商务经理": ["con_cost_engineer", "sales_bd"],  # a contractor's commercial manager / a business developer
    "工业工程师": ["pd_lean", "pd_process_engineer"],
    "开发经理": ["con_developer_pm", "rd_manager"],  # a property development / a software development manager
    "网点负责人": ["fs_branch_manager", "log_station_manager"],  # a bank outlet / a courier outlet
    # round 45's added archetypes (roles/added/round45.yaml): a power plant's / a coal mine's central control operator
    "集控值班员": ["en_plant_operator", "mn_control_room_operator"],
}


def test_a_name_belongs_to_one_role_unless_two_jobs_really_share_it(roles) -> None:
    owners: dict[str, set[str]] = {}
    for role in roles:
        for name in (*role.names("zh"), *role.names("en")):
            owners.setdefault(name.strip().casefold(), set()).add(role.id)
    shared = {name: sorted(ids) for name, ids in owners.items() if len(ids) > 1}
    ids = {role.id for role in roles}  # a pair counts in a library that holds both roles (the added ones or not)
    assert shared == {name: pair for name, pair in SHARED_NAMES.items() if set(pair) <= ids}
