"""Unrelated pages a report sits among in a longer document (issue 9: "reports embedded
among unrelated pages"): prose, a euro income statement, a bar chart whose legend has
green / yellow / red swatches.  They carry none of the report's facts, so whatever the
pipeline reads from them is a false positive."""

from __future__ import annotations

import random

from .kit import Deck, cell, wrap

PROSE = (
    "Hyvinvointialueen talous kehittyi vuoden aikana arvioitua heikommin. Toimintakulut kasvoivat "
    "erityisesti ostopalveluissa ja henkilöstökuluissa, ja valtion rahoituksen jälkikäteistarkistus "
    "paransi tulosta vasta tilikauden lopulla.",
    "Tavoitteena on ollut palveluverkon uudistaminen niin, että asukkaat saavat palvelut lähellä ja "
    "yhdenvertaisesti. Uudistuksen toimeenpano jatkuu seuraavalla tilikaudella.",
    "Investointien toteutuma jäi alle suunnitellun. Merkittävimmät hankkeet olivat sairaalan "
    "peruskorjaus, sote-keskusten tilamuutokset ja tietojärjestelmien yhtenäistäminen.",
    "Henkilöstön saatavuus parani hoitotyössä, mutta lääkärivaje jatkui erityisesti perusterveydenhuollossa. "
    "Sairauspoissaolot vähenivät edellisestä vuodesta.",
    "Riskienhallinnan painopisteinä olivat tietoturva, valmiussuunnittelu ja talouden tasapainotus. "
    "Sisäisen valvonnan havainnot raportoidaan tarkastuslautakunnalle.",
)
HEADINGS = ("Toimintakertomus", "Talouden kehitys", "Henkilöstö", "Riskienhallinta ja sisäinen valvonta",
            "Investoinnit", "Tilikauden tulos")
INCOME_ROWS = ("Toimintatuotot", "Toimintakulut", "Henkilöstökulut", "Palvelujen ostot", "Aineet, tarvikkeet",
               "Muut toimintakulut", "Toimintakate", "Valtion rahoitus", "Rahoitustuotot ja -kulut", "Vuosikate",
               "Poistot ja arvonalentumiset", "Tilikauden tulos")


def euros(rng: random.Random) -> str:
    value = rng.randint(-900_000_000, 900_000_000)
    digits = f"{abs(value):,}".replace(",", " ")
    return ("-" if value < 0 else "") + digits


def add_decoys(deck: Deck, rng: random.Random, count: int) -> None:
    """Append `count` unrelated pages, each drawn at random from the three kinds."""
    for _ in range(count):
        kind = rng.choice(("prose", "income", "chart"))
        page = deck.new_page()
        st = deck.style
        m = st.margin
        width = st.page_w - 2 * m
        page.text(m, m, width, st.title_size * 1.6, [rng.choice(HEADINGS)], size=st.title_size, bold=True,
                  color=st.accent)
        top = m + st.title_size * 2.2
        if kind == "prose":
            paragraphs = rng.sample(PROSE, k=rng.randint(2, len(PROSE)))
            body = [wrap(p, width - 8, st.font, st.size) for p in paragraphs]
            page.text(m, top, width, st.page_h - top - m, body)
        elif kind == "income":
            year = rng.choice((2023, 2024, 2025))
            rows = [[cell("Tuloslaskelma (1 000 €)", bold=True), cell(f"TP {year}", align="right", bold=True),
                     cell(f"TA {year}", align="right", bold=True), cell("Poikkeama", align="right", bold=True)]]
            for label in INCOME_ROWS[: rng.randint(7, len(INCOME_ROWS))]:
                rows.append([cell(label), cell(euros(rng), align="right"), cell(euros(rng), align="right"),
                             cell(euros(rng), align="right")])
            widths = [width * 0.4, width * 0.2, width * 0.2, width * 0.2]
            heights = page.row_heights(widths, rows)
            scale = min(1.0, (st.page_h - top - m) / sum(heights))
            page.table(m, top, widths, rows, heights=[h * scale for h in heights])
        else:
            categories = ["Q1", "Q2", "Q3", "Q4"] if rng.random() < 0.5 else ["2022", "2023", "2024", "2025"]
            names = rng.sample(("Toteutunut", "Talousarvio", "Ennuste", "Edellinen vuosi"), k=3)
            colours = [st.hues["on_track"], st.hues["at_risk"], st.hues["off_track"]]
            rng.shuffle(colours)
            series = {n: [rng.randint(10, 400) for _ in categories] for n in names}
            page.bar_chart(m, top, width, st.page_h - top - m, categories, series, colours)
