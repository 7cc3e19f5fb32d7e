"""Seeded base draws shared by every scheme on one seed, cached for the current and the last seed.

Each stream (input, standard-normal weights, uniform weights, upstream gradient) of each layer
comes from its own ``numpy.random.Generator`` seeded with ``[seed, stream, layer]``, so a draw
does not depend on the order of the others (or on any thread): two schemes compared on one
seed see the same input and are scaled from the same base matrices.  Re-running with another
activation or scheme reuses the cached draws, which is what makes a slider change cheap.

Standard normals are the Box–Muller transform of float32 uniforms
(``r = √(−2 ln(1 − u₁))``, ``z = r cos 2πu₂, r sin 2πu₂``): about 2.5× faster than NumPy's
float32 ziggurat on AVX-512 and on AVX2 machines alike (``python -m benchmarks init``), and
exact in distribution up to the 2⁻²⁴ resolution of the uniforms, which bounds every value by
√(48 ln 2) ≈ 5.77 (a true normal goes beyond it with probability 8·10⁻⁹).
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from lab.init.schemes import orthogonalize

STREAM_INPUT = 0
STREAM_NORMAL = 1
STREAM_UNIFORM = 2
STREAM_UPSTREAM = 3

#: Draws of this many seeds are kept: the current one and the one before (so going back to
#: the previous seed is still instant).
MAX_SEEDS = 2
#: All cached draws together stay under this size: a new draw that does not fit first evicts the
#: older seed, then is not cached (larger runs draw what does not fit).  The default experiment
#: draws 14 MB a seed; 256 MB a seed let a session's RSS grow by up to half a gigabyte (#13).
CACHE_BYTES = 64 * 1024 * 1024
#: Every Box–Muller value is at most this large: √(−2 ln 2⁻²⁴).
NORMAL_BOUND = math.sqrt(48.0 * math.log(2.0))

F32 = np.float32
TWO_PI = F32(2.0 * math.pi)

#: seed → (key → read-only array); the most recently used seed last.
_cache: OrderedDict[int, dict[tuple, NDArray[np.float32]]] = OrderedDict()
_lock = threading.Lock()


def stream_rng(seed: int, stream: int, layer: int = 0) -> np.random.Generator:
    """The generator of one stream of one layer."""
    if seed < 0:
        raise ValueError(f"seed must be >= 0, got {seed}")
    return np.random.default_rng([seed, stream, layer])


def box_muller(rng: np.random.Generator, out: NDArray[np.float32]) -> None:
    """Fill the 1-D float32 array ``out`` with N(0, 1) values from ``rng`` (Box–Muller).

    The first half of ``out`` is ``r cos θ`` and the second half ``r sin θ`` of the same pairs
    (for an odd size the last sine is dropped); cos and sin of one pair are independent.
    """
    half = (out.size + 1) // 2
    u = rng.random(2 * half, dtype=np.float32)  # multiples of 2⁻²⁴ in [0, 1)
    r, theta = u[:half], u[half:]
    np.subtract(F32(1.0), r, out=r)  # (0, 1]: the logarithm stays finite
    np.log(r, out=r)
    r *= F32(-2.0)
    np.sqrt(r, out=r)
    theta *= TWO_PI
    cos_part, sin_part = out[:half], out[half:]
    np.cos(theta, out=cos_part)
    cos_part *= r
    k = sin_part.size
    np.sin(theta[:k], out=sin_part)
    sin_part *= r[:k]


def cached(seed: int, key: tuple, make: Callable[[], NDArray[np.float32]]) -> NDArray[np.float32]:
    """The array cached for ``seed`` under ``key``, made (read-only) by ``make`` on first use.

    Using a seed makes it the most recent one; the draws of all but :data:`MAX_SEEDS` seeds
    are forgotten, and all of them stay under :data:`CACHE_BYTES`.
    """
    if seed < 0:
        raise ValueError(f"seed must be >= 0, got {seed}")
    with _lock:
        entries = _cache.setdefault(seed, {})
        _cache.move_to_end(seed)
        while len(_cache) > MAX_SEEDS:
            _cache.popitem(last=False)
        hit = entries.get(key)
    if hit is not None:
        return hit
    value = make()
    value.setflags(write=False)
    with _lock:
        while len(_cache) > 1 and _cached_bytes() + value.nbytes > CACHE_BYTES and next(iter(_cache)) != seed:
            _cache.popitem(last=False)  # the older seed makes room for the current one
        if _cached_bytes() + value.nbytes <= CACHE_BYTES:
            value = _cache.setdefault(seed, entries).setdefault(key, value)
    return value


def _cached_bytes() -> int:
    return sum(a.nbytes for entries in _cache.values() for a in entries.values())


def lookup(seed: int, key: tuple) -> NDArray[np.float32] | None:
    """The array cached for ``seed`` under ``key``, or None (the seed's recency is left as it is)."""
    with _lock:
        entries = _cache.get(seed)
        return None if entries is None else entries.get(key)


def clear_cache() -> None:
    """Forget every cached draw (benchmarks use it to time a cold run)."""
    with _lock:
        _cache.clear()


def normal_key(stream: int, layer: int, shape: tuple[int, ...]) -> tuple:
    """The cache key of :func:`standard_normal`'s array (for :func:`lookup`)."""
    return ("normal", stream, layer, shape)


def standard_normal(seed: int, stream: int, layer: int, shape: tuple[int, ...]) -> NDArray[np.float32]:
    """A read-only float32 N(0, 1) array of ``shape`` for ``(seed, stream, layer)``."""

    def make() -> NDArray[np.float32]:
        out = np.empty(shape, dtype=F32)
        box_muller(stream_rng(seed, stream, layer), out.reshape(-1))
        return out

    return cached(seed, normal_key(stream, layer, shape), make)


def uniform_pm1(seed: int, layer: int, shape: tuple[int, ...]) -> NDArray[np.float32]:
    """A read-only float32 U(−1, 1) array for the uniform schemes."""

    def make() -> NDArray[np.float32]:
        u = stream_rng(seed, STREAM_UNIFORM, layer).random(shape, dtype=F32)
        u *= F32(2.0)
        u -= F32(1.0)
        return u

    return cached(seed, ("uniform", STREAM_UNIFORM, layer, shape), make)


def orthogonal(seed: int, layer: int, shape: tuple[int, int]) -> NDArray[np.float32]:
    """The orthogonalized standard-normal base matrix of ``layer`` (cached: QR is not free)."""
    return cached(
        seed,
        ("orthogonal", STREAM_NORMAL, layer, shape),
        lambda: orthogonalize(standard_normal(seed, STREAM_NORMAL, layer, shape)),
    )


def network_input(seed: int, kind: str, shape: tuple[int, ...]) -> NDArray[np.float32]:
    """The input batch: N(0, 1) (``"normal"``) or its absolute value (``"positive"``).

    The all-positive input has the same second moment (1) as the Gaussian one but mean
    √(2/π) ≈ 0.798, like raw pixel data that was never centred.
    """
    base = standard_normal(seed, STREAM_INPUT, 0, shape)
    if kind == "normal":
        return base
    if kind == "positive":
        return cached(seed, ("positive", STREAM_INPUT, 0, shape), lambda: np.abs(base))
    raise ValueError(f"unknown input kind {kind!r} (known: normal, positive)")
