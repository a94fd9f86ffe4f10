"""The normalize stage's exception family."""

from __future__ import annotations

from okr_warehouse.errors import StageError


class NormalizeError(StageError):
    """Raw records could not be turned into clean ones."""
