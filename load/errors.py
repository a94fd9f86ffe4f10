"""The load stage's exception family."""

from __future__ import annotations

from okr_warehouse.errors import StageError


class LoadError(StageError):
    """The warehouse could not take a document."""


class WarehouseLocked(LoadError):
    """Another process holds the DuckDB file for writing."""
