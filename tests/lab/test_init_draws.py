"""Seeded draws: the Box–Muller sampler against the normal law, independent streams, the seed cache."""

from __future__ import annotations

import math
from concurrent.futures import ThreadPoolExecutor

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
    n = 1 << 19
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
    n = 1 << 17
    z = draws.standard_normal(3, draws.STREAM_INPUT, 0, (n,)).astype(np.float64)
    a, b = z[: n // 2], z[n // 2 :]  # r cos θ, then r sin θ of the same pairs
    limit = 5 / math.sqrt(n // 2)
    assert abs(np.corrcoef(a, b)[0, 1]) < limit
    assert abs(np.corrcoef(a * a, b * b)[0, 1]) < limit  # uncorrelated squares: not just uncorrelated


def test_odd_sizes_and_shapes():
    for shape in [(1,), (7,), (3, 5), (1001,), (2, 503)]:
        z = draws.standard_normal(0, draws.STREAM_NORMAL, 2, shape)
        assert z.shape == shape and z.dtype == np.float32 and np.isfinite(z).all()
        assert not z.flags.writeable


def test_draws_do_not_depend_on_threads_or_order():
    requests = [(5, draws.STREAM_NORMAL, layer, (300, 40)) for layer in range(1, 9)]
    serial = [draws.standard_normal(*r).copy() for r in requests]
    draws.clear_cache()
    with ThreadPoolExecutor(max_workers=4) as pool:  # drawn concurrently, in reverse order
        concurrent = list(pool.map(lambda r: draws.standard_normal(*r), requests[::-1]))[::-1]
    for a, b in zip(serial, concurrent, strict=True):
        assert np.array_equal(a, b)


def test_streams_and_layers_differ():
    a = draws.standard_normal(1, draws.STREAM_NORMAL, 1, (100,))
    b = draws.standard_normal(1, draws.STREAM_NORMAL, 2, (100,))
    c = draws.standard_normal(1, draws.STREAM_UPSTREAM, 1, (100,))
    d = draws.standard_normal(2, draws.STREAM_NORMAL, 1, (100,))
    for other in (b, c, d):
        assert not np.array_equal(a, other)


def test_the_last_two_seeds_stay_cached_and_a_forgotten_one_comes_back_the_same(monkeypatch):
    made: list[tuple] = []
    stream_rng = draws.stream_rng
    monkeypatch.setattr(draws, "stream_rng", lambda *key: made.append(key) or stream_rng(*key))
    shape = (64, 64)
    first = draws.standard_normal(1, draws.STREAM_NORMAL, 1, shape).copy()
    kept = draws.standard_normal(2, draws.STREAM_NORMAL, 1, shape).copy()
    assert len(made) == 2
    assert np.array_equal(draws.standard_normal(2, draws.STREAM_NORMAL, 1, shape), kept)
    assert len(made) == 2  # cached: nothing drawn again
    draws.standard_normal(3, draws.STREAM_NORMAL, 1, shape)  # seed 1 is the least recent: forgotten
    assert np.array_equal(draws.standard_normal(2, draws.STREAM_NORMAL, 1, shape), kept)
    assert len(made) == 3
    assert np.array_equal(draws.standard_normal(1, draws.STREAM_NORMAL, 1, shape), first)
    assert made[-1] == (1, draws.STREAM_NORMAL, 1)  # drawn again, the same values


def test_the_cache_stays_under_its_byte_bound_and_the_current_seed_comes_first(monkeypatch):
    shape = (1000,)  # 4000 bytes of float32
    monkeypatch.setattr(draws, "CACHE_BYTES", 3 * 4000)
    key = lambda layer: draws.normal_key(draws.STREAM_NORMAL, layer, shape)  # noqa: E731
    values = [draws.standard_normal(1, draws.STREAM_NORMAL, layer, shape).copy() for layer in range(5)]
    assert [draws.lookup(1, key(layer)) is not None for layer in range(5)] == [True, True, True, False, False]
    for layer in range(5):  # what did not fit is drawn again, the same
        assert np.array_equal(draws.standard_normal(1, draws.STREAM_NORMAL, layer, shape), values[layer])
    draws.standard_normal(2, draws.STREAM_NORMAL, 0, shape)  # a new seed: the older one makes room
    assert draws.lookup(2, key(0)) is not None
    assert all(draws.lookup(1, key(layer)) is None for layer in range(5))


def test_uniform_and_positive_input_laws():
    u = draws.uniform_pm1(4, 1, (1 << 16,)).astype(np.float64)
    assert -1.0 <= u.min() and u.max() < 1.0
    assert abs(u.mean()) < 5 * math.sqrt(1 / 3 / u.size) and u.var() == pytest.approx(1 / 3, rel=0.02)
    x = draws.network_input(4, "positive", (256, 256)).astype(np.float64)
    assert (x >= 0).all()
    assert x.mean() == pytest.approx(math.sqrt(2 / math.pi), rel=0.01)  # E|z| for z ~ N(0, 1)
    assert np.mean(x * x) == pytest.approx(1.0, rel=0.02)
    with pytest.raises(ValueError, match="input kind"):
        draws.network_input(4, "pixels", (2, 2))
    with pytest.raises(ValueError, match="seed"):
        draws.standard_normal(-1, 0, 0, (2,))


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
