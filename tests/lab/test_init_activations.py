"""The depth experiment's activations: closed forms, finite differences, in-place use, counts."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lab.activations.float32 import (
    ACTIVATIONS,
    SELU_ALPHA,
    SELU_LAMBDA,
    activate,
    dead_count,
    local_grad_from_output,
    saturated_count,
)

Z = np.array([-30.0, -3.0, -1.0, -0.25, 0.0, 0.25, 1.0, 3.0, 30.0], dtype=np.float32)


def test_closed_forms():
    assert activate(Z, "tanh") == pytest.approx(np.tanh(Z.astype(np.float64)), abs=1e-7)
    assert activate(Z, "sigmoid") == pytest.approx([1 / (1 + math.exp(-float(v))) for v in Z], abs=1e-7)
    assert activate(Z, "relu").tolist() == [0, 0, 0, 0, 0, 0.25, 1, 3, 30]
    assert activate(Z, "leaky_relu", slope=0.1) == pytest.approx(np.where(Z > 0, Z, 0.1 * Z))
    elu = [v if v > 0 else math.expm1(v) for v in Z.tolist()]
    assert activate(Z, "elu") == pytest.approx(elu, abs=1e-7)
    selu = [SELU_LAMBDA * (v if v > 0 else SELU_ALPHA * math.expm1(v)) for v in Z.tolist()]
    assert activate(Z, "selu") == pytest.approx(selu, rel=1e-6)


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_local_gradient_from_output_matches_finite_differences(name):
    z = np.array([-2.0, -0.7, -0.1, 0.1, 0.6, 2.0], dtype=np.float64)
    h = activate(z.astype(np.float32), name, slope=0.05, alpha=1.3)
    step = 1e-3
    up = activate((z + step).astype(np.float32), name, slope=0.05, alpha=1.3).astype(np.float64)
    down = activate((z - step).astype(np.float32), name, slope=0.05, alpha=1.3).astype(np.float64)
    assert local_grad_from_output(h, name, slope=0.05, alpha=1.3) == pytest.approx((up - down) / (2 * step), abs=2e-3)


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_in_place_and_out_buffers_give_the_same_values(name):
    z = np.random.default_rng(1).normal(0, 2, (40, 30)).astype(np.float32)
    fresh = activate(z, name, slope=0.02, alpha=0.8)
    buffer = z.copy()
    result = activate(buffer, name, slope=0.02, alpha=0.8, out=buffer)
    assert result is buffer
    assert np.array_equal(buffer, fresh)
    grad = local_grad_from_output(fresh, name, slope=0.02, alpha=0.8)
    out = np.full_like(fresh, np.nan)
    assert local_grad_from_output(fresh, name, slope=0.02, alpha=0.8, out=out) is out
    assert np.array_equal(out, grad)


def test_saturated_and_dead_counts():
    h = np.array([-0.99, -0.97, -0.5, 0.0, 0.0, 0.5, 0.9700001, 0.98], dtype=np.float32)
    assert saturated_count(h, "tanh") == 3  # |h| > 0.97, strictly
    s = np.array([0.01, 0.035, 0.5, 0.96, 0.975, 0.99], dtype=np.float32)
    assert saturated_count(s, "sigmoid") == 3  # |σ − 0.5| > 0.47: 0.01, 0.975, 0.99
    e = activate(np.array([-5.0, -3.4, -3.6, 0.0, 1.0], dtype=np.float32), "elu")
    assert saturated_count(e, "elu") == 2  # e^z < 0.03 <=> z < ln 0.03 = −3.507
    assert saturated_count(h, "relu") == 0
    assert dead_count(h, "relu") == 2
    assert dead_count(h, "tanh") == 0
    # counts stay right between calls of different sizes and activations
    big = np.tanh(np.random.default_rng(0).normal(0, 3, 10_000)).astype(np.float32)
    assert saturated_count(big, "tanh") == int(np.sum(np.abs(big.astype(np.float64)) > np.float32(0.97)))
    assert saturated_count(h, "tanh") == 3
