"""Split the flattened rows of a confidence-table text export into their cells.

A row of the export is its cells' words in reading order with nothing between the
columns: "Ikäihmisten palvelut Asiakasohjaus Asiakas saa … ensikontaktissa 80 % … 98".
The division and the score are taken off by `kr_confidence_text`; here the rest
(result area + goal + key result) is split with what the document itself repeats,
the most certain rule first:

1. the county goal (the page title) is the goal of many rows: where it follows the
   first words, those words are the result area;
2. a result area seen under rule 1 is known elsewhere too; otherwise the result area
   runs up to the next word that starts with a capital (an all-capitals abbreviation
   such as "PTH" opens a name rather than ending it);
3. neighbouring rows of one result area repeat their goal: their longest common prefix
   that ends where both key results start (a capital or a digit) is the goal, and a
   goal found so is recognised in any other row;
4. otherwise the goal goes on over its wrapped lines until a line starts with a capital
   or a digit, or until a sentence ends and a capital follows (the key result's first
   line joined to the goal's last), whichever comes first.

Rule 3 compares words exactly as printed ("90%" is not "90 %"), so two key results
under one goal never lengthen it.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from okr_warehouse.text import fold

from ..page import Geometry

Token = Geometry
"""A word with "text", its box, "page", "line" (running line number) and "starts_line"."""

MAX_RESULT_AREA_WORDS = 6
MIN_GOAL_WORDS = 2
# Our parse certainty per rule (provenance parse_score).
CERTAINTY = {"title": 0.95, "known_area": 0.95, "area_case": 0.8, "repeated": 0.9, "known_goal": 0.9,
             "lines": 0.75, "sentence": 0.6}
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u00ad"
_OPENERS = "(\"'«“"


def split_cells(rows: list[dict[str, Any]], issues: list[str]) -> None:
    """Set each row's "result_area", "goal" and "key_result" token lists and "parse_score"."""
    titles = {fold(row["title"].text) for row in rows if row["title"] is not None}
    for row in rows:
        if row["body"]:
            _by_title(row, titles)
    areas = {_folded(row["body"][:row["n_area"]]) for row in rows if "n_area" in row}
    for row in rows:
        if row["body"] and "n_area" not in row:
            _result_area(row, areas)
    _repeated_goals(rows)
    goals = {_folded(_rest(row)[:row["n_goal"]]) for row in rows if row.get("n_goal")}
    for row in rows:
        if "n_area" in row and "n_goal" not in row:
            _goal(row, goals)
    for row in rows:
        _finish(row, issues)


def token_text(tokens: list[Token]) -> str:
    return " ".join(t["text"] for t in tokens)


def _folded(tokens: list[Token]) -> str:
    return "".join(fold(t["text"]) for t in tokens)


def _rest(row: dict[str, Any]) -> list[Token]:
    return row["body"][row["n_area"]:]


def _rule(row: dict[str, Any], rule: str) -> None:
    row["parse_score"] = min(row.get("parse_score", 1.0), CERTAINTY[rule])
    row.setdefault("rules", []).append(rule)


def _prefix_length(tokens: list[Token], target: str) -> int:
    """How many leading tokens spell `target` once folded (0 when they do not)."""
    folded = ""
    for count, token in enumerate(tokens, start=1):
        folded += fold(token["text"])
        if folded == target:
            return count
        if not target.startswith(folded):
            return 0
    return 0


def _opens(token: Token) -> bool:
    """Whether a word can open a cell: a capital or a digit (also after an opening bracket)."""
    text = token["text"].lstrip(_OPENERS)
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def _acronym(token: Token) -> bool:
    text = token["text"]
    return text.isalpha() and text.isupper() and len(text) <= 5


def _hyphenated(token: Token) -> bool:
    return token["text"][-1] in _HYPHENS


def _by_title(row: dict[str, Any], titles: set[str]) -> None:
    """Rule 1: the county goal follows the result area."""
    body = row["body"]
    for start in range(1, min(MAX_RESULT_AREA_WORDS, len(body) - 1) + 1):
        for title in titles:
            length = _prefix_length(body[start:], title)
            if length and start + length < len(body) and _opens(body[start]) and _opens(body[start + length]):
                row["n_area"], row["n_goal"] = start, length
                _rule(row, "title")
                return


def _result_area(row: dict[str, Any], areas: set[str]) -> None:
    """Rule 2: a result area known from another row, or the words up to the next capital."""
    body = row["body"]
    longest = min(MAX_RESULT_AREA_WORDS, len(body) - 2)
    for count in range(longest, 0, -1):
        if _folded(body[:count]) in areas and _opens(body[count]):
            row["n_area"] = count
            _rule(row, "known_area")
            return
    for count in range(1, longest + 1):
        if _opens(body[count]) and not all(_acronym(t) for t in body[:count]) and not _hyphenated(body[count - 1]):
            row["n_area"] = count
            _rule(row, "area_case")
            return


def _scope(row: dict[str, Any]) -> tuple[str, str]:
    return _folded(row["division"]), _folded(row["body"][:row["n_area"]])


def _repeated_goals(rows: list[dict[str, Any]]) -> None:
    """Rule 3: neighbours of one result area share their goal's words."""
    for first, second in pairwise(rows):
        if "n_area" not in first or "n_area" not in second or _scope(first) != _scope(second):
            continue
        length = _shared_goal(_rest(first), _rest(second))
        if length < MIN_GOAL_WORDS:
            continue
        for row in (first, second):
            if "title" not in row.get("rules", []):
                row["n_goal"] = max(row.get("n_goal", 0), length)
                if "repeated" not in row.get("rules", []):
                    _rule(row, "repeated")


def _shared_goal(first: list[Token], second: list[Token]) -> int:
    """The longest common prefix of two rows that ends where both key results can start."""
    common = 0
    while common < min(len(first), len(second)) - 1 and first[common]["text"] == second[common]["text"]:
        common += 1
    for length in range(common, MIN_GOAL_WORDS - 1, -1):
        if _opens(first[length]) and _opens(second[length]) and not _hyphenated(first[length - 1]):
            return length
    return 0


def _goal(row: dict[str, Any], goals: set[str]) -> None:
    """Rules 3 (a goal repeated elsewhere) and 4 (wrapped lines, sentence end)."""
    rest = _rest(row)
    for goal in sorted(goals, key=len, reverse=True):
        length = _prefix_length(rest, goal)
        if length and length < len(rest) and _opens(rest[length]):
            row["n_goal"] = length
            _rule(row, "known_goal")
            return
    by_lines, by_sentence = _goal_by_lines(rest), _goal_by_sentence(rest)
    if by_lines or by_sentence:
        use_lines = bool(by_lines) and (not by_sentence or by_lines <= by_sentence)
        row["n_goal"] = by_lines if use_lines else by_sentence
        _rule(row, "lines" if use_lines else "sentence")


def _goal_by_lines(rest: list[Token]) -> int:
    """The goal's wrapped lines end where a line starts with a capital or a digit."""
    for index in range(1, len(rest)):
        if rest[index]["starts_line"] and _opens(rest[index]) and not _hyphenated(rest[index - 1]):
            return index
    return 0


def _goal_by_sentence(rest: list[Token]) -> int:
    """The goal ends with its sentence, where the key result's first line joined its last."""
    for index in range(1, len(rest)):
        if rest[index - 1]["text"][-1] in ".!?" and _opens(rest[index]):
            return index
    return 0


def _finish(row: dict[str, Any], issues: list[str]) -> None:
    body = row["body"]
    where = f"page {(body or row['division'])[0]['page']}"
    if "n_area" not in row:
        issues.append(f"{where}: no result area, goal and key result in row {token_text(row['division'] + body)!r}"
                      "; skipped")
        row["key_result"] = None
        return
    rest = _rest(row)
    goal_length = row.get("n_goal", 0)
    if not goal_length:
        issues.append(f"{where}: cannot tell the goal from the key result in {token_text(rest)!r}")
    row["result_area"] = body[:row["n_area"]]
    row["goal"] = rest[:goal_length]
    row["key_result"] = rest[goal_length:]
