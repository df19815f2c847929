"""Two processes writing the same project at once, and a process killed during a large import (issue 16, item 8).

Every round starts two processes together (a barrier file), each doing a read-modify-write of the same
KPI (or recording an adjustment of the same employee through the CLI).  Nothing may be lost (every
successful write is in the final version and the audit log), nothing may crash with "database is
locked": a writer either succeeds, or gets a ConflictError (someone else changed the row: reload and
retry) or a StoreError saying the project is busy.
"""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kpiguide.project.store import open_project

ROUNDS = 20
ROOT = Path(__file__).resolve().parents[2]

EDITOR = textwrap.dedent(
    """
    import dataclasses, json, sys, time
    from pathlib import Path
    from kpiguide.core.errors import ConflictError, StoreError
    from kpiguide.project.store import open_project

    project, go, who, rounds = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    outcomes = []
    with open_project(project, busy_timeout=5.0) as store:
        for n in range(rounds):
            while not (go.parent / f"go{n}").exists():
                time.sleep(0.001)
            current = store.get("kpi", "sa_sales")
            changed = dataclasses.replace(current.value, target=float(current.value.target or 0) + 1)
            try:
                store.save("kpi", changed, expected_version=current.version, actor=who, reason=f"round {n}")
                outcomes.append("ok")
            except ConflictError:
                outcomes.append("conflict")
            except StoreError as exc:
                outcomes.append("busy: " + str(exc))
            (go.parent / f"done{n}-{who}").write_text("x")
    print(json.dumps(outcomes))
    """
)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def _wait(paths: list[Path], procs: list[subprocess.Popen], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not all(p.exists() for p in paths):
        for proc in procs:
            if proc.poll() is not None and proc.returncode != 0:
                raise AssertionError(proc.stderr.read() if proc.stderr else "writer failed")
        assert time.monotonic() < deadline, f"waited too long for {paths}"
        time.sleep(0.005)


def test_two_processes_editing_the_same_kpi_lose_no_update(demo_project, tmp_path):
    _race(str(demo_project), tmp_path)


PG_URL = os.environ.get("KPIGUIDE_TEST_PG_URL")


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="KPIGUIDE_TEST_PG_URL is not set (see .ci/postgres.sh)")
def test_two_processes_editing_the_same_kpi_lose_no_update_on_postgres(tmp_path, demo_scheme_zh):
    import uuid

    import sqlalchemy as sa

    from kpiguide.project.store import init_project

    schema = f"kpiguide_race_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(str(PG_URL))
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = f"{PG_URL}{'&' if '?' in str(PG_URL) else '?'}options=-csearch_path%3D{schema}"
    try:
        with init_project(url) as store:
            store.replace_scheme(demo_scheme_zh, actor="test")
        _race(url, tmp_path)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _race(project: str, tmp_path: Path) -> None:
    with open_project(project) as store:
        start = store.get("kpi", "sa_sales")
    script = tmp_path / "editor.py"
    script.write_text(EDITOR, encoding="utf-8")
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), project, str(tmp_path / "go"), who, str(ROUNDS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for who in ("alice", "bob")
    ]
    for n in range(ROUNDS):
        (tmp_path / f"go{n}").write_text("x")
        _wait([tmp_path / f"done{n}-alice", tmp_path / f"done{n}-bob"], procs)
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "database is locked" not in err.lower()
        results.append(json.loads(out))
    outcomes = [o for r in results for o in r]
    assert not [o for o in outcomes if o.startswith("busy")], outcomes
    successes = outcomes.count("ok")
    assert successes >= ROUNDS  # in every round at least one of the two writes goes through
    with open_project(project) as store:
        end = store.get("kpi", "sa_sales")
        updates = [e for e in store.audit_log(entity="kpi", entity_id="sa_sales") if e.action == "update"]
    assert end.version == start.version + successes  # no lost update: every success is a new version
    assert end.value.target == pytest.approx(float(start.value.target or 0) + successes)
    assert len([u for u in updates if (u.reason or "").startswith("round")]) == successes


def _adjust(project: str, n: int, who: str) -> subprocess.Popen:
    code = "from kpiguide.cli import main; main()"
    args = [sys.executable, "-c", code, "adjust", project, "--employee", "E003", "--period", "2026Q3"]
    args += ["--leave-days", "1", "--reason", f"round {n} {who}", "--actor", who, "--format", "json"]
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())


def test_two_cli_processes_adjusting_the_same_employee_both_land(demo_project):
    with open_project(demo_project) as store:
        before = len(store.adjustments(employee="E003"))
    rounds = 5  # each CLI process starts an interpreter; 5 rounds x 2 keep the test under a minute
    for n in range(rounds):
        procs = [_adjust(str(demo_project), n, who) for who in ("alice", "bob")]
        for proc in procs:
            _out, err = proc.communicate(timeout=60)
            assert "Traceback" not in err and "database is locked" not in err.lower(), err
            assert proc.returncode == 0, err
    with open_project(demo_project) as store:
        assert len(store.adjustments(employee="E003")) == before + 2 * rounds


def test_a_write_refused_at_once_by_a_busy_database_is_retried(demo_project, monkeypatch):
    """SQLite answers some lock conflicts at once, without waiting (a stale read snapshot; PostgreSQL: a deadlock)."""
    import sqlalchemy as sa

    import kpiguide.project.store as store_module

    real_now = store_module._now
    calls = {"n": 0}

    def busy_once() -> str:
        calls["n"] += 1
        if calls["n"] == 1:
            raise sa.exc.OperationalError("UPDATE kpis ...", {}, Exception("database is locked"))
        return real_now()

    with open_project(demo_project, busy_timeout=2.0) as store:
        current = store.get("kpi", "sa_sales")
        monkeypatch.setattr(store_module, "_now", busy_once)
        changed = dataclasses.replace(current.value, target=123.0)
        assert store.save("kpi", changed, expected_version=current.version, actor="t") == current.version + 1
        assert store.get("kpi", "sa_sales").value.target == 123.0  # the failed attempt left nothing behind


def test_a_project_held_longer_than_the_busy_timeout_gives_a_clear_message(demo_project):
    from kpiguide.core.errors import BusyError

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); time.sleep(3); c.execute('ROLLBACK')",
            str(demo_project),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with open_project(demo_project, busy_timeout=0.5) as store:
            current = store.get("kpi", "sa_sales")
            with pytest.raises(BusyError, match="locked by another program"):
                store.save("kpi", current.value, expected_version=current.version, actor="t")
    finally:
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()


KILLED_IMPORT = textwrap.dedent(
    """
    import sys
    from kpiguide.data.history import import_actuals
    from kpiguide.project.store import open_project

    with open_project(sys.argv[1]) as store:
        print("importing", flush=True)
        import_actuals(store, sys.argv[2], actor="killed")
    print("done", flush=True)
    """
)


@pytest.mark.parametrize("after", [0.3, 1.2, 2.5])
def test_a_process_killed_during_a_large_import_leaves_the_project_consistent(demo_project, tmp_path, after):
    import sqlite3

    with open_project(demo_project) as store:
        scheme = store.load_scheme()
        pairs = [(e.id, k.id) for e in scheme.employees for k in scheme.kpis if k.role == e.role]
        before = len(store.actuals())
        audit_before = len(store.audit_log())
    months = [f"{2030 + m // 12}-{m % 12 + 1:02d}" for m in range(600)]
    lines = ["employee,kpi,period,value"]
    lines += [f"{e},{k},{m},{i}" for i, (m, (e, k)) in enumerate((m, p) for p in pairs for m in months)][:60_000]
    assert len(lines) == 60_001
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = tmp_path / "importer.py"
    script.write_text(KILLED_IMPORT, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(demo_project), str(path)], stdout=subprocess.PIPE, text=True, env=_env()
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "importing"
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    with sqlite3.connect(demo_project) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with open_project(demo_project) as store:
        count = len(store.actuals())
        audits = store.audit_log()
        assert count in (before, before + 60_000)  # all or nothing
        assert (len(audits) == audit_before + 1) == (count == before + 60_000)
        if count == before:  # the project is usable: the same import now goes through
            from kpiguide.data.history import import_actuals

            assert import_actuals(store, path, actor="again")["inserted"] == 60_000
