"""One cache for readings keyed by the objects they read (a page, a document, a page's units):
detection and parse, and several families, read the same objects again. An entry is found by
its objects' identities and checked against the objects themselves, so a recycled id never
returns another object's reading."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

V = TypeVar("V")


class IdentityMemo(Generic[V]):
    def __init__(self, size: int) -> None:
        self._size = size  # entries kept; all are dropped when it is reached (readings are cheap to redo)
        self._entries: dict[tuple[int, ...], tuple[tuple[object, ...], V]] = {}

    def get(self, key: Sequence[object], compute: Callable[[], V]) -> V:
        ids = tuple(map(id, key))
        hit = self._entries.get(ids)
        if hit is not None and all(a is b for a, b in zip(hit[0], key, strict=True)):
            return hit[1]
        if len(self._entries) >= self._size:
            self._entries.clear()
        value = compute()
        self._entries[ids] = (tuple(key), value)
        return value
