"""Themes: the screen themes (light, dark) and the slide theme used for exports by default."""

from __future__ import annotations

from dataclasses import dataclass

# Okabe & Ito (2008), "Color Universal Design": distinguishable under the common forms of
# colour-vision deficiency.  Order chosen so the first four contrast well on white.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#000000",  # black (the "neutral" colour, index 7)
)


@dataclass(frozen=True)
class Theme:
    """Colours, sizes and fonts for one look."""

    name: str
    background: str
    foreground: str
    grid: str
    palette: tuple[str, ...]
    font_size: float
    title_size: float
    line_width: float
    marker_size: float
    transparent: bool = False

    def color(self, value: int | str) -> str:
        """Resolve a palette index, ``"fg"``/``"bg"``/``"grid"`` or a literal colour."""
        if isinstance(value, int):
            return self.palette[value % len(self.palette)]
        return {"fg": self.foreground, "bg": self.background, "grid": self.grid}.get(value, value)


SLIDE = Theme(
    name="slide",
    background="#FFFFFF",
    foreground="#000000",
    grid="#D9D9D9",
    palette=OKABE_ITO,
    font_size=16.0,
    title_size=19.0,
    line_width=3.0,
    marker_size=6.0,
)

LIGHT = Theme(
    name="light",
    background="#FFFFFF",
    foreground="#202020",
    grid="#E0E0E0",
    palette=OKABE_ITO,
    font_size=10.0,
    title_size=11.0,
    line_width=1.8,
    marker_size=4.0,
)

DARK = Theme(
    name="dark",
    background="#1E1E1E",
    foreground="#E6E6E6",
    grid="#3A3A3A",
    palette=("#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#0072B2", "#D55E00", "#E6E6E6"),
    font_size=10.0,
    title_size=11.0,
    line_width=1.8,
    marker_size=4.0,
)

THEMES: dict[str, Theme] = {t.name: t for t in (SLIDE, LIGHT, DARK)}
