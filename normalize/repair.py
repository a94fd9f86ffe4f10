"""OCR repair: lost or mangled Finnish letters, decimal commas, stray symbols (issue 5).

Repair only ever replaces OCR'd text by a text the tool has reason to trust:
1. a whole text (goal, key result, KPI name, label) that earlier native reports in
   the warehouse already hold, or the report vocabulary, when it is the same text up to
   diacritics and a few mangled letters;
2. otherwise word by word, a word that is one of the lexicon's words with its
   diacritics lost ("seka" → "sekä", "Tyo" → "Työ") or a few letters mangled
   ("Pydroovi" → "Pyöröovi") — never a word the lexicon does not know.
The raw text stays in the provenance (`text_printed`) beside the repaired one.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from okr_warehouse.vocabulary import GLOSSARY_WORDS, QUARTERLY_KPI_NAMES

WHOLE_TEXT_MIN = 90.0
"""A whole OCR text is replaced by a trusted text scoring at least this (rapidfuzz ratio, diacritics folded)."""
_DIACRITIC_LETTERS = frozenset("äöå")
# What OCR prints for each Finnish letter it cannot read (seed 000: "tehtdvista", "todennékoisesti",
# "Pydroovi", "kaytt6on"): a word is repaired only through these, so "tietoa" never becomes "tietää".
_MISREADS = {"ä": frozenset("adéeáàã4"), "ö": frozenset("odé60óòôe"), "å": frozenset("aá")}
_STRAY = re.compile(r"^[\s»«•*+·\\|~_'‘’\"]+|[\s»«•*+·\\|~_‘’]+$")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _key(text: str) -> str:
    return " ".join(strip_accents(text).lower().split())


@dataclass
class Lexicon:
    """What repair trusts: whole texts and their words (from vocabulary and native reports)."""

    texts: dict[str, str] = field(default_factory=dict)  # folded key → text as printed natively
    words: dict[str, str] = field(default_factory=dict)  # folded word → word with its diacritics
    by_length: dict[int, set[str]] = field(default_factory=dict)  # words with diacritics, by length

    @classmethod
    def build(cls, trusted_texts: Iterable[str]) -> Lexicon:
        lexicon = cls()
        # The KPI names a report prints (GLOSSARY): OCR reads "NPS" as "NPs" (tp2025_hva_tavoitteet_scan.pdf).
        for text in (*GLOSSARY_WORDS, *QUARTERLY_KPI_NAMES, *trusted_texts):
            text = " ".join(text.split())
            if not text:
                continue
            lexicon.texts.setdefault(_key(text), text)
            for word in _WORD.findall(text):
                folded = strip_accents(word).lower()
                # Prefer the spelling with ä/ö when both were seen.
                if folded not in lexicon.words or strip_accents(lexicon.words[folded]) == lexicon.words[folded]:
                    lexicon.words[folded] = word
                if any(ch in _DIACRITIC_LETTERS for ch in word.lower()):
                    lexicon.by_length.setdefault(len(word), set()).add(word)
        return lexicon


def lost_diacritics(texts: Iterable[str]) -> bool:
    """True when Finnish text shows (almost) no ä/ö: an OCR or export that dropped them.
    Finnish prose has ä/ö in several per cent of its letters."""
    letters = marked = 0
    for text in texts:
        for ch in text.lower():
            if ch.isalpha():
                letters += 1
                marked += ch in _DIACRITIC_LETTERS
    return letters >= 200 and marked / letters < 0.005


def repair(text: str, lexicon: Lexicon) -> str:
    """The repaired text (unchanged when nothing trusted is close enough)."""
    cleaned = _STRAY.sub("", text).strip()
    if not cleaned:
        return text
    key = _key(cleaned)
    if key in lexicon.texts:
        return lexicon.texts[key]
    if len(key) >= 12 and lexicon.texts:
        match = process.extractOne(key, lexicon.texts.keys(), scorer=fuzz.ratio, score_cutoff=WHOLE_TEXT_MIN)
        if match:
            return lexicon.texts[match[0]]
    return _WORD.sub(lambda m: _repair_word(m.group(), lexicon), cleaned)


def _repair_word(word: str, lexicon: Lexicon) -> str:
    folded = strip_accents(word).lower()
    known = lexicon.words.get(folded)
    if known is None and len(word) >= 4:
        known = _mangled_diacritics(word.lower(), lexicon)
    if known is None:
        return word
    return _same_case(known, word)


def _mangled_diacritics(word: str, lexicon: Lexicon) -> str | None:
    """The one lexicon word equal to `word` except where the lexicon word has ä/ö/å
    and the printed letter is a known misreading of it ("Pydroovi" → "Pyöröovi")."""
    found = None
    for candidate in lexicon.by_length.get(len(word), ()):
        if all(c == w or w in _MISREADS.get(c, ()) for c, w in zip(candidate.lower(), word, strict=True)):
            if found is not None and found != candidate:
                return None  # ambiguous: leave the word as printed
            found = candidate
    return found


def _same_case(known: str, printed: str) -> str:
    if printed.isupper() and len(printed) > 1:
        return known.upper()
    if printed[:1].isupper():
        return known[:1].upper() + known[1:]
    return known[:1].lower() + known[1:] if known[1:].islower() or len(known) == 1 else known


def repair_number_text(text: str, lower: float | None = None, upper: float | None = None) -> str:
    """A number OCR read without its decimal comma ("855" for an NPS of 85,5, "894%" for a
    share of 89,4 %): when the value must lie in [lower, upper] and does not, put the comma
    back before the last digit."""
    match = re.fullmatch(r"(-?\d{2,4})(\s*%?)", text.strip())
    if lower is None or upper is None or match is None:
        return text
    digits, unit = match.groups()
    value = int(digits)
    if lower <= value <= upper:
        return text
    candidate = f"{digits[:-1]},{digits[-1]}{unit}"
    return candidate if lower <= value / 10 <= upper else text


_CELL = re.compile(r"^(-?\d+(?:,(\d+))?)\s*(\S{0,3})$")
_SPECK_BEFORE_UNIT = re.compile(r"^(-?\d+(?:,\d+)?)\s+\S{1,2}\s+(\S{1,3})$")
_FRAME = " |[]{}"
_GLUED_FRAME = re.compile(r"^[|Il\[\]T](?=\d+(?:,\d+)?\s*\S{0,3}$)")


def _cleaned(text: str) -> str:
    """A value cell without what OCR read of the table around it: a frame line at either end
    ("94,4% |", "T712%": a cell border glued to the number), a speck between the number and
    its unit ("92,3 9 %", a marker's remains)."""
    text = _GLUED_FRAME.sub("", text.strip(_FRAME))
    speck = _SPECK_BEFORE_UNIT.match(text)
    return f"{speck.group(1)} {speck.group(2)}" if speck and speck.group(2) in _UNITS else text


def repair_cell(text: str, siblings: Iterable[str]) -> str:
    """An OCR'd value cell repaired by the other cells of its row (okr_q2_2025_scan.pdf):
    a short unknown suffix after the number is the row's unit misread ("70,11 ja." → "70,11 %");
    a percentage over 100 whose row holds only decimal percentages lost its comma, which goes
    where most of the row has it ("712%" → "71,2%"); frame lines and specks around it go."""
    text = _cleaned(text)
    match = _CELL.match(text)
    if not match:
        return text
    number, decimals, suffix = match.groups()
    parsed_siblings = [m for m in (_CELL.match(_cleaned(s)) for s in siblings) if m]
    units = [m.group(3) for m in parsed_siblings if m.group(3) in _UNITS]
    unit = max(set(units), key=units.count) if units else None
    if suffix and suffix not in _UNITS:
        text, suffix = (f"{number} {unit}" if unit else number), unit or ""
    places = _usual_decimals(parsed_siblings)
    if suffix == "%" and decimals is None and places and int(number) > 100 and len(number) > places + 1:
        candidate = f"{number[:-places]},{number[-places:]}"
        if _nearer(candidate, number, [m.group(1) for m in parsed_siblings]):
            return candidate + text[len(number):]
    return text


def _nearer(candidate: str, printed: str, row: list[str]) -> bool:
    """Whether the repaired number lies nearer (in ratio) to the row's median than the printed one."""
    values = sorted(abs(float(v.replace(",", "."))) for v in row)
    middle = values[len(values) // 2]
    new, old = float(candidate.replace(",", ".")), float(printed)
    return middle > 0 and new > 0 and abs(math.log(new / middle)) < abs(math.log(old / middle))


def _usual_decimals(cells: list[re.Match[str]]) -> int | None:
    """The decimal places most of a row's numbers print, when every one prints some."""
    places = [len(m.group(2)) for m in cells if m.group(2)]
    if not places or len(places) < len(cells):
        return None
    return min(set(places), key=lambda p: (-places.count(p), p))


_UNITS = frozenset({"%", "min", "kpl", "/kk", "€"})
