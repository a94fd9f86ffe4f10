"""The year-end report's words as the text export prints them (annual_text): the result and
legend labels, "label: value" lines, the report title's year, list bullets and period labels.
The native formats read the same words through the layout engine (annual, goal_pages)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from okr_warehouse.text import fold
from okr_warehouse.vocabulary import (
    ANNUAL_GOAL_RESULTS,
    ANNUAL_KR_ACHIEVEMENT_LABELS,
    ANNUAL_TITLE_WORDS,
    ORGANIZATIONS,
    PERIODS,
)

from ..page import Geometry
from ..records import Printed, RawGoal

BULLETS = "•●▪■◦‣∙·*"
DASHES = "–—-"
_RESULTS = {fold(label): status for label, status in ANNUAL_GOAL_RESULTS}
_ACHIEVEMENTS = sorted((fold(label) for label, _s in ANNUAL_KR_ACHIEVEMENT_LABELS), key=len, reverse=True)
_PERIOD_LABELS = {fold(label) for label in PERIODS}
_YEAR = re.compile(r"^(?:19|20)\d\d|(?:19|20)\d\d$")


@dataclass
class GoalDraft:
    """One goal as its sections add to it."""

    ref: str
    text: Printed
    theme: Printed | None = None
    status: Printed | None = None
    owner: Printed | None = None
    verdict: Printed | None = None

    def raw_goal(self) -> RawGoal:
        # The result label of the goal's own section wins; the narrative's verdict line stands in.
        return RawGoal(self.ref, self.text, "hva", theme=self.theme, owner=self.owner,
                       status=self.status or self.verdict)


def after_label(text: str, labels: tuple[str, ...]) -> str | None:
    """The text after "label:" when the text starts with one of the labels and a colon."""
    head, colon, rest = text.partition(":")
    if colon and fold(head) in {fold(label) for label in labels}:
        return rest.strip()
    return None


def is_goal_result(text: str) -> bool:
    return fold(text) in _RESULTS


def kr_legend_labels(text: str) -> list[str]:
    """The achievement-legend labels a line consists of ("■ Avaintulos toteutui ■ …"), or []."""
    rest, labels = fold(text), []
    while rest:
        label = next((a for a in _ACHIEVEMENTS if rest.startswith(a)), None)
        if label is None:
            return []
        labels.append(label)
        rest = rest[len(label):]
    return labels


def year_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in ANNUAL_TITLE_WORDS)
    return re.compile(rf"\b(?:{words})\s*((?:19|20)\d\d)\b", re.IGNORECASE)


def organization(segs: list[Geometry]) -> Geometry | None:
    names = [fold(name) for name in ORGANIZATIONS]
    return next((s for s in segs if any(n in fold(s["text"]) for n in names)), None) or next(
        (s for s in segs if "hyvinvointialue" in fold(s["text"])), None)


def period_label(text: str) -> str | None:
    """The folded period label a header cell prints: "Lähtötilanne", "Q3", also with the year
    ("Q3 2025", "Q3/2025"); None for anything else."""
    folded = fold(text)
    bare = _YEAR.sub("", folded)
    return folded if folded in _PERIOD_LABELS else bare if bare in _PERIOD_LABELS else None


def strip_bullet(text: str) -> str:
    stripped = text.strip()
    if stripped[:1] in BULLETS + DASHES and (len(stripped) == 1 or stripped[1].isspace()):
        return stripped[1:].lstrip()
    return stripped
