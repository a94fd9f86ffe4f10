from __future__ import annotations

from okr_warehouse.text import fold, join_lines


def test_wrapped_lines_join_with_one_space() -> None:
    assert join_lines(["Oma Hämeen digipalveluita markkinoidaan asiakaslähtöisesti ja niiden ",
                       "käyttöaste paranee"]) == \
        "Oma Hämeen digipalveluita markkinoidaan asiakaslähtöisesti ja niiden käyttöaste paranee"


def test_line_ending_in_hyphen_keeps_it_and_joins_tight() -> None:
    # Seed 003: "palvelutuotannon ja -" / "ohjauksen", "Kanta-" / "Hämeen".
    joined = join_lines(["palvelutuotannon ja -", "ohjauksen toteutumisen"])
    assert joined == "palvelutuotannon ja -ohjauksen toteutumisen"
    assert join_lines(["omaan Kanta-", "Hämeen omaan"]) == "omaan Kanta-Hämeen omaan"


def test_fold_is_tolerant_to_case_hyphens_and_diacritics() -> None:
    assert fold("Luottavaisuus-\narvio") == fold("LUOTTAVAISUUSARVIO") == "luottavaisuusarvio"
    assert fold("Lähtötilanne") == fold("Lahtotilanne")
