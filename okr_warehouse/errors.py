"""The shape every stage's exception family shares: the file, the page when known, the reason."""

from __future__ import annotations


class StageError(Exception):
    def __init__(self, source: str, reason: str, page: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.page = page
        where = f"{source}, page {page}" if page is not None else source
        super().__init__(f"{where}: {reason}")
