"""Shared histogram bins with power-of-two widths, so every float32 value is binned exactly."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from lab.scratch import scratch


@dataclass(frozen=True)
class SharedBins:
    """Bins ``[k·w, (k+1)·w)`` for ``k = first … first + n − 1`` (the last bin is closed).

    ``w`` is a power of two, so ``floor(h / w)`` is computed exactly in float32: no value near
    an edge lands in the wrong bin.  Values outside ``[lo, hi]`` are counted apart, below and
    above, never silently dropped.
    """

    width: float
    first: int
    n: int

    def __post_init__(self) -> None:
        if self.n < 1:
            raise ValueError("need at least one bin")
        if math.frexp(self.width)[0] != 0.5:
            raise ValueError(f"bin width must be a power of two, got {self.width}")

    @property
    def lo(self) -> float:
        return self.first * self.width

    @property
    def hi(self) -> float:
        return (self.first + self.n) * self.width

    @property
    def edges(self) -> NDArray[np.float64]:
        return (self.first + np.arange(self.n + 1, dtype=np.float64)) * self.width

    @classmethod
    def covering(cls, lo: float, hi: float, target: int = 100) -> SharedBins:
        """Bins covering ``[lo, hi]`` with about ``target`` bins (between 0.7× and 1.4×).

        Examples
        --------
        >>> b = SharedBins.covering(-1.0, 1.0, 100)
        >>> b.width, b.n, b.lo, b.hi
        (0.015625, 128, -1.0, 1.0)
        """
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
            raise ValueError(f"need finite lo < hi, got {lo}, {hi}")
        if target < 2:
            raise ValueError(f"need a target of at least 2 bins, got {target}")
        exponent = round(math.log2((hi - lo) / target))
        exponent = max(-140, min(120, exponent))
        width = math.ldexp(1.0, exponent)
        first = math.floor(lo / width)
        if first * width > lo:  # lo / width underflowed (a subnormal lo)
            first -= 1
        last = math.ceil(hi / width)
        if last * width < hi:
            last += 1
        return cls(width=width, first=first, n=max(1, last - first))


def bin_counts(values: NDArray[np.float32], bins: SharedBins) -> tuple[NDArray[np.int64], int, int]:
    """Return ``(counts, below, above)`` of finite ``values`` on ``bins``.

    ``floor(h·2^-e)`` is exact in binary floating point; ``h == hi`` goes to the last bin like
    ``numpy.histogram``.  (The one inexact case is a subnormal negative value scaled below the
    smallest subnormal, which rounds to −0 and is counted in the bin right of 0.)
    """
    flat = values.reshape(-1)
    kind = values.dtype.type
    scale = kind(1.0 / bins.width)
    with np.errstate(over="ignore", under="ignore"):
        t = np.multiply(flat, scale, out=scratch("bins.t", flat.size, flat.dtype))
    np.floor(t, out=t)
    # Clip in floating point to keep the int conversion defined (bounds rounded outwards); far
    # from 0 a float cannot hold first − 1 exactly, so there the offset is clipped again exactly.
    low, high = kind(bins.first - 1), kind(bins.first + bins.n)
    if float(low) > bins.first - 1:
        low = np.nextafter(low, kind(-np.inf))
    if float(high) < bins.first + bins.n:
        high = np.nextafter(high, kind(np.inf))
    np.clip(t, low, high, out=t)
    exact = abs(bins.first) + bins.n + 1 < 2**24  # then the clip bounds above were exact integers
    if exact:  # shift to 0 … n + 1 in floating point (integers below 2²⁴: exact) and cast once
        np.subtract(t, low, out=t)
        index = scratch("bins.index", t.size, np.uint16 if bins.n + 2 < 2**16 else np.uint32)
        np.copyto(index, t, casting="unsafe")
    else:
        index = scratch("bins.index", t.size, np.int64)
        np.copyto(index, t, casting="unsafe")
        index -= bins.first - 1
        np.clip(index, 0, bins.n + 1, out=index)
    # Count by sorting: NumPy's SIMD sort of small integers is about twice as fast as
    # np.bincount's scattered increments; the counts are the gaps between first positions.
    index.sort()
    full = np.diff(np.searchsorted(index, np.arange(bins.n + 3, dtype=index.dtype)))
    counts = full[1:-1].astype(np.int64)
    below, above = int(full[0]), int(full[-1])
    if above and float(kind(bins.hi)) == bins.hi:  # h == hi belongs to the last bin, as in numpy
        at_hi = int(np.count_nonzero(flat == kind(bins.hi)))
        counts[-1] += at_hi
        above -= at_hi
    return counts, below, above
