"""The depth experiment: forward and backward through a deep net, one layer at a time.

:func:`run_depth` is a generator (like napari's ``HistogramModel.compute``): it yields a
:class:`Progress` after every layer of the forward pass and of the backward pass, so a front end
can show progress and cancel by closing it; the :class:`DepthResult` is its return value
(:func:`run_to_end` collects it).  The net runs in float32 like the frameworks, so a large init
overflows where it would on a GPU; that is reported ("exploded to inf at layer k") and the pass
stops, without a warning.  :func:`forward_layer` and :func:`backward_layer` are one layer's
passes on their own, for other experiments on the same nets.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Generator
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from lab.activations.float32 import SELU_LAMBDA, activate, dead_count, local_grad_from_output, saturated_count
from lab.init import draws
from lab.init.bins import SharedBins, bin_counts
from lab.init.config import DepthConfig
from lab.init.conv import col2im, conv_forward, im2col
from lab.init.layer_draws import DrawsBeside
from lab.init.predict import Prediction, predict_constant, predict_layers

F32 = np.float32

#: Floating-point error state of the passes: overflow is detected and reported, never warned.
QUIET = {"over": "ignore", "invalid": "ignore", "under": "ignore"}


@dataclass(frozen=True, eq=False)
class LayerStats:
    """Forward statistics of one layer, pooled over the batch and the units."""

    layer: int
    pre_mean: float
    pre_std: float
    mean: float
    std: float
    saturated: float
    dead: float
    dead_units: float
    counts: NDArray[np.int64]
    below: int
    above: int


@dataclass(frozen=True)
class GradStats:
    """Backward statistics of one layer: std of ∂L/∂h_l and of ∂L/∂W_l, mean local gradient f′(z_l)."""

    layer: int
    act_std: float
    weight_std: float
    local_grad: float


@dataclass(frozen=True, eq=False)
class Progress:
    """What the generator yields after each layer (with the run's bins and prediction, so a
    front end can draw partial results without computing anything itself)."""

    config: DepthConfig
    stage: Literal["forward", "backward"]
    layer: int
    step: int
    total: int
    bins: SharedBins
    prediction: Prediction
    forward: LayerStats | None = None
    backward: GradStats | None = None

    @property
    def scheme(self) -> str:
        return self.config.scheme


@dataclass(frozen=True, eq=False)
class DepthResult:
    """Everything one run measured, with the prediction to overlay."""

    config: DepthConfig
    bins: SharedBins
    layers: tuple[LayerStats, ...]
    grads: tuple[GradStats, ...]
    prediction: Prediction
    exploded_at: int | None = None
    exploded_in: str | None = None

    @property
    def scheme(self) -> str:
        return self.config.scheme

    @property
    def message(self) -> str:
        """A one-line summary for the status bar ("" when nothing went wrong)."""
        if self.exploded_at is None:
            return ""
        if self.exploded_in == "forward":
            return f"{self.scheme}: activations exploded to inf at layer {self.exploded_at} (float32)"
        return f"{self.scheme}: gradients exploded to inf at layer {self.exploded_at} (float32)"

    def grad_by_layer(self) -> dict[int, GradStats]:
        return {g.layer: g for g in self.grads}


def _row_sums(rows: NDArray[np.floating]) -> tuple[float, float]:
    """Σx and Σx²: float32 sums along rows (a few hundred terms), then float64 across rows."""
    s1 = float(np.einsum("ij->i", rows).sum(dtype=np.float64))
    s2 = float(np.einsum("ij,ij->i", rows, rows).sum(dtype=np.float64))
    return s1, s2


def total(x: NDArray[np.floating]) -> float:
    """Σx, accumulated like :func:`moments` (NaN if ``x`` is not finite)."""
    rows = x.reshape(x.shape[0], -1)
    with np.errstate(over="ignore", invalid="ignore"):
        s1 = float(np.einsum("ij->i", rows).sum(dtype=np.float64))
    if not math.isfinite(s1) and np.isfinite(x).all():
        s1 = float(x.sum(dtype=np.float64))
    return s1


def moments(x: NDArray[np.floating]) -> tuple[float, float]:
    """Mean and std (population, ÷N) of ``x``; NaN if ``x`` holds inf or NaN.

    Sums run along rows in the input precision (a few hundred terms each: relative error
    ~1e-7) and across rows in float64; if a float32 partial sum overflows although every value
    is finite, everything is redone in float64.  When the mean dominates the spread the
    one-pass variance would cancel, so it is recomputed in two passes in float64.
    """
    n = x.size
    rows = x.reshape(x.shape[0], -1)
    with np.errstate(over="ignore", invalid="ignore"):
        s1, s2 = _row_sums(rows)
    if not (math.isfinite(s1) and math.isfinite(s2)):
        if not np.isfinite(x).all():
            return math.nan, math.nan
        s1, s2 = _row_sums(rows.astype(np.float64))
    mean = s1 / n
    var = s2 / n - mean * mean
    if var <= 1e-3 * (s2 / n):
        var = float(np.var(x, dtype=np.float64))
    return mean, math.sqrt(max(var, 0.0))


def predict(config: DepthConfig, scheme: str | None = None) -> Prediction:
    """The mean-field prediction for ``config`` (or another ``scheme`` on the same net)."""
    scheme = scheme or config.scheme
    kw = {"bias": config.bias, "slope": config.slope, "alpha": config.elu_alpha}
    if scheme in ("zeros", "constant"):
        value = 0.0 if scheme == "zeros" else config.settings.const_value
        in_mean = 0.0 if config.input_kind == "normal" else math.sqrt(2.0 / math.pi)
        in_var = 1.0 if config.input_kind == "normal" else 1.0 - 2.0 / math.pi
        return predict_constant(
            config.activation, config.depth, config.fan_in, value, input_mean=in_mean, input_var=in_var, **kw
        )
    std = config.weight_std(scheme)
    return predict_layers(config.activation, config.depth, config.fan_in, std * std, **kw)


def shared_bins(config: DepthConfig, predictions: list[Prediction]) -> SharedBins:
    """Bins shared by every layer (and by the schemes compared), chosen before the run.

    Bounded activations use their range; the others reach 4 predicted pre-activation stds
    beyond the largest predicted mean (values beyond are counted as out of range, not dropped).
    """
    act = config.activation
    if act == "tanh":
        return SharedBins.covering(-1.0, 1.0, config.bins)
    if act == "sigmoid":
        return SharedBins.covering(0.0, 1.0, config.bins)
    gain = SELU_LAMBDA if act == "selu" else 1.0
    spans = [gain * (np.abs(p.pre_mean) + 4.0 * p.pre_std) for p in predictions]
    finite = np.concatenate([s[np.isfinite(s)] for s in spans]) if spans else np.array([])
    reach = float(finite.max()) if finite.size else 1.0
    if not (reach > 0.0) or not math.isfinite(reach):
        reach = 1.0
    reach = min(reach, 1e30)
    lo = 0.0 if act == "relu" else -reach
    return SharedBins.covering(lo, reach, config.bins)


def forward_layer(config: DepthConfig, h: NDArray[np.float32], w: NDArray[np.float32]) -> NDArray[np.float32]:
    """The pre-activations ``z = h·W + b`` of one layer (a circular convolution for conv nets)."""
    z = conv_forward(h, w, config.kernel) if config.is_conv else h @ w
    if config.bias:
        z += F32(config.bias)
    return z


@dataclass(frozen=True, eq=False)
class LayerGrads:
    """What one layer's backward step gives: ∂L/∂W, ∂L/∂h of the layer below (None for layer 1)
    and the mean local gradient f′(z) it multiplied by."""

    weights: NDArray[np.float32]
    below: NDArray[np.float32] | None
    local_mean: float


def backward_layer(
    config: DepthConfig,
    h_prev: NDArray[np.float32],
    h: NDArray[np.float32],
    w: NDArray[np.float32],
    grad_h: NDArray[np.float32],
    *,
    need_below: bool = True,
) -> LayerGrads:
    """Backpropagate ``grad_h = ∂L/∂h`` through ``h = f(h_prev·W + b)``.

    ``∂L/∂W`` is averaged over the batch (the loss is a mean over examples); ``∂L/∂h_prev``
    stays per example.
    """
    local = local_grad_from_output(h, config.activation, slope=config.slope, alpha=config.elu_alpha)
    local_mean = total(local) / local.size
    grad_z = np.multiply(grad_h, local, out=local)  # f′ is done with: ∂L/∂z takes its memory
    if config.is_conv:
        grad_z2 = grad_z.reshape(-1, w.shape[1])
        grad_w = im2col(h_prev, config.kernel).T @ grad_z2
        below = col2im(grad_z2 @ w.T, h_prev.shape, config.kernel) if need_below else None
    else:
        grad_w = h_prev.T @ grad_z
        below = grad_z @ w.T if need_below else None
    grad_w *= F32(1.0 / h_prev.shape[0])
    return LayerGrads(grad_w, below, local_mean)


def _forward_stats(
    config: DepthConfig, layer: int, pre: tuple[float, float], out: NDArray[np.float32], bins: SharedBins
) -> LayerStats | None:
    """Statistics of one layer's outputs ``out``, with the pre-activation mean and std ``pre``
    (None if the outputs are not finite)."""
    act = config.activation
    mean, std = moments(out)
    if not math.isfinite(mean):
        return None
    counts, below, above = bin_counts(out, bins)
    dead_units = 0.0
    if act == "relu":
        per_sample = config.units
        alive = out.reshape(config.batch, per_sample).max(axis=0)
        dead_units = float(np.count_nonzero(alive == 0)) / per_sample
    return LayerStats(
        layer=layer,
        pre_mean=pre[0],
        pre_std=pre[1],
        mean=mean,
        std=std,
        saturated=saturated_count(out, act, alpha=config.elu_alpha) / out.size,
        dead=dead_count(out, act) / out.size,
        dead_units=dead_units,
        counts=counts,
        below=below,
        above=above,
    )


def run_depth(
    config: DepthConfig, *, bins: SharedBins | None = None
) -> Generator[Progress, None, DepthResult]:
    """Run the experiment layer by layer; yields :class:`Progress`, returns :class:`DepthResult`.

    Parameters
    ----------
    config : DepthConfig
        The net, the scheme and the seed.  All randomness comes from ``config.seed``.
    bins : SharedBins, optional
        Histogram bins to use (pass the same bins to compare schemes); by default chosen
        from the prediction.
    """
    prediction = predict(config)
    bins = bins or shared_bins(config, [prediction])
    act, kw = config.activation, {"slope": config.slope, "alpha": config.elu_alpha}
    n_total = config.depth * (2 if config.backward else 1)
    layers: list[LayerStats] = []
    stored: list[NDArray[np.float32]] = []
    weights: list[NDArray[np.float32]] = []
    beside = DrawsBeside(config)
    beside.start(1)
    h = draws.network_input(config.seed, config.input_kind, config.input_shape)
    exploded_at: int | None = None
    exploded_in: str | None = None
    step = 0
    grads: list[GradStats] = []
    for layer in range(1, config.depth + 1):
        w = beside.get(layer)
        with np.errstate(**QUIET):
            z = forward_layer(config, h, w)
            beside.start(layer + 1)
            pre = moments(z)
            stats = None
            if math.isfinite(pre[0]):
                out = activate(z, act, out=z, **kw)  # in place: one temporary of a layer's size less
                stats = _forward_stats(config, layer, pre, out, bins)
        if stats is None:
            exploded_at, exploded_in = layer, "forward"
            break
        layers.append(stats)
        if config.backward:
            stored.append(h)
            weights.append(w)
        h = out
        step += 1
        yield Progress(config, "forward", layer, step, n_total, bins, prediction, forward=stats)

    if config.backward and exploded_at is None:
        grad_h = beside.get(config.depth + 1)
        for layer in range(config.depth, 0, -1):
            h_prev, w = stored[layer - 1], weights[layer - 1]
            with np.errstate(**QUIET):
                act_std = moments(grad_h)[1]
                g = backward_layer(config, h_prev, h, w, grad_h, need_below=layer > 1)
                w_std = moments(g.weights)[1]
            if not (math.isfinite(act_std) and math.isfinite(w_std)):
                exploded_at, exploded_in = layer, "backward"
                break
            stats_b = GradStats(layer=layer, act_std=act_std, weight_std=w_std, local_grad=g.local_mean)
            grads.append(stats_b)
            if g.below is not None:
                grad_h = g.below
            h = h_prev
            step += 1
            yield Progress(config, "backward", layer, step, n_total, bins, prediction, backward=stats_b)
            stored[layer - 1] = None  # type: ignore[call-overload]  # free memory as we go
    grads.sort(key=lambda g: g.layer)
    return DepthResult(
        config=config,
        bins=bins,
        layers=tuple(layers),
        grads=tuple(grads),
        prediction=prediction,
        exploded_at=exploded_at,
        exploded_in=exploded_in,
    )


def run_compare(
    config: DepthConfig, scheme_b: str | None = None
) -> Generator[Progress, None, tuple[DepthResult, ...]]:
    """Run ``config`` and, if ``scheme_b`` is given, the same net, seed and input with ``scheme_b``.

    Both runs share the histogram bins, the input and the base weight draws.
    """
    configs = [config] if scheme_b is None else [config, dataclasses.replace(config, scheme=scheme_b)]
    bins = shared_bins(config, [predict(c) for c in configs])
    results = []
    for c in configs:
        results.append((yield from run_depth(c, bins=bins)))
    return tuple(results)


def run_to_end(gen: Generator[Progress, None, object]) -> object:
    """Exhaust a generator from :func:`run_depth` or :func:`run_compare` and return its result."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value
