"""Activation panel: redraw latency after a slider change vs the pure NumPy evaluation floor.

4 functions × (f, f′) × 4096 points; 200 changes of the ELU α slider, in-process, offscreen.
A "redraw" is: the slider's valueChanged → params → lab builds the curves axes (f, f′,
saturated highlights, dead region) → FigureView updates its items in place → a synchronous
repaint of the view.  The floor is NumPy evaluating the same 4 × 2 × 4096 values.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np

from benchmarks.bare_reference import BareCopy, PaintCounter
from benchmarks.common import Row, median, percentile

FUNCTIONS = ("sigmoid", "tanh", "leaky_relu", "elu")
N_POINTS = 4096
N_CHANGES = 200


def _numpy_floor(alphas: np.ndarray) -> list[float]:
    from lab.activations.functions import evaluate

    x = np.linspace(-6.0, 6.0, N_POINTS)
    out = []
    for alpha in alphas:
        t0 = time.perf_counter()
        for name in FUNCTIONS:
            evaluate(name, x, slope=0.01, alpha=float(alpha))
        out.append(time.perf_counter() - t0)
    return out


def run() -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from lab.activations.figures import curves_axes
    from lab.activations.params import ActivationParams
    from ui.panels.activations import ActivationsPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    panel = ActivationsPanel()
    panel.resize(1400, 900)
    panel.show()
    params = ActivationParams(functions=FUNCTIONS, n_points=N_POINTS)
    panel.set_params(params)
    panel.wait_for_statistics()
    alpha = panel.form.widget("alpha")
    slider = alpha.slider
    positions = [200 + (k % 50) * 10 + (k // 50) for k in range(N_CHANGES)]  # α ≈ 1.0–3.5, never repeated
    for pos in positions[:10]:  # warm-up
        slider.setValue(pos)
        app.processEvents()
    paints = PaintCounter()  # each measured change should cost exactly one paint of the view
    panel.curves_view.viewport().installEventFilter(paints)
    bare = BareCopy(panel.curves_view)  # the same items in a bare pyqtgraph widget, redrawn in turn
    partial = BareCopy(panel.curves_view, full=False)  # the earlier reference: curves and fills only
    app.processEvents()  # showing the second copy posts a repaint of the first: not in a measured frame
    bare.reset_counts()
    partial.reset_counts()
    bare_wall: list[float] = []
    bare_cpu: list[float] = []
    partial_wall: list[float] = []

    def changes() -> tuple[list[float], list[float]]:
        wall, cpu = [], []
        for k, pos in enumerate(positions):
            t0, c0 = time.perf_counter(), time.thread_time()
            slider.setValue(pos)  # valueChanged → params → curves → FigureView, synchronously
            app.processEvents()  # delivers the update request: one paint of the curves view
            wall.append(time.perf_counter() - t0)
            cpu.append(time.thread_time() - c0)
            t0, c0 = time.perf_counter(), time.thread_time()
            bare.redraw(k)
            bare_wall.append(time.perf_counter() - t0)
            bare_cpu.append(time.thread_time() - c0)
            t0 = time.perf_counter()
            partial.redraw(k)
            partial_wall.append(time.perf_counter() - t0)
        return wall, cpu

    # As in use: the statistics views recompute in a worker 30 ms after the last change and
    # are drawn on the GUI thread when they arrive (whenever a change took longer than 30 ms).
    redraw, redraw_cpu = changes()
    paint_count = paints.count
    # The slider's own frame: the debounced statistics are held back.
    panel.controller.set_paused(True)
    positions.reverse()
    curves_only, curves_cpu = changes()
    panel.controller.set_paused(False)
    panel.curves_view.viewport().removeEventFilter(paints)
    bare_items = bare.counts
    bare_paints = (f"bare copy {bare.paints_per_redraw:.2f} paints per redraw, {bare.stray_paints} outside them "
                   f"(the earlier reference: {partial.stray_paints})")
    bare.close()
    partial.close()
    alphas = np.asarray([alpha._from_slider(p) for p in positions])
    floor = _numpy_floor(alphas)
    build = []
    for alpha in alphas + 1e-4:  # values not seen before: the thresholds' cache does not help
        changed = dataclasses.replace(params, alpha=float(alpha))
        t0 = time.perf_counter()
        curves_axes(changed)
        build.append(time.perf_counter() - t0)
    panel.shutdown()
    panel.close()
    ms = 1e3
    floor_median, floor_p95 = median(floor) * ms, percentile(floor, 95) * ms
    note = f"{len(FUNCTIONS)} functions × (f, f′) × {N_POINTS} points, {N_CHANGES} changes"
    bare_median, bare_p95 = median(bare_wall) * ms, percentile(bare_wall, 95) * ms
    bare_ref = f"bare pyqtgraph copy ({bare_items}), p95"
    goal = "≤ 1.5× bare; p95 < 16 ms"
    return [
        Row("redraw after slider change, p95", percentile(redraw, 95) * ms, "ms", bare_ref, bare_p95, goal,
            f"{note}; statistics worker live; median {median(redraw) * ms:.1f} ms vs bare {bare_median:.1f} ms; "
            f"{paint_count / N_CHANGES:.2f} paints per change; each change followed by one bare redraw; {bare_paints}"),
        Row("curves frame only, p95", percentile(curves_only, 95) * ms, "ms", bare_ref, bare_p95, goal,
            f"statistics held back; median {median(curves_only) * ms:.1f} ms"),
        Row("curves frame only vs the earlier reference, p95", percentile(curves_only, 95) * ms, "ms",
            "bare copy of curves and fills only, fixed range, p95", percentile(partial_wall, 95) * ms, "",
            "the reference before it copied the texts, legend, grid, rules and range changes"),
        Row("curves frame only, GUI-thread CPU time, p95", percentile(curves_cpu, 95) * ms, "ms",
            "bare copy, CPU time, p95", percentile(bare_cpu, 95) * ms, goal,
            "CPU time is what an idle machine would see as latency; the wall times include "
            "waiting for a core on this shared machine"),
        Row("redraw, GUI-thread CPU time, p95", percentile(redraw_cpu, 95) * ms, "ms",
            "bare copy, CPU time, p95", percentile(bare_cpu, 95) * ms, goal, "statistics worker live"),
        Row("plain-data curves view (lab only), median", median(build) * ms, "ms",
            "NumPy f+f′ evaluation (floor), median", floor_median, "",
            f"f, f′, saturated highlights, dead region, for a new α each time; NumPy floor p95 {floor_p95:.2f} ms"),
    ]


def main() -> None:
    print(f"load average before the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    for row in run():
        ratio = f"{row.ratio:.1f}×" if row.ratio is not None else ""
        print(f"{row.name:45s} {row.value:8.3f} {row.unit}  | {row.reference}: {row.ref_value:.3f} {row.unit} "
              f"| ratio {ratio} | goal: {row.goal} {('| ' + row.note) if row.note else ''}")


if __name__ == "__main__":
    main()
