"""Normalize stage: a RawDocument → a NormalizedDocument of typed values and stable ids.

Entry point: `normalize(raw, organization=None)`.
"""

from __future__ import annotations

from .document import needs_repair, normalize
from .errors import NormalizeError
from .records import NormalizedDocument

__all__ = ["NormalizeError", "NormalizedDocument", "needs_repair", "normalize"]
