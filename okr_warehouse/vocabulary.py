"""Every Finnish word the code looks for, in one place (data only).

Labels are matched after `text.fold()` (lower case, no diacritics, no hyphens
or spaces), so one spelling here covers "Luottavaisuus-arvio", "LUOTTAVAISUUS
arvio" and OCR's "Luottavaisuusarvio". See ../shared/GLOSSARY.md.
"""

from __future__ import annotations

# Column headers of the key-result confidence table (seed 003).
CONFIDENCE_TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "division": ("Toimiala",),
    "result_area": ("Tulosalue",),
    "goal": ("Tavoite",),
    "key_result": ("Avaintulos",),
    "confidence": ("Luottavaisuusarvio", "Luottavaisuus", "Luottamusarvio"),
}

# Organisation names as reports print them; the value is the canonical name.
ORGANIZATIONS: dict[str, str] = {
    "Kanta-Hämeen hyvinvointialue": "Kanta-Hämeen hyvinvointialue",
    "Kanta-Hämeen hyvinvointialueen": "Kanta-Hämeen hyvinvointialue",
}

# Report periods as printed in headers and cells.
PERIODS: dict[str, str] = {
    "Lähtötilanne": "baseline",
    "Lähtötaso": "baseline",
    "Q1": "Q1",
    "Q2": "Q2",
    "Q3": "Q3",
    "Q4": "Q4",
    "Vuosi": "year",
    "Koko vuosi": "year",
}

# Cell texts that are placeholders, never values (GLOSSARY "How values are printed").
PLACEHOLDERS: frozenset[str] = frozenset({"-", "–", "—", "xx", "yyy", "na", "n/a", "ei mittaria", ""})

# Goal year-end result labels (GLOSSARY "Traffic lights"). Longest first: the
# matcher takes the first label contained in the text.
GOAL_STATUS_LABELS: tuple[tuple[str, str], ...] = (
    ("toteutumista ei voida arvioida", "not_assessable"),
    ("toteutui osittain", "partially_achieved"),
    ("ei toteutunut", "not_achieved"),
    ("toteutui", "achieved"),
)

# Quarter light labels.
LIGHT_LABELS: tuple[tuple[str, str], ...] = (
    ("Työ edistyy suunnitellusti", "on_track"),
    ("Etenee", "on_track"),
    ("Työn toteutuksessa haasteita, joita ratkaistaan", "at_risk"),
    ("Huomioitava", "at_risk"),
    ("Työ ei etene, tarvitaan tukea", "off_track"),
    ("Ei etene", "off_track"),
)

# Task states (Tehtävän tila).
TASK_STATES: tuple[tuple[str, str], ...] = (
    ("Ei aloitettu", "not_started"),
    ("Kesken", "in_progress"),
    ("Valmis", "done"),
)

# --- quarterly_review (seeds 000, 002) -------------------------------------------------

# --- annual_review (seed 001) -------------------------------------------------------------

# --- binding_goals_annual (seed 004) -------------------------------------------------------
