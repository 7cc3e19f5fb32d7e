"""lab.special: the NumPy logistic function against closed forms and an independent implementation."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from lab.special import expit, log_ndtr, ndtr


def test_closed_form_values():
    assert expit(0.0) == 0.5
    assert expit(math.log(3.0)) == pytest.approx(0.75, rel=1e-15)
    assert expit(-math.log(3.0)) == pytest.approx(0.25, rel=1e-15)
    x = np.linspace(-30, 30, 601)
    assert np.abs(expit(x) + expit(-x) - 1.0).max() <= 2.3e-16  # one ulp of 1


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_matches_math_exp_and_keeps_dtype_without_warnings(dtype):
    x = np.concatenate([np.linspace(-700, 700, 14001), [1e6, -1e6, np.inf, -np.inf]]).astype(dtype)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y = expit(x)
    assert y.dtype == dtype and np.all(np.isfinite(y))
    assert y[-4] == 1 and y[-3] == 0 and y[-2] == 1 and y[-1] == 0
    # reference in float64 with math.exp on the side that cannot overflow
    ref = np.array([1 / (1 + math.exp(-v)) if v >= 0 else math.exp(v) / (1 + math.exp(v)) for v in x[:-4].astype(float)])
    tiny = np.finfo(dtype).tiny
    keep = ref > tiny
    rel = np.abs(y[:-4][keep].astype(float) - ref[keep]) / ref[keep]
    assert rel.max() < 8 * np.finfo(dtype).eps


def test_normal_cdf_values():
    assert ndtr(0.0) == 0.5
    assert float(ndtr(1.959963984540054)) == pytest.approx(0.975, rel=1e-15)
    assert float(log_ndtr(-40.0)) == pytest.approx(-804.6084420137538, rel=1e-12)


def test_small_inputs_agree_with_scipy_to_the_last_digits():
    from scipy import special

    x = np.concatenate([np.linspace(-37, 8, 400), [0.0, -1e-300, np.nan]])
    for ours, ref in ((ndtr, special.ndtr), (log_ndtr, special.log_ndtr)):
        got, want = ours(x), ref(x)
        assert np.array_equal(np.isnan(got), np.isnan(want))
        ok = ~np.isnan(want)
        assert np.allclose(got[ok], want[ok], rtol=1e-13, atol=0)
    assert float(log_ndtr(-100.0)) == pytest.approx(float(special.log_ndtr(-100.0)), rel=1e-14)  # SciPy path
    assert ndtr(np.float32(0.5)).dtype == np.float32
    assert np.asarray(ndtr(np.zeros(2000))).tolist() == [0.5] * 2000  # large arrays: SciPy path
