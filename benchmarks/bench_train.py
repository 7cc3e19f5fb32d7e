"""Training view: the default comparison (6 runs × 800 SGD steps) vs the BLAS floor of its products.

The floor runs exactly the matrix products of the default run (per step: one forward product
per layer on the mini-batch, ∂W = hᵀδ per layer and δ·Wᵀ per layer but the first; per recorded
step: the forward products on the whole training set, in the same row chunks), float64, with
nothing else: no activations, no softmax, no Python bookkeeping.  Small products like these are
dominated by call overhead, so the ratio says how much of the run is overhead outside BLAS.
"""

from __future__ import annotations

import time

import numpy as np

from benchmarks.common import Row
from lab.train.compute import _BLAS_SINGLE_THREAD, compute, run_keys
from lab.train.mlp import layer_sizes
from lab.train.params import TrainParams


def blas_floor(p: TrainParams, n_points: int, classes: int) -> None:
    """The products of one comparison ``p`` (see the module docstring)."""
    rng = np.random.default_rng(0)
    sizes = layer_sizes(2, p.width, p.depth, classes)
    ws = [rng.standard_normal((a, b)) for a, b in zip(sizes, sizes[1:], strict=False)]
    x = rng.standard_normal((p.batch, 2))
    full = rng.standard_normal((n_points, 2))
    rows = max(1, _BLAS_SINGLE_THREAD // max(w.size for w in ws))
    deltas = [rng.standard_normal((p.batch, b)) for b in sizes[1:]]
    records = p.steps // p.record_every + 1
    for _ in run_keys(p):
        for _ in range(p.steps):
            hs = [x]
            for w in ws:
                hs.append(hs[-1] @ w)
            for k in range(len(ws) - 1, -1, -1):
                hs[k].T @ deltas[k]
                if k > 0:
                    deltas[k] @ ws[k].T
        for _ in range(records):
            for i in range(0, n_points, rows):
                h = full[i : i + rows]
                for w in ws:
                    h = h @ w


def run(repeat: int = 5) -> list[Row]:
    p = TrainParams()
    result = compute(p)  # warm-up (imports, caches)
    n, classes = result.data.y.size, result.data.classes
    blas_floor(p, n, classes)
    runs, floor = [], []
    for _ in range(repeat):  # interleaved, so load from other processes hits both alike
        t0 = time.perf_counter()
        compute(p)
        runs.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        blas_floor(p, n, classes)
        floor.append(time.perf_counter() - t0)
    n_runs = len(run_keys(p))
    note = (f"median of {repeat} interleaved; {n_runs} runs × {p.steps} steps, {p.depth}×{p.width} hidden, "
            f"batch {p.batch}, {n} points evaluated every {p.record_every} steps; float64")
    return [
        Row("training view, default comparison", float(np.median(runs)), "s", "BLAS floor: the same products",
            float(np.median(floor)), goal="≤ 2 s", note=note),
    ]
