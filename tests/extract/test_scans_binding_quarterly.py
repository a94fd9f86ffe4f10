"""The council-binding goals appendix and the quarterly deck's KPI tables on SCANNED copies.

tp2024_sitovat_tavoitteet_scan.pdf (53 pages) and okr_q2_2025_scan.pdf are image-only scans
of the native samples. What OCR does to them, checked by hand against the scans' pages:
- lines of the Päätehtävät tables are read together with the cell borders ("|", a dash
  beside it, "—|100") and the dark header band, so their boxes (and the sizes estimated
  from them) double: rows read as headings and the task tables fell apart;
- the header label "Päätehtävät" (white on the dark band) is lost on some pages;
- "80 %" is read "80%" (the doc prints both: "70%" too);
- a legend's coloured squares are read as letters ("m Työ edistyy …");
- quarter labels: "Qi:", "01:", "04:", light dots read "O" / "@" before the value; chart axes
  "Qu 2 03 A", "1 Q2 Q3 Q4"; in the quarterly deck's KPI header "Q2 Q4" is read "02 04"
  (on two lines' heights) or "Q2 A".

Only the pages the tests need are OCR'd (sliced with pypdf into the test's tmp dir), once
for the module. The helper tests run on synthetic words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from extract import extract
from extract.engine.periods import period_headers
from extract.engine.units import Unit
from extract.families import binding, quarterly
from extract.families.base import Findings
from extract.misreads import printed_words
from extract.page import DocumentContent, Geometry
from extract.pdf_backend import read_pdf
from extract.records import RawDocument
from extract.settings import DEFAULT_SETTINGS
from normalize import normalize
from normalize.records import NormalizedDocument
from normalize.repair import Lexicon
from tests.conftest import sample

BINDING_SCAN = "binding_goals_annual/tp2024_sitovat_tavoitteet_scan.pdf"
BINDING_NATIVE = "binding_goals_annual/tp2024_sitovat_tavoitteet.pdf"
BINDING_PAGES = (7, 9, 10, 13, 19, 20)
"""Goal 1 (task table with borders read), goal 2 (tasks, inline measures "Qi: … 04: @ 85%"),
goal 4 ("Päätehtävät" lost, legend on one line), goal 7 (an OCR speck above its table, a
chart axis "Qu 2 03 A")."""
QUARTERLY_SCAN = "quarterly_review/okr_q2_2025_scan.pdf"
QUARTERLY_PAGES = (3, 5)



def _slice(path: Path, pages: tuple[int, ...], out: Path) -> Path:
    writer = PdfWriter()
    reader = PdfReader(path)
    for number in pages:
        writer.add_page(reader.pages[number - 1])
    with out.open("wb") as handle:
        writer.write(handle)
    return out


@pytest.fixture(scope="module")
def binding_scan(tmp_path_factory: pytest.TempPathFactory) -> DocumentContent:
    folder = tmp_path_factory.mktemp("binding_scan")
    return read_pdf(_slice(sample(BINDING_SCAN), BINDING_PAGES, folder / "slice.pdf"))


@pytest.fixture(scope="module")
def found(binding_scan: DocumentContent) -> Findings:
    return binding.parse(binding_scan, DEFAULT_SETTINGS)


@pytest.fixture(scope="module")
def normalized(binding_scan: DocumentContent, found: Findings) -> NormalizedDocument:
    """Normalized as in a warehouse that holds the native appendix (repair trusts its texts)."""
    native = normalize(extract(sample(BINDING_NATIVE)))
    trusted = [g.text for g in native.goals] + [g.theme or "" for g in native.goals]
    trusted += [g.division or "" for g in native.goals] + [t.name for t in native.tasks]
    trusted += [k.kpi_name for k in native.kpi_values]
    raw = RawDocument(binding_scan.source_path, "0" * 64, "pdf", len(binding_scan.pages), binding.KIND,
                      f"tesseract/{binding.KIND}", meta=found.meta, goals=tuple(found.goals),
                      kpi_values=tuple(found.kpi_values), tasks=tuple(found.tasks),
                      narratives=tuple(found.narratives), issues=tuple(found.issues))
    return normalize(raw, lexicon=Lexicon.build(trusted))


@pytest.fixture(scope="module")
def quarterly_scan(tmp_path_factory: pytest.TempPathFactory) -> DocumentContent:
    folder = tmp_path_factory.mktemp("quarterly_scan")
    return read_pdf(_slice(sample(QUARTERLY_SCAN), QUARTERLY_PAGES, folder / "slice.pdf"))


# --- binding_goals_annual on the scan ---------------------------------------------------------

def test_goal_tables_read_with_owners_and_year_end_colours(found: Findings, normalized: NormalizedDocument
                                                          ) -> None:
    assert found.issues == []
    assert [g.text.text.split("\n")[0][:40] for g in found.goals] == [
        "Asukkaiden itse tekemien oirearvioiden j", "Asiakkaiden ensikontaktin prosessit ja y",
        "Asiakasvirtaus parane ja palvelut kohden", "Monialaiset palvelupolut ja yhteinen asi"]
    owners = [g.owner.text for g in found.goals if g.owner]
    assert owners[:3] == ["Kehto / Toni Suihko, Hanna Narsakka", "Kehto/Heli Aalto ja Reetta Mathier",
                          "Jarmo Lappalainen"]
    # Goal 7's "Tavoite" label is read "kesi": its table is still found from the labels under it.
    assert owners[3].startswith("Ensihoito") and found.goals[3].division.text == "Pelastustoimi"
    # Goal 7's heading is followed by an OCR speck ("—") above its table: its marker is still found.
    assert [g.status for g in normalized.goals] == ["partially_achieved", "achieved", "partially_achieved",
                                                   "partially_achieved"]
    assert all(g.text.extractor == "tesseract/binding_goals_annual" and g.text.ocr_confidence for g in found.goals)


def test_task_tables_with_borders_and_stretched_lines(found: Findings) -> None:
    tasks = [(t.goal_ref, t.name.text, t.responsible.text if t.responsible else None, t.status.text if t.status
              else None) for t in found.tasks]
    assert tasks[:2] == [
        ("g1", "Omaolon oirearvioiden ja valmennuksien\nkäytön lisäyksen mahdollistaminen",
         "Hanna Narsakka, Riitta Pitkäjärvi,\nTaru Peltoranta", "50 %"),
        # "Karoliina." carries an OCR speck: letter-level damage, left to normalize.
        ("g1", "HYTE-tarjottimen käyttöönotto", "Sanna Anttonen, Karoliina.\nKärkkäinen", "90 %")]
    assert [t[1] for t in tasks if t[0] == "g2"] == ["Määritellään yhteydenottokanavat",
                                                     "Ensikontaktin yhdenmukaistaminen",
                                                     "Digitaalisen sote-keskuksen laajennus"]
    # "100%" on the scan: its box holds a space (the page prints "100 %"); "70%" keeps none.
    assert [t[3] for t in tasks if t[0] == "g2"] == ["100 %", "80 %", "100 %"]
    assert [(t[1].split("\n")[0], t[2], t[3]) for t in tasks if t[0] == "g3"] == [
        ("Yhtenäiset kiireellisen hoidon kriteerit otettu", "V-P. Rautava, Tiina Merivuori", "90 %"),
        ("Kiiireellistä hoitoa tarvitsevien hoitoprosessit", "Arja Tomminen", "80 %"),
        ("Jatkohoitopaikkojen riittävyys", "Terhi Mäntymaa, ikäihmisten\npalvelut", "70%")]
    # A row split by the page break is one task; the legend is no task.
    assert [t[1] for t in tasks if t[0] == "g4"] == ["Puhelinarviointi", "Gerbiili-yksiköt"]
    assert len(tasks) == 10
    assert all(t.name.ocr_confidence and t.name.box for t in found.tasks)


def test_task_statuses_after_normalize(normalized: NormalizedDocument) -> None:
    tasks = {t.name: t for t in normalized.tasks}
    assert tasks["Määritellään yhteydenottokanavat"].status_text == "100 %"
    assert tasks["Määritellään yhteydenottokanavat"].status == "done"
    assert tasks["Ensikontaktin yhdenmukaistaminen"].status_pct == 80.0
    assert tasks["Jatkohoitopaikkojen riittävyys"].status_text == "70%"


def test_measures_with_misread_quarters_and_markers(found: Findings) -> None:
    raw = [(k.goal_ref, k.kpi_name.text.replace("\n", " "), k.period.text, k.value.text) for k in found.kpi_values]
    # The engine names an inline item's period by its quarter (as on the native PDF), the
    # label "Q4:" as printed is its box.
    assert raw[:4] == [
        ("g2", "Takaisinsoittojen osuus ensilinjassa", "Q4", "59%"),  # its "Q1" above lost its value
        ("g2", "Chat vastausviive ka. kaikki palvelut", "Q1", "1,5 min"),  # printed "Q1 @ 1,5 min"
        ("g2", "Chat vastausviive ka. kaikki palvelut", "Q4", "4,2 min"),
        ("g2", "Ratkaisu % sairaanhoitaja-chat", "Q4", "85%")]  # printed "04: @ 85%"
    assert all(k.value.ocr_confidence for k in found.kpi_values)


def test_chart_values_over_a_misread_axis(normalized: NormalizedDocument) -> None:
    # The chart axis "Qu 2 03 A": its quarters from where the labels read stand.
    chart = [(k.period, k.value) for k in normalized.kpi_values if k.kpi_name == "Asiakaskokemus, kysynnän väheneminen"]
    assert chart == [("Q1", 46.0), ("Q2", 47.0), ("Q3", 54.0), ("Q4", 41.0)]
    assert len(normalized.kpi_values) == 8


# --- quarterly_review KPI tables on the scan ---------------------------------------------------

def test_quarterly_kpi_tables_with_misread_header(quarterly_scan: DocumentContent) -> None:
    found = quarterly.parse(quarterly_scan, DEFAULT_SETTINGS)
    kpis = [(k.goal_ref, k.kpi_name.text.replace("\n", " "), k.period.text, k.value.text.replace("\n", " "))
            for k in found.kpi_values]
    assert kpis == [
        ("g1", "NPS", "Lähtötilanne", "85,5"),
        ("g1", "Palveluajat", "02", "89,4 %"),  # header "Lähtötilanne 02 04": as printed; normalize reads Q2
        ("g1", "Pyöröovi", "02", "5,1%"),  # the page's scale read "51%"; re-read enlarged (issue 10)
        ("g2", "Palveluajat", "Q2", "89,4 %"),  # header "Lähtötilanne Q2 A"
        ("g2", "Palvelutapahtumien määrä", "Q2", "2,57"),
        ("g2", "NPS", "Lähtötilanne", "85,5")]
    assert all(k.value.ocr_confidence for k in found.kpi_values)


# --- helpers on synthetic words ---------------------------------------------------------------

def _w(text: str, x0: float, top: float, x1: float, bottom: float, size: float, conf: float | None = 90.0
       ) -> Geometry:
    word: Geometry = {"text": text, "x0": x0, "top": top, "x1": x1, "bottom": bottom, "size": size}
    if conf is not None:
        word["conf"] = conf
    return word


def test_quarterly_header_with_misread_and_lost_quarters() -> None:
    def unit(text: str, x0: float, top: float, x1: float, bottom: float, conf: float | None = 90.0) -> Unit:
        return Unit(text, x0, top, x1, bottom, 7.0, "word", source=_w(text, x0, top, x1, bottom, 7.0, conf))

    def keys(units: list[Unit]) -> list[list[str]]:
        return [[c.key for c in h.columns[1:]] for h in period_headers(units, DEFAULT_SETTINGS)]

    base = unit("Lähtötilanne", 560, 240, 600, 254)
    assert keys([base, unit("02", 626, 240, 635, 254), unit("04", 669, 244, 678, 251)]) == [["baseline", "Q2", "Q4"]]
    assert keys([base, unit("Q2", 626, 240, 635, 254), unit("A", 669, 240, 678, 254)]) == [["baseline", "Q2"]]
    # Printed (not OCR'd) text keeps the strict rules: "02" is no quarter, one period is no header.
    printed = [unit(t, x, 240, x + 10, 248, conf=None) for t, x in (("Lähtötilanne", 540), ("02", 626), ("04", 669))]
    assert keys(printed) == []




# --- extract.misreads.printed_words: a scan's words as printed ----------------------------------

def _texts(words: tuple[Geometry, ...] | list[Geometry]) -> list[str]:
    return [w["text"] for w in printed_words(tuple(words), DEFAULT_SETTINGS.ocr_stroke_ratio)]


def test_printed_words_drop_borders() -> None:
    # A task row read with its borders: "|", a dash standing as tall as the row, "—|100".
    words = (_w("Omaolon", 34, 190, 62, 198, 7.6), _w("oirearvioiden", 64, 190, 110, 198, 7.6),
             _w("—", 187, 183, 192, 198, 15.3), _w("|", 195, 183, 196, 198, 15.3),
             _w("Hanna", 199, 190, 219, 198, 7.6), _w("—|100", 615, 190, 627, 198, 7.6),
             _w("-", 640, 190, 644, 198, 7.6))  # a placeholder dash of the text's height stays
    assert _texts(words) == ["Omaolon", "oirearvioiden", "Hanna", "100", "-"]
    native = tuple({k: v for k, v in w.items() if k != "conf"} for w in words)
    assert printed_words(native, DEFAULT_SETTINGS.ocr_stroke_ratio) == native


def test_printed_words_space_a_percentage_as_wide_as_printed_with_a_space() -> None:
    body = [_w("Varmistetaan,", 325, 160 + 12 * i, 372, 168 + 12 * i, 7.9) for i in range(3)]
    body += [_w("että", 374, 160 + 12 * i, 388, 168 + 12 * i, 7.9) for i in range(3)]
    spaced, glued = _w("80%", 615, 160, 632.3, 168, 7.9), _w("70%", 615, 172, 629.4, 180, 7.9)
    cleaned = {w["x1"]: w["text"] for w in printed_words((*body, spaced, glued), DEFAULT_SETTINGS.ocr_stroke_ratio)}
    assert cleaned[632.3] == "80 %" and cleaned[629.4] == "70%"


def test_printed_words_infer_a_mangled_axis_from_the_labels_read() -> None:
    def axis(*texts: str, conf: float | None = 90.0) -> list[Geometry]:
        return [_w(t, 76 + 86 * i, 204, 86 + 86 * i, 212, 8.4, conf) for i, t in enumerate(texts)]
    for texts in (("Qu", "Q2", "Q3", "4"), ("1", "Q2", "Q3", "Q4"), ("Qu", "Q2", "Q3", "[ey")):
        assert _texts(axis(*texts)) == ["Q1", "Q2", "Q3", "Q4"], texts
    assert _texts(axis("Qu", "x", "y", "A")) == ["Qu", "x", "y", "A"]  # nothing read to go by
    assert _texts(axis("1", "Q2", "Q3", "Q4", conf=None)) == ["1", "Q2", "Q3", "Q4"]  # only OCR'd rows


def test_printed_words_read_misread_item_labels_and_marks() -> None:
    # "Q4: O 59%", "04: @ 85%", "Q1 @ 1,5 min" (its colon lost), "012024" glued to its year.
    line = [_w("Q4:", 36, 131, 49, 139, 8.6), _w("O", 53, 131, 59, 139, 8.6), _w("59%", 63, 131, 80, 139, 8.6),
            _w("04:", 309, 131, 322, 139, 8.6), _w("@", 326, 131, 332, 139, 8.6), _w("85%", 336, 131, 353, 139, 8.6)]
    assert _texts(line) == ["Q4:", "●", "59%", "Q4:", "●", "85%"]
    assert _texts([_w("Q1", 173, 116, 185, 124, 7.7), _w("@", 190, 116, 195, 124, 7.7),
                   _w("1,5", 200, 116, 211, 124, 7.7), _w("min", 214, 116, 227, 124, 7.7)]) == [
        "Q1:", "●", "1,5", "min"]
    assert _texts([_w("Päätehtävät", 35, 257, 80, 270, 13.4), _w("012024", 209, 257, 235, 270, 13.4)]) == [
        "Päätehtävät", "Q1 2024"]
    assert _texts([_w("O3", 0, 0, 10, 8, 8, conf=None), _w("04:", 20, 0, 30, 8, 8, conf=None)]) == ["O3", "04:"]


def test_printed_words_read_a_legend_square_as_a_mark() -> None:
    # "m Työ edistyy suunnitellusti": the legend's square read as a letter (then dropped as a
    # drawn mark, and the entry as a legend); a word of the text keeps its letters.
    legend = [_w("m", 30, 241, 34, 248, 6.7), _w("Työ", 36, 241, 47, 248, 6.7), _w("edistyy", 49, 241, 70, 248, 6.7)]
    assert _texts(legend) == ["●", "Työ", "edistyy"]
    text = [_w("Tulo-", 509, 57, 524, 64, 6.7), _w("ja", 526, 57, 532, 64, 6.7), _w("m", 534, 57, 540, 64, 6.7)]
    assert _texts(text) == ["Tulo-", "ja", "m"]


def test_printed_words_read_a_zero_among_numbers() -> None:
    row = [_w("lkm", 36, 65, 48, 72, 6.7), _w("0", 136, 65, 140, 72, 6.7), _w("o", 222, 65, 226, 72, 6.7),
           _w("10", 392, 65, 400, 72, 6.7)]
    assert _texts(row) == ["lkm", "0", "0", "10"]
    assert _texts([_w("Q1:", 0, 0, 10, 8, 8), _w("o", 12, 0, 16, 8, 8), _w("59%", 20, 0, 34, 8, 8)]) == [
        "Q1:", "●", "59%"]
