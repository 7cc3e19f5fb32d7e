"""Augmentation presets for the lecture's claims: grayscale, and test-time resize + centre crop / 10-crop."""

from __future__ import annotations

import numpy as np
import pytest

from lab.augment.params import PRESETS, AugmentParams
from lab.augment.pipeline import Step, sample_variants
from lab.augment.testtime import TEN_CROP_NAMES
from lab.presets import find


def _photo(h: int = 300, w: int = 400) -> np.ndarray:
    rng = np.random.default_rng(5)
    return rng.integers(0, 256, (h, w, 3), dtype=np.uint8)


def _samples(name: str, n: int = 12) -> list:
    params = find(PRESETS, name).apply(AugmentParams())
    return sample_variants([_photo()], ["photo"], params.steps(), n, seed=params.seed)


def test_grayscale_preset_uses_bt601_luma_on_about_half_the_samples():
    samples = _samples("Grayscale", 16)
    gray = [s for s in samples if any(d.kind == "grayscale" and d.applied for d in s.steps)]
    assert 3 <= len(gray) <= 13  # p = 0.5 over 16 samples
    for s in samples:
        img = s.image.astype(int)
        same = (img[..., 0] == img[..., 1]).all() and (img[..., 1] == img[..., 2]).all()
        assert same == (s in gray)
    # the weights, checked on a flat colour: 0.299·200 + 0.587·100 + 0.114·50 = 124.2
    flat = np.empty((260, 260, 3), dtype=np.uint8)
    flat[...] = (200, 100, 50)
    (out,) = sample_variants([flat], ["flat"], (Step("grayscale", True, 1.0, {}),), 1, seed=0)
    assert abs(int(out.image[0, 0, 0]) - 124.2) <= 1


def test_test_time_centre_crop_is_the_same_for_every_sample():
    samples = _samples("Test time: resize + centre crop", 4)
    assert {s.image.shape for s in samples} == {(224, 224, 3)}
    for s in samples[1:]:
        np.testing.assert_array_equal(s.image, samples[0].image)
    crop = next(d for d in samples[0].steps if d.kind == "centre_crop").values
    # 300×400 resized to short side 256 is 256×341; torchvision: round((256−224)/2), round((341−224)/2)
    assert (crop["top"], crop["left"]) == (16, round((341 - 224) / 2))


def test_ten_crop_shows_the_ten_torchvision_crops_in_order():
    samples = _samples("Test time: 10-crop", 10)
    resized = sample_variants([_photo()], ["photo"], (Step("resize_short", True, 1.0, {"short_side": (256, 256)}),),
                              1, seed=0)[0].image
    h, w = resized.shape[:2]
    boxes = [(0, 0), (0, w - 224), (h - 224, 0), (h - 224, w - 224), (round((h - 224) / 2), round((w - 224) / 2))]
    mirrored = resized[:, ::-1]
    for k, s in enumerate(samples):
        drawn = next(d for d in s.steps if d.kind == "ten_crop").values
        assert drawn["crop"] == TEN_CROP_NAMES[k]
        top, left = boxes[k % 5]
        source = resized if k < 5 else mirrored
        np.testing.assert_array_equal(s.image, source[top : top + 224, left : left + 224])


@pytest.mark.parametrize("name", ["Grayscale", "Test time: resize + centre crop", "Test time: 10-crop"])
def test_presets_are_valid_params(name):
    params = find(PRESETS, name).apply(AugmentParams())
    assert params.preset == "custom" and params.steps()
