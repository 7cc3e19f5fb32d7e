"""Preprocessing statistics from training images and the three image normalizations.

Everything is on the 0–1 scale (pixel / 255), like the published ImageNet constants.  The
per-channel mean and std are taken over every pixel of the training images after resizing
each to the common size (so every image weighs the same); the std divides by N (population).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from lab.augment.geometry import check_rgb

NORMALIZATIONS: tuple[str, ...] = ("mean image", "per-channel mean", "per-channel mean/std")
STAT_SOURCES: tuple[str, ...] = ("training images", "ImageNet")

#: ImageNet statistics on the 0–1 scale (torchvision, ResNet recipe).
IMAGENET_MEAN: tuple[float, float, float] = (0.485, 0.456, 0.406)
IMAGENET_STD: tuple[float, float, float] = (0.229, 0.224, 0.225)


@dataclass(frozen=True, eq=False)
class Stats:
    """Statistics for normalization.

    Attributes
    ----------
    mean_image : ndarray
        ``(h, w, 3)`` float64 mean of the training images resized to a common size.
    mean, std : ndarray
        Per-channel mean and population std, shape ``(3,)``.
    n_images : int
        How many images they were computed from (0 for ImageNet constants).
    source : str
        ``"training images"`` or ``"ImageNet"``.
    """

    mean_image: NDArray[np.float64]
    mean: NDArray[np.float64]
    std: NDArray[np.float64]
    n_images: int
    source: str


def _resized01(img: NDArray[np.uint8], width: int, height: int) -> NDArray[np.float64]:
    im = Image.fromarray(check_rgb(img), "RGB")
    if im.size != (width, height):
        im = im.resize((width, height), Image.Resampling.BILINEAR)
    return np.asarray(im, dtype=np.float64) / 255.0


def compute_stats(images: Sequence[NDArray[np.uint8]], size: tuple[int, int] = (128, 128)) -> Stats:
    """Mean image, per-channel mean and std of the training ``images`` (resized to ``size = (w, h)``).

    Only pass training images: statistics must never see the test images.
    """
    if not images:
        raise ValueError("statistics need at least one training image")
    width, height = size
    if width < 1 or height < 1:
        raise ValueError(f"size must be positive, got {size}")
    stack = np.stack([_resized01(img, width, height) for img in images])
    mean_image = stack.mean(axis=0)
    flat = stack.reshape(-1, 3)
    mean = flat.mean(axis=0)
    std = np.sqrt(((flat - mean) ** 2).mean(axis=0))
    return Stats(mean_image, mean, std, len(images), "training images")


def imagenet_stats(size: tuple[int, int] = (128, 128)) -> Stats:
    """The ImageNet constants; the "mean image" is the constant per-channel mean."""
    mean = np.array(IMAGENET_MEAN)
    return Stats(np.broadcast_to(mean, (size[1], size[0], 3)).copy(), mean, np.array(IMAGENET_STD), 0, "ImageNet")


def normalize(img: NDArray[np.uint8], stats: Stats, mode: str) -> NDArray[np.float64]:
    """Normalize an image (0–1 scale) with statistics computed elsewhere.

    ``"mean image"``: ``x − mean_image`` (resized to the image, AlexNet);
    ``"per-channel mean"``: ``x − mean_c`` (VGG);
    ``"per-channel mean/std"``: ``(x − mean_c) / std_c`` (ResNet).
    """
    if mode not in NORMALIZATIONS:
        raise ValueError(f"normalization must be one of {NORMALIZATIONS}, got {mode!r}")
    x = check_rgb(img).astype(np.float64) / 255.0
    if mode == "mean image":
        h, w = x.shape[:2]
        mi = stats.mean_image
        if mi.shape[:2] != (h, w):
            channels = [
                np.asarray(Image.fromarray(mi[..., c].astype(np.float32), "F").resize((w, h), Image.Resampling.BILINEAR))
                for c in range(3)
            ]
            mi = np.stack(channels, axis=2).astype(np.float64)
        return x - mi
    out = x - stats.mean
    if mode == "per-channel mean/std":
        if np.any(stats.std < 1e-9):
            raise ValueError(f"a channel has zero standard deviation ({stats.std}); cannot divide by it")
        out = out / stats.std
    return out


def channel_histograms(x: NDArray[np.floating], edges: NDArray[np.float64]) -> NDArray[np.float64]:
    """Counts of each channel of ``x`` in ``edges`` (values outside are clipped into the end bins)."""
    x = np.asarray(x)
    if x.ndim != 3 or x.shape[2] != 3:
        raise ValueError("expected an (H, W, 3) array")
    lo, hi = float(edges[0]), float(edges[-1])
    return np.stack([np.histogram(np.clip(x[..., c], lo, hi), bins=edges)[0] for c in range(3)]).astype(np.float64)


def rescale01(x: NDArray[np.floating]) -> tuple[NDArray[np.float64], float, float]:
    """Map ``x`` linearly so ``[min, max]`` → ``[0, 1]`` for display; returns ``(y, min, max)``."""
    x = np.asarray(x, dtype=np.float64)
    lo, hi = float(x.min()), float(x.max())
    if hi <= lo:
        return np.full_like(x, 0.5), lo, hi
    return (x - lo) / (hi - lo), lo, hi
