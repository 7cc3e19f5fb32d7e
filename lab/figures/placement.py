"""Page-aware text sizes and legend placement: plain rules shared by the exporter and the live view.

A theme gives its sizes for a 16:9 slide page 5.4 in (13.7 cm) high.  Every other page scales
them by :func:`page_scale`, so a figure exported at 12×9 cm, 25×14 cm or 40×22.5 cm reads the
same once scaled onto a slide.  Text never gets smaller than :data:`MIN_TEXT_SHARE` of the page
height (the figure lint asserts it); when a page is too small for that, the figure is refused.

Legends never sit on data: :func:`legend_place` puts them to the right of their axes when that
leaves the axes wide enough, else above it (in several columns).  The live view can call it
with pixel sizes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeAlias

#: Page height (inches) at which a theme's sizes are meant: a 9.6 × 5.4 in (16:9) slide.
REFERENCE_HEIGHT_IN = 5.4
#: The smallest text allowed, as a share of the page height (≈ 8.2 pt on a 5.4 in page).
MIN_TEXT_SHARE = 0.021
#: ... and never below this many points, however small the page (a 3×2 cm page is refused).
MIN_TEXT_PT = 5.0
#: Text scale steps tried, largest first, when a page is crowded (never below MIN_TEXT_SHARE).
SHRINK_STEPS: tuple[float, ...] = (1.0, 0.86, 0.74, 0.64)
#: Relative sizes of the text roles (multiples of the theme's base font size).
TICK, LEGEND, CAPTION, NOTE = 0.85, 0.8, 0.78, 0.72
#: A legend to the right may take at most this share of its axes' cell width.
RIGHT_LEGEND_SHARE = 0.5
#: ... or when the plot beside it still gets this share of the page width.
RIGHT_MIN_PLOT_SHARE = 0.2

#: A legend too long for two rows goes above a plot only when its rows take less of the plot's
#: height than this share of what beside would take of its width (the plot then shrinks twice:
#: under the legend now, and again as the other decorations of its row grow).
ABOVE_COST_SHARE = 0.5

#: Pages narrower than this (width / height; 4:3 is 1.33) use a figure's reflowed arrangement first.
NARROW_ASPECT = 1.5

LegendPlace: TypeAlias = Literal["right", "above"]


def page_scale(width_in: float, height_in: float) -> float:
    """How much a theme's sizes scale on a ``width × height`` inch page.

    Text follows the page height; pages narrower than 4:3 follow their width instead (a
    portrait page has no room for slide-height text).
    """
    return min(height_in, 0.75 * width_in) / REFERENCE_HEIGHT_IN


@dataclass(frozen=True)
class TextSizes:
    """Font sizes in points for one page (all derived from one base size)."""

    base: float
    title: float
    suptitle: float

    @property
    def tick(self) -> float:
        return self.base * TICK

    @property
    def legend(self) -> float:
        return self.base * LEGEND

    @property
    def caption(self) -> float:
        return self.base * CAPTION

    @property
    def note(self) -> float:
        return self.base * NOTE


def text_sizes(font_size: float, title_size: float, width_in: float, height_in: float,
               shrink: float = 1.0) -> TextSizes:
    """The text sizes of a theme (``font_size``/``title_size`` at 5.4 in) on a given page."""
    s = max(page_scale(width_in, height_in) * shrink, MIN_TEXT_PT / (font_size * min(TICK, LEGEND, CAPTION, NOTE)))
    return TextSizes(base=font_size * s, title=title_size * s, suptitle=title_size * 1.1 * s)


def smallest_text_pt(height_in: float) -> float:
    """The smallest text size (points) the lint accepts on a page ``height_in`` inches high."""
    return MIN_TEXT_SHARE * height_in * 72.0


def shrink_allowed(font_size: float, width_in: float, height_in: float, shrink: float) -> bool:
    """True when the smallest text role at ``shrink`` stays at or above :data:`MIN_TEXT_SHARE`."""
    smallest = font_size * page_scale(width_in, height_in) * shrink * min(TICK, LEGEND, CAPTION, NOTE)
    return smallest >= smallest_text_pt(height_in) * 0.999


def legend_place(axes_width: float, legend_width: float, page_width: float = 0.0) -> LegendPlace:
    """Where a legend goes: ``"right"`` of its axes when it takes at most
    :data:`RIGHT_LEGEND_SHARE` of the axes' width plus the legend, or when the plot still gets
    :data:`RIGHT_MIN_PLOT_SHARE` of the page width; else ``"above"`` (in columns)."""
    if legend_width <= RIGHT_LEGEND_SHARE * (axes_width + legend_width):
        return "right"
    return "right" if axes_width >= RIGHT_MIN_PLOT_SHARE * page_width > 0 else "above"


def legend_columns(n_entries: int, entry_width: float, room: float) -> int:
    """How many columns a legend above its axes gets so its rows fit ``room``."""
    if entry_width <= 0:
        return max(1, n_entries)
    return max(1, min(n_entries, int(room // entry_width)))


def legend_spot(axes_width: float, legend_width: float, page_width: float, n_entries: int,
                entry_width: float | Callable[[], float], room: float, axes_height: float = 0.0,
                row_height: float = 0.0) -> tuple[LegendPlace, int]:
    """The whole legend decision, as ``(place, columns)``: :func:`legend_place`, and above when
    :func:`legend_columns` fits it in at most two rows, or (given the plot's height and a
    legend row's) when its rows above take a smaller share of the plot's height than the
    legend beside takes of its width (a squeezed plot: an equal-aspect cloud shrinks to a line).

    ``entry_width`` may be a function, called only when the legend may go above (measuring
    the entries costs the exporter text extents)."""
    if legend_place(axes_width, legend_width, page_width) == "right":
        return "right", 1
    entry = entry_width() if callable(entry_width) else entry_width
    ncol = legend_columns(n_entries, entry, room)
    if ncol >= (n_entries + 1) // 2:
        return "above", ncol
    rows = -(-n_entries // ncol)
    if (axes_height > 0 and entry <= room
            and rows * row_height / axes_height < ABOVE_COST_SHARE * legend_width / (axes_width + legend_width)):
        return "above", ncol
    return "right", 1


def spread_labels(values: list[float], gap: float, ceiling: float = math.inf) -> list[float]:
    """Label positions near ``values`` with at least ``gap`` between neighbours (order kept),
    none above ``ceiling``: labels pushed down by the ceiling push only the labels they would
    meet, the others stay at their values."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    placed = [values[i] for i in order]
    for k in range(1, len(placed)):
        placed[k] = max(placed[k], placed[k - 1] + gap)
    if placed:
        placed[-1] = min(placed[-1], ceiling)
    for k in range(len(placed) - 2, -1, -1):
        placed[k] = min(placed[k], placed[k + 1] - gap)
    out = [0.0] * len(values)
    for k, i in enumerate(order):
        out[i] = placed[k]
    return out
