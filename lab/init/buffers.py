"""Buffers a depth run writes into, kept per thread so the next run does not fault in fresh pages."""

from __future__ import annotations

import math
import threading

import numpy as np
from numpy.typing import NDArray

from lab.init.config import DepthConfig


class RunBuffers:
    """The arrays one run writes (each layer's output, ∂L/∂W, two ∂L/∂h), kept per thread and
    handed to the thread's next run of the same shape.

    Fresh pages are the price of a fresh array: glibc maps arrays this large anew on every
    allocation, and faulting in a 2 MB one costs about 0.7 ms, about a third of the product
    that fills it.  A run claims the buffers for its whole life, so two runs interleaved on one
    thread never share them (the second allocates its own).  Unpooled buffers are all None:
    NumPy then allocates, as ``out=None`` means.
    """

    def __init__(self, key: tuple, depth: int, act_shape: tuple[int, ...], w_shape: tuple[int, int],
                 *, pooled: bool = True) -> None:
        def make(shape: tuple[int, ...]) -> NDArray[np.float32] | None:
            return np.empty(shape, dtype=np.float32) if pooled else None

        self.key = key
        self.pooled = pooled
        self.outputs = [make(act_shape) for _ in range(depth)]
        self.grad_w = make(w_shape)
        self.grad_h = [make(act_shape) for _ in range(2)]
        self.in_use = False

    def release(self) -> None:
        """The run is over: the next run on this thread may write these arrays again."""
        self.in_use = False


_run_buffers = threading.local()
#: Runs that write at most this much keep their buffers for the next run on the thread.
REUSE_BYTES = 64 * 1024 * 1024


def claim_buffers(config: DepthConfig) -> RunBuffers:
    """This thread's run buffers for ``config``; unpooled ones (all None) when the run is too
    large, convolutional, or the thread's buffers are in use by another run."""
    act_shape, w_shape = (config.batch, config.width), config.weight_shape
    key = (config.depth, act_shape, w_shape)
    held: RunBuffers | None = getattr(_run_buffers, "buffers", None)
    size = 4 * ((config.depth + 2) * math.prod(act_shape) + math.prod(w_shape))
    unpooled = RunBuffers(key, config.depth, act_shape, w_shape, pooled=False)
    if config.is_conv or (held is not None and held.in_use):
        return unpooled
    if size > REUSE_BYTES:
        _run_buffers.buffers = None  # a large run: give the memory of the last one back
        return unpooled
    if held is None or held.key != key:
        held = _run_buffers.buffers = RunBuffers(key, config.depth, act_shape, w_shape)
    held.in_use = True
    return held
