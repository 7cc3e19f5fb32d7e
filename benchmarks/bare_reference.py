"""A bare pyqtgraph widget holding a copy of a panel view's items: the redraw reference.

``BareCopy`` builds, beside a live view, a plain ``pg.GraphicsView`` whose plots sit at the
same places, with the same titles, axis labels, legend entries and ranges, and the same
curves, scatters, fills, outlines (ellipses, arrow shafts), arrow heads, text items, rules and
shaded regions (same counts, same points, same pens and brushes), and nothing of the panel's
machinery (no lab computation, no figure diffing, no legend placement).  :meth:`BareCopy.redraw`
takes over the live view's current ranges, gives every copied item new data (a shift that
changes every point; each text item a new text, as the live view's numbers change) and paints
once: what a pyqtgraph program drawing the same figure would pay at least, the floor of the
panel's redraw.

A redraw paints once, as an event loop would: the scene's queued update is delivered (which
paints the view) before the redraw's time is taken.  (``viewport().repaint()`` alone painted
at once and left the scene's queued update behind: a second paint of the copy, delivered
by — and charged to — the next event processing, i.e. the live view's next frame.)
:attr:`BareCopy.stray_paints` counts paints of the copy outside its redraws (should be 0).

Scatters are moved the fastest way pyqtgraph allows, by writing the new positions into the
item's point records (``ScatterPlotItem.setData`` looks every point's symbol up again,
≈1–1.6 µs a point: 100–160 ms for 100,000 points, which no interactive program would use
for a drag).  Curves and fills use ``setData``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QGraphicsWidget


def _move_points(item: pg.ScatterPlotItem, x: np.ndarray, y: np.ndarray) -> None:
    """New positions for every point of ``item``, its symbols and styles kept."""
    item.data["x"] = x
    item.data["y"] = y
    item.prepareGeometryChange()
    item.informViewBoundsChanged()
    item.bounds = [None, None]
    item.invalidate()


class PaintCounter(QObject):
    """Counts paint events of a widget."""

    count = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class BareCopy:
    """The copied items and the widget that shows them."""

    def __init__(self, source: pg.GraphicsView, *, full: bool = True) -> None:
        """``full=False`` copies only the curves, scatters and fills and keeps the first
        ranges (the reference before it copied everything the view draws)."""
        self.full = full
        self.widget = pg.GraphicsView()
        self.widget.resize(source.size())
        self.curves: list[tuple[pg.PlotDataItem, np.ndarray, np.ndarray]] = []
        self.scatters: list[tuple[pg.ScatterPlotItem, np.ndarray, np.ndarray]] = []
        self.fills: list[tuple[pg.PlotCurveItem, np.ndarray, np.ndarray]] = []
        self.lines: list[tuple[pg.PlotCurveItem, np.ndarray, np.ndarray]] = []  # outlines, arrow shafts
        self.arrows: list[tuple[pg.ArrowItem, pg.ArrowItem]] = []  # (copy, source)
        self.labels: list[tuple[pg.TextItem, pg.TextItem]] = []  # text items in the plot: (copy, source)
        self.rules: list[tuple[pg.InfiniteLine, float]] = []
        self.regions: list[tuple[pg.LinearRegionItem, tuple[float, float]]] = []
        self.plots: list[tuple[pg.PlotItem, pg.PlotItem]] = []  # (source, copy)
        self.texts = 0
        plots = [it for it in source.scene().items() if isinstance(it, pg.PlotItem) and it.isVisible()]
        for plot in plots:
            copy = pg.PlotItem()
            self.widget.scene().addItem(copy)
            copy.setGeometry(plot.sceneBoundingRect())
            (x0, x1), (y0, y1) = plot.vb.viewRange()
            copy.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            copy.vb.disableAutoRange()
            if full:
                self._copy_texts(plot, copy)
            # a fill's two curves are copied with the fill
            in_fills = {id(c) for it in plot.items if isinstance(it, pg.FillBetweenItem) for c in it.curves}
            for item in plot.items:
                if id(item) in in_fills:
                    continue
                if full or isinstance(item, pg.PlotDataItem | pg.ScatterPlotItem | pg.FillBetweenItem):
                    self._copy(copy, item)
            self.plots.append((plot, copy))
        self.widget.show()
        QApplication.processEvents()  # exposed, so repaint() paints
        self._paints = PaintCounter(self.widget)
        self.widget.viewport().installEventFilter(self._paints)
        self.redraws = self.redraw_paints = 0  # redraws, and the paints inside them
        self._widgets = [it for it in self.widget.scene().items() if isinstance(it, QGraphicsWidget)]
        self._settle()  # what building the copy left posted
        self.reset_counts()

    def _copy_texts(self, plot: pg.PlotItem, copy: pg.PlotItem) -> None:
        if plot.titleLabel.isVisible() and plot.titleLabel.text:
            copy.setTitle(plot.titleLabel.text)
            self.texts += 1
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            copy.showAxis(side, axis.isVisible())
            copy.getAxis(side).setGrid(axis.grid)  # grid lines too: the axes paint them
            if axis.label.isVisible() and axis.labelText:
                copy.setLabel(side, axis.labelText)
                self.texts += 1
        legend = getattr(plot, "legend", None)
        if legend is not None and legend.isVisible() and legend.items:
            twin = copy.addLegend()
            for sample, label in legend.items:
                twin.addItem(sample.item, label.text)
                self.texts += 1

    def _copy(self, plot: pg.PlotItem, item: object) -> None:
        if not item.isVisible():
            return
        if isinstance(item, pg.PlotDataItem) and item.xData is not None:
            opts = item.opts
            twin = pg.PlotDataItem(item.xData, item.yData, pen=opts["pen"], symbol=opts["symbol"],
                                   symbolSize=opts["symbolSize"], symbolBrush=opts["symbolBrush"],
                                   symbolPen=opts["symbolPen"], antialias=opts["antialias"],
                                   stepMode=opts.get("stepMode"), fillLevel=opts.get("fillLevel"),
                                   fillBrush=opts.get("fillBrush"))
            plot.addItem(twin)
            self.curves.append((twin, np.asarray(item.xData), np.asarray(item.yData)))
        elif isinstance(item, pg.ScatterPlotItem) and len(item.data):
            x, y = item.data["x"].copy(), item.data["y"].copy()
            twin = pg.ScatterPlotItem(pxMode=item.opts["pxMode"], antialias=item.opts["antialias"])
            first = item.data[0]
            style = {k: first[k] for k in ("size", "pen", "brush") if first[k] is not None}
            style.setdefault("pen", item.opts["pen"])
            style.setdefault("brush", item.opts["brush"])
            if style.get("size", -1) < 0:
                style["size"] = item.opts["size"]
            twin.setData(x, y, **style)  # once: each redraw moves the points
            plot.addItem(twin)
            self.scatters.append((twin, x, y))
        elif isinstance(item, pg.FillBetweenItem):
            lo, hi = item.curves
            a = pg.PlotCurveItem(lo.xData, lo.yData)
            b = pg.PlotCurveItem(hi.xData, hi.yData)
            plot.addItem(pg.FillBetweenItem(a, b, brush=item.brush()))
            self.fills += [(a, lo.xData.copy(), lo.yData.copy()), (b, hi.xData.copy(), hi.yData.copy())]
        elif isinstance(item, pg.LinearRegionItem):
            twin = pg.LinearRegionItem(values=item.getRegion(), orientation=item.orientation, movable=False,
                                       brush=item.brush, pen=pg.mkPen(None))
            twin.setZValue(item.zValue())
            plot.addItem(twin)
            self.regions.append((twin, item.getRegion()))
        elif isinstance(item, pg.PlotCurveItem) and item.xData is not None and item.xData.size:
            twin = pg.PlotCurveItem(item.xData, item.yData, pen=item.opts["pen"], antialias=item.opts["antialias"])
            plot.addItem(twin)
            self.lines.append((twin, item.xData.copy(), item.yData.copy()))
        elif isinstance(item, pg.ArrowItem):
            twin = pg.ArrowItem(**{k: v for k, v in item.opts.items() if k != "pos"})
            twin.setPos(item.pos())
            plot.addItem(twin)
            self.arrows.append((twin, item))
        elif isinstance(item, pg.TextItem):
            twin = pg.TextItem(item.toPlainText(), color=item.color, anchor=item.anchor)
            twin.setFont(item.textItem.font())
            twin.setPos(item.pos())
            plot.addItem(twin)
            self.labels.append((twin, item))
            self.texts += 1
        elif isinstance(item, pg.InfiniteLine):
            twin = pg.InfiniteLine(pos=item.value(), angle=item.angle, pen=item.pen, movable=False)
            plot.addItem(twin, ignoreBounds=True)
            self.rules.append((twin, float(item.value())))

    @property
    def counts(self) -> str:
        points = sum(x.size for _, x, _ in self.curves + self.lines) + sum(x.size for _, x, _ in self.scatters)
        return (f"{len(self.curves) + len(self.lines)} curves, {len(self.scatters)} scatters, "
                f"{len(self.fills) // 2} fills, {len(self.rules)} rules, {len(self.regions)} regions, "
                f"{len(self.arrows)} arrow heads, {self.texts} texts, {points:,} points")

    def redraw(self, k: int) -> None:
        """The live view's ranges, new data for every item (each point moved), one synchronous paint."""
        shift = 1e-3 * (k % 7)
        for source, copy in self.plots if self.full else ():
            (x0, x1), (y0, y1) = source.vb.viewRange()
            if copy.vb.viewRange() != [[x0, x1], [y0, y1]]:
                copy.vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        for item, x, y in self.curves + self.fills + self.lines:
            item.setData(x, y + shift)
        for item, source in self.arrows:
            item.setPos(source.pos().x() + shift, source.pos().y())
            item.setStyle(angle=source.opts["angle"] + shift)
        for item, source in self.labels:  # a new text each time (the live view's numbers change)
            item.setText(source.toPlainText() + (" " if k % 2 else ""))
            item.setPos(source.pos())
        for item, x, y in self.scatters:
            _move_points(item, x + shift, y)
        for item, value in self.rules:
            item.setPos(value + shift)
        for item, (a, b) in self.regions:
            item.setRegion((a + shift, b + shift))
        for _source, copy in self.plots:
            copy.vb.prepareForPaint()  # the new range before the paint: one paint, no second one queued
        before = self._paints.count
        self._deliver()  # the copy's own posted events: its layouts, the scene's update, the paint
        if self._paints.count == before:
            self.widget.viewport().repaint()
        self._settle()
        self.redraws += 1
        self.redraw_paints += self._paints.count - before

    def reset_counts(self) -> None:
        """Count paints from now on (another window shown after this copy may have repainted it)."""
        self._paints.count = self.redraw_paints = self.redraws = 0

    def _settle(self) -> None:
        """Deliver what the paint itself posted (a relayout after a wider tick label, and its paint)."""
        for _ in range(4):
            painted = self._paints.count
            self._deliver()
            if self._paints.count == painted:
                break

    def _deliver(self) -> None:
        """Deliver the copy's posted events (and no one else's): what the event loop would do for it."""
        app = QApplication.instance()
        for widget in self._widgets:  # relayouts (a wider tick label), posted to each top-level graphics widget
            app.sendPostedEvents(widget, QEvent.Type.LayoutRequest)
        app.sendPostedEvents(self.widget.scene(), 0)  # the scene's queued update: it paints the view
        app.sendPostedEvents(self.widget, QEvent.Type.UpdateRequest)

    @property
    def stray_paints(self) -> int:
        """Paints of the copy outside :meth:`redraw` (they would be charged to whatever ran then)."""
        return self._paints.count - self.redraw_paints

    @property
    def paints_per_redraw(self) -> float:
        return self.redraw_paints / max(self.redraws, 1)

    def close(self) -> None:
        self.widget.close()
