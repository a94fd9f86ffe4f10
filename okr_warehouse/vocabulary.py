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

# Words before a report's fiscal year and quarter in titles and filter lines ("Vuosi 2025 ·
# Kvartaali Q4", "TP 2025", "Tilinpäätös 2025"); extract.engine.meta.
META_YEAR_LABELS: tuple[str, ...] = ("Vuosi", "Tilinpäätös", "TP", "Vuosiraportti", "Toimintavuosi")
META_QUARTER_LABELS: tuple[str, ...] = ("Kvartaali", "Neljännes", "Vuosineljännes")

# Period column headers beyond PERIODS' exact labels: "2. kvartaali", "1. neljännes"
# (extract.engine.periods reads "Q2/2025", "Q2 2025", "2025 Q2" itself).
QUARTER_WORDS: tuple[str, ...] = ("kvartaali", "neljännes", "vuosineljännes")
BASELINE_LABELS: tuple[str, ...] = ("Lähtötilanne", "Lähtötaso", "Lähtöarvo")
# The row-label column of a period table, where its header names it.
PERIOD_TABLE_LABEL_COLUMNS: tuple[str, ...] = ("Avaintulos", "Avaintulokset", "Mittari", "Mittarit", "KPI",
                                                "KPI-mittari", "KPI-mittarit")

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

# KPIs whose values must lie in a range (GLOSSARY "KPIs that recur"), keyed by folded name:
# an OCR'd value outside it lost its decimal comma.
KPI_RANGES: dict[str, tuple[float, float]] = {
    "nps": (-100.0, 100.0),
    "npsindeksi": (-100.0, 100.0),
    "prom": (0.0, 100.0),
    "palveluajat": (0.0, 100.0),  # a share of services reached within the statutory time
}

# KPIs reported on a scale the KPI definition states (GLOSSARY: "2,60" service events = 2 600 000),
# keyed by folded name: the value stays as printed, the unit says the scale.
KPI_UNITS: dict[str, str] = {
    "palvelutapahtumienmaara": "milj.",
}

# Words and phrases with Finnish letters that reports print (GLOSSARY): the lexicon
# OCR repair trusts besides the texts of native reports already in the warehouse.
GLOSSARY_WORDS: tuple[str, ...] = (
    "Työ edistyy suunnitellusti", "Työn toteutuksessa haasteita, joita ratkaistaan",
    "Työ ei etene, tarvitaan tukea", "Lähtötilanne", "Tiivistelmä", "Kuvaus tavoitteen etenemisestä",
    "Strateginen painopiste", "Avaintulokset ja seuranta", "KPI-mittarit", "Päätehtävät", "Vastuuhenkilö",
    "Tehtävän tila", "Tavoitteen omistaja", "Mittarin arvo / tilanne", "Luottavaisuusarvio",
    "Palvelutapahtumien määrä", "Pyöröovi", "Palveluajat", "Lähtövaihtuvuus", "Tulovaihtuvuus",
    "Terveysperusteiset poissaolot", "Järjestämme vaikuttavat palvelut", "Autamme sopivalle polulle",
    "Osaamme ennakoida", "Onnistumme toisiimme luottaen", "Kanta-Hämeen hyvinvointialue", "Oma Häme",
    "Ikäihmisten palvelut", "Perhe-, sosiaali- ja vammaispalvelut", "Konserni- ja tukipalvelut",
    "sekä", "että", "myös", "yhdellä", "tietää", "jälkeen", "määrä", "mennessä", "läpimenoaika", "vähenee",
    "kehitys", "tehtävät", "tehtävistä", "yhteydenottokanavasta", "vähintään", "lakisääteinen",
    "lakisääteisessä", "päivystyksestä", "päivystykseen", "sisällä", "osuus", "ympärille", "yhdessä",
    "kyseisen", "minkä", "työ", "hyödyllisenä", "työyksiköistä", "henkilöstöstä", "kokee", "tekevänsä",
    "työtä", "työhönsä", "tehtyjen", "päätösten",
)

# --- quarterly_review (seeds 000, 002) -------------------------------------------------

# A goal slide's (and its progress slide's) title: "Tavoite: Asiakas saa …" — the label
# before the colon.
QUARTERLY_GOAL_TITLE: tuple[str, ...] = ("Tavoite",)

# Section labels of a goal slide; matched after fold(), a trailing colon ignored.
QUARTERLY_THEME_LABELS: tuple[str, ...] = ("Strateginen painopiste", "Strategian painopiste")
QUARTERLY_KR_HEADINGS: tuple[str, ...] = ("Avaintulokset ja seuranta", "Avaintulokset")
QUARTERLY_KPI_HEADINGS: tuple[str, ...] = ("KPI-mittarit ja seuranta", "KPI-mittarit", "KPI mittarit", "Mittarit")
QUARTERLY_SUMMARY_HEADINGS: tuple[str, ...] = ("Tiivistelmä", "Tavoitteen tiivistelmä")
QUARTERLY_PROGRESS_HEADINGS: tuple[str, ...] = ("Kuvaus tavoitteen etenemisestä",)

# The deck's title slide ("Strategian toimeenpano - tavoitteet, avaintulokset ja tehtävät
# 2025"): a largest-font title holding one of these phrases names the report and its year.
QUARTERLY_TITLE_PHRASES: tuple[str, ...] = (
    "tavoitteet, avaintulokset ja tehtävät", "Strategian toimeenpano", "Avaintulokset ja seuranta",
)

# Printed year context inside a key result: "… lyhenee vuoden 2025 loppuun mennessä" —
# the word before the year and the word after it.
QUARTERLY_YEAR_END_PHRASE: tuple[str, str] = ("vuoden", "loppuun")

# The light legend that only the quarterly deck prints on its goal slides (the first
# words of "Työ edistyy suunnitellusti"), for detection.
QUARTERLY_LEGEND_START: str = "Työ edistyy"
# A cover's words that make a year in its title the report's year ("OKR-seuranta 2025").
QUARTERLY_COVER_WORDS: tuple[str, ...] = ("seuranta", "OKR", "tavoitteet", "raportti", "katsaus")
# A goal's title continued on the next slide: "… (jatkuu)".
CONTINUATION_WORDS: tuple[str, ...] = ("jatkuu", "jatkoa", "jatk.")
# A period table's label-column header naming it the KPI table.
KPI_LABEL_COLUMNS: tuple[str, ...] = ("KPI", "Mittari", "Mittarit", "KPI-mittari", "KPI-mittarit")

# Year-end result labels ("Tavoite toteutui", "Avaintulos ei toteutunut", …): a short
# text ending in one of these is an annual (TP) report's verdict, never a quarterly deck's.
QUARTERLY_RESULT_ENDINGS: tuple[str, ...] = (
    "toteutui", "toteutui osittain", "ei toteutunut", "toteutumista ei voida arvioida",
)

# Text exports of the deck (seeds 000, 002). The deck's own list of KPI abbreviations
# ("KPI-mittareiden lyhenteet": "NPS: Yleinen asiakastyytyväisyys …") names its KPIs; with
# the recurring KPIs below (GLOSSARY "KPIs that recur") they are the names recognised at
# the end of OCR lines where the KPI table's column is interleaved with the summary text.
QUARTERLY_KPI_GLOSSARY_HEADINGS: tuple[str, ...] = ("KPI-mittareiden lyhenteet", "KPI-mittarien lyhenteet")
QUARTERLY_KPI_NAMES: tuple[str, ...] = (
    "NPS", "Palveluajat", "Pyöröovi", "PROM", "Palvelutapahtumien määrä", "Lähtövaihtuvuus",
    "Tulovaihtuvuus", "Terveysperusteiset poissaolot",
)
# A cell "TP 2024" refers to the year-end figure of that year (a baseline): the word before the year.
QUARTERLY_REFERENCE_WORDS: tuple[str, ...] = ("TP",)
# Label-column headers of the key-result and KPI tables (a line of their own in a text export).
QUARTERLY_LABEL_COLUMNS: tuple[str, ...] = ("Avaintulos", "Avaintulokset", "Mittari", "KPI")

# --- annual_review (seed 001) -------------------------------------------------------------

# Words of the report title that make it a year-end (financial statement) report: "TP 2025",
# "Tilinpäätös 2025"; the year follows the word.
ANNUAL_TITLE_WORDS: tuple[str, ...] = ("TP", "Tilinpäätös", "Tilinpäätöksen", "Vuosiraportti")

# A goal slide's title starts with this label ("Tavoite: Asiakas saa …").
ANNUAL_GOAL_TITLE: tuple[str, ...] = ("Tavoite", "HVA-tavoite")

# Labels on a goal slide and its narrative pages.
ANNUAL_THEME_LABELS: tuple[str, ...] = ("Strateginen painopiste", "Strategian painopiste", "Painopiste")
ANNUAL_OWNER_LABELS: tuple[str, ...] = ("Tavoitteen omistaja", "Tavoitteen omistajat", "Omistaja", "Vastuutaho")
ANNUAL_KR_HEADINGS: tuple[str, ...] = ("Avaintulokset ja seuranta", "Avaintulosten toteutuminen", "Avaintulokset")
ANNUAL_KPI_HEADINGS: tuple[str, ...] = ("KPI-mittarit ja seuranta", "KPI-mittarit", "KPI mittarit", "Mittarit")
ANNUAL_SUMMARY_HEADINGS: tuple[str, ...] = ("Tiivistelmä", "Tavoitteen kuvaus")
# A note printed under a key result ("Huom! Avaintulos ei ole mitattavissa, …") is not part of its text.
ANNUAL_KR_NOTE_PREFIXES: tuple[str, ...] = ("Huom",)

# The goal's year-end result label (the coloured box on the goal slide, the verdict on the
# owner's page, the rows of the assessment-rules table), with the goals.status it means.
ANNUAL_GOAL_RESULTS: tuple[tuple[str, str], ...] = (
    ("Tavoitteen toteutumista ei voida arvioida", "not_assessable"),
    ("Tavoite toteutui osittain", "partially_achieved"),
    ("Tavoite ei toteutunut", "not_achieved"),
    ("Tavoite toteutui", "achieved"),
)

# The key-result legend of a year-end report: each Q4 light says whether the key result
# was achieved. The light's kr_values.status (as the gold has it): green on_track, yellow
# at_risk, red off_track, grey (cannot be assessed) None.
ANNUAL_KR_ACHIEVEMENT_LABELS: tuple[tuple[str, str | None], ...] = (
    ("Avaintuloksen toteutumista ei voida arvioida", None),
    ("Avaintulos toteutui osittain", "at_risk"),
    ("Avaintulos ei toteutunut", "off_track"),
    ("Avaintulos toteutui", "on_track"),
)

# Overview dashboard (Power BI page): count cards, label → report_summary metric.
ANNUAL_SUMMARY_CARDS: dict[str, tuple[str, ...]] = {
    "hva_goals": ("HVA tavoitteiden määrä", "HVA-tavoitteiden määrä"),
    "result_area_goals": ("Tulosalueiden tavoitteiden määrä",),
    "result_area_key_results": ("Tulosalueiden avaintulosten määrä",),
    "confidence_assessments": ("Luottavaisuusarvioiden määrä",),
    "responsible_persons": ("Vastuuhenkilöiden määrä",),
    "tasks": ("Tehtävien määrä",),
}

# Dashboard donuts: metric prefix → the card metric holding the donut's total (for the one
# slice a donut prints no data label for). Legend labels: LIGHT_LABELS and TASK_STATES.
ANNUAL_SUMMARY_DONUT_TOTALS: dict[str, str] = {
    "confidence_by_light": "confidence_assessments",
    "tasks_by_state": "tasks",
}

# --- binding_goals_annual (seed 004) -------------------------------------------------------

# Texts that only the council-binding goals appendix prints (title, overview header).
BINDING_MARKERS: tuple[str, ...] = ("Sitovat strategiset tavoitteet", "valtuustotason sitova")

# Row labels of a goal's key-value part, as the layout engine reads them in any layout
# (variants: tools/samples/variants/binding.py prints these wordings; the goal's own
# responsible-person label too).
BINDING_KV_LABELS: dict[str, tuple[str, ...]] = {
    "goal": ("Tavoite", "Tavoite (valtuustotason sitova)"),
    "kpi": ("Mittari (KPI)", "Mittari", "KPI-mittari"),
    "theme": ("Strateginen painopiste", "Strategian painopiste", "Painopiste"),
    "owner": ("Mittarin vastuutaho", "Vastuutaho"),
}
# A word stem every binding appendix prints (its owner / responsible-person labels, also
# misspelt and hyphenated): detection reads a document page by page only when it is there.
BINDING_OWNER_STEMS: tuple[str, ...] = ("vastu",)
# Column headers of the main-task table (Päätehtävät); the timeline table starts with the
# same "Päätehtävät" but has quarter columns instead.
BINDING_TASK_HEADER: dict[str, tuple[str, ...]] = {
    "name": ("Päätehtävät", "Päätehtävä", "Tehtävät"),
    "responsible": ("Vastuuhenkilö", "Vastuhenkilö", "Vastuuhenkilöt", "Vastuutaho"),
    "description": ("Kuvaus", "Tehtävän kuvaus"),
    "status": ("Tilanne", "Tilanne %", "Tehtävän tila"),
}

# Block labels on a goal's pages.
BINDING_SUMMARY_LABELS: tuple[str, ...] = ("Tiivistelmä",)
BINDING_MEASURE_LABELS: tuple[str, ...] = ("Mittarin arvo / tilanne", "Mittarin arvo", "Mittarin tilanne")

# Colour words of the evaluation legend ("Vihreä – tavoite toteutui …"): the goal's
# year-end marker is drawn in one of these colours, without any text.
BINDING_COLOUR_WORDS: tuple[tuple[str, str], ...] = (
    ("Vihreä", "green"),
    ("Keltainen", "yellow"),
    ("Punainen", "red"),
    ("Harmaa", "grey"),
)

# --- kr_confidence_table: what its division column prints ---------------------------------

# Divisions (toimiala) as the confidence table prints them (GLOSSARY "Organisation"). A text
# export loses the gaps between a row's cells, so its running text starts with the row's
# division: these names (matched after fold(), tolerating one typo) tell where a row starts and
# where its division ends (extract.engine.flat_rows); a division may wrap over lines
# ("Perhe-, sosiaali- ja" / "vammaispalvelut").
CONFIDENCE_TABLE_DIVISIONS: tuple[str, ...] = (
    "Ikäihmisten palvelut",
    "Terveydenhuolto",
    "Perhe-, sosiaali- ja vammaispalvelut",
    "Konserni- ja tukipalvelut",
    "Strategia- ja integraatio",
    "Pelastustoimi",
)
