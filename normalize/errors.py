"""The normalize stage's exception family."""

from __future__ import annotations


class NormalizeError(Exception):
    def __init__(self, source: str, reason: str, page: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.page = page
        where = f"{source}, page {page}" if page is not None else source
        super().__init__(f"{where}: {reason}")
