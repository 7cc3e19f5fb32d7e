"""Where a label beside a marked point can sit without any drawn line, bar or point running through it.

The label's box is estimated in fractions of the plot from its length: text sizes follow the
page height (:mod:`lab.figures.placement`), so a label takes about the same share of a plot
on every page, and the figure lint checks the estimate on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from lab.figures import spec as fs
from lab.figures.free_corner import drawn_marks

#: A character of a size-1 label, as a share of the plot's width (generous: wide glyphs, small plots).
CHAR_SHARE_X = 0.02
#: One text line of a size-1 label, as a share of the plot's height.
LINE_SHARE_Y = 0.085


@dataclass(frozen=True)
class Spot:
    """A label position: ``(x, y)`` in data units and which edges of the text sit there."""

    x: float
    y: float
    anchor: Literal["left", "right"]
    valign: Literal["top", "bottom"]


def label_box(spot: Spot, text: str, size: float, xlim: tuple[float, float],
              ylim: tuple[float, float]) -> tuple[float, float, float, float]:
    """The estimated ``(x0, x1, y0, y1)`` (data units, linear axes) of ``text`` at ``spot``."""
    lines = text.split("\n")
    w = max(len(line) for line in lines) * CHAR_SHARE_X * size * (xlim[1] - xlim[0])
    h = len(lines) * LINE_SHARE_Y * size * (ylim[1] - ylim[0])
    x0 = spot.x if spot.anchor == "left" else spot.x - w
    y0 = spot.y if spot.valign == "bottom" else spot.y - h
    return x0, x0 + w, y0, y0 + h


def crowding(ax: fs.Axes, boxes: Sequence[tuple[float, float, float, float]]) -> list[int]:
    """How many of ``ax``'s marks (line samples, points, bar and band boxes, rules) reach each box."""
    x, y, filled = drawn_marks(ax)
    b = np.array(filled, dtype=np.float64).reshape(-1, 4)
    out = []
    for x0, x1, y0, y1 in boxes:
        points = np.count_nonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
        with np.errstate(invalid="ignore"):
            areas = np.count_nonzero((b[:, 0] <= x1) & (b[:, 1] >= x0) & (b[:, 2] <= y1) & (b[:, 3] >= y0))
        out.append(int(points + areas))
    return out


def free_spot(ax: fs.Axes, spots: Sequence[Spot], text: str, size: float) -> tuple[Spot, tuple[float, float]]:
    """The first of ``spots`` whose label box is free of ``ax``'s data (else the least crowded),
    and the y limits grown, if need be, so the box stays inside the plot."""
    xlim = ax.xlim or (0.0, 1.0)
    ylim = ax.ylim or (0.0, 1.0)
    boxes = [label_box(s, text, size, xlim, ylim) for s in spots]
    counts = crowding(ax, boxes)
    k = next((i for i, c in enumerate(counts) if c == 0), int(np.argmin(counts)))
    _, _, y0, y1 = boxes[k]
    pad = 0.02 * (ylim[1] - ylim[0])
    return spots[k], (min(ylim[0], y0 - pad), max(ylim[1], y1 + pad))
