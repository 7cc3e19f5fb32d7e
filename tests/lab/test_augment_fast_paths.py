"""The fast kernels against independent references: SciPy's Gaussian filter, float formulas, NumPy sums."""

from __future__ import annotations

import numpy as np
import pytest

from lab.augment import color, geometry, noise
from lab.augment.pipeline import Step, sample_variants


def _photo(h: int, w: int, seed: int = 0) -> np.ndarray:
    y, x = np.mgrid[0:h, 0:w]
    smooth = np.stack([128 + 100 * np.sin(x / 5.0), 128 + 90 * np.cos(y / 4.0), 128 + 60 * np.sin((x + y) / 7.0)], axis=2)
    noisy = smooth + np.random.default_rng(seed).normal(0, 20, smooth.shape)
    return np.clip(noisy, 0, 255).astype(np.uint8)


@pytest.mark.parametrize("sigma", [0.5, 1.0, 1.7, 3.0])
def test_gaussian_blur_matches_scipy_gaussian_filter(sigma):
    from scipy.ndimage import gaussian_filter

    img = _photo(70, 90, 1)
    got = noise.gaussian_blur(img, sigma).astype(np.float64)
    # both replicate the edge ("nearest"), so the whole image is compared, borders included
    want = gaussian_filter(img.astype(np.float64), (sigma, sigma, 0), mode="nearest")
    err = np.abs(got - want)
    assert err.max() <= 1.5 and err.mean() < 0.4


def test_gaussian_blur_of_a_step_edge_has_a_gaussian_profile_of_variance_sigma_squared():
    # a blurred step is the kernel's cumulative sum: its differences are the kernel, whose
    # variance must be σ² (3σ truncation keeps over 97 % of it)
    for sigma in (0.8, 1.0, 1.5, 2.5, 3.0):
        img = np.zeros((9, 60, 3), np.uint8)
        img[:, 30:] = 255
        out = noise.gaussian_blur(img, sigma)
        assert np.array_equal(out, out[:1].repeat(9, axis=0))  # rows stay alike, edges included
        d = np.diff(out[4, :, 0].astype(np.float64))
        x = np.arange(59) + 0.5
        assert d.sum() == 255 and (d >= 0).all()
        centre = (x * d).sum() / 255
        assert centre == pytest.approx(30.0, abs=0.6)
        assert ((x - centre) ** 2 * d).sum() / 255 == pytest.approx(sigma**2, rel=0.04)
        turned = noise.gaussian_blur(np.ascontiguousarray(img.transpose(1, 0, 2)), sigma)
        assert np.array_equal(turned.transpose(1, 0, 2), out)  # the same kernel down the columns
    flat = np.full((9, 300, 3), 201, np.uint8)
    assert np.array_equal(noise.gaussian_blur(flat, 1.3), flat)


def test_blur_above_the_numpy_range_is_pillows_box_approximation_of_the_gaussian():
    from scipy.ndimage import gaussian_filter

    img = _photo(60, 80, 2)
    sigma = noise.NUMPY_BLUR_MAX_SIGMA + 1.0
    got = noise.apply_filter(img, "blur", sigma).astype(np.float64)
    want = gaussian_filter(img.astype(np.float64), (sigma, sigma, 0), mode="nearest")
    err = np.abs(got - want)[12:-12, 12:-12]
    assert err.mean() < 1.5 and err.max() < 8


def test_gaussian_weights_are_the_sampled_normalised_gaussian():
    w = np.array(noise.gaussian_weights(1.0))
    assert len(w) == 7 and w.sum() == 256 and np.array_equal(w, w[::-1])
    x = np.arange(-3, 4)
    exact = np.exp(-x**2 / 2.0) / np.exp(-x**2 / 2.0).sum() * 256
    assert np.abs(w - exact).max() <= 1.0


def test_mixup_is_within_one_level_of_the_float_mix():
    a, b = _photo(30, 40, 3), _photo(30, 40, 4)[::-1].copy()
    for lam in (0.0, 0.13, 0.5, 0.77, 0.999, 1.0):
        got = noise.mixup(a, b, lam).astype(np.float64)
        want = lam * a + (1 - lam) * b
        assert np.abs(got - want).max() <= 1.0


def test_mean_luma_of_an_array_is_the_bt601_mean_also_beyond_257_rows():
    for h, w in ((3, 5), (257, 4), (600, 7)):
        img = np.random.default_rng(h).integers(0, 256, (h, w, 3), dtype=np.uint8)
        want = float((img.astype(np.float64) @ np.array([0.299, 0.587, 0.114])).mean())
        assert color.mean_luma_array(img) == pytest.approx(want, abs=1e-9)
    white = np.full((300, 300, 3), 255, np.uint8)  # the worst case for the uint16 column sums
    assert color.mean_luma_array(white) == pytest.approx(255.0)


def test_brightness_contrast_on_arrays_equals_the_pillow_path():
    img = _photo(33, 47, 5)
    for beta, gamma in [(1.2, 1.0), (0.8, 1.3), (1.0, 0.7)]:
        via_pil = np.asarray(color.brightness_contrast_pil(geometry.to_pil(img), beta, gamma))
        assert np.abs(color.brightness_contrast(img, beta, gamma).astype(int) - via_pil).max() <= 1


def test_steps_that_draw_nothing_give_the_plain_transform_and_are_seed_stable():
    img, other = _photo(20, 30, 6), _photo(20, 30, 7)
    flips = sample_variants([img, other], ["a", "b"], (Step("hflip", True, 1.0),), 3, 5)
    for s in flips:
        assert np.array_equal(s.image, img[:, ::-1])
    half = (Step("hflip", True, 0.5), Step("grayscale", True, 1.0))
    first = [s.image for s in sample_variants([img, other], ["a", "b"], half, 12, 9)]
    again = [s.image for s in sample_variants([img, other], ["a", "b"], half, 12, 9)]
    assert all(np.array_equal(x, y) for x, y in zip(first, again, strict=True))
    flipped = [np.array_equal(x, color.grayscale(img)[:, ::-1]) for x in first]
    assert 0 < sum(flipped) < 12  # p = 0.5 still draws


def test_gaussian_noise_wraps_around_the_bank():
    bank = noise.noise_bank()
    img = np.full((1, 10, 3), 100, np.uint8)
    out = noise.gaussian_noise(img, 10.0, noise.NOISE_BANK_SIZE - 12)
    z = np.concatenate([bank[-12:], bank[:18]]).reshape(1, 10, 3)
    want = np.clip(np.floor(100 + 10.0 * z.astype(np.float64) + 0.5), 0, 255)
    assert np.abs(out - want).max() <= 1


def _sequential(img, drawn, steps):
    """The steps one by one with the standalone transforms and the recorded draws."""
    out = img
    for d, step in zip(drawn, steps, strict=True):
        if not d.applied:
            continue
        v = d.values
        if d.kind == "random_resized_crop":
            box = (v["top"], v["left"], v["height"], v["width"])
            out = geometry.resized_crop(out, box, step.options["out_height"], step.options["out_width"])
        elif d.kind == "hflip":
            out = geometry.hflip(out)
        else:
            keys = ("angle", "scale", "stretch", "shear_x", "shear_y", "translate_x", "translate_y")
            m = geometry.affine_matrix(out.shape[1], out.shape[0], **{k: v[k] for k in keys})
            out = geometry.warp_affine(out, m, step.options["fill"], step.options["fill_value"])
    return out


@pytest.mark.parametrize("fill", ["constant", "reflect", "edge"])
def test_crop_flip_and_affine_in_one_resampling_match_the_steps_one_by_one(fill):
    img = _photo(96, 128, 8)
    steps = (Step("random_resized_crop", True, 1.0, {"scale": (0.3, 0.9), "out_width": 128, "out_height": 96}),
             Step("hflip", True, 0.5),
             Step("affine", True, 1.0, {"angle": (-25.0, 25.0), "fill": fill, "fill_value": 40}))
    samples = sample_variants([img], ["a"], steps, 8, 11)
    assert any(s.steps[1].applied for s in samples) and not all(s.steps[1].applied for s in samples)
    for s in samples:
        want = _sequential(img, s.steps, steps).astype(np.int64)
        got = s.image.astype(np.int64)
        inner = (slice(3, -3), slice(3, -3))  # edges: one resampling instead of three
        if fill == "constant":
            filled = (want == 40).all(axis=2)
            assert np.mean(filled[inner] == (got == 40).all(axis=2)[inner]) > 0.97
        diff = np.abs(got - want)[inner]
        # one bilinear resampling instead of two: a little sharper, no shift
        assert diff.mean() < 4.0 and np.median(diff) <= 3
        assert abs(got.mean() - want.mean()) < 2.0


def test_crop_and_flip_alone_are_exactly_the_steps_one_by_one():
    img = _photo(60, 80, 9)
    steps = (Step("random_resized_crop", True, 1.0, {"out_width": 80, "out_height": 60}), Step("hflip", True, 0.5))
    for s in sample_variants([img], ["a"], steps, 6, 2):
        assert np.array_equal(s.image, _sequential(img, s.steps, steps))


def test_hsl_jitter_of_a_whole_image_matches_colorsys_pixel_by_pixel():
    import colorsys

    rng = np.random.default_rng(12)
    img = rng.integers(0, 256, (24, 31, 3), dtype=np.uint8)
    img[::3] = img[::3, :, :1]  # grays, black and white among the colours
    img[0, :3] = [[0, 0, 0], [255, 255, 255], [255, 0, 0]]
    for dh, sf, dl in [(75.0, 1.3, -0.1), (-170.0, 0.4, 0.2), (300.0, 2.5, 0.0)]:
        out = color.jitter_hsl(img, dh, sf, dl).astype(int)
        for i, j in np.ndindex(*img.shape[:2]):
            r, g, b = (float(v) / 255 for v in img[i, j])
            hh, ll, ss = colorsys.rgb_to_hls(r, g, b)
            ref = colorsys.hls_to_rgb((hh + dh / 360) % 1.0, min(1.0, max(0.0, ll + dl)), min(1.0, ss * sf))
            assert np.abs(out[i, j] - [round(v * 255) for v in ref]).max() <= 1, (i, j)


@pytest.mark.parametrize("h, w", [(1, 1), (5, 17), (192, 256), (301, 257)])
def test_to_array_gives_the_pixels_of_rgb_and_gray_images(h, w):
    from PIL import Image

    img = np.random.default_rng(h * w).integers(0, 256, (h, w, 3), dtype=np.uint8)
    rgb = geometry.to_array(Image.fromarray(img, "RGB"))
    assert rgb.shape == (h, w, 3) and rgb.dtype == np.uint8 and np.array_equal(rgb, img)
    gray = Image.fromarray(img[..., 1], "L")
    assert np.array_equal(geometry.to_array(gray), img[..., 1])


def test_lookup_tables_applied_in_c_equal_pillows_public_point():
    from PIL import Image

    rng = np.random.default_rng(3)
    img = rng.integers(0, 256, (23, 41, 3), dtype=np.uint8)
    table = rng.integers(0, 256, 768).tolist()
    im = Image.fromarray(img, "RGB")
    assert np.array_equal(np.asarray(color.apply_lut(im, table)), np.asarray(im.point(table)))
    # per channel: out[..., c] = table[256 c + in[..., c]]
    want = np.stack([np.asarray(table[256 * c : 256 * (c + 1)])[img[..., c]] for c in range(3)], axis=2)
    assert np.array_equal(np.asarray(color.apply_lut(im, table)), want)
    assert np.array_equal(color.same_lut(img, table[:256]), np.asarray(table[:256])[img])


def test_hsl_jitter_at_sector_edges_and_ties_matches_colorsys():
    import colorsys

    # every ordering of the channels, ties for the maximum and the minimum, grays, and hue
    # shifts that wrap past 0° and 360° in both directions
    levels = (0, 1, 64, 127, 128, 200, 254, 255)
    img = np.array([[[r, g, b] for r in levels for g in levels] for b in levels], dtype=np.uint8)
    for dh, sf, dl in [(0.0, 1.0, 0.0), (-361.0, 1.0, 0.0), (719.5, 0.8, 0.05), (59.999, 1.7, -0.2), (180.0, 0.0, 0.3)]:
        out = color.jitter_hsl(img, dh, sf, dl).astype(int)
        for i, j in np.ndindex(*img.shape[:2]):
            r, g, b = (float(v) / 255 for v in img[i, j])
            hh, ll, ss = colorsys.rgb_to_hls(r, g, b)
            ref = colorsys.hls_to_rgb((hh + dh / 360) % 1.0, min(1.0, max(0.0, ll + dl)), min(1.0, ss * sf))
            assert np.abs(out[i, j] - [round(v * 255) for v in ref]).max() <= 1, (img[i, j], dh, sf, dl)
    assert np.array_equal(color.jitter_hsl(img, 0.0, 1.0, 0.0), img)


def test_gaussian_noise_in_bands_is_the_formula(monkeypatch):
    img = _photo(600, 700, 4)  # 1.26 M values: worked in bands
    assert img.size > 16 * noise._BAND_VALUES
    offset = noise.NOISE_BANK_SIZE - 5000  # and wrapping around the bank
    banded = noise.gaussian_noise(img, 17.0, offset)
    bank = noise.noise_bank().astype(np.float64)
    z = np.concatenate([bank[offset:], bank])[: img.size].reshape(img.shape)
    want = np.clip(np.floor(img + 17.0 * z + 0.5), 0, 255)
    assert np.abs(banded - want).max() <= 1 and np.mean(banded != want) < 1e-3
    monkeypatch.setattr(noise, "_BAND_VALUES", 10**9)
    assert np.array_equal(noise.gaussian_noise(img, 17.0, offset), banded)


def test_a_flip_step_is_its_own_inverse():
    img = _photo(37, 53, 5)
    once = sample_variants([img], ["a"], (Step("hflip", True, 1.0),), 2, 0)
    assert all(np.array_equal(s.image, img[:, ::-1]) for s in once)
    twice = sample_variants([img], ["a"], (Step("hflip", True, 1.0), Step("hflip", True, 1.0)), 2, 0)
    assert all(np.array_equal(s.image, img) for s in twice)
    v = (Step("vflip", True, 1.0), Step("hflip", True, 1.0), Step("vflip", True, 1.0), Step("hflip", True, 1.0))
    assert all(np.array_equal(s.image, img) for s in sample_variants([img], ["a"], v, 2, 0))


def test_random_resized_crop_is_pillows_crop_then_bilinear_resize():
    from PIL import Image

    img = _photo(90, 120, 6)
    step = Step("random_resized_crop", True, 1.0, {"scale": (0.1, 1.0), "out_width": 100, "out_height": 80})
    for s in sample_variants([img], ["a"], (step,), 12, 4):
        d = s.steps[0].values
        top, left, h, w = d["top"], d["left"], d["height"], d["width"]
        crop = Image.fromarray(img[top : top + h, left : left + w].copy(), "RGB")
        want = np.asarray(crop.resize((100, 80), Image.Resampling.BILINEAR)).astype(int)
        assert s.image.shape == (80, 100, 3)
        assert np.abs(s.image.astype(int) - want).max() <= 1
