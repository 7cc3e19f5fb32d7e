"""Every lecture claim has a one-click view: docs/CLAIMS.md and the lecture tour name presets that exist."""

from __future__ import annotations

import re
from pathlib import Path

from lab.registry import PANELS, available_specs
from lab.tour import TOURS, problems, step_for, tour

CLAIMS = Path(__file__).resolve().parents[2] / "docs" / "CLAIMS.md"
COLOUR_WORDS = re.compile(r"\b(red|green|blue|orange|yellow|purple|violet|pink|grey|gray)\b", re.I)


def known_presets() -> dict[str, set[str]]:
    names = {p.id: set() for p in PANELS}
    for panel_id, spec in available_specs().items():
        names[panel_id] |= {p.name for p in spec.presets}
    return names


def claims_table() -> list[tuple[str, str, str]]:
    """(section, claim, "panel:preset" cell) of every table row of docs/CLAIMS.md."""
    rows, section = [], ""
    for line in CLAIMS.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if len(cells) >= 2 and not set(cells[0]) <= set("-: ") and cells[0] != "Claim":
            rows.append((section, cells[0], cells[1]))
    return rows


def test_every_tour_step_names_an_existing_panel_and_preset():
    names = known_presets()
    for language, steps in TOURS.items():
        assert problems(steps, names) == [], language
        assert len(steps) >= 30


def test_the_tour_follows_the_lectures_order():
    sections = [step.section[:2] for step in tour()]
    assert sections == sorted(sections)  # §0 … §5, never back
    assert {s[:2] for s in sections} == {"§0", "§1", "§2", "§3", "§4", "§5"}


def test_tour_validation_reports_what_is_wrong():
    steps = tour()[:2]
    assert problems(steps, {"init": set()}) and "no preset" in problems(steps, {"init": set()})[0]
    assert "unknown panel" in problems(steps, {})[0]
    assert step_for(tour(), "pca", "Worked example Σ").title == "The worked example"
    assert step_for(tour(), "pca", "no such preset") is None


def test_tour_texts_name_no_colours():
    for step in tour():
        assert not COLOUR_WORDS.search(step.text + step.title), step.title


def test_panel_notes_name_no_colours():
    for panel_id, spec in available_specs().items():
        assert not COLOUR_WORDS.search(spec.notice), panel_id


def test_claims_table_names_existing_presets_and_covers_every_section():
    rows = claims_table()
    assert len(rows) >= 35
    names = known_presets()
    for _section, claim, cell in rows:
        refs = re.findall(r"`([a-z]+):([^`]+)`", cell)
        assert refs, f"no panel:preset for {claim!r}"
        for panel_id, preset in refs:
            if preset.startswith("view "):  # a panel's view rather than a preset
                continue
            assert preset in names[panel_id], f"{claim!r}: {panel_id} has no preset {preset!r}"
    sections = {s.split()[0] for s, _c, _p in rows}
    assert {"§0", "§1", "§2", "§3", "§4", "§5"} <= sections


def test_every_tour_step_is_in_the_claims_table():
    cells = " ".join(cell for _s, _c, cell in claims_table())
    for step in tour():
        assert f"`{step.panel}:{step.preset}`" in cells, step.title
