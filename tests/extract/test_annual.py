"""The year-end (TP 2025) report of the county-level goals (seed 001), native PDF and PPTX.

Facts are checked by hand against the seed text and the report as printed: the PDF and
the PPTX have their own geometry (table with the key results in its first column and
round markers beside the Q4 values vs. key-result text boxes beside a values-only table
with filled Q4 cells; the dashboard's cards above vs. below their numbers).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract import extract
from extract.families import annual
from extract.registry import backend_for
from extract.settings import DEFAULT_SETTINGS
from normalize import normalize
from tests.conftest import sample

DOCUMENTS = ["annual_review/tp2025_hva_tavoitteet.pdf", "annual_review/tp2025_hva_tavoitteet.pptx"]
ENSIKONTAKTI = "Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa"
AMMATTILAISET = "Tarvittavat ammattilaiset ja teknologia yhdessä asiakkaan ympärille"


@pytest.fixture(scope="module", params=DOCUMENTS)
def doc(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    return normalize(extract(sample(request.param)))


def _goal(doc, text: str):  # type: ignore[no-untyped-def]
    matches = [g for g in doc.goals if g.text == text]
    assert len(matches) == 1, [g.text for g in doc.goals]
    return matches[0]


def _kr(doc, start: str):  # type: ignore[no-untyped-def]
    matches = [k for k in doc.key_results if k.text.startswith(start)]
    assert len(matches) == 1, f"expected one key result starting {start!r}, got {len(matches)}"
    return matches[0]


def _values(doc, kr) -> dict:  # type: ignore[no-untyped-def]
    return {v.period: v for v in doc.kr_values if v.kr_id == kr.kr_id}


def test_detects_the_family_and_reads_the_title_page(doc) -> None:  # type: ignore[no-untyped-def]
    report = doc.report
    assert report.report_kind == "annual_review"
    assert report.status == "ok", report.issues
    assert report.title == "HVA-tasoisten tavoitteiden TP 2025 raportointi"
    assert report.fiscal_year == 2025
    assert report.period == "Q4"  # a TP report covers the year up to its last quarter column
    assert report.published_date == dt.date(2026, 5, 20)
    assert report.organization == "Kanta-Hämeen hyvinvointialue"


@pytest.mark.parametrize("other", ["quarterly_review/okr_q2_2025.pptx", "quarterly_review/okr_q2_2025.pdf",
                                   "quarterly_review/okr_start_2025.pptx",
                                   "binding_goals_annual/tp2024_sitovat_tavoitteet.pdf"])
def test_does_not_fire_on_other_families(other: str) -> None:
    path = sample(other)
    content = backend_for(path).read(path, DEFAULT_SETTINGS)
    assert annual.detect(content, DEFAULT_SETTINGS) == 0.0


def test_goals_with_theme_owner_from_the_narrative_page_and_result(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.goals) == 2
    first, second = _goal(doc, ENSIKONTAKTI), _goal(doc, AMMATTILAISET)
    assert (first.theme, second.theme) == ("Autamme sopivalle polulle", "Osaamme ennakoida")
    assert first.owner == "toimialajohtaja, perhe-sosiaali- ja vammaispalvelut"
    assert second.owner == "toimialajohtaja, ikäihmisten palvelut"  # printed on the "(1/2)" page
    assert (first.status, second.status) == ("achieved", "not_achieved")
    assert all(g.level == "hva" for g in doc.goals)


def test_key_results_without_the_note_under_them(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.key_results) == 5
    assert _kr(doc, "Ensikontaktin").text == ("Ensikontaktin saa luvatussa ajassa riippumatta yhteydenottokanavasta, "
                                             "palvelukohtainen, vähintään lakisääteinen, lupaus")
    assert _kr(doc, "Monialaisen").text.endswith("palvelutapahtumien määrä vähenee (tapahtumat/ asiakas)")
    # "Huom! Avaintulos ei ole mitattavissa, …" is a note printed under the key result
    assert _kr(doc, "5 kriittisen").text == ("5 kriittisen palveluketjun läpimenoaika lyhenee vuoden 2025 loppuun "
                                            "mennessä.")
    first = _goal(doc, ENSIKONTAKTI)
    assert sum(k.goal_id == first.goal_id for k in doc.key_results) == 3


def test_values_per_period_and_placeholders(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.kr_values) == 22
    segment = _values(doc, _kr(doc, "Monialaisen"))
    assert [(p, segment[p].value_text) for p in ("baseline", "Q1", "Q2", "Q3", "Q4")] == [
        ("baseline", "140,6"), ("Q1", "139,4"), ("Q2", "139,2"), ("Q3", "142,3"), ("Q4", "144,5")]
    assert segment["Q2"].value == pytest.approx(139.2)
    first = _values(doc, _kr(doc, "Ensikontaktin"))
    assert "baseline" not in first  # the baseline cell prints "-"
    assert first["Q2"].value_text == "70,11 %" and first["Q2"].unit == "%"


def test_q4_achievement_lights_and_no_lights_before_q4(doc) -> None:  # type: ignore[no-untyped-def]
    q4 = {k.text[:12]: _values(doc, k)["Q4"].status for k in doc.key_results}
    assert q4 == {"Ensikontakti": "on_track", "80 % ensikon": "on_track", "90 % asiakka": "at_risk",
                  "Monialaisen ": "off_track", "5 kriittisen": None}  # grey: cannot be assessed
    assert all(v.status is None for v in doc.kr_values if v.period != "Q4")


def test_kpi_tables(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.kpi_values) == 12
    second = _goal(doc, AMMATTILAISET)
    kpis = {(k.kpi_name, k.period): k.value_text for k in doc.kpi_values if k.goal_id == second.goal_id}
    assert kpis == {("Palveluajat", "Q2"): "89,4 %", ("Palveluajat", "Q4"): "94,4 %",
                    ("Palvelutapahtumien määrä", "Q2"): "2,57", ("Palvelutapahtumien määrä", "Q4"): "2,74",
                    ("NPS", "baseline"): "85,5", ("NPS", "Q4"): "83,4"}
    first = _goal(doc, ENSIKONTAKTI)
    pyorovi = {k.period for k in doc.kpi_values if k.goal_id == first.goal_id and k.kpi_name == "Pyöröovi"}
    assert pyorovi == {"Q2", "Q4"}  # its baseline cell prints "-"


def test_summary_and_owner_narratives(doc) -> None:  # type: ignore[no-untyped-def]
    second = _goal(doc, AMMATTILAISET)
    mine = [n for n in doc.narratives if n.goal_id == second.goal_id]
    summary = [n for n in mine if n.kind == "summary"]
    assert len(summary) == 1 and summary[0].text.startswith("Nykyiset sosiaali- ja terveydenhuollon mallit")
    assert summary[0].text.endswith("ikääntyneen kotiutumisen palveluketjut.")
    owner = sorted((n for n in mine if n.kind == "owner"), key=lambda n: n.source.page)
    assert [n.source.page for n in owner] == [9, 10]  # "(1/2)" and "(2/2)"
    assert owner[0].text.startswith("Tavoite ei toteutunut. Asiakkaan kokonaisvaltaisen")
    assert "Tavoitteen omistaja" not in owner[0].text
    assert owner[1].text.endswith("jää helposti arkityön alle.")
    assert not any("raportointi" in n.text for n in owner)  # the PDF's page footer is not narrative


def test_dashboard_counts(doc) -> None:  # type: ignore[no-untyped-def]
    counts = {s.metric: s.value for s in doc.summary}
    assert counts == {
        "hva_goals": 2, "result_area_goals": 18, "result_area_key_results": 58, "confidence_assessments": 58,
        "responsible_persons": 81, "tasks": 190,
        "confidence_by_light.on_track": 46, "confidence_by_light.at_risk": 8, "confidence_by_light.off_track": 4,
        "tasks_by_state.done": 46, "tasks_by_state.in_progress": 139, "tasks_by_state.not_started": 5,
    }
    by_metric = {s.metric: s for s in doc.summary}
    # The smallest slices print no data label: their counts are derived (card total minus the labels).
    assert by_metric["confidence_by_light.off_track"].source.parse_score < 1.0
    assert by_metric["tasks_by_state.not_started"].source.parse_score < 1.0
    assert by_metric["hva_goals"].source.parse_score == 1.0


def test_provenance(doc) -> None:  # type: ignore[no-untyped-def]
    kind = doc.report.extractor
    assert kind.endswith("/annual_review")
    for record in [*doc.goals, *doc.key_results, *doc.kr_values, *doc.kpi_values, *doc.narratives, *doc.summary]:
        source = record.source
        assert source.page is not None and source.box is not None
        assert source.extractor == kind
        assert source.text_printed.strip()
        assert 0 < source.parse_score <= 1
    value = _values(doc, _kr(doc, "Monialaisen"))["Q4"]
    assert value.source.page == 8 and value.source.text_printed == "144,5"
