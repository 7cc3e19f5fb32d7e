"""What the Initialization panel shows and exports around the depth figure.

* The effective initialization of each run (std, gain and its source, formula), as a caption
  line and the ``init-scheme`` table.
* Compare mode's second run named by what differs (another scheme, or another bias).
* The multi-seed statistics (``seeds > 1``): a figure of the seeds' mean and range of the
  activation std beside the prediction and, for the lecture's own experiment, the numbers the
  lecture quotes; its table ``seed-stats``.
* The layer calculator's result, as the ``layer-calculator`` table.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from lab.activations.float32 import ACTIVATION_LABELS
from lab.figures.spec import Figure, Line, Table, Text
from lab.init.calculator import LayerShape, conv_layer, pool_layer
from lab.init.compute import InitResult
from lab.init.experiment import DepthResult
from lab.init.figures import depth_figure
from lab.init.params import InitParams
from lab.init.schemes import (
    GAIN_LABELS,
    GAIN_SCHEMES,
    LEGACY_ALIASES,
    SCHEME_LABELS,
    canonical_scheme,
    effective_init,
)
from lab.init.seeds import seed_axes, seed_table

#: Per-layer activation stds the lecture quotes (LECTURE.md §4) for its experiment: 10 layers of
#: 500 units, input 1000 × 500 from N(0, 1), no bias.  Keyed by (scheme, activation, weight σ or None).
QUOTED: dict[tuple[str, str, float | None], tuple[float, ...]] = {
    ("small_gaussian", "tanh", 0.01): (0.2135, 0.0476, 0.0106, 0.00237, 5.3e-4, 1.2e-4, 2.7e-5, 6e-6, 1e-6),
    ("large_gaussian", "tanh", 1.0): (0.98,) * 10,
    ("xavier", "tanh", None): (0.628, 0.486, 0.407, 0.357, 0.321, 0.294, 0.273, 0.255, 0.241, 0.228),
    ("xavier", "relu", None): (0.5838, 0.414, 0.295, 0.208),
    ("kaiming_normal", "relu", None): (0.8256,),
}


def quoted(p: InitParams) -> tuple[float, ...]:
    """The lecture's per-layer stds for ``p`` if ``p`` is the lecture's experiment, else ``()``."""
    lecture = InitParams()
    if (p.depth, p.width, p.batch, p.bias, p.input_kind, p.layer_kind) != (
            lecture.depth, lecture.width, lecture.batch, 0.0, "normal", "dense") or p.gain_mode != "scheme":
        return ()
    sigma = {"small_gaussian": p.sigma_small, "large_gaussian": p.sigma_large}.get(p.scheme)
    for (scheme, activation, s), values in QUOTED.items():
        if scheme == p.scheme and activation == p.activation and (s is None or s == sigma):
            return values
    return ()


def run_names(p: InitParams) -> tuple[str, ...]:
    """The name of each run: its scheme, or (comparing biases) its bias."""
    if p.compare and p.compare_what == "bias":
        return (f"bias {p.bias:g}", f"bias {p.bias_b:g}")
    names = (SCHEME_LABELS[p.scheme],)
    return names + (SCHEME_LABELS[p.scheme_b],) if p.compare else names


def effective_lines(p: InitParams, results: Sequence[DepthResult]) -> list[str]:
    """One line per distinct scheme: formula, gain (and where it comes from) and the std of a weight."""
    lines = []
    seen = set()
    for r in results:
        c = r.config
        if c.scheme in seen:
            continue
        seen.add(c.scheme)
        e = effective_init(c.scheme, c.activation, c.fan_in, c.fan_out, settings=c.settings)
        text = f"{SCHEME_LABELS[c.scheme]}: {e.formula}"
        if c.scheme in LEGACY_ALIASES:
            text = f"{SCHEME_LABELS[c.scheme]} (= {SCHEME_LABELS[LEGACY_ALIASES[c.scheme]]}): {e.formula}"
        if canonical_scheme(c.scheme) in GAIN_SCHEMES:
            text += f", gain {e.gain:.4g} ({GAIN_LABELS[c.settings.gain_mode]})"
        text += f", std {e.std:.4g} (d_in = {c.fan_in})"
        if e.bound is not None:
            text += f", bound {e.bound:.4g}"
        if e.note:
            text += f"; {e.note}"
        lines.append(text)
    return lines


def effective_table(results: Sequence[DepthResult]) -> Table:
    """``init-scheme``: run, scheme, formula, gain, gain_source, std, bound, fan_in, fan_out, bias, note."""
    rows = []
    for i, r in enumerate(results):
        c = r.config
        e = effective_init(c.scheme, c.activation, c.fan_in, c.fan_out, settings=c.settings)
        rows.append(("ab"[i], e.scheme, e.formula, e.gain, c.settings.gain_mode if e.scheme in GAIN_SCHEMES else "",
                     e.std, "" if e.bound is None else e.bound, c.fan_in, c.fan_out, c.bias, e.note))
    return Table.from_rows("init-scheme", ("run", "scheme", "formula", "gain", "gain_source", "std", "bound",
                                           "fan_in", "fan_out", "bias", "note"), rows)


def calculator_layer(p: InitParams) -> LayerShape:
    """The layer calculator's layer (``ValueError`` when the sizes do not fit)."""
    if p.calc_kind == "pool":
        return pool_layer(p.calc_h, p.calc_w, p.calc_c, f=p.calc_f, s=p.calc_s)
    return conv_layer(p.calc_h, p.calc_w, p.calc_c, k=p.calc_k, f=p.calc_f, s=p.calc_s, p=p.calc_p)


def calculator_text(p: InitParams) -> str:
    """The calculator's result in words (or what is wrong with its sizes)."""
    try:
        layer = calculator_layer(p)
    except ValueError as exc:
        return f"⚠ {exc}"
    if layer.kind == "pool":
        return f"{p.calc_f}×{p.calc_f} pooling, stride {p.calc_s}: {layer.describe()} (pooling has no weights)"
    return (f"conv {p.calc_k} filters {p.calc_f}×{p.calc_f}, stride {p.calc_s}, padding {p.calc_p}: "
            f"{layer.describe()} (a dense layer would need {layer.dense_params:,})")


def calculator_table(p: InitParams) -> Table:
    """``layer-calculator``: the layer's hyperparameters, output shape, parameters and fan-in."""
    columns = ("kind", "in_h", "in_w", "in_c", "filters_k", "size_f", "stride_s", "padding_p", "out_h", "out_w",
               "out_c", "params", "fan_in", "dense_params")
    try:
        layer = calculator_layer(p)
    except ValueError:
        return Table.from_rows("layer-calculator", columns, [])
    pool = layer.kind == "pool"
    row = (layer.kind, *layer.in_shape, "" if pool else p.calc_k, p.calc_f, p.calc_s, "" if pool else p.calc_p,
           *layer.out_shape, layer.params, "" if layer.fan_in is None else layer.fan_in,
           "" if pool else layer.dense_params)
    return Table.from_rows("layer-calculator", columns, [row])


def _renamed(figure: Figure, names: tuple[str, ...], title: str) -> Figure:
    """The depth figure with its runs named ``names`` (when comparing biases both runs share a scheme)."""
    axes = []
    for ax in figure.axes:
        if ax.key.startswith("ridge_"):
            ax = dataclasses.replace(ax, title=names["ab".index(ax.key[-1])])
        elif ax.key == "stats":
            items = tuple(dataclasses.replace(it, label=names[int(it.key[3:])])
                          if isinstance(it, Line) and it.key in ("std0", "std1") else it for it in ax.items)
            ax = dataclasses.replace(ax, items=items)
        axes.append(ax)
    narrow = _renamed(figure.narrow, names, title) if figure.narrow is not None else None  # the same runs, reflowed
    return dataclasses.replace(figure, axes=tuple(axes), title=title, narrow=narrow)


def main_figure(p: InitParams, results: Sequence[DepthResult], *, with_tables: bool = True) -> Figure:
    """The depth figure of ``results`` with the effective init in its caption (and its tables)."""
    figure = depth_figure(results, with_tables=with_tables)
    if p.compare and p.compare_what == "bias" and len(results) == 2:
        names = run_names(p)
        title = (f"Weight initialization: {SCHEME_LABELS[p.scheme]} + {ACTIVATION_LABELS[p.activation]}, "
                 f"{' vs '.join(names)}")
        figure = _renamed(figure, names, title)
    # one paragraph: the renderer re-wraps a too-long caption as a whole (a newline would be lost)
    caption = figure.caption + ". " + "; ".join(effective_lines(p, results))
    tables = figure.tables + (effective_table(results), calculator_table(p)) if with_tables else ()
    return dataclasses.replace(figure, caption=caption, tables=tables)


def seeds_figure(p: InitParams, result: InitResult, *, with_tables: bool = True) -> Figure | None:
    """The multi-seed figure (``None`` with one seed): mean and range over seeds, prediction, quoted numbers."""
    stats = result.seeds
    if stats is None:
        return None
    values = quoted(p)
    n = len(stats.seeds)
    label = f"{SCHEME_LABELS[p.scheme]} + {ACTIVATION_LABELS[p.activation]}: activation std over {n} seeds"
    log = bool(stats.predicted_std[-1] > 0 and stats.predicted_std[0] / stats.predicted_std[-1] > 30)
    ax = seed_axes(stats, label="", quoted=values, log=log)
    mean, spread, pred = stats.std_mean, stats.std_spread, stats.predicted_std
    last = len(mean) - 1
    lines = [f"layer 1: {mean[0]:.4g} ± {spread[0]:.2g} (prediction {pred[0]:.4g})",
             f"layer {last + 1}: {mean[last]:.4g} ± {spread[last]:.2g} (prediction {pred[last]:.4g})"]
    if values:
        lines.append("quoted: " + ", ".join(f"{v:g}" for v in values[:4]) + ("…" if len(values) > 4 else ""))
    texts = tuple(Text(0.02, 0.06 + 0.08 * k, line, coords="axes", size=0.75, key=f"seeds:text{k}")
                  for k, line in enumerate(reversed(lines)))
    # fixed limits: texts placed in axes fractions must not take part in the autorange
    depth = len(mean)
    if log:
        finite = [v for v in (*stats.std_min, *pred, *values) if v > 0 and np.isfinite(v)]
        lo, hi = (min(finite), 3 * max(finite)) if finite else (1e-12, 1.0)
        ylim = (lo / 10 ** (0.4 * np.log10(hi / lo) + 0.3), hi)  # room for the texts under the curves
    else:
        top = np.nanmax([*stats.std_max, *pred, *values, 1e-12])
        ylim = (-0.35 * top, 1.15 * top)  # room for the texts under the curves
    ax = dataclasses.replace(ax, items=ax.items + texts, xlim=(0.5, depth + 0.5), ylim=ylim)
    caption = (f"seeds {stats.seeds[0]}…{stats.seeds[-1]} (consecutive from the panel's seed); ± is the sample std "
               f"over seeds (ddof 1); band: min–max; dashed: mean-field prediction"
               + ("; dots: the lecture's numbers" if values else ""))
    tables = (seed_table(stats),) if with_tables else ()
    return Figure("seeds", (ax,), title=label, tables=tables, caption=caption)


def figures(p: InitParams, result: InitResult, *, with_tables: bool = True) -> list[Figure]:
    """Every export figure of a finished run: the depth figure, then the multi-seed figure if any."""
    out = [main_figure(p, result.runs, with_tables=with_tables)]
    extra = seeds_figure(p, result, with_tables=with_tables)
    return out + [extra] if extra is not None else out

