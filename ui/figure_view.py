"""Live pyqtgraph view of a plain-data :class:`lab.figures.Figure`, updated in place.

The pieces: :mod:`ui.figure_items` draws each item kind, :mod:`ui.figure_axes` the axes
(ticks, settings, limits), :mod:`ui.figure_legend` the legends (outside the axes, placed by
the exporter's rule); this module keeps them in step with the figures it is given.
"""

from __future__ import annotations

import html
import weakref

import pyqtgraph as pg
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGraphicsScene, QWidget
from shiboken6 import isValid

from lab.figures import LIGHT, Theme
from lab.figures import spec as fs
from lab.i18n import translate_figure
from ui.figure_axes import apply_limits, apply_settings, lab_axes, link_range, style_plot
from ui.figure_items import HAIRLINE_UP_TO, LEGEND_ITEMS, ItemPainter
from ui.figure_legend import OutsideLegend
from ui.figure_side import SideTexts, beside, margin_width
from ui.figure_style import same_item
from ui.figure_texts import keep_apart

__all__ = ["HAIRLINE_UP_TO", "FigureView"]


class _AxesView:
    """The pyqtgraph items drawing one :class:`lab.figures.Axes`."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.signature: tuple = ()
        self.graphics: list[list[pg.GraphicsObject]] = []
        self.samples: list[pg.GraphicsObject | None] = []  # each item's legend sample
        self.legend: OutsideLegend | None = None
        self.axes_texts: list[tuple[pg.TextItem, fs.Text]] = []
        self.data_texts: list[tuple[pg.TextItem, fs.Text]] = []  # kept apart and in the view (ui.figure_texts)
        self.side: SideTexts | None = None  # texts beside the axes, in the plot's margin
        self.settings: tuple = ()  # the axes settings last applied, to skip unchanged ones
        self.items: tuple[fs.Item, ...] = ()  # the plain-data items the graphics show now
        self.ax: fs.Axes | None = None  # the axes shown now

    def clear(self) -> None:
        self.plot.clear()  # removes every item from the plot (and its scene) exactly once; not the legend
        self.graphics, self.samples, self.items, self.axes_texts, self.data_texts = [], [], (), [], []
        if self.legend is not None:
            self.legend.show((), ("cleared",))


class FigureView(pg.GraphicsLayoutWidget):
    """Draws a Figure's axes on a grid; a new figure with the same keys updates in place.

    Every text on screen (titles, labels, legend entries, text items) is taken from the new
    figure on each update, so nothing can show a value from an earlier state.  With
    ``fast=True`` lines are hairlines, downsampled and clipped (see :class:`ItemPainter`).
    Legends sit outside their axes, beside or above them (:mod:`ui.figure_legend`).
    """

    figure_shown = Signal()

    def __init__(self, parent: QWidget | None = None, *, fast: bool = False) -> None:
        super().__init__(parent)
        self._fast = fast
        self._theme: Theme = LIGHT
        self._painter = ItemPainter(self._theme, fast)
        self._views: dict[str, _AxesView] = {}
        self._side_margins = (0.0, 0.0)  # (left, right) kept for texts beside the axes
        self._structure: tuple = ()
        self._figure: fs.Figure | None = None
        self._title: pg.LabelItem | None = None
        self._arrange = QTimer(self, singleShot=True, interval=0)
        self._arrange.timeout.connect(self._arrange_legends)
        self._align = QTimer(self, singleShot=True, interval=0)
        self._align.timeout.connect(self._align_axes)
        self.setBackground(self._theme.background)
        # No spatial index: items whose bounds change while they are drawn (curves re-derived
        # only on some range changes, rules fitted before the paint) left stale entries in the
        # BSP tree, and a removed plot went on being painted from them.  A figure holds tens of
        # items, so a linear search costs nothing.
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

    # --- public API ----------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        """Switch colours and fonts; the current figure is redrawn."""
        self._theme = theme
        self._painter = ItemPainter(theme, self._fast)
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
            self._arrange.start()  # once the new grid is laid out
        elif self._title is not None and self._figure is not None and figure.title != self._figure.title:
            self._title.setText(html.escape(figure.title))
        self._figure = figure
        for ax in figure.axes:
            self._update_axes(self._views[ax.key], ax)
        self._align_axes()
        self._reserve_side_margins()
        self.figure_shown.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_arrange"):  # (pyqtgraph's constructor resizes before ours has run)
            self._arrange.start()  # once the grid has given the plots their new sizes

    # --- layout --------------------------------------------------------------------------
    def _rebuild(self, figure: fs.Figure) -> None:
        for old in self._views.values():  # the replaced plots are freed, with every item still in them:
            ours = {id(g) for group in old.graphics for g in group}
            for item in list(old.plot.items):  # a panel's own extras (a crosshair) go back to the panel
                if id(item) not in ours:
                    old.plot.removeItem(item)
        self.ci.clear()
        self._views = {}
        self._side_margins = (0.0, 0.0)
        offset = 0
        self._title = None
        if figure.title:
            self._title = self.ci.addLabel(
                html.escape(figure.title), row=0, col=0, colspan=figure.ncols,
                color=self._theme.foreground, size=f"{self._theme.title_size + 1:.0f}pt",
            )
            offset = 1
        for ax in figure.axes:
            plot = self.ci.addPlot(row=ax.row + offset, col=ax.col, rowspan=ax.rowspan, colspan=ax.colspan,
                                   axisItems=lab_axes())
            plot.setMenuEnabled(False)
            style_plot(plot, self._theme)
            view = _AxesView(plot)
            self._views[ax.key] = view
            plot.getAxis("left").on_natural_width = self._align.start
            # Axes-fraction texts follow the view range (equal aspect changes it after drawing).  A weak
            # reference: the connection lives in C++, where Python's collector cannot see it, and a
            # strong one kept every replaced plot (its menus, axes and items) alive.
            ref = weakref.ref(view)
            plot.vb.sigRangeChanged.connect(lambda *_a, v=ref: self._place_axes_texts(v()))
            plot.vb.sigTransformChanged.connect(lambda *_a, v=ref: self._place_data_texts(v()))
        for ax in figure.axes:
            if ax.share_x and ax.share_x in self._views:
                link_range(self._views[ax.key].plot, self._views[ax.share_x].plot, 0)
            if ax.share_y and ax.share_y in self._views:
                link_range(self._views[ax.key].plot, self._views[ax.share_y].plot, 1)

    def _arrange_legends(self) -> None:
        """Place the legends for the plots' current sizes: after a resize or a new layout (not
        on the plots' own geometry changes, which placing a legend causes)."""
        if not isValid(self.ci):  # (the view is closing)
            return
        self.ci.layout.activate()  # the plots' sizes now, not after the next layout pass
        self._reserve_side_margins()  # (long lines wrap to the new width)
        for view in self._views.values():
            if view.legend is not None and view.ax is not None:
                view.legend.arrange(view.ax, *self._cell_size(view.ax), self.width())
        # The grid grows past the view while a legend is too wide for it, and pyqtgraph only
        # fits it to the view again on the next resize: fit it now.
        self.ci.layout.invalidate()  # (the grid caches its items' size hints)
        self.ci.updateGeometry()
        self.ci.setGeometry(self.range)

    def _cell_size(self, ax: fs.Axes) -> tuple[float, float]:
        """The size of ``ax``'s cell in an even grid: what its legend's place is decided from
        (the size the grid gives a plot depends on where its legend is)."""
        figure = self._figure
        ncols, nrows = (figure.ncols, figure.nrows) if figure is not None else (1, 1)
        title = 30.0 if self._title is not None else 0.0
        return ((self.width() - 12) * ax.colspan / max(ncols, 1),
                (self.height() - 12 - title) * ax.rowspan / max(nrows, 1))

    # --- axes ------------------------------------------------------------------------------
    def _update_axes(self, view: _AxesView, ax: fs.Axes) -> None:
        plot = view.plot
        has_photo = any(isinstance(i, fs.Image) and i.extent is None for i in ax.items)
        settings = (ax.title, ax.xlabel, ax.ylabel, ax.show_axes, ax.xscale, ax.yscale, ax.grid,
                    ax.equal_aspect, has_photo, self._theme)
        if settings != view.settings:  # re-applying these costs about half a frame
            apply_settings(plot, ax, self._theme, has_photo)
            view.settings = settings
        if ax.legend and view.legend is None:
            view.legend = OutsideLegend(plot, self._theme)
        signature = (ax.xscale, ax.yscale, *((type(item).__name__, item.key or str(i), beside(item))
                                             for i, item in enumerate(ax.items)))
        if signature != view.signature:
            view.clear()  # items only: the axes settings applied above stay
            # a text beside the axes is drawn by view.side: in the view box it would be clipped
            view.graphics = [[] if beside(item) else self._painter.create(plot, item, ax) for item in ax.items]
            view.samples = [self._painter.legend_sample(item, group) if isinstance(item, LEGEND_ITEMS) else None
                            for item, group in zip(ax.items, view.graphics, strict=True)]
            view.signature = signature
        else:
            # Only what changed: an ELU α change moves one curve and one highlighter of eight.
            for group, old, item in zip(view.graphics, view.items, ax.items, strict=True):
                if group and not same_item(old, item):
                    self._painter.update(group, item, ax)
        view.items, view.ax = ax.items, ax
        view.axes_texts = [(group[0], item) for item, group in zip(ax.items, view.graphics, strict=True)
                           if group and isinstance(item, fs.Text) and item.coords == "axes"]
        view.data_texts = [(group[0], item) for item, group in zip(ax.items, view.graphics, strict=True)
                           if group and isinstance(item, fs.Text) and item.coords == "data"]
        side = [item for item in ax.items if beside(item)]
        if side and view.side is None:
            view.side = SideTexts(plot, self._theme)
        if view.side is not None:
            view.side.show(side)
        apply_limits(plot, ax)
        self._place_axes_texts(view)
        self._place_data_texts(view)
        if view.legend is not None:
            self._sync_legend(view, ax)

    def _align_axes(self) -> None:
        """The left axes of each grid column as wide as the widest, so the view boxes line up
        (as in the exported slide) and linked views show the same range."""
        figure = self._figure
        if figure is None or not isValid(self.ci):
            return
        columns: dict[tuple[int, int], list] = {}
        for ax in figure.axes:
            axis = self._views[ax.key].plot.getAxis("left")
            if ax.show_axes:
                columns.setdefault((ax.col, ax.colspan), []).append(axis)
        for axes in columns.values():
            width = max(axis.natural_width() for axis in axes) if len(axes) > 1 else 0.0
            for axis in axes:
                axis.align_to(width)

    def _reserve_side_margins(self) -> None:
        """One margin for every plot with texts beside it (plots in a grid keep equal widths),
        changed only when the texts outgrow it or shrink well below it."""
        sides = []
        for view in self._views.values():
            if view.side is not None and view.side.texts and view.ax is not None:
                view.side.wrap(self._cell_size(view.ax)[0])
                sides.append(view.side)
            elif view.side is not None:
                view.side.reserve(0.0, 0.0)
        if not sides:
            return
        needed = [side.needed() for side in sides]
        margins = (margin_width(max(n[0] for n in needed), self._side_margins[0]),
                   margin_width(max(n[1] for n in needed), self._side_margins[1]))
        if margins != self._side_margins:
            self._arrange.start()  # the grid is fitted to the view again once laid out
        self._side_margins = margins
        for side in sides:
            side.reserve(*margins)

    def _sync_legend(self, view: _AxesView, ax: fs.Axes) -> None:
        """The legend shows each labelled item's current label (labels often carry numbers)."""
        legend = view.legend
        assert legend is not None
        rows = [(i, item.label) for i, item in enumerate(ax.items) if isinstance(item, LEGEND_ITEMS) and item.label]
        changed = legend.show(tuple((label, view.samples[i]) for i, label in rows), tuple(rows))
        if changed or legend.place == "inside":  # (a legend inside must stay on a free corner)
            legend.arrange(ax, *self._cell_size(ax), self.width(), force=True)

    def _place_data_texts(self, view: _AxesView | None) -> None:
        if view is not None and view.data_texts and view.ax is not None:
            keep_apart(view.plot, view.ax, view.data_texts, self._theme.font_size)

    def _place_axes_texts(self, view: _AxesView | None) -> None:
        if view is None or not view.axes_texts:
            return
        (x0, x1), (y0, y1) = view.plot.viewRange()
        for item, text in view.axes_texts:
            item.setPos(x0 + text.x * (x1 - x0), y0 + text.y * (y1 - y0))
