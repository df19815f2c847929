"""JupyterHub for the kpiguide apps: people log in to the hub and open only the apps.

Each logged-in person gets their own single-user server, and that server is `kpiguide serve --hub`:
the locked-down Voila of `kpiguide serve` (only the three app notebooks, no tree, no contents API,
no terminals, no JupyterLab, kernels that accept only widget messages), which also requires the
person's hub login on every page and kernel connection.  What each person sees inside an app is
still decided by the invite in their link.  All servers share one PostgreSQL project.

Run it (this file is what tests/server/test_jupyterhub.py starts, as is):

    export KPIGUIDE_PROJECT="postgresql+psycopg://kpiguide_app:...@db.internal/kpiguide_acme"
    jupyterhub -f deploy/jupyterhub_config.py

and hand out invite links through the hub, which sends each person to their own server:

    kpiguide invite "$KPIGUIDE_PROJECT" --department sales --base-url https://kpi.acme.example/hub/user-redirect

Environment read here (the hub's own environment):
    KPIGUIDE_PROJECT      the project's database URL (required); passed to every single-user server
    KPIGUIDE_HUB_URL      where the hub listens (default http://127.0.0.1:8000, behind a TLS proxy)
    KPIGUIDE_HUB_HOMES    per-user home folders, {username} expanded (default /srv/kpiguide/home/{username})
    KPIGUIDE_HUB_PASSWORD the dummy authenticator's shared password (tests and pilots only)

The lines marked PRODUCTION are the ones an organisation changes (docs/deploy.md, section 3).
"""

import logging
import os
import sys

c = get_config()  # noqa: F821 -- JupyterHub defines get_config() when it loads this file

project = os.environ.get("KPIGUIDE_PROJECT", "")
if not project:
    sys.exit("Set KPIGUIDE_PROJECT to the project's database URL (postgresql+psycopg://...) before starting the hub.")

# --- the hub ----------------------------------------------------------------------------------
c.JupyterHub.bind_url = os.environ.get("KPIGUIDE_HUB_URL", "http://127.0.0.1:8000")
c.JupyterHub.cleanup_servers = True  # stopping the hub stops the single-user servers
c.JupyterHub.implicit_spawn_seconds = 1  # an invite link starts the person's server without a click
c.JupyterHub.redirect_to_server = True


def _log_without_query(handler):
    """The hub's request log without query strings: invite links carry their token there."""
    status, request = handler.get_status(), handler.request
    level = logging.WARNING if status >= 400 else logging.DEBUG if "/static/" in request.path else logging.INFO
    elapsed = 1000 * request.request_time()
    logging.getLogger("JupyterHub").log(level, "%d %s %s %.0fms", status, request.method, request.path, elapsed)


c.JupyterHub.tornado_settings = {"log_function": _log_without_query}

# --- who may log in ---------------------------------------------------------------------------
c.JupyterHub.authenticator_class = "dummy"  # PRODUCTION: the organisation's SSO, e.g. "generic-oauth"
c.Authenticator.allow_all = True  # PRODUCTION: c.Authenticator.allowed_users / the SSO's allowed_groups
if os.environ.get("KPIGUIDE_HUB_PASSWORD"):
    c.DummyAuthenticator.password = os.environ["KPIGUIDE_HUB_PASSWORD"]
# PRODUCTION (pip install oauthenticator), e.g. an OpenID Connect provider:
# c.GenericOAuthenticator.oauth_callback_url = "https://kpi.acme.example/hub/oauth_callback"
# c.GenericOAuthenticator.authorize_url = "https://sso.acme.example/oauth2/authorize"
# c.GenericOAuthenticator.token_url = "https://sso.acme.example/oauth2/token"
# c.GenericOAuthenticator.userdata_url = "https://sso.acme.example/oauth2/userinfo"
# c.GenericOAuthenticator.client_id, c.GenericOAuthenticator.client_secret = "kpiguide", os.environ["SSO_SECRET"]
# c.GenericOAuthenticator.username_claim = "preferred_username"
# c.GenericOAuthenticator.allowed_groups = {"staff"}

# --- where each person's server runs ----------------------------------------------------------
# SimpleLocalProcessSpawner: processes of the hub's OS user, one home folder per hub user.
c.JupyterHub.spawner_class = "simple"  # PRODUCTION: "kubespawner.KubeSpawner" or "docker" (see below)
c.SimpleLocalProcessSpawner.home_dir_template = os.environ.get("KPIGUIDE_HUB_HOMES", "/srv/kpiguide/home/{username}")
# The single-user server: only the apps (never jupyterhub-singleuser, which would bring JupyterLab,
# terminals and the contents API).  It listens where the spawner says (JUPYTERHUB_SERVICE_URL).
c.Spawner.cmd = [sys.executable, "-m", "kpiguide", "serve", "--hub"]  # PRODUCTION: ["kpiguide", "serve", "--hub"]
c.Spawner.args = []  # e.g. ["--preheat", "kpi_designer=1"] keeps a designer kernel ready per person
c.Spawner.environment = {"KPIGUIDE_PROJECT": project}  # the URL stays out of the command line (ps)
c.Spawner.http_timeout = 60
c.Spawner.start_timeout = 120
# PRODUCTION, Kubernetes (pip install jupyterhub-kubespawner); the image: pip install 'kpiguide[ui,postgres]' jupyterhub
# c.KubeSpawner.image = "registry.acme.example/kpiguide-apps:2026.11"
# c.KubeSpawner.cpu_guarantee, c.KubeSpawner.cpu_limit = 0.2, 1
# c.KubeSpawner.mem_guarantee, c.KubeSpawner.mem_limit = "300M", "600M"
# PRODUCTION, idle servers stopped after 30 minutes (pip install jupyterhub-idle-culler):
# c.JupyterHub.services = [{"name": "idle-culler", "command": [sys.executable, "-m", "jupyterhub_idle_culler", "--timeout=1800"]}]
# c.JupyterHub.load_roles = [{"name": "idle-culler", "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"], "services": ["idle-culler"]}]
