"""The confidence-table family (seed 003) from its plain-text export: the text backend's
positions through the family's one parse, the engine reading the rows that lost their cell
gaps (extract.engine.flat_rows) with what the family declares its cells print.

Facts below are read off the seed text and its hand-written gold
(samples/gold/003_kr_confidence_table.txt.gold.json), not off the parser's output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract import extract
from extract.engine.tables import TableSpec, document_tables
from extract.families import FAMILIES, kr_confidence
from extract.registry import backend_for
from extract.settings import DEFAULT_SETTINGS
from normalize import normalize
from tests.conftest import sample

DOCUMENT = "text_exports/003_kr_confidence_table.txt"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "003_21af7783d415da0e.txt"
OTHER_SEED_TEXTS = ["000_quarterly_q2_2025.txt", "001_annual_tp2025.txt", "002_quarterly_start_2025.txt",
                    "004_binding_goals_tp2024.txt"]
COUNTY_GOAL = "Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa"


@pytest.fixture(scope="module")
def raw():  # type: ignore[no-untyped-def]
    return extract(sample(DOCUMENT))


@pytest.fixture(scope="module")
def doc(raw):  # type: ignore[no-untyped-def]
    return normalize(raw)


def _kr(doc, start: str, result_area: str | None = None):  # type: ignore[no-untyped-def]
    matches = [k for k in doc.key_results if k.text.startswith(start)
               and (result_area is None or k.result_area == result_area)]
    assert len(matches) == 1, f"expected one key result starting {start!r}, got {len(matches)}"
    return matches[0]


def _score(doc, kr) -> float | None:  # type: ignore[no-untyped-def]
    scores = [c.confidence for c in doc.kr_confidence if c.kr_id == kr.kr_id]
    return scores[0] if scores else None


def _facts(d):  # type: ignore[no-untyped-def]
    scores = {c.kr_id: c.confidence for c in d.kr_confidence}
    return ({(g.text, g.level, g.division, g.result_area) for g in d.goals},
            {(k.text, k.division, k.result_area, scores.get(k.kr_id)) for k in d.key_results})


def _family_scores(path: Path) -> dict[str, float]:
    content = backend_for(path).read(path, DEFAULT_SETTINGS)
    return {family.KIND: family.detect(content, DEFAULT_SETTINGS) for family in FAMILIES}


def test_detected_from_content_as_text(doc) -> None:  # type: ignore[no-untyped-def]
    assert doc.report.report_kind == "kr_confidence_table"
    assert doc.report.file_format == "text"
    assert doc.report.status == "ok", doc.report.issues
    scores = _family_scores(sample(DOCUMENT))
    assert scores["kr_confidence_table"] == 1.0
    assert all(score < 0.5 for kind, score in scores.items() if kind != "kr_confidence_table")


@pytest.mark.parametrize("name", OTHER_SEED_TEXTS)
def test_other_seed_texts_are_not_this_family(name: str) -> None:
    assert _family_scores(sample(f"text_exports/{name}"))["kr_confidence_table"] < 0.5


def test_every_row_is_a_key_result_under_its_result_area(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.key_results) == 28
    assert len(doc.goals) == 14
    same_text = [k for k in doc.key_results if k.text == "90 % asiakkaista tietää, miten hoito ja palvelu jatkuu"]
    assert {(k.division, k.result_area) for k in same_text} == {("Terveydenhuolto", "PTH Avopalvelut"),
                                                                ("Terveydenhuolto", "Kuntoutus")}
    assert {k.result_area for k in doc.key_results} == {
        "Asiakasohjaus", "Viestintä", "Tietohallinto", "Tukipalvelut", "Pelastustoimi", "Sosiaalipalvelut",
        "Perhekeskuspalvelut", "Kehitys- ja tietotoiminnot", "Asiakkuuksien johtaminen", "PTH Avopalvelut",
        "Kuntoutus", "Erikoisairaanhoidon sairaalapalvelut"}


def test_score_is_the_rows_last_number_not_one_inside_the_text(doc) -> None:  # type: ignore[no-untyped-def]
    first = _kr(doc, "Ensikontaktin saa luvatussa ajassa eli")
    assert first.text == "Ensikontaktin saa luvatussa ajassa eli viimeistään seuraavana arkipäivänä, 100 %"
    assert _score(doc, first) == 100.0
    assert _score(doc, _kr(doc, "80 % ensikontaktiasiakkaista saa ratkaisun yhdellä kontaktilla",
                           "Asiakasohjaus")) == 98.0
    assert _score(doc, _kr(doc, "Monikielisen palveluneuvonnan")) == 100.0  # text ends "tavoite 100%"
    assert _score(doc, _kr(doc, "Ensikontaktin ratkaisua seurataan")) == pytest.approx(89.4)
    assert _score(doc, _kr(doc, "90% potilaista löytää")) == pytest.approx(82.14)
    oma_hame = _kr(doc, "Oma Häme –sovelluksen")
    assert oma_hame.text.endswith("70.000 kpl 2025, (sisäinen chat-tavoite 4000/kk, Q4 6000/kk)")
    assert _score(doc, oma_hame) == 100.0


def test_rows_without_a_score_and_the_zero_score(doc) -> None:  # type: ignore[no-untyped-def]
    assert len(doc.kr_confidence) == 26
    for start in ("Kaikki asiakaslähtöisten palvelujen", "Jos asian hoitamiseen"):
        kr = _kr(doc, start)
        assert (kr.division, kr.result_area) == ("Pelastustoimi", "Pelastustoimi")
        assert _score(doc, kr) is None
    zero = _kr(doc, "Kaikki ensilinjassa toimivat työntekijät")
    assert zero.text.endswith("taso kasvanut lähtötilanteesta. (lähtötasomittaus 2024 loppuvuonna)")
    assert _score(doc, zero) == 0.0


def test_goal_text_ends_where_the_key_result_starts(doc) -> None:  # type: ignore[no-untyped-def]
    goals = {(g.result_area, g.text) for g in doc.goals if g.level == "result_area"}
    assert ("Viestintä", "Oma Hämeen digipalveluita markkinoidaan asiakaslähtöisesti ja niiden käyttöaste "
            "paranee") in goals
    assert ("Pelastustoimi", "Pelastustoimen asiakaspalvelujen parantaminen.") in goals
    assert ("Kuntoutus", "Tuki- ja liikuntaelinoireinen asiakas saa helposti yhteyden sekä ratkaisun "
            "ensikontaktissa") in goals
    assert ("Asiakkuuksien johtaminen", "Varmistamme ja tuemme asiakaslähtöisen palvelutuotannon ja -ohjauksen "
            "toteutumisen organisaatiossa yhteistyössä muiden toimijoiden kanssa") in goals
    tietohallinto = sorted(text for area, text in goals if area == "Tietohallinto")
    assert tietohallinto == [
        "Asiakkaan (HVA ICT-ympäristön käyttäjät) kokeman jatkuvan palvelun laadun parantaminen ja kehittäminen.",
        "Luomme yhdenmukaiset ja automaatiota tukevat kirjausmallit asiakasyhteydenottojen ja ja Konserni- ja "
        "tukipalveluihin ohjaamisen tarpeisiin",
    ]


def test_wrapped_division_and_result_area(doc) -> None:  # type: ignore[no-untyped-def]
    divisions = {k.division for k in doc.key_results}
    assert divisions == {"Ikäihmisten palvelut", "Konserni- ja tukipalvelut", "Pelastustoimi",
                         "Perhe-, sosiaali- ja vammaispalvelut", "Strategia- ja integraatio", "Terveydenhuolto"}
    assert _kr(doc, "90 % potilaista tietää").result_area == "Erikoisairaanhoidon sairaalapalvelut"
    assert any("Kanta-Hämeen omaan erikoissairaanhoidon" in k.text for k in doc.key_results)


def test_repeated_page_title_is_one_county_goal_and_the_parent(doc) -> None:  # type: ignore[no-untyped-def]
    county = [g for g in doc.goals if g.level == "hva"]
    assert [g.text for g in county] == [COUNTY_GOAL]
    children = {g.result_area for g in doc.goals if g.parent_goal_id == county[0].goal_id}
    assert children >= {"Asiakasohjaus", "Tukipalvelut", "Sosiaalipalvelut", "Perhekeskuspalvelut",
                        "Kehitys- ja tietotoiminnot", "PTH Avopalvelut"}
    assert "Viestintä" not in children


def test_provenance_keeps_printed_lines(raw) -> None:  # type: ignore[no-untyped-def]
    kr = next(k for k in raw.key_results if k.text.text.startswith("Omahame.fi-verkkosivuston"))
    assert kr.text.text.split("\n") == [
        "Omahame.fi-verkkosivuston löydettävyys, saavutettavuus ja käytettävyys",
        "paranevat vähintään 10%, mikä johtaa käyntimäärien ja digiasioinnin",
        "kasvuun",
    ]
    assert kr.division is not None and kr.division.text == "Konserni- ja tukipalvelut"
    for record in (kr.text, *(c.score for c in raw.confidences)):
        assert record.extractor == "text/kr_confidence_table"
        assert record.page == 1 and record.box is not None
        assert 0.0 < record.parse_score <= 1.0
    perhe = next(k for k in raw.key_results if k.text.text.startswith("Monikielisen"))
    assert perhe.division is not None and perhe.division.text == "Perhe-, sosiaali- ja\nvammaispalvelut"
    assert raw.meta["title"].text == COUNTY_GOAL


def test_seed_file_gives_the_same_records() -> None:
    if not SEED.exists():
        pytest.skip("shared seeds not present")
    from_seed, from_sample = extract(SEED), extract(sample(DOCUMENT))
    assert from_seed.sha256 == from_sample.sha256
    assert from_seed.key_results == from_sample.key_results
    assert from_seed.confidences == from_sample.confidences
    assert from_seed.goals == from_sample.goals


def _variant(text: str) -> str:
    """Another export of the same table: no blank lines, the title printed on the first page
    only, page numbers at page ends, form feeds between pages, cells on lines of their own."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    pages: list[list[str]] = []
    for line in lines:
        if line == COUNTY_GOAL and (not pages or pages[-1][-1] != COUNTY_GOAL):
            pages.append([])
        pages[-1].append(line)
    out = []
    for number, page in enumerate(pages, start=1):
        body = page if number == 1 else page[1:]
        body = [ln.replace("Pelastustoimi Pelastustoimi ", "Pelastustoimi\nPelastustoimi\n") for ln in body]
        body = [ln.replace("ratkaisun yhdellä kontaktilla 98", "ratkaisun yhdellä kontaktilla\n98") for ln in body]
        out.append("\n".join(body) + f"\n{number} / {len(pages)}\n")
    return "\f".join(out)


def test_another_rendering_of_the_same_text(tmp_path: Path, doc) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "variant.txt"
    path.write_text(_variant(sample(DOCUMENT).read_text(encoding="utf-8")), encoding="utf-8")
    assert path.read_text(encoding="utf-8").count("\f") == 2
    variant = normalize(extract(path))
    assert variant.report.report_kind == "kr_confidence_table"
    assert variant.report.status == "ok", variant.report.issues

    assert _facts(variant) == _facts(doc)


def test_the_text_export_gives_the_native_pdfs_facts(doc) -> None:  # type: ignore[no-untyped-def]
    """One parse for every format: the text and the PDF of the same table read alike."""
    assert _facts(doc) == _facts(normalize(extract(sample("kr_confidence_table/kr_confidence_2025.pdf"))))


def test_rows_without_cell_gaps_are_read_by_what_the_family_declares_its_cells_print() -> None:
    path = sample(DOCUMENT)
    content = backend_for(path).read(path, DEFAULT_SETTINGS)
    bare = TableSpec(kr_confidence.TABLE.columns, kr_confidence.TABLE.required, kr_confidence.TABLE.min_labels)
    assert not any(grids for _, _, grids in document_tables(content, bare, DEFAULT_SETTINGS))
    [(_, _, grids)] = document_tables(content, kr_confidence.TABLE, DEFAULT_SETTINGS)
    assert len(grids) == 3  # the header repeated on each of the PDF's three pages
    assert all([c.key for c in g.header.columns] == ["division", "result_area", "goal", "key_result", "confidence"]
               for g in grids)
    assert sum(len(g.rows) for g in grids) == 28
