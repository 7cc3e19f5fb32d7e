"""From parameters to the depth experiment: its configuration, the run, and partial results."""

from __future__ import annotations

import dataclasses
from collections.abc import Generator
from dataclasses import dataclass

import numpy as np

from lab.init.config import DepthConfig
from lab.init.experiment import (
    DepthResult,
    Progress,
    predict,
    run_compare,
    run_depth,
    run_to_end,
    shared_bins,
)
from lab.init.params import InitParams
from lab.init.predict import Prediction
from lab.init.schemes import SchemeSettings
from lab.init.seeds import SeedStats, run_seeds


def to_config(p: InitParams, *, backward: bool = True) -> DepthConfig:
    """The experiment configuration of ``p`` (raises ``ValueError`` when it cannot run)."""
    return DepthConfig(
        scheme=p.scheme,
        activation=p.activation,
        depth=p.depth,
        width=p.width,
        batch=p.batch,
        input_kind=p.input_kind,
        bias=p.bias,
        layer_kind=p.layer_kind,
        kernel=p.kernel,
        channels=p.channels,
        conv_size=p.conv_size,
        slope=p.slope,
        elu_alpha=p.elu_alpha,
        settings=SchemeSettings(
            sigma_small=p.sigma_small, sigma_large=p.sigma_large, const_value=p.const_value, slope=p.slope,
            gain_mode=p.gain_mode, gain=p.gain,
        ),
        bins=p.bins,
        seed=p.seed,
        backward=backward,
    )


def second_config(p: InitParams, config: DepthConfig) -> DepthConfig | None:
    """The configuration of the compared run (another scheme or another bias), or ``None``."""
    if not p.compare:
        return None
    if p.compare_what == "bias":
        return dataclasses.replace(config, bias=p.bias_b)
    return dataclasses.replace(config, scheme=p.scheme_b)


def experiment(p: InitParams) -> Generator[Progress, None, tuple[DepthResult, ...]]:
    """The generator that runs ``p`` (one run, or two with ``compare``: another scheme or bias)."""
    config = to_config(p)
    second = second_config(p, config)
    if second is None or p.compare_what == "scheme":
        return run_compare(config, None if second is None else second.scheme)
    return _run_pair(config, second)


def _run_pair(a: DepthConfig, b: DepthConfig) -> Generator[Progress, None, tuple[DepthResult, ...]]:
    """Two configurations on shared histogram bins (same seed: same input and base weight draws)."""
    bins = shared_bins(a, [predict(a), predict(b)])
    first = yield from run_depth(a, bins=bins)
    second = yield from run_depth(b, bins=bins)
    return (first, second)


def run(p: InitParams) -> tuple[DepthResult, ...]:
    """Run ``p`` to the end and return one result per run (scheme or bias)."""
    return run_to_end(experiment(p))  # type: ignore[return-value]


@dataclass(frozen=True)
class SeedProgress:
    """Progress of the multi-seed statistics: seed ``index`` of ``n`` is at ``progress``."""

    index: int
    n: int
    progress: Progress


@dataclass(frozen=True, eq=False)
class InitResult:
    """The experiment's run(s) and, with ``seeds > 1``, the statistics over several seeds."""

    runs: tuple[DepthResult, ...]
    seeds: SeedStats | None = None


def seed_list(p: InitParams) -> tuple[int, ...]:
    """The seeds of the multi-seed statistics: ``seed, seed + 1, …`` (``seeds`` of them, modulo 2³¹).

    Consecutive seeds from the current one, never seeds chosen for their result.
    """
    return tuple((p.seed + i) % 2**31 for i in range(p.seeds))


def compute(p: InitParams) -> Generator[Progress | SeedProgress, None, InitResult]:
    """The experiment, then (``seeds > 1``) the forward pass of the first scheme over several seeds."""
    runs = yield from experiment(p)
    if p.seeds <= 1:
        return InitResult(runs)
    seeds = seed_list(p)
    gen = run_seeds(to_config(p, backward=False), seeds)
    try:
        while True:
            try:
                index, progress = next(gen)
            except StopIteration as done:
                return InitResult(runs, done.value)
            yield SeedProgress(index, len(seeds), progress)
    finally:
        gen.close()


def run_all(p: InitParams) -> InitResult:
    """:func:`compute` run to the end."""
    result = run_to_end(compute(p))
    assert isinstance(result, InitResult)
    return result


class PartialRun:
    """The results so far of a running experiment, assembled from its :class:`Progress` events."""

    def __init__(self, compare: bool) -> None:
        self.n_runs = 2 if compare else 1
        self._slots: list[dict] = []

    def add(self, event: Progress) -> int:
        """Record ``event``; return the index of the run (scheme) it belongs to."""
        index = next((i for i, s in enumerate(self._slots) if s["config"] is event.config), None)
        if index is None:
            self._slots.append({"config": event.config, "layers": [], "grads": []})
            index = len(self._slots) - 1
        slot = self._slots[index]
        slot["bins"], slot["prediction"] = event.bins, event.prediction
        if event.forward is not None:
            slot["layers"].append(event.forward)
        if event.backward is not None:
            slot["grads"].append(event.backward)
        return index

    def results(self, scheme_b: str) -> tuple[DepthResult, ...]:
        """The partial results; in compare mode an empty stand-in for a scheme not started yet."""
        out = tuple(
            DepthResult(config=s["config"], bins=s["bins"], layers=tuple(s["layers"]),
                        grads=tuple(sorted(s["grads"], key=lambda g: g.layer)), prediction=s["prediction"])
            for s in self._slots
        )
        if self.n_runs == 2 and len(out) == 1:
            out = (out[0], placeholder(out[0], scheme_b))
        return out


def placeholder(first: DepthResult, scheme: str) -> DepthResult:
    """An empty result standing in for a scheme that has not started yet."""
    depth = first.config.depth
    empty = Prediction(*(np.full(depth, np.nan) for _ in range(6)), method="")
    return DepthResult(config=dataclasses.replace(first.config, scheme=scheme), bins=first.bins, layers=(),
                       grads=(), prediction=empty)


def flops(p: InitParams) -> float:
    """About how many floating-point operations the run of ``p`` costs (forward and backward)."""
    config = to_config(p)
    return 6.0 * config.depth * config.batch * config.units * config.fan_in * (2 if p.compare else 1)
