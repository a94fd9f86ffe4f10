from __future__ import annotations

from normalize.colors import light_status

GREEN, YELLOW, RED, GREY = (0.0, 0.69, 0.31), (1.0, 0.75, 0.0), (1.0, 0.0, 0.0), (0.65, 0.65, 0.65)


def test_nearest_reference_colour_without_a_legend() -> None:
    assert light_status((0.1, 0.6, 0.2)) == "on_track"
    assert light_status((0.95, 0.8, 0.1)) == "at_risk"
    assert light_status((0.8, 0.1, 0.1)) == "off_track"
    assert light_status(None) is None


def test_the_pages_own_legend_decides() -> None:
    # A deck whose "green" is pale and whose "red" is salmon (the 2026 deck's palette).
    legend = (("Työ edistyy suunnitellusti", (0.57, 0.82, 0.31)),
              ("Työn toteutuksessa haasteita, joita ratkaistaan", (1.0, 0.85, 0.4)),
              ("Työ ei etene, tarvitaan tukea", (1.0, 0.44, 0.44)))
    assert light_status((1.0, 0.45, 0.45), legend) == "off_track"
    assert light_status((0.55, 0.8, 0.3), legend) == "on_track"


def test_grey_achievement_legend_entry_means_no_status() -> None:
    legend = (("Avaintulos toteutui", GREEN), ("Avaintulos toteutui osittain", YELLOW),
              ("Avaintulos ei toteutunut", RED), ("Avaintuloksen toteutumista ei voida arvioida", GREY))
    assert light_status((0.6, 0.6, 0.62), legend) is None
    assert light_status((0.9, 0.1, 0.05), legend) == "off_track"
