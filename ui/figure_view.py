"""Live pyqtgraph view of a plain-data :class:`lab.figures.Figure`, updated in place."""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsItem, QWidget

from lab.figures import LIGHT, Theme
from lab.figures import spec as fs
from lab.i18n import translate_figure
from ui.figure_style import decade_ticks_only, lookup_table, move_scatter, remember_style, same_item
from ui.legend_corner import clearest_corner, view_fractions

pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)

_PEN_STYLE = {
    "solid": Qt.PenStyle.SolidLine,
    "dashed": Qt.PenStyle.DashLine,
    "dotted": Qt.PenStyle.DotLine,
}


def _qcolor(theme: Theme, value: fs.Color, alpha: float = 1.0) -> QColor:
    color = QColor(theme.color(value))
    color.setAlphaF(max(0.0, min(1.0, alpha)))
    return color


def _positive_or_nan(values: np.ndarray) -> np.ndarray:
    """Log axes cannot show values <= 0: hide them instead of letting log10 warn."""
    out = np.array(values, dtype=np.float64, copy=True)
    out[~(out > 0)] = np.nan
    return out


class _AxesView:
    """The pyqtgraph items drawing one :class:`lab.figures.Axes`."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.signature: tuple = ()
        self.graphics: list[list[pg.GraphicsObject]] = []
        self.legend: pg.LegendItem | None = None
        self.legend_corner: tuple[bool, bool] = (True, True)  # (right, top): where addLegend puts it
        self.axes_texts: list[tuple[pg.TextItem, fs.Text]] = []
        self.legend_entries: tuple = ()  # (item index, label) rows the legend shows
        self.settings: tuple = ()  # the axes settings last applied, to skip unchanged ones
        self.items: tuple[fs.Item, ...] = ()  # the plain-data items the graphics show now
        self.legend_inputs: tuple = ()  # what the legend corner was last chosen from

    def clear(self) -> None:
        self.plot.clear()  # removes every item from the plot (and its scene) exactly once
        self.graphics = []
        self.items = ()
        self.axes_texts = []
        self.legend_entries = ()
        self.legend_inputs = ()
        if self.legend is not None:
            self.legend.clear()


#: Fast views draw lines as hairlines unless the theme asks for thicker ones (presentation mode).
HAIRLINE_UP_TO = 2.0


class FigureView(pg.GraphicsLayoutWidget):
    """Draws a Figure's axes on a grid; a new figure with the same keys updates in place.

    Every text on screen (titles, labels, legend entries, text items) is taken from the new
    figure on each update, so nothing can show a value from an earlier state.  With
    ``fast=True`` lines are drawn as 1 px hairlines, downsampled per pixel and clipped to the
    view (Qt strokes wide pens ~20× slower; the exported slide keeps the theme's widths), and
    big scatters whose style is unchanged only get new positions (see ``figure_style``).
    """

    figure_shown = Signal()

    def __init__(self, parent: QWidget | None = None, *, fast: bool = False) -> None:
        super().__init__(parent)
        self._fast = fast
        self._theme: Theme = LIGHT
        self._views: dict[str, _AxesView] = {}
        self._structure: tuple = ()
        self._figure: fs.Figure | None = None
        self._title: pg.LabelItem | None = None
        self.setBackground(self._theme.background)

    # --- public API ----------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        """Switch colours and fonts; the current figure is redrawn."""
        self._theme = theme
        self.setBackground(theme.background)
        figure, self._figure = self._figure, None
        self._structure = ()
        if figure is not None:
            self.show_figure(figure)

    def plot(self, axes_key: str) -> pg.PlotItem:
        """The PlotItem drawing axes ``axes_key`` (for interactive extras)."""
        return self._views[axes_key].plot

    def figure(self) -> fs.Figure | None:
        """The figure currently shown."""
        return self._figure

    def show_figure(self, figure: fs.Figure) -> None:
        """Draw ``figure`` (in the current language), reusing items whose axes and keys match."""
        figure = translate_figure(figure)
        structure = (
            bool(figure.title),  # the text itself changes in place
            figure.nrows,
            figure.ncols,
            tuple((a.key, a.row, a.col, a.rowspan, a.colspan) for a in figure.axes),
        )
        if structure != self._structure:
            self._rebuild(figure)
            self._structure = structure
        elif self._title is not None and self._figure is not None and figure.title != self._figure.title:
            self._title.setText(html.escape(figure.title))
        for ax in figure.axes:
            self._update_axes(self._views[ax.key], ax)
        self._figure = figure
        self.figure_shown.emit()

    # --- layout --------------------------------------------------------------------------
    def _rebuild(self, figure: fs.Figure) -> None:
        self.ci.clear()
        self._views = {}
        offset = 0
        self._title = None
        if figure.title:
            self._title = self.ci.addLabel(
                html.escape(figure.title), row=0, col=0, colspan=figure.ncols,
                color=self._theme.foreground, size=f"{self._theme.title_size + 1:.0f}pt",
            )
            offset = 1
        for ax in figure.axes:
            plot = self.ci.addPlot(row=ax.row + offset, col=ax.col, rowspan=ax.rowspan, colspan=ax.colspan)
            plot.setMenuEnabled(False)
            self._style_plot(plot)
            view = _AxesView(plot)
            self._views[ax.key] = view
            # Axes-fraction texts follow the view range (equal aspect changes it after drawing).
            plot.vb.sigRangeChanged.connect(lambda *_a, v=view: self._place_axes_texts(v))
        for ax in figure.axes:
            if ax.share_x and ax.share_x in self._views:
                self._views[ax.key].plot.setXLink(self._views[ax.share_x].plot)
            if ax.share_y and ax.share_y in self._views:
                self._views[ax.key].plot.setYLink(self._views[ax.share_y].plot)

    def _style_plot(self, plot: pg.PlotItem) -> None:
        theme = self._theme
        font = QFont()
        font.setPointSizeF(theme.font_size * 0.9)
        label = QFont()
        label.setPointSizeF(theme.font_size)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.foreground))
            axis.setTextPen(pg.mkPen(theme.foreground))
            axis.setTickFont(font)
        for name in ("left", "bottom"):
            decade_ticks_only(plot.getAxis(name))
            # An axis paints its ticks and grid lines by replaying a QPicture (~1–2 ms of
            # antialiased lines across the plot); cached as a pixmap, a frame in which only the
            # data change blits it instead.  The axis re-renders when its range or style changes.
            plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # pyqtgraph sizes the bottom axis for its default font: make room for the theme's
        # tick labels plus the axis title so the two never overlap.
        plot.getAxis("bottom").setHeight(QFontMetrics(font).height() + QFontMetrics(label).height() + 14)

    def _label_style(self) -> dict[str, str]:
        return {"color": self._theme.foreground, "font-size": f"{self._theme.font_size:.0f}pt"}

    # --- axes ------------------------------------------------------------------------------
    def _update_axes(self, view: _AxesView, ax: fs.Axes) -> None:
        plot = view.plot
        theme = self._theme
        has_photo = any(isinstance(i, fs.Image) and i.extent is None for i in ax.items)
        settings = (ax.title, ax.xlabel, ax.ylabel, ax.show_axes, ax.xscale, ax.yscale, ax.grid,
                    ax.equal_aspect, has_photo, theme)
        if settings != view.settings:  # re-applying these costs about half a frame
            # pyqtgraph renders titles and labels as HTML: escape them so "<" and "&" show.
            plot.setTitle(html.escape(ax.title) or None, color=theme.foreground, size=f"{theme.title_size:.0f}pt")
            plot.setLabel("bottom", html.escape(ax.xlabel), **self._label_style())
            plot.setLabel("left", html.escape(ax.ylabel), **self._label_style())
            for name in ("left", "bottom"):
                # No automatic SI scaling: pyqtgraph applies it to any range inside (0, 1) even
                # without units, so 0.6 would read 600.  (enableAutoSIPrefix(False) computes one
                # last scale and then freezes it; no enable ranges means scale 1.  Must follow
                # setLabel, which resets the ranges.)
                axis = plot.getAxis(name)
                axis.setSIPrefixEnableRanges(())
                axis.updateAutoSIPrefix()
                # Linear axes: ticks and grid at major steps only, as in the exported slide; the
                # minor grid doubled the paint time.  Log axes keep their labelled minor ticks.
                log_axis = (ax.xscale if name == "bottom" else ax.yscale) == "log"
                axis.setStyle(maxTickLevel=1 if log_axis else 0)
                plot.showAxis(name, ax.show_axes)
            plot.setLogMode(x=ax.xscale == "log", y=ax.yscale == "log")
            plot.showGrid(x=ax.grid, y=ax.grid, alpha=0.25)
            plot.setAspectLocked(ax.equal_aspect)
            plot.invertY(has_photo)
            view.settings = settings
        if ax.legend and view.legend is None:
            view.legend = plot.addLegend(labelTextColor=theme.foreground, offset=(-10, 10))
        signature = (ax.xscale, ax.yscale, *((type(item).__name__, item.key or str(i)) for i, item in enumerate(ax.items)))
        if signature != view.signature:
            view.clear()  # items only: the axes settings applied above stay
            view.graphics = [self._create(view, item, ax) for item in ax.items]
            view.signature = signature
            moved = True
        else:
            # Only what changed: an ELU α change moves one curve and one highlighter of eight.
            moved = False
            for group, old, item in zip(view.graphics, view.items, ax.items, strict=True):
                if not same_item(old, item):
                    self._update(group, item, ax)
                    moved = moved or isinstance(item, _CORNER_ITEMS)
        view.items = ax.items
        self._apply_limits(plot, ax)
        self._place_axes_texts(view)
        if view.legend is not None:
            self._sync_legend(view, ax)
            self._place_legend(view, ax, moved)

    def _apply_limits(self, plot: pg.PlotItem, ax: fs.Axes) -> None:
        def tr(lim: tuple[float, float], scale: str) -> tuple[float, float]:
            if scale == "log":
                return (math.log10(max(lim[0], 1e-300)), math.log10(max(lim[1], 1e-300)))
            return lim

        if ax.equal_aspect and ax.xlim is not None and ax.ylim is not None:
            # One call: with a locked aspect a second setYRange would shift the x range.
            plot.vb.setRange(xRange=tr(ax.xlim, ax.xscale), yRange=tr(ax.ylim, ax.yscale), padding=0)
            return
        if ax.xlim is not None:
            plot.setXRange(*tr(ax.xlim, ax.xscale), padding=0)
        else:
            plot.enableAutoRange(axis="x")
        if ax.ylim is not None:
            plot.setYRange(*tr(ax.ylim, ax.yscale), padding=0)
        else:
            plot.enableAutoRange(axis="y")

    def _sync_legend(self, view: _AxesView, ax: fs.Axes) -> None:
        """Rebuild the legend whenever an entry's text changes (labels often carry numbers)."""
        legend = view.legend
        assert legend is not None
        entries = tuple((i, item.label) for i, item in enumerate(ax.items)
                        if isinstance(item, _LEGEND_ITEMS) and item.label)
        if entries == view.legend_entries:
            return
        legend.clear()
        for i, label in entries:
            item, group = ax.items[i], view.graphics[i]
            if isinstance(item, fs.Band | fs.Span):
                sample = self._fill_proxy(item.color, max(item.alpha, 0.3) if isinstance(item, fs.Span) else item.alpha)
            else:
                sample = group[0]
            legend.addItem(sample, html.escape(label))
        view.legend_entries = entries

    def _place_legend(self, view: _AxesView, ax: fs.Axes, moved: bool) -> None:
        """Put the legend in the corner that hides the least data, like matplotlib's "best".

        The corner only changes when the data reach the legend's current one and another
        corner is clearer, so a legend does not hop around while a run streams in.  It is
        chosen again only when its inputs change: the lines and points (``moved``), the
        limits, scales, or the sizes of the plot and the legend.
        """
        legend = view.legend
        assert legend is not None
        box = view.plot.vb.boundingRect()
        size = legend.boundingRect()
        inputs = (ax.xlim, ax.ylim, ax.xscale, ax.yscale, box.width(), box.height(), size.width(), size.height())
        if not moved and inputs == view.legend_inputs:
            return
        view.legend_inputs = inputs
        if box.width() > 1 and box.height() > 1 and size.width() > 1:
            w, h = min(0.6, (size.width() + 10) / box.width()), min(0.6, (size.height() + 10) / box.height())
        else:  # not laid out yet
            w, h = 0.35, 0.3
        best = current = view.legend_corner
        points = view_fractions(ax)
        if points is not None:
            best = clearest_corner(*points, w, h, current)
        if best != current:
            right, top = best
            anchor = (1.0 if right else 0.0, 0.0 if top else 1.0)
            offset = (-10 if right else 10, 10 if top else -10)
            legend.anchor(itemPos=anchor, parentPos=anchor, offset=offset)
            view.legend_corner = best

    def _place_axes_texts(self, view: _AxesView) -> None:
        if not view.axes_texts:
            return
        (x0, x1), (y0, y1) = view.plot.viewRange()
        for item, text in view.axes_texts:
            item.setPos(x0 + text.x * (x1 - x0), y0 + text.y * (y1 - y0))

    # --- items -----------------------------------------------------------------------------
    def _pen(self, color: fs.Color, width: float = 1.0, style: str = "solid", alpha: float = 1.0) -> QColor:
        return pg.mkPen(_qcolor(self._theme, color, alpha), width=self._theme.line_width * width, style=_PEN_STYLE[style])

    def _line_pen(self, item: fs.Line) -> QColor:
        if self._fast and self._theme.line_width <= HAIRLINE_UP_TO:  # a cosmetic hairline
            return pg.mkPen(_qcolor(self._theme, item.color), width=1.0, style=_PEN_STYLE[item.style])
        return self._pen(item.color, item.width, item.style)

    def _xy(self, x: np.ndarray, y: np.ndarray, ax: fs.Axes) -> tuple[np.ndarray, np.ndarray]:
        if ax.xscale == "log":
            x = _positive_or_nan(x)
        if ax.yscale == "log":
            y = _positive_or_nan(y)
        return x, y

    def _create(self, view: _AxesView, item: fs.Item, ax: fs.Axes) -> list[pg.GraphicsObject]:
        plot = view.plot
        theme = self._theme
        out: list[pg.GraphicsObject]
        if isinstance(item, fs.Line):  # unnamed: _sync_legend owns the legend
            g = pg.PlotDataItem(connect="finite")
            if self._fast:  # a min/max pair per pixel, only what is visible
                g.setDownsampling(auto=True, method="peak")
                g.setClipToView(True)
            out = [g]
        elif isinstance(item, fs.Band):
            lo, hi = pg.PlotCurveItem(), pg.PlotCurveItem()
            fill = pg.FillBetweenItem(lo, hi, brush=pg.mkBrush(_qcolor(theme, item.color, item.alpha)))
            out = [lo, hi, fill]
        elif isinstance(item, fs.Span):
            orientation = "vertical" if item.orientation == "vertical" else "horizontal"
            g = pg.LinearRegionItem(
                values=(item.start, item.stop), orientation=orientation, movable=False,
                brush=pg.mkBrush(_qcolor(theme, item.color, item.alpha)), pen=pg.mkPen(None),
            )
            g.setZValue(-10)
            out = [g]
        elif isinstance(item, fs.VLine | fs.HLine):
            g = pg.InfiniteLine(angle=90 if isinstance(item, fs.VLine) else 0, movable=False)
            out = [g]
        elif isinstance(item, fs.Histogram):
            # never downsampled or clipped: pyqtgraph then breaks stepMode's len(x) == len(y) + 1
            g = pg.PlotDataItem(stepMode="center", fillLevel=0)
            out = [g]
        elif isinstance(item, fs.Scatter):
            # PlotDataItem applies log axes itself; a bare ScatterPlotItem would be given raw units.
            log_axes = ax.xscale == "log" or ax.yscale == "log"
            g = pg.PlotDataItem(pen=None, symbol="o") if log_axes else pg.ScatterPlotItem(pxMode=True)
            out = [g]
        elif isinstance(item, fs.Arrow):
            out = [pg.PlotCurveItem(), pg.ArrowItem(headLen=14, tailLen=0, pen=None)]
        elif isinstance(item, fs.Ellipse):
            out = [pg.PlotCurveItem()]
        elif isinstance(item, fs.Image):
            out = [pg.ImageItem()]
        elif isinstance(item, fs.Text):
            g = pg.TextItem(anchor=({"left": 0.0, "center": 0.5, "right": 1.0}[item.anchor], 0.5))
            out = [g]
            if item.coords == "axes":
                view.axes_texts.append((g, item))
        else:  # pragma: no cover - the Item union is closed
            raise TypeError(f"cannot draw {type(item).__name__}")
        for g in out:
            plot.addItem(g)
        self._update(out, item, ax)
        return out

    def _fill_proxy(self, color: fs.Color, alpha: float) -> pg.ScatterPlotItem:
        """A legend sample drawn as a filled square (a FillBetweenItem in a legend crashes)."""
        return pg.ScatterPlotItem(symbol="s", size=14, pen=pg.mkPen(None),
                                  brush=pg.mkBrush(_qcolor(self._theme, color, max(alpha, 0.35))))

    def _update(self, group: list[pg.GraphicsObject], item: fs.Item, ax: fs.Axes) -> None:
        theme = self._theme
        if isinstance(item, fs.Line):
            x, y = self._xy(item.x, item.y, ax)
            group[0].setData(x, y, pen=self._line_pen(item))
        elif isinstance(item, fs.Band):
            x, lo = self._xy(item.x, item.y_low, ax)
            _, hi = self._xy(item.x, item.y_high, ax)
            with QSignalBlocker(group[0]):  # the fill is recomputed once, on the second curve
                group[0].setData(x, lo, pen=pg.mkPen(None))
            group[1].setData(x, hi, pen=pg.mkPen(None))
            group[2].setBrush(pg.mkBrush(_qcolor(theme, item.color, item.alpha)))
        elif isinstance(item, fs.Span):
            group[0].setRegion((item.start, item.stop))
            group[0].setBrush(pg.mkBrush(_qcolor(theme, item.color, item.alpha)))
        elif isinstance(item, fs.VLine):
            group[0].setPos(math.log10(item.x) if ax.xscale == "log" and item.x > 0 else item.x)
            group[0].setPen(self._pen(item.color, item.width, item.style))
        elif isinstance(item, fs.HLine):
            group[0].setPos(math.log10(item.y) if ax.yscale == "log" and item.y > 0 else item.y)
            group[0].setPen(self._pen(item.color, item.width, item.style))
        elif isinstance(item, fs.Histogram):
            counts = _positive_or_nan(item.counts) if ax.yscale == "log" else item.counts
            group[0].setData(
                item.edges, counts, stepMode="center", fillLevel=None if ax.yscale == "log" else 0,
                pen=self._pen(item.color, 0.6), brush=pg.mkBrush(_qcolor(theme, item.color, item.alpha)),
            )
        elif isinstance(item, fs.Scatter):
            fast_path = self._fast and isinstance(group[0], pg.ScatterPlotItem)
            style = (item.color, item.size, item.alpha, theme.name)
            if fast_path and move_scatter(group[0], item, style):
                return
            x, y = self._xy(item.x, item.y, ax)
            brush = pg.mkBrush(_qcolor(theme, item.color, item.alpha))
            if isinstance(group[0], pg.PlotDataItem):
                group[0].setData(x, y, pen=None, symbol="o", symbolSize=theme.marker_size * item.size,
                                 symbolBrush=brush, symbolPen=None)
            else:
                group[0].setData(x, y, size=theme.marker_size * item.size, pen=None, brush=brush)
                if fast_path:
                    remember_style(group[0], style)
        elif isinstance(item, fs.Arrow):
            pen = self._pen(item.color, item.width)
            group[0].setData([item.x, item.x + item.dx], [item.y, item.y + item.dy], pen=pen)
            theta = math.degrees(math.atan2(item.dy, item.dx))
            group[1].setPos(QPointF(item.x + item.dx, item.y + item.dy))
            # ArrowItem points left at angle 0 and turns clockwise on screen (y points down).
            group[1].setStyle(angle=180.0 - theta, brush=_qcolor(theme, item.color),
                              headLen=8 + 4 * theme.line_width, tipAngle=40)
            group[1].setVisible(item.dx != 0 or item.dy != 0)
        elif isinstance(item, fs.Ellipse):
            x, y = item.outline()
            group[0].setData(x, y, pen=self._pen(item.color, item.line_width, item.style))
        elif isinstance(item, fs.Image):
            self._update_image(group[0], item)
        elif isinstance(item, fs.Text):
            group[0].setText(item.text, color=theme.color(item.color))
            font = QFont()
            font.setPointSizeF(theme.font_size * item.size)
            group[0].setFont(font)
            if item.coords == "data":  # a TextItem ignores the plot's log mode: place it in log10 units
                x = math.log10(item.x) if ax.xscale == "log" and item.x > 0 else item.x
                y = math.log10(item.y) if ax.yscale == "log" and item.y > 0 else item.y
                group[0].setPos(x, y)

    def _update_image(self, g: pg.ImageItem, item: fs.Image) -> None:
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


_CORNER_ITEMS = (fs.Line, fs.Scatter)  # what view_fractions counts
_LEGEND_ITEMS = (fs.Line, fs.Band, fs.Span, fs.Histogram, fs.Scatter, fs.Arrow, fs.Ellipse)
