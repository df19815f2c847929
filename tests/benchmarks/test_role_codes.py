"""benchmarks/role_codes.py --gaps (issue 12 round 21): the occupation groups no role archetype covers."""

from __future__ import annotations

from pathlib import Path

from benchmarks.role_codes import _excluded, gaps
from kpiguide.catalog.roles import CoreKpi, RoleArchetype, RoleLibrary

AGENT = RoleArchetype(
    "cs_agent", "customer_service", ("general",), "客服专员", "Customer service agent", (), (), ("接听",), ("Answer",),
    (CoreKpi("customer_service.csat", "outcome"),), csco=("4-07-02-03",), onet_soc=("43-4051.00",),
)  # fmt: skip


def test_excluded_groups_carry_their_reason():
    assert "agriculture" in _excluded("45-20") and "armed forces" in _excluded("55-10")
    assert "religious" in _excluded("21-20") and "agriculture" in _excluded("5-05")
    assert _excluded("21-10") == "" and _excluded("51-30") == "" and _excluded("4-10") == ""


def test_gaps_lists_open_groups_largest_first_and_leaves_out_excluded_and_covered(tmp_path: Path):
    onet = tmp_path / "onet.csv"
    onet.write_text(
        "onet_soc_code,title\n51-3011.00,Bakers\n51-3021.00,Butchers\n53-2011.00,Pilots\n"
        "45-2091.00,Farmworkers\n43-4051.00,Customer Service Representatives\n",
        encoding="utf-8",
    )
    csco = tmp_path / "csco.csv"
    csco.write_text(
        "level,code,name_clean\n2,6-02-00-00,食品、饮料生产加工人员\n4,6-02-01-01,糕点面包烘焙师\n"
        "4,5-01-01-01,农业工人\n4,4-07-02-03,客户服务管理员\n",
        encoding="utf-8",
    )
    text = gaps(RoleLibrary((AGENT,)), onet, csco, "data")
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| group")]
    assert rows[0].startswith("| 51-30 | 2 |") and rows[1].startswith("| 53-20 | 1 |")
    assert "| 6-02 | 1 | 食品、饮料生产加工人员 |" in rows
    assert not any(r.startswith(("| 45-", "| 43-40", "| 5-", "| 4-07")) for r in rows)  # excluded or covered
    assert "Excluded, not covered: 45-20 (1)." in text and "Excluded, not covered: 5-01 (1)." in text
