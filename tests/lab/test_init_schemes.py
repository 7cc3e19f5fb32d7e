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
    assert len(set(SCHEMES)) == len(SCHEMES) == 12


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


# --- the schemes as the field names them, with PyTorch's gains ---------------------------------
def test_calculate_gain_matches_pytorch_table():
    from lab.init.schemes import calculate_gain

    # torch.nn.init.calculate_gain's documented values
    assert calculate_gain("linear") == 1.0 and calculate_gain("sigmoid") == 1.0
    assert calculate_gain("tanh") == pytest.approx(5 / 3, rel=1e-15)
    assert calculate_gain("relu") == pytest.approx(1.4142135623730951, rel=1e-15)
    assert calculate_gain("leaky_relu", 0.2) == pytest.approx(math.sqrt(2 / 1.04), rel=1e-15)
    assert calculate_gain("leaky_relu", 0.01) == pytest.approx(1.4141428569978354, rel=1e-14)
    assert calculate_gain("selu") == 0.75
    with pytest.raises(ValueError, match="no gain"):
        calculate_gain("elu")


def test_lecun_normal_and_uniform_by_name():
    assert weight_std("lecun_normal", 500, 20) == pytest.approx(1 / math.sqrt(500))
    w = init_weights("lecun_uniform", 300, 200, np.random.default_rng(4))
    bound = math.sqrt(3 / 300)
    assert float(np.abs(w).max()) <= bound * (1 + 1e-6) and float(np.abs(w).max()) > 0.99 * bound
    assert float(w.std()) == pytest.approx(1 / math.sqrt(300), rel=0.01)


def test_glorot_original_and_with_gains():
    from lab.init.schemes import effective_init

    e = effective_init("glorot_normal", "tanh", 300, 100)  # Glorot & Bengio: Var = 2/(d_in + d_out)
    assert e.gain == 1.0 and e.std ** 2 == pytest.approx(2 / 400, rel=1e-14) and e.bound is None
    e = effective_init("glorot_normal", "tanh", 300, 100, "activation")
    assert e.gain == pytest.approx(5 / 3) and e.std == pytest.approx(5 / 3 * math.sqrt(2 / 400))
    u = effective_init("glorot_uniform", "relu", 300, 100, "activation")
    # torch.nn.init.xavier_uniform_: b = gain·√(6/(fan_in + fan_out))
    assert u.bound == pytest.approx(math.sqrt(2) * math.sqrt(6 / 400), rel=1e-14)
    fixed = effective_init("glorot_uniform", "relu", 300, 100, "fixed", settings=SchemeSettings(gain=0.5))
    assert fixed.gain == 0.5 and fixed.bound == pytest.approx(0.5 * math.sqrt(6 / 400))


def test_kaiming_gain_sources():
    from lab.init.schemes import effective_init

    # the scheme's own gain is He's (√2 for ReLU and for every other activation, like kaiming_normal_)
    assert effective_init("kaiming_normal", "tanh", 500, 500).gain == pytest.approx(math.sqrt(2))
    assert effective_init("kaiming_normal", "tanh", 500, 500, "activation").std == pytest.approx(5 / 3 / math.sqrt(500))
    assert effective_init("kaiming_normal", "selu", 400, 10, "activation").std == pytest.approx(0.75 / 20)
    lr = effective_init("kaiming_uniform", "leaky_relu", 300, 7, "activation", settings=SchemeSettings(slope=0.2))
    # torch.nn.init.kaiming_uniform_(a=0.2): bound = √(2/(1 + a²))·√(3/fan_in)
    assert lr.bound == pytest.approx(math.sqrt(2 / 1.04) * math.sqrt(3 / 300), rel=1e-14)
    elu = effective_init("kaiming_normal", "elu", 100, 100, "activation")
    assert elu.gain == 1.0 and "no gain" in elu.note
    # the lecture's Kaiming/MSRA: N(0,1)·√(2/d_in), d_in = 500
    assert effective_init("kaiming_normal", "relu", 500, 500).std == pytest.approx(0.06324555320336758, rel=1e-14)


def test_schemes_without_gain_ignore_the_gain_mode():
    from lab.init.schemes import effective_init

    for mode in ("scheme", "activation", "fixed"):
        assert effective_init("lecun_normal", "tanh", 64, 64, mode, settings=SchemeSettings(gain=3.0)).std == 1 / 8
        assert effective_init("small_gaussian", "relu", 64, 64, mode).std == 0.01


def test_saved_name_xavier_loads_as_lecun_normal():
    from lab import params as lp
    from lab.init.schemes import canonical_scheme, effective_init
    from lab.init.spec import InitParams

    loaded, problems = lp.from_dict(InitParams, {"scheme": "xavier"}, strict=False)
    assert problems == [] and loaded.scheme == "xavier"
    assert canonical_scheme(loaded.scheme) == "lecun_normal"
    e = effective_init(loaded.scheme, "tanh", 500, 500)
    assert e.scheme == "lecun_normal" and e.std == pytest.approx(1 / math.sqrt(500))
    a = init_weights("xavier", 50, 40, np.random.default_rng(9))
    b = init_weights("lecun_normal", 50, 40, np.random.default_rng(9))
    assert np.array_equal(a, b)


def test_bad_gain_settings_raise():
    with pytest.raises(ValueError, match="gain mode"):
        SchemeSettings(gain_mode="pytorch")
    with pytest.raises(ValueError, match="gain"):
        SchemeSettings(gain=float("nan"))


def test_lecun_normal_runs_the_lectures_xavier_experiment():
    from lab.init.config import DepthConfig
    from lab.init.experiment import run_depth, run_to_end

    small = {"depth": 3, "width": 500, "batch": 200, "activation": "tanh", "backward": False}
    a = run_to_end(run_depth(DepthConfig(scheme="xavier", **small)))
    b = run_to_end(run_depth(DepthConfig(scheme="lecun_normal", **small)))
    assert [s.std for s in a.layers] == [s.std for s in b.layers]  # the same weights, the same numbers
    assert b.prediction.std[0] == pytest.approx(0.62793, abs=5e-6)  # LECTURE.md §4, layer 1 analytic
    u = run_to_end(run_depth(DepthConfig(scheme="lecun_uniform", **small)))
    assert u.layers[0].std == pytest.approx(0.62793, rel=0.01)  # same variance, uniform draws
