from dataclasses import replace

import pytest

from kpiguide.core.errors import AccessDenied
from kpiguide.design.collaboration import save_design
from kpiguide.design.weights import role_weights
from kpiguide.project.access import issue_token, verify_token


def _principal(store, role, **scope):
    return verify_token(store, issue_token(store, role=role, **scope)).bind(store.load_scheme())


def test_objectives_are_leadership_only_and_roles_need_their_department(store):
    scheme = store.load_scheme()
    objective = scheme.objectives[0]
    head = _principal(store, "head", department="sales")
    version = store.get("objective", objective.id).version
    with pytest.raises(AccessDenied):
        save_design(store, head, "objective", replace(objective, text="x"), expected_version=version)
    other = next(r for r in scheme.roles if r.department != "sales")
    with pytest.raises(AccessDenied):
        save_design(store, head, "role", replace(other, name="x"), expected_version=store.get("role", other.id).version)
    own = scheme.roles_of("sales")[0]
    save_design(store, head, "role", replace(own, name="New"), expected_version=store.get("role", own.id).version)
    leadership = _principal(store, "leadership")
    save_design(store, leadership, "objective", replace(objective, text="New"), expected_version=version, actor="ws")
    assert store.audit_log(entity="objective", entity_id=objective.id)[-1].actor == "ws"
    assert store.audit_log(entity="role", entity_id=own.id)[-1].actor == head.actor


def test_role_weights_follow_the_profile_rule(store):
    scheme = store.load_scheme()
    totals = role_weights(scheme, "sales")
    assert totals and all(w.ok and w.expected == 100 for w in totals)


def test_a_head_cannot_pull_another_departments_role_into_reach(store):
    """Issue 16 item 7: the role saved is checked against its stored department, not only the one sent."""
    scheme = store.load_scheme()
    head = _principal(store, "head", department="sales")
    other = next(r for r in scheme.roles if r.department != "sales")
    version = store.get("role", other.id).version
    with pytest.raises(AccessDenied):
        save_design(store, head, "role", replace(other, department="sales", name="mine"), expected_version=version)
    assert store.get("role", other.id).version == version
    assert store.get("role", other.id).value.department == other.department


def test_only_design_entities_are_saved_from_the_apps(store):
    """An employee record (or anything but objectives, departments, roles, KPIs) is refused, even for leadership."""
    employee = store.load_scheme().employees[0]
    version = store.get("employee", employee.id).version
    for principal in (_principal(store, "leadership"), _principal(store, "head", department=employee.department)):
        with pytest.raises(AccessDenied):
            save_design(store, principal, "employee", replace(employee, name="x"), expected_version=version)
    assert store.get("employee", employee.id).version == version
