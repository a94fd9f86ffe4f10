"""The extract stage's exception family: every error names the file and, when known, the page."""

from __future__ import annotations


class ExtractError(Exception):
    """A document (or one of its pages) could not be read."""

    def __init__(self, source: str, reason: str, page: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.page = page
        where = f"{source}, page {page}" if page is not None else source
        super().__init__(f"{where}: {reason}")


class UnsupportedFormat(ExtractError):
    """No extractor handles this file type; the file is skipped, not failed."""


class CorruptDocument(ExtractError):
    """The file claims a format but its content is broken, empty or of another kind."""


class EncryptedDocument(ExtractError):
    """The document is password-protected."""
