"""The lecture's worked example as a data source: points whose covariance is exactly Σ = [[3, 1.5], [1.5, 1]].

Gaussian draws are centred and whitened with their own Cholesky factor (sample covariance
exactly I, dividing by N), then coloured with the Cholesky factor of Σ and shifted to the mean:
the sample mean and the ÷N covariance of all the points equal the targets up to rounding.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

#: The source name of the worked example (``PcaParams.source``).
WORKED = "worked"
#: The lecture's covariance (LECTURE.md §2, worked check).
WORKED_COV: NDArray[np.float64] = np.array([[3.0, 1.5], [1.5, 1.0]])


def exact_covariance_points(n: int, rng: np.random.Generator, cov: ArrayLike = WORKED_COV,
                            mean: ArrayLike = (0.0, 0.0)) -> NDArray[np.float64]:
    """``n`` points in 2-D whose sample mean is ``mean`` and whose ÷N covariance is ``cov``.

    ``cov`` must be symmetric positive definite and ``n ≥ 3``; ``ValueError`` otherwise.
    """
    c = np.asarray(cov, dtype=np.float64)
    m = np.asarray(mean, dtype=np.float64)
    if c.shape != (2, 2) or m.shape != (2,) or not (np.isfinite(c).all() and np.isfinite(m).all()):
        raise ValueError("cov must be a finite 2×2 matrix and mean a finite 2-vector")
    if not np.allclose(c, c.T) or np.linalg.eigvalsh(c)[0] <= 0:
        raise ValueError(f"cov must be symmetric positive definite, got {c.tolist()}")
    if n < 3:
        raise ValueError(f"need at least 3 points, got {n}")
    z = rng.standard_normal((n, 2))
    z -= z.mean(axis=0)
    own = np.linalg.cholesky(z.T @ z / n)
    white = np.linalg.solve(own, z.T).T  # covariance exactly I (÷N)
    return white @ np.linalg.cholesky(c).T + m
