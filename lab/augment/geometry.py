"""Geometric transforms: flips, crops, resizes and one combined affine warp (Pillow C paths).

Coordinates are continuous with pixel ``(i, j)`` covering ``[j, j+1) x [i, i+1)``, so pixel
centres sit at ``+0.5`` — the convention of Pillow's ``Image.transform``.  Angles are in
degrees, positive = counter-clockwise on screen (like ``np.rot90`` and ``Image.rotate``).
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray
from PIL import Image

FILL_MODES: tuple[str, ...] = ("constant", "edge", "reflect")

_RESAMPLE = Image.Resampling.BILINEAR


def check_rgb(img: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """Validate an ``(H, W, 3)`` uint8 image and return it."""
    if not isinstance(img, np.ndarray) or img.dtype != np.uint8 or img.ndim != 3 or img.shape[2] != 3:
        shape = getattr(img, "shape", None)
        dtype = getattr(img, "dtype", type(img).__name__)
        raise ValueError(f"expected an (H, W, 3) uint8 image, got shape {shape} dtype {dtype}")
    if img.shape[0] < 1 or img.shape[1] < 1:
        raise ValueError(f"image has no pixels: shape {img.shape}")
    return img


def to_pil(img: NDArray[np.uint8]) -> Image.Image:
    return Image.fromarray(check_rgb(img), "RGB")


def to_array(im: Image.Image) -> NDArray[np.uint8]:
    """The pixels of an ``RGB`` or ``L`` Pillow image as a read-only ``(H, W, 3)`` or ``(H, W)`` array.

    ``np.asarray(im)`` packs the image in 64 kB pieces and joins them (a second copy); here the
    raw encoder packs it in one piece that the array then shares.
    """
    w, h = im.size
    bands = {"RGB": 3, "L": 1}.get(im.mode)
    if bands is None or w * h == 0:
        return np.asarray(im)
    im.load()
    try:
        encoder = Image._getencoder(im.mode, "raw", im.mode)
    except AttributeError:  # a Pillow without this internal: the public way
        return np.asarray(im)
    try:
        encoder.setimage(im.im, (0, 0, w, h))
        _, status, data = encoder.encode(w * h * bands + 64)
    finally:
        encoder.cleanup()
    if status != 1 or len(data) != w * h * bands:  # not done in one piece: the safe way
        return np.asarray(im)
    flat = np.frombuffer(data, dtype=np.uint8)
    return flat.reshape(h, w, 3) if bands == 3 else flat.reshape(h, w)


def _pixels(img: NDArray[np.uint8]) -> NDArray[np.void]:
    """View an RGB image as ``(H, W, 1)`` 3-byte items: reversing those is ~4x faster than a
    strided ``(..., 3)`` uint8 copy."""
    return np.ascontiguousarray(img).view(np.dtype((np.void, 3)))


def hflip(img: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """Mirror left-right."""
    return np.ascontiguousarray(_pixels(check_rgb(img))[:, ::-1]).view(np.uint8)


def vflip(img: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """Mirror top-bottom (whole rows: a plain copy)."""
    return np.ascontiguousarray(check_rgb(img)[::-1])


def crop(img: NDArray[np.uint8], top: int, left: int, height: int, width: int) -> NDArray[np.uint8]:
    """Return ``img[top:top+height, left:left+width]`` (a copy); the box must lie inside."""
    h, w = check_rgb(img).shape[:2]
    if height < 1 or width < 1 or top < 0 or left < 0 or top + height > h or left + width > w:
        raise ValueError(f"crop box top={top} left={left} {height}x{width} does not fit a {h}x{w} image")
    return img[top : top + height, left : left + width].copy()


def random_crop_box(rng: np.random.Generator, height: int, width: int, crop_h: int, crop_w: int) -> tuple[int, int, int, int]:
    """A uniformly placed ``crop_h x crop_w`` box, clamped to the image: ``(top, left, h, w)``."""
    if crop_h < 1 or crop_w < 1:
        raise ValueError(f"crop size must be positive, got {crop_h}x{crop_w}")
    ch, cw = min(crop_h, height), min(crop_w, width)
    top = int(rng.integers(0, height - ch + 1))
    left = int(rng.integers(0, width - cw + 1))
    return top, left, ch, cw


def random_resized_crop_box(
    rng: np.random.Generator,
    height: int,
    width: int,
    scale: tuple[float, float] = (0.08, 1.0),
    ratio: tuple[float, float] = (3 / 4, 4 / 3),
) -> tuple[int, int, int, int]:
    """The box of torchvision's ``RandomResizedCrop``: area fraction in ``scale``, w/h in ``ratio``.

    Ten attempts with area ~ U(scale) * H * W and log(aspect) ~ U(log ratio); if none fits, a
    centre crop with the aspect clamped to ``ratio``.  Returns ``(top, left, h, w)``.
    """
    if not (0 < scale[0] <= scale[1] <= 1):
        raise ValueError(f"scale must satisfy 0 < lo <= hi <= 1, got {scale}")
    if not (0 < ratio[0] <= ratio[1]):
        raise ValueError(f"ratio must satisfy 0 < lo <= hi, got {ratio}")
    area = height * width
    log_lo, log_hi = math.log(ratio[0]), math.log(ratio[1])
    for _ in range(10):
        target = area * rng.uniform(scale[0], scale[1])
        aspect = math.exp(rng.uniform(log_lo, log_hi))
        w = round(math.sqrt(target * aspect))
        h = round(math.sqrt(target / aspect))
        if 0 < w <= width and 0 < h <= height:
            top = int(rng.integers(0, height - h + 1))
            left = int(rng.integers(0, width - w + 1))
            return top, left, h, w
    in_ratio = width / height
    if in_ratio < ratio[0]:
        w, h = width, max(1, round(width / ratio[0]))
    elif in_ratio > ratio[1]:
        h, w = height, max(1, round(height * ratio[1]))
    else:
        w, h = width, height
    return (height - h) // 2, (width - w) // 2, h, w


def resized_crop(img: NDArray[np.uint8], box: tuple[int, int, int, int], out_h: int, out_w: int) -> NDArray[np.uint8]:
    """Crop ``box = (top, left, h, w)`` and resize it to ``out_h x out_w`` in one Pillow call."""
    return np.asarray(resized_crop_pil(to_pil(img), box, out_h, out_w))


def resized_crop_pil(im: Image.Image, box: tuple[int, int, int, int], out_h: int, out_w: int) -> Image.Image:
    top, left, h, w = box
    if out_h < 1 or out_w < 1:
        raise ValueError(f"output size must be positive, got {out_h}x{out_w}")
    # Crop, then resize, as torchvision and albumentations do: the filter does not reach past
    # the crop's edges (a resize with ``box`` would blend the pixels outside into its border).
    return im.crop((left, top, left + w, top + h)).resize((out_w, out_h), _RESAMPLE)


def short_side_size(height: int, width: int, short: int) -> tuple[int, int]:
    """``(new_h, new_w)`` with the short side equal to ``short`` and the aspect kept."""
    if short < 1:
        raise ValueError(f"short side must be positive, got {short}")
    if height <= width:
        return short, max(1, round(width * short / height))
    return max(1, round(height * short / width)), short


def resize(img: NDArray[np.uint8], out_h: int, out_w: int) -> NDArray[np.uint8]:
    """Bilinear resize (Pillow, with antialiasing when shrinking)."""
    if out_h < 1 or out_w < 1:
        raise ValueError(f"output size must be positive, got {out_h}x{out_w}")
    return np.asarray(to_pil(img).resize((out_w, out_h), _RESAMPLE))


def affine_matrix(
    width: int,
    height: int,
    *,
    angle: float = 0.0,
    scale: float = 1.0,
    stretch: float = 1.0,
    shear_x: float = 0.0,
    shear_y: float = 0.0,
    translate_x: float = 0.0,
    translate_y: float = 0.0,
) -> NDArray[np.float64]:
    """The 3x3 forward map (source → output pixel coordinates) of the combined warp.

    ``A = T · R(angle) · Sh(shear_x, shear_y) · S`` about the image centre, where
    ``S = diag(scale·√stretch, scale/√stretch)`` (``stretch`` is the x/y scale ratio, area kept),
    ``Sh = [[1, tan(shear_x)], [tan(shear_y), 1]]`` with shear angles in degrees and
    ``T`` a shift by ``(translate_x·W, translate_y·H)``.
    """
    if scale <= 0 or stretch <= 0:
        raise ValueError(f"scale and stretch must be positive, got {scale}, {stretch}")
    if max(abs(shear_x), abs(shear_y)) >= 89:
        raise ValueError(f"shear angles must be within ±89°, got {shear_x}, {shear_y}")
    cx, cy = width / 2.0, height / 2.0
    a = math.radians(angle)
    c, s = math.cos(a), math.sin(a)
    # y points down, so a counter-clockwise turn on screen is [[c, s], [-s, c]].
    rot = np.array([[c, s], [-s, c]])
    shear = np.array([[1.0, math.tan(math.radians(shear_x))], [math.tan(math.radians(shear_y)), 1.0]])
    root = math.sqrt(stretch)
    lin = rot @ shear @ np.diag([scale * root, scale / root])
    out = np.eye(3)
    out[:2, :2] = lin
    centre = np.array([cx, cy])
    out[:2, 2] = centre + np.array([translate_x * width, translate_y * height]) - lin @ centre
    return out


def _pad_for(inv: NDArray[np.float64], width: int, height: int, out_w: int, out_h: int) -> tuple[int, int, int, int]:
    corners = np.array([[0, 0, 1], [out_w, 0, 1], [0, out_h, 1], [out_w, out_h, 1]], dtype=np.float64).T
    src = inv[:2] @ corners
    cap = 2 * max(width, height)
    left = min(cap, max(0, math.ceil(-src[0].min()) + 1))
    right = min(cap, max(0, math.ceil(src[0].max() - width) + 1))
    top = min(cap, max(0, math.ceil(-src[1].min()) + 1))
    bottom = min(cap, max(0, math.ceil(src[1].max() - height) + 1))
    return top, bottom, left, right


def warp_affine_pil(
    im: Image.Image, matrix: NDArray[np.float64], fill: str = "constant", fill_value: int = 0,
    size: tuple[int, int] | None = None,
) -> Image.Image:
    """Apply a forward 3x3 affine ``matrix`` with one ``Image.transform`` call; the output is
    ``size = (width, height)``, by default the input's."""
    if fill not in FILL_MODES:
        raise ValueError(f"fill must be one of {FILL_MODES}, got {fill!r}")
    matrix = np.asarray(matrix, dtype=np.float64)
    if matrix.shape != (3, 3) or not np.all(np.isfinite(matrix)):
        raise ValueError("matrix must be a finite 3x3 array")
    out_w, out_h = size or im.size
    if (out_w, out_h) == im.size and np.allclose(matrix, np.eye(3), rtol=0.0, atol=1e-12):
        return im.copy()
    try:
        inv = np.linalg.inv(matrix)
    except np.linalg.LinAlgError:
        raise ValueError("affine matrix is singular") from None
    # Snap entries within 1e-9 of an integer (cos 90° = 6e-17): quarter turns and integer
    # shifts then sample exactly at pixel centres and reproduce the pixels bit for bit.
    snapped = np.round(inv)
    inv = np.where(np.abs(inv - snapped) < 1e-9, snapped, inv)
    width, height = im.size
    gray = int(np.clip(fill_value, 0, 255))
    if fill != "constant":
        top, bottom, left, right = _pad_for(inv, width, height, out_w, out_h)
        if top or bottom or left or right:
            arr = np.asarray(im)
            arr = np.pad(arr, ((top, bottom), (left, right), (0, 0)), mode="edge" if fill == "edge" else "reflect")
            im = Image.fromarray(arr, "RGB")
            shift = np.eye(3)
            shift[0, 2], shift[1, 2] = left, top
            inv = shift @ inv
    data = tuple(float(v) for v in inv[:2].ravel())
    return im.transform((out_w, out_h), Image.Transform.AFFINE, data, resample=_RESAMPLE, fillcolor=(gray, gray, gray))


def resized_crop_matrix(box: tuple[int, int, int, int], out_h: int, out_w: int, flipped: bool = False) -> NDArray[np.float64]:
    """The forward map from the crop ``box = (top, left, h, w)`` (crop coordinates) to the
    ``out_h x out_w`` resized crop, mirrored left-right if ``flipped`` (pixel-centre convention)."""
    _, _, h, w = box
    out = np.diag([out_w / w, out_h / h, 1.0])
    if flipped:
        out[0] = [-out_w / w, 0.0, float(out_w)]
    return out


def warp_resized_crop_pil(
    im: Image.Image, box: tuple[int, int, int, int], out_h: int, out_w: int, flipped: bool,
    matrix: NDArray[np.float64], fill: str = "constant", fill_value: int = 0,
) -> Image.Image:
    """A resized crop, an optional mirror and an affine warp (``matrix``, forward, in the resized
    crop's coordinates) as one ``Image.transform`` of the crop: one resampling instead of three.

    Uncovered pixels follow ``fill`` about the crop's edges, as they would about the resized
    crop's.  Pillow's transform does not antialias, so use it for crops that are enlarged.
    """
    top, left, h, w = box
    crop = im.crop((left, top, left + w, top + h))
    composed = np.asarray(matrix, dtype=np.float64) @ resized_crop_matrix(box, out_h, out_w, flipped)
    return warp_affine_pil(crop, composed, fill, fill_value, size=(out_w, out_h))


def warp_affine(
    img: NDArray[np.uint8], matrix: NDArray[np.float64], fill: str = "constant", fill_value: int = 0
) -> NDArray[np.uint8]:
    """Apply a forward 3x3 affine ``matrix`` (see :func:`affine_matrix`); output keeps the size.

    ``fill`` says what uncovered pixels show: ``"constant"`` (gray level ``fill_value``),
    ``"edge"`` (nearest border pixel) or ``"reflect"`` (mirror without repeating the edge,
    OpenCV's REFLECT_101).
    """
    return np.asarray(warp_affine_pil(to_pil(img), matrix, fill, fill_value))
