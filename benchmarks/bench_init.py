"""Initialization panel: the depth experiment vs its BLAS floor, and the GUI's longest stall while it runs."""

from __future__ import annotations

import dataclasses
import math
import os
import threading
import time

import numpy as np

from benchmarks.common import Row
from lab.init.config import DepthConfig
from lab.init.experiment import run_depth, run_to_end

TICK_MS = 5


def _floor_operands(cfg: DepthConfig) -> tuple[np.ndarray, list[np.ndarray], np.ndarray]:
    rng = np.random.default_rng(0)
    x = rng.standard_normal((cfg.batch, cfg.width), dtype=np.float32)
    ws = [rng.standard_normal((cfg.width, cfg.width), dtype=np.float32) / np.float32(math.sqrt(cfg.width))
          for _ in range(cfg.depth)]
    g = rng.standard_normal((cfg.batch, cfg.width), dtype=np.float32)
    return x, ws, g


def blas_floor(x: np.ndarray, ws: list[np.ndarray], g: np.ndarray, into: list[np.ndarray] | None = None) -> None:
    """Only the matrix products of the experiment: h @ W forward, hᵀ @ δ and δ @ Wᵀ backward.

    With ``into`` (from :func:`floor_outputs`) the products write into arrays allocated once:
    BLAS time alone, without the fresh-page faults of new outputs.
    """
    outs: list[np.ndarray | None] = list(into) if into is not None else [None] * (len(ws) + 3)
    hs = [x]
    for k, w in enumerate(ws):
        hs.append(np.matmul(hs[-1], w, out=outs[k]))
    for layer in range(len(ws) - 1, -1, -1):
        np.matmul(hs[layer].T, g, out=outs[-3])
        if layer > 0:
            g = np.matmul(g, ws[layer].T, out=outs[-1 - layer % 2])


def floor_outputs(x: np.ndarray, ws: list[np.ndarray], g: np.ndarray) -> list[np.ndarray]:
    """Outputs for :func:`blas_floor`: one per layer, one ∂W, two alternating ∂h."""
    return ([np.empty((x.shape[0], w.shape[1]), dtype=np.float32) for w in ws]
            + [np.empty_like(ws[0]), np.empty_like(g), np.empty_like(g)])


def numpy_draws(cfg: DepthConfig, seed: int) -> None:
    """The operands of a new seed drawn the plain way: NumPy's float32 standard normals."""
    rng = np.random.default_rng(seed)
    rng.standard_normal((cfg.batch, cfg.width), dtype=np.float32)
    for _ in range(cfg.depth):
        rng.standard_normal((cfg.width, cfg.width), dtype=np.float32)
    rng.standard_normal((cfg.batch, cfg.width), dtype=np.float32)


def _ratio(values: list[float], ref: list[float]) -> str:
    return f"{float(np.median(values)) / float(np.median(ref)):.2f}×"


def experiment_rows(repeat: int = 21) -> list[Row]:
    cfg = DepthConfig()  # 10 layers × 500 units, batch 1000, tanh, Xavier, forward + backward + histograms
    operands = _floor_operands(cfg)
    floor, warm, cold, drawn, bare = [], [], [], [], []
    run_to_end(run_depth(cfg))
    blas_floor(*operands)
    into = floor_outputs(*operands)
    blas_floor(*operands, into=into)
    cpu: dict[str, list[float]] = {"floor": [], "warm": [], "cold": []}  # all threads' CPU time
    for k in range(repeat):  # interleaved, so load from other processes hits all of them alike
        t0, c0 = time.perf_counter(), time.process_time()
        blas_floor(*operands)
        floor.append(time.perf_counter() - t0)
        cpu["floor"].append(time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        run_to_end(run_depth(cfg))
        warm.append(time.perf_counter() - t0)
        cpu["warm"].append(time.process_time() - c0)
        new_seed = dataclasses.replace(cfg, seed=1_000_000 + k)  # what "new seed" does: nothing cached
        t0, c0 = time.perf_counter(), time.process_time()
        run_to_end(run_depth(new_seed))
        cold.append(time.perf_counter() - t0)
        cpu["cold"].append(time.process_time() - c0)
        t0 = time.perf_counter()
        numpy_draws(cfg, k)
        blas_floor(*operands)
        drawn.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        blas_floor(*operands, into=into)
        bare.append(time.perf_counter() - t0)
    f = float(np.median(floor)) * 1e3
    note = (f"median of {repeat} interleaved; float32; the 29 products (10 forward, 10 ∂W, 9 ∂h); "
            f"fastest runs {min(warm) / min(floor):.2f}× (cached) and {min(cold) / min(floor):.2f}× (new seed); "
            f"CPU time of all threads {_ratio(cpu['warm'], cpu['floor'])} and {_ratio(cpu['cold'], cpu['floor'])}")
    products = "BLAS floor: the same products"
    return [
        Row("depth experiment, draws cached (a slider change)", float(np.median(warm)) * 1e3, "ms",
            products, f, goal="≤ 1.3× floor", note=note),
        Row("depth experiment, new seed (draws 3.5 M normals)", float(np.median(cold)) * 1e3, "ms",
            products, f, goal="≤ 1.3× floor", note=note),
        Row("depth experiment, new seed", float(np.median(cold)) * 1e3, "ms",
            "the products + NumPy's float32 normals for them", float(np.median(drawn)) * 1e3,
            note="the same draws made with default_rng().standard_normal, then the BLAS floor"),
        Row("depth experiment, draws cached (a slider change)", float(np.median(warm)) * 1e3, "ms",
            "the products into preallocated outputs", float(np.median(bare)) * 1e3,
            note="a stricter floor: no allocation, so none of glibc's fresh-page faults (about 6,000 a run "
                 "in both the floor above and the experiment)"),
        Row("depth experiment, new seed", float(np.median(cold)) * 1e3, "ms",
            "the products into preallocated outputs", float(np.median(bare)) * 1e3),
    ]


def histogram_rows(repeat: int = 21) -> list[Row]:
    """One layer's histogram (1000 × 500 tanh outputs): exact counts on power-of-two bins vs NumPy's."""
    from lab.init import bins as b

    values = np.tanh(np.random.default_rng(0).standard_normal((1000, 500), dtype=np.float32))
    edges = b.SharedBins.covering(-1.0, 1.0, 100)
    m = edges.n + 2
    fns = {
        "ours": lambda: b.bin_counts(values, edges),
        "plain": lambda: np.bincount(b._shifted_indices(values, edges).astype(np.intp), minlength=m),
        "histogram": lambda: np.histogram(values, bins=edges.n, range=(edges.lo, edges.hi)),
    }
    times: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(repeat):
        for key, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            times[key].append(time.perf_counter() - t0)
    t = {k: float(np.median(v)) * 1e3 for k, v in times.items()}
    return [Row("histogram of one layer (500 k values), counted in bin pairs", t["ours"], "ms",
                "np.histogram on the same bins", t["histogram"],
                note=f"one np.bincount per value instead of per pair: {t['plain']:.2f} ms")]


def _longest_gap_beside(work) -> float:
    """The longest pause (ms) of a thread ticking every millisecond while ``work()`` runs in another."""
    done = threading.Event()
    thread = threading.Thread(target=lambda: (work(), done.set()))
    last = time.perf_counter()
    worst = 0.0
    thread.start()
    while not done.is_set():
        time.sleep(0.001)
        now = time.perf_counter()
        worst, last = max(worst, now - last), now
    thread.join()
    return worst * 1e3


def gil_rows() -> list[Row]:
    """Orthogonal weights of a large conv layer (QR of a 9875 × 395 matrix) must not hold the GIL."""
    from lab.init.schemes import orthogonalize

    base = np.random.default_rng(0).standard_normal((9875, 395)).astype(np.float32)
    ours = _longest_gap_beside(lambda: orthogonalize(base))
    theirs = _longest_gap_beside(lambda: np.linalg.qr(base.astype(np.float64)))
    return [Row("longest pause of another Python thread during a conv layer's orthogonal weights", ours, "ms",
                "the same with numpy.linalg.qr", theirs,
                note="QR of 9875 × 395 (F = 5, C = 395); NumPy's QR holds the GIL, which froze the GUI for seconds")]


def gui_rows(runs: int = 3) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from lab.init.spec import InitParams
    from ui.panels.init import InitPanel

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the loop
    ticks: list[float] = []
    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def longest_gap(until, limit_s: float = 60.0) -> float:
        """Run a real event loop (idle waits block in the OS, as in the app) until ``until()``."""
        ticks.clear()
        loop = QEventLoop()
        check = QTimer(interval=TICK_MS)
        check.timeout.connect(lambda: loop.quit() if until() else None)
        QTimer.singleShot(int(limit_s * 1000), loop.quit)
        timer.start()
        check.start()
        loop.exec()
        check.stop()
        timer.stop()
        return max(np.diff(ticks)) * 1e3 if len(ticks) > 1 else math.inf

    panel = InitPanel()
    panel.resize(1400, 900)
    panel.show()
    finished: list[bool] = []
    panel.run_finished.connect(lambda: finished.append(True))
    longest_gap(lambda: bool(finished))  # the first run, at start-up (builds the plots once)
    settle = time.perf_counter() + 1.0
    longest_gap(lambda: time.perf_counter() > settle)  # let the other layout be prebuilt
    idle_end = time.perf_counter() + 1.0
    idle = longest_gap(lambda: time.perf_counter() > idle_end)
    busy, durations = [], []
    for k in range(runs):
        finished.clear()
        t0 = time.perf_counter()
        panel.set_params(InitParams(seed=100 + k, compare=k == runs - 1))  # cold draws; the last one compares
        busy.append(longest_gap(lambda: bool(finished)))
        durations.append(time.perf_counter() - t0)
    panel.shutdown()
    panel.close()
    # Reference: the same event loop while only the BLAS floor runs in a background thread, for
    # as long as the runs took; on 2 cores this is the stall any background BLAS work causes.
    operands = _floor_operands(DepthConfig())
    stop = threading.Event()

    def blas_loop() -> None:
        while not stop.is_set():
            blas_floor(*operands)

    thread = threading.Thread(target=blas_loop)
    thread.start()
    floor_end = time.perf_counter() + sum(durations)
    try:
        floor_gap = longest_gap(lambda: time.perf_counter() > floor_end)
    finally:
        stop.set()
        thread.join()
    load = os.getloadavg()[0]
    return [Row("longest GUI event-loop gap while the experiment runs", max(busy), "ms",
                "same loop while the bare BLAS floor runs in a thread", floor_gap, goal="< 50 ms",
                note=f"worst of {runs} default runs (cold seeds, last one compares), redraws included; "
                     f"per run {', '.join(f'{b:.0f}' for b in busy)} ms; idle loop {idle:.0f} ms; "
                     f"load average {load:.1f} on {os.cpu_count()} cores")]


def run() -> list[Row]:
    return experiment_rows() + histogram_rows() + gil_rows() + gui_rows()


if __name__ == "__main__":
    from benchmarks.__main__ import print_table

    print_table([("init", r) for r in run()])
