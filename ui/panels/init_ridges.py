"""Live ridgelines: one filled step curve per layer, cheap to update while a run streams in.

The exported figure draws all ridges as one band; in the live view pyqtgraph's fill-between of
thousands of points costs ~20 ms per update, while a step curve filled down to its own baseline
(``fillLevel``) costs well under 1 ms.
"""

from __future__ import annotations

import dataclasses

import pyqtgraph as pg
from PySide6.QtGui import QColor

from lab.figures import Band, Figure, Line, Theme
from lab.init.experiment import DepthResult
from lab.init.figures import ridge_heights


def strip_ridges(figure: Figure) -> Figure:
    """``figure`` without the ridgeline band and outline (the view draws those itself), and
    without its title (the panel shows it in a label: a changed title would make the view
    rebuild every plot)."""
    axes = []
    for ax in figure.axes:
        if ax.key.startswith("ridge_"):
            ax = dataclasses.replace(ax, items=tuple(i for i in ax.items if not isinstance(i, Band | Line)))
        axes.append(ax)
    return dataclasses.replace(figure, axes=tuple(axes), title="")


class Ridges:
    """The per-layer step curves drawn into one PlotItem."""

    def __init__(self) -> None:
        self._plot: pg.PlotItem | None = None
        self._curves: list[pg.PlotCurveItem] = []

    def clear(self) -> None:
        if self._plot is not None:
            for curve in self._curves:
                self._plot.removeItem(curve)
        self._curves = []

    def show(self, plot: pg.PlotItem, result: DepthResult, color_index: int, theme: Theme) -> None:
        """Draw ``result``'s ridges into ``plot`` (reusing the curves when the depth is unchanged)."""
        if plot is not self._plot:
            self._curves = []  # the view rebuilt its plots; the old curves went with them
            self._plot = plot
        heights = ridge_heights(result)
        if len(heights) != len(self._curves):
            self.clear()
            for _ in heights:
                curve = pg.PlotCurveItem()
                plot.addItem(curve)
                self._curves.append(curve)
        fill = QColor(theme.color(color_index))
        fill.setAlphaF(0.45)
        pen = pg.mkPen(theme.color(color_index), width=max(1.0, 0.5 * theme.line_width))
        edges = result.bins.edges
        # deeper layers first, so each ridge is drawn over the baseline of the one above it
        for layer in range(len(heights), 0, -1):
            curve = self._curves[layer - 1]
            curve.setData(edges, layer + heights[layer - 1], stepMode="center", fillLevel=float(layer),
                          brush=pg.mkBrush(fill), pen=pen)
            curve.setZValue(-layer)
            curve.opts["antialias"] = False  # filled areas: antialiasing doubles the paint time
