"""A live plot's legend, outside its axes: beside the view box or above it in columns.

Where it goes is the exporter's decision (:func:`lab.figures.placement.legend_spot`), made from
pixel sizes; this module only measures and lays the legend out.  A legend in the plot's own
grid can never cover data, and is never clipped by the plot's edge.
"""

from __future__ import annotations

import html
import math
import weakref

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy

from lab.figures import Theme
from lab.figures import spec as fs
from lab.figures.free_corner import free_corner
from lab.figures.placement import LEGEND, RIGHT_LEGEND_SHARE, legend_columns, legend_spot

#: Cells of pyqtgraph's PlotItem grid: the view box is at (2, 1); the (hidden) top axis at (1, 1).
_RIGHT_CELL = (2, 3)
_ABOVE_CELL = (1, 1)
_SAMPLE_PX = 44  # an ItemSample (20 px), the spacings and the legend's own margins
_GAP_PX = 8
_INSET_PX = 6
_ABOVE_SHARE = 0.5  # a legend above may take at most this share of its view box's height
_PLOT_CHROME_PX = 75  # a plot's title and bottom axis: what its height holds besides the view box  # a legend inside its view box keeps this far from the edges
_MIN_WRAP_PX = 60  # labels are never wrapped narrower than this
_ROW_PX = 17  # a legend row: a label without margins beside a 16 px sample
_SAMPLE_HEIGHT_PX = 16


def _natural_width(label: pg.LabelItem) -> float:
    """The width of a legend label on one line, however it is wrapped now."""
    doc = label.item.document()
    if label.item.textWidth() < 0:
        return doc.idealWidth()
    doc = doc.clone()
    doc.setTextWidth(-1)
    return doc.idealWidth()


class _Legend(pg.LegendItem):
    """A LegendItem sized by the grid it sits in (pyqtgraph's own moves itself to (0, 0))."""

    def updateSize(self) -> None:
        self.updateGeometry()


class OutsideLegend:
    """The legend of one plot and where it sits."""

    def __init__(self, plot: pg.PlotItem, theme: Theme) -> None:
        self.plot = plot
        self.legend = _Legend(offset=None, labelTextColor=theme.foreground, horSpacing=5, verSpacing=-4,
                              labelTextSize=f"{theme.font_size * LEGEND:.1f}pt")
        self.legend.setParentItem(plot)
        # its own size, whatever room the plot's grid has around it
        self.legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        plot.legend = self.legend  # pyqtgraph's attribute: named items would add themselves (ours are unnamed)
        # Every live plot hides its top axis: its cell, between the title and the view box,
        # holds a legend placed above.
        plot.layout.removeItem(plot.getAxis("top"))
        # The title spans the view box, a legend beside it and texts beside them (column 4:
        # ui.figure_side), so it does not widen the plot.
        plot.layout.removeItem(plot.titleLabel)
        plot.layout.addItem(plot.titleLabel, 0, 1, 1, 4)
        self.entries: tuple = ()
        self.place: str | None = None  # "right", "above" or "inside" (a corner free of data)
        self.columns = 0
        self.corner: tuple[bool, bool] | None = None
        self._inputs: tuple = ()
        # Weakly: a bound method connected in C++ kept this legend, and through it the plot, alive
        # after the view replaced the plot (every rebuilt plot with a legend leaked, menus and all).
        place = weakref.WeakMethod(self._place_inside)
        plot.vb.geometryChanged.connect(lambda: (method := place()) is not None and method())

    def show(self, entries: tuple[tuple[str, pg.GraphicsObject], ...], key: tuple) -> bool:
        """Show ``entries`` (label, sample item); ``key`` identifies them (labels often carry
        numbers, so an entry's text can change while its item stays).  True when it changed."""
        if key == self.entries:
            return False
        legend = self.legend
        if len(legend.items) == len(entries) and all(s.item is item for (s, _), (_, item) in zip(legend.items, entries,
                                                                                                  strict=True)):
            for (_sample, label), (text, _item) in zip(legend.items, entries, strict=True):
                label.setText(html.escape(text))  # same items, new numbers: no rebuild
        else:
            legend.clear()
            for text, item in entries:
                legend.addItem(item, html.escape(text))
            for sample, label in legend.items:  # compact rows: no text margins, a low sample
                sample.setFixedHeight(_SAMPLE_HEIGHT_PX)
                label.item.document().setDocumentMargin(1)
                label.updateMin()
        self.entries = key
        self.legend.setVisible(bool(entries))
        return True

    def entry_width(self) -> float:
        """The widest entry, its label unwrapped."""
        return max((_natural_width(label) for _sample, label in self.legend.items), default=0.0) + _SAMPLE_PX

    def _wrapped_height(self, width: float) -> float:
        """About how tall the legend gets with its labels wrapped at ``width``."""
        lines = 0
        for _sample, label in self.legend.items:
            line_height = label.item.boundingRect().height() / max(label.item.document().lineCount(), 1)
            lines += max(1, math.ceil(_natural_width(label) / width)) * line_height
        return lines + 8 * len(self.legend.items)

    def _wrap(self, width: float | None) -> None:
        """Wrap the labels at ``width`` pixels (None: one line each), so the legend fits its place."""
        for _sample, label in self.legend.items:
            want = -1.0 if width is None or _natural_width(label) <= width else width
            if label.item.textWidth() != want:
                label.item.setTextWidth(want)
                label.updateMin()
        self.legend.updateGeometry()

    def arrange(self, ax: fs.Axes, cell_width: float, cell_height: float, page_width: float,
                force: bool = False) -> None:
        """Put the legend where the exporter would at this size (:func:`legend_spot`): beside
        the view box, or above it in columns.  When beside would leave the plot less than half
        its width, or above less than half its height: a corner proven free of data
        (:func:`lab.figures.free_corner.free_corner`), else beside or above, whichever leaves
        the plot the larger share (beside, labels wrapped to half the cell when that stays
        within the plot's height).
        """
        plot, legend = self.plot, self.legend
        n = len(legend.items)
        left = plot.getAxis("left").width() if plot.getAxis("left").isVisible() else 0.0
        entry = self.entry_width()
        inputs = (round(cell_width / 8), round(cell_height / 8), round(page_width / 8), n, round(entry), round(left))
        if n == 0 or cell_width <= 1 or (inputs == self._inputs and not force and self.place != "inside"):
            return
        self._inputs = inputs
        room = max(cell_width - left - 8, 1.0)
        place, columns = legend_spot(room - entry, entry, page_width, n, entry, room)
        height = max(cell_height - _PLOT_CHROME_PX, 1.0)  # the view box's height without a legend above it
        above = legend_columns(n, entry, room)
        above_px = math.ceil(n / above) * _ROW_PX + 6
        corner = None
        wrap: float | None = None
        fits_beside = entry <= RIGHT_LEGEND_SHARE * room and n * _ROW_PX + 6 <= height
        fits_above = above_px <= _ABOVE_SHARE * height and (place == "above" or not fits_beside)
        if place == "right" and fits_beside:
            pass
        elif fits_above:
            place, columns = "above", above
        else:
            # Beside, the plot would keep less than half its width (or the legend be taller
            # than the plot); above, less than half its height.  A corner free of data, if
            # there is one (sizes as fractions of the view box without a legend) ...
            corner = free_corner(ax, (entry + 12) / room, (n * _ROW_PX + 18) / height)
            if corner is not None:
                place = "inside"
            else:  # ... else where the plot keeps the larger share of its cell
                keep_above = 1.0 - above_px / height
                keep_right = 1.0 - min(entry, RIGHT_LEGEND_SHARE * room + _SAMPLE_PX) / room
                place, columns = ("above", above) if keep_above > keep_right else ("right", 1)
                if place == "right" and entry > RIGHT_LEGEND_SHARE * room:
                    half = max(RIGHT_LEGEND_SHARE * room - _SAMPLE_PX, _MIN_WRAP_PX)
                    if self._wrapped_height(half) <= height:
                        wrap = half  # wrapped to half the cell, unless taller than the plot
        if place == "above":
            wrap = max(room / columns - _SAMPLE_PX, _MIN_WRAP_PX)
        self._wrap(wrap if wrap is not None and entry > wrap + _SAMPLE_PX else None)
        self._put(place, columns, corner)

    def _place_inside(self) -> None:
        """Put a legend that sits inside its view box into its corner (again, after a resize)."""
        if self.place != "inside" or self.corner is None:
            return
        legend, box = self.legend, self.plot.vb.boundingRect()
        size = legend.effectiveSizeHint(Qt.SizeHint.PreferredSize)
        legend.resize(size)
        right, top = self.corner
        x = box.right() - size.width() - _INSET_PX if right else box.left() + _INSET_PX
        y = box.top() + _INSET_PX if top else box.bottom() - size.height() - _INSET_PX
        legend.setPos(max(x, box.left()), max(y, box.top()))

    def _put(self, place: str, columns: int, corner: tuple[bool, bool] | None) -> None:
        plot, legend = self.plot, self.legend
        if (place, columns, corner) == (self.place, self.columns, self.corner) and place != "inside":
            return
        if self.place in ("right", "above"):
            plot.layout.removeItem(legend)
        legend.setColumnCount(columns)
        self.place, self.columns, self.corner = place, columns, corner
        if place == "inside":
            legend.setParentItem(plot.vb)
            self._place_inside()
        else:
            if legend.parentItem() is not plot:
                legend.setParentItem(plot)
            cell, align = (_RIGHT_CELL, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft) if place == "right" \
                else (_ABOVE_CELL, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)
            plot.layout.addItem(legend, *cell, alignment=align)
        # a gap between the legend and the view box (and nothing when it is not beside or above)
        plot.layout.setColumnSpacing(2, _GAP_PX if place == "right" else 0)
        plot.layout.setRowSpacing(1, _GAP_PX if place == "above" else 0)
