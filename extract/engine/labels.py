"""Labels found in two dimensions: a vocabulary label printed on one unit, across a few
units of one line ("Strateginen" "painopiste"), or wrapped onto the next line ("Luottavaisuus-"
/ "arvio", held-out confidence export), in any case, after a marker glyph, matched fuzzily
after folding (okr_warehouse.text.fold)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from okr_warehouse.text import fold

from ..settings import LayoutSettings
from .lines import cluster_lines
from .units import Unit, overlap


@dataclass(frozen=True)
class LabelHit:
    key: str
    units: tuple[Unit, ...]
    score: float  # 0..100, how closely the printed text matched the label

    @property
    def x0(self) -> float:
        return min(u.x0 for u in self.units)

    @property
    def x1(self) -> float:
        return max(u.x1 for u in self.units)

    @property
    def top(self) -> float:
        return min(u.top for u in self.units)

    @property
    def bottom(self) -> float:
        return max(u.bottom for u in self.units)


Vocabulary = Mapping[str, Sequence[str]]


Classifier = Callable[[str], "tuple[str, float] | None"]
"""Folded phrase → (key, score 0..100) when the phrase is one of the things looked for."""


def find_labels(units: Sequence[Unit], vocabulary: Vocabulary, settings: LayoutSettings) -> list[LabelHit]:
    """Every place a label of `vocabulary` (key → printed alternatives) is printed; each unit
    serves one label, the closest and most complete readings first."""
    wanted = {key: [f for f in (fold(a) for a in alts) if f] for key, alts in vocabulary.items()}
    labels = [f for alts in wanted.values() for f in alts]
    if not labels:
        return []

    exact = {label: key for key, alts in wanted.items() for label in alts}
    reach = 1.0 - settings.label_min_score / 100.0  # how much longer or shorter a fuzzy match may be

    def classify(text: str) -> tuple[str, float] | None:
        if text in exact:
            return exact[text], 100.0
        if len(text) < settings.label_fuzzy_min_length:
            return None
        # rapidfuzz's ratio can reach the bar only between texts of similar length: skip the rest
        close = [(k, a) for a, k in exact.items() if abs(len(a) - len(text)) <= reach * (len(a) + len(text))]
        best = max(((k, _score(text, a, settings)) for k, a in close), key=lambda ks: ks[1], default=None)
        return best if best is not None and best[1] >= settings.label_min_score else None

    starts = {f[:settings.label_prefix] for f in labels}
    return find_phrases(units, classify, max(len(f) for f in labels), starts, settings)


def find_phrases(units: Sequence[Unit], classify: Classifier, longest: int, starts: set[str],
                 settings: LayoutSettings) -> list[LabelHit]:
    """Every phrase (a run of units along a line, maybe continued under it) that `classify`
    accepts; each unit serves one phrase, the best scoring and most complete first."""
    candidates: list[LabelHit] = []
    for phrase in _phrases(cluster_lines(units, settings), longest, starts, settings):
        found = classify(fold(" ".join(u.text for u in phrase)))
        if found is not None:
            candidates.append(LabelHit(found[0], phrase, found[1]))
    candidates.sort(key=lambda h: (-h.score, -len(h.units), h.top, h.x0))
    used: set[int] = set()
    hits = []
    for hit in candidates:
        if any(id(u) in used for u in hit.units):
            continue
        used.update(id(u) for u in hit.units)
        hits.append(hit)
    return hits


def _score(text: str, label: str, settings: LayoutSettings) -> float:
    if text == label:
        return 100.0
    if min(len(text), len(label)) < settings.label_fuzzy_min_length:
        return 0.0  # short labels ("q1", "kpi") match exactly or not at all
    return float(fuzz.ratio(text, label))


def _phrases(lines: list[list[Unit]], longest: int, starts: set[str], settings: LayoutSettings
             ) -> list[tuple[Unit, ...]]:
    """Runs of units along a line, and each run continued by a unit printed under it, while
    the folded text can still be a label and starts like one."""
    out: list[tuple[Unit, ...]] = []
    for index, line in enumerate(lines):
        # The next few lines: a middle-aligned one-line label can sit between a wrapped
        # label's two lines (held-out confidence header "Toimi-" / "Tavoite" / "ala").
        below = lines[index + 1:index + 4]
        for first in range(len(line)):
            head = fold(line[first].text)
            if not head or not any(head.startswith(s) or s.startswith(head) for s in starts):
                continue
            run: tuple[Unit, ...] = ()
            for unit in line[first:]:
                if run and unit.x0 - run[-1].x1 > settings.label_word_gap_em * max(unit.size, unit.height * 0.7):
                    break
                adds = bool(fold(unit.text))  # a unit of no letters ("-", "•") makes no phrase of its own
                run = (*run, unit)
                if len(fold(" ".join(u.text for u in run))) > longest + 2:
                    break
                if adds:
                    out.append(run)
                    for second in _continued(run, below, longest, settings):  # wrapped onto a second line…
                        out.append((*run, *second))
                        # …and a third ("2." / "kvar-" / "taali", variant s20; "Avaintuloksen" /
                        # "toteutumista ei voida" / "arvioida" in a narrow legend, variant s6)
                        out += [(*run, *second, *third) for third in _continued(second, below, longest, settings)
                                if not set(map(id, third)) & set(map(id, second))]
    return out


def _continued(run: tuple[Unit, ...], below: Sequence[Sequence[Unit]], longest: int, settings: LayoutSettings
               ) -> list[tuple[Unit, ...]]:
    """Runs of the lines below that start directly under `run`: the unit there and the words
    following it along its line, each length a candidate."""
    out: list[tuple[Unit, ...]] = []
    flat = [u for line in below for u in line]
    for other in _stacked(run, flat, settings):
        line = next(ln for ln in below if any(u is other for u in ln))
        chain: tuple[Unit, ...] = ()
        for unit in line[[id(u) for u in line].index(id(other)):]:
            if chain and unit.x0 - chain[-1].x1 > settings.label_word_gap_em * max(unit.size, unit.height * 0.7):
                break
            chain = (*chain, unit)
            if len(fold(" ".join(u.text for u in chain))) > longest + 2:
                break
            if fold(unit.text):
                out.append(chain)
    return out


def _stacked(run: tuple[Unit, ...], below: Sequence[Unit], settings: LayoutSettings) -> list[Unit]:
    """Units of the next line printed directly under the run (a wrapped header label)."""
    x0, x1 = min(u.x0 for u in run), max(u.x1 for u in run)
    bottom = max(u.bottom for u in run)
    height = max(u.height for u in run)
    out = []
    for other in below:
        gap = other.top - bottom
        narrower = max(0.1, min(x1 - x0, other.x1 - other.x0))
        if -0.3 * height <= gap <= settings.label_stack_gap * height and \
                overlap(x0, x1, other.x0, other.x1) >= 0.3 * narrower:
            out.append(other)
    return out
