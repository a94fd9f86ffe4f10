"""The load stage's exception family."""

from __future__ import annotations


class LoadError(Exception):
    def __init__(self, source: str, reason: str, page: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.page = page
        super().__init__(f"{source}: {reason}")


class WarehouseLocked(LoadError):
    """Another process holds the DuckDB file for writing."""
