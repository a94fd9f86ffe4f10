"""Quarterly-deck goal pages built by hand (geometry of quarterly variants s29 and s57):
the mechanisms that decide which cells are values."""

from __future__ import annotations

from extract.families import quarterly
from extract.page import DocumentContent, PageContent
from extract.settings import DEFAULT_SETTINGS

QUARTERS = [("Lähtötilanne", 250), ("Q1", 330), ("Q2", 390), ("Q3", 450), ("Q4", 510)]


def words(text: str, x0: float, top: float, size: float = 9.0) -> list[dict[str, object]]:
    out = []
    for part in text.split():
        x1 = x0 + 0.5 * size * len(part)
        out.append({"text": part, "x0": x0, "top": top, "x1": x1, "bottom": top + size, "size": size})
        x0 = x1 + 0.28 * size
    return out


def goal_slide(number: int, q4_cell: str, footer: str | None) -> PageContent:
    goal = ("Asiakas saa yhteyden", "Ammattilaiset auttavat", "Palvelut vaikuttavat", "Talous kestää")[number - 1]
    ws = words(f"Tavoite: {goal}", 36, 30, 16.0)
    ws += words("Avaintulokset ja seuranta", 36, 70, 11.0)
    for label, x in QUARTERS:
        ws += words(label, x, 95)
        if label != "Lähtötilanne":
            ws += words("2025", x, 106)
    for row, top in enumerate((250, 290)):
        ws += words(f"Avaintulos numero {row + 1} kasvaa", 36, top)
        ws += words("69,5 %", 250, top)
        for _label, x in QUARTERS[1:]:
            cell = q4_cell if x == 510 else "xx"
            ws += words(cell, x, top)
            ws += words("YYY", x, top + 11)
    ws += words("Strateginen painopiste", 36, 326)  # the theme box under the table
    ws += words("Järjestämme vaikuttavat palvelut", 36, 338)
    if footer is not None:
        ws += words(f"{footer} {number}", 36, 368, 7.0)
        ws[-1].update(x0=512.0, x1=516.0)  # the slide number, printed at the right under Q4
    return PageContent(number=number, width=720.0, height=405.0, words=tuple(ws))


def deck(q4_cell: str, footer: str | None) -> DocumentContent:
    pages = tuple(goal_slide(n, q4_cell, footer) for n in range(1, 5))
    return DocumentContent("deck.pdf", "pdf", "test", pages)


def test_a_placeholder_cell_with_its_light_glyph_is_no_value() -> None:
    # Variant s29: glyph markers print "xx ●" over "YYY"; the deck holds baselines only.
    found = quarterly.parse(deck("xx ●", None), DEFAULT_SETTINGS)
    assert {v.period.text for v in found.values} == {"Lähtötilanne"}
    assert found.meta["period"].text == "Lähtötilanne"


def test_a_running_footer_ending_under_the_last_column_is_no_row_and_no_value() -> None:
    # Variant s57: "… | KPI-mittarit 6" at the foot of every slide, its number under Q4.
    found = quarterly.parse(deck("xx", "Strategian toimeenpano 2025 | Tavoitteet ja mittarit"), DEFAULT_SETTINGS)
    assert {v.period.text for v in found.values} == {"Lähtötilanne"}
    assert len(found.key_results) == 8  # two per slide: no footer or theme box rows
    assert found.meta["period"].text == "Lähtötilanne"
