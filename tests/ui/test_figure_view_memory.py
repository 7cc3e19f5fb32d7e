"""A FigureView that changes layout again and again frees the plots it replaced (issue #13's soak).

The soak's RSS grew by ~600 MB: every rebuilt plot stayed alive, held through a signal
connection made in C++ (a lambda or bound method that referred back to the plot), with its
axes, items and two context menus (45 widgets, ~0.75 MB a plot).
"""

from __future__ import annotations

import gc

import numpy as np
from PySide6.QtWidgets import QApplication

from lab.figures import Axes, Figure, Line, Span, Text, VLine
from ui.figure_view import FigureView


def _figure(n_axes: int, legend: bool) -> Figure:
    x = np.linspace(-3.0, 3.0, 50)
    axes = tuple(
        Axes(f"ax{i}", (Line(x, np.tanh(x) + i, "tanh" if legend else "", key="f"),
                        Span(-3.0, -2.0, label="saturated" if legend else ""), VLine(0.0),
                        Text(0.05, 0.9, "axes text", coords="axes"),
                        Text(1.04, 0.5, "beside", coords="axes")),  # in the margin column (figure_side)
             legend=legend, row=i, col=0, share_x="ax0" if i else "")  # linked ranges (figure_axes.link_range)
        for i in range(n_axes)
    )
    return Figure("f", axes, nrows=n_axes, ncols=1)


def test_rebuilding_the_layout_frees_the_replaced_plots(qtbot):
    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    figures = [_figure(1, True), _figure(3, False), _figure(2, True)]
    for figure in figures:  # every kind of layout once: what stays alive from here on is the floor
        view.show_figure(figure)
        qtbot.wait(1)
    gc.collect()
    before = len(QApplication.allWidgets())
    for _ in range(10):  # 30 rebuilds of 1–3 plots, each plot with two menus of widgets
        for figure in figures:
            view.show_figure(figure)
            qtbot.wait(1)
        gc.collect()  # freeing a region's edge lines must not corrupt the next InfiniteLine made
    after = len(QApplication.allWidgets())
    assert after - before <= 3 * 45 // 2, f"{after - before} widgets more after 30 rebuilds"
    assert [a.key for a in view.figure().axes] == ["ax0", "ax1"]


def test_axes_texts_still_follow_the_range_after_a_rebuild(qtbot):
    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    view.show_figure(_figure(3, False))
    view.show_figure(_figure(1, False))  # a rebuild: the first layout's plots are gone
    gc.collect()
    plot = view.plot("ax0")
    plot.setXRange(10.0, 20.0, padding=0)
    text = next(g for g in plot.items if g.__class__.__name__ == "TextItem")
    assert 10.0 <= text.pos().x() <= 20.0  # at 5 % of the new x range, not of the old one


def test_an_item_a_panel_added_outlives_the_plot_it_was_in(qtbot):
    import pyqtgraph as pg
    from shiboken6 import isValid

    view = FigureView(fast=True)
    qtbot.addWidget(view)
    view.show_figure(_figure(1, False))
    crosshair = pg.InfiniteLine(angle=90)  # like the activations panel's readout line
    view.plot("ax0").addItem(crosshair)
    view.show_figure(_figure(2, False))  # a rebuild frees the old plot
    gc.collect()
    assert isValid(crosshair) and crosshair.scene() is None
    view.plot("ax0").addItem(crosshair)  # the panel puts it into the new plot
    assert crosshair.scene() is view.scene()
