"""Design checks: SMART analysis of statements and balance checks of whole schemes.

``kpiguide.checks.smart.analyze(text, ...)`` answers the five SMART criteria for one
indicator or goal statement (Chinese, English or mixed) and proposes a rewrite;
``kpiguide.checks.balance.check_scheme(scheme, profile="cn")`` checks a whole scheme
against a profile of thresholds.  Both return :class:`kpiguide.core.findings.Finding` objects.
"""

from kpiguide.checks.balance import balance_table, check_scheme
from kpiguide.checks.profiles import BalanceProfile, available_profiles, load_profile
from kpiguide.checks.smart import Criterion, SmartResult, analyze

__all__ = [
    "BalanceProfile",
    "Criterion",
    "SmartResult",
    "analyze",
    "available_profiles",
    "balance_table",
    "check_scheme",
    "load_profile",
]
