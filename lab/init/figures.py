"""Figures and tidy tables of depth-experiment results (plain data, drawn by the view and the exporter)."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from lab.activations.float32 import ACTIVATION_LABELS
from lab.figures.spec import Axes, Band, Figure, Line, Scatter, Table, Text
from lab.init.experiment import DepthResult
from lab.init.schemes import SCHEME_LABELS

LAYER_COLUMNS = ("scheme", "activation", "layer", "mean", "std", "saturated", "dead", "grad_std")
HIST_COLUMNS = ("scheme", "activation", "layer", "bin_lo", "bin_hi", "count")
DETAIL_COLUMNS = (
    "scheme", "activation", "layer", "pre_mean", "pre_std", "mean", "std", "predicted_mean", "predicted_std",
    "saturated", "predicted_saturated", "dead", "dead_units", "below", "above", "local_grad", "grad_act_std",
    "grad_std",
)
#: Height of the tallest bin of each layer in the ridgeline (1 = the gap between layers).
RIDGE_HEIGHT = 0.9
#: Out-of-range fractions from this size up are written beside the layer's ridge.
NOTE_OUTSIDE = 0.005


def _series(result: DepthResult, name: str) -> NDArray[np.float64]:
    out = np.full(result.config.depth, np.nan)
    for stats in result.layers:
        out[stats.layer - 1] = getattr(stats, name)
    return out


def _grad_series(result: DepthResult, name: str) -> NDArray[np.float64]:
    out = np.full(result.config.depth, np.nan)
    for g in result.grads:
        out[g.layer - 1] = getattr(g, name)
    return out


def _positive(values: NDArray[np.float64]) -> NDArray[np.float64]:
    out = values.copy()
    out[~(out > 0)] = np.nan
    return out


def run_label(result: DepthResult) -> str:
    return SCHEME_LABELS[result.config.scheme]


def _stairs(edges: NDArray[np.float64], heights: NDArray[np.float64]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    x = np.repeat(edges, 2)
    y = np.concatenate([[0.0], np.repeat(heights, 2), [0.0]])
    return x, y


def ridge_heights(result: DepthResult) -> list[NDArray[np.float64]]:
    """Per layer, the bin heights of its ridge: counts scaled so the tallest bin is 0.9.

    With ReLU the bin holding the exact zeros (the dead units, plotted apart) is left out of
    the scaling and clipped, so the shape of the live units stays visible.
    """
    bins = result.bins
    by_layer = {s.layer: s for s in result.layers}
    out = []
    for layer in range(1, result.config.depth + 1):
        stats = by_layer.get(layer)
        counts = np.zeros(bins.n) if stats is None else stats.counts.astype(np.float64)
        body = counts[1:] if result.config.activation == "relu" and bins.first == 0 else counts
        peak = body.max() if body.size else 0.0
        out.append(RIDGE_HEIGHT * np.minimum(counts / peak, 1.0) if peak > 0 else RIDGE_HEIGHT * np.sign(counts))
    return out


def _ridgeline_axes(
    result: DepthResult, index: int, *, row: int, col: int, rowspan: int, share: str
) -> Axes:
    """Every layer's histogram on the shared bins, stacked: layer l sits on the line y = l.

    All layers form one filled band and one outline (so redrawing costs the same at any depth):
    consecutive layers are joined by a zero-area step where the band's two edges coincide, and
    the outline is broken there with NaN.
    """
    bins = result.bins
    depth = result.config.depth
    by_layer = {s.layer: s for s in result.layers}
    total = result.config.batch * result.config.units
    xs, lows, highs, line_y, notes = [], [], [], [], []
    for layer, heights in enumerate(ridge_heights(result), start=1):
        stats = by_layer.get(layer)
        x, y = _stairs(bins.edges, heights)
        xs.append(x)
        lows.append(np.full_like(y, float(layer)))
        highs.append(layer + y)
        line_y.append(np.append(layer + y, np.nan))
        if stats is not None and stats.below + stats.above >= NOTE_OUTSIDE * total:
            notes.append((stats.below + stats.above) / total)
    x_all = np.concatenate(xs)
    line_x = np.concatenate([np.append(x, np.nan) for x in xs])
    lines = []
    if result.exploded_in == "forward" and result.exploded_at is not None:
        lines.append(f"inf at layer {result.exploded_at}")
    if notes:
        lines.append(f"outside the bins: up to {100 * max(notes):.2g}%")
    note = "\n".join(lines)
    items = (
        Band(x_all, np.concatenate(lows), np.concatenate(highs), color=index, alpha=0.45, key="fill"),
        Line(line_x, np.concatenate(line_y), color=index, width=0.5, key="edge"),
        Text(0.98, 0.985, note, anchor="right", coords="axes", size=0.65, color=7, key="note"),
    )
    return Axes(
        key=f"ridge_{'ab'[index]}",
        items=items,
        title=run_label(result),
        xlabel="activation",
        ylabel="layer",
        # padded: the spikes at the ends (tanh's ±1, ReLU's 0) must not sit on the axis lines
        xlim=(bins.lo - 0.04 * (bins.hi - bins.lo), bins.hi + 0.04 * (bins.hi - bins.lo)),
        ylim=(0.8, depth + 1.0),
        integer_y=True,
        row=row,
        col=col,
        rowspan=rowspan,
        share_x=share,
        share_y=share,
        grid=False,
    )


def _layer_axis(depth: int) -> tuple[float, float]:
    return (0.5, depth + 0.5)


def _stats_axes(results: Sequence[DepthResult], row: int, col: int, colspan: int, rowspan: int) -> Axes:
    depth = results[0].config.depth
    x = np.arange(1, depth + 1, dtype=float)
    stds = [_series(r, "std") for r in results]
    preds = [r.prediction.std for r in results]
    positive = np.concatenate([s[np.isfinite(s) & (s > 0)] for s in stds + preds])
    log = positive.size > 1 and positive.max() / positive.min() > 100.0
    items: list = []
    for i, (r, std, pred) in enumerate(zip(results, stds, preds, strict=True)):
        name = run_label(r) if len(results) > 1 else ""
        items.append(Line(x, _positive(std) if log else std, label=name or "std", color=i, key=f"std{i}"))
        if not log:  # (the live view does not put scatter points on log axes)
            finite = np.isfinite(std)
            items.append(Scatter(x[finite], std[finite], color=i, size=1.2, key=f"stdp{i}"))
        # the prediction in black, thin and dashed, on top: distinct from every measured line
        items.append(
            Line(x, _positive(pred) if log else pred, label="predicted" if i == 0 else "", color=7,
                 style="dashed", width=0.55, key=f"pred{i}")
        )
        if not log:
            # one "mean" entry: the dotted style says it, the colour says which scheme
            items.append(Line(x, _series(r, "mean"), label="mean" if i == 0 else "", color=i, style="dotted",
                              width=0.8, key=f"mean{i}"))
    title = "std (log)" if log else "std (solid), mean (dotted)"
    ylim = None
    if not positive.size and log:
        ylim = (1e-12, 1.0)
    return Axes(
        key="stats", items=tuple(items), title=title, xlabel="layer", ylabel="activation std" if log else "value",
        yscale="log" if log else "linear", xlim=_layer_axis(depth), integer_x=True, ylim=ylim, legend=True,
        row=row, col=col, colspan=colspan, rowspan=rowspan,
    )


def _fraction_axes(results: Sequence[DepthResult], row: int, col: int, colspan: int, rowspan: int) -> Axes:
    depth = results[0].config.depth
    x = np.arange(1, depth + 1, dtype=float)
    items: list = []
    # only what the activation can do: ReLU-like units die (exact 0), the others saturate
    act = results[0].config.activation
    dies = act == "relu"
    saturates = act not in ("relu", "leaky_relu", "linear")
    nan = np.full(depth, np.nan)
    for i, r in enumerate(results):
        items.append(Line(x, 100 * _series(r, "saturated") if saturates else nan,
                          label="saturated" if i == 0 and saturates else "", color=i, key=f"sat{i}"))
        items.append(Line(x, 100 * _series(r, "dead") if dies else nan, label="dead (= 0)" if i == 0 and dies else "",
                          color=i, style="dashed", key=f"dead{i}"))
        items.append(Line(x, 100 * r.prediction.saturated if saturates else nan,
                          label="predicted" if i == 0 and saturates else "", color=7, style="dotted", width=0.55,
                          key=f"psat{i}"))
    title = "saturated" if saturates else "dead" if dies else "saturated / dead"
    return Axes(
        key="fractions", items=tuple(items), title=f"{title} units", xlabel="layer", ylabel="% of units",
        xlim=_layer_axis(depth), integer_x=True, ylim=(-3.0, 103.0), legend=True,
        row=row, col=col, colspan=colspan, rowspan=rowspan,
    )


def _grad_axes(results: Sequence[DepthResult], row: int, col: int, colspan: int, rowspan: int) -> Axes:
    depth = results[0].config.depth
    x = np.arange(1, depth + 1, dtype=float)
    items: list = []
    any_positive = False
    for i, r in enumerate(results):
        gw = _positive(_grad_series(r, "weight_std"))
        ga = _positive(_grad_series(r, "act_std"))
        any_positive |= bool(np.isfinite(gw).any() or np.isfinite(ga).any())
        items.append(Line(x, gw, label="∂L/∂W" if i == 0 else "", color=i, key=f"gw{i}"))
        items.append(Line(x, ga, label="∂L/∂h" if i == 0 else "", color=i, style="dashed", key=f"ga{i}"))
    note = ""
    if not any_positive:
        note = "no gradients: all exactly 0" if any(r.grads for r in results) else "no backward pass"
    items.append(Text(0.5, 0.5, note, coords="axes", anchor="center", color=7, key="note"))
    return Axes(
        key="grads", items=tuple(items), title="gradient std", xlabel="layer", ylabel="",
        yscale="log", xlim=_layer_axis(depth), integer_x=True, ylim=None if any_positive else (1e-12, 1.0),
        legend=True, row=row, col=col, colspan=colspan, rowspan=rowspan,
    )


def describe(results: Sequence[DepthResult]) -> str:
    """A caption: the net, the seed and any overflow."""
    c = results[0].config
    net = (
        f"{c.depth} conv layers, {c.kernel}×{c.kernel}×{c.channels} filters on {c.conv_size}×{c.conv_size} maps "
        f"(d_in = {c.fan_in})"
        if c.is_conv
        else f"{c.depth} layers × {c.width} units"
    )
    biases = " vs ".join(dict.fromkeys(f"{r.config.bias:g}" for r in results))  # every run drawn
    text = f"{net}, batch {c.batch}, {c.input_kind} input, bias {biases}, seed {c.seed}, float32"
    for r in results:
        if r.exploded_at is not None:
            what = "activations" if r.exploded_in == "forward" else "gradients"
            text += f"; {run_label(r)}: {what} inf at layer {r.exploded_at}"
    return text


def depth_figure(results: Sequence[DepthResult], *, name: str = "depth", with_tables: bool = True) -> Figure:
    """Ridgelines of every layer's histogram on shared bins, then mean/std, saturation and gradients."""
    if not results or len(results) > 2:
        raise ValueError("need one or two results (two to compare schemes)")
    n = len(results)
    axes = [
        _ridgeline_axes(r, i, row=0, col=i, rowspan=2, share="ridge_a" if i else "") for i, r in enumerate(results)
    ]
    axes.append(_stats_axes(results, 0, n, 1, 1))
    axes.append(_fraction_axes(results, 1, n, 1, 1))
    axes.append(_grad_axes(results, 0, n + 1, 1, 2))
    act = ACTIVATION_LABELS[results[0].config.activation]
    title = " vs ".join(run_label(r) for r in results) + f" + {act}"
    # reflowed for narrow pages (fewer columns): ridgelines on top, mean/std and saturation below
    # them, the gradients on the right
    ridges = [dataclasses.replace(a, row=0, col=i, rowspan=1) for i, a in enumerate(axes[:n])]
    stats, fractions, grads = axes[n:]
    below = [dataclasses.replace(stats, row=1, col=0, colspan=1),
             dataclasses.replace(fractions, row=1, col=1 if n == 2 else 0, rowspan=1, colspan=1)]
    if n == 1:  # one ridgeline: it takes the left column, the line plots the right one
        ridges = [dataclasses.replace(axes[0], row=0, col=0, rowspan=2)]
        below = [dataclasses.replace(stats, row=0, col=1), dataclasses.replace(fractions, row=1, col=1)]
    narrow = Figure(name=name, axes=(*ridges, *below, dataclasses.replace(grads, row=0, col=2, rowspan=2)),
                    title=f"Weight initialization: {title}", nrows=2, ncols=3, caption=describe(results))
    return Figure(
        name=name, axes=tuple(axes), title=f"Weight initialization: {title}", nrows=2, ncols=n + 2,
        tables=tables(results) if with_tables else (), caption=describe(results), narrow=narrow,
    )


def tables(results: Sequence[DepthResult]) -> tuple[Table, Table, Table]:
    """The per-layer table, the histogram counts and the detailed per-layer table."""
    rows, hist_rows, detail = [], [], []
    for r in results:
        c = r.config
        grads = r.grad_by_layer()
        bins = r.bins
        edges = bins.edges
        for s in r.layers:
            g = grads.get(s.layer)
            grad_std = g.weight_std if g else math.nan
            rows.append((c.scheme, c.activation, s.layer, s.mean, s.std, s.saturated, s.dead, grad_std))
            p = r.prediction
            detail.append((
                c.scheme, c.activation, s.layer, s.pre_mean, s.pre_std, s.mean, s.std,
                float(p.mean[s.layer - 1]), float(p.std[s.layer - 1]), s.saturated, float(p.saturated[s.layer - 1]),
                s.dead, s.dead_units, s.below, s.above, g.local_grad if g else math.nan,
                g.act_std if g else math.nan, grad_std,
            ))
            hist_rows.append((c.scheme, c.activation, s.layer, -math.inf, bins.lo, s.below))
            for k in range(bins.n):
                hist_rows.append((c.scheme, c.activation, s.layer, float(edges[k]), float(edges[k + 1]), int(s.counts[k])))
            hist_rows.append((c.scheme, c.activation, s.layer, bins.hi, math.inf, s.above))
    return (
        Table.from_rows("layers", LAYER_COLUMNS, rows),
        Table.from_rows("histograms", HIST_COLUMNS, hist_rows),
        Table.from_rows("layers_detail", DETAIL_COLUMNS, detail),
    )
