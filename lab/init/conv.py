"""Stride-1 convolution with circular padding as matrix products (im2col), forward and backward.

Circular padding gives every output the same F²·C inputs, so the fan-in of the layer is exactly
d_in = F²·C, the number Xavier and Kaiming divide by for a conv layer.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray


def _offsets(f: int) -> list[tuple[int, int]]:
    r = f // 2
    return [(dy, dx) for dy in range(-r, f - r) for dx in range(-r, f - r)]


def im2col(h: NDArray[np.float32], f: int) -> NDArray[np.float32]:
    """``(N, S, S, C)`` maps to ``(N·S·S, F·F·C)`` patches, wrapping around the borders."""
    if h.ndim != 4:
        raise ValueError(f"expected an (N, S, S, C) array, got shape {h.shape}")
    n, s1, s2, c = h.shape
    r = f // 2
    padded = np.pad(h, ((0, 0), (r, f - 1 - r), (r, f - 1 - r), (0, 0)), mode="wrap") if f > 1 else h
    cols = np.empty((n, s1, s2, f * f, c), dtype=h.dtype)
    for k, (dy, dx) in enumerate(_offsets(f)):
        cols[:, :, :, k, :] = padded[:, r + dy : r + dy + s1, r + dx : r + dx + s2, :]
    return cols.reshape(n * s1 * s2, f * f * c)


def col2im(cols: NDArray[np.float32], shape: tuple[int, int, int, int], f: int) -> NDArray[np.float32]:
    """The adjoint of :func:`im2col`: scatter-add patch gradients back onto the map."""
    n, s1, s2, c = shape
    blocks = cols.reshape(n, s1, s2, f * f, c)
    out = np.zeros(shape, dtype=cols.dtype)
    for k, (dy, dx) in enumerate(_offsets(f)):
        out += np.roll(blocks[:, :, :, k, :], (dy, dx), axis=(1, 2))
    return out


def conv_forward(h: NDArray[np.float32], w: NDArray[np.float32], f: int) -> NDArray[np.float32]:
    """Convolve ``(N, S, S, C)`` with ``w`` of shape ``(F·F·C, K)``; returns ``(N, S, S, K)``."""
    n, s1, s2, _ = h.shape
    return (im2col(h, f) @ w).reshape(n, s1, s2, w.shape[1])
