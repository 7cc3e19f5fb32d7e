"""The step framework: the canvas a pipeline draws on, its context, a step's options and kind."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from lab.augment import color, geometry


class Canvas:
    """The image being augmented, held as a Pillow image or an array, converted only on demand.

    Consecutive Pillow steps (warps, lookup tables, filters) and consecutive NumPy steps
    (noise, erasing) then pay no conversion between them.  A random resized crop that
    enlarges is held unresampled (:class:`PendingCrop`) so that a following flip and affine
    warp join it in one resampling; anything else that asks for the image resamples it first.
    """

    __slots__ = ("_arr", "_crop", "_pil", "_shared")

    def __init__(self, arr: NDArray[np.uint8] | None = None, pil: Image.Image | None = None,
                 shared: dict[str, Any] | None = None) -> None:
        self._arr = arr
        self._pil = pil
        self._crop: PendingCrop | None = None
        # {"base": the source array, "pil": its Pillow copy}, shared by every sample of a call
        self._shared = shared

    def pil(self) -> Image.Image:
        if self._crop is not None:
            self.set_pil(self._crop.resample())
        if self._pil is None:
            assert self._arr is not None
            shared = self._shared
            if shared is not None and shared.get("base") is self._arr:
                if "pil" not in shared:
                    shared["pil"] = Image.fromarray(self._arr, "RGB")
                self._pil = shared["pil"]
            else:
                self._pil = Image.fromarray(self._arr, "RGB")
        return self._pil

    def array(self) -> NDArray[np.uint8]:
        if self._arr is None:
            self._arr = geometry.to_array(self.pil())
        return self._arr

    def set_pil(self, im: Image.Image) -> None:
        self._pil, self._arr, self._crop = im, None, None

    def set_array(self, arr: NDArray[np.uint8]) -> None:
        self._arr, self._pil, self._crop = arr, None, None

    def set_crop(self, crop: PendingCrop) -> None:
        self._crop, self._pil, self._arr = crop, None, None

    @property
    def crop(self) -> PendingCrop | None:
        """The random resized crop waiting to be resampled, if any."""
        return self._crop

    @property
    def holds_array(self) -> bool:
        """Whether the image is at hand as an array (a step working on arrays then converts nothing)."""
        return self._arr is not None

    @property
    def shape(self) -> tuple[int, int]:
        """``(height, width)``."""
        if self._crop is not None:
            return self._crop.out_h, self._crop.out_w
        if self._arr is not None:
            return int(self._arr.shape[0]), int(self._arr.shape[1])
        assert self._pil is not None
        return self._pil.size[1], self._pil.size[0]


@dataclass(frozen=True)
class PendingCrop:
    """``box = (top, left, h, w)`` of ``source`` to be resized to ``out_h x out_w``, then mirrored if ``flipped``."""

    source: Image.Image
    box: tuple[int, int, int, int]
    out_h: int
    out_w: int
    flipped: bool = False

    def resample(self) -> Image.Image:
        """The crop on its own: exactly the resize (and mirror) the steps would make one by one."""
        im = geometry.resized_crop_pil(self.source, self.box, self.out_h, self.out_w)
        return im.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if self.flipped else im

    def warp(self, matrix: NDArray[np.float64], fill: str, fill_value: int) -> Image.Image:
        """The crop followed by the forward affine ``matrix`` (output coordinates), one resampling."""
        return geometry.warp_resized_crop_pil(self.source, self.box, self.out_h, self.out_w, self.flipped,
                                              matrix, fill, fill_value)


@dataclass
class Context:
    """What a step may need besides the image: the other images (for mixing), labels, PCA basis.

    ``pil_cache`` holds Pillow copies of pool images and resized arrays (by index and size),
    shared by all the samples of one call so each partner is converted and resized once.
    """

    pool: list[NDArray[np.uint8]]
    labels: list[str]
    source: int
    weights: dict[str, float]
    pca: tuple[NDArray[np.float64], NDArray[np.float64]] = field(
        default_factory=lambda: (color.IMAGENET_EIGVAL, color.IMAGENET_EIGVEC)
    )
    pil_cache: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    index: int = 0  # the sample's number (10-crop shows crop ``index % 10``)


@dataclass(frozen=True)
class Option:
    """One option of a step: ``kind`` is ``"float"``, ``"int"``, ``"range"`` (a [lo, hi] pair) or ``"choice"``."""

    name: str
    kind: str
    default: Any
    lo: float = -math.inf
    hi: float = math.inf
    choices: tuple[str, ...] = ()
    help: str = ""
    integer: bool = False

    def check(self, value: Any, where: str) -> Any:
        """Return ``value`` converted to this option's type, or raise ``ValueError``."""
        def number(v: Any) -> float:
            if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
                raise ValueError(f"{where}: {self.name} expects a finite number, got {v!r}")
            if not (self.lo <= v <= self.hi):
                raise ValueError(f"{where}: {self.name} = {v:g} is outside [{self.lo:g}, {self.hi:g}]")
            if self.integer and float(v) != int(v):
                raise ValueError(f"{where}: {self.name} expects an integer, got {v!r}")
            return int(v) if self.integer else float(v)

        if self.kind == "choice":
            if value not in self.choices:
                raise ValueError(f"{where}: {self.name} must be one of {', '.join(self.choices)}, got {value!r}")
            return value
        if self.kind == "range":
            if not isinstance(value, list | tuple) or len(value) != 2:
                raise ValueError(f"{where}: {self.name} expects a [low, high] pair, got {value!r}")
            lo, hi = number(value[0]), number(value[1])
            if lo > hi:
                raise ValueError(f"{where}: {self.name} low {lo:g} is above high {hi:g}")
            return (lo, hi)
        return number(value)


Drawn = dict[str, Any]


def no_draw(rng: np.random.Generator | None, o: Mapping[str, Any], hw: tuple[int, int], ctx: Context) -> Drawn:
    """The draw of a step with nothing random: it gets no generator (see :attr:`StepKind.draws`)."""
    return {}


@dataclass(frozen=True)
class StepKind:
    """A kind of pipeline step."""

    kind: str
    title: str
    help: str
    options: tuple[Option, ...]
    draw: Callable[[np.random.Generator, Mapping[str, Any], tuple[int, int], Context], Drawn]
    apply: Callable[[Canvas, Drawn, Mapping[str, Any], Context], None]
    default_p: float = 1.0

    @property
    def draws(self) -> bool:
        """Whether the step draws anything (a step that does not is given no generator)."""
        return self.draw is not no_draw

    def defaults(self) -> dict[str, Any]:
        return {o.name: o.default for o in self.options}
