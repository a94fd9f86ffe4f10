"""The council-binding goals appendix (seed 004) from its two PDF renderings: the 16:9
slide export and the A4 portrait document (other fonts, column widths, page breaks).

Facts checked by hand against the seed text and the drawn sample pages."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from extract import extract
from extract.families import binding, kr_confidence
from extract.registry import backend_for
from extract.settings import DEFAULT_SETTINGS
from normalize import normalize
from tests.conftest import sample

DOCUMENTS = ["binding_goals_annual/tp2024_sitovat_tavoitteet.pdf",
             "binding_goals_annual/tp2024_sitovat_tavoitteet_a4.pdf"]


@pytest.fixture(scope="module", params=DOCUMENTS)
def raw(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    return extract(sample(request.param))


@pytest.fixture(scope="module")
def doc(raw):  # type: ignore[no-untyped-def]
    return normalize(raw)


def _goal(doc, start: str):  # type: ignore[no-untyped-def]
    matches = [g for g in doc.goals if g.text.startswith(start)]
    assert len(matches) == 1, f"expected one goal starting {start!r}, got {len(matches)}"
    return matches[0]


def _tasks(doc, goal_start: str) -> list:  # type: ignore[no-untyped-def]
    goal = _goal(doc, goal_start)
    return [t for t in doc.tasks if t.goal_id == goal.goal_id]


def _kpis(doc, goal_start: str) -> dict[tuple[str, str], tuple[float | None, str]]:  # type: ignore[no-untyped-def]
    goal = _goal(doc, goal_start)
    return {(k.kpi_name, k.period): (k.value, k.value_text) for k in doc.kpi_values if k.goal_id == goal.goal_id}


def test_detects_the_family_and_reads_the_cover(doc) -> None:  # type: ignore[no-untyped-def]
    report = doc.report
    assert report.report_kind == "binding_goals_annual"
    assert report.status == "ok", report.issues
    assert report.fiscal_year == 2024
    assert report.published_date == dt.date(2025, 3, 25)
    assert report.organization == "Kanta-Hämeen hyvinvointialue"
    assert report.title == "Liite - Sitovat strategiset tavoitteet"


def test_detection_is_specific() -> None:
    pdf = sample("kr_confidence_table/kr_confidence_2025.pdf")
    content = backend_for(pdf).read(pdf, DEFAULT_SETTINGS)
    assert binding.detect(content, DEFAULT_SETTINGS) == 0.0
    own = sample(DOCUMENTS[0])
    mine = backend_for(own).read(own, DEFAULT_SETTINGS)
    assert binding.detect(mine, DEFAULT_SETTINGS) == 1.0
    assert kr_confidence.detect(mine, DEFAULT_SETTINGS) < 1.0


def test_one_goal_per_goal_page_not_per_overview_row(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.goals) == 22
    assert {g.level for g in doc.goals} == {"hva"}
    assert Counter(g.theme for g in doc.goals) == {
        "Autamme sopivalle polulle": 7, "Järjestämme vaikuttavat palvelut": 7,
        "Onnistumme toisiimme luottaen": 4, "Osaamme ennakoida": 4}
    # The goal page prints the typo "parane"; the overview table prints "paranee".
    readmission = _goal(doc, "Asiakasvirtaus parane ja palvelut")
    assert readmission.text.endswith("readmissio (mikä tahansa syy/72h) on alle 5 %")
    assert not [g for g in doc.goals if g.text.startswith("Asiakasvirtaus paranee")]
    assert (readmission.division, readmission.owner) == ("Terveyspalvelut", "Jarmo Lappalainen")


def test_goal_table_cells(doc) -> None:  # type: ignore[no-untyped-def]
    segments = _goal(doc, "Hyvinvointialueitasoisen asiakasryhmittelyn kriteeristö")
    assert segments.division == "Strategia- ja integraatioalue, Toni Suihko"
    assert segments.owner == "Kehto/Katja Antikainen ja Reetta Mathier"
    assert segments.theme == "Osaamme ennakoida"  # the first painopiste cell, not the focus beside it
    families = _goal(doc, "Tuemme lapsia, nuoria ja perheitä")
    assert families.owner == "Perhekeskuspalvelut: Riikka Lammintausta-Mäkelä, Lastensuojelu: Taija Ylätalo"
    assert families.division == "Perhe-, sosiaali- ja vammaispalvelut"
    leadership = _goal(doc, "Hyvinvointialueitasoiset lähijohtamisen periaatteet")
    assert leadership.text.endswith("työkalut tulosaluejohtajien käyttöön ovat käyttöönottovalmiina vuoden loppuun "
                                    "mennessä.")


def test_year_end_colour_is_the_goal_status(doc) -> None:  # type: ignore[no-untyped-def]
    assert Counter(g.status for g in doc.goals) == {"partially_achieved": 13, "achieved": 7, "not_achieved": 2}
    assert _goal(doc, "Tuemme ikääntyneiden kotona asumista").status == "not_achieved"
    assert _goal(doc, "Toimimme pelastustoimessa").status == "not_achieved"
    assert _goal(doc, "Asiakkaiden ensikontaktin prosessit").status == "achieved"
    assert _goal(doc, "Asukkaiden itse tekemien oirearvioiden").status == "partially_achieved"


def test_task_tables(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.tasks) == 60
    channels = [t for t in _tasks(doc, "Johtamisen käytännöt on yhtenäistetty") if
                t.name == "Kehittämiseen osallistavat kanavat"]
    assert [(t.responsible, t.status_text) for t in channels] == [
        ("P.Kukkonen,P.Niiranen,M.Lönnqvist", "100 %"), ("H.Narsakka, S. Mäkynen, M.Lönnqvist", "80 %")]
    assert len({t.task_id for t in channels}) == 2
    mipa = _tasks(doc, "Mielenterveys- ja päihdeasiakkaiden")
    assert [t.name for t in mipa] == ["Mipä-palveluiden palvelukoko-naisuuksien tunnistaminen",
                                           "Mipä-palveluiden kehittämis-projektien toteuttaminen",
                                           "Muistipotilaan palvelupolku"]
    assert [t.status_pct for t in mipa] == [100.0, 10.0, 100.0]
    # "Vastuhenkilö" header and the triple-i typo of the task name.
    urgent = _tasks(doc, "Asiakasvirtaus parane")
    assert urgent[1].name == "Kiiireellistä hoitoa tarvitsevien hoitoprosessit"
    assert urgent[1].responsible == "Arja Tomminen"


def test_statuses_that_are_not_percentages(doc) -> None:  # type: ignore[no-untyped-def]
    rescue = _tasks(doc, "Toimimme pelastustoimessa")
    assert [(t.name, t.status_text, t.status_pct) for t in rescue] == [
        ("Hälytysviiveet", "Ei mittaria", None), ("Palveluverkko", "Ei mittaria", None)]
    leadership = {t.name: t.status_text for t in _tasks(doc, "Hyvinvointialueitasoiset lähijohtamisen")}
    assert leadership["Tehostettu työhyvinvoinnin- ja työkyvyn johtaminen"] == "+/-0 / htv2"
    assert leadership["Lähtövaihtuvuus on alle 10%"] == "alle 10%"


def test_table_over_a_page_break_and_timeline_rows(doc) -> None:  # type: ignore[no-untyped-def]
    ambulance = _tasks(doc, "Monialaiset palvelupolut ja yhteinen asiakashallinta")
    assert [(t.name, t.responsible, t.status_text) for t in ambulance] == [
        ("Puhelinarviointi", "Toni Lindholm", "100 %"), ("Gerbiili-yksiköt", "Toni Lindholm", "100 %")]
    elderly = _tasks(doc, "Tuemme ikääntyneiden kotona asumista")
    assert [t.name for t in elderly] == ["Asiakkaiden ohjautuminen oikea-aikaista",
                                         "Ikääntyneiden kotona asuminen ensisijaista",
                                         "Ympärivuorokautisen hoivan tarve vähenee"]
    assert elderly[1].description == ("Toimintamallit/ konseptit, joilla tuetaan kotona asumista, esim. Kotia kohti "
                                      "–pilotit, arviointi- ja kuntoutus")
    names = {t.name for t in doc.tasks}
    # Names printed only in the Päätehtävät | Q1 2024 … timelines are not tasks.
    assert "Onnistumiskeskustelut" not in names
    assert "Omalääkärimalli suunniteltu" not in names and "Omalääkäri malli suunniteltu" in names


def test_measure_values(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.kpi_values) == 20
    nps = _kpis(doc, "Hyvinvointialueen yhteinen palautehallintajärjestelmä")
    assert nps == {("NPS-indeksi", "Q1"): (72.1, "72,1"), ("NPS-indeksi", "Q2"): (74.9, "74,9"),
                   ("NPS-indeksi", "Q3"): (85.9, "85,9"), ("NPS-indeksi", "Q4"): (86.1, "86,1")}
    chat = _kpis(doc, "Asiakkaiden ensikontaktin prosessit")
    assert chat == {("Takaisinsoittojen osuus ensilinjassa", "Q4"): (59.0, "59%"),
                    ("Chat vastausviive ka. kaikki palvelut", "Q1"): (1.5, "1,5 min"),
                    ("Chat vastausviive ka. kaikki palvelut", "Q4"): (4.2, "4,2 min"),
                    ("Ratkaisu % sairaanhoitaja-chat", "Q4"): (85.0, "85%")}  # "Q1: ●" alone is no value
    rescue = _kpis(doc, "Toimimme pelastustoimessa")
    assert rescue[("Kustannustaso, kapasiteetin riittävyys", "Q3")] == (87.0, "87 %")
    prom = _kpis(doc, "Elämänlaatu vaikuttavuusmittarina")
    assert prom == {("lkm", "Q1"): (0.0, "0"), ("lkm", "Q2"): (0.0, "0"), ("lkm", "Q3"): (1.0, "1"),
                    ("lkm", "Q4"): (10.0, "10")}  # the "%" row holds only "NA"
    assert not _kpis(doc, "Asukkaiden itse tekemien oirearvioiden")  # an empty measure box


def test_summaries(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.narratives) == 22
    assert {n.kind for n in doc.narratives} == {"summary"}
    first = _goal(doc, "Asukkaiden itse tekemien oirearvioiden")
    text = next(n.text for n in doc.narratives if n.goal_id == first.goal_id)
    assert text.startswith("Omaolo –palvelu irtisanottiin korkeiden käyttökustannuksien")
    assert text.endswith("joiden ratkettua käyttöä voidaan laajentaa.")


def test_provenance(raw, doc) -> None:  # type: ignore[no-untyped-def]
    records = [g.source for g in doc.goals] + [t.source for t in doc.tasks] + [k.source for k in doc.kpi_values]
    assert all(s.page and s.box and s.extractor == "pdfplumber/binding_goals_annual" for s in records)
    assert all(0.0 < s.parse_score <= 1.0 for s in records)
    for goal in raw.goals:
        assert goal.status is not None and goal.status.page == goal.text.page  # the marker beside its heading
        assert goal.status.box is not None and goal.status.box[3] <= goal.text.box[1]


def _pptx_goal_deck(path):  # type: ignore[no-untyped-def]
    """A two-slide deck in the appendix's layout, drawn with python-pptx: real text frames,
    real tables (merged value cells) and an oval marker instead of PDF words and curves."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Pt

    deck = Presentation()
    deck.slide_width, deck.slide_height = Pt(960), Pt(540)

    def text(slide, x, y, w, h, paragraphs, size):  # type: ignore[no-untyped-def]
        frame = slide.shapes.add_textbox(Pt(x), Pt(y), Pt(w), Pt(h)).text_frame
        for i, para in enumerate(paragraphs):
            p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            p.text = para
            p.runs[0].font.size = Pt(size)

    def table(slide, x, y, w, h, rows, size):  # type: ignore[no-untyped-def]
        grid = slide.shapes.add_table(len(rows), len(rows[0]), Pt(x), Pt(y), Pt(w), Pt(h)).table
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                grid.cell(r, c).text = value
                grid.cell(r, c).text_frame.paragraphs[0].runs[0].font.size = Pt(size)
        return grid

    cover = deck.slides.add_slide(deck.slide_layouts[6])
    text(cover, 60, 120, 700, 200, ["Liite - Sitovat strategiset tavoitteet", "Tilinpäätös 2024", "25.3.2025",
                                    "Kanta-Hämeen hyvinvointialue"], 24)
    text(cover, 60, 360, 800, 120, ["Vihreä – tavoite toteutui (tavoitteesta arvioidaan yli 90 % toteutuneen)",
                                    "Keltainen – tavoite toteutui osittain (tavoitteesta arvioidaan yli 50 % "
                                    "toteutuneen)", "Punainen - Tavoite ei toteutunut (tavoitteesta toteutui alle "
                                                    "puolet)"], 12)
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    text(slide, 40, 20, 700, 30, ["Asiakaskokemuksen mittaaminen ja kokemuksen parantaminen"], 22)
    marker = slide.shapes.add_shape(MSO_SHAPE.OVAL, Pt(880), Pt(22), Pt(24), Pt(24))
    marker.fill.solid()
    marker.fill.fore_color.rgb = RGBColor(0x2E, 0x9E, 0x48)
    kv = table(slide, 40, 70, 880, 120, [
        ["Tavoite", "Hyvinvointialueen yhteinen palautehallintajärjestelmä on otettu käyttöön", None],
        ["Mittari (KPI)", "Asiakaskokemus (NPS)", None],
        ["Strateginen painopiste", "Osaamme ennakoida", "Perustason palautekanavat toteutettu"],
        ["Mittarin vastuutaho:", "Strategia- ja integraatiotoimialue, Toni Suihko", "KEHTO/Sanna Mäkynen"]], 11)
    kv.cell(0, 1).merge(kv.cell(0, 2))
    kv.cell(1, 1).merge(kv.cell(1, 2))
    table(slide, 40, 210, 880, 90, [
        ["Päätehtävät", "Vastuuhenkilö", "Kuvaus", "Tilanne"],
        ["Palautejärjestelmän tekninen käyttöönotto", "Sanna Mäkynen ja Kirsi Taskinen",
         "Hankitun palautejärjestelmän tekninen käyttöönotto", "90 %"],
        ["Mittaristo toteutettu johdon työpöydällä", "Katja Antikainen", "Asiakaskokemustiedon raportointi", "100 %"]],
        10)
    text(slide, 40, 320, 880, 60, ["Tiivistelmä", "Asiaspalaute-järjestelmä otettiin pääosin käyttöön 09/2024."], 11)
    text(slide, 40, 400, 500, 24, ["Mittarin arvo / tilanne (NPS-indeksi)"], 13)
    table(slide, 40, 430, 500, 60, [["72,1", "74,9", "85,9", "86,1"], ["Q1", "Q2", "Q3", "Q4"]], 11)
    deck.save(str(path))
    return path


def test_pptx_slide_goes_through_the_same_code_path(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = normalize(extract(_pptx_goal_deck(tmp_path / "sitovat.pptx")))
    assert doc.report.report_kind == "binding_goals_annual"
    assert doc.report.status == "ok", doc.report.issues
    assert (doc.report.fiscal_year, doc.report.published_date) == (2024, dt.date(2025, 3, 25))
    [goal] = doc.goals
    assert goal.text == "Hyvinvointialueen yhteinen palautehallintajärjestelmä on otettu käyttöön"
    assert (goal.theme, goal.division, goal.owner, goal.status) == (
        "Osaamme ennakoida", "Strategia- ja integraatiotoimialue, Toni Suihko", "KEHTO/Sanna Mäkynen", "achieved")
    assert [(t.name, t.responsible, t.status_text) for t in doc.tasks] == [
        ("Palautejärjestelmän tekninen käyttöönotto", "Sanna Mäkynen ja Kirsi Taskinen", "90 %"),
        ("Mittaristo toteutettu johdon työpöydällä", "Katja Antikainen", "100 %")]
    assert sorted((k.kpi_name, k.period, k.value) for k in doc.kpi_values) == [
        ("NPS-indeksi", "Q1", 72.1), ("NPS-indeksi", "Q2", 74.9), ("NPS-indeksi", "Q3", 85.9),
        ("NPS-indeksi", "Q4", 86.1)]
    assert [n.text for n in doc.narratives] == ["Asiaspalaute-järjestelmä otettiin pääosin käyttöön 09/2024."]


def _facts(raw) -> tuple[set, set, set]:  # type: ignore[no-untyped-def]
    texts = {g.ref: g.text.text for g in raw.goals}

    def squashed(text: str) -> str:
        return " ".join(text.split())
    goals = {squashed(g.text.text) for g in raw.goals}
    tasks = {(squashed(texts[t.goal_ref]), squashed(t.name.text), squashed(t.status.text) if t.status else None)
             for t in raw.tasks}
    kpis = {(squashed(texts[k.goal_ref]), squashed(k.kpi_name.text), k.period.text, k.value.text)
            for k in raw.kpi_values}
    return goals, tasks, kpis


def test_text_export_goes_through_the_same_code_path() -> None:
    """The seed's text export (tab rows, no coordinates; text_backend gives each tab row's words
    their cell) read on the engine: the same goals, tasks and measure values as the PDF, the
    three measures of one line split at their tab cells ("Takaisinsoittojen osuus ensilinjassa
    Q1: ● Q4: ● 59%<TAB>Chat vastausviive …")."""
    text = extract(sample("text_exports/004_binding_goals_tp2024.txt"))
    pdf = extract(sample("binding_goals_annual/tp2024_sitovat_tavoitteet.pdf"))
    assert text.report_kind == pdf.report_kind == "binding_goals_annual"
    goals, tasks, kpis = _facts(text)
    assert (len(goals), len(tasks), len(kpis)) == (22, 60, 20)
    assert (goals, tasks, kpis) == _facts(pdf)
    assert {k.kpi_name.text for k in text.kpi_values if k.value.text == "4,2 min"} == \
        {"Chat vastausviive ka. kaikki palvelut"}
