from __future__ import annotations

import pytest

from kpiguide.project.store import open_project


@pytest.fixture
def store(demo_project):
    """The demo project, open for the test."""
    with open_project(demo_project) as s:
        yield s
