"""Where a live legend goes: the corner of the plot that hides the least data.

pyqtgraph anchors a legend where it is told; matplotlib's exporter has ``loc="best"``.  This
is the live view's version of "best": count the data (lines resampled along their length)
inside a legend-sized box in each corner, in the fractions of the shown range.
"""

from __future__ import annotations

import math

import numpy as np

from lab.figures import spec as fs

#: Legend corners as (right, top), in matplotlib's order of preference for "best".
CORNERS: tuple[tuple[bool, bool], ...] = ((True, True), (False, True), (False, False), (True, False))


def view_fractions(ax: fs.Axes) -> tuple[np.ndarray, np.ndarray] | None:
    """Where the axes' lines and points lie, as fractions (0…1) of the shown x and y ranges.

    Lines are resampled along their length, so a segment crossing a corner counts there even
    when none of its vertices does.  The range is the axes' limits, or the data's extent.
    """
    xs, ys = [], []
    for item in ax.items:
        if isinstance(item, fs.Line | fs.Scatter) and len(item.x) > 0:
            x = np.asarray(item.x, dtype=np.float64)
            y = np.asarray(item.y, dtype=np.float64)
            if isinstance(item, fs.Line) and 1 < len(x) < 200:  # dense lines are sampled enough
                t = np.linspace(0.0, len(x) - 1.0, 400)
                x, y = np.interp(t, np.arange(len(x)), x), np.interp(t, np.arange(len(y)), y)
            xs.append(x)
            ys.append(y)
    if not xs:
        return None
    x, y = np.concatenate(xs), np.concatenate(ys)
    with np.errstate(divide="ignore", invalid="ignore"):
        if ax.xscale == "log":
            x = np.log10(np.where(x > 0, x, np.nan))
        if ax.yscale == "log":
            y = np.log10(np.where(y > 0, y, np.nan))
    keep = np.isfinite(x) & np.isfinite(y)
    x, y = x[keep], y[keep]
    if x.size == 0:
        return None

    def fractions(v: np.ndarray, lim: tuple[float, float] | None, scale: str) -> np.ndarray:
        if lim is not None:
            lo, hi = (math.log10(max(b, 1e-300)) for b in lim) if scale == "log" else lim
        else:
            lo, hi = float(v.min()), float(v.max())
        return (v - lo) / (hi - lo) if hi > lo else np.full_like(v, 0.5)

    return fractions(x, ax.xlim, ax.xscale), fractions(y, ax.ylim, ax.yscale)


def clearest_corner(
    fx: np.ndarray, fy: np.ndarray, w: float, h: float, current: tuple[bool, bool]
) -> tuple[bool, bool]:
    """The corner for a legend ``w`` × ``h`` (fractions of the plot) over points ``(fx, fy)``.

    The legend stays in ``current`` unless data reach it and another corner holds fewer
    points, so it does not hop around while a run streams in; ties go to the corner first in
    :data:`CORNERS`.
    """
    crowding = {}
    for corner in CORNERS:
        right, top = corner
        inside_x = fx >= 1 - w if right else fx <= w
        inside_y = fy >= 1 - h if top else fy <= h
        crowding[corner] = int(np.count_nonzero(inside_x & inside_y))
    if crowding[current] == 0:
        return current
    best = min(CORNERS, key=lambda c: crowding[c])
    return best if crowding[best] < crowding[current] else current
