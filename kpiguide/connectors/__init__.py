"""Connectors: pull KPI values from where they live (SQL, HTTP/JSON, files, survey exports).

A connectors file (YAML, :mod:`kpiguide.connectors.config`) says where each KPI's values
come from; :mod:`kpiguide.connectors.staging` pulls them, checks them like a file import,
stages them as a batch and writes them as actuals once the batch is approved.
"""

from __future__ import annotations

from kpiguide.connectors.config import Connector, ConnectorsFile, load_connectors, parse_connectors
from kpiguide.connectors.staging import (
    Batch,
    SourceRow,
    approve_batch,
    last_runs,
    list_batches,
    pull,
    record_failure,
    stored_connectors,
    sync,
)

__all__ = [
    "Batch",
    "Connector",
    "ConnectorsFile",
    "SourceRow",
    "approve_batch",
    "last_runs",
    "list_batches",
    "load_connectors",
    "parse_connectors",
    "pull",
    "record_failure",
    "stored_connectors",
    "sync",
]
