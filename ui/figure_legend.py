"""A live plot's legend, outside its axes: beside the view box or above it in columns.

Where it goes is the exporter's decision (:func:`lab.figures.placement.legend_spot`), made from
pixel sizes; this module only measures and lays the legend out.  A legend in the plot's own
grid can never cover data, and is never clipped by the plot's edge.
"""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtCore import Qt

from lab.figures import Theme
from lab.figures.placement import LEGEND, LegendPlace, legend_spot

#: Cells of pyqtgraph's PlotItem grid: the view box is at (2, 1); the (hidden) top axis at (1, 1).
_RIGHT_CELL = (2, 3)
_ABOVE_CELL = (1, 1)
_SAMPLE_PX = 20 + 5 + 3  # an ItemSample, the column spacing and pyqtgraph's per-item allowance


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
        plot.legend = self.legend  # pyqtgraph's attribute: named items would add themselves (ours are unnamed)
        # Every live plot hides its top axis: its cell, between the title and the view box,
        # holds a legend placed above.
        plot.layout.removeItem(plot.getAxis("top"))
        self.entries: tuple = ()
        self.place: LegendPlace | None = None
        self.columns = 0
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
        labels = [label.item.boundingRect().width() for _sample, label in self.legend.items]
        return max(labels, default=0.0) + _SAMPLE_PX

    def arrange(self, page_width: float, force: bool = False) -> None:
        """Put the legend beside or above the view box, as the exporter would at this size."""
        plot, legend = self.plot, self.legend
        n = len(legend.items)
        width = plot.geometry().width()
        left = plot.getAxis("left").width() if plot.getAxis("left").isVisible() else 0.0
        entry = self.entry_width()
        inputs = (round(width / 8), round(page_width / 8), n, round(entry))
        if n == 0 or (inputs == self._inputs and not force):
            return
        self._inputs = inputs
        room = max(width - left - 8, 1.0)
        if width > 1:
            place, columns = legend_spot(room - entry, entry, page_width, n, entry, room)
        else:  # not laid out yet: beside, until the first resize tells
            place, columns = "right", 1
        if (place, columns) == (self.place, self.columns):
            return
        if self.place is not None:
            plot.layout.removeItem(legend)
        legend.setColumnCount(columns)
        if place == "right":
            plot.layout.addItem(legend, *_RIGHT_CELL, alignment=Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        else:
            plot.layout.addItem(legend, *_ABOVE_CELL,
                                alignment=Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)
        self.place, self.columns = place, columns
