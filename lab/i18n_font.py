"""The Hangul font: NanumGothic (SIL OFL 1.1) from the ``koreanize-matplotlib`` wheel, as a fallback.

The font file is located through the distribution's metadata, never by importing
``koreanize_matplotlib`` (importing it rewrites matplotlib's global rcParams).  It is added
to matplotlib's font manager once and named *after* the theme's Latin family, so Latin
text, digits and maths keep DejaVu Sans and only the glyphs DejaVu lacks (Hangul) come from
NanumGothic.  The Qt side registers the same file with ``QFontDatabase`` (``ui/i18n.py``).
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

DISTRIBUTION = "koreanize-matplotlib"
FONT_FILE = "koreanize_matplotlib/fonts/NanumGothic.ttf"
FAMILY = "NanumGothic"


@lru_cache(maxsize=1)
def hangul_font_path() -> Path | None:
    """The NanumGothic Regular file, or ``None`` when the package is not installed."""
    from importlib import metadata  # 15–18 ms to import: not on the start-up path of an English window

    try:
        dist = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file(FONT_FILE)))
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def _registered() -> bool:
    path = hangul_font_path()
    if path is None:
        return False
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(path))
    # NanumGothic carries VTT hinting sources (TSI0…TSI5) that the PDF subsetter drops with a
    # warning per file; dropping them is right (they are editor data, not glyphs)
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
    return True


def font_families() -> list[str]:
    """matplotlib's ``font.family``: the theme's sans-serif first, then the Hangul fallback."""
    return ["sans-serif", FAMILY] if _registered() else ["sans-serif"]
