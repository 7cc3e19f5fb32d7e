"""The image loader against a generated corpus of odd and broken files."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from lab.augment import loading
from lab.augment.loading import expand_paths, load_image, resolve_images, sample_paths


def _gradient(w: int, h: int) -> np.ndarray:
    y, x = np.mgrid[0:h, 0:w]
    return np.stack([x * 255 // max(1, w - 1), y * 255 // max(1, h - 1), (x + y) % 256], axis=2).astype(np.uint8)


def test_bundled_samples_load_and_are_small():
    paths = sample_paths()
    assert [p.name for p in paths] == ["astronaut.jpg", "coffee.jpg", "cat.jpg"]
    assert sum(p.stat().st_size for p in paths) < 400_000
    assert (paths[0].parent / "LICENSE.md").is_file()
    for p in paths:
        im = load_image(p)
        assert im.pixels.dtype == np.uint8 and im.pixels.shape[2] == 3
        assert not im.pixels.flags.writeable
        assert im.notes == ()


@pytest.mark.parametrize("fmt,suffix", [("PNG", ".png"), ("BMP", ".bmp"), ("TIFF", ".tif"), ("WEBP", ".webp")])
def test_lossless_formats_round_trip_exactly(tmp_path, fmt, suffix):
    arr = _gradient(40, 30)
    path = tmp_path / f"img{suffix}"
    Image.fromarray(arr).save(path, format=fmt, **({"lossless": True} if fmt == "WEBP" else {}))
    loaded = load_image(path)
    np.testing.assert_array_equal(loaded.pixels, arr)
    assert loaded.source_size == (40, 30)


def test_sixteen_bit_png_keeps_the_high_byte(tmp_path):
    arr16 = (np.arange(20 * 10, dtype=np.uint16).reshape(10, 20) * 300).astype(np.uint16)
    path = tmp_path / "deep.png"
    Image.fromarray(arr16).save(path)
    loaded = load_image(path)
    np.testing.assert_array_equal(loaded.pixels[..., 0], (arr16 >> 8).astype(np.uint8))
    np.testing.assert_array_equal(loaded.pixels[..., 0], loaded.pixels[..., 2])
    assert any("16-bit" in n for n in loaded.notes)


def test_grayscale_palette_and_alpha_are_converted_with_notes(tmp_path):
    gray = tmp_path / "gray.png"
    Image.fromarray(np.full((5, 6), 77, np.uint8), "L").save(gray)
    g = load_image(gray)
    assert (g.pixels == 77).all() and any("grayscale" in n for n in g.notes)

    pal = tmp_path / "pal.png"
    Image.fromarray(_gradient(16, 8)).convert("P", palette=Image.Palette.ADAPTIVE, colors=8).save(pal)
    assert any("palette" in n for n in load_image(pal).notes)

    rgba = np.zeros((4, 4, 4), np.uint8)
    rgba[..., 0] = 200
    rgba[..., 3] = 0  # fully transparent: must come out white, not red or black
    rgba[0, 0] = (10, 20, 30, 255)
    path = tmp_path / "alpha.png"
    Image.fromarray(rgba, "RGBA").save(path)
    a = load_image(path)
    assert tuple(a.pixels[1, 1]) == (255, 255, 255)
    assert tuple(a.pixels[0, 0]) == (10, 20, 30)
    assert any("transparency" in n for n in a.notes)


def test_gif_gives_the_first_frame(tmp_path):
    frames = [Image.new("RGB", (8, 8), c) for c in ((255, 0, 0), (0, 0, 255), (0, 255, 0))]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=50, loop=0)
    loaded = load_image(path)
    r, g, b = (int(v) for v in loaded.pixels[4, 4])
    assert r > 200 and g < 50 and b < 50
    assert any("first of 3 frames" in n for n in loaded.notes)


def test_exif_orientation_is_applied(tmp_path):
    arr = np.zeros((20, 40, 3), np.uint8)
    arr[:, :20] = (255, 0, 0)  # left half red, right half blue, 40 wide x 20 high
    arr[:, 20:] = (0, 0, 255)
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 CW to display"
    path = tmp_path / "rotated.jpg"
    Image.fromarray(arr).save(path, exif=exif, quality=95)
    loaded = load_image(path)
    assert loaded.pixels.shape[:2] == (40, 20)  # now portrait
    assert loaded.source_size == (20, 40)
    top, bottom = loaded.pixels[5, 10].astype(int), loaded.pixels[35, 10].astype(int)
    assert top[0] > 200 and top[2] < 60  # the left (red) half is now on top
    assert bottom[2] > 200 and bottom[0] < 60
    assert any("EXIF" in n for n in loaded.notes)


def test_large_jpeg_is_decoded_at_reduced_size(tmp_path):
    path = tmp_path / "big.jpg"
    Image.fromarray(_gradient(2400, 1600)).save(path, quality=85)
    loaded = load_image(path, max_side=300)
    assert max(loaded.pixels.shape[:2]) == 300
    assert loaded.pixels.shape[:2] == (200, 300)
    assert loaded.source_size == (2400, 1600)
    assert loaded.downscaled
    # content survives: the red ramp still goes left (dark) to right (bright)
    assert loaded.pixels[100, 5, 0] < 20 and loaded.pixels[100, -5, 0] > 235


def test_large_png_is_reduced_too(tmp_path):
    path = tmp_path / "big.png"
    Image.fromarray(_gradient(1000, 500)).save(path)
    loaded = load_image(path, max_side=100)
    assert loaded.pixels.shape[:2] == (50, 100)


def _bad(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _jpeg_bytes() -> bytes:
    buf = io.BytesIO()
    Image.fromarray(_gradient(64, 48)).save(buf, format="JPEG")
    return buf.getvalue()


def _png_bytes() -> bytes:
    buf = io.BytesIO()
    Image.fromarray(_gradient(64, 48)).save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize(
    "name,make,reason",
    [
        ("empty.jpg", lambda: b"", "empty file"),
        ("notes.png", lambda: b"this is a text file, not a picture\n" * 3, "not an image"),
        ("half.jpg", lambda: _jpeg_bytes()[: len(_jpeg_bytes()) // 2], "truncated"),
        ("half.png", lambda: _png_bytes()[: len(_png_bytes()) // 2], "truncated"),
        ("garbage.png", lambda: _png_bytes()[:40] + bytes(range(256)) * 4, ""),
        ("pdf.jpg", lambda: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "not an image"),
    ],
)
def test_broken_files_are_refused_with_one_line_naming_them(tmp_path, name, make, reason):
    path = _bad(tmp_path, name, make())
    with pytest.raises(ValueError) as info:
        load_image(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path))
    assert reason in message


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ValueError, match="no such file"):
        load_image(tmp_path / "nope.png")
    with pytest.raises(ValueError, match="is a folder"):
        load_image(tmp_path)


def test_decompression_bomb_is_refused_before_decoding(tmp_path, monkeypatch):
    path = tmp_path / "bomb.png"
    Image.new("L", (3000, 2000)).save(path)  # compresses to a few kB
    assert path.stat().st_size < 50_000
    with pytest.raises(ValueError, match="3000x2000 = 6,000,000 pixels is more than the 5,000,000-pixel limit"):
        load_image(path, max_pixels=5_000_000)
    # Pillow's own bomb check (a warning) must also end in our one-line message, not a warning
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1_000_000)
    with pytest.raises(ValueError, match="decompression bomb"):
        load_image(path)


def test_expand_paths_folders_sorted_and_filtered(tmp_path):
    for name in ("b.PNG", "a.jpg", ".hidden.png", "readme.txt"):
        (tmp_path / name).write_bytes(_png_bytes() if name.lower().endswith(".png") else _jpeg_bytes())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.png").write_bytes(_png_bytes())
    assert [p.name for p in expand_paths([tmp_path])] == ["a.jpg", "b.PNG"]
    with pytest.raises(ValueError, match="empty: no such file or folder"):
        expand_paths([tmp_path / "sub" / "c.png", tmp_path / "empty"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no image files in this folder"):
        expand_paths([tmp_path / "empty"])


def test_resolve_images_verifies_every_file(tmp_path):
    good = tmp_path / "good.png"
    good.write_bytes(_png_bytes())
    assert resolve_images([str(good)]) == [good]
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(_jpeg_bytes()[:200])
    with pytest.raises(ValueError) as info:
        resolve_images([str(tmp_path)])
    assert str(broken) in str(info.value) and "\n" not in str(info.value)
    assert resolve_images([str(tmp_path)], verify=False) == [broken, good]


def test_cache_returns_the_same_decoded_image_until_the_file_changes(tmp_path):
    path = tmp_path / "x.png"
    Image.fromarray(_gradient(10, 10)).save(path)
    a = loading.load_cached(path, max_side=0)
    assert loading.load_cached(path, max_side=0) is a
    Image.fromarray(255 - _gradient(12, 10)).save(path)
    b = loading.load_cached(path, max_side=0)
    assert b is not a and b.pixels.shape == (10, 12, 3)


def test_cmyk_jpeg_and_gray_alpha_png(tmp_path):
    cmyk = tmp_path / "print.jpg"
    Image.new("CMYK", (12, 8), (0, 255, 255, 0)).save(cmyk, quality=95)  # pure red ink
    loaded = load_image(cmyk)
    r, g, b = (int(v) for v in loaded.pixels[4, 6])
    assert r > 230 and g < 30 and b < 30
    assert any("CMYK" in n for n in loaded.notes)
    la = tmp_path / "gray_alpha.png"
    Image.new("LA", (5, 5), (50, 255)).save(la)
    assert (load_image(la).pixels == 50).all()
