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
from .units import Unit, line_height, overlap


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
    by_length: dict[int, list[tuple[str, str]]] = {}
    for label, key in exact.items():
        by_length.setdefault(len(label), []).append((key, label))

    seen: dict[str, tuple[str, float] | None] = {}

    def classify(text: str) -> tuple[str, float] | None:
        if text not in seen:
            seen[text] = fuzzy(text)
        return seen[text]

    def fuzzy(text: str) -> tuple[str, float] | None:
        if text in exact:
            return exact[text], 100.0
        if len(text) < settings.label_fuzzy_min_length:
            return None
        # rapidfuzz's ratio can reach the bar only between texts of similar length: skip the
        # rest (|a - n| <= reach * (a + n) bounds a between n(1-r)/(1+r) and n(1+r)/(1-r))
        n = len(text)
        low, high = int(n * (1 - reach) / (1 + reach)), int(n * (1 + reach) / (1 - reach)) + 1
        close = [(k, a) for length in range(low, high + 1) for k, a in by_length.get(length, ())
                 if abs(length - n) <= reach * (length + n)]
        best = max(((k, _score(text, a, settings)) for k, a in close), key=lambda ks: ks[1], default=None)
        return best if best is not None and best[1] >= settings.label_min_score else None

    starts = {f[:settings.label_prefix] for f in labels}
    return find_phrases(units, classify, max(len(f) for f in labels), starts, settings,
                        wrap_test(labels, settings))


def find_phrases(units: Sequence[Unit], classify: Classifier, longest: int, starts: set[str],
                 settings: LayoutSettings, may_wrap: Callable[[str], bool] = lambda _text: True,
                 inner: Callable[[str], bool] = lambda _text: True) -> list[LabelHit]:
    """Every phrase (a run of units along a line, maybe continued under it) that `classify`
    accepts; each unit serves one phrase, the best scoring and most complete first.
    `may_wrap`: whether a folded run may go on on the next lines (it begins a label: the rest
    of a page's lines need not be tried); `inner`: whether a unit's text may stand past a
    phrase's first unit."""
    candidates: list[LabelHit] = []
    for phrase in _phrases(cluster_lines(units, settings), longest, starts, settings, may_wrap):
        found = classify("".join(fold(u.text) for u in phrase))  # fold works letter by letter
        if found is not None and all(inner(u.text) for u in phrase[1:]):
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


def wrap_test(labels: Sequence[str], settings: LayoutSettings) -> Callable[[str], bool]:
    """Whether a folded run may begin one of the labels: an exact prefix, or (long enough to
    judge) a close one, as OCR misreads a letter or two."""
    if not labels:
        return lambda _text: True
    by_start: dict[str, list[str]] = {}
    for label in labels:
        by_start.setdefault(label[:1], []).append(label)

    def test(text: str) -> bool:
        for label in by_start.get(text[:1], ()):
            head = label[:len(text)]
            if head == text or (len(text) >= settings.label_fuzzy_min_length and len(head) == len(text)
                                and fuzz.ratio(text, head) >= settings.label_min_score):
                return True
        return False

    return test


def _phrases(lines: list[list[Unit]], longest: int, starts: set[str], settings: LayoutSettings,
             may_wrap: Callable[[str], bool]) -> list[tuple[Unit, ...]]:
    """Runs of units along a line, and each run continued by a unit printed under it, while
    the folded text can still be a label and starts like one."""
    out: list[tuple[Unit, ...]] = []
    prefixes = {s[:k] for s in starts for k in range(1, len(s) + 1)}
    lengths = sorted({len(s) for s in starts})
    for index, line in enumerate(lines):
        below = _window(lines, index, settings)  # the lines a label begun here may wrap onto
        folded = [fold(u.text) for u in line]
        for first in range(len(line)):
            head = folded[first]
            if not head or not _may_start(head, starts, prefixes, lengths):
                continue
            run: tuple[Unit, ...] = ()
            text = ""  # the run's folded text, grown with it
            for unit, letters in zip(line[first:], folded[first:], strict=True):
                if run and _apart(run[-1], unit, settings):
                    break
                run = (*run, unit)
                text += letters
                if len(text) > longest + 2:
                    break
                if letters:  # a unit of no letters ("-", "•") makes no phrase of its own
                    out.append(run)
                    if may_wrap(text):
                        out += _wrapped(run, run, text, below, longest, settings, may_wrap, 1)
    return out


def _wrapped(run: tuple[Unit, ...], last: tuple[Unit, ...], text: str, below: Sequence[Sequence[Unit]],
             longest: int, settings: LayoutSettings, may_wrap: Callable[[str], bool], depth: int
             ) -> list[tuple[Unit, ...]]:
    """`run` continued by the runs printed under its `last` line, and theirs in turn: a second
    line always, a third ("2." / "kvar-" / "taali", variant s20; "Avaintuloksen" / "toteutumista
    ei voida" / "arvioida" in a narrow legend, variant s6) and further ones while the text can
    still be a label ("Työn" / "toteutuksessa" / "haasteita, joita" / "ratkaistaan", quarterly
    s71)."""
    out: list[tuple[Unit, ...]] = []
    if depth >= settings.label_max_lines:
        return out
    mine = set(map(id, run))
    for nxt in _continued(last, below, longest, settings):
        if set(map(id, nxt)) & mine:
            continue
        out.append((*run, *nxt))
        grown = text + "".join(fold(u.text) for u in nxt)
        if len(grown) <= longest + 2 and (depth == 1 or may_wrap(grown)):
            out += _wrapped((*run, *nxt), nxt, grown, below, longest, settings, may_wrap, depth + 1)
    return out


def _may_start(head: str, starts: set[str], prefixes: set[str], lengths: Sequence[int]) -> bool:
    """Whether a unit's folded text and a label's start could be one another's beginning
    (`prefixes`: every beginning of the starts; `lengths`: the starts' lengths)."""
    return head in prefixes or any(head[:n] in starts for n in lengths)


def _window(lines: Sequence[Sequence[Unit]], index: int, settings: LayoutSettings) -> list[Sequence[Unit]]:
    """The line at `index` and the lines a label begun there can wrap onto: the next four, and
    any further ones starting within `label_max_lines` wrapped lines below it. A middle-aligned
    one-line label can sit between a wrapped label's two lines (held-out confidence header
    "Toimi-" / "Tavoite" / "ala") and chain both wrapped lines into its own ("Lähtö-" /
    "tilanne" beside a middle-aligned "Mittari", annual variant s6); a narrow legend's lines
    interleave with the table rows beside it (issue 9, quarterly s71), and a value cell's
    middle-anchored lines with a three-line label's ("Tavoite" / "(valtuustotason" / "sitova)"
    over five printed lines, binding variant s32)."""
    line = lines[index]
    reach = max(u.bottom for u in line) + settings.label_max_lines * (1 + settings.label_stack_gap) * \
        line_height(line)
    end = index + 4
    while end < len(lines) and min(u.top for u in lines[end]) <= reach:
        end += 1
    return list(lines[index:end])


def _continued(run: tuple[Unit, ...], below: Sequence[Sequence[Unit]], longest: int, settings: LayoutSettings
               ) -> list[tuple[Unit, ...]]:
    """Runs of the lines below that start directly under `run`: the unit there and the words
    following it along its line, each length a candidate."""
    out: list[tuple[Unit, ...]] = []
    flat = [u for line in below for u in line]
    for other in _stacked(run, flat, settings):
        line = next(ln for ln in below if any(u is other for u in ln))
        chain: tuple[Unit, ...] = ()
        start = [id(u) for u in line].index(id(other))
        length = 0
        for unit in line[start:]:
            if chain and _apart(chain[-1], unit, settings):
                break
            chain = (*chain, unit)
            letters = len(fold(unit.text))
            length += letters
            if length > longest + 2:
                break
            if letters:
                out.append(chain)
    return out


def _apart(left: Unit, right: Unit, settings: LayoutSettings) -> bool:
    """Further apart along a line than words of one phrase."""
    return right.x0 - left.x1 > settings.label_word_gap_em * max(right.size, right.height * 0.7)


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
