"""Shared power-of-two bins: exact counts, explicit out-of-range counts."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lab.init.bins import SharedBins, bin_counts


def test_covering_tanh_range():
    b = SharedBins.covering(-1.0, 1.0, 100)
    assert (b.lo, b.hi, b.n, b.width) == (-1.0, 1.0, 128, 2.0**-6)
    assert np.array_equal(b.edges, np.linspace(-1, 1, 129))


@pytest.mark.parametrize("size", [10_000, 131_083, 200_001])  # few values per bin; many (counted in pairs), odd
def test_counts_match_numpy_histogram_including_edges(size):
    b = SharedBins.covering(-1.0, 1.0, 100)
    rng = np.random.default_rng(0)
    values = np.concatenate([
        rng.uniform(-1.5, 1.5, size - 2 * b.edges.size),
        b.edges,  # exactly on every edge, including lo and hi
        np.nextafter(b.edges, -np.inf),  # one float below every edge
    ]).astype(np.float32)
    rng.shuffle(values)
    counts, below, above = bin_counts(values, b)
    inside = values[(values >= b.lo) & (values <= b.hi)]
    want, _ = np.histogram(inside.astype(np.float64), bins=b.edges)
    assert np.array_equal(counts, want)
    assert below == int(np.count_nonzero(values < b.lo))
    assert above == int(np.count_nonzero(values > b.hi))
    assert counts.sum() + below + above == values.size


@settings(max_examples=60, deadline=None)
@given(
    lo=st.floats(-1e6, 1e6, allow_nan=False),
    span=st.floats(1e-3, 1e6),
    target=st.integers(10, 300),
    seed=st.integers(0, 2**16),
)
def test_any_range_counts_every_value_once(lo, span, target, seed):
    b = SharedBins.covering(lo, lo + span, target)
    assert b.lo <= lo and b.hi >= lo + span
    assert 0.5 * target <= b.n <= 2 * target + 2
    values = np.random.default_rng(seed).normal(lo + span / 2, span, 500).astype(np.float32)
    counts, below, above = bin_counts(values, b)
    assert counts.sum() + below + above == 500
    exact = values.astype(np.float64)
    inside = exact[(exact >= b.lo) & (exact <= b.hi)]
    want, _ = np.histogram(inside, bins=b.edges)
    assert below == int(np.count_nonzero(exact < b.lo))
    assert np.array_equal(counts, want)


def test_bad_bins():
    with pytest.raises(ValueError, match="power of two"):
        SharedBins(width=0.3, first=0, n=3)
    with pytest.raises(ValueError, match="finite"):
        SharedBins.covering(1.0, 1.0)


def test_large_samples_keep_every_value_in_its_bin():
    """Half a million tanh outputs (a layer of the default net), in float32 and float64."""
    b = SharedBins.covering(-1.0, 1.0, 100)
    z = np.random.default_rng(2).standard_normal((1000, 500)) * 2
    for values in (np.tanh(z).astype(np.float32), np.tanh(z)):
        counts, below, above = bin_counts(values, b)
        want, _ = np.histogram(values.astype(np.float64), bins=b.edges)
        assert np.array_equal(counts, want) and below == above == 0
    shifted = (np.tanh(z) * 1.2).astype(np.float32)  # some beyond ±1: counted apart
    counts, below, above = bin_counts(shifted, b)
    assert below == np.count_nonzero(shifted < -1) and above == np.count_nonzero(shifted > 1) and below > 0
    assert np.array_equal(counts, np.histogram(shifted.astype(np.float64), bins=b.edges)[0])


def test_far_from_zero_and_beyond_16_bit_bin_counts():
    # 2^25 away from 0 the float32 bounds cannot hold first − 1 exactly: the integer path
    far = SharedBins(width=1.0, first=2**25, n=50)
    values = np.float32(2**25) + np.arange(-8, 64, 4, dtype=np.float32)  # float32 steps are 4 out here
    counts, below, above = bin_counts(values, far)
    assert (below, above) == (2, 3)  # −8, −4 below; 52, 56, 60 above
    assert np.array_equal(np.nonzero(counts)[0], range(0, 50, 4)) and counts.sum() == 13
    wide = SharedBins(width=2.0**-10, first=-40_000, n=80_000)  # more bins than a uint16 index holds
    values = np.random.default_rng(1).uniform(-45, 45, 5000).astype(np.float32)
    counts, below, above = bin_counts(values, wide)
    want, _ = np.histogram(values.astype(np.float64), bins=wide.edges)
    assert np.array_equal(counts, want)
    assert below == np.count_nonzero(values < wide.lo) and above == np.count_nonzero(values > wide.hi)
