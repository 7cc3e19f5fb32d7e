"""Pixel-level transforms: Gaussian and salt-and-pepper noise, random erasing, filters, mixing."""

from __future__ import annotations

import math
from threading import Lock

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageFilter

from lab.augment.geometry import check_rgb, to_pil

FILTERS: tuple[str, ...] = ("blur", "sharpen", "edge")
ERASE_FILLS: tuple[str, ...] = ("black", "gray", "noise")

#: Standard normals drawn once (seeded) and reused: slicing a bank at a random offset is
#: about 8x faster than drawing fresh normals for every sample.
NOISE_BANK_SIZE: int = 1 << 21
_NOISE_BANK_SEED = 20_240_501
_bank: NDArray[np.float32] | None = None
_bank_lock = Lock()


def noise_bank() -> NDArray[np.float32]:
    """The shared read-only bank of ``NOISE_BANK_SIZE`` standard normals (float32)."""
    global _bank
    with _bank_lock:
        if _bank is None:
            bank = np.random.default_rng(_NOISE_BANK_SEED).standard_normal(NOISE_BANK_SIZE, dtype=np.float32)
            bank.setflags(write=False)
            _bank = bank
        return _bank


def gaussian_noise(img: NDArray[np.uint8], sigma: float, offset: int = 0) -> NDArray[np.uint8]:
    """Add N(0, sigma²) noise (sigma in gray levels, 0–255) per pixel and channel, rounded and clipped.

    The normals are read from :func:`noise_bank` starting at ``offset`` (wrapping around);
    draw ``offset`` with ``rng.integers(NOISE_BANK_SIZE)`` for a random sample.
    """
    check_rgb(img)
    if sigma < 0 or not math.isfinite(sigma):
        raise ValueError(f"noise sigma must be finite and >= 0, got {sigma}")
    if sigma == 0:
        return img.copy()
    bank = noise_bank()
    n = img.size
    offset = int(offset) % NOISE_BANK_SIZE
    if offset + n <= NOISE_BANK_SIZE:
        z = bank[offset : offset + n]
    else:  # wrap around: the bank from offset on, then from its start again (as often as needed)
        z = np.concatenate([bank[offset:], *[bank] * ((offset + n) // NOISE_BANK_SIZE)])[:n]
    flat, out = img.reshape(-1), np.empty(img.shape, dtype=np.uint8)
    # in bands whose float32 scratch stays in cache and is reused: whole-image temporaries
    # are four times the image and fresh memory every sample
    band = n if n <= 16 * _BAND_VALUES else _BAND_VALUES
    acc = np.empty(band, dtype=np.float32)
    for start in range(0, n, band):
        stop = min(n, start + band)
        t = acc[: stop - start]
        np.multiply(z[start:stop], np.float32(sigma), out=t)
        t += flat[start:stop]
        t += np.float32(0.5)
        np.clip(t, 0.0, 255.0, out=t)
        out.reshape(-1)[start:stop] = t
    return out


#: Values per band of gaussian noise on images of over 16 bands (1M values): the float32 scratch
#: then stays in cache (1024 × 768: ~0.85× the time; up to 512 × 384 one pass is faster).
_BAND_VALUES = 1 << 16


def salt_and_pepper(img: NDArray[np.uint8], amount: float, rng: np.random.Generator, salt_fraction: float = 0.5) -> NDArray[np.uint8]:
    """Set about ``amount`` of the pixels to white (salt) or black (pepper).

    The count is ``Binomial(H·W, amount)``; positions are drawn with replacement (a pixel
    may be hit twice), and each hit is salt with probability ``salt_fraction``.
    """
    check_rgb(img)
    if not (0.0 <= amount <= 1.0) or not (0.0 <= salt_fraction <= 1.0):
        raise ValueError(f"amount and salt_fraction must be in [0, 1], got {amount}, {salt_fraction}")
    out = img.copy()
    h, w = img.shape[:2]
    k = int(rng.binomial(h * w, amount))
    if k == 0:
        return out
    idx = rng.integers(0, h * w, size=k)
    salt = rng.random(k) < salt_fraction
    flat = out.reshape(-1, 3)
    flat[idx[salt]] = 255
    flat[idx[~salt]] = 0
    return out


def random_boxes(rng: np.random.Generator, height: int, width: int, count: int,
                 size: tuple[float, float]) -> list[tuple[int, int, int, int]]:
    """``count`` square-ish boxes ``(top, left, h, w)``: side = U(size) · min(H, W), placed inside."""
    if count < 0 or not (0 < size[0] <= size[1] <= 1):
        raise ValueError(f"need count >= 0 and 0 < size lo <= hi <= 1, got {count}, {size}")
    boxes = []
    short = min(height, width)
    for _ in range(count):
        side = max(1, round(rng.uniform(size[0], size[1]) * short))
        bh, bw = min(side, height), min(side, width)
        top = int(rng.integers(0, height - bh + 1))
        left = int(rng.integers(0, width - bw + 1))
        boxes.append((top, left, bh, bw))
    return boxes


def erase(img: NDArray[np.uint8], boxes: list[tuple[int, int, int, int]], fill: str = "black",
          noise_offset: int = 0) -> NDArray[np.uint8]:
    """Cutout / random erasing: paint each box ``(top, left, h, w)`` with ``fill``."""
    check_rgb(img)
    if fill not in ERASE_FILLS:
        raise ValueError(f"fill must be one of {ERASE_FILLS}, got {fill!r}")
    out = img.copy()
    bank = noise_bank() if fill == "noise" else None
    for top, left, bh, bw in boxes:
        region = out[top : top + bh, left : left + bw]
        if fill == "black":
            region[...] = 0
        elif fill == "gray":
            region[...] = 128
        else:
            assert bank is not None
            n = region.size
            start = int(noise_offset) % max(1, NOISE_BANK_SIZE - n)
            z = bank[start : start + n].reshape(region.shape)
            region[...] = np.clip(z * 64.0 + 128.0, 0, 255).astype(np.uint8)
    return out


def apply_filter_pil(im: Image.Image, kind: str, strength: float) -> Image.Image:
    if kind not in FILTERS:
        raise ValueError(f"filter must be one of {FILTERS}, got {kind!r}")
    if strength < 0 or not math.isfinite(strength):
        raise ValueError(f"filter strength must be finite and >= 0, got {strength}")
    if strength == 0:
        return im.copy()
    if kind == "blur":
        if strength <= NUMPY_BLUR_MAX_SIGMA:
            return Image.fromarray(gaussian_blur(np.asarray(im), strength), "RGB")
        return im.filter(ImageFilter.GaussianBlur(radius=strength))
    if kind == "sharpen":
        return im.filter(ImageFilter.UnsharpMask(radius=2, percent=int(round(100 * strength)), threshold=0))
    # Pillow leaves a 1-pixel border unfiltered: pad by replication, filter, crop.
    padded = Image.fromarray(np.pad(np.asarray(im), ((1, 1), (1, 1), (0, 0)), mode="edge"), "RGB")
    w, h = im.size
    edges = padded.filter(ImageFilter.FIND_EDGES).crop((1, 1, w + 1, h + 1))
    return Image.blend(im, edges, min(1.0, strength))


def apply_filter(img: NDArray[np.uint8], kind: str, strength: float) -> NDArray[np.uint8]:
    """A filter: ``"blur"`` (Gaussian, σ = strength px), ``"sharpen"`` (unsharp mask,
    amount = strength x 100 %), ``"edge"`` (3x3 Laplacian edges blended in by strength, 1 = edges only)."""
    if kind == "blur" and 0 < strength <= NUMPY_BLUR_MAX_SIGMA:
        return gaussian_blur(check_rgb(img), strength)
    return np.asarray(apply_filter_pil(to_pil(img), kind, strength))


#: Up to this σ the blur is an exact sampled Gaussian in NumPy (:func:`gaussian_blur`); above
#: it, Pillow's three box passes (cost independent of σ, within a few gray levels of a Gaussian).
NUMPY_BLUR_MAX_SIGMA: float = 3.0
_BLUR_BAND_PIXELS = 32_768


def gaussian_weights(sigma: float) -> list[int]:
    """The sampled Gaussian ``exp(−x²/2σ²)`` on ``x = −r..r``, ``r = ⌈3σ⌉``, in 1/256ths summing to 256."""
    r = max(1, math.ceil(3.0 * sigma))
    x = np.arange(-r, r + 1, dtype=np.float64)
    g = np.exp(-0.5 * (x / sigma) ** 2)
    w = np.floor(g / g.sum() * 256.0 + 0.5).astype(np.int64)
    w[r] += 256 - int(w.sum())  # the sum is exactly 256: a flat image stays flat
    return [int(v) for v in w]


def _taps(src: NDArray[np.uint16], w: list[int], axis: int, out: NDArray[np.uint16], tmp: NDArray[np.uint16]) -> None:
    """``out = (Σₖ w[k] · src shifted by k along axis + 128) >> 8``; ``src`` is padded by r each side.

    The kernel is symmetric, so mirror taps are added before one multiply.  With Σ w = 256 every
    partial sum stays below 2¹⁶ (255 · 256 + 128), so uint16 holds it exactly.
    """
    r = len(w) // 2
    n = out.shape[axis]

    def shifted(k: int) -> NDArray[np.uint16]:
        return src[k : k + n] if axis == 0 else src[:, k : k + n]

    np.multiply(shifted(r), w[r], out=out)
    for k in range(r):
        if w[k]:
            np.add(shifted(k), shifted(2 * r - k), out=tmp)
            tmp *= w[k]
            out += tmp
    out += 128
    out >>= 8


def gaussian_blur(img: NDArray[np.uint8], sigma: float) -> NDArray[np.uint8]:
    """Gaussian blur of standard deviation ``sigma`` px: a separable sampled kernel truncated at
    3σ (as OpenCV's for uint8), edges replicated, in uint16 fixed point (weights in 1/256ths,
    rounded back to 8 bits after each direction), worked in bands of rows that stay in cache."""
    check_rgb(img)
    if not (0 < sigma <= 64) or not math.isfinite(sigma):
        raise ValueError(f"blur sigma must be in (0, 64], got {sigma}")
    w = gaussian_weights(sigma)
    r = len(w) // 2
    h, wd = img.shape[:2]
    rows = max(8, _BLUR_BAND_PIXELS // wd)
    across = np.empty((h + 2 * r, wd, 3), dtype=np.uint16)  # the horizontal pass, rows padded
    src = np.empty((min(rows, h), wd + 2 * r, 3), dtype=np.uint16)
    tmp = np.empty((min(rows, h), wd, 3), dtype=np.uint16)
    for top in range(0, h, rows):
        b = min(rows, h - top)
        band = img[top : top + b]
        s = src[:b]
        s[:, r : r + wd] = band
        s[:, :r] = band[:, :1]
        s[:, r + wd :] = band[:, -1:]
        _taps(s, w, 1, across[r + top : r + top + b], tmp[:b])
    across[:r] = across[r]
    across[r + h :] = across[r + h - 1]
    out = np.empty(img.shape, dtype=np.uint8)
    acc = src[:, :wd]  # reuse the band buffers
    for top in range(0, h, rows):
        b = min(rows, h - top)
        _taps(across[top : top + b + 2 * r], w, 0, acc[:b], tmp[:b])
        out[top : top + b] = acc[:b]
    return out


def mixup(a: NDArray[np.uint8], b: NDArray[np.uint8], lam: float) -> NDArray[np.uint8]:
    """MixUp: ``lam · a + (1 − lam) · b`` (rounded); the label weights are ``(lam, 1 − lam)``."""
    check_rgb(a)
    check_rgb(b)
    if a.shape != b.shape:
        raise ValueError(f"mixup needs images of one shape, got {a.shape} and {b.shape}")
    if not (0.0 <= lam <= 1.0):
        raise ValueError(f"lambda must be in [0, 1], got {lam}")
    # uint16 fixed point: λ in 1/256ths, (k·a + (256 − k)·b + 128) >> 8 <= 65408 (at most one
    # gray level from the exact mix; λ = 0 and 1 give b and a exactly)
    k = int(round(256.0 * lam))
    mixed = np.multiply(a, k, dtype=np.uint16)
    mixed += np.multiply(b, 256 - k, dtype=np.uint16)
    mixed += 128
    return np.right_shift(mixed, 8, out=np.empty_like(a), casting="unsafe")


def cutmix_box(rng: np.random.Generator, height: int, width: int, lam: float) -> tuple[tuple[int, int, int, int], float]:
    """The CutMix box for a drawn ``lam`` and the label weight of the first image it implies.

    As in Yun et al. (2019): the box has sides ``√(1 − lam)·(H, W)``, its centre uniform over
    the image, clipped to the image; the returned weight is ``1 − box area / (H·W)``.
    """
    if not (0.0 <= lam <= 1.0):
        raise ValueError(f"lambda must be in [0, 1], got {lam}")
    cut = math.sqrt(1.0 - lam)
    ch, cw = int(height * cut), int(width * cut)
    cy, cx = int(rng.integers(0, height)), int(rng.integers(0, width))
    top, bottom = max(0, cy - ch // 2), min(height, cy + ch // 2)
    left, right = max(0, cx - cw // 2), min(width, cx + cw // 2)
    box = (top, left, bottom - top, right - left)
    return box, 1.0 - (box[2] * box[3]) / (height * width)


def cutmix(a: NDArray[np.uint8], b: NDArray[np.uint8], box: tuple[int, int, int, int]) -> NDArray[np.uint8]:
    """Paste ``b``'s pixels inside ``box = (top, left, h, w)`` onto ``a``."""
    check_rgb(a)
    check_rgb(b)
    if a.shape != b.shape:
        raise ValueError(f"cutmix needs images of one shape, got {a.shape} and {b.shape}")
    top, left, bh, bw = box
    out = a.copy()
    out[top : top + bh, left : left + bw] = b[top : top + bh, left : left + bw]
    return out
