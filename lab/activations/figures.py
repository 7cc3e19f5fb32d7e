"""The four views of the activation panel as plain-data figures, and the tables behind them.

The curves view is cheap (it is redrawn on every slider change); the statistics views
(distribution, depth, zig-zag) are computed together in :func:`compute_statistics_views`
so that a GUI can run them in a worker.  :func:`build` assembles the exported figure.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from lab.activations.cost import Cost, cached_costs
from lab.activations.functions import ACTIVATIONS, FUNCTIONS, evaluate
from lab.activations.params import ActivationParams
from lab.activations.stats import ActivationStats, activation_stats, dead_interval, saturated_intervals
from lab.activations.zigzag import START, TARGET, zigzag_path
from lab.figures.spec import (
    Axes,
    Band,
    Color,
    Figure,
    Histogram,
    HLine,
    Item,
    Line,
    Scatter,
    Span,
    Table,
    Text,
    VLine,
)
from lab.special import ndtr

#: A stable colour per function: palette indices first (themes recolour them), then four
#: colours from Paul Tol's schemes that read on both light and dark backgrounds.
COLORS: dict[str, Color] = dict(
    zip(FUNCTIONS, (0, 1, 2, 3, 4, 5, "#EE6677", "#44AA99", "#999933", "#AA4499"), strict=True)
)
#: The depth view's readable floor: a factor below it is drawn on it, marked "below" (not on 1e-300).
DEPTH_FLOOR = 1e-60
_Y_CAP = 2.5  # the curves view stops here when small curves would be flattened
_SPIKE = 0.25
_BAND_POINTS = 48  # a histogram bin holding more than this share of the samples is a point mass


def function_color(name: str) -> Color:
    """The colour of ``name`` in every view."""
    return COLORS[name]


def curve_x(params: ActivationParams) -> np.ndarray:
    """The x samples of the curves view (rounded so the CSV shows clean decimals)."""
    return np.round(np.linspace(-params.x_range, params.x_range, params.n_points), 12)


def _y_limits(params: ActivationParams, curves: list[np.ndarray]) -> tuple[float, float]:
    """Fit all curves, but stop at ±2.5 when a small-scale curve (σ, tanh or any f′) is shown."""
    bottom = min(float(c.min()) for c in curves)
    top = max(float(c.max()) for c in curves)
    if params.show_derivative or {"sigmoid", "tanh"} & set(params.functions):
        bottom, top = max(bottom, -_Y_CAP), min(top, _Y_CAP)
    bottom, top = min(bottom, -0.1), max(top, 1.0)
    pad = 0.06 * (top - bottom)
    return bottom - pad, top + pad


def curves_axes(params: ActivationParams) -> Axes:
    """f (solid) and f′ (dashed) of each function; a translucent highlighter along f where
    |f′| < threshold (saturated); ReLU's dead region (f′ = 0) shaded grey."""
    x = curve_x(params)
    lo, hi = float(x[0]), float(x[-1])
    lines: list[Item] = []
    shown: list[np.ndarray] = []
    values = {}
    for name in params.functions:
        act, color = ACTIVATIONS[name], COLORS[name]
        f, df = evaluate(name, x, slope=params.slope, alpha=params.alpha)
        values[name] = f
        shown.append(f)
        lines.append(Line(x, f, label=act.label, color=color, key=f"f:{name}"))
        if params.show_derivative:
            shown.append(df)
            lines.append(Line(x, df, color=color, style="dashed", key=f"df:{name}"))
    ylim = _y_limits(params, shown) if shown else (-1.0, 1.0)
    half = 0.03 * (ylim[1] - ylim[0])
    shading: list[Item] = []
    for name in params.functions:
        dead = dead_interval(name, slope=params.slope)
        if dead is not None and dead[1] > lo:
            shading.append(Span(lo, min(dead[1], hi), label=f"{ACTIVATIONS[name].label} dead: f′ = 0", color=7,
                                alpha=0.10, key=f"dead:{name}"))
        for j, (a, b) in enumerate(saturated_intervals(name, params.threshold, slope=params.slope,
                                                        alpha=params.alpha)):
            if (a, b) == dead:  # already shaded as dead
                continue
            a, b = max(a, lo), min(b, hi)
            if b <= a:
                continue
            # a highlighter along a nearly flat curve needs few points (and stays cheap to redraw)
            xs = np.linspace(a, b, max(2, min(_BAND_POINTS, int(np.count_nonzero((x > a) & (x < b))) + 2)))
            f = evaluate(name, xs, slope=params.slope, alpha=params.alpha)[0]
            # unlabelled: the live view cannot put a Band in a legend; the title explains it
            shading.append(Band(xs, f - half, f + half, color=COLORS[name], alpha=0.3, key=f"sat:{name}:{j}"))
    items: list[Item] = [HLine(0.0, color=7, style="solid", width=0.3, key="zero"), *shading, *lines]
    if not params.functions:
        items.append(Text(0.5, 0.5, "Select a function", anchor="center", coords="axes", key="empty"))
    title = "f (solid), f′ (dashed)" if params.show_derivative else "f(x)"
    return Axes("curves", tuple(items), title=title, xlabel="x", ylabel="f(x), f′(x)", xlim=(lo, hi),
                ylim=ylim, legend=bool(params.functions), row=0, col=0)


def curves_table(params: ActivationParams) -> Table:
    """Tidy ``function,x,f,df`` rows, one per function and x."""
    x = curve_x(params)
    names: list[str] = []
    xs: list[float] = []
    fs: list[float] = []
    dfs: list[float] = []
    for name in params.functions:
        f, df = evaluate(name, x, slope=params.slope, alpha=params.alpha)
        names += [name] * x.size
        xs += x.tolist()
        fs += f.tolist()
        dfs += df.tolist()
    return Table("curves", ("function", "x", "f", "df"), (names, xs, fs, dfs))


@dataclass(frozen=True, eq=False)
class StatisticsViews:
    """The slower views, computed together (in a worker in the GUI)."""

    stats: tuple[ActivationStats, ...]
    distribution: Axes
    depth: Axes
    zigzag: Axes
    tables: tuple[Table, ...]


def all_stats(params: ActivationParams) -> tuple[ActivationStats, ...]:
    """:func:`activation_stats` of every selected function under N(μ, σ²)."""
    return tuple(
        activation_stats(n, params.mu, params.sigma, threshold=params.threshold, slope=params.slope,
                         alpha=params.alpha)
        for n in params.functions
    )


def _distribution_axes(params: ActivationParams, stats: tuple[ActivationStats, ...]) -> Axes:
    rng = np.random.default_rng(params.seed)
    z = params.mu + params.sigma * rng.standard_normal(params.n_samples)
    outputs = {n: evaluate(n, z, slope=params.slope, alpha=params.alpha)[0] for n in params.functions}
    samples = [z, *outputs.values()]
    lo = min(float(np.quantile(s, 0.001)) for s in samples)
    hi = max(float(np.quantile(s, 0.999)) for s in samples)
    if hi - lo < 1e-9:
        lo, hi = lo - 0.5, hi + 0.5
    lo, hi = lo - 0.04 * (hi - lo), hi + 0.04 * (hi - lo)  # keep point masses at the ends visible
    edges = np.linspace(lo, hi, params.bins + 1)
    width = edges[1] - edges[0]
    # fractions of all samples: the 0.1 % beyond the range is left out, not piled into the end bins
    hists = {n: np.histogram(v, edges)[0] / v.size for n, v in outputs.items()}
    z_frac = np.diff(ndtr((edges - params.mu) / params.sigma))
    # Point masses (ReLU's dead half lands in one bin) would flatten everything else: the
    # y-axis stops above the tallest ordinary bin and the spikes are labelled instead.
    ceiling = 1.15 * max([float(z_frac.max())] + [float(h[h <= _SPIKE].max(initial=0.0)) for h in hists.values()])

    items: list[Item] = []
    for name, h in hists.items():
        items.append(Histogram(edges, h, color=COLORS[name], alpha=0.35, key=f"hist:{name}"))
    xs = np.linspace(lo, hi, 400)
    dens = width * np.exp(-0.5 * ((xs - params.mu) / params.sigma) ** 2) / (params.sigma * math.sqrt(2 * math.pi))
    items.append(Line(xs, dens, label=f"input z ~ N({params.mu:g}, {params.sigma:g}²)", color=7, key="input"))
    items.append(VLine(0.0, color=7, style="dotted", width=1.0, key="zero"))
    spikes = 0
    for s in stats:
        act = ACTIVATIONS[s.name]
        items.append(VLine(s.mean, label=f"mean {act.label} {s.mean:.3f}", color=COLORS[s.name],
                           style="dashed", width=0.8, key=f"mean:{s.name}"))
        # exactly one label per function (empty without a spike): a stable set of item keys
        # lets the live view update in place instead of rebuilding the plot
        h = hists[s.name]
        tall = np.flatnonzero(h > ceiling)
        k = int(tall[np.argmax(h[tall])]) if tall.size else int(np.argmax(h))
        centre = 0.5 * (edges[k] + edges[k + 1])
        anchor = "right" if centre > 0.5 * (lo + hi) else "left"
        text = f"↑ {act.label} {h[k]:.0%}" if tall.size else ""
        items.append(Text(float(centre), (0.92 - 0.1 * spikes) * ceiling, text, color=COLORS[s.name], size=0.75,
                          anchor=anchor, key=f"spike:{s.name}:{anchor}"))
        spikes += bool(tall.size)
    return Axes("distribution", tuple(items), title="Outputs f(z), z ~ N(μ, σ²)",
                xlabel="value", ylabel="fraction per bin", xlim=(lo, hi), ylim=(0.0, ceiling),
                legend=True, row=0, col=1)


def _depth_axes(params: ActivationParams, stats: tuple[ActivationStats, ...]) -> tuple[Axes, Table]:
    n = np.arange(1, params.depth + 1, dtype=np.float64)
    # a line (not an HLine) at 1, so both legends name it
    xs = np.array([1.0, max(2.0, params.depth)])
    items: list[Item] = [Line(xs, np.ones(2), label="1: gradient kept", color=7, style="dotted", width=1.0, key="one")]
    rows: list[tuple[object, ...]] = []
    below: list[str] = []
    for s in stats:
        factor = s.depth_factor(params.depth)
        rows += [(s.name, int(k), float(v)) for k, v in zip(n, factor, strict=True)]
        label = f"{ACTIVATIONS[s.name].label}: E[f′] = {s.mean_grad:.3g}"
        if np.any(factor < DEPTH_FLOOR):
            below.append(ACTIVATIONS[s.name].label)
        items.append(Line(n, np.maximum(factor, DEPTH_FLOOR), label=label, color=COLORS[s.name],
                          key=f"depth:{s.name}"))
    if below:
        items.append(Text(0.98, 0.04, f"▼ below {DEPTH_FLOOR:.0e}: {', '.join(below)}", size=0.7, anchor="right",
                          coords="axes", key="below"))
    if "sigmoid" in params.functions:
        items.append(Line(n, 0.25**n, label="0.25ⁿ (σ′ ≤ 1/4)", color=7, style="dashed", width=0.8,
                          key="bound"))
    top = max([2.0] + [2.0 * float(s.mean_grad) ** params.depth for s in stats if s.mean_grad > 1.0])
    return (
        Axes("depth", tuple(items), title="E[f′]ⁿ after n layers",
             xlabel="layers n", ylabel="gradient factor", yscale="log", xlim=(1.0, max(2.0, params.depth)),
             ylim=(DEPTH_FLOOR / 10, top) if below else None,
             legend=True, row=1, col=0),
        Table.from_rows("depth", ("function", "layers", "gradient_factor"), rows),
    )


def _zigzag_axes(params: ActivationParams) -> tuple[Axes, Table]:
    items: list[Item] = [
        Line([START[0], TARGET[0]], [START[1], TARGET[1]], color=7, style="dotted", width=0.8, key="direct"),
    ]
    rows: list[tuple[object, ...]] = []
    seeds = np.random.SeedSequence(params.seed).spawn(2)
    for (kind, label, color), seed in zip(
        (("positive", "σ(z) > 0", 0), ("centred", "tanh(z)", 1)), seeds, strict=True
    ):
        p = zigzag_path(kind, np.random.default_rng(seed), steps=params.zigzag_steps,
                        batch=params.zigzag_batch, lr=params.zigzag_lr)
        rows += [(kind, i, float(a), float(b)) for i, (a, b) in enumerate(p.path)]
        items.append(Line(p.path[:, 0], p.path[:, 1], label=f"{label}: {p.same_sign_share:.0%} steps ↗/↙",
                          color=color, width=0.8, key=f"zig:{kind}"))
        items.append(Scatter(p.path[:, 0], p.path[:, 1], color=color, size=0.6, key=f"zigpts:{kind}"))
    items += [
        Scatter([START[0]], [START[1]], label="start", color=7, size=1.2, key="start"),
        Scatter([TARGET[0]], [TARGET[1]], label="optimum w*", color=4, size=2.0, alpha=1.0, key="target"),
    ]
    return (
        Axes("zigzag", tuple(items), title=f"Zig-zag (SGD, batch {params.zigzag_batch})",
             xlabel="w₁", ylabel="w₂", equal_aspect=True, legend=True,
             row=1, col=1),
        Table.from_rows("zigzag", ("inputs", "step", "w1", "w2"), rows),
    )


def statistics_table(stats: tuple[ActivationStats, ...]) -> Table:
    """One row of statistics per function."""
    return Table.from_rows(
        "statistics",
        ("function", "mu", "sigma", "mean", "std", "mean_grad", "threshold", "saturated_fraction",
         "dead_fraction", "method"),
        [(s.name, s.mu, s.sigma, s.mean, s.std, s.mean_grad, s.threshold, s.saturated, s.dead, s.method)
         for s in stats],
    )


def compute_statistics_views(params: ActivationParams) -> StatisticsViews:
    """Statistics, the distribution, depth and zig-zag views and their tables."""
    stats = all_stats(params)
    depth, depth_table = _depth_axes(params, stats)
    zigzag, zigzag_table = _zigzag_axes(params)
    return StatisticsViews(stats, _distribution_axes(params, stats), depth, zigzag,
                           (statistics_table(stats), depth_table, zigzag_table))


def cost_table(costs: dict[str, Cost]) -> Table:
    """Measured nanoseconds per element and cost relative to ReLU (varies from run to run)."""
    return Table.from_rows(
        "cost", ("function", "ns_per_element_f", "ns_per_element_df", "relative_to_relu"),
        [(c.name, c.f_seconds * 1e9, c.df_seconds * 1e9, c.relative_to_relu) for c in costs.values()],
    )


def _caption(params: ActivationParams) -> str:
    return (f"z ~ N({params.mu:g}, {params.sigma:g}²); highlighted: saturated, |f′| < {params.threshold:g}; "
            "grey: ReLU dead (f′ = 0)")


def assemble(params: ActivationParams, curves: Axes, views: StatisticsViews,
             tables: tuple[Table, ...] = (), *, legends: bool = True) -> Figure:
    """The four views on a 2×2 grid with ``tables``.

    ``legends=False`` (for a slide, which has no room for four legends) drops them and writes
    the function names in their colours into the curves view instead.
    """
    axes = (curves, views.distribution, views.depth, views.zigzag)
    if not legends:
        axes = tuple(dataclasses.replace(a, legend=False) for a in axes)
        key = tuple(
            Text(0.02 + 0.25 * (k // 5), 0.93 - 0.09 * (k % 5), ACTIVATIONS[name].label, color=COLORS[name],
                 size=0.7, coords="axes", key=f"key:{name}")
            for k, name in enumerate(params.functions)
        )
        axes = (dataclasses.replace(axes[0], items=axes[0].items + key), *axes[1:])
    return Figure("overview", axes, title="Activation functions and their gradients", nrows=2, ncols=2,
                  tables=tables, caption=_caption(params))


def single_view(axes: Axes, title: str, caption: str) -> Figure:
    """One view alone on a slide, with its legend; ``title`` replaces the axes title."""
    ax = dataclasses.replace(axes, row=0, col=0, rowspan=1, colspan=1, legend=True, title="")
    return Figure(axes.key, (ax,), title=title, caption=caption)


def build(params: ActivationParams) -> list[Figure]:
    """The overview (with the ``curves``, ``statistics``, ``depth``, ``zigzag`` and ``cost`` tables),
    then each view alone.

    Everything drawn is deterministic; only the ``cost`` table (measured once per process on
    first use, then cached) varies between runs.
    """
    views = compute_statistics_views(params)
    curves = curves_axes(params)
    tables = (curves_table(params), *views.tables, cost_table(cached_costs()))
    return [
        assemble(params, curves, views, tables, legends=False),
        single_view(curves, f"Activation functions: {curves.title}",
                    f"highlighted: saturated, |f′| < {params.threshold:g}; grey: ReLU's dead region "
                    "(f′ = 0; the lab uses f′(0) = 0, like PyTorch)"),
        single_view(views.distribution, f"Zero-centred? f(z) for z ~ N({params.mu:g}, {params.sigma:g}²)",
                    f"histograms: {params.n_samples} Monte Carlo samples (seed {params.seed}); "
                    "dashed: exact means"),
        single_view(views.depth, "Does the gradient survive n layers?",
                    f"E[∏ f′(zₖ)] = E[f′]ⁿ for independent zₖ ~ N({params.mu:g}, {params.sigma:g}²)"),
        single_view(views.zigzag, "All-positive inputs make SGD zig-zag",
                    f"y = w·x, squared error, start (−1, 1), optimum (1, −1); {params.zigzag_steps} steps, "
                    f"lr {params.zigzag_lr:g}, batch {params.zigzag_batch}; inputs σ(z) vs tanh(z), z ~ N(0, I)"),
    ]
