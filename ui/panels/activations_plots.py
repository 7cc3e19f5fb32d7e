"""pyqtgraph tuning for the activation panel's live views (fast hairlines, sparse log ticks)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QPen


def fast_lines(plot: pg.PlotItem) -> None:
    """Hairline pens and per-pixel downsampling for the plot's data items.

    Qt strokes pens wider than one pixel ~20× slower than hairlines: eight 4096-point curves
    at the theme's 1.8 px cost three frames.  The live view therefore draws hairlines
    (cosmetic 1 px pens); the exported slide keeps the theme's widths.
    """
    for item in plot.listDataItems():
        if not isinstance(item, pg.PlotDataItem):
            continue
        if not item.opts["autoDownsample"]:  # a min/max pair per pixel, only what is visible
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)
        pen = item.opts["pen"]
        if isinstance(pen, QPen) and pen.widthF() != 1.0:
            thin = QPen(pen)
            thin.setWidthF(1.0)
            item.setPen(thin)


def decade_ticks_only(axis: pg.AxisItem) -> None:
    """On a log axis spanning many decades, tick (and grid) whole decades only.

    pyqtgraph adds 9 minor ticks per decade whatever the span: 350 grid lines for 10⁻³⁵…1,
    which are unreadable and cost ~10 ms a paint.
    """
    if getattr(axis, "_decades_only", False):
        return
    default = axis.logTickValues

    def ticks(min_val: float, max_val: float, size: float, std_ticks: list) -> list:
        if max_val - min_val > 6:
            major = [(spacing, t) for spacing, t in std_ticks if spacing is not None and spacing >= 1.0]
            if major:
                return major
        return default(min_val, max_val, size, std_ticks)

    axis.logTickValues = ticks
    axis._decades_only = True


def major_grid_only(plot: pg.PlotItem) -> None:
    """Grid lines at major ticks only: calmer, and the minor grid is most of the paint time."""
    for side in ("left", "bottom"):
        plot.getAxis(side).setStyle(maxTickLevel=0)


def percent(fraction: float) -> str:
    """A share as a percentage that never rounds a small non-zero share to "0.00 %"."""
    if fraction == 0.0:
        return "0 %"
    return f"{100 * fraction:.3g} %"
