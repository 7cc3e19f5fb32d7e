"""The panel's computation: split, fit on training points, and every stage of the chain."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from numpy.typing import ArrayLike, NDArray

from lab.pca.pipeline import (
    Divisor,
    PcaFit,
    as_points,
    eigh_sorted,
    fit_from_moments,
    mean_cov,
    project_topk,
    reconstruct,
    retained_variance,
    subtract_row,
    whitening_matrix,
)

Array = NDArray[np.float64]
WHITENINGS: tuple[str, ...] = ("PCA", "ZCA")
#: Stage positions on the stage slider: 0 original, 1 centred, 2 decorrelated, 3 whitened.
N_STAGES = 4


@dataclass(frozen=True, eq=False)
class Stage:
    """One step of the chain, with statistics of its *training* points."""

    name: str  # tidy token used in CSV: original, centred, standardised, decorrelated, pca_whitened, zca_whitened
    title: str
    points: Array  # (N, 2): every point (training and test) in this stage's coordinates
    mean: Array
    cov: Array
    eigenvalues: Array
    axes: Array  # (2, 2): row i is principal axis i carried into this stage, scaled by √λᵢ


@dataclass(frozen=True, eq=False)
class PcaAnalysis:
    """Everything the panel shows for one set of points."""

    points: Array
    train: NDArray[np.intp]
    test: NDArray[np.intp]
    fit: PcaFit  # learned from the training points (after standardisation when it is on)
    scale: Array  # per-axis divisor of standardisation (ones when off)
    whitening: str
    stages: tuple[Stage, ...]
    k: int
    train_mean: Array
    retained: float
    notes: tuple[str, ...]

    @cached_property
    def reconstruction(self) -> Array:
        """``(N, 2)`` top-k reconstruction in original coordinates (computed on first use)."""
        y = self.stages[1].points
        return reconstruct(project_topk(y, self.fit, self.k), self.fit) * self.scale + self.train_mean


def _notes(fit: PcaFit) -> list[str]:
    notes = []
    lam = fit.eigenvalues
    if lam[0] <= 0:
        notes.append("All training points are identical: no direction has variance; "
                     "whitening maps them to the origin.")
        return notes
    for i in fit.flat_directions:
        notes.append(
            f"PC{i + 1} has ~0 variance (λ{i + 1} = {lam[i]:.3g}): the points are collinear. "
            f"Whitening divides it by √(λ+ε) = {fit.denominators[i]:.3g}"
            + ("; set ε > 0 to keep rounding noise from being blown up." if fit.eps == 0 else ".")
        )
    for i in range(1, lam.size):
        if i not in fit.flat_directions and lam[i] < 1e-3 * lam[0]:
            gain = float(fit.whitening_scales[i])
            notes.append(
                f"PC{i + 1} holds only {100 * lam[i] / lam.sum():.2g}% of the variance; whitening "
                f"multiplies it by 1/√(λ+ε) = {gain:.3g} (ε = {fit.eps:g} limits this)."
            )
    return notes


def analyse(
    points: ArrayLike,
    train: ArrayLike,
    test: ArrayLike,
    *,
    divisor: Divisor = "N",
    eps: float = 1e-5,
    whitening: str = "PCA",
    standardise_first: bool = False,
    k: int = 1,
) -> PcaAnalysis:
    """Fit on ``points[train]`` and carry every point through the chain.

    Parameters
    ----------
    points
        ``(N, 2)`` finite data.
    train, test
        Index arrays; statistics come from ``train`` only and are applied to all points.
    divisor, eps
        Covariance divisor and whitening regulariser (see :mod:`lab.pca.pipeline`).
    whitening
        ``"PCA"`` or ``"ZCA"`` for the last stage.
    standardise_first
        Divide each axis by its training std before PCA (PCA of the correlation matrix).
    k
        Components kept by the top-k projection (1 or 2).
    """
    x = as_points(points)
    if x.shape[1] != 2:
        raise ValueError(f"the explorer shows 2-D data, got {x.shape[1]} columns")
    if whitening not in WHITENINGS:
        raise ValueError(f"whitening must be 'PCA' or 'ZCA', got {whitening!r}")
    tr = np.asarray(train, dtype=np.intp)
    te = np.asarray(test, dtype=np.intp)
    if tr.size < 3:
        raise ValueError(f"need at least 3 training points, got {tr.size}")
    mu, cov0 = mean_cov(x[tr], divisor)
    scale = np.sqrt(np.diag(cov0)) if standardise_first else np.ones(2)
    scale = np.where(scale > 0, scale, 1.0)
    # PCA input: training-centred (and maybe standardised) data; its training mean is 0.
    cov_y = cov0 / np.outer(scale, scale)
    fit = fit_from_moments(np.zeros(2), cov_y, divisor=divisor, eps=eps, n=tr.size)  # type: ignore[arg-type]
    yc = subtract_row(x, mu)
    if standardise_first:
        yc /= scale
    w = whitening_matrix(fit, whitening)  # type: ignore[arg-type]
    maps = (np.diag(scale), np.eye(2), fit.eigenvectors, w)
    stage_defs = [
        ("original", "Original", x),
        ("standardised" if standardise_first else "centred",
         "Centred ÷ std" if standardise_first else "Zero-centred", yc),
        ("decorrelated", "Decorrelated (X·U)", yc @ fit.eigenvectors),
        (f"{whitening.lower()}_whitened", f"{whitening}-whitened", yc @ w),
    ]
    root = np.sqrt(fit.eigenvalues)
    stages = []
    for j, ((name, title, pts), m) in enumerate(zip(stage_defs, maps, strict=True)):
        if j == 0:
            mean, cov = mu, cov0
        else:  # stage = (x − μ)·A with A = diag(1/σ)·M: its training mean and covariance follow exactly
            a = m / scale[:, None]
            mean, cov = np.zeros(2), a.T @ cov0 @ a
            cov = 0.5 * (cov + cov.T)
        lam, _ = eigh_sorted(cov)
        stages.append(Stage(name=name, title=title, points=pts, mean=mean, cov=cov,
                            eigenvalues=lam, axes=(root[:, None] * fit.eigenvectors.T) @ m))
    kk = int(k)
    notes = _notes(fit)
    return PcaAnalysis(points=x, train=tr, test=te, fit=fit, scale=scale, whitening=whitening,
                       stages=tuple(stages), k=kk, train_mean=mu,
                       retained=retained_variance(fit.eigenvalues, kk), notes=tuple(notes))


def _orthogonal_path(u: Array, f: float) -> Array:
    """A smooth path of 2×2 matrices from I (f = 0) to the orthogonal ``u`` (f = 1)."""
    det = float(np.linalg.det(u))
    if det > 0:  # a rotation: turn by f·θ
        theta = math.atan2(u[1, 0], u[0, 0])
        c, s = math.cos(f * theta), math.sin(f * theta)
        return np.array([[c, -s], [s, c]])
    # a reflection u = Rot(θ)·diag(1, −1): turn by f·θ and squash the flipped axis through 0
    theta = math.atan2(u[1, 0], u[0, 0])
    c, s = math.cos(f * theta), math.sin(f * theta)
    return np.array([[c, -s], [s, c]]) @ np.diag([1.0, 1.0 - 2.0 * f])


def interpolate_stage(result: PcaAnalysis, t: float) -> Array:
    """Points at a fractional stage ``t ∈ [0, 3]``, moving smoothly between the four stages.

    0 → 1 translates (and scales when standardising), 1 → 2 turns by the eigenvector rotation,
    2 → 3 stretches each principal axis (and turns back for ZCA).  Integer ``t`` gives exactly
    the stage's points.
    """
    if not math.isfinite(t):
        raise ValueError(f"stage must be a finite number, got {t}")
    t = min(max(float(t), 0.0), float(N_STAGES - 1))
    i = min(int(math.floor(t)), N_STAGES - 2)
    f = t - i
    if f == 0.0:
        return result.stages[i].points
    if f == 1.0:
        return result.stages[i + 1].points
    if i == 0:
        a, b = result.stages[0].points, result.stages[1].points
        return (1.0 - f) * a + f * b
    yc = result.stages[1].points
    u = result.fit.eigenvectors
    if i == 1:
        return yc @ _orthogonal_path(u, f)
    dec = result.stages[2].points
    stretch = dec * ((1.0 - f) + f * result.fit.whitening_scales)
    if result.whitening == "PCA":
        return stretch
    return stretch @ _orthogonal_path(u.T, f)
