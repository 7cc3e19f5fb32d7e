"""Additions to the activation panel's views, kept apart from ``figures.py``: marked x values on the
curves, a second zig-zag path with another batch size, and the optional noise-robustness figure.

Each works on the plain-data figures by axes key (``curves``, ``zigzag``), so the live view and
the export get the same items.
"""

from __future__ import annotations

import dataclasses
from typing import Literal

import numpy as np

from lab.activations.figures import StatisticsViews, function_color
from lab.activations.functions import ACTIVATIONS, evaluate
from lab.activations.noise_figure import fmt, noise_figure
from lab.activations.params import ActivationParams, mark_values
from lab.activations.zigzag import zigzag_path
from lab.figures.label_spot import Spot, free_spot, label_box
from lab.figures.spec import Axes, Band, Color, Figure, Item, Line, Scatter, Table, Text

#: Size of a marked value's label (a share of the base text size).
LABEL_SIZE = 0.85


def mark_items(p: ActivationParams, curves: Axes) -> tuple[tuple[Item, ...], tuple[float, float] | None]:
    """A point on f and on f′ (when shown) of every function at every marked x; the points on f′
    (on f when f′ is hidden) carry their value, each label beside its point where no curve, rule
    or other label runs through it (:func:`~lab.figures.label_spot.free_spot`).  Returns the
    items and the y limits grown to hold the labels (``None``: unchanged)."""
    xs = np.asarray(mark_values(p.marks), dtype=np.float64)
    if xs.size == 0:
        return (), None
    xlim = curves.xlim or (-p.x_range, p.x_range)
    ylim = curves.ylim or (-1.0, 1.0)
    centre, gap = 0.5 * (xlim[0] + xlim[1]), 0.03 * (ylim[1] - ylim[0])
    labelled = "df" if p.show_derivative else "f"
    points: list[Item] = []
    labels: list[tuple[str, float, float, str, Color]] = []
    for name in p.functions:
        f, df = evaluate(name, xs, slope=p.slope, alpha=p.alpha)
        label, color = ACTIVATIONS[name].label, function_color(name)
        for kind, values in [("f", f)] + ([("df", df)] if p.show_derivative else []):
            points.append(Scatter(xs, values, color=color, size=1.4, alpha=1.0, key=f"mark:{kind}:{name}"))
            if kind == labelled:
                prime = "′" if kind == "df" else ""
                labels += [(f"{label}{prime}({x:g}) = {fmt(float(v))}", float(x), float(v), f"mark:{kind}:{name}:{k}",
                            color) for k, (x, v) in enumerate(zip(xs, values, strict=True))]
    probe = dataclasses.replace(curves, items=curves.items + tuple(points), xlim=xlim, ylim=ylim)
    texts: list[Item] = []
    for text, x, v, key, color in labels:
        inward: Literal["left", "right"] = "right" if x > centre else "left"
        outward: Literal["left", "right"] = "left" if inward == "right" else "right"
        nudge = {"left": gap, "right": -gap}
        spots = [Spot(x + nudge[a], v + sign * gap, a, "bottom" if sign > 0 else "top")
                 for a in (inward, outward) for sign in (1, -1)]
        spot, ylim = free_spot(probe, spots, text, LABEL_SIZE)
        x0, x1, y0, y1 = label_box(spot, text, LABEL_SIZE, xlim, ylim)
        # the next labels keep clear of this one
        probe = dataclasses.replace(probe, ylim=ylim, items=probe.items + (
            Band(np.array([x0, x1]), np.array([y0, y0]), np.array([y1, y1])),))
        texts.append(Text(spot.x, spot.y, text, size=LABEL_SIZE, color=color, anchor=spot.anchor,
                          valign=spot.valign, key=key))
    return tuple(points + texts), (ylim if ylim != (curves.ylim or (-1.0, 1.0)) else None)


def marks_table(p: ActivationParams) -> Table:
    """``marks``: function, x, f, df at every marked x."""
    xs = np.asarray(mark_values(p.marks), dtype=np.float64)
    rows = []
    for name in p.functions:
        f, df = evaluate(name, xs, slope=p.slope, alpha=p.alpha)
        rows += [(name, float(x), float(a), float(b)) for x, a, b in zip(xs, f, df, strict=True)]
    return Table.from_rows("marks", ("function", "x", "f", "df"), rows)


def with_marks(curves: Axes, p: ActivationParams, labels: bool = True) -> Axes:
    """``curves`` with the marked points added (and their values, unless ``labels`` is off)."""
    extra, ylim = mark_items(p, curves)
    if not labels:  # a small overview cell has no room for the values: the curves slide shows them
        extra, ylim = tuple(item for item in extra if not isinstance(item, Text)), None
    if not extra:
        return curves
    return dataclasses.replace(curves, items=curves.items + extra, ylim=ylim or curves.ylim)


def second_zigzag(p: ActivationParams) -> tuple[tuple[Item, ...], Table | None]:
    """The all-positive path with batch ``zigzag_batch_b`` from the same seed as the first (or nothing)."""
    if p.zigzag_batch_b < 1:
        return (), None
    seed = np.random.SeedSequence(p.seed).spawn(2)[0]  # the all-positive path's own stream
    path = zigzag_path("positive", np.random.default_rng(seed), steps=p.zigzag_steps, batch=p.zigzag_batch_b,
                       lr=p.zigzag_lr)
    label = f"σ(z) > 0, batch {p.zigzag_batch_b}: {path.same_sign_share:.0%} steps ↗/↙"
    items = (Line(path.path[:, 0], path.path[:, 1], label=label, color=2, width=1.0, style="dashed",
                  key="zig:positive_b"),
             Scatter(path.path[:, 0], path.path[:, 1], color=2, size=0.6, key="zigpts:positive_b"))
    rows = [("positive", p.zigzag_batch_b, i, float(a), float(b)) for i, (a, b) in enumerate(path.path)]
    return items, Table.from_rows("zigzag-batch", ("inputs", "batch", "step", "w1", "w2"), rows)


def with_second_zigzag(zigzag: Axes, p: ActivationParams) -> Axes:
    items, _ = second_zigzag(p)
    if not items:
        return zigzag
    title = f"Zig-zag (SGD, batch {p.zigzag_batch} vs {p.zigzag_batch_b})"
    return dataclasses.replace(zigzag, items=zigzag.items + items, title=title)


def augment_views(views: StatisticsViews, p: ActivationParams) -> StatisticsViews:
    """The live statistics views with the second zig-zag path."""
    return dataclasses.replace(views, zigzag=with_second_zigzag(views.zigzag, p))


def augment(figures: list[Figure], p: ActivationParams) -> list[Figure]:
    """The export figures with marks, the second zig-zag path, their tables and (if asked) the noise figure."""
    out = []
    for figure in figures:
        axes = tuple(with_marks(a, p, labels=figure.name != "overview") if a.key == "curves" else with_second_zigzag(a, p) if a.key == "zigzag" else a
                     for a in figure.axes)
        caption = figure.caption
        if p.zigzag_batch_b >= 1 and len(axes) == 1 and axes[0].key == "zigzag":
            caption += f"; dashed: σ(z) inputs with batch {p.zigzag_batch_b} (same seed)"
        out.append(dataclasses.replace(figure, axes=axes, caption=caption))
    extra_tables = tuple(t for t in (marks_table(p) if p.marks.strip() else None, second_zigzag(p)[1])
                         if t is not None)
    if out and extra_tables:
        out[0] = dataclasses.replace(out[0], tables=out[0].tables + extra_tables)
    if p.show_noise:
        out.append(noise_figure(p))
    return out
