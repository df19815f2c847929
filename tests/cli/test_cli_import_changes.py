"""`kpiguide import` never deletes silently: --dry-run, --replace, `kpiguide restore` (issue 16, item 3)."""

from __future__ import annotations

import json

import yaml
from click.testing import CliRunner

from kpiguide.cli import main
from kpiguide.project.store import open_project


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def _partial_scheme(project, tmp_path):
    """The demo scheme with only its first department (and that department's people)."""
    data = json.loads(invoke("show", str(project), "--format", "json").stdout)["scheme"]
    data["departments"] = data["departments"][:1]
    keep = {r["id"] for r in data["departments"][0]["roles"]}
    data["employees"] = [e for e in data.get("employees", []) if e.get("role") in keep]
    path = tmp_path / "partial.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _snapshot(project):
    with open_project(project) as store:
        return store.load_scheme()


def test_import_of_a_partial_file_deletes_nothing_without_replace(tmp_path, demo_project):
    before = _snapshot(demo_project)
    path = _partial_scheme(demo_project, tmp_path)
    result = invoke("import", str(demo_project), str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    assert counts["deleted"] == 0 and counts["kept"] > 50
    assert _snapshot(demo_project) == before


def test_kept_message_says_how_to_delete(tmp_path, demo_project):
    path = _partial_scheme(demo_project, tmp_path)
    result = invoke("import", str(demo_project), str(path))
    assert result.exit_code == 0
    assert "kept" in result.stderr and "--replace" in result.stderr


def test_dry_run_shows_the_diff_per_entity_and_writes_nothing(tmp_path, demo_project):
    before = demo_project.read_bytes()
    path = _partial_scheme(demo_project, tmp_path)
    result = invoke("import", str(demo_project), str(path), "--dry-run", "--replace", "--format", "json")
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)
    assert plan["dry_run"] is True and plan["deleted"] > 50 and plan["created"] == 0
    assert set(plan["entities"]) == {"organization", "objective", "department", "role", "kpi", "employee"}
    assert plan["entities"]["kpi"]["deleted"]
    table = invoke("import", str(demo_project), str(path), "--dry-run")
    assert "kpi" in table.stdout and "kept" in table.stdout
    assert demo_project.read_bytes() == before


def test_replace_deletes_audits_and_restore_brings_back(tmp_path, demo_project):
    before = _snapshot(demo_project)
    path = _partial_scheme(demo_project, tmp_path)
    result = invoke("import", str(demo_project), str(path), "--replace", "--format", "json")
    assert json.loads(result.stdout)["deleted"] > 50
    gone = before.kpis[-1]
    with open_project(demo_project) as store:
        assert gone.id not in {k.id for k in store.load_scheme().kpis}
        (entry,) = [e for e in store.audit_log(entity="kpi", entity_id=gone.id) if e.action == "delete"]
    listed = json.loads(
        invoke("audit", str(demo_project), "--entity", "kpi", "--id", gone.id, "--format", "json").stdout
    )
    assert entry.id in [e["id"] for e in listed]
    restored = invoke("restore", str(demo_project), "--audit-id", str(entry.id))
    assert restored.exit_code == 0, restored.output
    with open_project(demo_project) as store:
        kpis = {k.id: k for k in store.load_scheme().kpis}
        assert kpis[gone.id] == gone
        assert store.audit_log(entity="kpi", entity_id=gone.id)[-1].action == "restore"


def test_restore_of_an_update_puts_the_old_values_back(tmp_path, demo_project):
    data = json.loads(invoke("show", str(demo_project), "--format", "json").stdout)["scheme"]
    kpi = data["departments"][0]["roles"][0]["kpis"][0]
    old_name, kpi["name"] = kpi["name"], "renamed"
    path = tmp_path / "renamed.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert invoke("import", str(demo_project), str(path)).exit_code == 0
    with open_project(demo_project) as store:
        (entry,) = [e for e in store.audit_log(entity="kpi", entity_id=kpi["id"]) if e.action == "update"]
    assert invoke("restore", str(demo_project), "--audit-id", str(entry.id)).exit_code == 0
    with open_project(demo_project) as store:
        assert store.get("kpi", kpi["id"]).value.name == old_name


def test_restore_refuses_entries_that_are_not_deletions_or_updates(demo_project):
    with open_project(demo_project) as store:
        create = next(e for e in store.audit_log() if e.action == "create" and e.entity == "kpi")
    before = demo_project.read_bytes()
    result = invoke("restore", str(demo_project), "--audit-id", str(create.id))
    assert result.exit_code == 2 and "only deletions and updates" in result.stderr
    missing = invoke("restore", str(demo_project), "--audit-id", "999999")
    assert missing.exit_code == 2 and "No audit entry 999999" in missing.stderr
    assert demo_project.read_bytes() == before
