"""Load stage: NormalizedDocuments → the DuckDB warehouse (schema, public views, idempotent loads).

Entry point: `load(doc, warehouse, started_at)`; `Warehouse` opens the file.
"""

from __future__ import annotations

import datetime as dt

from normalize.records import NormalizedDocument

from .errors import LoadError, WarehouseLocked
from .warehouse import Warehouse, now, write_pending_log

__all__ = ["LoadError", "Warehouse", "WarehouseLocked", "load", "now", "write_pending_log"]


def load(doc: NormalizedDocument, warehouse: Warehouse, started_at: dt.datetime) -> str:
    """Replace the document's facts in one transaction; returns loaded | partial."""
    return warehouse.replace_document(doc, started_at)
