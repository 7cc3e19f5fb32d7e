"""The lecture's data-side claims as pure functions: decision-line stability, the mini-batch
zig-zag, ELU's noise robustness and test-time crops."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.stats import norm

from lab.activations.noise_robustness import crossover_level, noisy_outputs, output_spread, spread_curves
from lab.activations.zigzag import zigzag_path
from lab.augment.testtime import (
    TEN_CROP_NAMES,
    centre_crop,
    centre_crop_box,
    resize_centre_crop,
    resize_short_side,
    ten_crop,
)
from lab.pca.decision import classify, decision_stability, lecture_example, rotate


# --- zero-centring keeps a decision line stable ---------------------------------------------------
def test_a_small_tilt_flips_off_centre_data_not_centred_data():
    for seed in (0, 1, 2):
        far, centred = lecture_example(np.random.default_rng(seed), n=4000, offset=(6.0, 6.0), angle_deg=3.0)
        assert far.distance == pytest.approx(math.hypot(6, 6), abs=0.1) and centred.distance < 1e-12
        # a round cloud turning about its own centre: only the wedge of 2·3° out of 360° flips
        assert centred.fraction == pytest.approx(3 / 180, abs=0.008)
        # off-centre: the line shifts by d at the cloud's centre; the points between flip
        d = abs(float(far.w_tilted @ far.points.mean(axis=0) + far.b)) / math.hypot(*far.w_tilted)
        assert d == pytest.approx(far.distance * math.sin(math.radians(3)), rel=0.01)  # ≈ R·sin θ
        assert far.fraction == pytest.approx(norm.cdf(d) - 0.5, abs=0.03)
        assert far.fraction > 8 * centred.fraction


def test_decision_helpers_and_bad_input():
    np.testing.assert_allclose(rotate([1.0, 0.0], 90.0), [0.0, 1.0], atol=1e-15)
    assert classify([[1.0, 0.0], [-1.0, 0.0]], [1.0, 0.0], 0.0).tolist() == [True, False]
    s = decision_stability([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]], 0.0)
    assert s.fraction == 0.0 and s.b == pytest.approx(0.0)
    for bad in ([[0.0, np.nan]], np.zeros((3, 3))):
        with pytest.raises(ValueError, match="points"):
            decision_stability(bad, 1.0)
    with pytest.raises(ValueError, match="tilt"):
        decision_stability([[0.0, 0.0]], 95.0)
    with pytest.raises(ValueError, match="w must"):
        decision_stability([[0.0, 0.0]], 1.0, w=(0.0, 0.0))


# --- mini-batch averaging softens the zig-zag -------------------------------------------------------
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_batch_32_softens_the_zigzag_of_batch_1(seed):
    single = zigzag_path("positive", np.random.default_rng(seed), steps=40, batch=1, lr=0.5)
    batched = zigzag_path("positive", np.random.default_rng(seed), steps=40, batch=32, lr=0.5)
    assert single.same_sign_share == 1.0  # every single-sample step is along (+,+) or (−,−)
    assert batched.same_sign_share < 0.6
    length = lambda z: float(np.hypot(*np.diff(z.path, axis=0).T).sum())  # noqa: E731
    # the batched path is straighter: less travelled per unit of progress towards the optimum
    progress = lambda z: math.hypot(2, 2) - z.final_distance  # noqa: E731
    assert length(batched) / progress(batched) < length(single) / progress(single)


# --- ELU's negative saturation is robust to noise ---------------------------------------------------
def test_output_spread_matches_closed_forms_far_below_zero():
    mu, sigma = -4.0, 0.5
    # ELU: α(eˣ − 1) with eˣ lognormal, Var = e^{2μ+σ²}(e^{σ²} − 1); x > 0 has probability Φ(−8)
    lognormal = math.sqrt(math.exp(2 * mu + sigma**2) * math.expm1(sigma**2))
    assert output_spread("elu", mu, sigma) == pytest.approx(lognormal, rel=1e-6)
    assert output_spread("leaky_relu", mu, sigma, slope=0.01) == pytest.approx(0.01 * sigma, rel=1e-6)


def test_elu_is_quieter_than_leaky_relu_only_below_the_crossover():
    sigma = 0.5
    mu_star = crossover_level(sigma, slope=0.01)
    # closed form of the crossover from the lognormal spread: e^{μ+σ²/2}·√(e^{σ²} − 1) = slope·σ
    expected = math.log(0.01 * sigma / math.sqrt(math.expm1(sigma**2))) - sigma**2 / 2
    assert mu_star == pytest.approx(expected, abs=1e-6)
    curves = spread_curves(np.linspace(-8, 0, 33), sigma)
    below = curves.mu < mu_star
    assert np.all(curves.elu[below] < curves.leaky_relu[below])
    assert np.all(curves.elu[~below] > curves.leaky_relu[~below])
    assert np.all(np.diff(curves.elu) > 0)  # the more negative the input, the quieter ELU
    assert crossover_level(sigma, slope=0.0) == -math.inf
    # Monte Carlo agrees with the exact spread
    samples = noisy_outputs("elu", -6.0, sigma, np.random.default_rng(0), n=200_000)
    assert samples.std() == pytest.approx(output_spread("elu", -6.0, sigma), rel=0.03)
    assert samples.mean() == pytest.approx(-1.0, abs=0.01)  # saturated at −α
    with pytest.raises(ValueError, match="compare"):
        noisy_outputs("relu", -1.0, sigma, np.random.default_rng(0))


# --- test-time transforms: test images are resized too ----------------------------------------------
def _image(h: int, w: int) -> np.ndarray:
    rng = np.random.default_rng(0)
    return rng.integers(0, 256, (h, w, 3), dtype=np.uint8)


def test_resize_short_side_and_centre_crop():
    img = _image(300, 400)
    resized = resize_short_side(img, 256)
    assert resized.shape == (256, 341, 3)  # torchvision Resize(256): int(400·256/300) = 341
    assert resize_short_side(_image(400, 300), 256).shape == (341, 256, 3)
    assert centre_crop_box(256, 341, 224, 224) == (16, 58, 224, 224)  # round(32/2), round(117/2) = 58
    np.testing.assert_array_equal(centre_crop(resized, 224), resized[16:240, 58:282])
    assert resize_centre_crop(img).shape == (224, 224, 3)
    with pytest.raises(ValueError, match="larger"):
        resize_centre_crop(img, short=200, size=224)
    with pytest.raises(ValueError, match="does not fit"):
        centre_crop(_image(10, 10), 11)


def test_ten_crop_is_corners_centre_and_their_mirrors():
    img = _image(256, 300)
    crops = ten_crop(img, 224)
    assert len(crops) == len(TEN_CROP_NAMES) == 10 and all(c.shape == (224, 224, 3) for c in crops)
    expected = [img[:224, :224], img[:224, -224:], img[-224:, :224], img[-224:, -224:], img[16:240, 38:262]]
    for got, want in zip(crops[:5], expected, strict=True):
        np.testing.assert_array_equal(got, want)
    mirrored = img[:, ::-1]
    # torchvision: the second five are the same boxes cut from the mirrored image
    want_mirror = [mirrored[:224, :224], mirrored[:224, -224:], mirrored[-224:, :224], mirrored[-224:, -224:],
                   mirrored[16:240, 38:262]]
    for got, want in zip(crops[5:], want_mirror, strict=True):
        np.testing.assert_array_equal(got, want)
