"""Stable ids for reports, goals and key results.

A goal is the same goal wherever its organisation, level, scope (division,
result area) and normalized text agree; a key result likewise within its goal's
scope: the same text under two result areas is two key results (issue 2).
Stronger, fuzzy matching across wording drift is issue 6's.
"""

from __future__ import annotations

import hashlib

from okr_warehouse.text import fold


def _digest(*parts: str | None) -> str:
    joined = "\x1f".join(fold(p) if p else "" for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def report_id(sha256: str) -> str:
    return "r_" + sha256[:16]


def goal_id(organization: str | None, level: str, division: str | None, result_area: str | None,
            text: str) -> str:
    return "g_" + _digest(organization, level, division, result_area, text)


def kr_id(organization: str | None, division: str | None, result_area: str | None, text: str,
          goal_text: str | None) -> str:
    # County-level key results have no result area: their goal is their scope.
    scope = goal_text if not (division or result_area) else None
    return "k_" + _digest(organization, division, result_area, scope, text)


def task_id(goal: str, name: str, ordinal: int) -> str:
    # Task names repeat within a goal (seed 004): the ordinal keeps them apart.
    return "t_" + _digest(goal, name, str(ordinal))
