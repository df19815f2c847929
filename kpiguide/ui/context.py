"""Who is using an app: read the invite from the query string, verify it, open the project.

:class:`PanelHost` is what every panel and editor needs from the page showing it; the
Voila apps' :class:`AppContext` and the guided notebooks' workshop host both provide it,
so each panel has one factory ``factory(host) -> Panel`` and one save path (through the
access check of :mod:`kpiguide.design.collaboration`).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import parse_qs

from kpiguide.core.errors import AccessDenied, KpiGuideError
from kpiguide.core.i18n import detect_language, t
from kpiguide.core.model import Kpi, Scheme
from kpiguide.design.collaboration import save_design, save_kpi
from kpiguide.design.weights import DEFAULT_PROFILE, ProfileRef
from kpiguide.project.access import Principal, verify_token
from kpiguide.project.store import Store, open_project
from kpiguide.server.serve import APP_FOR_ROLE, PROJECT_ENV, TOKEN_PARAM
from kpiguide.ui.messages import MessagePanel

__all__ = ["SYNC_ENV", "AppContext", "PanelHost", "WrongApp", "open_app", "request_query_string", "warm_up"]

SYNC_ENV = "KPIGUIDE_UI_SYNC"


class PanelHost(Protocol):
    """What a panel needs from the page that shows it (an app or a guided notebook)."""

    @property
    def store(self) -> Store: ...

    @property
    def principal(self) -> Principal: ...

    @property
    def lang(self) -> str: ...

    @property
    def actor(self) -> str: ...

    @property
    def threaded(self) -> bool: ...

    @property
    def profile(self) -> ProfileRef: ...

    def scheme(self) -> Scheme: ...

    def save_kpi(self, kpi: Kpi, *, expected_version: int | None, reason: str = "") -> int: ...

    def save(self, entity: str, obj: Any, *, expected_version: int | None, reason: str = "") -> int: ...

    def run(self, action: Callable[[], Any], panel: MessagePanel, ok_key: str = "", **params: Any) -> Any: ...

    def changed(self) -> None: ...

    def show_subject(self, subject: str) -> None: ...


def run_action(
    action: Callable[[], Any], panel: MessagePanel, lang: str, ok_key: str = "", **params: Any
) -> tuple[bool, Any]:
    """Run ``action``; show a kpiguide error in ``panel`` (``(False, None)``) or ``ok_key`` on success."""
    try:
        result = action()
    except (KpiGuideError, KeyError) as exc:
        panel.show_error(exc)
        return False, None
    if ok_key:
        panel.show("ok", t(ok_key, lang, **params))
    return True, result


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


@dataclass
class AppContext:
    """What an app needs: the open project, the verified principal and the language (a :class:`PanelHost`).

    The app registers its refresh with :meth:`listen`; :meth:`changed` calls it after a panel saved.
    """

    store: Store
    principal: Principal
    lang: str
    profile: ProfileRef = DEFAULT_PROFILE
    listeners: list[Callable[[], None]] = field(default_factory=list, repr=False, compare=False)

    @property
    def actor(self) -> str:
        return self.principal.actor

    @property
    def threaded(self) -> bool:
        return not os.environ.get(SYNC_ENV)

    def scheme(self) -> Scheme:
        return self.store.load_scheme()

    def save_kpi(self, kpi: Kpi, *, expected_version: int | None, reason: str = "") -> int:
        """Save ``kpi`` with the invite's rights (access check, optimistic concurrency, audit)."""
        return save_kpi(self.store, self.principal, kpi, expected_version=expected_version, reason=reason)

    def save(self, entity: str, obj: Any, *, expected_version: int | None, reason: str = "") -> int:
        """Save an objective, department, role or KPI with the invite's rights."""
        return save_design(self.store, self.principal, entity, obj, expected_version=expected_version, reason=reason)

    def run(self, action: Callable[[], Any], panel: MessagePanel, ok_key: str = "", **params: Any) -> Any:
        """Run ``action``; show a kpiguide error in ``panel`` (returns None) or ``ok_key``, then refresh the app."""
        ok, result = run_action(action, panel, self.lang, ok_key, **params)
        if ok:
            self.changed()
        return result

    def listen(self, refresh: Callable[[], None]) -> None:
        self.listeners.append(refresh)

    def changed(self) -> None:
        for refresh in self.listeners:
            refresh()

    def show_subject(self, subject: str) -> None:
        """The apps have no editor to focus: nothing to do."""


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
    for target in _WARM_UP.get(role, ()):
        module_name, _, factory = target.partition(":")
        module = importlib.import_module(module_name)
        if factory:
            getattr(module, factory)()


def request_query_string(environ: Mapping[str, str] | None = None) -> str:
    """The page's query string; waits for the visitor when the kernel was preheated.

    What ``voila.utils.get_query_string`` does (Voila 0.5) without importing ``voila.utils``: that
    module imports Voila's server side (jupyter_server, nbconvert, jsonschema, ...), +48 MiB in every
    kernel (benchmarks/results/kernel_profile.md).  A kernel started for one page finds the query
    string in its environment; a preheated one gets it from Voila's ``voila/query`` websocket.
    """
    environ = os.environ if environ is None else environ
    if environ.get("VOILA_PREHEAT", "False") != "False":
        for key, value in _request_info(environ).items():
            os.environ[key] = value
        environ = os.environ
    return environ.get("QUERY_STRING") or ""


def _request_info(environ: Mapping[str, str]) -> dict[str, str]:
    """The visitor's request (environment variables) that Voila sends a preheated kernel; waits for it."""
    import websockets  # reason: preheated kernels only (a dependency of voila)

    url = "{}://{}:{}{}voila/query/{}".format(
        environ.get("VOILA_WS_PROTOCOL", "ws"),
        environ.get("VOILA_APP_IP", "127.0.0.1"),
        environ.get("VOILA_APP_PORT", "8866"),
        environ.get("VOILA_WS_BASE_URL", environ.get("VOILA_SERVER_URL", "/")),
        environ.get("VOILA_KERNEL_ID"),
    )
    received: list[str | bytes] = []

    async def receive() -> None:
        try:
            async with websockets.connect(url, open_timeout=5) as socket:
                received.append(await socket.recv())
        except (TimeoutError, ConnectionRefusedError):
            return  # as Voila: no visitor's request, the page gets no query string

    # a thread of its own: the kernel's event loop is running (as in voila.utils.wait_for_request)
    thread = threading.Thread(target=lambda: asyncio.run(receive()), name="kpiguide-query-string")
    thread.start()
    thread.join()
    return {str(k): str(v) for k, v in json.loads(received[0]).items()} if received else {}


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
        if APP_FOR_ROLE[principal.role] != APP_FOR_ROLE[role]:  # the app an invite opens (HR: the dashboard)
            raise WrongApp(role, principal.role)
    except BaseException:
        store.close()
        raise
    requested = (query.get("lang") or [""])[0]
    lang = requested if requested in ("zh", "en") else detect_language(scheme.organization.name, default="zh")
    return AppContext(store, principal, lang)
