"""Special functions used across the lab, with SciPy imported only on first use.

``scipy.special`` takes ≈0.2 s to import, which would double the app's start-up; the logistic
function is needed for the very first curves, so it is computed here in NumPy instead.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import ArrayLike


def expit(x: ArrayLike) -> Any:
    """The logistic function 1 / (1 + e^−x), overflow-free, keeping float32 as float32.

    Uses e^−|x| ∈ (0, 1]: 1 / (1 + e) for x ≥ 0 and e / (1 + e) for x < 0, so no
    intermediate overflows and both tails keep full relative precision.
    """
    arr = np.asarray(x)
    if not np.issubdtype(arr.dtype, np.floating):
        arr = arr.astype(np.float64)
    e = np.exp(-np.abs(arr))
    one = arr.dtype.type(1)
    out = np.where(arr >= 0, one / (one + e), e / (one + e))
    return out if out.ndim else out[()]


#: Inputs up to this many elements are evaluated with ``math.erfc`` (no SciPy import):
#: the statistics of the first frame need only a handful of Φ values.
_SMALL = 512
_SQRT1_2 = 0.7071067811865476


def _small(x: ArrayLike) -> np.ndarray | None:
    arr = np.asarray(x)
    if arr.size > _SMALL or not (np.issubdtype(arr.dtype, np.floating) or np.issubdtype(arr.dtype, np.integer)):
        return None
    return arr


def _shaped(arr: np.ndarray, values: list[float]) -> Any:
    """``values`` (one per element of ``arr``) in ``arr``'s shape and float dtype; 0-d gives a scalar."""
    dtype = arr.dtype if np.issubdtype(arr.dtype, np.floating) else np.dtype(np.float64)
    out = np.array(values, dtype=np.float64).reshape(arr.shape).astype(dtype)
    return out if out.ndim else out[()]


def _phi(v: float) -> float:
    return 0.5 * math.erfc(-v * _SQRT1_2) if v == v else math.nan


def _log_phi(v: float) -> float | None:
    if v != v:
        return math.nan
    if v < -30.0:  # erfc underflows far in the lower tail: SciPy's asymptotic series
        return None
    return math.log(0.5 * math.erfc(-v * _SQRT1_2))


def ndtr(x: ArrayLike) -> Any:
    """Standard normal CDF Φ(x) = ½ erfc(−x/√2) (``scipy.special.ndtr`` for large arrays)."""
    arr = _small(x)
    if arr is not None:
        return _shaped(arr, [_phi(float(v)) for v in arr.ravel()])
    from scipy.special import ndtr as _ndtr

    return _ndtr(x)


def log_ndtr(x: ArrayLike) -> Any:
    """log Φ(x), accurate far into the lower tail (``scipy.special.log_ndtr`` there)."""
    arr = _small(x)
    if arr is not None:
        values = [_log_phi(float(v)) for v in arr.ravel()]
        if all(v is not None for v in values):
            return _shaped(arr, values)
    from scipy.special import log_ndtr as _log_ndtr

    return _log_ndtr(x)
