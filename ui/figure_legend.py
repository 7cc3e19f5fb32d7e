"""A live plot's legend, outside its axes: beside the view box or above it in columns.

Where it goes is the exporter's decision (:func:`lab.figures.placement.legend_spot`), made from
pixel sizes; this module only measures and lays the legend out.  A legend in the plot's own
grid can never cover data, and is never clipped by the plot's edge.
"""

from __future__ import annotations

import html
import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy

from lab.figures import Theme
from lab.figures import spec as fs
from lab.figures.free_corner import clearest_corner, free_corner
from lab.figures.placement import LEGEND, RIGHT_LEGEND_SHARE, legend_spot

#: Cells of pyqtgraph's PlotItem grid: the view box is at (2, 1); the (hidden) top axis at (1, 1).
_RIGHT_CELL = (2, 3)
_ABOVE_CELL = (1, 1)
_SAMPLE_PX = 44  # an ItemSample (20 px), the spacings and the legend's own margins
_GAP_PX = 8
_CRAMPED_SHARE = 1 / 3  # a plot keeping less than this share of its cell beside its legend is cramped
_MIN_WRAP_PX = 60  # labels are never wrapped narrower than this
_ROW_PX = 25  # a legend row (a 20 px ItemSample beside its label)


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
        # The title spans the view box and a legend beside it, so it does not widen the plot.
        plot.layout.removeItem(plot.titleLabel)
        plot.layout.addItem(plot.titleLabel, 0, 1, 1, 3)
        self.entries: tuple = ()
        self.place: str | None = None  # "right", "above" or "inside" (a corner free of data)
        self.columns = 0
        self.corner: tuple[bool, bool] | None = None
        self._inputs: tuple = ()

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

    def arrange(self, ax: fs.Axes, cell_width: float, page_width: float, force: bool = False) -> None:
        """Put the legend where the exporter would at this size: beside the view box, or above
        it in columns.  When beside would leave the plot less than half its cell and above
        would take more than two rows, a corner proven free of data
        (:func:`lab.figures.free_corner.free_corner`) is used, else above in as many rows as needed.
        """
        plot, legend = self.plot, self.legend
        n = len(legend.items)
        left = plot.getAxis("left").width() if plot.getAxis("left").isVisible() else 0.0
        entry = self.entry_width()
        inputs = (round(cell_width / 8), round(page_width / 8), n, round(entry), round(left))
        if n == 0 or cell_width <= 1 or (inputs == self._inputs and not force and self.place != "inside"):
            return
        self._inputs = inputs
        room = max(cell_width - left - 8, 1.0)
        place, columns = legend_spot(room - entry, entry, page_width, n, entry, room)
        corner = None
        if place == "right" and entry > RIGHT_LEGEND_SHARE * room:
            # Beside, the plot would keep less than half its cell; above, the legend would
            # take more than two rows.  A corner free of data, if there is one.
            box = plot.vb.boundingRect()
            if box.width() > 1 and box.height() > 1:
                corner = free_corner(ax, (entry + 12) / box.width(), (n * _ROW_PX + 18) / box.height())
            if corner is not None:
                place = "inside"
            elif room - entry < _CRAMPED_SHARE * room and box.width() > 1 and box.height() > 1:
                # Too small a cell for this legend anywhere outside (beside, the plot would be a
                # sliver; above, it takes the height): the corner hiding the fewest data.
                corner = clearest_corner(ax, (entry + 12) / box.width(), (n * _ROW_PX + 18) / box.height())
                place = "inside"
            # else beside, as legend_spot says, its labels wrapped to half the cell (above,
            # in more than two rows, it would take the plot's height instead)
        # never wider than its place: beside, half the cell; above, a column's share of it
        wrap = RIGHT_LEGEND_SHARE * room if place == "right" else room / columns if place == "above" else None
        width = None if wrap is None or entry <= wrap else max(wrap - _SAMPLE_PX, _MIN_WRAP_PX)
        if width is not None and place == "right" and self._wrapped_height(width) > plot.vb.boundingRect().height():
            width = None  # wrapped, it would be taller than the plot: one line each, the plot narrower
        self._wrap(width)
        self._put(place, columns, corner)

    def _put(self, place: str, columns: int, corner: tuple[bool, bool] | None) -> None:
        plot, legend = self.plot, self.legend
        if (place, columns, corner) == (self.place, self.columns, self.corner) and place != "inside":
            return
        if self.place in ("right", "above"):
            plot.layout.removeItem(legend)
        legend.setColumnCount(columns)
        if place == "inside":
            assert corner is not None
            right, top = corner
            legend.setParentItem(plot.vb)
            legend.resize(legend.effectiveSizeHint(Qt.SizeHint.PreferredSize))
            anchor = (1.0 if right else 0.0, 0.0 if top else 1.0)
            legend.anchor(itemPos=anchor, parentPos=anchor, offset=(-6 if right else 6, 6 if top else -6))
        else:
            if legend.parentItem() is not plot:
                legend.setParentItem(plot)
            cell, align = (_RIGHT_CELL, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft) if place == "right" \
                else (_ABOVE_CELL, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)
            plot.layout.addItem(legend, *cell, alignment=align)
        # a gap between the legend and the view box (and nothing when it is not beside or above)
        plot.layout.setColumnSpacing(2, _GAP_PX if place == "right" else 0)
        plot.layout.setRowSpacing(1, _GAP_PX if place == "above" else 0)
        self.place, self.columns, self.corner = place, columns, corner
