"""Identity: which mentions of goals and key results, across reports and years, are one entity.

Pure functions; the load stage feeds them every mention in the warehouse and stores
the links. Matching (issue 6):
- texts are compared after `match_text` (case, diacritics, hyphenation, punctuation,
  bullet marks and years folded away) with rapidfuzz scorers that tolerate reordered
  (token_sort_ratio) and inserted (token_set_ratio) words;
- guards keep different things apart: another organisation, level, goal system
  (2024 council-binding goals vs OKR goals), division or result area is another
  entity; target numbers ("80 %" vs "90 %", "5-10 %") must agree; two mentions in
  one report never merge;
- clustering is agglomerative over all mentions in a fixed order (score, then keys),
  so the grouping does not depend on the order documents were ingested;
- a person's override ("same" / "different", keyed by texts) always wins.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from okr_warehouse.text import fold

AUTO_MERGE = {"goal": 88.0, "key_result": 80.0}
"""Score from which two guarded mentions are the same entity without a person. Key results
are only ever compared within one result area or one goal, where siblings are few and
distinct, so rewordings there ("yhdellä kontaktilla" → "yhdellä yhteydenotolla") may
score lower."""
REVIEW_BAND = (72.0, 95.0)
"""Links (or near-misses) scoring in this band are listed by `okr-warehouse review`."""
SCORER = "rapidfuzz:max(token_sort_ratio,0.95*token_set_ratio)"

_YEAR = re.compile(r"\b(19|20)\d\d\b")
_NUMBER = re.compile(r"\d+(?:[,.]\d+)?")
_BULLETS = "•▪‣◦●■-–—*·"


@dataclass(frozen=True)
class Mention:
    """One goal or key-result mention as identity sees it."""

    mention_id: str
    kind: str  # goal | key_result
    report_id: str
    text: str
    organization: str | None
    level: str | None  # goals: hva | result_area
    system: str  # okr | council (2024 council-binding goals)
    division: str | None
    result_area: str | None
    parent_group: str | None = None  # key results of county goals: their goal's entity


@dataclass(frozen=True)
class Override:
    kind: str
    text_a: str
    text_b: str
    decision: str  # same | different


@dataclass(frozen=True)
class Link:
    mention_id: str
    group: int  # cluster number within this run
    score: float  # best score to the rest of its cluster (100 alone or exact)
    rule: str  # exact | fuzzy | override:same | alone


def match_text(text: str) -> str:
    """Text for fuzzy comparison: lower case, no diacritics, bullets, punctuation or years."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = _YEAR.sub(" ", plain.lstrip(_BULLETS + " "))
    plain = re.sub(r"(\w)-\s+(\w)", r"\1\2", plain)  # "palvelukoko- naisuuksien"
    plain = re.sub(r"[^\w%]+", " ", plain)
    return " ".join(plain.split())


def target_numbers(text: str) -> tuple[str, ...]:
    """Numbers that state a target ("80 %", "5-10 %", "5 kriittisen"), years left out."""
    without_years = _YEAR.sub(" ", text)
    return tuple(sorted(n.replace(",", ".") for n in _NUMBER.findall(without_years)))


def similarity(a: str, b: str) -> float:
    ta, tb = match_text(a), match_text(b)
    if ta == tb:
        return 100.0
    return max(fuzz.token_sort_ratio(ta, tb), 0.95 * fuzz.token_set_ratio(ta, tb))


def block_key(m: Mention) -> tuple[object, ...]:
    """Mentions in different blocks are never the same entity."""
    return (m.kind, m.level or "", m.system, fold(m.division or ""), fold(m.result_area or ""), m.parent_group or "")


def guarded(a: Mention, b: Mention) -> bool:
    """True when nothing but the text score stands between a and b. Organisations must
    agree where both reports print one; many decks print none (seed 002)."""
    if a.organization and b.organization and fold(a.organization) != fold(b.organization):
        return False
    return a.report_id != b.report_id and target_numbers(a.text) == target_numbers(b.text)


def _override_index(overrides: Iterable[Override]) -> dict[tuple[str, str, str], str]:
    index: dict[tuple[str, str, str], str] = {}
    for o in overrides:
        low, high = sorted((match_text(o.text_a), match_text(o.text_b)))
        key = (o.kind, low, high)
        index[key] = o.decision  # a later decision on the same pair replaces an earlier one
    return index


def _decision(index: Mapping[tuple[str, str, str], str], a: Mention, b: Mention) -> str | None:
    low, high = sorted((match_text(a.text), match_text(b.text)))
    return index.get((a.kind, low, high))


def cluster(mentions: Sequence[Mention], overrides: Iterable[Override] = ()) -> list[Link]:
    """Group mentions into entities; deterministic for a given set of mentions."""
    index = _override_index(overrides)
    ordered = sorted(mentions, key=lambda m: (block_key(m), match_text(m.text), m.mention_id))
    group = {m.mention_id: i for i, m in enumerate(ordered)}
    members: dict[int, list[Mention]] = {i: [m] for i, m in enumerate(ordered)}
    best: dict[str, tuple[float, str]] = {m.mention_id: (100.0, "alone") for m in ordered}
    for score, a, b, rule in _candidate_edges(ordered, index):
        ga, gb = group[a.mention_id], group[b.mention_id]
        if ga == gb or not _can_merge(members[ga], members[gb], index, rule):
            continue
        for m in members[gb]:
            group[m.mention_id] = ga
        members[ga] += members.pop(gb)
        for m in (a, b):
            if best[m.mention_id][1] == "alone" or score > best[m.mention_id][0]:
                best[m.mention_id] = (score, rule)
    return [Link(m.mention_id, group[m.mention_id], *best[m.mention_id]) for m in ordered]


def _candidate_edges(ordered: Sequence[Mention], index: Mapping[tuple[str, str, str], str]
                     ) -> list[tuple[float, Mention, Mention, str]]:
    edges = []
    blocks: dict[tuple[object, ...], list[Mention]] = {}
    for m in ordered:
        blocks.setdefault(block_key(m), []).append(m)
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                decision = _decision(index, a, b)
                if decision == "same":
                    edges.append((101.0, a, b, "override:same"))
                elif decision != "different" and guarded(a, b):
                    score = similarity(a.text, b.text)
                    if score >= AUTO_MERGE[a.kind]:
                        edges.append((score, a, b, "exact" if score == 100.0 else "fuzzy"))
    # Overrides first, then by score; ties by ids so the result does not depend on input order.
    return sorted(edges, key=lambda e: (-e[0], e[1].mention_id, e[2].mention_id))


def _can_merge(left: list[Mention], right: list[Mention], index: Mapping[tuple[str, str, str], str],
               rule: str) -> bool:
    """Never two mentions of one report in one entity, never against a 'different' decision."""
    for a in left:
        for b in right:
            if _decision(index, a, b) == "different":
                return False
            if a.report_id == b.report_id and rule != "override:same":
                return False
    return True


def review_pairs(mentions: Sequence[Mention], entity_of: Mapping[str, str]
                 ) -> list[tuple[float, Mention, Mention, bool]]:
    """Pairs in the review band: (score, a, b, linked now) for a person to confirm or correct."""
    group = entity_of
    blocks: dict[tuple[object, ...], list[Mention]] = {}
    for m in mentions:
        blocks.setdefault(block_key(m), []).append(m)
    pairs = []
    seen: set[tuple[str, str]] = set()
    for block in blocks.values():
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                key = tuple(sorted((match_text(a.text), match_text(b.text))))
                if key in seen or a.report_id == b.report_id:
                    continue
                score = similarity(a.text, b.text)
                if REVIEW_BAND[0] <= score < REVIEW_BAND[1]:
                    seen.add(key)  # type: ignore[arg-type]
                    pairs.append((score, a, b, group.get(a.mention_id) == group.get(b.mention_id)))
    return sorted(pairs, key=lambda p: p[0])


def _anchor(members: Sequence[Mention]) -> Mention:
    return min(members, key=lambda m: (match_text(m.text), m.mention_id))


def new_entity_id(prefix: str, members: Sequence[Mention]) -> str:
    """An id for a new entity, from its first member in a fixed order."""
    anchor = _anchor(members)
    digest = hashlib.sha1(f"{block_key(anchor)!r}\x1f{match_text(anchor.text)}".encode())
    return f"{prefix}_{digest.hexdigest()[:16]}"


def assign_ids(prefix: str, mentions: Sequence[Mention], links: Sequence[Link], previous: Mapping[str, str]
               ) -> tuple[dict[str, str], dict[str, str]]:
    """Entity ids for this clustering that keep every id already given out.

    A group keeps the previous id most of its members held; a new group gets a new
    id; an old id whose members all joined another id's group becomes an alias of it.
    Returns (mention id → entity id, alias id → entity id).
    """
    by_id = {m.mention_id: m for m in mentions}
    groups: dict[int, list[Mention]] = {}
    for link in links:
        groups.setdefault(link.group, []).append(by_id[link.mention_id])
    assigned: dict[str, str] = {}
    taken: set[str] = set()
    for members in sorted(groups.values(), key=lambda ms: (match_text(_anchor(ms).text), _anchor(ms).mention_id)):
        held = [previous[m.mention_id] for m in members if m.mention_id in previous]
        ranked = sorted(set(held), key=lambda i: (-held.count(i), i))
        keep = next((i for i in ranked if i not in taken), None) or _unique(new_entity_id(prefix, members), taken)
        taken.add(keep)
        for m in members:
            assigned[m.mention_id] = keep
    still_used = set(assigned.values())
    aliases = {}
    for mention, old in previous.items():
        if old not in still_used and mention in assigned:
            aliases[old] = assigned[mention]
    return assigned, aliases


def _unique(candidate: str, taken: set[str]) -> str:
    suffix, unique = 1, candidate
    while unique in taken:
        suffix += 1
        unique = f"{candidate}-{suffix}"
    return unique


def report_id(sha256: str) -> str:
    return "r_" + sha256[:16]


def mention_id(report: str, ref: str) -> str:
    return f"{report}/{ref}"
