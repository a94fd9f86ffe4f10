"""The extract stage's exception family: every error names the file and, when known, the page."""

from __future__ import annotations

from okr_warehouse.errors import StageError


class ExtractError(StageError):
    """A document (or one of its pages) could not be read."""



class UnsupportedFormat(ExtractError):
    """No extractor handles this file type; the file is skipped, not failed."""


class CorruptDocument(ExtractError):
    """The file claims a format but its content is broken, empty or of another kind."""


class EncryptedDocument(ExtractError):
    """The document is password-protected."""
