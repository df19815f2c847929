from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from click.testing import CliRunner

from kpiguide.cli import main
from kpiguide.serve import APP_NOTEBOOKS, find_apps_dir, invite_url, prepare_root, voila_config


def test_config_is_locked_down_and_loopback(tmp_path):
    config = voila_config(ip="127.0.0.1", port=8866, preheat=0, root=tmp_path)
    vc = config["VoilaConfiguration"]
    assert vc["show_tracebacks"] is False and vc["strip_sources"] is True
    assert vc["file_allowlist"] == [] and vc["allow_template_override"] == "NO" and vc["allow_theme_override"] == "NO"
    assert config["Voila"]["ip"] == "127.0.0.1" and config["Voila"]["config_file_paths"] == [str(tmp_path)]
    assert config["Voila"]["tornado_settings"]["headers"]["Referrer-Policy"] == "no-referrer"
    assert config["MappingKernelManager"]["cull_idle_timeout"] > 0
    assert vc["preheat_kernel"] is False
    assert (
        voila_config(ip="127.0.0.1", port=1, preheat=3, root=tmp_path)["VoilaConfiguration"]["default_pool_size"] == 3
    )


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
    from kpiguide.access import InviteRejected, verify_token
    from kpiguide.store import open_project

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
