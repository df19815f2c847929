"""What the design tests share: acting as an invite."""

from __future__ import annotations

from kpiguide.project.access import Principal, issue_token, verify_token


def principal(store, role: str, **scope) -> Principal:
    """A fresh invite of ``role`` (and scope) in ``store``, verified and bound to its scheme, as an app has it."""
    return verify_token(store, issue_token(store, role=role, **scope)).bind(store.load_scheme())
