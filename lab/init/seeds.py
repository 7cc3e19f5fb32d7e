"""The depth experiment over several seeds: per-layer mean and spread beside the mean-field prediction.

One seed is one draw of the input and the weights; deep layers of a ReLU net vary a lot from
draw to draw (the lecture's "≈ 0.83, flat" is a typical value, not what every seed gives), so
a preset quoting the lecture's numbers shows the mean over seeds with its spread rather than
one seed that happens to match.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lab.figures.spec import Axes, Band, Item, Line, Scatter, Table
from lab.init.config import DepthConfig
from lab.init.experiment import DepthResult, Progress, run_depth, run_to_end

#: Seeds of the multi-seed statistics by default: 0..7.
DEFAULT_SEEDS: tuple[int, ...] = tuple(range(8))


@dataclass(frozen=True, eq=False)
class SeedStats:
    """Per-layer activation statistics over ``seeds`` (arrays of length ``depth``; NaN where a
    seed's run exploded before that layer), and the prediction for the same net."""

    config: DepthConfig
    seeds: tuple[int, ...]
    std: NDArray[np.float64]  # (n_seeds, depth): every seed's per-layer activation std
    mean: NDArray[np.float64]  # (n_seeds, depth): every seed's per-layer activation mean
    predicted_std: NDArray[np.float64]
    predicted_mean: NDArray[np.float64]

    @property
    def layers(self) -> NDArray[np.int64]:
        return np.arange(1, self.std.shape[1] + 1)

    @property
    def std_mean(self) -> NDArray[np.float64]:
        """Mean over seeds of each layer's activation std."""
        return _nanmean(self.std)

    @property
    def std_spread(self) -> NDArray[np.float64]:
        """Sample standard deviation over seeds (ddof = 1) of each layer's activation std."""
        return _nanstd(self.std)

    @property
    def std_min(self) -> NDArray[np.float64]:
        return _nan_reduce(np.nanmin, self.std)

    @property
    def std_max(self) -> NDArray[np.float64]:
        return _nan_reduce(np.nanmax, self.std)


def _nan_reduce(fn: Callable[..., NDArray[np.float64]], a: NDArray[np.float64]) -> NDArray[np.float64]:
    """``fn`` over seeds (axis 0) of each layer that has a finite value, NaN elsewhere (no warning)."""
    out = np.full(a.shape[1], np.nan)
    ok = np.isfinite(a).any(axis=0)
    out[ok] = fn(a[:, ok], axis=0)
    return out


def _nanmean(a: NDArray[np.float64]) -> NDArray[np.float64]:
    return _nan_reduce(np.nanmean, a)


def _nanstd(a: NDArray[np.float64]) -> NDArray[np.float64]:
    out = np.full(a.shape[1], np.nan)
    ok = np.isfinite(a).sum(axis=0) >= 2
    out[ok] = np.nanstd(a[:, ok], axis=0, ddof=1)
    return out


def run_seeds(config: DepthConfig, seeds: Sequence[int] = DEFAULT_SEEDS
              ) -> Generator[tuple[int, Progress], None, SeedStats]:
    """Run ``config`` (forward pass only) once per seed; yields ``(seed index, progress)``.

    Returns the :class:`SeedStats`.  Closing the generator cancels the remaining seeds.
    """
    seeds = tuple(int(s) for s in seeds)
    if not seeds:
        raise ValueError("need at least one seed")
    if len(set(seeds)) != len(seeds):
        raise ValueError("a seed is listed twice")
    base = dataclasses.replace(config, backward=False)
    stds = np.full((len(seeds), config.depth), np.nan)
    means = np.full((len(seeds), config.depth), np.nan)
    result: DepthResult | None = None
    for i, seed in enumerate(seeds):
        result = yield from _tagged(i, run_depth(dataclasses.replace(base, seed=seed)))
        for layer in result.layers:
            stds[i, layer.layer - 1] = layer.std
            means[i, layer.layer - 1] = layer.mean
    assert result is not None
    return SeedStats(config, seeds, stds, means, np.asarray(result.prediction.std, dtype=np.float64),
                     np.asarray(result.prediction.mean, dtype=np.float64))


def _tagged(index: int, gen: Generator[Progress, None, DepthResult]
            ) -> Generator[tuple[int, Progress], None, DepthResult]:
    """Yield ``(index, progress)`` for each progress of ``gen``; return its result (close it if cancelled)."""
    try:
        while True:
            try:
                progress = next(gen)
            except StopIteration as stop:
                return stop.value
            yield index, progress
    finally:
        gen.close()


def seed_stats(config: DepthConfig, seeds: Sequence[int] = DEFAULT_SEEDS) -> SeedStats:
    """:func:`run_seeds` run to the end."""
    result = run_to_end(run_seeds(config, seeds))
    assert isinstance(result, SeedStats)
    return result


def seed_axes(stats: SeedStats, *, key: str = "seeds", label: str = "", quoted: Sequence[float] = (),
              log: bool = False) -> Axes:
    """Per-layer activation std: the seeds' range (band), their mean, the prediction (dashed) and,
    if given, the numbers a text quotes (e.g. the lecture's 0.414, 0.295, 0.208…) as markers."""
    layers = stats.layers.astype(np.float64)
    n = len(stats.seeds)
    items: list[Item] = [
        Band(layers, stats.std_min, stats.std_max, label=f"range over {n} seeds", color=0, alpha=0.2,
             key=f"{key}:range"),
        Line(layers, stats.std_mean, label=f"mean of {n} seeds", color=0, key=f"{key}:mean"),
        Line(layers, stats.predicted_std, label="prediction (mean field)", color=7, style="dashed",
             key=f"{key}:prediction"),
    ]
    if quoted:
        q = np.asarray(quoted, dtype=np.float64)
        items.append(Scatter(np.arange(1, q.size + 1, dtype=np.float64), q, label="quoted", color=1, size=1.5,
                             alpha=1.0, key=f"{key}:quoted"))
    return Axes(key, tuple(items), title=label, xlabel="layer", ylabel="activation std",
                yscale="log" if log else "linear", legend=True, integer_x=True)


def seed_table(stats: SeedStats, name: str = "seed-stats") -> Table:
    """``layer, std_mean, std_spread, std_min, std_max, predicted_std`` (spread: sample std, ddof 1)."""
    rows = [(int(layer), float(a), float(b), float(c), float(d), float(e)) for layer, a, b, c, d, e in zip(
        stats.layers, stats.std_mean, stats.std_spread, stats.std_min, stats.std_max, stats.predicted_std,
        strict=True)]
    return Table.from_rows(name, ("layer", "std_mean", "std_spread", "std_min", "std_max", "predicted_std"), rows)
