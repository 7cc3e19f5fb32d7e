"""The pyqtgraph items drawing each kind of plain-data figure item, created once and updated in place."""

from __future__ import annotations

import math
import weakref

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, Qt
from PySide6.QtGui import QColor, QFont, QPen

from lab.figures import Theme
from lab.figures import spec as fs
from ui.figure_style import lookup_table, move_scatter, remember_style

pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)

_PEN_STYLE = {
    "solid": Qt.PenStyle.SolidLine,
    "dashed": Qt.PenStyle.DashLine,
    "dotted": Qt.PenStyle.DotLine,
}

#: Fast views draw lines as hairlines unless the theme asks for thicker ones (presentation mode).
HAIRLINE_UP_TO = 2.0

#: Items that can have a legend entry.
LEGEND_ITEMS = (fs.Line, fs.Band, fs.Span, fs.Histogram, fs.Scatter, fs.Arrow, fs.Ellipse)


def qcolor(theme: Theme, value: fs.Color, alpha: float = 1.0) -> QColor:
    color = QColor(theme.color(value))
    color.setAlphaF(max(0.0, min(1.0, alpha)))
    return color


def view_point(ax: fs.Axes, text: fs.Text) -> QPointF:
    """Where a data text goes in its view box: a TextItem ignores the plot's log mode, so log10 units there."""
    x = math.log10(text.x) if ax.xscale == "log" and text.x > 0 else text.x
    y = math.log10(text.y) if ax.yscale == "log" and text.y > 0 else text.y
    return QPointF(x, y)


def text_valign(item: fs.Text) -> str:
    """Which edge of ``item`` sits at its y, as the exporter decides: its ``valign``, except that
    a centred axes text at 0.9 or higher hangs from its point."""
    return "top" if item.valign == "center" and item.coords == "axes" and item.y >= 0.9 else item.valign


def text_anchor(item: fs.Text) -> tuple[float, float]:
    """Where a text sits on its point, as the exporter puts it: its ``anchor`` and valign edges."""
    return ({"left": 0.0, "center": 0.5, "right": 1.0}[item.anchor],
            {"top": 0.0, "center": 0.5, "bottom": 1.0}[text_valign(item)])


def _positive_or_nan(values: np.ndarray) -> np.ndarray:
    """Log axes cannot show values <= 0: hide them instead of letting log10 warn."""
    out = np.array(values, dtype=np.float64, copy=True)
    out[~(out > 0)] = np.nan
    return out


class Rule(pg.InfiniteLine):
    """An ``InfiniteLine`` that fits its bounds to a new view range before painting.

    pyqtgraph's line recomputes them lazily inside ``boundingRect`` during the paint, and the
    geometry change it announces there schedules a second paint of the whole view after
    every range change.  Here it happens when the view's transform changes, before the paint.
    """

    def viewTransformChanged(self) -> None:
        super().viewTransformChanged()
        self.boundingRect()


def _fit_before_paint(line: pg.InfiniteLine) -> None:
    """Give a plain ``InfiniteLine`` (a region's edge) :class:`Rule`'s behaviour.

    Not by assigning ``__class__``: PySide 6.11 crashed (in ``MetaObjectBuilder::update``, at
    the next ``InfiniteLine`` made) once a line whose class had been swapped was freed.
    ``viewTransformChanged`` is pyqtgraph's own Python hook, so an instance attribute overrides
    it; a weak reference, so the line and its hook form no cycle.
    """
    ref = weakref.ref(line)

    def changed() -> None:
        target = ref()
        if target is not None:
            pg.InfiniteLine.viewTransformChanged(target)
            target.boundingRect()

    line.viewTransformChanged = changed


class Curve(pg.PlotDataItem):
    """A ``PlotDataItem`` that is not re-derived when only the y range changes and its data
    stay within the dynamic range limit of both the old and the new range.

    pyqtgraph re-clips and re-paths the curve on every y-range change in case its values need
    limiting to the view (huge coordinates confuse Qt's stroker); after a slider moved the
    limits, that was eight curves re-derived and a second paint of the view.
    """

    _y_extent: tuple[float, float] | None = None
    _y_fits: bool = False

    def setData(self, *args: object, **kwargs: object) -> None:
        super().setData(*args, **kwargs)
        y = self.yData
        finite = y[np.isfinite(y)] if y is not None and y.size else np.empty(0)
        self._y_extent = (float(finite.min()), float(finite.max())) if finite.size else None
        self._y_fits = False  # unknown until the next range change

    def viewRangeChanged(self, vb: object = None, ranges: object = None, changed: object = None) -> None:
        limit = self.opts.get("dynamicRangeLimit")
        if changed is not None and ranges is not None and not changed[0] and changed[1] and self._y_extent:
            lo, hi = ranges[1]
            span = abs(hi - lo)
            fits = limit is None or (span > 0 and self._y_extent[0] >= min(lo, hi) - limit * span
                                     and self._y_extent[1] <= max(lo, hi) + limit * span)
            was, self._y_fits = self._y_fits, fits
            if fits and was:
                self.setProperty("yViewRangeWasChanged", True)
                return
        super().viewRangeChanged(vb, ranges, changed)


class ItemPainter:
    """Creates and updates the graphics of figure items for one theme and speed mode.

    With ``fast=True`` lines are drawn as 1 px hairlines, downsampled per pixel and clipped
    to the view (Qt strokes wide pens ~20× slower; the exported slide keeps the theme's
    widths), and big scatters whose style is unchanged only get new positions.
    """

    def __init__(self, theme: Theme, fast: bool) -> None:
        self.theme = theme
        self.fast = fast

    def pen(self, color: fs.Color, width: float = 1.0, style: str = "solid", alpha: float = 1.0) -> QPen:
        return pg.mkPen(qcolor(self.theme, color, alpha), width=self.theme.line_width * width,
                        style=_PEN_STYLE[style])

    def line_pen(self, item: fs.Line) -> QPen:
        if self.fast and self.theme.line_width <= HAIRLINE_UP_TO:  # a cosmetic hairline
            return pg.mkPen(qcolor(self.theme, item.color), width=1.0, style=_PEN_STYLE[item.style])
        return self.pen(item.color, item.width, item.style)

    @staticmethod
    def _xy(x: np.ndarray, y: np.ndarray, ax: fs.Axes) -> tuple[np.ndarray, np.ndarray]:
        if ax.xscale == "log":
            x = _positive_or_nan(x)
        if ax.yscale == "log":
            y = _positive_or_nan(y)
        return x, y

    def create(self, plot: pg.PlotItem, item: fs.Item, ax: fs.Axes) -> list[pg.GraphicsObject]:
        """New graphics for ``item``, added to ``plot`` and drawn."""
        out: list[pg.GraphicsObject]
        if isinstance(item, fs.Line):  # unnamed: the legend is built from the figure's labels
            g = Curve(connect="finite")
            if self.fast:  # a min/max pair per pixel, only what is visible
                g.setDownsampling(auto=True, method="peak")
                g.setClipToView(True)
            out = [g]
        elif isinstance(item, fs.Band):
            lo, hi = pg.PlotCurveItem(), pg.PlotCurveItem()
            out = [lo, hi, pg.FillBetweenItem(lo, hi, brush=pg.mkBrush(qcolor(self.theme, item.color, item.alpha)))]
        elif isinstance(item, fs.Span):
            g = pg.LinearRegionItem(
                values=(item.start, item.stop), orientation="vertical" if item.orientation == "vertical" else "horizontal",
                movable=False, brush=pg.mkBrush(qcolor(self.theme, item.color, item.alpha)), pen=pg.mkPen(None),
            )
            g.setZValue(-10)
            for line in g.lines:  # its edges are InfiniteLines: fit their bounds before the paint too
                _fit_before_paint(line)
            out = [g]
        elif isinstance(item, fs.VLine | fs.HLine):
            out = [Rule(angle=90 if isinstance(item, fs.VLine) else 0, movable=False)]
        elif isinstance(item, fs.Histogram):
            # never downsampled or clipped: pyqtgraph then breaks stepMode's len(x) == len(y) + 1
            out = [Curve(stepMode="center", fillLevel=0)]
        elif isinstance(item, fs.Scatter):
            # PlotDataItem applies log axes itself; a bare ScatterPlotItem would be given raw units.
            log_axes = ax.xscale == "log" or ax.yscale == "log"
            out = [Curve(pen=None, symbol="o") if log_axes else pg.ScatterPlotItem(pxMode=True)]
        elif isinstance(item, fs.Arrow):
            out = [pg.PlotCurveItem(), pg.ArrowItem(headLen=14, tailLen=0, pen=None)]
        elif isinstance(item, fs.Ellipse):
            out = [pg.PlotCurveItem()]
        elif isinstance(item, fs.Image):
            out = [pg.ImageItem()]
        elif isinstance(item, fs.Text):
            out = [pg.TextItem(anchor=text_anchor(item))]
        else:  # pragma: no cover - the Item union is closed
            raise TypeError(f"cannot draw {type(item).__name__}")
        for g in out:
            plot.addItem(g)
        self.update(out, item, ax)
        return out

    def legend_sample(self, item: fs.Item, group: list[pg.GraphicsObject]) -> pg.GraphicsObject:
        """What a legend shows for ``item``: its own curve, or a filled square for a fill
        (a FillBetweenItem in a legend crashes)."""
        if isinstance(item, fs.Band | fs.Span):
            alpha = max(item.alpha, 0.3) if isinstance(item, fs.Span) else item.alpha
            return pg.ScatterPlotItem(symbol="s", size=14, pen=pg.mkPen(None),
                                      brush=pg.mkBrush(qcolor(self.theme, item.color, max(alpha, 0.35))))
        return group[0]

    def update(self, group: list[pg.GraphicsObject], item: fs.Item, ax: fs.Axes) -> None:
        """Show ``item`` (of the kind ``group`` was created for) in ``group``."""
        theme = self.theme
        if isinstance(item, fs.Line):
            x, y = self._xy(item.x, item.y, ax)
            group[0].setData(x, y, pen=self.line_pen(item))
        elif isinstance(item, fs.Band):
            x, lo = self._xy(item.x, item.y_low, ax)
            _, hi = self._xy(item.x, item.y_high, ax)
            with QSignalBlocker(group[0]):  # the fill is recomputed once, on the second curve
                group[0].setData(x, lo, pen=pg.mkPen(None))
            group[1].setData(x, hi, pen=pg.mkPen(None))
            group[2].setBrush(pg.mkBrush(qcolor(theme, item.color, item.alpha)))
        elif isinstance(item, fs.Span):
            group[0].setRegion((item.start, item.stop))
            group[0].setBrush(pg.mkBrush(qcolor(theme, item.color, item.alpha)))
        elif isinstance(item, fs.VLine):
            group[0].setPos(math.log10(item.x) if ax.xscale == "log" and item.x > 0 else item.x)
            group[0].setPen(self.pen(item.color, item.width, item.style))
        elif isinstance(item, fs.HLine):
            group[0].setPos(math.log10(item.y) if ax.yscale == "log" and item.y > 0 else item.y)
            group[0].setPen(self.pen(item.color, item.width, item.style))
        elif isinstance(item, fs.Histogram):
            counts = _positive_or_nan(item.counts) if ax.yscale == "log" else item.counts
            group[0].setData(
                item.edges, counts, stepMode="center", fillLevel=None if ax.yscale == "log" else 0,
                pen=self.pen(item.color, 0.6), brush=pg.mkBrush(qcolor(theme, item.color, item.alpha)),
            )
        elif isinstance(item, fs.Scatter):
            self._update_scatter(group[0], item, ax)
        elif isinstance(item, fs.Arrow):
            group[0].setData([item.x, item.x + item.dx], [item.y, item.y + item.dy], pen=self.pen(item.color, item.width))
            theta = math.degrees(math.atan2(item.dy, item.dx))
            group[1].setPos(QPointF(item.x + item.dx, item.y + item.dy))
            # ArrowItem points left at angle 0 and turns clockwise on screen (y points down).
            group[1].setStyle(angle=180.0 - theta, brush=qcolor(theme, item.color),
                              headLen=8 + 4 * theme.line_width, tipAngle=40)
            group[1].setVisible(item.dx != 0 or item.dy != 0)
        elif isinstance(item, fs.Ellipse):
            x, y = item.outline()
            group[0].setData(x, y, pen=self.pen(item.color, item.line_width, item.style))
        elif isinstance(item, fs.Image):
            _update_image(group[0], item)
        elif isinstance(item, fs.Text):
            # Numbers in a text change on every drag frame, its colour and size seldom: setting the
            # font again re-lays the text out (≈40 µs a text), so only what changed is set.
            color = QColor(theme.color(item.color))
            group[0].setText(item.text, color=None if group[0].color == color else color)
            anchor = text_anchor(item)
            if tuple(group[0].anchor) != anchor:
                group[0].setAnchor(anchor)
            font = QFont()
            font.setPointSizeF(theme.font_size * item.size)
            if group[0].textItem.font() != font:
                group[0].setFont(font)
            if item.coords == "data":
                group[0].setPos(view_point(ax, item))

    def _update_scatter(self, g: pg.GraphicsObject, item: fs.Scatter, ax: fs.Axes) -> None:
        theme = self.theme
        fast_path = self.fast and isinstance(g, pg.ScatterPlotItem)
        style = (item.color, item.size, item.alpha, theme.name)
        x, y = self._xy(item.x, item.y, ax)
        if fast_path and move_scatter(g, x, y, style):
            return
        brush = pg.mkBrush(qcolor(theme, item.color, item.alpha))
        if isinstance(g, pg.PlotDataItem):
            g.setData(x, y, pen=None, symbol="o", symbolSize=theme.marker_size * item.size, symbolBrush=brush,
                      symbolPen=None)
        elif fast_path and x.size > 2 and np.isfinite(x).any() and np.isfinite(y).any():
            # A new style: let setData style two points (≈1.6 µs a point: 160 ms for the PCA
            # stages' 100,000), then give the others their record.  The two sit at the data's
            # corners, so the bounds the view sees in between are already the final ones (one
            # point would flash a one-point range, and the axes keep the width it asked for).
            corners_x, corners_y = [np.nanmin(x), np.nanmax(x)], [np.nanmin(y), np.nanmax(y)]
            g.setData(corners_x, corners_y, size=theme.marker_size * item.size, pen=None, brush=brush)
            remember_style(g, style)
            if not move_scatter(g, x, y, style):  # the symbol was not looked up: style them all
                g.setData(x, y, size=theme.marker_size * item.size, pen=None, brush=brush)
        else:
            g.setData(x, y, size=theme.marker_size * item.size, pen=None, brush=brush)
            if fast_path:
                remember_style(g, style)


def _update_image(g: pg.ImageItem, item: fs.Image) -> None:
    data = item.data
    h, w = data.shape[:2]
    if data.ndim == 3:
        rgb = data if data.dtype == np.uint8 else np.clip(np.nan_to_num(data) * 255.0, 0, 255).astype(np.uint8)
        g.setImage(rgb, autoLevels=False, levels=(0, 255))
    else:
        finite = data[np.isfinite(data)]
        vmin = item.vmin if item.vmin is not None else (float(finite.min()) if finite.size else 0.0)
        vmax = item.vmax if item.vmax is not None else (float(finite.max()) if finite.size else 1.0)
        if vmax <= vmin:
            vmax = vmin + 1.0
        g.setImage(np.nan_to_num(data.astype(np.float32)), autoLevels=False, levels=(vmin, vmax))
        g.setLookupTable(lookup_table(item.cmap))
    if item.extent is None:
        g.setRect(QRectF(0, 0, w, h))
    else:
        x0, x1, y0, y1 = item.extent
        g.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
