"""Reused per-thread scratch buffers for temporaries of hot loops.

A fresh multi-megabyte temporary costs more in page faults than the arithmetic done in it:
glibc serves such sizes with ``mmap`` and returns them on ``free``, so every layer of the depth
experiment would fault its temporaries in again.  A buffer from here lives as long as its
thread and is overwritten by the next call with the same name, so a caller must be done with
it before asking again.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
from numpy.typing import DTypeLike, NDArray

_local = threading.local()
#: Buffers kept per thread; sizes change with the net, so the cache is kept small.
MAX_BUFFERS = 12


def scratch(name: str, shape: int | tuple[int, ...], dtype: DTypeLike) -> NDArray[Any]:
    """An uninitialized array of ``shape`` and ``dtype``, reused for the same ``name`` on this thread."""
    dt = np.dtype(dtype)
    key = (name, shape, dt.str)
    cache: dict[tuple, NDArray[Any]] | None = getattr(_local, "buffers", None)
    if cache is None:
        cache = _local.buffers = {}
    buf = cache.get(key)
    if buf is None:
        if len(cache) >= MAX_BUFFERS:
            cache.clear()
        buf = cache[key] = np.empty(shape, dtype=dt)
    return buf
