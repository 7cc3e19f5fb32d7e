"""A short caption of what one augmented sample got ("flip · crop 0.62 · hue +37°"), for a tile."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from lab.augment.pipeline import Pipeline, Sample

Values = Mapping[str, Any]


def _signed(value: float, decimals: int = 0) -> str:
    """``+37`` / ``-3`` / ``+0`` (never "-0": a draw of -0.3° rounds to no shift at all)."""
    return f"{round(float(value), decimals) + 0.0:+.{decimals}f}"


def _hsl(v: Values) -> str:
    parts = [f"hue {_signed(v.get('hue_shift', 0.0))}°"]
    if abs(v.get("saturation", 1.0) - 1.0) >= 0.005:
        parts.append(f"sat ×{v['saturation']:.2f}")
    return " ".join(parts)


def _affine(v: Values) -> str:
    parts = [f"rot {_signed(v.get('angle', 0.0))}°"]
    if abs(v.get("scale", 1.0) - 1.0) >= 0.005:
        parts.append(f"×{v['scale']:.2f}")
    return " ".join(parts)


def _fancy_pca(v: Values) -> str:
    alpha = v.get("alpha") or (0.0,)
    return f"PCA α {_signed(max(alpha, key=abs), 2)}"


# kind -> the few words a tile has room for (the tooltip lists every value)
_CAPTIONS: dict[str, Callable[[Values], str]] = {
    "hflip": lambda v: "flip",
    "vflip": lambda v: "vflip",
    "resize_short": lambda v: f"L={v['short_side']}" if "short_side" in v else "",  # the lecture's L
    "resize": lambda v: "",
    "random_crop": lambda v: "crop",  # where: in the tooltip
    "random_resized_crop": lambda v: f"crop {v.get('area_fraction', 1.0):.2f}",
    "affine": _affine,
    "hsl_jitter": _hsl,
    "brightness_contrast": lambda v: f"bright ×{v.get('brightness', 1.0):.2f} contr ×{v.get('contrast', 1.0):.2f}",
    "fancy_pca": _fancy_pca,
    "grayscale": lambda v: "grey",
    "cutout": lambda v: f"cutout ×{len(v.get('boxes', ()))}",
    "gaussian_noise": lambda v: f"noise σ {v.get('sigma', 0.0):.0f}",
    "salt_pepper": lambda v: f"s&p {100 * v.get('amount', 0.0):.1f}%",
    "filter": lambda v: f"filter {v.get('strength', 0.0):.1f}",
    "mixup": lambda v: f"mixup λ {v.get('lambda', 0.0):.2f}",
    "cutmix": lambda v: f"cutmix λ {v.get('lambda', 0.0):.2f}",
}


def _varies(steps: Pipeline | None, kind: str, option: str) -> bool:
    """Whether ``option`` of step ``kind`` is drawn from a range (a fixed value is no news)."""
    if steps is None:
        return True
    for step in steps:
        if step.kind == kind:
            value = step.options.get(option)
            if isinstance(value, (tuple, list)) and len(value) == 2:
                return value[0] != value[1]
            return False
    return True


def sample_caption(sample: Sample, steps: Pipeline | None = None, *, separator: str = " · ") -> str:
    """The steps that changed ``sample``, each in a word or two with its drawn value.

    Skipped steps are left out, and so is a resize whose size is fixed (given ``steps``, the
    pipeline the sample came from); "unchanged" when nothing random happened.
    """
    parts: list[str] = []
    for drawn in sample.steps:
        if not drawn.applied:
            continue
        if drawn.kind == "resize_short" and not _varies(steps, "resize_short", "short_side"):
            continue
        make = _CAPTIONS.get(drawn.kind)
        text = make(drawn.values) if make is not None else drawn.kind
        if text:
            parts.append(text)
    return separator.join(parts).replace("-", "−") if parts else "unchanged"  # a true minus sign
