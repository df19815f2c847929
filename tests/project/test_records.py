from __future__ import annotations

import pytest

from kpiguide.core.errors import InputError
from kpiguide.project.records import audited_data, record_kind, register_record_kind
from kpiguide.project.store import init_project


def test_unregistered_kind_is_audited_in_full():
    assert record_kind("test_plain_kind").redacted is False
    assert audited_data("test_plain_kind", {"a": 1}) == {"a": 1}


def test_redacted_kind_keeps_its_data_out_of_the_audit_log(tmp_path):
    register_record_kind("test_hidden_kind", redacted=True, description="test")
    with init_project(tmp_path / "p.sqlite") as store:
        version = store.put_record("test_hidden_kind", "k", {"key": "s3cret"}, expected_version=None, actor="t")
        store.put_record("test_hidden_kind", "k", {"key": "other"}, expected_version=version, actor="t")
        store.delete_record("test_hidden_kind", "k", actor="t")
        store.put_record("test_open_kind", "k", {"note": "hello"}, expected_version=None, actor="t")
        entries = store.audit_log()
    hidden = [e for e in entries if e.entity == "record:test_hidden_kind"]
    assert [e.action for e in hidden] == ["create", "update", "delete"]
    assert all("s3cret" not in repr((e.old, e.new)) and "other" not in repr((e.old, e.new)) for e in hidden)
    assert hidden[0].new == {"redacted": True}
    assert [e.new for e in entries if e.entity == "record:test_open_kind"] == [{"note": "hello"}]


def test_registering_a_kind_again_with_other_options_is_refused():
    register_record_kind("test_twice_kind", redacted=True)
    assert register_record_kind("test_twice_kind", redacted=True).redacted is True
    with pytest.raises(InputError, match="already registered"):
        register_record_kind("test_twice_kind", redacted=False)


def test_access_module_registers_its_secret_kind_as_redacted():
    import kpiguide.project.access as access

    assert record_kind(access.SECRET_KIND).redacted is True
