"""Numbers as a lecture prints them: proper minus signs, no negative zero, three significant digits."""

from __future__ import annotations

import math

MINUS = "\u2212"
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def minus(text: str) -> str:
    """``text`` with ASCII hyphen-minus signs before digits replaced by the proper minus (U+2212)."""
    out = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        prev = text[i - 1] if i else " "
        if ch == "-" and (nxt.isdigit() or nxt == ".") and not prev.isalnum():
            out.append(MINUS)
        else:
            out.append(ch)
    return "".join(out)


def superscript(n: int) -> str:
    """``n`` in Unicode superscript digits (``-5`` → ``⁻⁵``)."""
    return str(n).translate(_SUPERSCRIPT)


def num(value: float, sig: int = 3) -> str:
    """``value`` with ``sig`` significant digits: ``0.628``, ``−1.5``, ``6.65·10⁻³``, ``0``.

    Values that round to zero print as ``0`` (never ``−0``); magnitudes below 10⁻³ or from 10⁵
    up use a power of ten.
    """
    if not math.isfinite(value):
        return "∞" if value > 0 else f"{MINUS}∞" if value < 0 else "NaN"
    if value == 0 or float(f"{value:.{sig}g}") == 0:
        return "0"
    mag = abs(value)
    if 1e-3 <= mag < 1e5:
        text = f"{value:.{sig}g}"
        if "e" in text:  # .3g switches to exponents at 1e5 only for sig < 5; keep plain digits
            text = f"{value:.{max(0, sig - 1 - math.floor(math.log10(mag)))}f}"
        return minus(text)
    exp = math.floor(math.log10(mag))
    mant = float(f"{value / 10**exp:.{sig}g}")
    if abs(mant) >= 10:
        mant, exp = mant / 10, exp + 1
    mant_text = f"{mant:.{sig}g}"
    head = "" if mant_text in ("1", "-1") else f"{mant_text}·"
    sign = MINUS if mant_text == "-1" else ""
    return minus(f"{sign}{head}10{superscript(exp)}")


def percent(share: float, sig: int = 3) -> str:
    """``share`` (0–1) as a percentage with at most ``sig`` significant digits: ``92.3%``."""
    return f"{num(100.0 * share, sig)}%"
