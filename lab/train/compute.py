"""Train every run of a comparison: a generator that yields progress, so a front end can show and cancel.

All runs of one :class:`~lab.train.params.TrainParams` share the data set, the base weight draws
(each scheme rescales the same standard-normal / uniform matrices) and the sequence of
mini-batches, all from ``seed``: runs differ by activation, scheme and input centring alone,
and a run is reproducible from the seed.  The curves are the loss and accuracy on the whole
training set, recorded every :attr:`~lab.train.params.TrainParams.record_every` steps (and at
step 0); steps-to-target is the first recorded step whose loss is at most ``target_loss``.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Iterator
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lab.init.experiment import run_to_end as exhaust
from lab.init.schemes import SchemeSettings, effective_init
from lab.train import mlp
from lab.train.data import Dataset, input_offset, make_dataset
from lab.train.params import TrainParams

#: Independent streams spawned from the seed.
_STREAM_DATA, _STREAM_WEIGHTS, _STREAM_BATCHES = range(3)

#: Rows per product when evaluating many points: OpenBLAS splits a product over threads once
#: m·n·k passes 262 144, which for these small matrices costs far more than it gains (and much
#: more on a loaded two-core machine), so long evaluations go in chunks that stay below it.
_BLAS_SINGLE_THREAD = 262_143


@dataclass(frozen=True)
class RunKey:
    """What distinguishes one run of a comparison."""

    activation: str
    scheme: str
    inputs: str

    @property
    def name(self) -> str:
        return f"{self.activation}/{self.scheme}/{self.inputs}"


@dataclass(frozen=True, eq=False)
class RunResult:
    """One run's curves (full training set, at ``steps``), final net and summary numbers."""

    key: RunKey
    steps: NDArray[np.int64]
    loss: NDArray[np.float64]
    accuracy: NDArray[np.float64]
    net: mlp.Net
    offset: NDArray[np.float64]  # the input shift: the net sees x + offset
    init_std: float  # std of a hidden-layer weight at initialization
    gain: float
    steps_to_target: int | None
    diverged_at: int | None = None

    @property
    def final_loss(self) -> float:
        return float(self.loss[-1])

    @property
    def final_accuracy(self) -> float:
        return float(self.accuracy[-1])


@dataclass(frozen=True, eq=False)
class Progress:
    """Yielded every recorded step: which run, how far, and that run's result so far."""

    run: int
    n_runs: int
    step: int
    steps: int
    partial: RunResult

    @property
    def fraction(self) -> float:
        """Share of the whole comparison done, in [0, 1]."""
        return (self.run + self.step / self.steps) / self.n_runs


@dataclass(frozen=True, eq=False)
class TrainResult:
    """Every run of a comparison, with the data they were trained on."""

    params: TrainParams
    data: Dataset
    runs: tuple[RunResult, ...]


def run_keys(p: TrainParams) -> list[RunKey]:
    """The runs of ``p`` in display order: inputs, then schemes, then activations vary slowest-first."""
    return [RunKey(a, s, i) for i in p.inputs for s in p.schemes for a in p.activations]


def streams(seed: int) -> list[np.random.Generator]:
    """The data, weight and batch generators of ``seed``."""
    return [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(3)]


def dataset(p: TrainParams) -> Dataset:
    """The training data of ``p`` (the same for every run)."""
    return make_dataset(p.dataset, p.n_per_class, streams(p.seed)[_STREAM_DATA], noise=p.noise)


def chunked_logits(net: mlp.Net, x: NDArray[np.float64]) -> NDArray[np.float64]:
    """``mlp.logits`` over many rows, in chunks that keep BLAS on one thread."""
    widest = max(w.shape[0] * w.shape[1] for w in net.weights)
    rows = max(1, _BLAS_SINGLE_THREAD // widest)
    if x.shape[0] <= rows:
        return mlp.logits(net, x)
    return np.concatenate([mlp.logits(net, x[i : i + rows]) for i in range(0, x.shape[0], rows)])


def evaluate(net: mlp.Net, x: NDArray[np.float64], y: NDArray[np.intp]) -> tuple[float, float]:
    """Mean cross-entropy and accuracy on ``(x, y)``."""
    scores = chunked_logits(net, x)
    return mlp.softmax_cross_entropy(scores, y)[0], float(np.mean(scores.argmax(axis=1) == y))


def _settings(p: TrainParams) -> SchemeSettings:
    return SchemeSettings(sigma_small=p.sigma_small, sigma_large=p.sigma_large, slope=p.slope,
                          gain_mode=p.gain_mode, gain=p.gain)


def train_run(p: TrainParams, key: RunKey, data: Dataset, index: int = 0,
              n_runs: int = 1) -> Generator[Progress, None, RunResult]:
    """Train one run; yields :class:`Progress` at every recorded step, returns the :class:`RunResult`."""
    _, weight_rng, batch_rng = streams(p.seed)
    offset = input_offset(data.x, key.inputs)
    x = data.x + offset
    sizes = mlp.layer_sizes(2, p.width, p.depth, data.classes)
    settings = _settings(p)
    net = mlp.init_net(sizes, mlp.base_draws(sizes, weight_rng), key.scheme, key.activation,
                       settings=settings, slope=p.slope, alpha=p.alpha)
    eff = effective_init(key.scheme, key.activation, p.width, p.width, settings=settings)
    record = p.record_every
    n_points = p.steps // record + 1 + (p.steps % record != 0)
    steps = np.zeros(n_points, dtype=np.int64)
    loss = np.full(n_points, math.nan)
    acc = np.full(n_points, math.nan)
    n = data.y.shape[0]
    diverged_at: int | None = None
    k = 0

    def partial(count: int) -> RunResult:
        s2t = _steps_to_target(steps[:count], loss[:count], p.target_loss)
        return RunResult(key, steps[:count].copy(), loss[:count].copy(), acc[:count].copy(), net.copy(), offset,
                         eff.std, eff.gain, s2t, diverged_at)

    # np.errstate never spans a yield: a generator suspended inside it and closed from another
    # thread (a cancelled run, or garbage collection) cannot restore a context variable it did not set
    quiet = {"over": "ignore", "invalid": "ignore", "divide": "ignore", "under": "ignore"}
    for step in range(p.steps + 1):
        if step % record == 0 or step == p.steps:
            steps[k] = step
            with np.errstate(**quiet):
                loss[k], acc[k] = evaluate(net, x, data.y)
            k += 1
            if not math.isfinite(loss[k - 1]):
                diverged_at = step
                break
            yield Progress(index, n_runs, step, p.steps, partial(k))
        if step == p.steps:
            break
        idx = batch_rng.integers(0, n, size=p.batch)  # with replacement; the same sequence for every run
        with np.errstate(**quiet):
            _, grad_w, grad_b = mlp.loss_and_grads(net, x[idx], data.y[idx])
            mlp.sgd_step(net, grad_w, grad_b, p.lr)
    return partial(k)


def _steps_to_target(steps: NDArray[np.int64], loss: NDArray[np.float64], target: float) -> int | None:
    reached = np.nonzero(loss <= target)[0]
    return int(steps[reached[0]]) if reached.size else None


def train(p: TrainParams) -> Generator[Progress, None, TrainResult]:
    """Train every run of ``p`` in turn (see the module docstring); returns the :class:`TrainResult`."""
    data = dataset(p)
    keys = run_keys(p)
    runs = []
    for i, key in enumerate(keys):
        runs.append((yield from train_run(p, key, data, i, len(keys))))
    return TrainResult(p, data, tuple(runs))


def run_to_end(gen: Generator[Progress, None, TrainResult]) -> TrainResult:
    """Exhaust :func:`train` and return its result."""
    result = exhaust(gen)
    assert isinstance(result, TrainResult)
    return result


def compute(p: TrainParams) -> TrainResult:
    """Train every run of ``p`` to the end."""
    return run_to_end(train(p))


def iter_curve_rows(result: TrainResult) -> Iterator[tuple[object, ...]]:
    """Rows of ``training-curves.csv``: run, activation, scheme, input, step, loss, accuracy."""
    for run in result.runs:
        k = run.key
        for s, lo, ac in zip(run.steps, run.loss, run.accuracy, strict=True):
            yield (k.name, k.activation, k.scheme, k.inputs, int(s), float(lo), float(ac))
