"""Conv fan-in, the im2col convolution and the layer calculator."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lab.init.calculator import conv_layer, output_size, pool_layer
from lab.init.config import DepthConfig
from lab.init.conv import col2im, conv_forward, im2col
from lab.init.experiment import run_depth, run_to_end


def test_pooling_32x32x3_has_zero_parameters():
    pool = pool_layer(32, 32, 3, f=2, s=2)
    assert pool.out_shape == (16, 16, 3)
    assert pool.params == 0
    assert pool.fan_in is None


def test_conv_layer_output_params_and_fan_in():
    conv = conv_layer(32, 32, 3, k=10, f=5, s=1, p=2)
    assert conv.out_shape == (32, 32, 10)
    assert conv.params == (5 * 5 * 3 + 1) * 10 == 760
    assert conv.fan_in == 75  # d_in = F²·C
    assert conv.dense_params > 1000 * conv.params  # what weight sharing and locality save
    assert "760 parameters" in conv.describe()


def test_output_formula_and_tiling_message():
    assert output_size(7, 3, 1, 0) == 5
    assert output_size(7, 3, 2, 0) == 3
    with pytest.raises(ValueError, match=r"do not tile .* 7.*2\.33"):
        output_size(7, 3, 3, 0)
    with pytest.raises(ValueError, match="larger than the padded"):
        conv_layer(4, 4, 3, k=1, f=7)
    with pytest.raises(ValueError, match="positive integer"):
        conv_layer(0, 4, 3, k=1, f=1)


def test_conv_matches_a_direct_loop_with_wraparound():
    rng = np.random.default_rng(0)
    h = rng.standard_normal((2, 5, 5, 3)).astype(np.float32)
    w = rng.standard_normal((3 * 3 * 3, 4)).astype(np.float32)
    got = conv_forward(h, w, 3)
    kernel = w.reshape(3, 3, 3, 4)  # (dy, dx, c_in, c_out) in im2col's order
    want = np.zeros((2, 5, 5, 4))
    for i in range(5):
        for j in range(5):
            for dy in range(3):
                for dx in range(3):
                    want[:, i, j, :] += h[:, (i + dy - 1) % 5, (j + dx - 1) % 5, :] @ kernel[dy, dx]
    assert np.allclose(got, want, atol=1e-5)


def test_col2im_is_the_adjoint_of_im2col():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((2, 6, 6, 3))
    y = rng.standard_normal((2 * 36, 5 * 5 * 3))
    assert float(np.sum(im2col(x, 5) * y)) == pytest.approx(float(np.sum(x * col2im(y, x.shape, 5))), rel=1e-10)


def test_conv_experiment_uses_fan_in_f2c():
    cfg = DepthConfig(scheme="kaiming_normal", activation="relu", layer_kind="conv", kernel=3, channels=16,
                      conv_size=8, batch=100, depth=2)
    assert cfg.fan_in == 3 * 3 * 16 == conv_layer(8, 8, 16, k=16, f=3, p=1).fan_in
    assert cfg.units == 8 * 8 * 16
    r = run_to_end(run_depth(cfg))
    first = r.layers[0]
    # Kaiming with d_in = F²·C gives ReLU's layer-1 closed forms again (loose: only 144×16 weights).
    assert first.pre_std == pytest.approx(math.sqrt(2.0), rel=0.12)
    assert first.dead == pytest.approx(0.5, abs=0.05)
    assert len(r.grads) == 2 and all(math.isfinite(g.weight_std) for g in r.grads)
