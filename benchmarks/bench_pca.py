"""PCA panel benchmarks: the whitening pipeline on 1,000,000 points, and redraw after a drag.

Run ``python -m benchmarks.bench_pca``.  References measured in the same run:

* a pure-NumPy floor that computes the 2×2 covariance in one pass (``XᵀX`` and the column
  sums) — no pipeline can be faster than reading the data once;
* scikit-learn's ``PCA(whiten=True).fit_transform`` (benchmark-only dependency; ``n/a``
  when it is not installed);
* for the redraw, a bare pyqtgraph widget redrawing a copy of the same items, moving its
  points the fastest way pyqtgraph allows (:mod:`benchmarks.bare_reference`).
"""

from __future__ import annotations

import os
import time

import numpy as np

from benchmarks.common import Row, median, percentile
from lab.pca.analysis import analyse
from lab.pca.pipeline import fit_pca, whiten_pca
from lab.pca.sources import make_shape

N_BIG = 1_000_000
N_DRAG = 100_000


def _points(n: int) -> np.ndarray:
    return make_shape("gaussian", n, np.random.default_rng(0), std1=2.0, std2=0.6, rotation_deg=30.0, mean=(3.0, 2.0))


def _interleaved(fns: dict[str, object], repeat: int) -> dict[str, float]:
    """Median seconds of each callable, timed in turn so load changes hit all of them alike."""
    times: dict[str, list[float]] = {k: [] for k in fns}
    for fn in fns.values():
        fn()  # warm-up
    for _ in range(repeat):
        for key, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            times[key].append(time.perf_counter() - t0)
    return {k: median(v) for k, v in times.items()}


def pipeline_rows(repeat: int = 15) -> list[Row]:
    x = _points(N_BIG)
    n = x.shape[0]
    ones = np.ones(n)  # allocated once: the floor pays for nothing but reading the data

    def floor() -> np.ndarray:  # XᵀX and the column sums (both BLAS), then the 2×2 algebra
        s = ones @ x
        return (x.T @ x - np.outer(s, s) / n) / n

    def ours() -> np.ndarray:
        return whiten_pca(x, fit_pca(x, eps=1e-5))

    train, test = np.arange(800_000), np.arange(800_000, N_BIG)
    fns = {"floor": floor, "ours": ours, "panel": lambda: analyse(x, train, test).reconstruction}
    try:
        from sklearn.decomposition import PCA

        fns["sklearn"] = lambda: PCA(n_components=2, whiten=True).fit_transform(x)
    except ImportError:
        pass
    t = _interleaved(fns, repeat)
    rows = [
        Row("whitening pipeline (fit + whiten), 1M×2", t["ours"] * 1e3, "ms", "NumPy one-pass 2×2 covariance floor",
            t["floor"] * 1e3, "≤ 3× floor", "mean + ÷N covariance (one chunked pass), eigh, X·W − μ·W (one pass)"),
        Row("panel analysis (4 stages, stats, top-k), 1M×2", t["panel"] * 1e3, "ms",
            "NumPy one-pass 2×2 covariance floor", t["floor"] * 1e3, "< 200 ms", "runs in a worker thread"),
    ]
    if "sklearn" in t:
        rows.append(Row("whitening pipeline vs scikit-learn, 1M×2", t["ours"] * 1e3, "ms",
                        "sklearn PCA(whiten=True).fit_transform", t["sklearn"] * 1e3, "< 1× sklearn",
                        "sklearn divides by N−1 (SVD); same result up to N/(N−1)"))
    else:
        rows.append(Row("scikit-learn PCA(whiten=True).fit_transform, 1M×2", float("nan"), "ms",
                        note="n/a: scikit-learn not installed (pip install scikit-learn)"))
    return rows


def redraw_rows(n_moves: int = 40) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.bare_reference import BareCopy
    from lab.params import replace
    from lab.pca.figures import DISPLAY_LIMIT, display_indices
    from lab.pca.params import PcaParams
    from ui.panels.pca import PcaPanel

    app = QApplication.instance() or QApplication([])
    panel = PcaPanel()
    panel.resize(1400, 900)
    panel.show()
    panel.set_params(replace(PcaParams(), n=N_DRAG))
    deadline = time.perf_counter() + 30
    while (panel.analysis() is None or panel.analysis().points.shape[0] != N_DRAG) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    r = panel.analysis()
    view, vp = panel.stage_view, panel.stage_view.viewport()
    shown = np.intersect1d(display_indices(r.points.shape[0]), r.train)  # only drawn points can be picked
    idx = int(shown[np.argmax(r.points[shown, 0])])
    x0, y0 = r.points[idx]
    vb = view.plot("stage0").vb

    def at(x: float, y: float):
        return view.mapFromScene(vb.mapViewToScene(QPointF(x, y)))

    bare = BareCopy(view)  # the same plots and items in a bare pyqtgraph widget, redrawn in turn
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(x0, y0))
    if not panel.picker.dragging:
        raise RuntimeError("the press did not pick the point: the drag would measure nothing")
    drags: list[int] = []
    panel.picker.dragged.connect(lambda *_: drags.append(1))
    times, ref, cpu, ref_cpu = [], [], [], []
    for k in range(n_moves):
        target = at(x0 - 0.05 * k, y0 + 0.03 * k)
        t0, c0 = time.perf_counter(), time.thread_time()
        QTest.mouseMove(vp, target)  # event filter → analysis → figure → in-place scatter update
        vp.repaint()  # paint synchronously, as the screen would
        times.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
        t0, c0 = time.perf_counter(), time.thread_time()
        bare.redraw(k)
        ref.append(time.perf_counter() - t0)
        ref_cpu.append(time.thread_time() - c0)
    if len(drags) != n_moves:
        raise RuntimeError(f"{len(drags)} of {n_moves} moves reached the panel")
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(x0, y0))
    shown = min(N_DRAG, DISPLAY_LIMIT)
    items = bare.counts
    bare_paints = f"bare copy {bare.paints_per_redraw:.2f} paints per redraw, {bare.stray_paints} outside them"
    bare.close()
    panel.shutdown()
    panel.close()
    app.processEvents()
    goal = "≤ 1.5× bare; p95 < 16 ms"
    return [Row(f"redraw after a drag, {N_DRAG:,} points × 4 views (p95)", percentile(times, 95) * 1e3, "ms",
                f"bare pyqtgraph copy ({items}), p95", percentile(ref, 95) * 1e3, goal,
                f"median {median(times) * 1e3:.1f} ms vs bare {median(ref) * 1e3:.1f} ms; {shown:,} of {N_DRAG:,} "
                "points drawn per view (even stride + dragged/selected), statistics from all; the bare copy moves its "
                "points by writing their records, as the panel does (ScatterPlotItem.setData re-looks-up every "
                f"point's symbol: 100+ ms), and takes over the panel's ranges; {bare_paints}"),
            Row("redraw after a drag, GUI-thread CPU time, p95", percentile(cpu, 95) * 1e3, "ms",
                "bare copy, CPU time, p95", percentile(ref_cpu, 95) * 1e3, goal,
                f"median {median(cpu) * 1e3:.1f} ms vs bare {median(ref_cpu) * 1e3:.1f} ms; CPU time is what an idle "
                "machine would see as latency (the analysis of all points, 4 figures and the paint, on the GUI thread)")]


def run() -> list[Row]:
    return pipeline_rows() + redraw_rows()


def main() -> None:
    for row in run():
        ratio = "" if row.ratio is None else f"  ratio {row.ratio:.2f}"
        ref = "" if row.ref_value is None else f"  vs {row.reference}: {row.ref_value:.2f} {row.unit}"
        print(f"{row.name}: {row.value:.2f} {row.unit}{ref}{ratio}  [{row.goal}] {row.note}")


if __name__ == "__main__":
    main()
