"""FigureView: every item kind draws; same keys update in place; labels are shown literally."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from lab.figures import (
    DARK,
    Arrow,
    Axes,
    Band,
    Ellipse,
    Figure,
    Histogram,
    HLine,
    Image,
    Line,
    Scatter,
    Span,
    Text,
    VLine,
)
from ui.figure_view import FigureView


def figure(scale=1.0, title="f < g & h"):
    x = np.linspace(-3, 3, 200)
    items = (Line(x, scale * np.tanh(x), "tanh <b>", key="f"), Band(x, x - 1, x + 1, "band & co", key="b"),
             Span(-3, -2, label="saturated"), VLine(0.0), HLine(0.5), Histogram([0, 1, 2], [3, 4], "h"),
             Scatter(x, x, "p"), Arrow(0, 0, 1, 1, "a"), Ellipse(0, 0, 2, 1, 30, "e"),
             Text(0.1, 0.9, "x < y", coords="axes"))
    return Figure("f", axes=(
        Axes("a", items, title=title, xlabel="x < 0", legend=True),
        Axes("b", (Image(np.arange(12.0).reshape(3, 4), cmap="RdBu_r"),), col=1, show_axes=False),
        Axes("c", (Line([1, 10, 100], [0.0, 1e-3, 1.0], key="l"),), col=2, xscale="log", yscale="log"),
    ), ncols=3, title="Top")


def test_draws_every_item_kind_and_updates_in_place(qtbot):
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show_figure(figure())
    view.show()
    qtbot.waitExposed(view)
    plot = view.plot("a")
    curve = plot.listDataItems()[0]
    before = list(plot.items)
    view.show_figure(figure(scale=2.0))
    assert plot.listDataItems()[0] is curve and list(plot.items) == before
    x, y = curve.getData()
    assert np.allclose(y, 2.0 * np.tanh(x))
    image = view.grab().toImage()
    assert image.width() == 900 and not image.isNull()


def test_changed_keys_rebuild_items(qtbot):
    view = FigureView()
    qtbot.addWidget(view)
    view.show_figure(figure())
    first = view.plot("c").listDataItems()[0]
    fig = Figure("f", axes=(Axes("c", (Line([1, 2], [1, 2], key="other"),)),))
    view.show_figure(fig)
    assert view.plot("c").listDataItems()[0] is not first
    assert len(view.plot("c").listDataItems()) == 1


def test_titles_and_labels_are_literal_text(qtbot):
    view = FigureView()
    qtbot.addWidget(view)
    view.show_figure(figure(title="|f′| < 0.01 & dead"))
    plot = view.plot("a")
    assert plot.titleLabel.text == "|f′| &lt; 0.01 &amp; dead"  # escaped HTML shows "<" and "&"
    names = [label.text for _, label in plot.legend.items]
    assert "tanh &lt;b&gt;" in names and "band &amp; co" in names


def test_log_axes_hide_non_positive_values_without_warnings(qtbot):
    view = FigureView()
    qtbot.addWidget(view)
    view.show_figure(figure())
    curve = view.plot("c").listDataItems()[0]
    assert np.isnan(curve.yData[0])  # 0.0 cannot be shown on a log axis: hidden, not log10(0)
    assert curve.yData[1:].tolist() == [1e-3, 1.0]


def test_theme_change_redraws(qtbot):
    view = FigureView()
    qtbot.addWidget(view)
    view.show_figure(figure())
    view.set_theme(DARK)
    assert view.backgroundBrush().color().name() == DARK.background.lower()
    assert isinstance(view.plot("a"), pg.PlotItem)


def test_diverging_map_matches_matplotlib_without_importing_it_live():
    import subprocess
    import sys

    import matplotlib

    from ui.figure_style import lookup_table

    reference = np.asarray(matplotlib.colormaps["RdBu_r"](np.linspace(0, 1, 256)))[:, :3] * 255
    assert np.abs(lookup_table("RdBu_r").astype(float) - reference).max() < 1.0 + 1e-9  # truncation vs rounding: one level
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
            "import numpy as np\n"
            "from lab.figures import Axes, Figure, Image\n"
            "from ui.figure_view import FigureView\n"
            "view = FigureView()\n"
            "view.show_figure(Figure('f', axes=(Axes('a', (Image(np.eye(3), cmap='RdBu_r'),)),)))\n"
            "print('matplotlib imported:', 'matplotlib' in sys.modules)\n"
            "view.close()\n"
            "del view\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "matplotlib imported: False" in proc.stdout


def test_scatter_on_log_axes_and_title_change_in_place(qtbot):
    import warnings

    view = FigureView()
    qtbot.addWidget(view)
    fig = Figure("f", axes=(Axes("a", (Scatter([1.0, 10.0, 1e30], [1e-3, 1.0, 1e20]),), yscale="log", xscale="log"),),
                 title="first")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        view.show_figure(fig)
        view.show()
        qtbot.waitExposed(view)
        view.grab()
    plot = view.plot("a")
    view.show_figure(Figure("f", axes=fig.axes, title="second < third"))
    assert view.plot("a") is plot  # a new title does not rebuild the plots
    assert view._title.text == "second &lt; third"


def test_axis_numbers_are_never_rescaled(qtbot):
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    tiny = Figure("f", axes=(Axes("a", (Line([1, 2, 3], [1e-4, 2e-4, 3e-4], key="l"),), xlabel="x", ylabel="y"),))
    view.show_figure(tiny)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.plot("a").getAxis("left").range[1] < 1e-3)
    # new labels re-apply the axes settings while the range is still ~1e-4 (pyqtgraph's
    # automatic SI scaling covers (0, 1) even without units: it would freeze a ×1e6 scale)
    view.show_figure(Figure("f", axes=(Axes("a", (Line([1, 2, 3], [0.2, 0.4, 0.6], key="l"),), xlabel="x2",
                                            ylabel="y2"),)))
    qtbot.wait(50)
    for side in ("left", "bottom"):
        axis = view.plot("a").getAxis(side)
        assert axis.autoSIPrefixScale == 1.0 and axis.labelUnitPrefix == ""
    assert "x1" not in view.plot("a").getAxis("left").labelString()


def _legend_texts(view, key):
    return [label.text for _sample, label in view.plot(key).legend.items]


def test_legend_entries_follow_every_update(qtbot):
    # the activations depth view labels its lines with E[f′]: a stale legend would lie
    view = FigureView(fast=True)
    qtbot.addWidget(view)
    x = np.linspace(0, 1, 50)

    def fig(value):
        return Figure("f", axes=(Axes("a", (Line(x, x, f"E[f′] = {value}", key="l"),
                                              Histogram(np.arange(6.0), np.ones(5), f"n = {value}", key="h")),
                                      legend=True),))

    view.show_figure(fig(0.207))
    assert _legend_texts(view, "a") == ["E[f′] = 0.207", "n = 0.207"]
    view.show_figure(fig(7.5e-05))
    assert _legend_texts(view, "a") == ["E[f′] = 7.5e-05", "n = 7.5e-05"]


def test_fast_view_histograms_of_changing_size_paint_without_errors(qtbot):
    # pyqtgraph raised "len(X) must be len(Y)+1" once a stepMode curve was downsampled/clipped
    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    rng = np.random.default_rng(0)
    for bins in (47, 92, 94, 5, 400):
        edges = np.linspace(-3, 3, bins + 1)
        counts = rng.integers(0, 50, bins).astype(float)
        view.show_figure(Figure("f", axes=(Axes("a", (Histogram(edges, counts, "h", key="h"),
                                                       Line(edges, edges, key="l")),
                                                xlim=(-1.0, 1.0)),)))
        view.grab()  # paints: pyqtgraph's fill-path errors only show up here


def test_an_update_changing_one_item_shows_every_items_current_data(qtbot):
    # New arrays with the same values for two lines, new values for the third: each curve
    # must show its figure's data (the view may skip what did not change, never what did).
    x = np.linspace(-3, 3, 300)

    def fig(alpha):
        return Figure("f", (Axes("a", (Line(x.copy(), np.tanh(x), "tanh", key="t"),
                                       Line(x.copy(), np.sin(x), "sin", key="s"),
                                       Line(x.copy(), np.where(x > 0, x, alpha * np.expm1(x)), "elu", key="e"),
                                       Band(x.copy(), np.tanh(x) - alpha, np.tanh(x) + alpha, key="b")),
                                 legend=True),))

    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    for alpha in (1.0, 2.0, 0.5, 0.5, 1.5):
        view.show_figure(fig(alpha))
        view.repaint()
        lines = [i for i in view.plot("a").listDataItems() if isinstance(i, pg.PlotDataItem)]
        assert len(lines) == 3
        ys = [line.getData()[1] for line in lines]
        assert np.allclose(ys[0], np.tanh(x)) and np.allclose(ys[1], np.sin(x))
        assert np.allclose(ys[2], np.where(x > 0, x, alpha * np.expm1(x)))
        fill = next(i for i in view.plot("a").items if isinstance(i, pg.FillBetweenItem))
        assert np.allclose(fill.curves[1].getData()[1], np.tanh(x) + alpha)



def _dark_pixels(view: FigureView, hide_items: bool = False) -> int:
    """Dark pixels of the view's scene rendered on white (optionally with every item hidden)."""
    from PySide6.QtGui import QImage, QPainter

    items = view.scene().items() if hide_items else []
    for item in items:
        item.setVisible(False)
    image = QImage(view.width(), view.height(), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    view.scene().render(painter, view.rect().toRectF(), view.sceneRect())
    painter.end()
    for item in items:
        item.setVisible(True)
    pixels = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).reshape(image.height(), image.width(), 4)
    return int((pixels[..., :3].min(axis=2) < 200).sum())


def _shown(qtbot, view: FigureView, fig: Figure) -> None:
    view.show_figure(fig)
    qtbot.wait(100)  # the legends are arranged once the grid has laid out


def test_plots_of_an_earlier_figure_are_never_painted_again(qtbot):
    """Regression: after a 1×3 figure a 1×1 one was drawn over the old plots, painted from
    stale entries of the scene's spatial index (they were no longer scene items)."""
    x = np.linspace(-6, 6, 200)
    one = Figure("g", (Axes("wide", (Line(x, np.tanh(x), "tanh", key="t"),), title="wide", legend=True),))
    three = Figure("g", tuple(Axes(f"k{k}", (Line(x, (k + 1) * x, f"{k}", key="l"),), col=k, title=f"k{k}",
                                   legend=True) for k in range(3)), ncols=3)
    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.resize(560, 300)
    view.show()
    for fig in (one, three, one):
        _shown(qtbot, view, fig)
    assert _dark_pixels(view) > 1000  # the figure is there
    assert _dark_pixels(view, hide_items=True) == 0  # and nothing but the scene's items


@pytest.mark.parametrize("grid", [False, True])  # an axis with a grid is cached as a pixmap, one without is not
def test_axis_tick_labels_follow_a_new_range(qtbot, grid):
    """Regression: with SI prefixes off, a range change left the axis painting the old ticks."""
    x = np.linspace(-6, 6, 200)
    wide = Figure("g", (Axes("a", (Line(x, np.tanh(x), key="t"),), xlim=(-6.0, 6.0), ylim=(-1.1, 1.1), grid=grid),))
    narrow = Figure("g", (Axes("a", (Line(x, np.tanh(x), key="t"),), xlim=(-2.0, 2.0), ylim=(-30.0, 30.0),
                               grid=grid),))
    views = []
    for figures in ((wide, narrow), (narrow,)):
        view = FigureView(fast=True)
        qtbot.addWidget(view)
        view.resize(400, 300)
        view.show()
        for fig in figures:
            _shown(qtbot, view, fig)
        views.append(view)
    strips = []
    for view in views:
        image = view.grab().toImage().convertToFormat(view.grab().toImage().Format.Format_RGB32)
        pixels = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).reshape(image.height(), -1, 4)
        plot = view.plot("a")
        left = int(plot.getAxis("left").sceneBoundingRect().right())
        strips.append(pixels[:, : max(left, 1), :3].copy())  # the tick labels of the y axis
    assert strips[0].shape == strips[1].shape
    assert np.array_equal(strips[0], strips[1]), "the reused view's y axis does not show the new range's ticks"


def test_a_text_whose_numbers_change_keeps_its_font_and_colour_unset(qtbot, monkeypatch):
    """A drag changes a text's numbers on every frame: the new text shows, and its unchanged
    font and colour are not set again (each setFont re-lays the text out); a new size is."""
    def fig(text, size=0.8, color=0):
        return Figure("f", (Axes("a", (Line([0.0, 1.0], [0.0, 1.0], key="l"),
                                       Text(0.5, 0.5, text, size=size, color=color, key="t")),),))

    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.show_figure(fig("λ = 1.000"))
    fonts, colours = [], []
    monkeypatch.setattr(pg.TextItem, "setFont", lambda self, font: fonts.append(font.pointSizeF()))
    original_colour = pg.TextItem.setColor
    monkeypatch.setattr(pg.TextItem, "setColor", lambda self, c: (colours.append(c), original_colour(self, c)))
    view.show_figure(fig("λ = 1.250"))
    text = next(i for i in view.plot("a").items if isinstance(i, pg.TextItem))
    assert text.toPlainText() == "λ = 1.250"
    assert fonts == [] and colours == []
    view.show_figure(fig("λ = 1.250", size=1.2, color=1))
    assert len(fonts) == 1 and fonts[0] > 0 and len(colours) == 1


def test_a_range_change_re_renders_no_axis_label(qtbot, monkeypatch):
    """New limits move the ticks; no axis label (shown, or on the hidden top and right axes)
    is rendered again, and the hidden axes stay hidden."""
    x = np.linspace(-6, 6, 200)

    def fig(top):
        return Figure("g", (Axes("a", (Line(x, np.tanh(x), key="t"),), xlabel="x", ylabel="y",
                                 xlim=(-6.0, 6.0), ylim=(-top, top)),))

    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    _shown(qtbot, view, fig(1.1))
    rendered = []
    original = pg.AxisItem._updateLabel
    monkeypatch.setattr(pg.AxisItem, "_updateLabel", lambda self: (rendered.append(self.orientation), original(self)))
    for top in (2.0, 3.5, 1.5):
        view.show_figure(fig(top))
        view.repaint()
        assert view.plot("a").viewRange()[1] == pytest.approx([-top, top])
    assert rendered == []
    plot = view.plot("a")
    assert not plot.getAxis("top").isVisible() and not plot.getAxis("right").isVisible()
    assert plot.getAxis("left").isVisible() and plot.getAxis("left").labelText == "y"
