"""The one number reader: spellings people type, and values it must refuse (issue 16, item 1)."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from kpiguide.core.errors import InputError
from kpiguide.core.numbers import finite_number, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.5E-3", 0.0015),
        ("1e5", 100000.0),
        ("-2.5e+2", -250.0),
        ("３万", 30000.0),
        ("1.2亿", 1.2e8),
        ("2.4%", 2.4),
        ("5‰", 0.5),
        ("1,234,567", 1234567.0),
        ("１２３.５", 123.5),
        (np.int64(7), 7.0),
        (np.float32(2.5), 2.5),
    ],
)
def test_reads_what_people_and_excel_write(text, expected):
    assert math.isclose(parse_number(text), expected)


@pytest.mark.parametrize(
    "value",
    [
        "nan",
        "NaN",
        "inf",
        "-inf",
        "Infinity",
        "1e999",
        float("nan"),
        float("inf"),
        -math.inf,
        np.nan,
        np.float64("inf"),
    ],
)
def test_refuses_non_finite_values(value):
    with pytest.raises(InputError):
        parse_number(value)


@pytest.mark.parametrize("value", [dt.date(2026, 1, 31), dt.datetime(2026, 1, 31, 8, 0), dt.time(8, 0)])
def test_refuses_a_date_cell_where_a_number_is_expected(value):
    with pytest.raises(InputError, match="format the cell as a number"):
        parse_number(value)


def test_where_locates_the_problem():
    with pytest.raises(InputError) as info:
        parse_number("abc", where={"file": "t.csv", "sheet": None, "row": 4, "field": "目标"})
    (problem,) = info.value.problems
    assert (problem.file, problem.row, problem.field) == ("t.csv", 4, "目标")


def test_finite_number_names_the_value():
    assert finite_number(3, "kpis[0].weight") == 3.0
    with pytest.raises(InputError) as info:
        finite_number(float("nan"), "kpis[0].weight")
    assert info.value.problems[0].field == "kpis[0].weight"
    with pytest.raises(InputError) as info:
        finite_number(math.inf, {"file": "s.xlsx", "sheet": "KPIs", "row": 3, "field": "target"})
    assert str(info.value.problems[0]).startswith("s.xlsx, sheet 'KPIs', row 3, field 'target'")


def test_numbers_beyond_a_quintillion_are_refused_as_typos():
    # 1.5e154 in a history file overflowed the forecaster's variances (found by the CLI fuzz test)
    assert parse_number("1e18") == 1e18 and parse_number(-1e18) == -1e18
    for value in ("1.4990384980306193e+154", 1e19, "-2e30", "1亿亿亿"):
        with pytest.raises(InputError, match="Too large"):
            parse_number(value)
