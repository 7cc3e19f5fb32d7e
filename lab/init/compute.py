"""From parameters to the depth experiment: its configuration, the run, and partial results."""

from __future__ import annotations

import dataclasses
from collections.abc import Generator

import numpy as np

from lab.init.config import DepthConfig
from lab.init.experiment import DepthResult, Progress, run_compare, run_to_end
from lab.init.params import InitParams
from lab.init.predict import Prediction
from lab.init.schemes import SchemeSettings


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
            sigma_small=p.sigma_small, sigma_large=p.sigma_large, const_value=p.const_value, slope=p.slope
        ),
        bins=p.bins,
        seed=p.seed,
        backward=backward,
    )


def experiment(p: InitParams) -> Generator[Progress, None, tuple[DepthResult, ...]]:
    """The generator that runs ``p`` (one scheme, or two with ``compare``)."""
    config = to_config(p)
    return run_compare(config, p.scheme_b if p.compare else None)


def run(p: InitParams) -> tuple[DepthResult, ...]:
    """Run ``p`` to the end and return one result per scheme."""
    return run_to_end(experiment(p))  # type: ignore[return-value]


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
