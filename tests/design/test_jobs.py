import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpiguide.design.jobs import split_duties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("岗位职责：1、接待顾客；2、完成销售目标。任职要求：大专以上学历", ["接待顾客", "完成销售目标"]),
        ("工作职责:\n１.负责招聘渠道的开发与维护，完成招聘计划；\n2.组织安排面试。\n任职资格：\n1、本科",
         ["负责招聘渠道的开发与维护，完成招聘计划", "组织安排面试"]),
        ("（1）制定年度预算 （2）审核费用报销 （3）编制月度报表", ["制定年度预算", "审核费用报销", "编制月度报表"]),
        ("① 巡检设备 ② 记录运行参数", ["巡检设备", "记录运行参数"]),
        ("一、制定计划\n二、执行计划", ["制定计划", "执行计划"]),
        ("Responsibilities:\n- Answer customer calls\n- Log tickets\nRequirements: 2 years", ["Answer customer calls", "Log tickets"]),
        ("Prepare budgets. Review expense claims; close the books monthly.",
         ["Prepare budgets", "Review expense claims", "close the books monthly"]),
    ],
    ids=["inline-cn", "numbered-cn-with-requirements", "parenthesised", "circled", "cn-ordinals", "bullets-en", "sentences-en"],
)  # fmt: skip
def test_split_duties_reads_common_layouts(text, expected):
    assert split_duties(text) == expected


def test_split_duties_drops_duplicates_and_fragments():
    assert split_duties("接待顾客；接待顾客；好；完成目标") == ["接待顾客", "完成目标"]


def test_split_duties_rejects_non_text():
    with pytest.raises(TypeError, match="expects text"):
        split_duties(None)


@given(st.text(max_size=500))
def test_split_duties_never_crashes(text):
    duties = split_duties(text)
    assert all(d.strip() for d in duties) and len(duties) <= 30
