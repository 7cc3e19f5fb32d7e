"""Beyond 2-D: how much variance the top-k principal components of an image's colour patches keep."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from PIL import Image, UnidentifiedImageError

from lab.paths import file_problem
from lab.pca.pipeline import Divisor, components_for, covariance, cumulative_retained, eigh_sorted
from lab.resources import resource_path

DEFAULT_IMAGE = resource_path("samples", "astronaut.jpg")
#: At most this many patches enter the covariance (a seeded random subset beyond it).
MAX_PATCHES = 40_000


@dataclass(frozen=True, eq=False)
class PatchSpectrum:
    """Eigenvalues of the patch covariance and the cumulative retained variance."""

    image_name: str
    patch_size: int
    n_patches: int  # patches used
    n_available: int  # non-overlapping patches in the image
    eigenvalues: NDArray[np.float64]  # descending, length 3·p²
    cumulative: NDArray[np.float64]  # cumulative[k-1] = variance kept by the top k
    divisor: str = "N"

    @property
    def dim(self) -> int:
        return int(self.eigenvalues.size)

    def components_for(self, fraction: float) -> int:
        """Fewest components that keep ``fraction`` of the variance."""
        return components_for(self.eigenvalues, fraction)


def load_rgb(path: str | Path) -> NDArray[np.uint8]:
    """Load an image as ``(H, W, 3)`` uint8 RGB, with a clear ``ValueError`` on failure."""
    p = Path(path)
    if file_problem(p) not in (None, "no such file"):
        raise ValueError(f"{p}: {file_problem(p)}")  # a named pipe would block Image.open forever
    try:
        with Image.open(p) as im:
            return np.asarray(im.convert("RGB"), dtype=np.uint8)
    except FileNotFoundError:
        raise ValueError(f"{p}: file not found") from None
    except (UnidentifiedImageError, OSError) as exc:
        raise ValueError(f"{p.name}: not a readable image ({exc})") from None


def patch_matrix(image: NDArray[np.generic], patch_size: int = 8) -> NDArray[np.float64]:
    """Cut an ``(H, W, 3)`` image into non-overlapping ``p×p`` colour patches, one row each.

    Values are scaled to 0–1; each row has ``3·p²`` entries (192 for 8×8).  The right and
    bottom margins that do not fill a whole patch are dropped.
    """
    img = np.asarray(image)
    if img.ndim != 3 or img.shape[2] != 3:
        raise ValueError(f"expected an (H, W, 3) RGB image, got shape {img.shape}")
    if patch_size < 1:
        raise ValueError(f"patch size must be ≥ 1, got {patch_size}")
    h, w = img.shape[0] // patch_size, img.shape[1] // patch_size
    if h * w < 2:
        raise ValueError(f"the image ({img.shape[1]}×{img.shape[0]}) holds fewer than 2 patches of "
                         f"{patch_size}×{patch_size}")
    scale = 255.0 if img.dtype == np.uint8 else 1.0
    crop = img[: h * patch_size, : w * patch_size].astype(np.float64) / scale
    blocks = crop.reshape(h, patch_size, w, patch_size, 3).transpose(0, 2, 1, 3, 4)
    return blocks.reshape(h * w, patch_size * patch_size * 3)


def patch_spectrum(
    image: NDArray[np.generic],
    patch_size: int = 8,
    *,
    rng: np.random.Generator,
    divisor: Divisor = "N",
    name: str = "image",
    max_patches: int = MAX_PATCHES,
) -> PatchSpectrum:
    """PCA of an image's colour patches: eigenvalues and cumulative retained variance.

    When the image has more than ``max_patches`` patches a random subset (from ``rng``)
    of that size is used.
    """
    x = patch_matrix(image, patch_size)
    available = x.shape[0]
    if available > max_patches:
        x = x[np.sort(rng.choice(available, size=max_patches, replace=False))]
    lam, _ = eigh_sorted(covariance(x, divisor))
    return PatchSpectrum(image_name=name, patch_size=patch_size, n_patches=x.shape[0],
                         n_available=available, eigenvalues=lam, cumulative=cumulative_retained(lam),
                         divisor=divisor)


def image_spectrum(
    path: str | Path | None, patch_size: int, *, rng: np.random.Generator, divisor: Divisor = "N"
) -> PatchSpectrum:
    """Load ``path`` (the bundled astronaut photo when empty) and return its patch spectrum."""
    p = Path(path) if path and str(path).strip() else DEFAULT_IMAGE
    return patch_spectrum(load_rgb(p), patch_size, rng=rng, divisor=divisor, name=p.name)
