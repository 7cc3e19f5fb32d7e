"""The PCA/whitening chain as pure functions: centre, covariance, eigen-decomposition, whiten, top-k.

Conventions (stated once, used everywhere in the lab):

* Data are rows: ``X`` has shape ``(N, d)``; a point is a row vector, so a linear map is
  applied as ``X @ A``.
* The covariance divides by ``N`` by default (``Σ = XᶜᵀXᶜ / N``, as in the lecture);
  ``divisor="N-1"`` gives the unbiased estimate that NumPy's ``np.cov`` and scikit-learn use.
  The two differ by the factor ``(N − 1) / N``.
* Eigenvalues are sorted in descending order; each eigenvector's sign is fixed so that its
  component of largest magnitude is positive (the first such component on a tie), which makes
  every result reproducible across platforms and LAPACK builds.
* Whitening divides by ``√(λ + ε)``.  When ``λ + ε`` is ~0 (a direction without variance and
  ``ε = 0``) the divisor is floored at a tiny positive value relative to the largest
  eigenvalue, so the output stays finite; :attr:`PcaFit.flat_directions` reports such axes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

import numpy as np
from numpy.typing import ArrayLike, NDArray

Divisor: TypeAlias = Literal["N", "N-1"]
DIVISORS: tuple[str, ...] = ("N", "N-1")

#: An eigenvalue at or below ``FLAT_REL · λ_max`` (or exactly 0) counts as "no variance".
FLAT_REL = 1e-10
#: Smallest whitening divisor ``λ + ε`` relative to ``λ_max`` (keeps ``ε = 0`` finite).
FLOOR_REL = 1e-12

Array = NDArray[np.float64]


def as_points(x: ArrayLike, *, min_rows: int = 3) -> Array:
    """Return ``x`` as a finite float64 array of shape ``(N, d)`` or raise ``ValueError``.

    Parameters
    ----------
    x
        The data, one point per row.
    min_rows
        The fewest points accepted (3: two points always lie on a line).
    """
    arr = np.asarray(x, dtype=np.float64)
    if arr.ndim != 2 or arr.shape[1] < 1:
        raise ValueError(f"expected points as an (N, d) array, got shape {arr.shape}")
    if arr.shape[0] < min_rows:
        raise ValueError(f"need at least {min_rows} points, got {arr.shape[0]}")
    bad = ~np.isfinite(arr)
    if bad.any():
        rows = np.flatnonzero(bad.any(axis=1))
        raise ValueError(
            f"{rows.size} point(s) contain NaN or infinity (first at row {int(rows[0])}); "
            "remove them before PCA"
        )
    return arr


def _check_divisor(divisor: str) -> None:
    if divisor not in DIVISORS:
        raise ValueError(f"divisor must be 'N' or 'N-1', got {divisor!r}")


def centre(x: ArrayLike, mean: ArrayLike | None = None) -> tuple[Array, Array]:
    """Subtract the mean (the training mean when ``mean`` is given); return ``(X − μ, μ)``."""
    arr = np.asarray(x, dtype=np.float64)
    mu = arr.mean(axis=0) if mean is None else np.asarray(mean, dtype=np.float64)
    return arr - mu, mu


_CHUNK = 65_536


def subtract_row(x: Array, row: Array, out: Array | None = None) -> Array:
    """``x − row`` for an ``(N, d)`` array, fast for narrow data.

    NumPy broadcasts a length-2 row with an inner loop of length 2, which is ~10× slower than
    subtracting a scalar from each (strided) column; wide data use the broadcast.
    """
    if out is None:
        out = np.empty(x.shape)
    if x.shape[1] <= 4:
        for j in range(x.shape[1]):
            np.subtract(x[:, j], row[j], out=out[:, j])
    else:
        np.subtract(x, row, out=out)
    return out


def _moments(arr: Array) -> tuple[Array, Array]:
    """Mean and centred scatter matrix ``Σᵢ (xᵢ − μ)(xᵢ − μ)ᵀ`` in one cache-friendly pass.

    The "shifted data" algorithm: rows are centred on the mean of the first chunk ``k``, so
    the scatter is ``G − s sᵀ / N`` with ``G = Σ (x − k)(x − k)ᵀ`` and ``s = Σ (x − k)``; the
    shift keeps the cancellation small even for data far from the origin (hPa, say).
    """
    n, d = arr.shape
    m = min(n, _CHUNK)
    ones = np.ones(m)
    k = (ones @ arr[:m]) / m  # BLAS; NumPy's axis-0 mean of an (N, 2) array is ~30× slower
    gram = np.zeros((d, d))
    sums = np.zeros(d)
    buf = np.empty((m, d))
    for start in range(0, n, _CHUNK):
        block = arr[start : start + _CHUNK]
        c = buf[: block.shape[0]]
        subtract_row(block, k, out=c)
        gram += c.T @ c
        sums += ones[: block.shape[0]] @ c
    mean = k + sums / n
    scatter = gram - np.outer(sums, sums) / n
    return mean, 0.5 * (scatter + scatter.T)


def _finite_moments(arr: Array) -> tuple[Array, Array]:
    """:func:`_moments`, with NaN/infinity in the data or an overflow named (no RuntimeWarning)."""
    with np.errstate(invalid="ignore", over="ignore"):  # NaN/inf are caught just below
        mean, scatter = _moments(arr)
    if not (np.all(np.isfinite(mean)) and np.all(np.isfinite(scatter))):
        as_points(arr, min_rows=0)  # NaN/inf somewhere: say where (or, if only the sums overflowed, go on)
        raise ValueError("the data are too large to square without overflow; rescale them")
    return mean, scatter


def covariance(x: ArrayLike, divisor: Divisor = "N") -> Array:
    """Covariance of the rows of ``x`` about their own mean.

    Parameters
    ----------
    x
        ``(N, d)`` data.
    divisor
        ``"N"`` (default, the lecture's ``XᵀX/N``) or ``"N-1"`` (unbiased, like ``np.cov``).

    Returns
    -------
    The symmetric ``(d, d)`` covariance matrix.
    """
    _check_divisor(divisor)
    arr = np.asarray(x, dtype=np.float64)
    if arr.ndim != 2:
        raise ValueError(f"expected an (N, d) array, got shape {arr.shape}")
    n = arr.shape[0]
    denom = n if divisor == "N" else n - 1
    if denom <= 0:
        raise ValueError(f"need at least {2 if divisor == 'N-1' else 1} points for a covariance, got {n}")
    return _finite_moments(arr)[1] / denom


def mean_cov(x: ArrayLike, divisor: Divisor = "N") -> tuple[Array, Array]:
    """Mean and covariance of the rows of ``x`` in one pass (see :func:`covariance`)."""
    _check_divisor(divisor)
    arr = np.asarray(x, dtype=np.float64)
    n = arr.shape[0]
    if arr.ndim != 2 or n < 2:
        raise ValueError(f"expected an (N, d) array with N ≥ 2, got shape {arr.shape}")
    mean, scatter = _finite_moments(arr)
    return mean, scatter / (n if divisor == "N" else n - 1)


def fix_signs(vectors: ArrayLike) -> Array:
    """Flip each column so that its largest-magnitude component is positive."""
    v = np.array(vectors, dtype=np.float64, copy=True)
    idx = np.argmax(np.abs(v), axis=0)
    signs = np.sign(v[idx, np.arange(v.shape[1])])
    signs[signs == 0] = 1.0
    return v * signs


def eigh_sorted(cov: ArrayLike) -> tuple[Array, Array]:
    """Eigen-decompose a symmetric matrix: eigenvalues descending, deterministic signs.

    Returns
    -------
    eigenvalues
        Shape ``(d,)``, descending; rounding noise below zero is clipped to 0.
    eigenvectors
        Shape ``(d, d)``; column ``i`` belongs to ``eigenvalues[i]`` (``Σ = U Λ Uᵀ``).
    """
    c = np.asarray(cov, dtype=np.float64)
    if c.ndim != 2 or c.shape[0] != c.shape[1]:
        raise ValueError(f"expected a square matrix, got shape {c.shape}")
    if not np.all(np.isfinite(c)):
        raise ValueError("covariance contains NaN or infinity")
    vals, vecs = np.linalg.eigh(0.5 * (c + c.T))
    order = np.argsort(vals)[::-1]
    vals = np.clip(vals[order], 0.0, None)
    return vals, fix_signs(vecs[:, order])


def axis_angle_deg(vector: ArrayLike) -> float:
    """Angle of a 2-D direction from the +x axis in degrees, folded into (−90°, 90°]."""
    v = np.asarray(vector, dtype=np.float64)
    angle = float(np.degrees(np.arctan2(v[1], v[0])))
    if angle > 90.0:
        angle -= 180.0
    elif angle <= -90.0:
        angle += 180.0
    return angle


@dataclass(frozen=True, eq=False)
class PcaFit:
    """Statistics learned from (training) data; apply them to any data with the functions below."""

    mean: Array
    cov: Array
    eigenvalues: Array
    eigenvectors: Array
    eps: float
    divisor: str
    n: int

    @property
    def denominators(self) -> Array:
        """``√(λ + ε)``, floored so that it is never 0."""
        lam_max = float(self.eigenvalues[0]) if self.eigenvalues.size else 0.0
        floor = FLOOR_REL * lam_max if lam_max > 0 else np.finfo(np.float64).tiny
        return np.sqrt(np.maximum(self.eigenvalues + self.eps, floor))

    @property
    def whitening_scales(self) -> Array:
        """The per-axis factors ``1/√(λ + ε)`` of PCA whitening."""
        return 1.0 / self.denominators

    @property
    def flat_directions(self) -> tuple[int, ...]:
        """Indices of principal axes with ~0 variance (``λ ≤ 1e-10 · λ_max``)."""
        lam = self.eigenvalues
        lam_max = float(lam[0]) if lam.size else 0.0
        return tuple(int(i) for i in np.flatnonzero(lam <= FLAT_REL * lam_max))

    @property
    def first_axis_deg(self) -> float:
        """Angle of the first principal axis (2-D data), degrees from +x."""
        return axis_angle_deg(self.eigenvectors[:, 0])


def fit_pca(x: ArrayLike, *, divisor: Divisor = "N", eps: float = 0.0) -> PcaFit:
    """Learn mean, covariance and its sorted eigen-decomposition from ``x``.

    Parameters
    ----------
    x
        ``(N, d)`` training data, N ≥ 3, finite.
    divisor
        Covariance divisor, ``"N"`` (default) or ``"N-1"``.
    eps
        Whitening regulariser ``ε ≥ 0`` (stored; used by :func:`whiten_pca`/:func:`whiten_zca`).
    """
    _check_divisor(divisor)
    if not np.isfinite(eps) or eps < 0:
        raise ValueError(f"eps must be a finite number ≥ 0, got {eps!r}")
    arr = np.asarray(x, dtype=np.float64)
    if arr.ndim != 2 or arr.shape[0] < 3:
        as_points(arr)  # raises the precise error
    mean, scatter = _finite_moments(arr)
    cov = scatter / (arr.shape[0] if divisor == "N" else arr.shape[0] - 1)
    return fit_from_moments(mean, cov, divisor=divisor, eps=eps, n=arr.shape[0])


def fit_from_moments(mean: ArrayLike, cov: ArrayLike, *, divisor: Divisor = "N", eps: float = 0.0,
                     n: int = 0) -> PcaFit:
    """A :class:`PcaFit` from an already known mean and covariance (no pass over data)."""
    _check_divisor(divisor)
    if not np.isfinite(eps) or eps < 0:
        raise ValueError(f"eps must be a finite number ≥ 0, got {eps!r}")
    c = np.asarray(cov, dtype=np.float64)
    vals, vecs = eigh_sorted(c)
    return PcaFit(mean=np.asarray(mean, dtype=np.float64), cov=c, eigenvalues=vals, eigenvectors=vecs,
                  eps=float(eps), divisor=divisor, n=int(n))


def decorrelate(x: ArrayLike, fit: PcaFit) -> Array:
    """Rotate centred data onto the principal axes: ``(X − μ) U`` (covariance becomes Λ)."""
    return (np.asarray(x, dtype=np.float64) - fit.mean) @ fit.eigenvectors


def _affine(x: ArrayLike, fit: PcaFit, w: Array) -> Array:
    # X·W − μ·W: one pass over the data and no centred copy
    w = np.ascontiguousarray(w)
    out = np.asarray(x, dtype=np.float64) @ w
    return subtract_row(out, fit.mean @ w, out=out)


def whiten_pca(x: ArrayLike, fit: PcaFit) -> Array:
    """PCA whitening ``(X − μ) U / √(Λ + ε)``: identity covariance when ε = 0."""
    return _affine(x, fit, fit.eigenvectors * fit.whitening_scales)


def whiten_zca(x: ArrayLike, fit: PcaFit) -> Array:
    """ZCA whitening ``(X − μ) U diag(1/√(Λ + ε)) Uᵀ``: PCA whitening rotated back."""
    return _affine(x, fit, (fit.eigenvectors * fit.whitening_scales) @ fit.eigenvectors.T)


def whitening_matrix(fit: PcaFit, method: Literal["PCA", "ZCA"] = "PCA") -> Array:
    """The matrix ``W`` with whitened ``= (X − μ) W``."""
    w = fit.eigenvectors * fit.whitening_scales
    if method == "PCA":
        return w
    if method == "ZCA":
        return w @ fit.eigenvectors.T
    raise ValueError(f"method must be 'PCA' or 'ZCA', got {method!r}")


def standardise(
    x: ArrayLike, mean: ArrayLike | None = None, std: ArrayLike | None = None, divisor: Divisor = "N"
) -> tuple[Array, Array, Array]:
    """Per-dimension standardisation ``(X − μ) / σ`` (no rotation: correlations remain).

    ``mean``/``std`` default to the statistics of ``x`` itself (pass the training ones to
    transform test data).  A dimension with zero spread is divided by 1 instead of 0.

    Returns
    -------
    ``(Z, μ, σ)`` where σ is the divisor actually used.
    """
    arr = np.asarray(x, dtype=np.float64)
    mu = arr.mean(axis=0) if mean is None else np.asarray(mean, dtype=np.float64)
    if std is None:
        sd = np.sqrt(np.diag(covariance(arr, divisor)))
    else:
        sd = np.asarray(std, dtype=np.float64)
    sd = np.where(sd > 0, sd, 1.0)
    return (arr - mu) / sd, mu, sd


def project_topk(x: ArrayLike, fit: PcaFit, k: int) -> Array:
    """Scores on the top ``k`` principal axes: ``(X − μ) U[:, :k]``."""
    d = fit.eigenvectors.shape[0]
    if not 1 <= k <= d:
        raise ValueError(f"k must be between 1 and {d}, got {k}")
    return (np.asarray(x, dtype=np.float64) - fit.mean) @ fit.eigenvectors[:, :k]


def reconstruct(scores: ArrayLike, fit: PcaFit) -> Array:
    """Map top-k scores back to the input space: ``scores U[:, :k]ᵀ + μ``."""
    s = np.asarray(scores, dtype=np.float64)
    k = s.shape[1]
    return s @ fit.eigenvectors[:, :k].T + fit.mean


def cumulative_retained(eigenvalues: ArrayLike) -> Array:
    """Fraction of the total variance kept by the top 1, 2, …, d components (0 if no variance)."""
    lam = np.clip(np.asarray(eigenvalues, dtype=np.float64), 0.0, None)
    total = float(lam.sum())
    if total <= 0:
        return np.zeros_like(lam)
    return np.minimum(np.cumsum(lam) / total, 1.0)


def retained_variance(eigenvalues: ArrayLike, k: int) -> float:
    """Fraction of the total variance kept by the top ``k`` components."""
    cum = cumulative_retained(eigenvalues)
    if not 1 <= k <= cum.size:
        raise ValueError(f"k must be between 1 and {cum.size}, got {k}")
    return float(cum[k - 1])


def components_for(eigenvalues: ArrayLike, fraction: float) -> int:
    """The smallest ``k`` whose top-k components keep at least ``fraction`` of the variance."""
    if not 0 < fraction <= 1:
        raise ValueError(f"fraction must be in (0, 1], got {fraction}")
    cum = cumulative_retained(eigenvalues)
    if cum.size == 0 or cum[-1] <= 0:
        return 0
    return int(np.searchsorted(cum, fraction - 1e-12) + 1)
