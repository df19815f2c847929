from __future__ import annotations

from tests.connectors.helpers import demo_sources, erp

__all__ = ["demo_sources", "erp"]
