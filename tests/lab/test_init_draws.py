"""Seeded draws: the Box–Muller sampler against the normal law, block streams, the seed cache."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lab.init import draws


@pytest.fixture(autouse=True)
def fresh_cache():
    draws.clear_cache()
    yield
    draws.clear_cache()


def normal_cdf(x: np.ndarray) -> np.ndarray:
    return np.array([0.5 * math.erfc(-v / math.sqrt(2.0)) for v in x])


def test_box_muller_matches_the_normal_law():
    n = 1 << 20
    z = draws.standard_normal(11, draws.STREAM_NORMAL, 1, (n,)).astype(np.float64)
    assert z.dtype == np.float64 and np.isfinite(z).all()
    # Kolmogorov–Smirnov distance to Φ (computed with math.erfc) on a 20 000-value sample of
    # the sorted draws: the 1 % critical value is 1.63/√m.
    sample = np.sort(z[:: n // 20_000])[:20_000]
    m = sample.size
    cdf = normal_cdf(sample)
    d = max(np.max(np.arange(1, m + 1) / m - cdf), np.max(cdf - np.arange(m) / m))
    assert d < 1.63 / math.sqrt(m)
    # Moments of N(0, 1): mean 0, variance 1, kurtosis 3 (standard errors 1/√n, √2/√n, √24/√n).
    assert abs(z.mean()) < 5 / math.sqrt(n)
    assert abs(z.var() - 1.0) < 5 * math.sqrt(2 / n)
    assert abs(np.mean(z**4) / z.var() ** 2 - 3.0) < 5 * math.sqrt(24 / n)
    # tails: P(|z| > 3) = 2·(1 − Φ(3)) = 0.0026998
    assert np.mean(np.abs(z) > 3) == pytest.approx(0.0026998, rel=0.05)
    assert np.abs(z).max() <= draws.NORMAL_BOUND


def test_cos_and_sin_halves_are_independent():
    half = draws.BLOCK // 2
    z = draws.standard_normal(3, draws.STREAM_INPUT, 0, (draws.BLOCK,)).astype(np.float64)
    a, b = z[:half], z[half:]  # one block: r cos θ, then r sin θ of the same pairs
    limit = 5 / math.sqrt(half)
    assert abs(np.corrcoef(a, b)[0, 1]) < limit
    assert abs(np.corrcoef(a * a, b * b)[0, 1]) < limit  # uncorrelated squares: not just uncorrelated


def test_odd_sizes_and_shapes():
    for shape in [(1,), (7,), (3, 5), (draws.BLOCK + 1,), (2, draws.BLOCK // 2 + 3)]:
        z = draws.standard_normal(0, draws.STREAM_NORMAL, 2, shape)
        assert z.shape == shape and z.dtype == np.float32 and np.isfinite(z).all()
        assert not z.flags.writeable


def test_draws_do_not_depend_on_threads_or_batching(monkeypatch):
    shape = (3 * draws.BLOCK + 17,)
    monkeypatch.setattr(draws, "PARALLEL_MIN", 1 << 40)
    serial = draws.standard_normal(5, draws.STREAM_NORMAL, 4, shape).copy()
    draws.clear_cache()
    monkeypatch.setattr(draws, "PARALLEL_MIN", 1)
    parallel = draws.standard_normal(5, draws.STREAM_NORMAL, 4, shape)
    assert np.array_equal(serial, parallel)
    draws.clear_cache()
    requests = [(5, draws.STREAM_INPUT, 0, (40, 30)), (5, draws.STREAM_NORMAL, 4, shape)]
    assert draws.prefetch_normals(requests) == 2
    assert draws.prefetch_normals(requests) == 0  # all cached now
    assert np.array_equal(draws.standard_normal(5, draws.STREAM_NORMAL, 4, shape), serial)


def test_streams_and_layers_differ():
    a = draws.standard_normal(1, draws.STREAM_NORMAL, 1, (100,))
    b = draws.standard_normal(1, draws.STREAM_NORMAL, 2, (100,))
    c = draws.standard_normal(1, draws.STREAM_UPSTREAM, 1, (100,))
    d = draws.standard_normal(2, draws.STREAM_NORMAL, 1, (100,))
    for other in (b, c, d):
        assert not np.array_equal(a, other)


def test_only_the_last_two_seeds_are_kept_and_their_memory_is_reused():
    shape = (64, 64)
    draws.retain(1)
    address = draws.standard_normal(1, draws.STREAM_NORMAL, 1, shape).__array_interface__["data"][0]
    draws.retain(2)
    kept = draws.standard_normal(2, draws.STREAM_NORMAL, 1, shape)
    draws.retain(3)  # forgets seed 1, whose array nothing holds any more
    assert draws.standard_normal(2, draws.STREAM_NORMAL, 1, shape) is kept  # seed 2 is still cached
    reused = draws.empty(shape)
    assert reused.__array_interface__["data"][0] == address
    assert reused.flags.writeable


def test_an_array_still_in_use_is_never_reused():
    shape = (64, 64)
    draws.retain(1)
    held = draws.standard_normal(1, draws.STREAM_NORMAL, 1, shape)
    before = held.copy()
    draws.retain(2)
    draws.retain(3)  # forgets seed 1, but the caller still holds its array
    for layer in range(1, 4):
        draws.standard_normal(3, draws.STREAM_NORMAL, layer, shape)
    assert np.array_equal(held, before)
    assert draws.empty(shape).__array_interface__["data"][0] != held.__array_interface__["data"][0]


def test_box_muller_pairs_share_their_radius():
    """r cos θ and r sin θ of one pair: (cos part)² + (sin part)² = r² = −2 ln(1 − u₁)."""
    rng = draws.stream_rng(9, draws.STREAM_NORMAL, 0)
    u = draws.stream_rng(9, draws.STREAM_NORMAL, 0).random(8, dtype=np.float32)
    out = np.empty(8, dtype=np.float32)
    draws.box_muller(rng, out)
    r2 = -2.0 * np.log(1.0 - u[:4].astype(np.float64))
    theta = 2.0 * np.pi * u[4:].astype(np.float64)
    assert out[:4] ** 2 + out[4:] ** 2 == pytest.approx(r2, rel=1e-5)
    assert out[:4] == pytest.approx(np.sqrt(r2) * np.cos(theta), rel=1e-4, abs=1e-5)
