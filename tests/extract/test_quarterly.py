"""The quarterly OKR deck family (seeds 000, 002) from its three deck generations:
real tables (start of year: PPTX, LibreOffice PDF, legacy .ppt), loose text boxes with
drawn lights (Q2 2025: PPTX, PDF), tables with filled light cells (Q2 2026: PPTX, PDF).
Expected facts are read off the seeds and the documents as printed."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from extract import extract
from extract.engine.periods import period_headers
from extract.engine.units import page_units
from extract.families import quarterly
from extract.registry import backend_for
from extract.settings import DEFAULT_SETTINGS
from normalize import normalize
from tests.conftest import sample

START = ["quarterly_review/okr_start_2025.pptx", "quarterly_review/okr_start_2025.pdf",
         "quarterly_review/okr_start_2025.ppt"]
Q2_2025 = ["quarterly_review/okr_q2_2025.pptx", "quarterly_review/okr_q2_2025.pdf"]
Q2_2026 = ["quarterly_review/okr_q2_2026.pptx", "quarterly_review/okr_q2_2026.pdf"]


@cache
def _doc(relative: str):  # type: ignore[no-untyped-def]
    return normalize(extract(sample(relative)))


def _content(relative: str):  # type: ignore[no-untyped-def]
    path = sample(relative)
    backend = backend_for(path)
    try:
        return backend.read(path, DEFAULT_SETTINGS)  # type: ignore[call-arg]
    except TypeError:
        return backend.read(path)


def _kr(doc, start: str):  # type: ignore[no-untyped-def]
    matches = [k for k in doc.key_results if k.text.startswith(start)]
    assert len(matches) == 1, f"expected one key result starting {start!r}, got {len(matches)}"
    return matches[0]


def _values(doc, kr) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    return {v.period: (v.value, v.value_text, v.status) for v in doc.kr_values if v.kr_id == kr.kr_id}


def _kpis(doc, goal_start: str) -> dict[tuple[str, str], tuple]:  # type: ignore[no-untyped-def]
    goal = next(g for g in doc.goals if g.text.startswith(goal_start))
    return {(k.kpi_name, k.period): (k.value, k.value_text) for k in doc.kpi_values if k.goal_id == goal.goal_id}


# --- detection ------------------------------------------------------------------------------

@pytest.mark.parametrize("relative", START + Q2_2025 + Q2_2026)
def test_every_deck_is_detected_and_fully_understood(relative: str) -> None:
    doc = _doc(relative)
    assert doc.report.report_kind == "quarterly_review"
    assert doc.report.status == "ok", doc.report.issues
    assert all(g.level == "hva" for g in doc.goals)


@pytest.mark.parametrize("relative", ["annual_review/tp2025_hva_tavoitteet.pptx",
                                      "annual_review/tp2025_hva_tavoitteet.pdf",
                                      "binding_goals_annual/tp2024_sitovat_tavoitteet.pdf",
                                      "kr_confidence_table/kr_confidence_2025.pdf"])
def test_other_families_are_not_taken_for_a_quarterly_deck(relative: str) -> None:
    # The TP 2025 report (seed 001) has "Tavoite:" slides with Lähtötilanne/Q1–Q4 too,
    # but prints year-end results ("Tavoite toteutui") and no "Työ edistyy" legend.
    assert quarterly.detect(_content(relative), DEFAULT_SETTINGS) == 0.0


# --- the start-of-year deck (seed 002) --------------------------------------------------------

@pytest.mark.parametrize("relative", START)
def test_start_deck_goals_themes_and_key_results(relative: str) -> None:
    doc = _doc(relative)
    themes = {g.text: g.theme for g in doc.goals}
    assert themes == {
        "Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa": "Autamme sopivalle polulle",
        "Saavutamme yhdessä asiakkaan kanssa asetetut tavoitteet – oikeita asioita, oikeaan aikaan ja oikeassa "
        "paikassa": "Järjestämme vaikuttavat palvelut",
        "Tarvittavat ammattilaiset ja teknologia yhdessä asiakkaan ympärille": "Osaamme ennakoida",
        "Asiakastarve ohjaa henkilöstömme osaamista": "Onnistumme toisiimme luottaen",
        "Tuottavuus turvaa palvelut": "Järjestämme vaikuttavat palvelut",
    }
    assert len(doc.key_results) == 14
    assert _kr(doc, "Ensikontaktin saa").text == ("Ensikontaktin saa luvatussa ajassa riippumatta "
                                                 "yhteydenottokanavasta, palvelukohtainen, vähintään lakisääteinen, "
                                                 "lupaus")
    assert _kr(doc, "Yli 80 %").text == "Yli 80 % henkilöstöstä kokee tekevänsä työtä, johon on palkattu ja saa " \
                                        "tukea työhönsä"


@pytest.mark.parametrize("relative", START)
def test_start_deck_has_baselines_only_and_placeholders_give_nothing(relative: str) -> None:
    doc = _doc(relative)
    assert {v.period for v in doc.kr_values} == {"baseline"}  # every quarter cell is "xx" / "YYY"
    texts = {v.value_text: v.value for v in doc.kr_values}
    assert texts == {"69,5 %": 69.5, "77,8 %": 77.8, "75,1 %": 75.1, "78,5% 56,3%": None,
                     "47,4% 40,4%": None, "0/4": 0.0}
    assert not any(t in (v.value_text or "") for v in doc.kr_values for t in ("xx", "YYY"))
    assert _values(doc, _kr(doc, "Ensikontaktin saa")) == {}  # baseline "-"
    assert doc.report.fiscal_year == 2025 and doc.report.period == "baseline"


@pytest.mark.parametrize("relative", START)
def test_start_deck_kpis_keep_tp_references_as_text(relative: str) -> None:
    doc = _doc(relative)
    assert len(doc.kpi_values) == 9
    assert {k.period for k in doc.kpi_values} == {"baseline"}
    assert _kpis(doc, "Asiakastarve ohjaa") == {
        ("Lähtö-vaihtuvuus", "baseline"): (None, "TP 2024"),
        ("Tulovaihtuvuus", "baseline"): (None, "TP 2024"),
        ("Terveysperusteiset poissaolot/ HTV2", "baseline"): (None, "TP 2024"),
    }
    assert _kpis(doc, "Saavutamme yhdessä")[("Segmentin Asiakas-määrä", "baseline")] == (52000.0, "52k")


def test_a_swapped_q4q3_header_maps_each_column_by_its_printed_label() -> None:
    # Slide 4 of the start deck prints its quarter headers "Q4" before "Q3" (seed 002: "Q4Q3").
    content = _content("quarterly_review/okr_start_2025.pdf")
    page = content.pages[3]
    headers = period_headers(page_units(page), DEFAULT_SETTINGS)
    assert [c.key for c in headers[0].columns[1:]] == ["baseline", "Q1", "Q2", "Q4", "Q3"]
    # Fill the first row's last two placeholder cells ("xx" / "YYY" under Q4 and under Q3).
    first_row = min(w["top"] for w in page.words if w["text"] == "xx")
    cells = sorted((w for w in page.words if w["text"] == "xx" and w["top"] == first_row), key=lambda w: w["x0"])
    filled: dict[int, str] = {}
    for xx, number in zip(cells[-2:], ("11", "22"), strict=True):
        yyy = next(w for w in page.words if w["text"] == "YYY" and abs(w["x0"] + w["x1"] - xx["x0"] - xx["x1"]) < 4
                   and 0 < w["top"] - xx["top"] < 3 * (xx["bottom"] - xx["top"]))
        filled |= {id(xx): number, id(yyy): "%"}
    words = tuple({**w, "text": filled.get(id(w), w["text"])} for w in page.words)
    pages = (*content.pages[:3], replace(page, words=words), *content.pages[4:])
    found = quarterly.parse(replace(content, pages=pages), DEFAULT_SETTINGS)
    periods = {v.value.text: v.period.text for v in found.values}
    assert periods["11\n%"] == "Q4" and periods["22\n%"] == "Q3"


# --- Q2 2025 (seed 000): loose text boxes, lights drawn as ellipses ----------------------------

@pytest.mark.parametrize("relative", Q2_2025)
def test_q2_2025_values_per_quarter_with_their_drawn_lights(relative: str) -> None:
    doc = _doc(relative)
    assert len(doc.goals) == 2 and len(doc.key_results) == 5 and len(doc.kr_values) == 11
    assert _values(doc, _kr(doc, "Ensikontaktin saa")) == {
        "Q1": (74.3, "74,3 %", "on_track"), "Q2": (70.11, "70,11 %", "at_risk")}  # "70,11" / "%" wraps
    assert _values(doc, _kr(doc, "80 % ensikontaktiasiakkaista")) == {
        "Q1": (58.2, "58,2 %", "off_track"), "Q2": (61.4, "61,4 %", "at_risk")}
    assert _values(doc, _kr(doc, "90 % asiakkaista tietää")) == {
        "baseline": (69.5, "69,5 %", None), "Q1": (71.2, "71,2 %", "at_risk"), "Q2": (73.8, "73,8 %", "on_track")}
    assert _values(doc, _kr(doc, "Monialaisen"))["Q2"] == (139.2, "139,2", "at_risk")
    assert _kr(doc, "Monialaisen").text.endswith("palvelutapahtumien määrä vähenee (tapahtumat/ asiakas)")


@pytest.mark.parametrize("relative", Q2_2025)
def test_q2_2025_kpis_report_meta_and_narratives(relative: str) -> None:
    doc = _doc(relative)
    assert _kpis(doc, "Asiakas saa") == {("NPS", "baseline"): (85.5, "85,5"), ("Palveluajat", "Q2"): (89.4, "89,4 %"),
                                         ("Pyöröovi", "Q2"): (5.1, "5,1 %")}
    assert _kpis(doc, "Tarvittavat")[("Palvelutapahtumien määrä", "Q2")] == (2.57, "2,57")
    report = doc.report
    assert (report.fiscal_year, report.period) == (2025, "Q2")
    assert report.title == "Strategian toimeenpano - tavoitteet, avaintulokset ja tehtävät 2025"
    assert report.organization is None  # not printed
    # The progress slide's title wraps differently from the goal slide's; it still finds its goal.
    first = next(g for g in doc.goals if g.text.startswith("Asiakas saa"))
    kinds = {(n.kind, n.goal_id) for n in doc.narratives}
    assert kinds == {(k, g.goal_id) for k in ("summary", "progress") for g in doc.goals}
    progress = next(n for n in doc.narratives if n.kind == "progress" and n.goal_id == first.goal_id)
    assert progress.text.startswith("Tilanne ensimmäiseen kvartaaliin verrattuna")
    assert progress.text.endswith("vaihtelevat ja vaikuttavat arviointiin")


# --- Q2 2026: real tables, lights as filled cells, a KPI header with the year ------------------

@pytest.mark.parametrize("relative", Q2_2026)
def test_q2_2026_filled_cell_lights_and_dash_cells(relative: str) -> None:
    doc = _doc(relative)
    assert len(doc.goals) == 5 and len(doc.key_results) == 13 and len(doc.kr_values) == 35
    assert _values(doc, _kr(doc, "80 % ensikontaktiasiakkaista")) == {
        "baseline": (63.0, "63,0 %", None), "Q1": (64.1, "64,1 %", "at_risk"), "Q2": (62.7, "62,7 %", "off_track")}
    # Q1 prints "-": no value; the two-number cells are one value kept as text.
    assert _values(doc, _kr(doc, "Onnistumiskeskustelut")) == {
        "baseline": (None, "52,6% 44,0%", None), "Q2": (None, "50,8% 43,2%", "off_track")}
    assert _values(doc, _kr(doc, "Digitaalisen sotekeskuksen"))["baseline"] == (48200.0, "48 200 kpl", None)
    assert "Asiakas asioi sujuvasti digitaalisissa palveluissa" in {g.text for g in doc.goals}


@pytest.mark.parametrize("relative", Q2_2026)
def test_q2_2026_kpis_and_meta(relative: str) -> None:
    doc = _doc(relative)
    assert len(doc.kpi_values) == 27
    kpis = _kpis(doc, "Asiakkaan tarve ohjaa")
    assert kpis[("Lähtö-vaihtuvuus", "baseline")] == (None, "TP 2025")
    assert kpis[("Terveysperusteiset poissaolot/ HTV2", "Q2")] == (17.9, "17,9")
    assert _kpis(doc, "Saavutamme")[("PROM", "Q2")] == (71.5, "71,5")
    assert ("PROM", "baseline") not in _kpis(doc, "Saavutamme")  # "-"
    assert (doc.report.fiscal_year, doc.report.period) == (2026, "Q2")


# --- provenance -------------------------------------------------------------------------------

@pytest.mark.parametrize("relative", [START[1], Q2_2025[0], Q2_2026[1], START[2]])
def test_every_fact_keeps_where_it_was_printed(relative: str) -> None:
    doc = _doc(relative)
    backend = "pdfplumber" if relative.endswith(".pdf") else "python-pptx"
    facts = [*doc.goals, *doc.key_results, *doc.kr_values, *doc.kpi_values, *doc.narratives]
    for fact in facts:
        src = fact.source
        assert src.page >= 1 and src.box is not None and src.text_printed
        assert src.extractor.endswith("/quarterly_review") and backend in src.extractor
        assert 0.0 < src.parse_score <= 1.0
    wrapped = [v for v in doc.kr_values if "\n" in v.source.text_printed]  # cells printed on two lines
    assert wrapped and all(v.value_text == " ".join(v.source.text_printed.split()) for v in wrapped)
    assert Path(doc.report.source_path).name == Path(relative).name
