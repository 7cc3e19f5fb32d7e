"""Figure sizes for export: pixel, centimetre and inch specs, and the slide presets."""

from __future__ import annotations

import re
from dataclasses import dataclass

CM_PER_INCH = 2.54

# Slide presets in inches: 16:9 and 4:3 pages that read well full-width on a slide.
PRESETS: dict[str, tuple[float, float]] = {
    "16:9": (9.6, 5.4),
    "4:3": (8.0, 6.0),
}

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(px|cm|in)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Size:
    """A figure size as given by the user: ``width × height`` in ``unit``."""

    width: float
    height: float
    unit: str = "px"

    def pixels(self, dpi: float) -> tuple[int, int]:
        """Width and height in whole pixels at ``dpi``."""
        if self.unit == "px":
            return round(self.width), round(self.height)
        scale = dpi if self.unit == "in" else dpi / CM_PER_INCH
        return round(self.width * scale), round(self.height * scale)


def parse_size(text: str) -> Size:
    """Parse ``"1920x1080"``, ``"25x14cm"``, ``"10x5.6in"`` or a preset (``"16:9"``, ``"4:3"``)."""
    key = text.strip()
    if key in PRESETS:
        width, height = PRESETS[key]
        return Size(width, height, "in")
    match = _SIZE.match(key)
    if match is None:
        raise ValueError(f"bad size {text!r}: use WxH with px, cm or in (e.g. 1920x1080px, 25x14cm) or one of {', '.join(PRESETS)}")
    width, height, unit = float(match[1]), float(match[2]), (match[3] or "px").lower()
    if width <= 0 or height <= 0:
        raise ValueError(f"bad size {text!r}: width and height must be positive")
    return Size(width, height, unit)
