"""Texts a figure places beside its axes (axes fractions outside [0, 1], where the exporter draws
them unclipped) show beside the plot in the live view, painted, and follow the numbers; texts
inside are not cut by a shifted shared range or a wrong anchor, tick labels do not collide."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QGraphicsTextItem

from lab.figures import Axes, Figure, Line, Scatter, Text
from lab.pca.figures import stats_math
from tests.ui.test_pca_panel import panel as pca  # noqa: F401 (fixture)
from ui.figure_view import FigureView

_NUMBER = re.compile(r"−?\d+(?:\.\d+)?(?:·10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?")


def numbers(text: str) -> list[float]:
    """The numbers in a shown text, in reading order (proper minus signs, ·10ⁿ exponents)."""
    sup = str.maketrans("⁻⁰¹²³⁴⁵⁶⁷⁸⁹", "-0123456789")
    out = []
    for token in _NUMBER.findall(text):
        mantissa, _, exponent = token.replace("−", "-").partition("·10")
        out.append(float(mantissa) * 10.0 ** int(exponent.translate(sup) or 0))
    return out


def shown_texts(view: FigureView, needle: str) -> list[QGraphicsTextItem]:
    """The visible text items of ``view`` whose text contains ``needle``."""
    return [i for i in view.scene().items()
            if isinstance(i, QGraphicsTextItem) and i.isVisible() and needle in i.toPlainText()]


def ink_rect(item: QGraphicsTextItem) -> QRectF:
    """The text's box in the scene, without the document's blank margin."""
    m = item.document().documentMargin()
    return item.mapRectToScene(item.boundingRect().adjusted(m, m, -m, -m))


def painted_share(view: FigureView, rect: QRectF) -> float:
    """The share of pixels inside ``rect`` (scene) that differ clearly from the background."""
    image = view.grab().toImage()
    box = view.mapFromScene(rect).boundingRect().intersected(image.rect())
    background = QColor(view.backgroundBrush().color())
    inked = total = 0
    for y in range(box.top(), box.bottom() + 1):
        for x in range(box.left(), box.right() + 1):
            c = image.pixelColor(x, y)
            total += 1
            inked += abs(c.red() - background.red()) + abs(c.green() - background.green()) \
                + abs(c.blue() - background.blue()) > 120
    return inked / max(total, 1)


def stats_figure(cov: np.ndarray, lam: tuple[float, float]) -> Figure:
    rng = np.random.default_rng(0)
    pts = rng.normal(size=(200, 2))
    cov_text = f"Σ = [[{cov[0, 0]:g}, {cov[0, 1]:g}], [{cov[1, 0]:g}, {cov[1, 1]:g}]]"
    items = (Scatter(pts[:, 0], pts[:, 1], key="pts"),
             Text(1.04, 0.98, cov_text, size=0.8, coords="axes", key="cov", math=stats_math(cov)),
             Text(1.04, 0.6, f"λ = {lam[0]:g}, {lam[1]:g}", size=0.8, coords="axes", key="lam"))
    return Figure("f", (Axes("a", items, xlim=(-4, 4), ylim=(-4, 4), equal_aspect=True),))


def settled_view_box(view: FigureView, qtbot, key: str = "a") -> QRectF:
    """The plot's view box once the layout stopped moving (relayouts run as queued events)."""
    rect = view.plot(key).vb.sceneBoundingRect()
    for _ in range(40):
        qtbot.wait(25)
        now = view.plot(key).vb.sceneBoundingRect()
        if now == rect:
            return now
        rect = now
    raise AssertionError("the layout never settled")


def test_texts_beside_the_axes_are_painted_beside_the_plot_and_follow_the_numbers(qtbot, monkeypatch):
    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.resize(640, 420)
    view.show_figure(stats_figure(np.array([[1.5, 2.25], [2.25, 5.0]]), (6.06, 0.444)))
    view.show()
    qtbot.waitExposed(view)
    vb = settled_view_box(view, qtbot)
    widget = view.mapToScene(view.rect()).boundingRect()
    (lam,) = shown_texts(view, "λ = 6.06, 0.444")
    (cov,) = shown_texts(view, "Σ")
    for item in (lam, cov):
        rect = ink_rect(item)
        assert widget.contains(rect), "cut by the view's edge"
        assert rect.left() >= vb.right() and not rect.intersects(vb), "drawn over (or clipped by) the plot"
        assert painted_share(view, rect) > 0.03, f"{item.toPlainText()!r} is not painted"
    assert not ink_rect(lam).intersects(ink_rect(cov))
    # Σ reads as a 2×2 matrix: its four entries in reading order, on two rows
    assert numbers(cov.toPlainText()) == [1.5, 2.25, 2.25, 5.0]
    assert ink_rect(cov).height() > 1.8 * ink_rect(lam).height()
    assert ink_rect(cov).top() < ink_rect(lam).top()  # at 0.98 above the λ at 0.6, as exported

    # New numbers replace the old ones; only the text that changed is laid out again, and
    # the plot keeps its size (a drag changes these numbers on every frame).
    calls = []
    original = QGraphicsTextItem.setHtml
    monkeypatch.setattr(QGraphicsTextItem, "setHtml", lambda self, text: (calls.append(text), original(self, text)))
    view.show_figure(stats_figure(np.array([[1.5, 2.25], [2.25, 5.0]]), (6.07, 0.434)))
    assert settled_view_box(view, qtbot) == vb
    assert len(calls) == 1
    assert shown_texts(view, "λ = 6.06") == [] and len(shown_texts(view, "λ = 6.07, 0.434")) == 1
    view.show_figure(stats_figure(np.array([[1.5, -2.5], [-2.5, 5.0]]), (6.07, 0.434)))
    (cov,) = shown_texts(view, "Σ")
    assert numbers(cov.toPlainText()) == [1.5, -2.5, -2.5, 5.0]


def test_a_text_beside_the_axes_is_never_inside_the_view_box(qtbot):
    """Inside the view box (which clips its children) the text could never show."""
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show_figure(stats_figure(np.eye(2), (1.0, 1.0)))
    vb = view.plot("a").vb
    for item in shown_texts(view, "λ"):
        assert not vb.isAncestorOf(item)


def _beside(view: FigureView, key: str, needle: str) -> QGraphicsTextItem:
    """The text containing ``needle`` right of axes ``key``'s view box."""
    vb = view.plot(key).vb.sceneBoundingRect()
    width = view.plot(key).sceneBoundingRect().width()
    found = [i for i in shown_texts(view, needle)
             if vb.right() <= ink_rect(i).left() <= vb.right() + 0.6 * width and vb.top() <= ink_rect(i).center().y() <= vb.bottom()]
    assert len(found) == 1, f"{needle!r} beside {key}: {[i.toPlainText() for i in found]}"
    return found[0]


def _check_stages(panel) -> None:
    view = panel.stage_view
    r = panel.analysis()
    cov = np.cov(r.points[r.train], rowvar=False, bias=True)  # ÷N, the panel's default
    lam = np.linalg.eigvalsh(cov)[::-1]
    boxes = [view.plot(a.key).vb.sceneBoundingRect() for a in view.figure().axes]
    widget = view.mapToScene(view.rect()).boundingRect()
    shown = []
    for key in ("stage0", "stage1"):  # the original and the centred data have the same Σ
        sigma, eig = _beside(view, key, "Σ"), _beside(view, key, "λ =")
        assert numbers(sigma.toPlainText()) == pytest.approx(cov.ravel(), rel=5e-3, abs=1e-9)
        assert numbers(eig.toPlainText()) == pytest.approx(lam, rel=5e-3)
        shown += [sigma, eig]
    sigma = _beside(view, "stage3", "Σ")  # whitened: the identity
    assert numbers(sigma.toPlainText()) == pytest.approx([1, 0, 0, 1], abs=2e-3)
    shown.append(sigma)
    for item in shown:
        rect = ink_rect(item)
        assert widget.contains(rect) and not any(rect.intersects(b) for b in boxes)
        assert painted_share(view, rect) > 0.03
    rects = [ink_rect(i) for i in shown]
    assert not any(a.intersects(b) for k, a in enumerate(rects) for b in rects[k + 1:])


def test_pca_stages_show_their_statistics_beside_each_plot_and_keep_them_current(pca, qtbot):  # noqa: F811 (fixture)
    for width, height in ((1280, 720), (1024, 700)):
        pca.resize(width, height)
        qtbot.wait(50)
        _check_stages(pca)
    with qtbot.waitSignal(pca.computed, timeout=10_000):
        pca.form.widget("std2").spin.setValue(1.5)
    qtbot.wait(20)
    _check_stages(pca)


def test_a_shared_x_range_is_the_same_on_both_plots_and_their_boxes_line_up(qtbot):
    """Two rows sharing x, with y labels of different widths (the training loss above the
    accuracy): both show exactly the figure's x limits, and the text at the start is whole."""
    steps = np.arange(0.0, 801.0, 8.0)
    loss = Axes("loss", (Line(steps, 2.0 * np.exp(-steps / 300) + 0.05, key="l"),
                         Text(8.0, 0.16, "target 0.2", key="t")),
                ylabel="cross-entropy", yscale="log", xlim=(0.0, 1120.0), ylim=(0.01, 3.0))
    acc = Axes("accuracy", (Line(steps, 1 - np.exp(-steps / 200), key="a"),), ylabel="accuracy",
               xlim=(0.0, 1120.0), ylim=(0.0, 1.02), row=1, share_x="loss")
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show_figure(Figure("training", (loss, acc), nrows=2))
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    for key in ("loss", "accuracy"):
        assert view.plot(key).vb.viewRange()[0] == pytest.approx([0.0, 1120.0], abs=1e-9)
    top, bottom = (view.plot(k).vb.sceneBoundingRect() for k in ("loss", "accuracy"))
    assert top.left() == pytest.approx(bottom.left(), abs=0.5)
    assert top.width() == pytest.approx(bottom.width(), abs=0.5)
    (target,) = shown_texts(view, "target 0.2")
    assert ink_rect(target).left() >= top.left()  # not cut by the plot's left edge


def test_tick_labels_along_a_narrow_axis_never_run_together(qtbot):
    """hPa data on a plot a hundred pixels wide: pyqtgraph's 50 hPa steps printed
    "950 10001050"; each label keeps clear of its neighbours."""
    x = np.linspace(906.0, 1090.0, 50)
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(160, 300)
    view.show_figure(Figure("f", (Axes("a", (Line(x, x - 1000.0, key="l"),), xlim=(906.0, 1090.0)),)))
    view.show()
    qtbot.waitExposed(view)
    axis = view.plot("a").getAxis("bottom")
    lo, hi = axis.range
    ticks = [v for _spacing, values in axis.tickValues(lo, hi, axis.width()) for v in values]
    assert ticks, "no labelled tick"
    metrics = QFontMetrics(axis.style["tickFont"])
    labels = axis.tickStrings(ticks, 1.0, 1.0)
    px = [(v - lo) / (hi - lo) * axis.width() for v in ticks]
    for k in range(len(ticks) - 1):
        (a, la), (b, lb) = (px[k], labels[k]), (px[k + 1], labels[k + 1])
        assert b - a >= (metrics.horizontalAdvance(la) + metrics.horizontalAdvance(lb)) / 2, (la, lb)


def test_a_text_hangs_from_its_point_as_exported(qtbot):
    """valign "top" (and a centred axes text at 0.9 or higher) hangs below its point; in the
    middle of the box it would poke out of the top and be clipped."""
    items = (Line([0.0, 1.0], [0.0, 1.0], key="l"),
             Text(0.5, 1.0, "hangs", valign="top", key="d"),
             Text(0.1, 0.98, "note", coords="axes", key="n"))
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show_figure(Figure("f", (Axes("a", items, xlim=(0.0, 1.0), ylim=(0.0, 1.0)),)))
    view.show()
    qtbot.waitExposed(view)
    vb = view.plot("a").vb.sceneBoundingRect()
    for needle in ("hangs", "note"):
        (item,) = shown_texts(view, needle)
        assert vb.contains(ink_rect(item)), needle
        assert painted_share(view, ink_rect(item)) > 0.03
