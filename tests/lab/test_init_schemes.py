"""Initialization schemes: the variances of Glorot, He and LeCun, gains, orthogonality."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lab.init.schemes import SCHEMES, SchemeSettings, init_weights, kaiming_gain, orthogonalize, weight_std


def test_weight_std_formulas_from_the_papers():
    assert weight_std("xavier", 500, 500) == pytest.approx(1 / math.sqrt(500))
    assert weight_std("glorot_normal", 300, 100) == pytest.approx(math.sqrt(2 / 400))
    assert weight_std("glorot_uniform", 300, 100) == pytest.approx(math.sqrt(2 / 400))
    assert weight_std("kaiming_normal", 500, 10, activation="relu") == pytest.approx(math.sqrt(2 / 500))
    s = SchemeSettings(slope=0.2)
    assert weight_std("kaiming_normal", 500, 10, activation="leaky_relu", settings=s) == pytest.approx(
        math.sqrt(2 / (1 + 0.04) / 500)
    )
    assert weight_std("small_gaussian", 5, 5) == 0.01
    assert weight_std("large_gaussian", 5, 5, settings=SchemeSettings(sigma_large=1.0)) == 1.0
    assert weight_std("orthogonal", 64, 64) == pytest.approx(1 / 8)
    assert weight_std("zeros", 5, 5) == 0.0


def test_pytorch_gains():
    assert kaiming_gain("relu", 0.01) == pytest.approx(math.sqrt(2))
    assert kaiming_gain("leaky_relu", 0.01) == pytest.approx(math.sqrt(2 / (1 + 0.01**2)))
    assert kaiming_gain("tanh", 0.3) == pytest.approx(math.sqrt(2))  # the slope only matters for Leaky ReLU


@pytest.mark.parametrize("scheme", ["xavier", "glorot_normal", "glorot_uniform", "kaiming_normal", "kaiming_uniform"])
def test_sampled_variance_matches_formula(scheme):
    rng = np.random.default_rng(1)
    w = init_weights(scheme, 400, 300, rng, activation="relu")
    assert w.dtype == np.float32 and w.shape == (400, 300)
    expected = weight_std(scheme, 400, 300, activation="relu")
    assert float(w.std()) == pytest.approx(expected, rel=0.01)
    assert abs(float(w.mean())) < 0.01 * expected


def test_uniform_bound_is_sqrt3_std():
    w = init_weights("kaiming_uniform", 300, 300, np.random.default_rng(2))
    bound = math.sqrt(3) * math.sqrt(2 / 300)  # = √(6/d_in)
    assert float(np.abs(w).max()) <= bound * (1 + 1e-6)
    assert float(np.abs(w).max()) > 0.99 * bound


def test_orthogonal_has_orthonormal_columns_and_rows():
    rng = np.random.default_rng(3)
    q = orthogonalize(rng.standard_normal((50, 20)))
    assert np.allclose(q.T @ q, np.eye(20), atol=1e-5)
    wide = orthogonalize(rng.standard_normal((20, 50)))
    assert np.allclose(wide @ wide.T, np.eye(20), atol=1e-5)


def test_constant_and_zeros():
    w = init_weights("constant", 4, 3, np.random.default_rng(0), settings=SchemeSettings(const_value=0.25))
    assert np.all(w == np.float32(0.25))
    assert not init_weights("zeros", 4, 3, np.random.default_rng(0)).any()


def test_bad_names_raise():
    with pytest.raises(ValueError, match="unknown init scheme"):
        weight_std("he", 3, 3)
    with pytest.raises(ValueError, match="fan-in"):
        weight_std("xavier", 0, 3)
    assert len(set(SCHEMES)) == len(SCHEMES) == 10


def test_scaled_schemes_write_into_a_given_buffer():
    from lab.init.schemes import scheme_weights

    base = np.random.default_rng(3).standard_normal((20, 20)).astype(np.float32)
    settings = SchemeSettings()
    fresh = scheme_weights("xavier", base, None, (20, 20), 20, 20, activation="tanh", settings=settings)
    out = np.full((20, 20), np.nan, dtype=np.float32)
    got = scheme_weights("xavier", base, None, (20, 20), 20, 20, activation="tanh", settings=settings, out=out)
    assert got is out
    assert np.array_equal(out, fresh)
    assert float(out[0, 0]) == pytest.approx(float(base[0, 0]) / math.sqrt(20), rel=1e-6)  # N(0, 1/d_in)
