"""Each transform: invariants (hypothesis), exact results where they exist, independent references."""

from __future__ import annotations

import colorsys
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from lab.augment import color, geometry, noise

images = arrays(np.uint8, st.tuples(st.integers(1, 12), st.integers(1, 12), st.just(3)))
FAST = settings(max_examples=40, deadline=None)


def _rand(h: int, w: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (h, w, 3), dtype=np.uint8)


# --- geometry ---------------------------------------------------------------------------
@FAST
@given(images)
def test_flips_twice_are_identity_and_mirror_exactly(img):
    np.testing.assert_array_equal(geometry.hflip(geometry.hflip(img)), img)
    np.testing.assert_array_equal(geometry.vflip(geometry.vflip(img)), img)
    h, w = img.shape[:2]
    flipped = geometry.hflip(img)
    assert flipped.shape == img.shape and flipped.dtype == np.uint8
    for j in range(w):
        np.testing.assert_array_equal(flipped[:, j], img[:, w - 1 - j])
    np.testing.assert_array_equal(geometry.vflip(img)[0], img[h - 1])


def test_crop_contents_and_bounds():
    img = _rand(10, 12)
    out = geometry.crop(img, 2, 3, 4, 5)
    assert out.shape == (4, 5, 3)
    assert out[0, 0].tolist() == img[2, 3].tolist() and out[3, 4].tolist() == img[5, 7].tolist()
    with pytest.raises(ValueError, match="does not fit"):
        geometry.crop(img, 8, 0, 4, 4)


@FAST
@given(st.integers(1, 500), st.integers(1, 500), st.integers(1, 600), st.integers(1, 600), st.integers(0, 2**32 - 1))
def test_random_crop_box_lies_inside_and_is_reproducible(h, w, ch, cw, seed):
    box = geometry.random_crop_box(np.random.default_rng(seed), h, w, ch, cw)
    top, left, bh, bw = box
    assert (bh, bw) == (min(ch, h), min(cw, w))
    assert 0 <= top <= h - bh and 0 <= left <= w - bw
    assert geometry.random_crop_box(np.random.default_rng(seed), h, w, ch, cw) == box


@FAST
@given(st.integers(8, 400), st.integers(8, 400), st.integers(0, 2**32 - 1))
def test_random_resized_crop_box_respects_scale_and_ratio(h, w, seed):
    rng = np.random.default_rng(seed)
    top, left, bh, bw = geometry.random_resized_crop_box(rng, h, w, (0.3, 0.9), (0.75, 4 / 3))
    assert 0 <= top and top + bh <= h and 0 <= left and left + bw <= w and bh >= 1 and bw >= 1


def test_random_resized_crop_box_statistics_match_torchvision_algorithm():
    rng = np.random.default_rng(0)
    areas, ratios = [], []
    for _ in range(400):
        # every draw fits (area·ratio <= 0.88 < 1), so area ~ U(0.2, 0.8) exactly as drawn
        _, _, bh, bw = geometry.random_resized_crop_box(rng, 1000, 1000, (0.2, 0.8), (0.9, 1.1))
        areas.append(bh * bw / 1e6)
        _, _, bh, bw = geometry.random_resized_crop_box(rng, 1000, 1000, (0.05, 0.2), (0.5, 2.0))
        ratios.append(bw / bh)
    assert 0.19 <= min(areas) and max(areas) <= 0.81
    assert abs(np.mean(areas) - 0.5) < 0.03
    assert 0.49 <= min(ratios) and max(ratios) <= 2.02
    # log-uniform aspect: log(ratio) ~ U(log 0.5, log 2) has mean 0 and std log(2)/√3
    logs = np.log(ratios)
    assert abs(logs.mean()) < 0.06 and abs(logs.std() - math.log(2) / math.sqrt(3)) < 0.04


def test_affine_identity_and_quarter_turns_are_exact():
    img = _rand(16, 16, 3)
    np.testing.assert_array_equal(geometry.warp_affine(img, geometry.affine_matrix(16, 16, angle=0.0)), img)
    # counter-clockwise on screen, like np.rot90
    np.testing.assert_array_equal(geometry.warp_affine(img, geometry.affine_matrix(16, 16, angle=90.0)), np.rot90(img))
    np.testing.assert_array_equal(geometry.warp_affine(img, geometry.affine_matrix(16, 16, angle=180.0)), np.rot90(img, 2))
    np.testing.assert_array_equal(geometry.warp_affine(img, geometry.affine_matrix(16, 16, angle=-90.0)), np.rot90(img, -1))


def test_affine_integer_translation_shifts_and_fills():
    img = _rand(10, 20, 4)
    m = geometry.affine_matrix(20, 10, translate_x=3 / 20, translate_y=-2 / 10)
    out = geometry.warp_affine(img, m, "constant", 7)
    np.testing.assert_array_equal(out[0:8, 3:], img[2:10, 0:17])
    assert (out[:, :3] == 7).all() and (out[8:] == 7).all()
    edge = geometry.warp_affine(img, m, "edge")
    np.testing.assert_array_equal(edge[0:8, 0], img[2:10, 0])  # replicated left column
    np.testing.assert_array_equal(edge[0:8, 1], img[2:10, 0])
    refl = geometry.warp_affine(img, m, "reflect")
    np.testing.assert_array_equal(refl[0:8, 2], img[2:10, 1])  # mirror without repeating the edge
    np.testing.assert_array_equal(refl[0:8, 1], img[2:10, 2])


def test_affine_matrix_components():
    m = geometry.affine_matrix(100, 50, scale=2.0, stretch=4.0)
    np.testing.assert_allclose(m[:2, :2], [[4.0, 0.0], [0.0, 1.0]])
    assert np.linalg.det(m[:2, :2]) == pytest.approx(4.0)  # stretch keeps the area, scale² changes it
    np.testing.assert_allclose(m[:2, 2], [50 - 4 * 50, 25 - 25])  # the centre stays put
    s = geometry.affine_matrix(10, 10, shear_x=45.0)
    np.testing.assert_allclose(s[:2, :2], [[1.0, 1.0], [0.0, 1.0]], atol=1e-12)
    with pytest.raises(ValueError):
        geometry.affine_matrix(10, 10, scale=0.0)


# --- colour -----------------------------------------------------------------------------
@FAST
@given(images)
def test_rgb_to_hsl_matches_colorsys(img):
    h, s, l_ = color.rgb_to_hsl(img)
    for (i, j) in [(0, 0), (img.shape[0] - 1, img.shape[1] - 1)]:
        r, g, b = (float(v) / 255 for v in img[i, j])
        hh, ll, ss = colorsys.rgb_to_hls(r, g, b)
        assert l_[i, j] == pytest.approx(ll, abs=1e-12)
        assert s[i, j] == pytest.approx(ss, abs=1e-9)
        if ss > 0:
            d = abs(h[i, j] - 360 * hh) % 360
            assert min(d, 360 - d) < 1e-7


def test_hsl_of_primaries():
    px = np.array([[[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 0], [128, 128, 128], [255, 255, 255]]], np.uint8)
    h, s, l_ = color.rgb_to_hsl(px)
    np.testing.assert_allclose(h[0, :4], [0, 120, 240, 60])
    np.testing.assert_allclose(s[0], [1, 1, 1, 1, 0, 0])
    np.testing.assert_allclose(l_[0], [0.5, 0.5, 0.5, 0.5, 128 / 255, 1.0])


@FAST
@given(images)
def test_hsl_round_trip_within_one_level(img):
    back = color.hsl_to_rgb(*color.rgb_to_hsl(img))
    assert np.abs(back.astype(int) - img).max() <= 1


@FAST
@given(images, st.floats(-180, 180), st.floats(0, 3), st.floats(-0.5, 0.5))
def test_jitter_hsl_matches_colorsys_reference(img, dh, sf, dl):
    out = color.jitter_hsl(img, dh, sf, dl)
    assert out.shape == img.shape and out.dtype == np.uint8
    for (i, j) in [(0, 0), (img.shape[0] // 2, img.shape[1] // 2)]:
        r, g, b = (float(v) / 255 for v in img[i, j])
        hh, ll, ss = colorsys.rgb_to_hls(r, g, b)
        ref = colorsys.hls_to_rgb((hh + dh / 360) % 1.0, min(1.0, max(0.0, ll + dl)), min(1.0, ss * sf))
        expected = [round(v * 255) for v in ref]
        assert np.abs(out[i, j].astype(int) - expected).max() <= 1


def test_jitter_hsl_exact_cases():
    img = _rand(9, 7, 5)
    np.testing.assert_array_equal(color.jitter_hsl(img), img)
    np.testing.assert_array_equal(color.jitter_hsl(img, 360.0), img)
    red = np.array([[[255, 0, 0]]], np.uint8)
    assert color.jitter_hsl(red, 120.0).tolist() == [[[0, 255, 0]]]
    assert color.jitter_hsl(red, 0.0, 0.0).tolist() == [[[128, 128, 128]]]  # S = 0 keeps L = 0.5
    assert color.jitter_hsl(red, 0.0, 1.0, 0.5).tolist() == [[[255, 255, 255]]]
    with pytest.raises(ValueError):
        color.jitter_hsl(img, 0.0, -1.0)


def test_brightness_contrast():
    img = np.full((4, 4, 3), 100, np.uint8)
    assert (color.brightness_contrast(img, 2.0, 1.0) == 200).all()
    assert (color.brightness_contrast(img, 0.0, 1.0) == 0).all()
    two = np.zeros((2, 2, 3), np.uint8)
    two[0] = 200  # mean luma 100
    flat = color.brightness_contrast(two, 1.0, 0.0)
    assert (flat == 100).all()
    np.testing.assert_array_equal(color.brightness_contrast(two, 1.0, 1.0), two)
    half = color.brightness_contrast(two, 1.0, 0.5)
    assert half[0, 0].tolist() == [150] * 3 and half[1, 1].tolist() == [50] * 3


@FAST
@given(images)
def test_grayscale_is_the_bt601_weighted_sum(img):
    g = color.grayscale(img)
    assert (g[..., 0] == g[..., 1]).all() and (g[..., 1] == g[..., 2]).all()
    y = img.astype(float) @ np.array([0.299, 0.587, 0.114])
    assert np.abs(g[..., 0] - y).max() <= 1.0


def test_fancy_pca_shift_with_imagenet_constants():
    gray = np.full((3, 3, 3), 128, np.uint8)
    out = color.fancy_pca(gray, np.array([0.1, 0.0, 0.0]))
    # 0.1 * 0.2175 * (-0.5675, -0.5808, -0.5836) * 255 = (-3.147, -3.221, -3.237)
    assert out[0, 0].tolist() == [125, 125, 125]
    out2 = color.fancy_pca(gray, np.array([0.0, 1.0, 0.0]))
    # 0.0188 * (0.7192, -0.0045, -0.6948) * 255 = (3.448, -0.022, -3.331)
    assert out2[1, 1].tolist() == [131, 128, 125]


def test_pca_basis_recovers_a_known_direction():
    rng = np.random.default_rng(0)
    t = rng.integers(0, 256, 5000)
    img = np.stack([t, t, t], axis=1).reshape(50, 100, 3).astype(np.uint8)
    vals, vecs = color.pca_basis([img])
    assert vals[0] > 0 and vals[1] < 1e-12 and vals[2] < 1e-12
    np.testing.assert_allclose(np.abs(vecs[:, 0]), np.full(3, 1 / math.sqrt(3)), atol=1e-9)
    assert vals[0] == pytest.approx(3 * np.var(t / 255.0))


# --- noise, erasing, filters, mixing -----------------------------------------------------
def test_noise_bank_is_standard_normal():
    bank = noise.noise_bank()
    assert bank.dtype == np.float32 and bank.size == noise.NOISE_BANK_SIZE
    assert abs(float(bank.mean())) < 0.005 and abs(float(bank.std()) - 1.0) < 0.005


def test_gaussian_noise_has_the_requested_sigma():
    img = np.full((256, 256, 3), 128, np.uint8)
    out = noise.gaussian_noise(img, 10.0, offset=12345)
    diff = out.astype(float) - 128
    assert abs(diff.mean()) < 0.1 and abs(diff.std() - 10.0) < 0.1
    np.testing.assert_array_equal(noise.gaussian_noise(img, 10.0, offset=12345), out)
    assert not np.array_equal(noise.gaussian_noise(img, 10.0, offset=999), out)
    np.testing.assert_array_equal(noise.gaussian_noise(img, 0.0), img)
    wrap = noise.gaussian_noise(img, 5.0, offset=noise.NOISE_BANK_SIZE - 10)  # wraps around the bank
    assert wrap.shape == img.shape


def test_salt_and_pepper_fraction_and_values():
    img = np.full((200, 200, 3), 128, np.uint8)
    out = noise.salt_and_pepper(img, 0.05, np.random.default_rng(1))
    hit = (out != 128).any(axis=2)
    assert abs(hit.mean() - (1 - math.exp(-0.05))) < 0.004  # hits drawn with replacement
    assert set(np.unique(out[hit])) <= {0, 255}
    assert abs((out[hit][:, 0] == 255).mean() - 0.5) < 0.05


def test_erase_paints_only_the_boxes():
    img = _rand(20, 30, 7)
    out = noise.erase(img, [(2, 3, 4, 5)], "black")
    assert (out[2:6, 3:8] == 0).all()
    mask = np.ones((20, 30), bool)
    mask[2:6, 3:8] = False
    np.testing.assert_array_equal(out[mask], img[mask])
    assert (noise.erase(img, [(0, 0, 2, 2)], "gray")[:2, :2] == 128).all()
    boxes = noise.random_boxes(np.random.default_rng(0), 20, 30, 5, (0.2, 0.5))
    assert all(0 <= t and t + h <= 20 and 0 <= left and left + w <= 30 for t, left, h, w in boxes)


def test_filters_on_constant_and_step_images():
    flat = np.full((16, 16, 3), 90, np.uint8)
    for kind in noise.FILTERS[:2]:
        np.testing.assert_array_equal(noise.apply_filter(flat, kind, 1.5), flat)
    assert (noise.apply_filter(flat, "edge", 1.0) == 0).all()
    step = np.zeros((16, 16, 3), np.uint8)
    step[:, 8:] = 200
    edges = noise.apply_filter(step, "edge", 1.0)
    assert edges[8, 7:9].max() > 100 and edges[8, 2].max() == 0


def test_mixup_and_cutmix():
    a, b = _rand(8, 8, 1), _rand(8, 8, 2)
    np.testing.assert_array_equal(noise.mixup(a, b, 1.0), a)
    np.testing.assert_array_equal(noise.mixup(a, b, 0.0), b)
    half = noise.mixup(a, b, 0.5).astype(int)
    assert np.abs(half - (a.astype(int) + b) / 2).max() <= 1
    box, weight = noise.cutmix_box(np.random.default_rng(3), 100, 200, 0.75)
    top, left, h, w = box
    assert weight == pytest.approx(1 - h * w / 20000)
    assert h <= 50 and w <= 100  # sides √(1 − λ) = 0.5 of the image before clipping
    mixed = noise.cutmix(a, b, (1, 2, 3, 4))
    np.testing.assert_array_equal(mixed[1:4, 2:6], b[1:4, 2:6])
    assert mixed[0, 0].tolist() == a[0, 0].tolist()


def test_bad_images_are_refused_with_a_clear_message():
    with pytest.raises(ValueError, match=r"\(H, W, 3\) uint8"):
        geometry.hflip(np.zeros((4, 4), np.uint8))
    with pytest.raises(ValueError, match=r"\(H, W, 3\) uint8"):
        color.grayscale(np.zeros((4, 4, 3), np.float32))


def test_jitter_hsl_in_row_bands_equals_one_pass(monkeypatch):
    rng = np.random.default_rng(7)
    img = rng.integers(0, 256, size=(301, 257, 3), dtype=np.uint8)  # not a multiple of the band
    banded = color.jitter_hsl(img, 75.0, 1.3, -0.1)
    monkeypatch.setattr(color, "_BLOCK_PIXELS", 10**9)
    assert np.array_equal(banded, color.jitter_hsl(img, 75.0, 1.3, -0.1))


def test_brightness_contrast_lut_matches_the_closed_form():
    img = _rand(24, 32, 5)
    mu = float((img.astype(np.float64) @ np.array(color.LUMA_WEIGHTS)).mean())  # mean BT.601 luma
    for beta, gamma in [(1.3, 1.0), (0.7, 1.4), (1.1, 0.6), (2.5, 3.0)]:
        want = np.clip(np.floor(gamma * (beta * img - beta * mu) + beta * mu + 0.5), 0, 255)
        got = color.brightness_contrast(img, beta, gamma)
        # μ enters the table rounded through Pillow's histogram-free float path: at most one level
        assert np.abs(got.astype(int) - want).max() <= 1
        assert np.mean(got.astype(int) != want) < 0.01


def test_blur_matches_a_separable_gaussian():
    from scipy.ndimage import gaussian_filter

    y, x = np.mgrid[0:48, 0:64]
    smooth = np.stack([128 + 100 * np.sin(x / 5.0), 128 + 90 * np.cos(y / 4.0), 128 + 60 * np.sin((x + y) / 7.0)], axis=2)
    img = np.clip(smooth + np.random.default_rng(3).normal(0, 20, smooth.shape), 0, 255).astype(np.uint8)
    for sigma in (1.0, 2.0):
        got = noise.apply_filter(img, "blur", sigma).astype(np.float64)
        want = gaussian_filter(img.astype(np.float64), (sigma, sigma, 0), mode="nearest")
        inner = (slice(6, -6), slice(6, -6))  # borders: Pillow and SciPy extend the image differently
        err = np.abs(got[inner] - want[inner])
        assert err.mean() < 1.5 and err.max() < 8  # Pillow approximates the Gaussian by box passes
        # and it does blur: the pixel noise (σ 20) shrinks by about 1/(2σ√π) of its power
        assert (got - smooth)[inner].std() < 0.5 * (img - smooth)[inner].std()
