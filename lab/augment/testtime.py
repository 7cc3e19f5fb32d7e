"""Test-time transforms: test images are resized too (resize the short side, centre crop; 10-crop).

The conventions are torchvision's: ``Resize(short)`` scales the short side to ``short`` keeping
the aspect; ``CenterCrop`` puts the box at ``round((H − h)/2), round((W − w)/2)``; ``TenCrop``
returns the four corners and the centre, then the same five crops of the mirrored image
(AlexNet and ResNet average the predictions over these ten).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from lab.augment.geometry import check_rgb, crop, hflip, resize, short_side_size

Box = tuple[int, int, int, int]  # top, left, height, width

#: The order of :func:`ten_crop`'s outputs (torchvision's ``TenCrop`` with ``vertical_flip=False``).
TEN_CROP_NAMES: tuple[str, ...] = (
    "top-left", "top-right", "bottom-left", "bottom-right", "centre",
    "top-left, mirrored", "top-right, mirrored", "bottom-left, mirrored", "bottom-right, mirrored", "centre, mirrored",
)


def _check_crop(height: int, width: int, crop_h: int, crop_w: int) -> None:
    if crop_h < 1 or crop_w < 1 or crop_h > height or crop_w > width:
        raise ValueError(f"a {crop_h}x{crop_w} crop does not fit a {height}x{width} image")


def centre_crop_box(height: int, width: int, crop_h: int, crop_w: int) -> Box:
    """The centred box of ``crop_h × crop_w`` (torchvision's rounding of the offsets)."""
    _check_crop(height, width, crop_h, crop_w)
    return int(round((height - crop_h) / 2.0)), int(round((width - crop_w) / 2.0)), crop_h, crop_w


def resize_short_side(img: NDArray[np.uint8], short: int) -> NDArray[np.uint8]:
    """Scale ``img`` so its short side is ``short`` pixels, keeping the aspect (bilinear)."""
    h, w = check_rgb(img).shape[:2]
    new_h, new_w = short_side_size(h, w, short)
    return resize(img, new_h, new_w)


def centre_crop(img: NDArray[np.uint8], size: int) -> NDArray[np.uint8]:
    """The ``size × size`` centre of ``img``."""
    h, w = check_rgb(img).shape[:2]
    return crop(img, *centre_crop_box(h, w, size, size))


def resize_centre_crop(img: NDArray[np.uint8], short: int = 256, size: int = 224) -> NDArray[np.uint8]:
    """The standard single-crop evaluation: short side to ``short``, then the ``size × size`` centre."""
    if size > short:
        raise ValueError(f"crop size {size} is larger than the resized short side {short}")
    return centre_crop(resize_short_side(img, short), size)


def ten_crop_boxes(height: int, width: int, size: int) -> list[Box]:
    """Boxes of the four corners and the centre (the mirrored five reuse them on the mirrored image)."""
    _check_crop(height, width, size, size)
    bottom, right = height - size, width - size
    return [(0, 0, size, size), (0, right, size, size), (bottom, 0, size, size), (bottom, right, size, size),
            centre_crop_box(height, width, size, size)]


def ten_crop(img: NDArray[np.uint8], size: int) -> list[NDArray[np.uint8]]:
    """The ten ``size × size`` crops in :data:`TEN_CROP_NAMES` order."""
    h, w = check_rgb(img).shape[:2]
    boxes = ten_crop_boxes(h, w, size)
    mirrored = hflip(img)
    return [crop(img, *b) for b in boxes] + [crop(mirrored, *b) for b in boxes]
