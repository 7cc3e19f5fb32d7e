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
