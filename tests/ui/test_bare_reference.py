"""The redraw benchmarks' reference: a bare pyqtgraph copy of a live view's items."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from benchmarks.bare_reference import BareCopy
from lab.figures import Arrow, Axes, Band, Ellipse, Figure, HLine, Line, Scatter, Text
from ui.figure_view import FigureView


def _view(qtbot) -> FigureView:
    x = np.linspace(-3.0, 3.0, 400)
    items = (HLine(0.0, key="zero"), Band(x, np.tanh(x) - 0.1, np.tanh(x) + 0.1, key="band"),
             Line(x, np.tanh(x), "tanh", key="f"), Scatter(x[::4], np.sin(x[::4]), key="pts"),
             Ellipse(0.0, 0.0, 2.0, 1.0, 30.0, key="ell"), Arrow(0.0, 0.0, 1.0, 0.5, key="arrow"),
             Text(0.5, 0.9, "λ = 1.000", coords="axes", key="stats"))
    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show_figure(Figure("f", (Axes("a", items, title="t", xlabel="x", legend=True),)))
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_copy_holds_every_item_the_view_draws(qtbot):
    bare = BareCopy(_view(qtbot))
    try:
        # 1 line + the ellipse + the arrow's shaft; the band's two curves belong to its fill
        assert bare.counts.startswith("3 curves, 1 scatters, 1 fills, 1 rules, 0 regions, 1 arrow heads")
        assert len(bare.labels) == 1 and bare.labels[0][0].toPlainText() == "λ = 1.000"
    finally:
        bare.close()


def test_a_redraw_moves_every_item_and_paints_once_inside_its_own_time(qtbot):
    bare = BareCopy(_view(qtbot))
    try:
        for k in range(1, 6):
            bare.redraw(k)
            QApplication.processEvents()  # whatever a redraw left posted would paint the copy here
            curve, x, y = bare.curves[0]
            assert np.allclose(curve.yData, y + 1e-3 * (k % 7))
            scatter, sx, _sy = bare.scatters[0]
            assert np.allclose(scatter.data["x"], sx + 1e-3 * (k % 7))
            copy, source = bare.labels[0]  # a new text on each redraw, as the live view's numbers change
            assert copy.toPlainText() == source.toPlainText() + (" " if k % 2 else "")
        assert bare.paints_per_redraw >= 1.0
        assert bare.stray_paints == 0, "the copy painted outside its redraws: charged to the live view"
        assert isinstance(bare.arrows[0][0], pg.ArrowItem)
    finally:
        bare.close()
