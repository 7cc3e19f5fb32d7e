"""A scatter that changes colour (a new style) draws every point in it, where the data puts it.

The live view styles one point and copies its record to the rest (styling 100,000 points one by
one stalled the GUI for ~150 ms); the points drawn must be exactly those of a full restyle.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from lab.figures import Axes, Figure, Scatter
from lab.figures.themes import LIGHT
from ui.figure_view import FigureView


def _scatter_item(view: FigureView):
    return next(i for i in view.plot("a").items if i.__class__.__name__ == "ScatterPlotItem")


def _pixels_of(image, color: QColor, tol: int = 40) -> int:
    rgb = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    rgb = rgb[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3][..., ::-1]  # BGRA → RGB
    target = np.array([color.red(), color.green(), color.blue()])
    return int((np.abs(rgb.astype(int) - target).max(axis=2) < tol).sum())


def test_a_restyled_scatter_draws_every_point_in_the_new_colour(qtbot):
    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    rng = np.random.default_rng(1)
    x, y = rng.uniform(-1, 1, (2, 3000))
    view.show_figure(Figure("f", (Axes("a", (Scatter(x, y, color=0, alpha=1.0),)),)))
    qtbot.wait(10)
    right = x > 0  # the new data: only the right half, in another colour
    view.show_figure(Figure("f", (Axes("a", (Scatter(x[right], y[right], color=1, alpha=1.0),)),)))
    qtbot.wait(10)
    item = _scatter_item(view)
    assert len(item.data) == right.sum()
    np.testing.assert_array_equal(item.data["x"], x[right])
    np.testing.assert_array_equal(item.data["y"], y[right])
    assert (item.data["sourceRect"]["w"] > 0).all()  # every point has its symbol
    new = QColor(LIGHT.color(1))
    image = view.grab().toImage().convertToFormat(view.grab().toImage().Format.Format_ARGB32)
    assert _pixels_of(image, new) > 500  # drawn, not just recorded
    assert _pixels_of(image, QColor(LIGHT.color(0))) == 0
