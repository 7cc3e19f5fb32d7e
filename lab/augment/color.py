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

from lab.augment.geometry import check_rgb, to_array, to_pil

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
    # Work on bands of rows small enough that the temporaries stay in cache, all in buffers
    # allocated once per call (fresh arrays of this size cost page faults on every band).
    h, w = img.shape[:2]
    rows = max(1, min(h, _BLOCK_PIXELS // w))
    work = _HslWork(rows * w)
    out = np.empty((h, w, 3), dtype=np.uint8)
    for top in range(0, h, rows):
        _jitter_hsl_block(img[top : top + rows], out[top : top + rows], work, hue_shift, saturation, lightness)
    return out


_BLOCK_PIXELS = 65_536


class _HslWork:
    """The scratch planes of :func:`_jitter_hsl_block` for bands of up to ``n`` pixels."""

    def __init__(self, n: int) -> None:
        self.f32 = np.empty((12, n), dtype=np.float32)  # 1, r, g, b, max, min, chroma, 2L, room, a', num, term
        self.f32[0] = 1.0
        self.mask = np.empty(n, dtype=np.int32)


def _jitter_hsl_block(img: NDArray[np.uint8], out: NDArray[np.uint8], work: _HslWork,
                      hue_shift: float, saturation: float, lightness: float) -> None:
    f32 = np.float32
    h, w = img.shape[:2]
    n = h * w
    one, r, g, b, mx, mn, chroma, light, room, a_new, num, term = work.f32[:, :n]
    mask = work.mask[:n]
    # float32 channel planes on the 0–255 scale (the cast reads the interleaved bytes faster
    # than a uint8 copy does).  NumPy's maximum/minimum against a scalar are ~5× slower than
    # against an array: ``one`` holds 1.
    np.copyto(work.f32[1:4, :n], img.reshape(n, 3).T)
    np.maximum(r, g, out=mx)
    np.maximum(mx, b, out=mx)
    np.minimum(r, g, out=mn)
    np.minimum(mn, b, out=mn)
    np.subtract(mx, mn, out=chroma)
    # The hue in units of 30° is 2·num/C, shifted by +2 so that it lies in [0, 12]: num is
    # g − b + C where r is the maximum, b − r + 3C where g is, r − g + 5C where b is (all
    # exact in float32).  The sector is selected by bit masks on the floats' bits: a masked
    # copy or np.where branches per pixel and costs about ten arithmetic passes.
    np.subtract(r, g, out=num)
    np.multiply(chroma, f32(5.0), out=term)
    num += term
    bits, term_bits = num.view(np.int32), term.view(np.int32)
    for top, x, y, offset in ((g, b, r, 3.0), (r, g, b, 1.0)):  # where g, then r is the maximum
        np.equal(mx, top, out=mask, casting="unsafe")
        np.negative(mask, out=mask)  # 0 or all ones
        np.multiply(chroma, f32(offset), out=term)
        term += x
        term -= y
        term_bits ^= bits
        term_bits &= mask
        bits ^= term_bits
    np.add(mx, mn, out=light)  # 2L
    np.subtract(f32(510.0), light, out=room)
    np.minimum(room, light, out=room)  # 2·min(L, 255 − L) >= C >= 1 for every colour
    np.maximum(room, one, out=room)  # grays (C = 0) get a' = 0 from their chroma; no 0/0
    np.multiply(chroma, f32(saturation), out=a_new)  # S·s = (C/2)·s / min(L, 255 − L)
    a_new /= room
    np.minimum(a_new, one, out=a_new)
    light *= f32(0.5)
    light += f32(lightness * 255.0)
    np.clip(light, f32(0.0), f32(255.0), out=light)
    np.subtract(f32(255.0), light, out=room)
    np.minimum(room, light, out=room)
    a_new *= room  # a' = S'·min(L', 255 − L')
    # L' ± a' stays within [0, 255] because a' <= min(L', 255 − L'), so no clip is needed
    # before the rounding cast (+0.5 then truncation; 255.5 truncates to 255).
    light += f32(0.5)
    np.maximum(chroma, one, out=chroma)
    np.divide(f32(2.0), chroma, out=chroma)
    hue = num
    hue *= chroma
    shift = float(np.mod(hue_shift, 360.0)) / 30.0
    k = term
    flat = out.reshape(n, 3)
    for ch, offset in enumerate((0.0, 8.0, 4.0)):
        # k ≡ (hue − 2) + shift + channel offset (mod 12) is taken as hue + c with c in [0, 12),
        # so in [0, 24): its distance to the nearest of 6 and 18 is ||k − 12| − 6|
        np.add(hue, f32((shift + offset - 2.0) % 12.0 - 12.0), out=k)
        np.abs(k, out=k)
        k -= f32(6.0)
        np.abs(k, out=k)
        # the channel's triangle clip(3 − |k − 6|, −1, 1), negated
        k -= f32(3.0)
        np.clip(k, f32(-1.0), f32(1.0), out=k)
        k *= a_new
        k += light
        np.copyto(flat[:, ch], k, casting="unsafe")


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


class _Table(Image.ImagePointHandler):
    """A table of ints for :meth:`PIL.Image.Image.point` that goes to Pillow's C code as it is.

    Given a plain list, ``point`` first rounds every entry in Python: 10 µs for 256 entries,
    30 µs for an RGB table, as long as the table itself on a small image.
    """

    def __init__(self, table: list[int]) -> None:
        self.table = table

    def point(self, im: Image.Image) -> Image.Image:
        return im._new(im.im.point(self.table, None))


def apply_lut(im: Image.Image, table: list[int]) -> Image.Image:
    """``im.point(table)`` for a table of ints (256 entries per band)."""
    try:
        return im.point(_Table(table))
    except AttributeError:  # a Pillow without these internals: the public way
        return im.point(table)


def same_lut(img: NDArray[np.uint8], table: list[int]) -> NDArray[np.uint8]:
    """Map every byte of an RGB array through one 256-entry table.

    Pillow reads the array in place as an 8-bit image three times as wide (no conversion to
    its 4-byte RGB layout) and applies the table in C.
    """
    img = np.ascontiguousarray(img)
    h, w = img.shape[:2]
    view = Image.frombuffer("L", (w * 3, h), img, "raw", "L", 0, 1)
    return to_array(apply_lut(view, table)).reshape(h, w, 3)


def brightness_contrast_pil(im: Image.Image, brightness: float = 1.0, contrast: float = 1.0) -> Image.Image:
    if brightness == 1.0 and contrast == 1.0:
        return im.copy()
    mu = mean_luma(im) if contrast != 1.0 else 0.0
    return apply_lut(im, brightness_contrast_lut(brightness, contrast, mu))


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
    return apply_lut(im, table)


def fancy_pca(img: NDArray[np.uint8], alphas: NDArray[np.float64], eigval: NDArray[np.float64] = IMAGENET_EIGVAL,
              eigvec: NDArray[np.float64] = IMAGENET_EIGVEC) -> NDArray[np.uint8]:
    """AlexNet colour noise: add ``eigvec @ (alphas * eigval)`` (0–1 scale) to every pixel."""
    return np.asarray(add_rgb_offset_pil(to_pil(img), fancy_pca_shift(alphas, eigval, eigvec)))
