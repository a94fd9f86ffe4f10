"""OCR repair against the vocabulary and trusted texts (issue 5); words as seed 000 prints them."""

from __future__ import annotations

import pytest

from normalize.repair import Lexicon, repair, repair_cell, repair_number_text

TRUSTED = ["Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa",
           "Tarvittavat ammattilaiset ja teknologia yhdessä asiakkaan ympärille"]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(TRUSTED)


@pytest.mark.parametrize(("ocr", "repaired"), [
    ("Tyo edistyy suunnitellusti", "Työ edistyy suunnitellusti"),
    ("Asiakas saa helposti yhteyden seka ratkaisun ensikontaktissa",
     "Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa"),
    ("Tarvittavat ammattilaiset ja teknologia yhdesséa asiakkaan ymparille",
     "Tarvittavat ammattilaiset ja teknologia yhdessä asiakkaan ympärille"),
    ("Pydroovi", "Pyöröovi"),
    ("Lahtotilanne", "Lähtötilanne"),
])
def test_lost_and_mangled_letters(ocr: str, repaired: str, lexicon: Lexicon) -> None:
    assert repair(ocr, lexicon) == repaired


def test_unknown_words_stay_as_printed(lexicon: Lexicon) -> None:
    # "asiakkaan" is one letter from "asiakkaat" but no diacritic explains the difference.
    assert repair("asiakkaan tarve kasvaa", lexicon) == "asiakkaan tarve kasvaa"


def test_stray_symbols_at_the_edges(lexicon: Lexicon) -> None:
    assert repair("» 80 % ensikontaktiasiakkaista saa ratkaisun", lexicon).startswith("80 %")


@pytest.mark.parametrize(("text", "bounds", "expected"), [
    ("855", (-100, 100), "85,5"),
    ("83", (-100, 100), "83"),
    ("855", (None, None), "855"),
    ("1234", (-100, 100), "1234"),  # no single comma makes it fit: left as printed
    ("894%", (0, 100), "89,4%"),  # a share (tp2025_hva_tavoitteet_scan.pdf), its unit kept
    ("94 %", (0, 100), "94 %"),
])
def test_decimal_comma_back_where_the_range_demands(text: str, bounds: tuple, expected: str) -> None:
    assert repair_number_text(text, *bounds) == expected


@pytest.mark.parametrize(("cell", "siblings", "repaired"), [
    ("70,11 ja.", ["74,3%"], "70,11 %"),  # "%" read as "ja." (okr_q2_2025_scan.pdf)
    ("712%", ["69,5 %", "73,8 %"], "71,2%"),  # comma lost in a row of one-decimal percentages
    ("139,4", ["139,2"], "139,4"),
    ("150%", ["100%"], "150%"),  # siblings without decimals: no comma to restore
    # tp2025_hva_tavoitteet_scan.pdf: a speck between number and unit, a table frame beside the value,
    # a lost comma put where most of the row has it (siblings' specks ignored)
    ("92,3 9 %", ["70,11 %", "86,5 %"], "92,3 %"),
    ("94,4% |", ["894%"], "94,4%"),
    ("743 o %", ["70,11 %", "86,5 %", "92,3 9 %"], "74,3 %"),
    ("105 %", ["98,1 %", "101,3 %"], "105 %"),  # the printed number fits the row better than 10,5
    ("12 ab 34", ["1,2"], "12 ab 34"),  # no unit after the speck: left as printed
    ("T712%", ["69,5 %", "73,8 %"], "71,2%"),  # the cell's left border glued to the number
    ("Tase 12", ["1,2"], "Tase 12"),
])
def test_value_cells_repaired_by_their_row(cell: str, siblings: list[str], repaired: str) -> None:
    assert repair_cell(cell, siblings) == repaired
