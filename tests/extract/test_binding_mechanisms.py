"""Unit checks of the binding appendix's layout mechanisms on hand-placed units (the
variants they come from are named in each mechanism's docstring)."""

from __future__ import annotations

from extract.engine.keyvalue import _groups
from extract.engine.labels import LabelHit
from extract.engine.units import Unit
from extract.families.binding_furniture import _page_number_shaped, _repeated_tops, is_furniture


def _unit(text: str, x0: float, top: float, height: float = 10.0) -> Unit:
    return Unit(text, x0, top, x0 + 6 * len(text), top + height, height, "word")


def _hit(key: str, top: float, x0: float = 30.0) -> LabelHit:
    return LabelHit(key, (_unit(key, x0, top),), 100.0)


def test_a_row_of_values_is_no_page_number() -> None:
    assert _page_number_shaped([_unit("–", 700, 580), _unit("14", 710, 580), _unit("–", 725, 580)])
    assert _page_number_shaped([_unit("4", 700, 580), _unit("/", 710, 580), _unit("53", 720, 580)])
    values = [_unit(t, 50 + 40 * i, 460) for i, t in enumerate(["46", "%", "47", "%", "54", "%", "41", "%"])]
    assert not _page_number_shaped(values)
    assert not is_furniture(values, {})


def test_furniture_repeats_at_one_height() -> None:
    # "Q4 2024: 41 %" ends a measure on several pages, at a different height on each.
    assert _repeated_tops([(433.0, 8.0), (512.0, 8.0), (601.0, 8.0)]) == []
    assert _repeated_tops([(16.7, 9.0), (16.9, 9.0), (16.7, 9.0), (300.0, 9.0)]) == [16.7, 16.9, 16.7]


def test_a_line_of_furniture_text_elsewhere_on_the_page_stays() -> None:
    line = [_unit("Autamme", 49, 545.6), _unit("sopivalle", 107, 545.6), _unit("polulle", 159, 545.6)]
    key = "autammesopivallepolulle"
    assert is_furniture(line, {key: [545.0]})
    assert not is_furniture(line, {key: [300.0]})


def test_a_repeated_key_cuts_its_run_at_the_widest_gap() -> None:
    # An overview table's "Strateginen painopiste" far above a goal's own labels.
    hits = [_hit("theme", 52), _hit("goal", 342), _hit("theme", 371), _hit("owner", 400), _hit("kpi", 424)]
    groups = _groups(hits, 3)
    assert [[h.key for h in g] for g in groups] == [["goal", "theme", "owner", "kpi"]]


def test_another_part_between_two_labels_parts_them() -> None:
    hits = [_hit("goal", 60), _hit("kpi", 70), _hit("theme", 90), _hit("owner", 118), _hit("kpi", 300),
            _hit("goal", 552), _hit("theme", 598), _hit("owner", 626)]
    groups = _groups(hits, 3, stops=(350.0, 426.0))
    assert [[h.top for h in g] for g in groups] == [[60, 70, 90, 118], [552, 598, 626]]
