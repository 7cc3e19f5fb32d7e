"""Colour transforms: HSL jitter, brightness/contrast, grayscale and AlexNet "fancy PCA".

Colour space and formulas (all on the 0–1 scale, ``r, g, b`` the channels of one pixel):

* HSL (the hexcone model of a paint program's colour editor):
  ``M = max(r, g, b)``, ``m = min(r, g, b)``, ``C = M − m``, ``L = (M + m)/2``,
  ``S = C / (1 − |2L − 1|)`` (0 for grays), ``H = 60° · h′`` with ``h′ = ((g − b)/C) mod 6``
  if ``M = r``, ``(b − r)/C + 2`` if ``M = g``, ``(r − g)/C + 4`` if ``M = b``.
  Back: ``a = S · min(L, 1 − L)``, channel ``n ∈ {0 (R), 8 (G), 4 (B)}`` is
  ``L − a · max(−1, min(k − 3, 9 − k, 1))`` with ``k = (n + H/30°) mod 12``.
* HSL jitter: ``H ← (H + Δh) mod 360°``, ``S ← clip(S · s, 0, 1)``, ``L ← clip(L + Δl, 0, 1)``.
* Brightness ``β`` and contrast ``γ`` (factors, 1 = unchanged, as Pillow's ImageEnhance):
  ``x ← clip(γ · (β x − β μ) + β μ)`` with ``μ`` the image's mean luma; one lookup table.
* Grayscale: ITU-R BT.601 luma ``Y = 0.299 R + 0.587 G + 0.114 B`` (Pillow's ``convert("L")``),
  repeated in the three channels.
* Fancy PCA (Krizhevsky et al. 2012): add ``Σᵢ pᵢ αᵢ λᵢ`` to every pixel, ``αᵢ ~ N(0, σ)``,
  ``pᵢ, λᵢ`` the eigenvectors/eigenvalues of the RGB covariance (0–1 scale).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from lab.augment.geometry import check_rgb, to_pil

#: Luma weights of ITU-R BT.601, used by Pillow's ``convert("L")``.
LUMA_WEIGHTS: tuple[float, float, float] = (0.299, 0.587, 0.114)

#: ImageNet RGB PCA as published with fb.resnet.torch (used by most AlexNet-style lighting
#: noise): eigenvalues and eigenvectors (columns), on the 0–1 scale.
IMAGENET_EIGVAL: NDArray[np.float64] = np.array([0.2175, 0.0188, 0.0045])
IMAGENET_EIGVEC: NDArray[np.float64] = np.array(
    [
        [-0.5675, 0.7192, 0.4009],
        [-0.5808, -0.0045, -0.8140],
        [-0.5836, -0.6948, 0.4203],
    ]
)


def rgb_to_hsl(img: NDArray[np.uint8]) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Convert an RGB uint8 image to ``(H in degrees [0, 360), S in [0, 1], L in [0, 1])``."""
    x = check_rgb(img).astype(np.float64) / 255.0
    r, g, b = x[..., 0], x[..., 1], x[..., 2]
    mx = x.max(axis=2)
    mn = x.min(axis=2)
    c = mx - mn
    light = (mx + mn) / 2.0
    denom = 1.0 - np.abs(2.0 * light - 1.0)
    safe_c = np.where(c > 0, c, 1.0)
    sat = np.where(c > 0, c / np.where(denom > 0, denom, 1.0), 0.0)
    hp = np.where(mx == r, np.mod((g - b) / safe_c, 6.0), np.where(mx == g, (b - r) / safe_c + 2.0, (r - g) / safe_c + 4.0))
    hue = np.where(c > 0, 60.0 * hp, 0.0)
    return np.mod(hue, 360.0), np.clip(sat, 0.0, 1.0), light


def hsl_to_rgb(hue: NDArray[np.floating], sat: NDArray[np.floating], light: NDArray[np.floating]) -> NDArray[np.uint8]:
    """Convert HSL arrays (degrees, 0–1, 0–1) back to an RGB uint8 image (rounded)."""
    hue = np.asarray(hue, dtype=np.float64)
    sat = np.clip(np.asarray(sat, dtype=np.float64), 0.0, 1.0)
    light = np.clip(np.asarray(light, dtype=np.float64), 0.0, 1.0)
    if not (hue.shape == sat.shape == light.shape) or hue.ndim != 2:
        raise ValueError("hue, sat and light must be 2-D arrays of one shape")
    a = sat * np.minimum(light, 1.0 - light)
    h30 = np.mod(hue, 360.0) / 30.0
    out = np.empty((*hue.shape, 3), dtype=np.uint8)
    for ch, n in enumerate((0.0, 8.0, 4.0)):
        k = np.mod(n + h30, 12.0)
        v = light - a * np.clip(np.minimum(k - 3.0, 9.0 - k), -1.0, 1.0)
        out[..., ch] = np.clip(np.rint(v * 255.0), 0, 255)
    return out


def jitter_hsl(img: NDArray[np.uint8], hue_shift: float = 0.0, saturation: float = 1.0, lightness: float = 0.0) -> NDArray[np.uint8]:
    """Shift hue by ``hue_shift`` degrees, scale HSL saturation by ``saturation``, add ``lightness``.

    See the module docstring for the formulas.  ``saturation >= 0``; ``lightness`` in [−1, 1].
    Computed in float32 on channel planes (reductions over a length-3 axis are slow in NumPy),
    within one gray level of the float64 :func:`rgb_to_hsl` / :func:`hsl_to_rgb` round trip.
    """
    check_rgb(img)
    if saturation < 0 or not np.isfinite(saturation):
        raise ValueError(f"saturation factor must be >= 0, got {saturation}")
    if not (-1.0 <= lightness <= 1.0):
        raise ValueError(f"lightness shift must be within [-1, 1], got {lightness}")
    if not np.isfinite(hue_shift):
        raise ValueError(f"hue shift must be finite, got {hue_shift}")
    # Work on bands of rows small enough that the float32 temporaries stay in cache: on a
    # 1024×768 image this is about twice as fast as one pass over the whole image.
    rows = max(1, _BLOCK_PIXELS // img.shape[1])
    if img.shape[0] <= rows:
        return _jitter_hsl_block(img, hue_shift, saturation, lightness)
    out = np.empty_like(img)
    for top in range(0, img.shape[0], rows):
        out[top : top + rows] = _jitter_hsl_block(img[top : top + rows], hue_shift, saturation, lightness)
    return out


_BLOCK_PIXELS = 32_768


def _jitter_hsl_block(img: NDArray[np.uint8], hue_shift: float, saturation: float, lightness: float) -> NDArray[np.uint8]:
    f32 = np.float32
    planes = np.moveaxis(img, 2, 0).astype(np.float32)  # (3, H, W), 0–255 scale
    r, g, b = planes[0], planes[1], planes[2]
    mx = np.maximum(r, g)
    np.maximum(mx, b, out=mx)
    mn = np.minimum(r, g)
    np.minimum(mn, b, out=mn)
    chroma = mx - mn
    light = mx + mn
    light *= f32(0.5)
    room = np.subtract(f32(255.0), light)  # min(L, 1 − L) on the 0–255 scale
    np.minimum(room, light, out=room)
    # every colour has room >= C/2 >= 0.5; grays (C = 0) get a' = 0 from their chroma, and the
    # floor only keeps black and white from 0/0
    np.maximum(room, f32(0.5), out=room)
    new_light = light
    new_light += f32(lightness * 255.0)
    np.clip(new_light, f32(0.0), f32(255.0), out=new_light)
    a_new = chroma * f32(0.5 * saturation)  # S·s = (C/2)·s / min(L, 1 − L)
    a_new /= room
    np.minimum(a_new, f32(1.0), out=a_new)
    new_room = np.subtract(f32(255.0), new_light, out=room)
    np.minimum(new_room, new_light, out=new_room)
    a_new *= new_room
    # hue in units of 30° (k of the module docstring without the channel offset): 2·h′; grays
    # get a finite hue that a' = 0 then ignores
    inv_c = np.maximum(chroma, f32(1.0), out=chroma)
    np.divide(f32(2.0), inv_c, out=inv_c)
    # The sector (which channel is the maximum) picks one of three terms.  Selected as
    # Σ mask·term, exact because x·0 = 0 and 0 + x = x: np.where on an irregular mask
    # branches per element and costs about 100 arithmetic passes.
    is_r = mx == r
    is_g = mx == g
    is_g &= ~is_r
    is_b = ~is_r
    is_b &= ~is_g
    hue = np.subtract(g, b)
    hue *= inv_c
    hue *= is_r
    term = np.subtract(b, r)
    term *= inv_c
    term += f32(4.0)
    term *= is_g
    hue += term
    np.subtract(r, g, out=term)
    term *= inv_c
    term += f32(8.0)
    term *= is_b
    hue += term
    # k − 6 wrapped into [−6, 6) by subtraction (np.mod on float32 costs ~100× an addition, a
    # masked subtraction several): hue + shift + 6 lies in [4, 28)
    hue += f32(np.mod(hue_shift, 360.0) / 30.0 + 6.0)
    hue -= f32(12.0) * (hue >= f32(18.0))
    hue -= f32(12.0) * (hue >= f32(6.0))
    out = np.empty(img.shape, dtype=np.uint8)
    # L' ± a' stays within [0, 255] because a' <= min(L', 255 − L'), so no clip is needed
    # before the rounding cast (+0.5 then truncation; 255.5 truncates to 255).
    new_light += f32(0.5)
    k = np.empty_like(hue)
    t = np.empty_like(hue)
    for ch, n in enumerate((0.0, 8.0, 4.0)):
        if n:
            np.add(hue, f32(n), out=k)
            k -= f32(12.0) * (k >= f32(6.0))  # channel offset, wrapped again
        # the channel's triangle clip(min(k − 3, 9 − k), −1, 1) = clip(3 − |k − 6|, −1, 1)
        np.abs(k if n else hue, out=t)
        np.subtract(f32(3.0), t, out=t)
        np.clip(t, f32(-1.0), f32(1.0), out=t)
        t *= a_new
        np.subtract(new_light, t, out=t)
        out[..., ch] = t
    return out


def mean_luma(im: Image.Image) -> float:
    """Mean BT.601 luma of a Pillow RGB image (0–255), from its C histogram."""
    hist = np.asarray(im.histogram(), dtype=np.float64).reshape(3, 256)
    levels = np.arange(256, dtype=np.float64)
    means = hist @ levels / max(1.0, hist[0].sum())
    return float(np.dot(LUMA_WEIGHTS, means))


def brightness_contrast_lut(brightness: float, contrast: float, mu: float) -> list[int]:
    """The 768-entry lookup table of ``clip(γ·(β x − β μ) + β μ)`` (same for every channel)."""
    if brightness < 0 or contrast < 0 or not np.isfinite(brightness) or not np.isfinite(contrast):
        raise ValueError(f"brightness and contrast factors must be finite and >= 0, got {brightness}, {contrast}")
    x = np.arange(256, dtype=np.float64)
    y = contrast * (brightness * x - brightness * mu) + brightness * mu
    table = np.clip(np.floor(y + 0.5), 0, 255).astype(np.int64).tolist()
    return table * 3


def mean_luma_array(img: NDArray[np.uint8]) -> float:
    """Mean BT.601 luma of an RGB uint8 array (0–255), exact.

    Column sums of at most 257 rows fit ``uint16`` (257 · 255 = 65535), and NumPy adds whole
    rows at a time: several times faster than a histogram or a ``uint64`` sum.
    """
    h, w = img.shape[:2]
    flat = img.reshape(h, w * 3)
    total = np.zeros(w * 3, dtype=np.uint64)
    for top in range(0, h, 257):
        total += np.add.reduce(flat[top : top + 257], axis=0, dtype=np.uint16)
    means = total.reshape(w, 3).sum(axis=0) / float(h * w)
    return float(np.dot(LUMA_WEIGHTS, means))


def same_lut(img: NDArray[np.uint8], table: list[int]) -> NDArray[np.uint8]:
    """Map every byte of an RGB array through one 256-entry table.

    Pillow reads the array in place as an 8-bit image three times as wide (no conversion to
    its 4-byte RGB layout) and applies the table in C.
    """
    img = np.ascontiguousarray(img)
    h, w = img.shape[:2]
    view = Image.frombuffer("L", (w * 3, h), img, "raw", "L", 0, 1)
    return np.asarray(view.point(table)).reshape(h, w, 3)


def brightness_contrast_pil(im: Image.Image, brightness: float = 1.0, contrast: float = 1.0) -> Image.Image:
    if brightness == 1.0 and contrast == 1.0:
        return im.copy()
    mu = mean_luma(im) if contrast != 1.0 else 0.0
    return im.point(brightness_contrast_lut(brightness, contrast, mu))


def brightness_contrast(img: NDArray[np.uint8], brightness: float = 1.0, contrast: float = 1.0) -> NDArray[np.uint8]:
    """Scale brightness by ``brightness`` and contrast (about the mean luma) by ``contrast``.

    One uint8 lookup table (the same for the three channels) applied by :func:`same_lut`.
    """
    check_rgb(img)
    if brightness == 1.0 and contrast == 1.0:
        return img.copy()
    mu = mean_luma_array(img) if contrast != 1.0 else 0.0
    return same_lut(img, brightness_contrast_lut(brightness, contrast, mu)[:256])


def grayscale_pil(im: Image.Image) -> Image.Image:
    luma = im.convert("L")
    return Image.merge("RGB", (luma, luma, luma))  # faster than convert("RGB") from "L"


def grayscale(img: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """BT.601 luma ``0.299 R + 0.587 G + 0.114 B`` (rounded), repeated in three channels."""
    return np.asarray(grayscale_pil(to_pil(img)))


def pca_basis(images: Sequence[NDArray[np.uint8]], max_pixels: int = 200_000) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Eigenvalues (descending) and eigenvectors (columns) of the RGB covariance, 0–1 scale.

    The covariance divides by N (population); pixels are subsampled on a regular stride to
    at most ``max_pixels`` per image.
    """
    if not images:
        raise ValueError("pca_basis needs at least one image")
    chunks = []
    for img in images:
        flat = check_rgb(img).reshape(-1, 3)
        step = max(1, flat.shape[0] // max_pixels)
        chunks.append(flat[::step].astype(np.float64) / 255.0)
    x = np.concatenate(chunks)
    x -= x.mean(axis=0)
    cov = x.T @ x / x.shape[0]
    vals, vecs = np.linalg.eigh(cov)
    order = np.argsort(vals)[::-1]
    return np.clip(vals[order], 0.0, None), vecs[:, order]


def fancy_pca_shift(alphas: NDArray[np.float64], eigval: NDArray[np.float64], eigvec: NDArray[np.float64]) -> NDArray[np.float64]:
    """The RGB offset ``Σᵢ pᵢ αᵢ λᵢ`` (0–1 scale) added to every pixel."""
    alphas = np.asarray(alphas, dtype=np.float64)
    eigval = np.asarray(eigval, dtype=np.float64)
    eigvec = np.asarray(eigvec, dtype=np.float64)
    if alphas.shape != (3,) or eigval.shape != (3,) or eigvec.shape != (3, 3):
        raise ValueError("fancy PCA needs 3 alphas, 3 eigenvalues and a 3x3 eigenvector matrix")
    return eigvec @ (alphas * eigval)


def add_rgb_offset_pil(im: Image.Image, offset01: NDArray[np.float64]) -> Image.Image:
    x = np.arange(256, dtype=np.float64)
    table: list[int] = []
    for ch in range(3):
        table += np.clip(np.floor(x + 255.0 * offset01[ch] + 0.5), 0, 255).astype(np.int64).tolist()
    return im.point(table)


def fancy_pca(img: NDArray[np.uint8], alphas: NDArray[np.float64], eigval: NDArray[np.float64] = IMAGENET_EIGVAL,
              eigvec: NDArray[np.float64] = IMAGENET_EIGVEC) -> NDArray[np.uint8]:
    """AlexNet colour noise: add ``eigvec @ (alphas * eigval)`` (0–1 scale) to every pixel."""
    return np.asarray(add_rgb_offset_pil(to_pil(img), fancy_pca_shift(alphas, eigval, eigvec)))
