"""The training view as plain data: loss and accuracy curves, decision regions, steps-to-target.

Runs are told apart by colour (the activation) and line style (the scheme and input kind);
a label names only what differs between the runs, the rest goes into the title.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from lab.activations.functions import get_activation
from lab.figures.placement import spread_labels
from lab.figures.spec import Axes, Band, Figure, HLine, Image, Line, LineStyle, Scatter, Table, Text
from lab.figures.themes import OKABE_ITO
from lab.init.schemes import SCHEME_LABELS, canonical_scheme
from lab.train.compute import RunKey, RunResult, TrainResult, chunked_logits, iter_curve_rows
from lab.train.data import INPUT_LABELS, Dataset

CURVE_COLUMNS = ("run", "activation", "scheme", "input", "step", "loss", "accuracy")
SUMMARY_COLUMNS = ("run", "activation", "scheme", "input", "target_loss", "steps_to_target", "final_loss",
                   "final_accuracy", "init_std", "gain", "diverged_at")
_STYLES: tuple[LineStyle, ...] = ("solid", "dashed", "dotted")
#: Pixels per side of the decision-region raster.
GRID = 96


def scheme_label(scheme: str) -> str:
    return SCHEME_LABELS[canonical_scheme(scheme)] if scheme != "xavier" else "Xavier (LeCun normal)"


def _varying(keys: list[RunKey]) -> tuple[bool, bool, bool]:
    return (len({k.activation for k in keys}) > 1, len({k.scheme for k in keys}) > 1, len({k.inputs for k in keys}) > 1)


def run_label(key: RunKey, keys: list[RunKey]) -> str:
    """The parts of ``key`` that differ between ``keys`` (all parts if nothing differs)."""
    act, sch, inp = _varying(keys)
    parts = [get_activation(key.activation).label] if act or not (sch or inp) else []
    if sch:
        parts.append(scheme_label(key.scheme))
    if inp:
        parts.append(INPUT_LABELS[key.inputs])
    return " · ".join(parts)


def common_label(keys: list[RunKey]) -> str:
    """What every run shares (for the title)."""
    act, sch, inp = _varying(keys)
    k = keys[0]
    parts = [] if act else [get_activation(k.activation).label]
    if not sch:
        parts.append(scheme_label(k.scheme))
    if not inp:
        parts.append(f"{INPUT_LABELS[k.inputs]} inputs")
    return ", ".join(parts)


def run_style(key: RunKey, keys: list[RunKey]) -> tuple[int, LineStyle]:
    """Colour (by activation) and line style (by scheme and input kind) of a run."""
    acts = list(dict.fromkeys(k.activation for k in keys))
    rest = list(dict.fromkeys((k.scheme, k.inputs) for k in keys))
    return acts.index(key.activation) % 7, _STYLES[rest.index((key.scheme, key.inputs)) % len(_STYLES)]


def curves_table(result: TrainResult) -> Table:
    """``training-curves``: run, activation, scheme, input, step, loss, accuracy."""
    return Table.from_rows("training-curves", CURVE_COLUMNS, list(iter_curve_rows(result)))


def summary_table(result: TrainResult) -> Table:
    """``steps-to-target``: one row per run with its summary numbers."""
    p = result.params
    rows = [(r.key.name, r.key.activation, r.key.scheme, r.key.inputs, p.target_loss,
             "" if r.steps_to_target is None else r.steps_to_target, r.final_loss, r.final_accuracy,
             r.init_std, r.gain, "" if r.diverged_at is None else r.diverged_at) for r in result.runs]
    return Table.from_rows("steps-to-target", SUMMARY_COLUMNS, rows)


def curve_axes(result: TrainResult) -> tuple[Axes, Axes]:
    """Loss (log scale, with the target and where each run reaches it) and accuracy per step.

    Each loss curve is labelled at its end (no legend to hide the curves); labels of runs that
    end at the same loss are spread apart.
    """
    keys = [r.key for r in result.runs]
    p = result.params
    bottom = max(min(p.target_loss / 4, 0.01), 1e-3)
    top = max(math.log(result.data.classes) * 1.6, 1.5)
    loss_items: list = [HLine(p.target_loss, key="target"),
                        Text(0.01 * p.steps, p.target_loss / 1.06, f"target {p.target_loss:g}", size=0.75,
                             color=7, valign="top", key="target:label")]  # under its line, before the runs get there
    acc_items: list = [HLine(1.0 / result.data.classes, key="chance"),
                       # on its line beyond the runs' ends, where no curve goes
                       Text(1.01 * p.steps, 1.0 / result.data.classes + 0.01, "chance", size=0.75, valign="bottom",
                            color=7, key="chance:label")]
    ends = []
    for i, run in enumerate(result.runs):
        color, style = run_style(run.key, keys)
        loss = np.where(run.loss > 0, run.loss, np.nan)
        loss_items.append(Line(run.steps, loss, color=color, style=style, key=f"loss:{i}"))
        acc_items.append(Line(run.steps, run.accuracy, color=color, style=style, key=f"acc:{i}"))
        if run.steps_to_target is not None:
            loss_items.append(Scatter([run.steps_to_target], [p.target_loss], color=color, size=1.6, alpha=1.0,
                                      key=f"reached:{i}"))
        finite = loss[np.isfinite(loss)]
        end = float(np.clip(finite[-1] if finite.size else top, bottom, top))
        ends.append(math.log10(end))
    gap = 0.1 * (math.log10(top) - math.log10(bottom))
    placed = spread_labels(ends, gap, ceiling=math.log10(top) - 0.6 * gap)
    for i, (run, y) in enumerate(zip(result.runs, placed, strict=True)):
        color, _ = run_style(run.key, keys)
        loss_items.append(Text(1.01 * p.steps, 10**y, run_label(run.key, keys), color=color, size=0.65,
                               key=f"label:{i}"))
    loss_ax = Axes("loss", tuple(loss_items), title="training loss (whole set)", ylabel="cross-entropy",
                   yscale="log", xlim=(0, p.steps * 1.4), ylim=(bottom, top), row=0, col=0)
    acc_ax = Axes("accuracy", tuple(acc_items), xlabel="SGD step", ylabel="accuracy",
                  xlim=(0, p.steps * 1.4), ylim=(0.0, 1.02), row=1, col=0, share_x="loss")
    return loss_ax, acc_ax


def region_bounds(data: Dataset, margin: float = 0.15) -> tuple[float, float, float, float]:
    """``(x0, x1, y0, y1)`` around the data, ``margin`` of the span added on each side."""
    lo, hi = data.x.min(axis=0), data.x.max(axis=0)
    pad = margin * (hi - lo)
    return (float(lo[0] - pad[0]), float(hi[0] + pad[0]), float(lo[1] - pad[1]), float(hi[1] + pad[1]))


def decision_regions(run: RunResult, bounds: tuple[float, float, float, float], n: int = GRID) -> NDArray[np.intp]:
    """The predicted class on an ``n × n`` grid over ``bounds`` (row 0 at y0), in data coordinates."""
    x0, x1, y0, y1 = bounds
    gx, gy = np.meshgrid(np.linspace(x0, x1, n), np.linspace(y0, y1, n))
    pts = np.column_stack([gx.ravel(), gy.ravel()]) + run.offset
    with np.errstate(over="ignore", invalid="ignore"):
        scores = chunked_logits(run.net, pts)
    return np.nan_to_num(scores, nan=0.0).argmax(axis=1).reshape(n, n)


def _tints(classes: int, strength: float = 0.3) -> NDArray[np.float64]:
    rgb = np.array([[int(c[i : i + 2], 16) / 255 for i in (1, 3, 5)] for c in OKABE_ITO[:classes]])
    return 1.0 - strength * (1.0 - rgb)


def region_axes(run: RunResult, data: Dataset, label: str, *, key: str, color: int, style: LineStyle,
                row: int, col: int) -> Axes:
    """One run's decision regions with the training points (in the data's own coordinates); a
    bar in the run's colour and line style under the map links it to its curves."""
    bounds = region_bounds(data)
    regions = decision_regions(run, bounds)
    x0, x1, y0, y1 = bounds
    items: list = [Image(_tints(data.classes)[regions], extent=bounds, key=f"{key}:regions")]
    for c in range(data.classes):
        sel = data.y == c
        items.append(Scatter(data.x[sel, 0], data.x[sel, 1], color=c, size=0.55, alpha=0.9, key=f"{key}:class{c}"))
    status = (f"diverged at step {run.diverged_at}" if run.diverged_at is not None
              else f"acc {run.final_accuracy:.0%}, loss {run.final_loss:.2f}")
    bar_y = y0 - 0.035 * (y1 - y0)
    items.append(Line([x0, x1], [bar_y, bar_y], color=color, style=style, width=1.3, key=f"{key}:bar"))
    items.append(Text(0.5 * (x0 + x1), y0 - 0.17 * (y1 - y0), status, size=0.55, anchor="center", key=f"{key}:status"))
    return Axes(key, tuple(items), title=label, xlim=(x0, x1), ylim=(y0 - 0.24 * (y1 - y0), y1), equal_aspect=True,
                grid=False, show_axes=False, row=row, col=col)


def training_figure(result: TrainResult, *, with_tables: bool = True) -> Figure:
    """Loss (top) and accuracy (bottom) of every run per SGD step."""
    keys = [r.key for r in result.runs]
    p = result.params
    loss_ax, acc_ax = curve_axes(result)
    tables = (curves_table(result), summary_table(result)) if with_tables else ()
    return Figure("training", (loss_ax, acc_ax), title=f"Training on {p.dataset}: {common_label(keys)}",
                  nrows=2, ncols=1, tables=tables, caption=describe(result))


def describe(result: TrainResult) -> str:
    """The caption: the net, the optimizer, the data and the seed."""
    p = result.params
    return (f"{p.depth} hidden layers × {p.width} units, SGD lr {p.lr:g}, batch {p.batch}, {p.steps} steps, "
            f"{result.data.y.size} points, seed {p.seed}; loss on the whole set every {p.record_every} steps")


def regions_figure(result: TrainResult, *, with_tables: bool = True) -> Figure:
    """The decision regions of every run at its last step, one map per run."""
    keys = [r.key for r in result.runs]
    n = len(result.runs)
    rows = 1 if n <= 3 else 2 if n <= 8 else 3  # four maps in a row are too small on a 4:3 page
    cols = math.ceil(n / rows)
    axes = []
    for i, run in enumerate(result.runs):
        color, style = run_style(run.key, keys)
        axes.append(region_axes(run, result.data, run_label(run.key, keys), key=f"regions:{i}", color=color,
                                style=style, row=i // cols, col=i % cols))
    p = result.params
    return Figure("regions", tuple(axes), title=f"Decision regions after {p.steps} steps: {common_label(keys)}",
                  nrows=rows, ncols=cols, tables=(summary_table(result),) if with_tables else (),
                  caption=describe(result))


def steps_figure(result: TrainResult, *, with_tables: bool = True) -> Figure:
    """Steps to reach the target loss, one bar per run (its name above it); runs that never
    reach it get a faint full-length bar that says so."""
    keys = [r.key for r in result.runs]
    p = result.params
    items: list = []
    n = len(result.runs)
    for i, run in enumerate(result.runs):
        y = n - 1 - i
        color, _ = run_style(run.key, keys)
        reached = run.steps_to_target is not None
        end = float(run.steps_to_target if reached else p.steps)
        items.append(Band([0.0, end], [y - 0.42, y - 0.42], [y - 0.02, y - 0.02], color=color,
                          alpha=0.85 if reached else 0.18, key=f"bar:{i}"))
        if reached:
            note = f"{run.steps_to_target}"
        elif run.diverged_at is not None:
            note = f"diverged at step {run.diverged_at}"
        else:
            note = f"not reached in {p.steps} (loss {run.final_loss:.2f})"
        items.append(Text(end + 0.01 * p.steps, y - 0.22, note, size=0.7, key=f"note:{i}"))
        items.append(Text(0.0, y + 0.2, run_label(run.key, keys), size=0.7, key=f"name:{i}"))
    ax = Axes("steps", tuple(items), xlim=(0.0, p.steps * 1.75), ylim=(-0.55, n - 0.45), grid=False,
              show_axes=False)
    return Figure("steps-to-target", (ax,),
                  title=f"SGD steps until the loss ≤ {p.target_loss:g}: {common_label(keys)}",
                  tables=(summary_table(result),) if with_tables else (),
                  caption=f"training loss on the whole set, checked every {p.record_every} steps; seed {p.seed}")
