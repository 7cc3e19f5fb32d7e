"""Which corner of an axes is free of data, so a legend can sit there without covering any.

Used by the live view when a legend fits neither beside nor above its axes
(:func:`lab.figures.placement.legend_spot`): a corner qualifies only when nothing drawn
reaches a box of the legend's size there: no line (resampled along its length), point,
histogram bar, band or rule.  Everything is measured in fractions (0…1) of the shown range.
"""

from __future__ import annotations

import math

import numpy as np

from lab.figures import spec as fs

#: Legend corners as (right, top), in matplotlib's order of preference for "best".
CORNERS: tuple[tuple[bool, bool], ...] = ((True, True), (False, True), (False, False), (True, False))
#: Lines are resampled to at least this many points, so a segment crossing a corner counts there.
_RESAMPLE = 800


def _log(v: np.ndarray, scale: str) -> np.ndarray:
    if scale != "log":
        return np.asarray(v, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.log10(np.where(v > 0, v, np.nan))


def _dense(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if 1 < len(x) < _RESAMPLE:
        t = np.linspace(0.0, len(x) - 1.0, _RESAMPLE)
        k = np.arange(len(x))
        return np.interp(t, k, x), np.interp(t, k, y)
    return x, y


def drawn_marks(ax: fs.Axes) -> tuple[np.ndarray, np.ndarray, list[tuple[float, float, float, float]]]:
    """Points (shown units) and filled boxes (x0, x1, y0, y1) of what ``ax`` draws."""
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    boxes: list[tuple[float, float, float, float]] = []
    for item in ax.items:
        if isinstance(item, fs.Line | fs.Scatter) and len(item.x) > 0:
            x, y = _log(item.x, ax.xscale), _log(item.y, ax.yscale)
            if isinstance(item, fs.Line):
                x, y = _dense(x, y)
            xs.append(x)
            ys.append(y)
        elif isinstance(item, fs.Band) and len(item.x) > 0:
            x = _log(item.x, ax.xscale)
            lo, hi = _log(item.y_low, ax.yscale), _log(item.y_high, ax.yscale)
            b = np.stack([x[:-1], x[1:], np.minimum(lo[:-1], lo[1:]), np.maximum(hi[:-1], hi[1:])], axis=1)
            boxes += [tuple(r) for r in b[np.isfinite(b).all(axis=1)]]
        elif isinstance(item, fs.Histogram) and len(item.counts) > 0:
            e, c = _log(item.edges, ax.xscale), _log(item.counts, ax.yscale)
            floor = np.full_like(c, -np.inf if ax.yscale == "log" else 0.0)
            b = np.stack([e[:-1], e[1:], np.minimum(floor, c), np.maximum(floor, c)], axis=1)
            boxes += [tuple(r) for r in b[np.isfinite(b[:, [0, 1, 3]]).all(axis=1)]]
        elif isinstance(item, fs.VLine):
            v = _log(np.array([item.x]), ax.xscale)[0]
            boxes.append((v, v, -np.inf, np.inf))
        elif isinstance(item, fs.HLine):
            v = _log(np.array([item.y]), ax.yscale)[0]
            boxes.append((-np.inf, np.inf, v, v))
        elif isinstance(item, fs.Arrow):
            x, y = _dense(np.array([item.x, item.x + item.dx]), np.array([item.y, item.y + item.dy]))
            xs.append(_log(x, ax.xscale))
            ys.append(_log(y, ax.yscale))
    x = np.concatenate(xs) if xs else np.empty(0)
    y = np.concatenate(ys) if ys else np.empty(0)
    keep = np.isfinite(x) & np.isfinite(y)
    return x[keep], y[keep], [b for b in boxes if not any(math.isnan(v) for v in b)]


def _range(lim: tuple[float, float] | None, scale: str, values: list[np.ndarray]) -> tuple[float, float] | None:
    if lim is not None:
        lo, hi = (math.log10(max(b, 1e-300)) for b in lim) if scale == "log" else lim
        return (float(lo), float(hi)) if hi > lo else None
    finite = [v[np.isfinite(v)] for v in values]
    finite = [v for v in finite if v.size]
    if not finite:
        return None
    lo, hi = min(float(v.min()) for v in finite), max(float(v.max()) for v in finite)
    return (lo, hi) if hi > lo else None


def corner_crowding(ax: fs.Axes, w: float, h: float) -> dict[tuple[bool, bool], int] | None:
    """How many of ``ax``'s marks (points, bars, bands, rules) reach a ``w`` × ``h`` box
    (fractions of the plot) in each corner; ``None`` when the axes have no range."""
    x, y, boxes = drawn_marks(ax)
    finite_box = [np.array([b[0], b[1]]) for b in boxes]
    xr = _range(ax.xlim, ax.xscale, [x, *finite_box])
    yr = _range(ax.ylim, ax.yscale, [y, *[np.array([b[2], b[3]]) for b in boxes]])
    if xr is None or yr is None:
        return None
    fx, fy = (x - xr[0]) / (xr[1] - xr[0]), (y - yr[0]) / (yr[1] - yr[0])
    b = np.array(boxes, dtype=np.float64).reshape(-1, 4)
    with np.errstate(invalid="ignore"):
        bx = (b[:, :2] - xr[0]) / (xr[1] - xr[0])
        by = (b[:, 2:] - yr[0]) / (yr[1] - yr[0])
    out = {}
    for right, top in CORNERS:
        x0, x1 = (1.0 - w, 1.0) if right else (0.0, w)
        y0, y1 = (1.0 - h, 1.0) if top else (0.0, h)
        out[(right, top)] = int(np.count_nonzero((fx >= x0) & (fx <= x1) & (fy >= y0) & (fy <= y1))
                                + np.count_nonzero((bx[:, 0] <= x1) & (bx[:, 1] >= x0) & (by[:, 0] <= y1) & (by[:, 1] >= y0)))
    return out


def free_corner(ax: fs.Axes, w: float, h: float) -> tuple[bool, bool] | None:
    """The first corner (``(right, top)``, in :data:`CORNERS` order) where a ``w`` × ``h``
    box (fractions of the plot) holds none of ``ax``'s data, or ``None``."""
    crowding = corner_crowding(ax, w, h)
    if crowding is None:
        return None
    return next((c for c in CORNERS if crowding[c] == 0), None)

