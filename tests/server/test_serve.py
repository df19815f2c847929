from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner

from kpiguide.cli import main
from kpiguide.server.serve import APP_NOTEBOOKS, find_apps_dir, invite_url, prepare_root, voila_config


def test_config_is_locked_down_and_loopback(tmp_path):
    config = voila_config(ip="127.0.0.1", port=8866, preheat=0, root=tmp_path)
    vc = config["VoilaConfiguration"]
    assert vc["show_tracebacks"] is False and vc["strip_sources"] is True
    assert vc["file_allowlist"] == [] and vc["allow_template_override"] == "NO" and vc["allow_theme_override"] == "NO"
    assert config["Voila"]["ip"] == "127.0.0.1" and config["Voila"]["config_file_paths"] == [str(tmp_path)]
    assert config["Voila"]["tornado_settings"]["headers"]["Referrer-Policy"] == "no-referrer"
    assert config["MappingKernelManager"]["cull_idle_timeout"] > 0
    assert vc["preheat_kernel"] is False
    pools = voila_config(ip="127.0.0.1", port=1, preheat=3, root=tmp_path)["VoilaKernelManager"]["kernel_pools_config"]
    assert pools == {name: {"pool_size": 3} for name in APP_NOTEBOOKS}


def test_served_root_holds_only_the_app_notebooks(tmp_path):
    root = prepare_root(find_apps_dir(), tmp_path / "root")
    assert sorted(p.name for p in root.iterdir()) == sorted(APP_NOTEBOOKS)


def test_app_notebooks_are_thin_and_stored_without_outputs():
    import json

    for name in APP_NOTEBOOKS:
        notebook = json.loads((find_apps_dir() / name).read_text(encoding="utf-8"))
        kinds = [c["cell_type"] for c in notebook["cells"]]
        assert kinds[0] == "markdown" and "code" in kinds
        for cell in notebook["cells"]:
            source = "".join(cell["source"])
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None
                assert "def " not in source and len(source.strip().splitlines()) <= 5


def test_invite_url_points_at_the_role_app():
    url = invite_url("https://kpi.example/", "abc.def", "employee")
    assert url == "https://kpi.example/voila/render/my_kpis.ipynb?invite=abc.def"


def test_cli_invite_revoke_and_list(demo_project):
    runner = CliRunner()
    result = runner.invoke(main, ["invite", str(demo_project), "--department", "sales", "--base-url", "http://h:1"])
    assert result.exit_code == 0, result.output
    link = result.stdout.strip()
    assert link.startswith("http://h:1/voila/render/kpi_designer.ipynb?invite=")
    token = parse_qs(urlsplit(link).query)["invite"][0]
    listed = runner.invoke(main, ["invites", str(demo_project), "--format", "json"])
    assert '"state": "active"' in listed.stdout
    revoked = runner.invoke(main, ["revoke", str(demo_project), link])
    assert revoked.exit_code == 0, revoked.output
    from kpiguide.project.access import InviteRejected, verify_token
    from kpiguide.project.store import open_project

    with open_project(demo_project) as store:
        try:
            verify_token(store, token)
        except InviteRejected as exc:
            assert exc.reason == "revoked"
        else:
            raise AssertionError("revoked token still accepted")


def test_cli_invite_reports_bad_scope_with_exit_2(demo_project):
    result = CliRunner().invoke(main, ["invite", str(demo_project), "--role", "employee"])
    assert result.exit_code == 2 and "--employee ID" in result.output


def test_preheat_accepts_one_size_or_sizes_per_app():
    from kpiguide.server.serve import parse_preheat

    assert parse_preheat("3") == dict.fromkeys(APP_NOTEBOOKS, 3)
    assert parse_preheat("kpi_designer=10, my_kpis.ipynb=2") == {"kpi_designer.ipynb": 10, "my_kpis.ipynb": 2}


@pytest.mark.parametrize(
    ("text", "match"),
    [("designer=2", "'designer=2' is not APP=N"), ("kpi_designer=-1", "'-1' in 'kpi_designer=-1'"), (",", "give a")],
)
def test_preheat_rejects_unknown_apps_and_bad_sizes(text, match):
    from kpiguide.server.serve import parse_preheat

    with pytest.raises(ValueError, match=match):
        parse_preheat(text)


def test_config_gives_each_app_its_own_pool_and_a_delayed_refill(tmp_path):
    config = voila_config(ip="127.0.0.1", port=1, preheat={"kpi_designer.ipynb": 10}, root=tmp_path)
    pools = config["VoilaKernelManager"]["kernel_pools_config"]
    assert pools == {
        "kpi_designer.ipynb": {"pool_size": 10},
        "leadership_dashboard.ipynb": {"pool_size": 0},
        "my_kpis.ipynb": {"pool_size": 0},
    }
    assert config["VoilaConfiguration"]["preheat_kernel"] is True
    assert config["VoilaKernelManager"]["fill_delay"] > 1
    assert (
        voila_config(ip="127.0.0.1", port=1, preheat=0, root=tmp_path)["VoilaConfiguration"]["preheat_kernel"] is False
    )
    with pytest.raises(ValueError, match="Unknown app"):
        voila_config(ip="127.0.0.1", port=1, preheat={"other.ipynb": 1}, root=tmp_path)


def test_cli_serve_refuses_a_bad_preheat_before_starting(demo_project):
    result = CliRunner().invoke(main, ["serve", str(demo_project), "--preheat", "designer=3"])
    assert result.exit_code == 2 and "--preheat" in result.output and "designer=3" in result.output


class _PooledManager:
    """The parts of Voila's pooled kernel manager the culler reads, around one preheated kernel."""

    cull_busy = False
    cull_connected = False

    def __init__(self, idle_for: float, timeout: float) -> None:
        import datetime as dt
        import logging
        from types import SimpleNamespace

        from jupyter_server._tz import utcnow

        self.cull_idle_timeout = timeout
        self.log = logging.getLogger("test")
        self._kernel_connections: dict[str, int] = {}
        self._kernels = {
            "k1": SimpleNamespace(
                execution_state="idle",
                kernel_name="python3",
                kernel_spec=SimpleNamespace(metadata={}),
                last_activity=utcnow() - dt.timedelta(seconds=idle_for),
            )
        }
        self.shut_down: list[str] = []

    async def get_rendered_notebook(self, notebook_name: str, **kwargs):
        return object(), [], "k1"

    async def shutdown_kernel(self, kernel_id: str, *args, **kwargs) -> None:
        self.shut_down.append(kernel_id)


@pytest.mark.parametrize("marked", [True, False])
def test_a_pooled_kernel_handed_to_a_visitor_is_not_culled_before_their_websocket_connects(marked):
    import asyncio

    from jupyter_server.services.kernels.kernelmanager import MappingKernelManager

    from kpiguide.server.serve import mark_handed_out_kernels_active

    # Preheated 700 s ago, cull timeout 600 s: idle by the culler's clock when a visitor takes it.
    manager = _PooledManager(idle_for=700, timeout=600)
    if marked:
        mark_handed_out_kernels_active(manager)

    async def visit_then_cull() -> None:
        await manager.get_rendered_notebook("kpi_designer.ipynb")
        await MappingKernelManager.cull_kernel_if_idle(manager, "k1")  # the real culling rule

    asyncio.run(visit_then_cull())
    assert manager.shut_down == ([] if marked else ["k1"])


def test_marking_is_a_no_op_without_a_pool():
    from kpiguide.server.serve import mark_handed_out_kernels_active

    manager = object()
    mark_handed_out_kernels_active(manager)  # NormalKernelManager has no get_rendered_notebook


def test_hub_mode_requires_the_hub_login_under_the_spawners_prefix(tmp_path):
    from kpiguide.server.serve import hub_address

    env = {"JUPYTERHUB_SERVICE_URL": "http://127.0.0.1:41234/user/alice/", "JUPYTERHUB_SERVICE_PREFIX": "/user/alice/"}
    ip, port, prefix = hub_address(env)
    config = voila_config(ip=ip, port=port, preheat=0, root=tmp_path, base_url=prefix, hub=True)["Voila"]
    assert (config["ip"], config["port"], config["base_url"]) == ("127.0.0.1", 41234, "/user/alice/")
    assert config["identity_provider_class"].endswith("JupyterHubIdentityProvider")
    assert config["authorizer_class"].endswith("JupyterHubAuthorizer")
    plain = voila_config(ip="127.0.0.1", port=1, preheat=0, root=tmp_path)["Voila"]
    assert plain["base_url"] == "/" and "identity_provider_class" not in plain


def test_serve_hub_outside_jupyterhub_says_what_is_missing(demo_project, monkeypatch):
    monkeypatch.delenv("JUPYTERHUB_SERVICE_URL", raising=False)
    monkeypatch.setenv("KPIGUIDE_PROJECT", str(demo_project))
    result = CliRunner().invoke(main, ["serve", "--hub"])  # PROJECT from KPIGUIDE_PROJECT
    assert result.exit_code != 0
    assert "JUPYTERHUB_SERVICE_URL is not set" in result.output


def test_deploy_doc_shows_the_shipped_jupyterhub_config_and_its_production_lines():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    config = (root / "deploy" / "jupyterhub_config.py").read_text(encoding="utf-8")
    doc = (root / "docs" / "deploy.md").read_text(encoding="utf-8")
    assert f"```python\n{config.rstrip()}\n```" in doc
    lines = config.splitlines()
    cited = re.findall(r"^\| (\d+)(?:–(\d+))?((?:, \d+(?:–\d+)?)*) \|", doc, flags=re.MULTILINE)
    assert cited, "docs/deploy.md names no lines of deploy/jupyterhub_config.py"
    for first, last, more in cited:
        spans = [(int(first), int(last or first))]
        spans += [(int(a), int(b or a)) for a, b in re.findall(r"(\d+)(?:–(\d+))?", more)]
        for a, b in spans:
            for number in range(a, b + 1):
                line = lines[number - 1]
                assert "PRODUCTION" in line or line.startswith("# c."), (number, line)
