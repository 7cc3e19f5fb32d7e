"""Toy 2-D classification sets (spiral, two moons, XOR blobs) drawn with an explicit Generator.

Every set is returned in its natural coordinates (roughly in [−1.5, 2.5]), then
:func:`prepare_inputs` makes it *zero-centred* (the training mean subtracted) or *all-positive*
(shifted so every feature's minimum is :data:`POSITIVE_MARGIN`): the same points and spread,
only the mean differs, which is what the lecture's zig-zag argument is about.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

DATASETS: tuple[str, ...] = ("spiral", "moons", "xor")
INPUTS: tuple[str, ...] = ("centred", "positive")
INPUT_LABELS: dict[str, str] = {"centred": "zero-centred", "positive": "all-positive"}

#: The all-positive inputs start this far above zero (like pixel values or sigmoid outputs).
POSITIVE_MARGIN = 1.0


@dataclass(frozen=True, eq=False)
class Dataset:
    """Points ``x`` (n, 2) float64 and integer labels ``y`` (n,) in ``0..classes − 1``."""

    name: str
    x: NDArray[np.float64]
    y: NDArray[np.intp]
    classes: int


def spiral(n_per_class: int, rng: np.random.Generator, *, classes: int = 3, noise: float = 0.2) -> Dataset:
    """The CS231n notes' spiral: r = linspace(0, 1), θ = linspace(4k, 4(k + 1)) + noise·N(0, 1)."""
    _check(n_per_class, noise)
    xs, ys = [], []
    for k in range(classes):
        r = np.linspace(0.0, 1.0, n_per_class)
        t = np.linspace(4.0 * k, 4.0 * (k + 1), n_per_class) + noise * rng.standard_normal(n_per_class)
        xs.append(np.column_stack([r * np.sin(t), r * np.cos(t)]))
        ys.append(np.full(n_per_class, k))
    return Dataset("spiral", np.concatenate(xs), np.concatenate(ys).astype(np.intp), classes)


def moons(n_per_class: int, rng: np.random.Generator, *, noise: float = 0.1) -> Dataset:
    """Two interleaving half circles (scikit-learn's ``make_moons`` geometry) plus N(0, noise²)."""
    _check(n_per_class, noise)
    t = np.linspace(0.0, np.pi, n_per_class)
    outer = np.column_stack([np.cos(t), np.sin(t)])
    inner = np.column_stack([1.0 - np.cos(t), 0.5 - np.sin(t)])
    x = np.concatenate([outer, inner]) + noise * rng.standard_normal((2 * n_per_class, 2))
    y = np.repeat(np.arange(2), n_per_class).astype(np.intp)
    return Dataset("moons", x, y, 2)


def xor_blobs(n_per_class: int, rng: np.random.Generator, *, noise: float = 0.35) -> Dataset:
    """Four Gaussian blobs at (±1, ±1); class 1 where the signs differ (XOR)."""
    _check(n_per_class, noise)
    per_blob = [n_per_class // 2 + (n_per_class % 2), n_per_class // 2] * 2
    centres = [(1.0, 1.0), (-1.0, -1.0), (1.0, -1.0), (-1.0, 1.0)]
    labels = [0, 0, 1, 1]
    xs, ys = [], []
    for (cx, cy), label, n in zip(centres, labels, per_blob, strict=True):
        xs.append(np.array([cx, cy]) + noise * rng.standard_normal((n, 2)))
        ys.append(np.full(n, label))
    return Dataset("xor", np.concatenate(xs), np.concatenate(ys).astype(np.intp), 2)


def make_dataset(name: str, n_per_class: int, rng: np.random.Generator, *, noise: float | None = None) -> Dataset:
    """The data set ``name`` (one of :data:`DATASETS`) with its default noise unless ``noise`` is given."""
    makers = {"spiral": spiral, "moons": moons, "xor": xor_blobs}
    if name not in makers:
        raise ValueError(f"unknown data set {name!r} (known: {', '.join(DATASETS)})")
    return makers[name](n_per_class, rng) if noise is None else makers[name](n_per_class, rng, noise=noise)


def input_offset(x: NDArray[np.float64], kind: str) -> NDArray[np.float64]:
    """The per-feature shift of :func:`prepare_inputs` (computed from the training points ``x``)."""
    if kind == "centred":
        return -x.mean(axis=0)
    if kind == "positive":
        return POSITIVE_MARGIN - x.min(axis=0)
    raise ValueError(f"unknown input kind {kind!r} (known: {', '.join(INPUTS)})")


def prepare_inputs(x: NDArray[np.float64], kind: str) -> NDArray[np.float64]:
    """``"centred"``: x − mean(x); ``"positive"``: x − min(x) + :data:`POSITIVE_MARGIN`, per feature."""
    return x + input_offset(x, kind)


def _check(n: int, noise: float) -> None:
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 2:
        raise ValueError(f"need at least 2 points per class, got {n!r}")
    if not (np.isfinite(noise) and noise >= 0.0):
        raise ValueError(f"noise must be a finite number >= 0, got {noise!r}")
