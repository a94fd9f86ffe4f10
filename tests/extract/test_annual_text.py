"""The year-end (TP 2025) report as a text export (seed 001: a converter's Markdown of the PDF),
read by the same family code as the PDF: the text backend's positions into `annual.parse`.

Facts are checked by hand against the seed text: goal 1's key-result and KPI tables lost
their cells in the conversion (only the period headings are left), goal 2's tables are
tab-separated rows, and its KPI rows print two values under three period headers.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extract import extract
from extract.families import FAMILIES, annual
from extract.registry import backend_for
from extract.settings import DEFAULT_SETTINGS
from normalize import normalize
from tests.conftest import REPO, sample

TEXT = "text_exports/001_annual_tp2025.txt"
SEED = REPO.parent / "shared" / "seeds" / "001_1b8f1fb445407bd0.txt"
OTHER_TEXTS = ["000_quarterly_q2_2025.txt", "002_quarterly_start_2025.txt", "003_kr_confidence_table.txt",
               "004_binding_goals_tp2024.txt"]
ENSIKONTAKTI = "Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa"
AMMATTILAISET = "Tarvittavat ammattilaiset ja teknologia yhdessä asiakkaan ympärille"


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return normalize(extract(sample(TEXT)))


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


def _content(name: str):  # type: ignore[no-untyped-def]
    path = sample(f"text_exports/{name}")
    return backend_for(path).read(path, DEFAULT_SETTINGS)


def test_only_the_annual_family_claims_the_text() -> None:
    scores = {family.KIND: family.detect(_content("001_annual_tp2025.txt"), DEFAULT_SETTINGS) for family in FAMILIES}
    assert scores.pop("annual_review") == 1.0
    assert all(score < 0.5 for score in scores.values()), scores


@pytest.mark.parametrize("other", OTHER_TEXTS)
def test_does_not_fire_on_the_other_seed_texts(other: str) -> None:
    assert annual.detect(_content(other), DEFAULT_SETTINGS) < 0.5


def test_report_fields_from_the_title_block(doc) -> None:  # type: ignore[no-untyped-def]
    report = doc.report
    assert (report.report_kind, report.file_format, report.extractor) == ("annual_review", "text",
                                                                          "text/annual_review")
    assert report.title == "HVA-tasoisten tavoitteiden TP 2025 raportointi"
    assert report.fiscal_year == 2025 and report.period == "Q4"
    assert report.published_date == dt.date(2026, 5, 20)
    assert report.organization == "Kanta-Hämeen hyvinvointialue"


def test_goals_with_theme_owner_and_result(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.goals) == 2
    first, second = _goal(doc, ENSIKONTAKTI), _goal(doc, AMMATTILAISET)
    assert (first.theme, second.theme) == ("Autamme sopivalle polulle", "Osaamme ennakoida")
    assert first.owner == "toimialajohtaja, perhe-sosiaali- ja vammaispalvelut"
    assert second.owner == "toimialajohtaja, ikäihmisten palvelut"  # a "## Tavoitteen omistaja:" heading
    # goal 1 prints its result only on the owner's page ("Tavoite toteutui."), goal 2 on its goal slide
    assert (first.status, second.status) == ("achieved", "not_achieved")
    assert all(g.level == "hva" for g in doc.goals)


def test_key_results_from_both_bullet_styles_without_the_note(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.key_results) == 5
    first, second = _goal(doc, ENSIKONTAKTI), _goal(doc, AMMATTILAISET)
    assert sum(k.goal_id == first.goal_id for k in doc.key_results) == 3  # "•" bullets
    assert sum(k.goal_id == second.goal_id for k in doc.key_results) == 2  # "-" bullets
    assert _kr(doc, "80 %").text == "80 % ensikontaktiasiakkaista saa ratkaisun yhdellä kontaktilla"
    assert _kr(doc, "5 kriittisen").text == ("5 kriittisen palveluketjun läpimenoaika lyhenee vuoden 2025 loppuun "
                                            "mennessä.")
    assert not any("Huom" in k.text for k in doc.key_results)  # the indented "- Huom! …" is a note


def test_values_from_the_tab_table_one_row_per_key_result(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.kr_values) == 9
    segment = _values(doc, _kr(doc, "Monialaisen"))
    assert [(p, segment[p].value_text) for p in ("baseline", "Q1", "Q2", "Q3", "Q4")] == [
        ("baseline", "140,6"), ("Q1", "139,4"), ("Q2", "139,2"), ("Q3", "142,3"), ("Q4", "144,5")]
    chains = _values(doc, _kr(doc, "5 kriittisen"))
    assert sorted(chains) == ["Q1", "Q2", "Q3", "Q4"]  # the baseline cell prints "-"
    assert chains["Q4"].value == pytest.approx(90.0) and chains["Q4"].unit == "%"
    assert all(v.status is None for v in doc.kr_values)  # a text export has no lights


def test_lost_tables_give_no_values_and_say_so(doc) -> None:  # type: ignore[no-untyped-def]
    first = _goal(doc, ENSIKONTAKTI)
    first_krs = {k.kr_id for k in doc.key_results if k.goal_id == first.goal_id}
    assert not [v for v in doc.kr_values if v.kr_id in first_krs]
    assert not [k for k in doc.kpi_values if k.goal_id == first.goal_id]
    lost = [i for i in doc.report.issues if "lost its cells" in i]
    assert len(lost) == 2 and all(ENSIKONTAKTI in i for i in lost)
    assert doc.report.status == "partial"


def test_kpi_rows_with_two_values_under_three_periods(doc) -> None:  # type: ignore[no-untyped-def]
    second = _goal(doc, AMMATTILAISET)
    kpis = {(k.kpi_name, k.period): k.value_text for k in doc.kpi_values if k.goal_id == second.goal_id}
    # NPS is listed under "Lähtötilanne" in goal 1's lost KPI table: its values are baseline and Q4;
    # the others fill the latest periods.
    assert kpis == {("Palveluajat", "Q2"): "89,4 %", ("Palveluajat", "Q4"): "94,4 %",
                    ("Palvelutapahtumien määrä", "Q2"): "2,57", ("Palvelutapahtumien määrä", "Q4"): "2,74",
                    ("NPS", "baseline"): "85,5", ("NPS", "Q4"): "83,4"}
    assert all(k.source.parse_score < 1.0 for k in doc.kpi_values)  # the column is not printed


def test_summary_and_owner_narratives(doc) -> None:  # type: ignore[no-untyped-def]
    second = _goal(doc, AMMATTILAISET)
    summaries = [n for n in doc.narratives if n.kind == "summary"]
    assert len(summaries) == 2
    mine = [n for n in summaries if n.goal_id == second.goal_id]
    assert mine[0].text.startswith("Nykyiset sosiaali- ja terveydenhuollon mallit")
    assert mine[0].text.endswith("ikääntyneen kotiutumisen palveluketjut.")
    owner = [n for n in doc.narratives if n.kind == "owner" and n.goal_id == second.goal_id]
    assert len(owner) == 2  # "(1/2)" and "(2/2)"
    assert owner[0].text.startswith("Tavoite ei toteutunut. Asiakkaan kokonaisvaltaisen")
    assert owner[1].text.endswith("jää helposti arkityön alle.")
    assert not any("Tavoitteen omistaja" in n.text or "---" in n.text for n in doc.narratives)


def test_dashboard_cards_and_the_donuts_left_out(doc) -> None:  # type: ignore[no-untyped-def]
    counts = {s.metric: s.value for s in doc.summary}
    assert counts == {"hva_goals": 2, "result_area_goals": 18, "result_area_key_results": 58,
                      "confidence_assessments": 58, "responsible_persons": 81, "tasks": 190}
    assert any("8 (13,79%)" in i for i in doc.report.issues)


def test_provenance(doc) -> None:  # type: ignore[no-untyped-def]
    # The converter writes each page's title as a level-1 Markdown heading: the text backend
    # starts a page there, so a record's page is the printed page's (8 in the seed).
    pages = len(backend_for(sample(TEXT)).read(sample(TEXT), DEFAULT_SETTINGS).pages)
    assert pages == 8
    for record in [*doc.goals, *doc.key_results, *doc.kr_values, *doc.kpi_values, *doc.narratives, *doc.summary]:
        source = record.source
        assert 1 <= source.page <= pages and source.box is not None
        assert source.extractor == "text/annual_review"
        assert source.text_printed.strip()
        assert 0 < source.parse_score <= 1
    value = _values(doc, _kr(doc, "Monialaisen"))["Q4"]
    assert value.source.text_printed == "144,5" and value.source.parse_score == 1.0
    assert value.source.page == 7  # goal 2's page, the seventh "# " heading
    assert _goal(doc, ENSIKONTAKTI).source.page == 5


def test_the_seed_itself_gives_the_same(doc) -> None:  # type: ignore[no-untyped-def]
    if not Path(SEED).exists():
        pytest.skip("the shared seeds are not beside this checkout")
    seed = normalize(extract(SEED))

    def facts(d):  # type: ignore[no-untyped-def]
        return (sorted((g.text, g.theme, g.owner, g.status) for g in d.goals), sorted(k.text for k in d.key_results),
                sorted((v.period, v.value_text) for v in d.kr_values),
                sorted((k.kpi_name, k.period, k.value_text) for k in d.kpi_values),
                sorted((s.metric, s.value) for s in d.summary))

    assert facts(seed) == facts(doc)
