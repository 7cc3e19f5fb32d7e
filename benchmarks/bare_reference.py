"""A bare pyqtgraph widget holding a copy of a panel view's items: the redraw reference.

``BareCopy`` builds, beside a live view, a plain ``pg.GraphicsView`` whose plots sit at
the same places, with the same ranges and the same curves, scatters and fills (same counts,
same points, same pens and brushes), and nothing of the panel's machinery.  :meth:`BareCopy.redraw`
gives every copied item new data (a shift that changes every point) and paints once: what any
pyqtgraph program drawing the same figure would pay, the floor of the panel's redraw.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication


class BareCopy:
    """The copied items and the widget that shows them."""

    def __init__(self, source: pg.GraphicsView) -> None:
        self.widget = pg.GraphicsView()
        self.widget.resize(source.size())
        self.curves: list[tuple[pg.PlotDataItem, np.ndarray, np.ndarray]] = []
        self.scatters: list[tuple[pg.ScatterPlotItem, np.ndarray, np.ndarray, dict]] = []
        self.fills: list[tuple[pg.PlotCurveItem, np.ndarray, np.ndarray]] = []
        plots = [it for it in source.scene().items() if isinstance(it, pg.PlotItem) and it.isVisible()]
        for plot in plots:
            copy = pg.PlotItem()
            self.widget.scene().addItem(copy)
            copy.setGeometry(plot.sceneBoundingRect())
            (x0, x1), (y0, y1) = plot.vb.viewRange()
            copy.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            copy.vb.disableAutoRange()
            for item in plot.items:
                self._copy(copy, item)
        self.widget.show()
        QApplication.processEvents()  # exposed, so repaint() paints

    def _copy(self, plot: pg.PlotItem, item: object) -> None:
        if isinstance(item, pg.PlotDataItem) and item.xData is not None and item.isVisible():
            opts = item.opts
            twin = pg.PlotDataItem(item.xData, item.yData, pen=opts["pen"], symbol=opts["symbol"],
                                   symbolSize=opts["symbolSize"], symbolBrush=opts["symbolBrush"],
                                   symbolPen=opts["symbolPen"], antialias=opts["antialias"])
            plot.addItem(twin)
            self.curves.append((twin, np.asarray(item.xData), np.asarray(item.yData)))
        elif isinstance(item, pg.ScatterPlotItem) and item.isVisible() and len(item.data):
            x, y = item.data["x"].copy(), item.data["y"].copy()
            twin = pg.ScatterPlotItem()
            twin.opts.update({k: item.opts[k] for k in ("pen", "brush", "size", "symbol", "pxMode", "antialias",
                                                           "useCache")})
            style = {k: item.data[0][k] for k in ("size", "pen", "brush")}  # per point, as the panel set them
            style = {k: v for k, v in style.items() if v is not None and not (k == "size" and v < 0)}
            twin.setData(x, y, **style)
            plot.addItem(twin)
            self.scatters.append((twin, x, y, style))
        elif isinstance(item, pg.FillBetweenItem) and item.isVisible():
            lo, hi = item.curves
            a = pg.PlotCurveItem(lo.xData, lo.yData)
            b = pg.PlotCurveItem(hi.xData, hi.yData)
            plot.addItem(pg.FillBetweenItem(a, b, brush=item.brush()))
            self.fills += [(a, lo.xData.copy(), lo.yData.copy()), (b, hi.xData.copy(), hi.yData.copy())]

    @property
    def counts(self) -> str:
        points = sum(x.size for _, x, _ in self.curves) + sum(x.size for _, x, _, _ in self.scatters)
        return (f"{len(self.curves)} curves, {len(self.scatters)} scatters, {len(self.fills) // 2} fills, "
                f"{points:,} points")

    def redraw(self, k: int) -> None:
        """New data for every item (each point moved), then one synchronous paint."""
        shift = 1e-3 * (k % 7)
        for item, x, y in self.curves + self.fills:
            item.setData(x, y + shift)
        for item, x, y, style in self.scatters:
            item.setData(x + shift, y, **style)
        self.widget.viewport().repaint()

    def close(self) -> None:
        self.widget.close()
