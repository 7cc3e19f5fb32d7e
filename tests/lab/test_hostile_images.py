"""Hostile images: the bomb limit at its boundary, strips, full resolution kept small, loads that never half-apply."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
from PIL import Image, ImageOps

from lab.augment.compute import compute, figures
from lab.augment.image_sets import load_images
from lab.augment.loading import DISPLAY_MAX_SIDE, MAX_PIXELS, load_image
from lab.augment.spec import PRESET_CHOICES, AugmentParams, build


def _png_header(path, width: int, height: int) -> None:
    """A PNG whose header claims ``width x height`` RGB pixels, with almost no data behind it."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))


@pytest.mark.parametrize(("width", "height"), [(12_000, 10_000), (10_000, 9_000), (9_500, 9_500)])
def test_images_up_to_the_limit_are_not_called_bombs(tmp_path, width, height):
    # 90 MP is above Pillow's own warning (89.5 MP) but below ours: it must not be refused as a bomb
    assert width * height <= MAX_PIXELS == 120_000_000
    path = tmp_path / "big.png"
    _png_header(path, width, height)
    with pytest.raises(ValueError) as info:  # the data behind the header is missing, nothing else
        load_image(path)
    reason = str(info.value).split("big.png: ", 1)[1]
    assert "bomb" not in reason and "limit" not in reason
    assert "truncated" in reason or "corrupt" in reason


@pytest.mark.parametrize(("width", "height"), [(12_000, 10_001), (20_000, 20_000)])
def test_images_over_the_limit_are_refused_before_decoding_with_the_same_number(tmp_path, width, height):
    path = tmp_path / "bomb.png"
    _png_header(path, width, height)
    with pytest.raises(ValueError) as info:
        load_image(path)
    text = str(info.value)
    assert "120,000,000-pixel limit" in text and "decompression bomb" in text
    if width * height < 2 * Image.MAX_IMAGE_PIXELS:  # below Pillow's hard limit we know the size
        assert f"{width}x{height} = {width * height:,} pixels" in text


@pytest.mark.parametrize("size", [(20_000, 20), (16, 8_000), (1, 1), (1, 5_000)])
def test_strips_are_previewed_with_every_preset(tmp_path, size):
    path = tmp_path / "strip.png"
    Image.new("RGB", size, (200, 30, 30)).save(path)
    partner = tmp_path / "partner.png"
    Image.new("RGB", (64, 48), (30, 30, 200)).save(partner)
    for preset in PRESET_CHOICES:
        if preset == "custom":
            continue
        params = AugmentParams(images=(str(path), str(partner)), preset=preset, max_side=512)
        images = list(load_images(params.images, params.max_side).images)
        assert max(images[0].pixels.shape[:2]) <= 512
        result = compute(params, images)
        for sample in result.samples:
            assert sample.image.dtype == np.uint8 and max(sample.image.shape[:2]) <= 4096
        assert len(build(params)) == 3


def test_full_resolution_figures_show_a_display_copy_and_keep_the_source_size(tmp_path):
    path = tmp_path / "wide.png"
    rng = np.random.default_rng(0)
    Image.fromarray(rng.integers(0, 255, (1500, 4500, 3), dtype=np.uint8)).save(path)
    params = AugmentParams(images=(str(path),), max_side=0, n_test=0)
    images = list(load_images(params.images, 0).images)
    assert images[0].pixels.shape == (1500, 4500, 3)  # full mode decodes everything
    for fig in figures(params, compute(params, images)):
        for ax in fig.axes:
            for item in ax.items:
                if hasattr(item, "data") and getattr(item.data, "ndim", 0) >= 2:
                    assert max(item.data.shape[:2]) <= DISPLAY_MAX_SIDE


def test_a_large_rotated_jpeg_decodes_in_bands_to_the_same_pixels(tmp_path):
    path = tmp_path / "rotated.jpg"
    rng = np.random.default_rng(1)
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.fromarray(rng.integers(0, 255, (1800, 2600, 3), dtype=np.uint8)).save(path, quality=90, exif=exif.tobytes())
    loaded = load_image(path)
    with Image.open(path) as im:
        expected = np.asarray(ImageOps.exif_transpose(im).convert("RGB"))
    assert loaded.pixels.shape == (2600, 1800, 3) and loaded.source_size == (1800, 2600)
    assert np.array_equal(loaded.pixels, expected)
    assert not loaded.pixels.flags.writeable


def test_the_image_cache_does_not_keep_more_pixels_than_its_byte_budget(tmp_path, monkeypatch):
    from lab.augment import loading

    monkeypatch.setattr(loading, "CACHE_BYTES", 3 * 100 * 100 * 3)  # room for three 100x100 images
    paths = []
    for i in range(5):
        paths.append(tmp_path / f"{i}.png")
        Image.new("RGB", (100, 100), (i, 0, 0)).save(paths[-1])
    first = [loading.load_cached(p) for p in paths]
    # the two oldest were evicted (decoded again: a new object), the three newest are hits
    again = [loading.load_cached(p) for p in reversed(paths)]
    assert [a is f for a, f in zip(reversed(again), first, strict=True)] == [False, False, True, True, True]
    big = tmp_path / "big.png"
    Image.new("RGB", (200, 200)).save(big)  # more than half the budget: never cached
    assert loading.load_cached(big) is not loading.load_cached(big)


def test_short_side_resize_of_a_big_photo_matches_a_direct_resize(tmp_path):
    # a full-resolution source is box-reduced once per grid (Pillow's resampling holds the GIL);
    # each sample must still match resizing the full image directly, up to rounding
    from lab.augment.pipeline import Step, sample_variants

    y, x = np.mgrid[0:2400, 0:3600].astype(np.float64)
    photo = np.stack([x / 3600 * 255, y / 2400 * 255, (x + y) / 6000 * 255], axis=2).astype(np.uint8)
    steps = (Step("resize_short", True, 1.0, {"short_side": (256, 480)}),)
    for s in sample_variants([photo], ["p"], steps, 4, 0):
        h, w = s.image.shape[:2]
        assert min(h, w) == s.steps[0].values["short_side"] and abs(w / h - 1.5) < 0.01
        direct = np.asarray(Image.fromarray(photo).resize((w, h), Image.Resampling.BILINEAR), dtype=np.int16)
        assert np.abs(s.image.astype(np.int16) - direct).max() <= 2
