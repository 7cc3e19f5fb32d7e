"""A marked value's label goes where no curve or rule runs through it (checked against the curve itself)."""

from __future__ import annotations

import numpy as np
from scipy.special import ndtr

from lab.figures.label_spot import Spot, free_spot, label_box
from lab.figures.spec import Axes, HLine, Line


def test_the_label_at_a_minimum_goes_below_it_and_the_plot_grows_to_hold_it():
    x = np.linspace(-3, 3, 400)
    gelu = x * ndtr(x)
    ax = Axes("curves", (Line(x, gelu), HLine(0.0)), xlim=(-3.0, 3.0), ylim=(-0.35, 3.2))
    xm, ym, gap, text = -0.7518, -0.16997, 0.1, "GELU(−0.7518) = −0.17"
    spots = [Spot(xm + gap, ym + gap, "left", "bottom"), Spot(xm + gap, ym - gap, "left", "top")]
    spot, ylim = free_spot(ax, spots, text, 0.85)
    assert spot == spots[1]  # above it the text would cross the rising curve and the zero line
    x0, x1, y0, y1 = label_box(spot, text, 0.85, ax.xlim, ylim)
    inside = (x >= x0) & (x <= x1)
    assert np.all((x * ndtr(x))[inside] > y1)  # the curve stays above the box
    assert ylim[0] < y0 and ylim[1] == 3.2  # the plot reaches down to hold the label


def test_when_every_spot_is_crowded_the_least_crowded_wins():
    x = np.linspace(0, 1, 50)
    lines = tuple(Line(x, np.full_like(x, v)) for v in (0.2, 0.4, 0.6, 0.8))
    ax = Axes("a", lines, xlim=(0.0, 1.0), ylim=(0.0, 1.0))
    spots = [Spot(0.0, 0.15, "left", "bottom"), Spot(0.7, 0.55, "left", "bottom")]
    spot, _ = free_spot(ax, spots, "a long label across the lines", 1.0)
    assert spot == spots[1]  # it meets its line over the last 0.3 of it only, the first along its whole box
