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
from lab.activations.spikes import LINE_SHARE, OVERVIEW_LINE_SHARE, labelled_spikes
from lab.activations.stats import ActivationStats, activation_stats, dead_interval, saturated_intervals
from lab.activations.zigzag import START, TARGET, zigzag_path
from lab.figures.numbers import num
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
#: Decades kept below the floor when a curve lies on it: the "▼ below" note goes there, under every line.
BELOW_DECADES = 16
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


#: Functions that coincide with ReLU for x > 0: when one of them is shown with ReLU, ReLU is
#: drawn wider underneath so both stay visible.
_RELU_TWINS = frozenset({"leaky_relu", "elu"})


def line_width(name: str, functions: tuple[str, ...]) -> float:
    """The width multiplier of ``name``'s lines: ReLU is wide under a coinciding twin."""
    return 2.2 if name == "relu" and _RELU_TWINS & set(functions) else 1.0


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
        width = line_width(name, params.functions)
        lines.append(Line(x, f, label=act.label, color=color, width=width, key=f"f:{name}"))
        if params.show_derivative:
            shown.append(df)
            lines.append(Line(x, df, color=color, style="dashed", width=width, key=f"df:{name}"))
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


def _distribution_axes(params: ActivationParams, stats: tuple[ActivationStats, ...],
                       line_share: float = LINE_SHARE) -> Axes:
    rng = np.random.default_rng(params.seed)
    z = params.mu + params.sigma * rng.standard_normal(params.n_samples)
    outputs = {n: evaluate(n, z, slope=params.slope, alpha=params.alpha)[0] for n in params.functions}
    samples = list(outputs.values()) or [z]
    # the outputs get their own range (σ over 0…1, not the input's −10…10)
    lo = min(float(np.quantile(s, 0.001)) for s in samples)
    hi = max(float(np.quantile(s, 0.999)) for s in samples)
    if hi - lo < 1e-9:
        lo, hi = lo - 0.5, hi + 0.5
    span = hi - lo
    edges = np.linspace(lo - 0.01 * span, hi + 0.01 * span, params.bins + 1)
    lo, hi = lo - 0.06 * span, hi + 0.06 * span  # point masses at the ends (±1, 0) stay off the axis lines
    width = edges[1] - edges[0]
    # fractions of all samples: the 0.1 % beyond the range is left out, not piled into the end bins
    hists = {n: np.histogram(v, edges)[0] / v.size for n, v in outputs.items()}
    z_frac = np.diff(ndtr((edges - params.mu) / params.sigma))
    # the input density only where it tells something: when the outputs cover most of the input's range
    z_lo, z_hi = params.mu - 3 * params.sigma, params.mu + 3 * params.sigma
    show_input = (min(hi, z_hi) - max(lo, z_lo)) >= 0.5 * (z_hi - z_lo)
    # Point masses (ReLU's dead half lands in one bin) would flatten everything else: the
    # y-axis stops above the tallest ordinary bin and the spikes are labelled instead.
    ordinary = [float(h[h <= _SPIKE].max(initial=0.0)) for h in hists.values()]
    data_top = 1.15 * max([float(z_frac.max()) if show_input else 0.0, *ordinary, 1e-3])
    # the spikes' labels get a band of their own above everything else (rules stop below it)
    labels, ceiling, lines = labelled_spikes(stats, hists, edges, data_top, lo, hi, COLORS, line_share)

    def rule(x: float, **style: object) -> Line:  # a vertical rule up to the data, not through the labels
        return Line(np.array([x, x]), np.array([0.0, data_top]), **style)  # type: ignore[arg-type]

    items: list[Item] = []
    several = len(hists) > 1
    for name, h in hists.items():
        if lines:  # a labelled spike stops where the band of labels begins, its ↑ label says it goes on
            h = np.minimum(h, data_top)
        items.append(Histogram(edges, h, color=COLORS[name], alpha=0.12 if several else 0.35, fill=True,
                               width=0.45 * line_width(name, params.functions), key=f"hist:{name}"))
    xs = np.linspace(lo, hi, 400)
    dens = width * np.exp(-0.5 * ((xs - params.mu) / params.sigma) ** 2) / (params.sigma * math.sqrt(2 * math.pi))
    if show_input:
        items.append(Line(xs, dens, label=f"input z ~ N({num(params.mu)}, {num(params.sigma)}²)", color=7,
                          width=0.6, key="input"))
    if lo < 0.0 < hi:
        items.append(rule(0.0, color=7, style="dotted", width=1.0, key="zero"))
    for s in stats:
        mean = 0.0 if abs(s.mean) < 1e-12 * max(1.0, abs(params.mu), params.sigma) else s.mean  # quadrature noise
        items.append(rule(s.mean, label=f"mean {ACTIVATIONS[s.name].label} {num(mean)}", color=COLORS[s.name],
                          style="dashed", width=0.8, key=f"mean:{s.name}"))
    items += labels
    return Axes("distribution", tuple(items), title="Outputs f(z), z ~ N(μ, σ²)",
                xlabel="output f(z)", ylabel="fraction per bin", xlim=(lo, hi), ylim=(0.0, ceiling),
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
        label = f"{ACTIVATIONS[s.name].label}: E[f′] = {num(s.mean_grad)}"
        size = np.abs(factor)  # a negative E[f′] (Mish, GELU below 0) alternates sign: plot the size
        if np.any(size < DEPTH_FLOOR):
            below.append(ACTIVATIONS[s.name].label)
        items.append(Line(n, np.maximum(size, DEPTH_FLOOR), label=label, color=COLORS[s.name],
                          width=line_width(s.name, params.functions), key=f"depth:{s.name}"))
    if below:
        which = below[0] if len(below) == 1 else f"{len(below)} curves"  # short: it sits in the plot
        items.append(Text(0.98, 0.015, f"▼ {which} below 10⁻⁶⁰", size=0.7, anchor="right", valign="bottom",
                          coords="axes", key="below"))
    if "sigmoid" in params.functions:
        items.append(Line(n, 0.25**n, label="0.25ⁿ (σ′ ≤ 1/4)", color=7, style="dashed", width=0.8,
                          key="bound"))
    top = max([2.0] + [2.0 * float(s.mean_grad) ** params.depth for s in stats if s.mean_grad > 1.0])
    return (
        Axes("depth", tuple(items), title="E[f′]ⁿ after n layers",
             xlabel="layers n", ylabel="gradient factor", yscale="log", xlim=(1.0, max(2.0, params.depth)),
             ylim=(DEPTH_FLOOR / 10.0**BELOW_DECADES, top) if below else None,
             integer_x=True, legend=True, row=1, col=0),
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


def shading_note(params: ActivationParams) -> str:
    """What the shading in the curves view means, naming only what is drawn (``""``: none)."""
    lo, hi = -params.x_range, params.x_range
    saturated = any(
        (a, b) != dead_interval(n, slope=params.slope) and min(b, hi) > max(a, lo)
        for n in params.functions
        for a, b in saturated_intervals(n, params.threshold, slope=params.slope, alpha=params.alpha)
    )
    dead = [ACTIVATIONS[n].label for n in params.functions
            if (d := dead_interval(n, slope=params.slope)) is not None and d[1] > lo]
    parts = [f"highlighted: saturated, |f′| < {num(params.threshold)}"] if saturated else []
    if dead:
        parts.append(f"grey: {', '.join(dead)} dead (f′ = 0)")
    return "; ".join(parts)


def _caption(params: ActivationParams) -> str:
    note = shading_note(params)
    return f"z ~ N({num(params.mu)}, {num(params.sigma)}²)" + (f"; {note}" if note else "")


def _compact(axes: Axes) -> Axes:
    """The overview's short legends: the curves view's legend names the function colours, so the
    other views list only their own entries (one "exact means" entry for the dashed mean lines);
    the single views keep the numbers."""
    items: list[Item] = []
    means = False
    for item in axes.items:
        if isinstance(item, VLine | Line) and item.key.startswith("mean:"):
            item = dataclasses.replace(item, label="")
            means = True
        elif isinstance(item, Line) and item.key.startswith("depth:"):
            item = dataclasses.replace(item, label="")  # the curves view's legend names the colours
        elif isinstance(item, Line) and item.key.startswith("zig:"):
            item = dataclasses.replace(item, label=item.label.replace(" steps", ""))
        elif isinstance(item, Line) and item.key == "input":
            item = dataclasses.replace(item, label="input z")
        items.append(item)
    if means:
        items.append(Line(np.empty(0), np.empty(0), label="exact means", color=7, style="dashed", width=0.8,
                          key="means"))
    title = "Outputs f(z)" if axes.key == "distribution" else axes.title
    return dataclasses.replace(axes, items=tuple(items), title=title)


def assemble(params: ActivationParams, curves: Axes, views: StatisticsViews,
             tables: tuple[Table, ...] = (), *, legends: bool = True) -> Figure:
    """The four views on a 2×2 grid with ``tables``.

    Every view keeps its legend (beside or above its plot, never on the data); ``legends=False``
    drops them for a compact on-screen grid.
    """
    # the distribution again, with room for its spike labels in a smaller plot
    distribution = _distribution_axes(params, views.stats, OVERVIEW_LINE_SHARE) if views.stats else views.distribution
    axes = (curves, _compact(distribution), _compact(views.depth), _compact(views.zigzag))
    if not legends:  # the live view's compact grid: no legends
        axes = tuple(dataclasses.replace(a, legend=False) for a in axes)
    return Figure("overview", axes, title="Activation functions and their gradients", nrows=2, ncols=2,
                  tables=tables, caption=_caption(params))


def single_view(axes: Axes, title: str, caption: str) -> Figure:
    """One view alone on a slide, with its legend; ``title`` replaces the axes title."""
    ax = dataclasses.replace(axes, row=0, col=0, rowspan=1, colspan=1, legend=True, title="")
    return Figure(axes.key, (ax,), title=title, caption=caption)


def curves_caption(params: ActivationParams) -> str:
    """The curves figure's caption: what the shading means, naming only the functions drawn."""
    note = shading_note(params)
    if any(dead_interval(n, slope=params.slope) is not None for n in params.functions):
        note += "; the lab uses f′(0) = 0, like PyTorch"
    return note.lstrip("; ")


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
        assemble(params, curves, views, tables),
        single_view(curves, f"Activation functions: {curves.title}", curves_caption(params)),
        single_view(views.distribution, f"Zero-centred? f(z) for z ~ N({num(params.mu)}, {num(params.sigma)}²)",
                    f"histograms: {params.n_samples:,} Monte Carlo samples (seed {params.seed})"
                    + ("; dashed: exact means" if params.functions else "")),
        single_view(views.depth, "Does the gradient survive n layers?",
                    f"E[∏ f′(zₖ)] = E[f′]ⁿ for independent zₖ ~ N({num(params.mu)}, {num(params.sigma)}²)"),
        single_view(views.zigzag, "All-positive inputs make SGD zig-zag",
                    f"y = w·x, squared error, start (−1, 1), optimum (1, −1); {params.zigzag_steps} steps, "
                    f"lr {params.zigzag_lr:g}, batch {params.zigzag_batch}; inputs σ(z) vs tanh(z), z ~ N(0, I)"),
    ]
