"""The decision-line view of the PCA panel: the same small tilt of w, off-centre data vs centred data.

Built on :mod:`lab.pca.decision`: the line goes through the cloud's mean, w is tilted by
``tilt_deg`` with b fixed, and the points that change class are marked.  Off-centre data sit
far from the origin, so the tilted line sweeps through them; centred data see a thin wedge.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from lab.figures.numbers import num
from lab.figures.spec import Axes, Figure, Line, Scatter, Table
from lab.pca.decision import DecisionStability, decision_stability

KEPT, FLIPPED, LINE, TILTED, ORIGIN = 0, 1, "fg", 1, "fg"  # the tilt and what it flips share a colour


def _line(w: NDArray[np.float64], b: float, xlim: tuple[float, float],
          ylim: tuple[float, float]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The part of {x : w·x + b = 0} inside the view (clipped here, so no renderer widens the view)."""
    norm2 = float(w @ w)
    p0 = -b * w / norm2
    d = np.array([-w[1], w[0]]) / np.sqrt(norm2)
    t_lo, t_hi = -np.inf, np.inf
    for k, (lo, hi) in enumerate((xlim, ylim)):
        if abs(d[k]) < 1e-15:
            if not lo <= p0[k] <= hi:
                return np.full(2, np.nan), np.full(2, np.nan)
            continue
        a, c = (lo - p0[k]) / d[k], (hi - p0[k]) / d[k]
        t_lo, t_hi = max(t_lo, min(a, c)), min(t_hi, max(a, c))
    if not t_lo < t_hi:
        return np.full(2, np.nan), np.full(2, np.nan)
    t = np.array([t_lo, t_hi])
    return p0[0] + t * d[0], p0[1] + t * d[1]


def _limits(pts: NDArray[np.float64]) -> tuple[tuple[float, float], tuple[float, float]]:
    allp = np.vstack([pts, np.zeros((1, 2))])
    lo, hi = allp.min(axis=0), allp.max(axis=0)
    span = max(float((hi - lo).max()), 1e-9)
    mid = (lo + hi) / 2
    half = 0.55 * span
    return (float(mid[0] - half), float(mid[0] + half)), (float(mid[1] - half), float(mid[1] + half))


def stability_axes(s: DecisionStability, *, key: str, title: str, col: int) -> Axes:
    """One view: kept and flipped points, the line and its tilted copy, the origin."""
    pts, flip = s.points, s.flipped
    xlim, ylim = _limits(pts)
    x0, y0 = _line(s.w, s.b, xlim, ylim)
    x1, y1 = _line(s.w_tilted, s.b, xlim, ylim)
    items = (
        Scatter(pts[~flip, 0], pts[~flip, 1], label="", color=KEPT, size=0.8, alpha=0.45, key="kept"),
        Scatter(pts[flip, 0], pts[flip, 1], label="class flipped", color=FLIPPED, size=1.2, alpha=0.9, key="flipped"),
        Line(x0, y0, label="w·x + b = 0", color=LINE, width=1.2, key="line"),
        Line(x1, y1, label=f"w tilted {s.angle_deg:g}°", color=TILTED, width=1.2, style="dashed", key="tilted"),
        Scatter(np.zeros(1), np.zeros(1), label="", color=ORIGIN, size=2.0, alpha=1.0, key="origin"),
    )
    return Axes(key=key, items=items, title=f"{title}: {100 * s.fraction:.1f}% flip", xlabel="x", ylabel="y",
                xlim=xlim, ylim=ylim, equal_aspect=True, legend=col == 0, col=col)


def decision_figure(points: NDArray[np.float64], train: NDArray[np.intp], tilt_deg: float) -> Figure:
    """Off-centre (as given) vs centred (minus the training mean): which points a tilt of w flips."""
    pts = np.asarray(points, dtype=np.float64)
    centred = pts - pts[train].mean(axis=0) if len(train) else pts - pts.mean(axis=0)
    off = decision_stability(pts, tilt_deg)
    cen = decision_stability(centred, tilt_deg)
    rows = [(name, s.points.shape[0], int(s.flipped.sum()), s.fraction, s.distance, s.angle_deg)
            for name, s in (("original", off), ("centred", cen))]
    table = Table.from_rows("decision", ("data", "n", "flipped", "fraction", "mean_distance", "tilt_deg"), rows)
    return Figure(
        name="decision",
        axes=(stability_axes(off, key="off_centre", title="Off-centre", col=0),
              stability_axes(cen, key="centred", title="Centred", col=1)),
        ncols=2, tables=(table,),
        title="Zero-centring keeps a decision line stable",
        caption=f"The line goes through the mean ({num(off.distance)} from the origin off-centre); w is tilted by "
                f"{tilt_deg:g}° with b fixed, so the line turns about the origin (the dot). Flipped: "
                f"{100 * off.fraction:.1f}% off-centre, {100 * cen.fraction:.1f}% centred.",
    )
