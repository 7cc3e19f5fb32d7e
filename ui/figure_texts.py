"""Data texts of a live figure kept apart and inside their view box, in pixels, after layout.

The exporter spreads line-end labels at layout time (:func:`lab.figures.placement.spread_labels`,
a gap in data units sized for a slide); on screen a plot can be a few dozen pixels high, where
that gap is less than a line of text.  Here the same rule runs again in pixels whenever the
view's size or range changes: labels that share their x (line-end labels, left-aligned names)
are stacked at least a line apart within the view, smaller when the view cannot hold them at
their size, and cut with "…" (the full text in the tooltip) where they would leave the view;
any other data text is moved back inside the view.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from lab.figures import spec as fs
from lab.figures.placement import spread_labels
from ui.figure_items import view_point

#: Pixels around each text (Qt's default, 4, spaces out paragraphs).
TEXT_MARGIN = 1.0

#: Texts are never shrunk below this share of their size to fit a stack into its view.
MIN_SHRINK = 0.85

Placed = tuple[pg.TextItem, fs.Text]


def stacks(texts: list[Placed]) -> tuple[list[list[Placed]], list[Placed]]:
    """Left-aligned, centred one-line data texts grouped by their x (groups of two or more),
    and the other data texts."""
    groups: dict[float, list[Placed]] = {}
    rest: list[Placed] = []
    for g, t in texts:
        if t.coords == "data" and t.anchor == "left" and t.valign == "center" and "\n" not in t.text:
            groups.setdefault(t.x, []).append((g, t))
        elif t.coords == "data":
            rest.append((g, t))
    stacked = [group for group in groups.values() if len(group) > 1]
    rest += [p for group in groups.values() if len(group) == 1 for p in group]
    return stacked, rest


def _set(g: pg.TextItem, text: str, font: QFont, full: str) -> None:
    if g.textItem.font() != font:
        g.setFont(font)
    if g.textItem.toPlainText() != text:
        g.setText(text)
    g.setToolTip(full if text != full else "")


def _fit(g: pg.TextItem, t: fs.Text, font: QFont, room: float) -> None:
    """``t``'s text in ``font``, cut with "…" to ``room`` pixels (less its margins)."""
    margin = 2 * g.textItem.document().documentMargin()
    metrics = QFontMetricsF(font)
    lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(room - margin, 8.0))
             for line in t.text.split("\n")]
    _set(g, "\n".join(lines), font, t.text)


def keep_apart(plot: pg.PlotItem, ax: fs.Axes, texts: list[Placed], font_size: float) -> None:
    """Place ``texts`` (graphics and the data texts they show) in ``plot``'s view box as the
    module docstring says."""
    vb = plot.vb
    box = vb.sceneBoundingRect()
    if box.width() < 4 or box.height() < 4 or not texts:
        return
    for g, _t in texts:  # a line of text, not a paragraph: 1 px around it, not Qt's 4
        document = g.textItem.document()
        if document.documentMargin() != TEXT_MARGIN:
            document.setDocumentMargin(TEXT_MARGIN)
            g.updateTextPos()
    stacked, rest = stacks(texts)
    for group in stacked:
        _stack(vb, ax, group, box, font_size)
    for g, t in rest:
        font = g.textItem.font()  # as the painter set it: a text alone is never shrunk
        at = view_point(ax, t)
        g.setPos(at)
        x = vb.mapViewToScene(at).x()
        room = {"left": box.right() - x, "right": x - box.left(), "center": box.width()}[t.anchor]
        _fit(g, t, font, max(room, min(box.width(), 60.0)))
        _inside(vb, g, box)


def _stack(vb: pg.ViewBox, ax: fs.Axes, group: list[Placed], box: QRectF, font_size: float) -> None:
    g0 = group[0][0]
    x_px = vb.mapViewToScene(view_point(ax, group[0][1])).x()
    room = box.right() - x_px
    margin = 2 * g0.textItem.document().documentMargin()
    scale = 1.0
    for _ in range(2):  # at the texts' size, then shrunk to what the view can hold
        fonts = []
        for _g, t in group:
            font = QFont()
            font.setPointSizeF(font_size * t.size * scale)
            fonts.append(font)
        gap = max(QFontMetricsF(f).height() for f in fonts) + margin + 0.5  # the texts' boxes apart
        height = box.height() - margin
        if len(group) * gap <= height or scale < 1.0:
            break
        scale = max(MIN_SHRINK, height / (len(group) * gap))
    # in pixels, up positive: the exporter's rule, with the view's top as the ceiling
    lo, hi = -(box.bottom() - gap / 2 - margin / 2), -(box.top() + gap / 2 + margin / 2)
    wanted = [min(max(-vb.mapViewToScene(view_point(ax, t)).y(), lo), hi) for _g, t in group]
    placed = spread_labels(wanted, gap, ceiling=hi)
    for (g, t), font, up in zip(group, fonts, placed, strict=True):
        _fit(g, t, font, room)
        g.setPos(vb.mapSceneToView(QPointF(x_px, -up)))


def _inside(vb: pg.ViewBox, g: pg.TextItem, box: QRectF) -> None:
    """Move ``g`` back inside ``box`` (in scene pixels) where it sticks out."""
    rect = g.sceneBoundingRect()
    dx = max(box.left() - rect.left(), 0.0) + min(box.right() - rect.right(), 0.0)
    dy = max(box.top() - rect.top(), 0.0) + min(box.bottom() - rect.bottom(), 0.0)
    if dx or dy:
        anchor = vb.mapViewToScene(g.pos())
        g.setPos(vb.mapSceneToView(QPointF(anchor.x() + dx, anchor.y() + dy)))
