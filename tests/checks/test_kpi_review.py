from kpiguide.checks.kpi_review import analyze_kpi, kpi_statement
from kpiguide.core.model import Kpi, Organization, Role, Scheme


def _kpi(**changes):
    values = dict(
        id="k1",
        name="Sales",
        role="r1",
        objective=None,
        weight=50,
        target=180000.0,
        unit="CNY",
        direction="higher",
        perspective="financial",
        leading=False,
        frequency="monthly",
    )
    values.update(changes)
    return Kpi(**values)


def test_statement_in_both_languages():
    kpi = _kpi(name="个人销售额", unit="元")
    assert kpi_statement(kpi, "zh") == "每月个人销售额不低于180,000元"
    assert kpi_statement(_kpi(direction="lower", target=3.0, unit=""), "en") == "Sales of at most 3 each month"


def test_statement_without_target_and_with_range():
    assert kpi_statement(_kpi(target=None), "zh") == "每月Sales"
    ranged = _kpi(direction="range", target=None, target_range=(90.0, 110.0), unit="%", frequency="quarterly")
    assert kpi_statement(ranged, "en") == "Sales between 90 and 110 % each quarter"


def test_analyze_kpi_passes_the_composed_statement_to_the_check():
    scheme = Scheme(Organization("Demo"), roles=[Role("r1", "Seller", "d1")])
    seen = {}

    def fake(text, **kwargs):
        seen.update(kwargs, text=text)
        return "verdict"

    assert analyze_kpi(scheme, _kpi(), "en", name="Revenue", analyze=fake) == "verdict"
    assert seen["text"] == "Revenue of at least 180,000 CNY each month"
    assert seen["objective"] is None and seen["direction"] == "higher"
    assert seen["subject"] == scheme.kpi_path(_kpi())


def test_analyze_kpi_passes_the_schemes_other_objectives_as_siblings():
    from kpiguide.core.model import StrategicObjective

    objectives = [
        StrategicObjective("o1", "Make our Kafka pipeline dependable", "internal_process"),
        StrategicObjective("o2", "Move Kafka to the cloud", "internal_process"),
    ]
    scheme = Scheme(Organization("Demo"), objectives=objectives, roles=[Role("r1", "Seller", "d1")])
    seen = {}

    def fake(text, **kwargs):
        seen.update(kwargs)
        return "verdict"

    def check(text, *, objective=None, siblings=None, history=None, lang=None, subject="", direction=None):
        return objective, siblings

    analyze_kpi(scheme, _kpi(objective="o1"), "en", analyze=fake)
    assert seen["objective"] == "Make our Kafka pipeline dependable"
    assert seen["siblings"] == ("Move Kafka to the cloud",)
    assert analyze_kpi(scheme, _kpi(objective="o1"), "en", analyze=check) == (
        "Make our Kafka pipeline dependable",
        ("Move Kafka to the cloud",),
    )
    seen.clear()
    analyze_kpi(scheme, _kpi(), "en", analyze=fake)
    assert seen["siblings"] is None  # no objective: nothing to single out
