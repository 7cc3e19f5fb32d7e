"""Special functions used across the lab, with SciPy imported only on first use.

``scipy.special`` takes ≈0.2 s to import, which would double the app's start-up; the logistic
function is needed for the very first curves, so it is computed here in NumPy instead.
"""

from __future__ import annotations

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


def ndtr(x: ArrayLike) -> Any:
    """Standard normal CDF Φ(x) (``scipy.special.ndtr``)."""
    from scipy.special import ndtr as _ndtr

    return _ndtr(x)


def log_ndtr(x: ArrayLike) -> Any:
    """log Φ(x), accurate far into the lower tail (``scipy.special.log_ndtr``)."""
    from scipy.special import log_ndtr as _log_ndtr

    return _log_ndtr(x)
