"""free_corner: a legend-sized box in the returned corner holds none of the axes' data."""

from __future__ import annotations

import numpy as np

from lab.figures import Axes, Histogram, HLine, Line, Scatter
from lab.figures.free_corner import free_corner

X = np.linspace(0.0, 1.0, 5)  # few vertices: the segments between them must count too


def _axes(*items, **kw):
    return Axes("a", items, xlim=(0.0, 1.0), ylim=(0.0, 1.0), **kw)


def test_upper_right_when_the_data_stay_low():
    assert free_corner(_axes(Line(X, 0.1 * X)), 0.3, 0.3) == (True, True)


def test_a_rising_diagonal_leaves_the_upper_left():
    # the segment from (0.75, 0.75) to (1, 1) crosses the upper-right box between vertices
    assert free_corner(_axes(Line(X, X)), 0.3, 0.3) == (False, True)


def test_a_line_along_the_top_sends_it_to_the_bottom_corner_that_is_free():
    top = Line(X, np.full(5, 0.95))
    middle = Line(X, 0.5 + 0.1 * X)
    assert free_corner(_axes(top, middle), 0.3, 0.3) == (False, False)  # matplotlib's order: lower left first
    rising = Line(X, 0.4 * X)  # from (0, 0): the lower left is taken too, the lower right is not
    assert free_corner(_axes(top, rising), 0.3, 0.25) == (True, False)


def test_no_corner_when_points_fill_the_plot():
    rng = np.random.default_rng(0)
    cloud = Scatter(rng.random(2000), rng.random(2000))
    assert free_corner(_axes(cloud), 0.2, 0.2) is None


def test_histogram_bars_and_rules_count_as_data():
    bars = Histogram(np.linspace(0, 1, 11), np.full(10, 0.98))  # full-height bars everywhere
    assert free_corner(_axes(bars), 0.3, 0.05) is None
    low = Histogram(np.linspace(0, 1, 11), np.full(10, 0.2))
    assert free_corner(_axes(low), 0.3, 0.3) == (True, True)
    assert free_corner(_axes(low, HLine(0.9)), 0.3, 0.3) is None  # a rule across the top, bars along the bottom


def test_log_axes_measure_in_decades():
    n = np.arange(1, 51)
    decay = Line(n, 10.0 ** (-0.6 * (n - 1)))  # 1 down to 1e-29.4: a straight line in log space
    ax = Axes("g", (decay,), yscale="log", ylim=(1e-30, 1.0), xlim=(1.0, 50.0))
    assert free_corner(ax, 0.3, 0.3) == (True, True)  # on a linear reading the whole line hugs 0
