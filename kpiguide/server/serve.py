"""Serve the Voila apps on a project with locked-down settings.

What a visitor can reach: the three app notebooks under ``/voila/render/`` (and
the static assets Voila needs to draw widgets).  No tree listing, no contents
API, no ``/voila/files`` download, no template or theme override, sources
stripped and tracebacks hidden.  The notebooks are copied into a private
temporary folder that becomes Voila's root, so nothing else on disk (the
project file included) is under it, and no ``voila.json`` / ``voila.py`` from
the current folder or the user's Jupyter config is loaded.

Access control happens inside the apps: each reads its invite token from the
query string (``?invite=...``) and verifies it against the project (see
:mod:`kpiguide.project.access`).  The project's location reaches the kernels through the
environment variable :data:`PROJECT_ENV`.  Request logs omit query strings (the
token) and pages are sent with ``Referrer-Policy: no-referrer`` so the token does
not leak to other sites.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from kpiguide.core.errors import KpiGuideError
from kpiguide.core.i18n import t
from kpiguide.design.errors import TextProblems

__all__ = [
    "APP_FOR_ROLE",
    "APP_NOTEBOOKS",
    "PROJECT_ENV",
    "TOKEN_PARAM",
    "app_url",
    "build_cache_first",
    "find_apps_dir",
    "hub_address",
    "invite_url",
    "mark_handed_out_kernels_active",
    "parse_preheat",
    "pool_sizes",
    "prepare_root",
    "run_server",
    "voila_config",
]

PROJECT_ENV = "KPIGUIDE_PROJECT"
APP_NOTEBOOKS = ("kpi_designer.ipynb", "leadership_dashboard.ipynb", "my_kpis.ipynb")
APP_FOR_ROLE = {
    "head": "kpi_designer.ipynb",
    "leadership": "leadership_dashboard.ipynb",
    "hr": "leadership_dashboard.ipynb",  # HR reviews departments there; it never edits KPIs
    "employee": "my_kpis.ipynb",
}
TOKEN_PARAM = "invite"
# Query arguments that would ask Voila for another template/theme (refused outright).
_OVERRIDE_ARGS = frozenset({"template", "theme", "voila-template", "voila-theme"})
_CULL_IDLE_SECONDS = 600
# Seconds before a used pooled kernel is replaced (Voila's default is 1 s).  A burst of visitors
# takes kernels out of the pool faster than it refills; starting the replacements at once would
# make them compete for the cores with the pages being served (see docs/deploy.md).
_REFILL_DELAY_SECONDS = 5.0
# Behind JupyterHub the visitor must also be logged in to the hub: jupyterhub's own identity
# provider and authorizer for Jupyter Server 2 apps (OAuth with the hub, the `access:servers` scope).
_HUB_IDENTITY = "jupyterhub.singleuser.extension.JupyterHubIdentityProvider"
_HUB_AUTHORIZER = "jupyterhub.singleuser.extension.JupyterHubAuthorizer"


def find_apps_dir() -> Path:
    """The app notebooks shipped as package data (``kpiguide/server/apps``; ``voila_apps/`` in a checkout links here)."""
    here = Path(__file__).resolve().parent
    candidate = here / "apps"
    if all((candidate / name).is_file() for name in APP_NOTEBOOKS):
        return candidate
    raise KpiGuideError(
        f"The app notebooks ({', '.join(APP_NOTEBOOKS)}) were not found in the package ({candidate}). "
        "Reinstall kpiguide with its package data: pip install 'kpiguide[ui]'."
    )


def app_url(base_url: str, notebook: str) -> str:
    return f"{base_url.rstrip('/')}/voila/render/{quote(notebook)}"


def invite_url(base_url: str, token: str, role: str) -> str:
    """The link a person opens: the app for their role with the token in the query string."""
    return f"{app_url(base_url, APP_FOR_ROLE[role])}?{TOKEN_PARAM}={quote(token, safe='')}"


def hub_address(environ: Mapping[str, str]) -> tuple[str, int, str]:
    """``(ip, port, base_url)`` of a single-user server that JupyterHub's spawner started.

    The spawner passes them in the environment: ``JUPYTERHUB_SERVICE_URL`` (where to listen,
    e.g. ``http://127.0.0.1:41234/user/alice/``) and ``JUPYTERHUB_SERVICE_PREFIX`` (the path the
    proxy routes to this server, e.g. ``/user/alice/``).

    >>> hub_address({"JUPYTERHUB_SERVICE_URL": "http://127.0.0.1:41234/user/alice/",
    ...              "JUPYTERHUB_SERVICE_PREFIX": "/user/alice/"})
    ('127.0.0.1', 41234, '/user/alice/')
    """
    url = environ.get("JUPYTERHUB_SERVICE_URL", "")
    if not url:
        raise KpiGuideError(
            "--hub: JUPYTERHUB_SERVICE_URL is not set; this option is for a server that JupyterHub starts "
            "(c.Spawner.cmd in deploy/jupyterhub_config.py)."
        )
    parts = urlsplit(url)
    if parts.hostname is None or parts.port is None:
        raise KpiGuideError(f"--hub: JUPYTERHUB_SERVICE_URL={url!r} names no host and port")
    prefix = environ.get("JUPYTERHUB_SERVICE_PREFIX") or parts.path or "/"
    return parts.hostname, parts.port, prefix if prefix.endswith("/") else f"{prefix}/"


def prepare_root(apps_dir: Path, target: Path) -> Path:
    """Copy only the app notebooks into ``target`` (Voila's root); return it."""
    target.mkdir(parents=True, exist_ok=True)
    for name in APP_NOTEBOOKS:
        shutil.copyfile(apps_dir / name, target / name)
    return target


def parse_preheat(text: str) -> dict[str, int]:
    """Pool sizes from ``--preheat``: ``"N"`` (every app) or ``"kpi_designer=10,my_kpis=2"``.

    App names may omit ``.ipynb``; apps not named get no pool.  Raises ``ValueError``
    naming the bad part (unknown app, not a whole number, negative): a
    :class:`~kpiguide.design.errors.TextProblems`, which is also a ``ValueError``.
    """
    text = text.strip()
    if text.isdigit():
        return dict.fromkeys(APP_NOTEBOOKS, int(text))
    sizes: dict[str, int] = {}
    problems: list[tuple[str, dict[str, Any]]] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, value = part.partition("=")
        notebook = name.strip() if name.strip().endswith(".ipynb") else f"{name.strip()}.ipynb"
        if not sep or notebook not in APP_NOTEBOOKS:
            apps = ", ".join(n.removesuffix(".ipynb") for n in APP_NOTEBOOKS)
            problems.append(("server.preheat.not_app_n", {"part": part, "apps": apps}))
        elif not value.strip().isdigit():
            problems.append(("server.preheat.not_whole", {"part": part, "value": value.strip()}))
        else:
            sizes[notebook] = int(value)
    if problems or not sizes:
        raise TextProblems(problems or [("server.preheat.empty", {"text": text})])
    return sizes


def pool_sizes(preheat: int | Mapping[str, int]) -> dict[str, int]:
    """Preheated kernels per app notebook (0 = served by a fresh kernel per visit)."""
    if isinstance(preheat, int):
        return dict.fromkeys(APP_NOTEBOOKS, max(preheat, 0))
    unknown = set(preheat) - set(APP_NOTEBOOKS)
    if unknown:
        raise TextProblems([("server.preheat.unknown", {"names": sorted(unknown)})])
    return {name: max(int(preheat.get(name, 0)), 0) for name in APP_NOTEBOOKS}


def voila_config(
    *, ip: str, port: int, preheat: int | Mapping[str, int], root: Path, base_url: str = "/", hub: bool = False
) -> dict[str, Any]:
    """The locked-down Voila configuration (plain dict; see ``docs/deploy.md``).

    ``preheat`` is a pool size for every app or a mapping ``{notebook: size}``.  ``base_url`` is the
    path prefix the server answers under; ``hub=True`` makes every page and kernel connection require
    a JupyterHub login (a JupyterHub single-user server, see ``deploy/jupyterhub_config.py``).
    """
    pools = pool_sizes(preheat)
    config: dict[str, Any] = {
        "Voila": {
            "ip": ip,
            "port": port,
            "port_retries": 0,
            "base_url": base_url,
            "open_browser": False,
            "root_dir": str(root),
            # Only our own (empty) folder: never voila.json/voila.py from cwd or ~/.jupyter.
            "config_file_paths": [str(root)],
            "tornado_settings": {
                # Voila's close-page kernel shutdown is refused with xsrf checks on (voila#1458):
                # without this every page view leaks a kernel until culled.  There is no login
                # session to protect with xsrf: access is decided by the invite inside the app.
                "disable_check_xsrf": True,
                "headers": {
                    "Referrer-Policy": "no-referrer",
                    "X-Content-Type-Options": "nosniff",
                    "Content-Security-Policy": "frame-ancestors 'self'",
                },
                "log_function": _log_request,
            },
        },
        "VoilaConfiguration": {
            "show_tracebacks": False,
            "strip_sources": True,
            "file_allowlist": [],
            "file_denylist": [".*"],
            "allow_template_override": "NO",
            "allow_theme_override": "NO",
            "extension_denylist": ["jupyterlab-jupytext"],
            "preheat_kernel": any(pools.values()),
            "default_pool_size": 0,
        },
        "VoilaKernelManager": {
            "kernel_pools_config": {name: {"pool_size": size} for name, size in pools.items()},
            "fill_delay": _REFILL_DELAY_SECONDS,
        },
        "MappingKernelManager": {
            "cull_idle_timeout": _CULL_IDLE_SECONDS,
            "cull_interval": 60,
            "cull_connected": False,
        },
    }
    if hub:
        config["Voila"]["identity_provider_class"] = _HUB_IDENTITY
        config["Voila"]["authorizer_class"] = _HUB_AUTHORIZER
    return config


def _log_request(handler: Any) -> None:
    """Tornado access log without the query string (it carries the invite token)."""
    status = handler.get_status()
    log = logging.getLogger("tornado.access")
    level = logging.INFO if status < 400 else logging.WARNING
    elapsed = 1000.0 * handler.request.request_time()
    log.log(level, "%d %s %s %.0fms", status, handler.request.method, handler.request.path, elapsed)


def mark_handed_out_kernels_active(manager: Any) -> None:
    """Reset a pooled kernel's idle clock when Voila hands it to a visitor.

    A preheated kernel has been idle since it executed the app up to the visitor's
    query string, possibly for longer than the cull timeout.  Voila's culler spares
    kernels while they sit in the pool, but not once one is taken: without this, the
    culler can stop it between the page request and the page's websocket connecting
    (see TOOLCHAIN.md, "preheat vs culling").  No-op for a manager without a pool.
    """
    if not hasattr(manager, "get_rendered_notebook"):
        return
    original = manager.get_rendered_notebook

    async def handed_out(*args: Any, **kwargs: Any) -> Any:
        result = await original(*args, **kwargs)
        kernel = manager._kernels.get(result[2])
        if kernel is not None:
            from jupyter_server._tz import utcnow  # jupyter_server: present only when serving

            kernel.last_activity = utcnow()
        return result

    manager.get_rendered_notebook = handed_out


def _voila_class() -> Any:
    """A Voila application that registers only the routes the apps need."""
    import tornado.web  # voila and its server stack: optional, loaded only when serving
    from traitlets import List, default  # voila's config system: loaded only when serving
    from voila.app import Voila  # voila: optional, loaded only when serving
    from voila.tornado.handler import TornadoVoilaHandler  # voila: loaded only when serving

    render_pattern = "|".join(re.escape(name) for name in APP_NOTEBOOKS)

    class AppRenderHandler(TornadoVoilaHandler):
        async def get(self, path: str | None = None) -> Any:
            if _OVERRIDE_ARGS & set(self.request.arguments):
                raise tornado.web.HTTPError(400, "Template and theme overrides are not allowed")
            return await super().get(path)

    class ClosedHandler(tornado.web.RequestHandler):
        def get(self, *args: Any) -> None:
            self.set_status(404)
            self.set_header("Content-Type", "text/plain; charset=utf-8")
            self.set_header("Referrer-Policy", "no-referrer")
            self.finish(f"{t('server.not_here', 'en')}\n{t('server.not_here', 'zh')}\n")

        post = put = delete = patch = get

    class LockedVoila(Voila):
        name = "kpiguide-voila"

        @default("config_file_paths")
        def _config_file_paths_default(self) -> list[str]:
            return []

        config_file_paths: List[str] = List([], config=True)

        def init_handlers(self) -> list:
            from jupyter_server.utils import url_path_join  # jupyter_server: present only when serving

            dropped = {"TornadoVoilaTreeHandler", "VoilaContentsHandler", "AllowListFileHandler", "TornadoVoilaHandler"}
            base = self.server_url
            # Voila registers its identity provider's handlers (login, or the hub's OAuth callback)
            # without the base URL; behind a prefix (JupyterHub's /user/NAME/) they belong under it.
            own = {h[0] for h in self.identity_provider.get_handlers()}
            handlers = [
                (url_path_join(base, h[0]), *h[1:]) if h[0] in own else h
                for h in super().init_handlers()
                if h[1].__name__ not in dropped
            ]
            return [
                (url_path_join(base, rf"/voila/render/({render_pattern})"), AppRenderHandler, self._render_kwargs()),
                *handlers,
                (url_path_join(base, r"/(.*)"), ClosedHandler),
            ]

        def _render_kwargs(self) -> dict[str, Any]:
            return {
                "template_paths": self.template_paths,
                "config": self.config,
                "voila_configuration": self.voila_configuration,
            }

        def init_settings(self) -> dict:
            settings = super().init_settings()
            mark_handed_out_kernels_active(self.kernel_manager)
            return settings

    return LockedVoila


def build_cache_first(wait: float = 45.0) -> bool:
    """Build the artifact cache (catalog, tokenizer dictionary, indexes) before the kernels start.

    Runs in a child process, so the server itself does not keep the engines in memory; kernels then
    only load the cache.  With a cache in place this takes a few seconds.  A first build that takes
    longer than ``wait`` seconds goes on in the background while the server starts (kernels that
    start meanwhile build what they need themselves; the cache is safe for that).  True when the
    cache is complete; a failure is logged, never fatal.
    """
    log = logging.getLogger("kpiguide.server")
    code = "from kpiguide.suggest.cache import build_cache; build_cache()"
    # A file, not a pipe: a child left running in the background must never block on its output.
    with tempfile.TemporaryFile() as errors:
        try:
            child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=errors)
        except OSError as exc:
            log.warning("Building the cache failed: %s", exc)
            return False
        try:
            child.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            log.info("The cache is still being built; the server starts meanwhile")
            return False
        if child.returncode:
            errors.seek(0)
            log.warning("Building the cache failed: %s", errors.read().decode(errors="replace")[-2000:])
        return child.returncode == 0


def run_server(
    project: str,
    *,
    ip: str = "127.0.0.1",
    port: int = 8866,
    preheat: int | Mapping[str, int] = 0,
    apps_dir: Path | None = None,
    base_url: str = "/",
    hub: bool = False,
) -> None:
    """Run Voila on the apps for ``project`` until SIGTERM/SIGINT (blocking).

    ``hub=True``: a JupyterHub single-user server; visitors must be logged in to the hub (the
    address and ``base_url`` come from :func:`hub_address`).
    """
    from traitlets.config import Config  # traitlets comes with voila: loaded only when serving

    apps = apps_dir or find_apps_dir()
    build_cache_first()
    root = Path(tempfile.mkdtemp(prefix="kpiguide-apps-"))
    try:
        prepare_root(apps, root)
        os.environ[PROJECT_ENV] = project
        os.environ.pop("QUERY_STRING", None)
        settings = voila_config(ip=ip, port=port, preheat=preheat, root=root, base_url=base_url, hub=hub)
        config = Config(settings)
        cls = _voila_class()
        cls.launch_instance(argv=[str(root)], config=config)
    finally:
        shutil.rmtree(root, ignore_errors=True)
