"""Seeded base draws shared by every scheme on one seed, with a small thread-safe cache.

Each stream (input, standard-normal weights, uniform weights, upstream gradient) of each layer
comes from its own ``numpy.random.Generator`` (SFC64) seeded with ``[seed, stream, layer]``, so a draw
does not depend on the order of the others: two schemes compared on one seed see the same input
and are scaled from the same base matrices.  Re-running with another activation or scheme reuses
the cached draws, which is what makes a slider change cheap.

Standard normals are drawn in blocks of :data:`BLOCK` values, block ``b`` from its own generator
seeded with ``[seed, stream, layer, b]``, so the blocks of one array are drawn on two threads
and the result does not depend on how many threads there are.  Each block is the Box–Muller
transform of float32 uniforms (``r = √(−2 ln(1 − u₁))``, ``z = r cos 2πu₂, r sin 2πu₂``): about
3× faster than NumPy's float32 ziggurat and exact in distribution up to the 2⁻²⁴ resolution of
the uniforms, which bounds every value by √(48 ln 2) ≈ 5.77 (a true normal goes beyond it with
probability 8·10⁻⁹: a few values in a billion are missing from the far tails).
"""

from __future__ import annotations

import math
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from lab import parallel
from lab.init.schemes import orthogonalize

STREAM_INPUT = 0
STREAM_NORMAL = 1
STREAM_UNIFORM = 2
STREAM_UPSTREAM = 3

CACHE_BYTES = 256 * 1024 * 1024
#: Draws of this many seeds are kept: the current one and the one before (so going back to
#: the previous seed is still instant).
MAX_SEEDS = 2
#: At most this much memory of forgotten seeds is kept for reuse.
SPARE_BYTES = 64 * 1024 * 1024
#: Values per independently seeded block of a standard-normal draw (512 KB of float32).
BLOCK = 1 << 17
#: At most this much is drawn ahead by :func:`prefetch_normals` (the rest when needed).
PREFETCH_BYTES = CACHE_BYTES // 4
#: Draws of at least this many values are split over the helper threads.
PARALLEL_MIN = 1 << 20
#: Every Box–Muller value is at most this large: √(−2 ln 2⁻²⁴).
NORMAL_BOUND = math.sqrt(48.0 * math.log(2.0))

F32 = np.float32
TWO_PI = F32(2.0 * math.pi)

_cache: OrderedDict[tuple, NDArray[np.float32]] = OrderedDict()
_cache_bytes = 0
#: Seeds whose draws are kept, oldest first (every cache key is ``(kind, seed, …)``).
_seeds: OrderedDict[int, None] = OrderedDict()
#: Arrays of forgotten seeds, by shape, for :func:`empty` to hand out again.
_spare: dict[tuple[int, ...], list[NDArray[np.float32]]] = {}
_spare_bytes = 0
_lock = threading.Lock()


def stream_rng(seed: int, stream: int, layer: int = 0, *block: int) -> np.random.Generator:
    """The generator of one stream of one layer (and of one block of it)."""
    if seed < 0:
        raise ValueError(f"seed must be >= 0, got {seed}")
    # SFC64: a small, fast generator of high statistical quality (uniforms come ~25 % faster
    # than from the default PCG64); drawing is most of a cold run's overhead.
    return np.random.Generator(np.random.SFC64(np.random.SeedSequence([seed, stream, layer, *block])))


def box_muller(rng: np.random.Generator, out: NDArray[np.float32]) -> None:
    """Fill the 1-D float32 array ``out`` with N(0, 1) values from ``rng`` (Box–Muller).

    The first half of ``out`` is ``r cos θ`` and the second half ``r sin θ`` of the same pairs
    (for an odd size the last sine is dropped); cos and sin of one pair are independent.
    """
    n = out.size
    half = (n + 1) // 2
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


#: One standard-normal draw: ``(seed, stream, layer, shape)``.
NormalRequest = tuple[int, int, int, tuple[int, ...]]


def _draw_normals(requests: Sequence[NormalRequest]) -> list[NDArray[np.float32]]:
    """Draw ``requests`` block by block; large batches are split over the helper threads."""
    arrays = [empty(shape) for *_, shape in requests]
    jobs = [(i, start) for i, a in enumerate(arrays) for start in range(0, a.size, BLOCK)]

    def run(share: Sequence[tuple[int, int]]) -> None:
        for i, start in share:
            seed, stream, layer, _ = requests[i]
            flat = arrays[i].reshape(-1)
            box_muller(stream_rng(seed, stream, layer, start // BLOCK), flat[start : start + BLOCK])

    if sum(a.size for a in arrays) < PARALLEL_MIN:  # a thread hand-off costs more than it saves
        run(jobs)
    else:  # every block is its own stream, so how they are shared out does not matter
        parallel.run_all(*(lambda share=jobs[i :: parallel.WORKERS]: run(share) for i in range(parallel.WORKERS)))
    return arrays


def prefetch_normals(requests: Sequence[NormalRequest]) -> int:
    """Draw and cache, all at once, the requested standard normals that are not cached yet;
    return how many arrays were drawn.

    Spreading the blocks of many small arrays over the helper threads in one batch is what
    makes a new seed cheap: each array alone is too small to be worth a thread hand-off.
    """
    with _lock:
        missing = list(dict.fromkeys(r for r in requests if _normal_key(*r) not in _cache))
    budget = PREFETCH_BYTES // 4
    for count, request in enumerate(missing):  # beyond the budget, draws are made when needed
        budget -= math.prod(request[3])
        if budget < 0:
            missing = missing[:count]
            break
    for request, array in zip(missing, _draw_normals(missing), strict=True):
        _cached(_normal_key(*request), lambda array=array: array)
    return len(missing)


def _normal_key(seed: int, stream: int, layer: int, shape: tuple[int, ...]) -> tuple:
    return ("normal", seed, stream, layer, shape)


def _cached(key: tuple, make: Callable[[], NDArray[np.float32]]) -> NDArray[np.float32]:
    global _cache_bytes
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    value = make()
    value.setflags(write=False)
    if value.nbytes <= CACHE_BYTES // 4:
        with _lock:
            if key not in _cache:
                _cache[key] = value
                _cache_bytes += value.nbytes
            while _cache_bytes > CACHE_BYTES and _cache:
                _, old = _cache.popitem(last=False)
                _cache_bytes -= old.nbytes
    return value


def clear_cache() -> None:
    """Forget every cached draw (benchmarks use it to time a cold run)."""
    global _cache_bytes, _spare_bytes
    with _lock:
        _cache.clear()
        _seeds.clear()
        _spare.clear()
        _cache_bytes = _spare_bytes = 0


def standard_normal(seed: int, stream: int, layer: int, shape: tuple[int, ...]) -> NDArray[np.float32]:
    """A read-only float32 N(0, 1) array of ``shape`` for ``(seed, stream, layer)``."""
    return _cached(
        _normal_key(seed, stream, layer, shape),
        lambda: _draw_normals([(seed, stream, layer, shape)])[0],
    )


def uniform_pm1(seed: int, layer: int, shape: tuple[int, ...]) -> NDArray[np.float32]:
    """A read-only float32 U(−1, 1) array for the uniform schemes."""

    def make() -> NDArray[np.float32]:
        u = stream_rng(seed, STREAM_UNIFORM, layer).random(shape, dtype=np.float32)
        u *= np.float32(2.0)
        u -= np.float32(1.0)
        return u

    return _cached(("uniform", seed, STREAM_UNIFORM, layer, shape), make)


def cached(seed: int, key: tuple, make: Callable[[], NDArray[np.float32]]) -> NDArray[np.float32]:
    """Cache an array derived from the draws of ``seed`` (e.g. scaled weights) under ``key``."""
    return _cached(("derived", seed, *key), make)


def retain(seed: int) -> None:
    """Make ``seed`` the most recent one and forget the draws of all but :data:`MAX_SEEDS` seeds.

    A run calls this before it draws anything.  The arrays of a forgotten seed that nothing
    else holds are kept as spares for :func:`empty`: their pages are already mapped, and
    faulting in fresh pages costs more than making the draws (about 0.3 ms a megabyte).
    """
    global _cache_bytes, _spare_bytes
    with _lock:
        _seeds[seed] = None
        _seeds.move_to_end(seed)
        while len(_seeds) > MAX_SEEDS:
            old, _ = _seeds.popitem(last=False)
            for key in [k for k in _cache if k[1] == old]:
                array = _cache.pop(key)
                _cache_bytes -= array.nbytes
                # 2 references: this name and getrefcount's argument; a view, a running
                # experiment or a caller's variable would hold one more.
                if _spare_bytes + array.nbytes <= SPARE_BYTES and _reusable(array) and sys.getrefcount(array) <= 2:
                    _spare.setdefault(array.shape, []).append(array)
                    _spare_bytes += array.nbytes
                del array


def _reusable(array: NDArray[np.float32]) -> bool:
    return array.dtype == np.float32 and array.flags.owndata and array.flags.c_contiguous


def empty(shape: tuple[int, ...]) -> NDArray[np.float32]:
    """An uninitialized writable float32 array, made from a forgotten seed's memory if one fits."""
    global _spare_bytes
    with _lock:
        spares = _spare.get(shape)
        if spares:
            array = spares.pop()
            _spare_bytes -= array.nbytes
            array.setflags(write=True)
            return array
    return np.empty(shape, dtype=np.float32)


def orthogonal(seed: int, layer: int, shape: tuple[int, int]) -> NDArray[np.float32]:
    """The orthogonalized standard-normal base matrix of ``layer`` (cached: QR is not free)."""
    return _cached(
        ("orthogonal", seed, STREAM_NORMAL, layer, shape),
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
        return _cached(("positive", seed, STREAM_INPUT, 0, shape), lambda: np.abs(base))
    raise ValueError(f"unknown input kind {kind!r} (known: normal, positive)")
