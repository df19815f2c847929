"""Who is using an app: read the invite from the query string, verify it, open the project."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs

from kpiguide.core.errors import AccessDenied, KpiGuideError
from kpiguide.core.i18n import detect_language, t
from kpiguide.project.access import Principal, verify_token
from kpiguide.project.store import Store, open_project
from kpiguide.server.serve import PROJECT_ENV, TOKEN_PARAM

__all__ = ["AppContext", "WrongApp", "open_app", "request_query_string", "warm_up"]


class WrongApp(AccessDenied):
    """A valid invite used on an app meant for another role."""

    def __init__(self, needed: str, given: str) -> None:
        self.needed = needed
        self.given = given
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return t(
            "access.wrong_app",
            lang,
            needed=t(f"access.role.{self.needed}", lang),
            given=t(f"access.role.{self.given}", lang),
        )


@dataclass(frozen=True)
class AppContext:
    """What an app needs: the open project, the verified principal and the starting language."""

    store: Store
    principal: Principal
    lang: str


# Work an app needs whoever the visitor is; a preheated kernel does it before waiting for one.
_WARM_UP = {
    "head": ("kpiguide.suggest.engine:default_suggester", "kpiguide.checks.balance", "kpiguide.achievability"),
    "leadership": (
        "kpiguide.suggest.engine:default_suggester",
        "kpiguide.checks.balance",
        "kpiguide.achievability.fairness",
    ),
}


def warm_up(role: str) -> None:
    """Import the engines an app for ``role`` uses and build the shared suggester (no visitor data)."""
    import importlib

    for target in _WARM_UP.get(role, ()):
        module_name, _, factory = target.partition(":")
        module = importlib.import_module(module_name)
        if factory:
            getattr(module, factory)()


def request_query_string() -> str:
    """The page's query string; waits for the visitor when the kernel was preheated."""
    from voila.utils import get_query_string

    return get_query_string() or ""


def open_app(
    role: str,
    *,
    query_string: str | None = None,
    project: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> AppContext:
    """Verify the invite in the query string for an app meant for ``role``.

    Raises :class:`~kpiguide.core.errors.AccessDenied` (missing/forged/expired/revoked
    invite, or an invite for another app) and
    :class:`~kpiguide.core.errors.KpiGuideError` when no project is configured.
    """
    environ = os.environ if environ is None else environ
    if query_string is None and environ.get("VOILA_PREHEAT") == "True":
        warm_up(role)
    query = parse_qs(request_query_string() if query_string is None else query_string)
    project = project or environ.get(PROJECT_ENV)
    if not project:
        raise KpiGuideError(
            f"No project is configured for this app (environment variable {PROJECT_ENV} is not set). "
            "Start the apps with `kpiguide serve PROJECT`."
        )
    store = open_project(project)
    try:
        scheme = store.load_scheme()
        principal = verify_token(store, (query.get(TOKEN_PARAM) or [""])[0]).bind(scheme)
        if principal.role != role:
            raise WrongApp(role, principal.role)
    except BaseException:
        store.close()
        raise
    requested = (query.get("lang") or [""])[0]
    lang = requested if requested in ("zh", "en") else detect_language(scheme.organization.name, default="zh")
    return AppContext(store, principal, lang)
