"""The live view's legends never cover data and are never clipped; log axes label decades that do not collide;
a change of the limits costs one paint."""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

from lab.figures import Axes, Figure, Histogram, Line, Scatter
from ui.figure_view import FigureView

X = np.linspace(0.0, 1.0, 60)
#: Data that crowd different corners: every corner of the plot holds data in one of them.
CASES = {
    "diagonal": lambda: (Line(X, X, "rising line", key="a"), Line(X, 1 - X, "falling line", key="b")),
    "top": lambda: (Line(X, 0.98 + 0.0 * X, "along the top", key="a"), Line(X, 0.02 + 0.0 * X, "bottom", key="b")),
    "cloud": lambda: (Scatter(np.random.default_rng(0).random(400), np.random.default_rng(1).random(400),
                              "uniform points", key="s"),),
    "histogram": lambda: (Histogram(np.linspace(0, 1, 21), np.full(20, 0.95), "full bars", key="h"),
                          Line(X, X, "a line with a long label to squeeze the plot", key="l")),
}


def _show(qtbot, items, size, ncols=1):
    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.resize(*size)
    axes = tuple(Axes(f"a{k}", items, legend=True, col=k, xlabel="x", ylabel="y", title="title",
                      xlim=(0.0, 1.0), ylim=(0.0, 1.0)) for k in range(ncols))
    view.show_figure(Figure("f", axes=axes, ncols=ncols))
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(30)  # the legends are placed once the grid is laid out
    return view


def _data_points_in_scene(plot: pg.PlotItem, items) -> list[QPointF]:
    vb = plot.vb
    points = []
    for item in items:
        if isinstance(item, Histogram):
            xs = np.repeat(item.edges, 8)
            ys = np.concatenate([np.linspace(0, c, 8) for c in item.counts] + [np.zeros(8)])
            pairs = zip(xs[: ys.size], ys, strict=True)
        else:
            x, y = np.asarray(item.x), np.asarray(item.y)
            if isinstance(item, Line):  # along the segments, not only at the vertices
                t = np.linspace(0, x.size - 1, 600)
                x, y = np.interp(t, np.arange(x.size), x), np.interp(t, np.arange(y.size), y)
            pairs = zip(x, y, strict=True)
        points += [vb.mapViewToScene(QPointF(float(a), float(b))) for a, b in pairs]
    return points


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("size,ncols", [((900, 420), 1), ((420, 300), 1), ((1000, 260), 3), ((560, 240), 3)])
def test_legends_cover_no_data_and_stay_in_the_view(qtbot, case, size, ncols):
    items = CASES[case]()
    view = _show(qtbot, items, size, ncols)
    visible = QRectF(view.viewport().rect())
    for k in range(ncols):
        plot = view.plot(f"a{k}")
        legend = plot.legend
        assert legend.isVisible() and len(legend.items) == len(items)
        box = legend.sceneBoundingRect()
        assert box.width() > 10 and box.height() > 10
        hits = [p for p in _data_points_in_scene(plot, items) if box.contains(p)]
        assert not hits, f"{case} at {size}: the legend {box} covers data at {hits[:3]}"
        assert visible.contains(box), f"the legend {box} is clipped by the view {visible}"
        # and it does not sit on the axis tick labels or the title either
        for other in (plot.getAxis("left"), plot.getAxis("bottom"), plot.titleLabel):
            assert not box.intersects(other.sceneBoundingRect().adjusted(1, 1, -1, -1)), other


def _tick_texts(axis: pg.AxisItem) -> list[tuple[QRectF, str]]:
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [(rect, text) for rect, _flags, text in specs[2]]


@pytest.mark.parametrize("lo,height", [(1e-35, 400), (1e-150, 260), (1e-6, 300), (1e-72, 180)])
def test_log_axis_labels_whole_decades_that_do_not_collide(qtbot, lo, height):
    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.resize(500, height)
    n = np.arange(1, 51)
    y = lo ** ((n - 1) / 49.0)  # from 1 down to lo, a straight line in log space
    view.show_figure(Figure("f", axes=(Axes("g", (Line(n, y, key="l"),), yscale="log", ylabel="gradient std"),)))
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(20)
    texts = _tick_texts(view.plot("g").getAxis("left"))
    labels = [t for _r, t in texts]
    assert len(labels) >= 4, labels
    assert all(re.fullmatch(r"10[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+", t) for t in labels), labels  # decades only, no 2·10⁻⁵
    rects = sorted((r for r, _t in texts), key=lambda r: r.top())
    for a, b in zip(rects, rects[1:], strict=False):
        assert not a.intersects(b), (labels, a, b)


def test_linear_axis_labels_use_the_minus_sign_and_no_negative_zero(qtbot):
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show_figure(Figure("f", axes=(Axes("a", (Line([-2.0, 2.0], [-1.0, 1.0], key="l"),),
                                            xlim=(-2.0, 2.0), ylim=(-1.0, 1.0)),)))
    view.show()
    qtbot.waitExposed(view)
    labels = [t for _r, t in _tick_texts(view.plot("a").getAxis("bottom"))]
    assert "−2" in labels or "−1" in labels, labels
    assert not any(t.startswith("-") for t in labels) and "−0" not in labels, labels


class _Paints(QObject):
    count = 0

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_new_limits_cost_one_paint(qtbot):
    # pyqtgraph applies a new range during the paint and then paints the whole view again;
    # the view applies it before (a slider moving the limits would pay every frame twice)
    from PySide6.QtWidgets import QApplication

    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.resize(600, 400)
    x = np.linspace(-6, 6, 2000)

    def fig(top):
        return Figure("f", axes=(Axes("a", (Line(x, np.tanh(x) * top, "tanh", key="t"),), legend=True,
                                      xlim=(-6.0, 6.0), ylim=(-top, top), grid=True),))

    view.show_figure(fig(1.0))
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(30)
    paints = _Paints()
    view.viewport().installEventFilter(paints)
    for k in range(1, 6):
        before = paints.count
        view.show_figure(fig(1.0 + 0.1 * k))
        for _ in range(3):
            QApplication.processEvents()
        assert paints.count - before >= 1
        assert view.plot("a").vb.viewRange()[1] == pytest.approx([-(1.0 + 0.1 * k), 1.0 + 0.1 * k])
    # one paint per change (pyqtgraph alone paints every change twice, 10 here); one more when
    # a longer tick label widens the axis and the grid lays the plot out again
    assert paints.count <= 6
