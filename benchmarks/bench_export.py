"""Export: seconds per exported slide figure (every default PNG) vs the renderer before issue #11.

There were 12 default PNGs when issue #11 was filed; the training panel has added more since.

The figures are built once; only rendering and writing the files is timed.

The reference is ``lab/figures/render.py`` as it was when issue #11 was filed (commit
:data:`REFERENCE_COMMIT`, the last one before the page-aware renderer: matplotlib's constrained
layout, a second layout pass for titles and legends, a separate draw for the file, zlib level 6;
the issue measured 12.9 s for the 12 PNGs with it on an idle machine).  It is read from git and
run on the very same figures in the same process, alternating with today's renderer so both
see the same machine load.  Without git (or without that commit) the suite fails with a clear
message instead of printing a ratio against nothing.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

from benchmarks.common import Row, median

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 3


#: The last commit that touched lab/figures/render.py before the issue #11 renderer work
#: (``git log --oneline -- lab/figures/render.py``: a4dd3f2 "page-aware layout engine" follows it).
REFERENCE_COMMIT = "99e4946753a2ad483a237b2a9e16bd8f83a06260"


class ReferenceMissing(RuntimeError):
    """The pinned reference renderer cannot be read from git."""


def _reference_renderer() -> tuple[types.ModuleType, str]:
    """The renderer as it was when issue #11 was filed, loaded from git."""
    try:
        source = subprocess.run(["git", "show", f"{REFERENCE_COMMIT}:lab/figures/render.py"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        raise ReferenceMissing(f"the export benchmark needs git and commit {REFERENCE_COMMIT[:10]} (the renderer "
                               f"before issue #11) in {ROOT}: {detail.strip()}") from None
    module = types.ModuleType("_render_before_issue_11")
    module.__file__ = f"git:{REFERENCE_COMMIT[:10]}:lab/figures/render.py"
    sys.modules[module.__name__] = module  # dataclasses and typing look modules up by name
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module, REFERENCE_COMMIT[:10]


def _default_figures() -> dict[str, list]:
    from lab.registry import available_specs

    return {pid: spec.build(spec.params_type()) for pid, spec in available_specs().items()}


def run() -> list[Row]:
    from lab.export import ExportOptions, _workers, export_figures, render_pool

    panels = _default_figures()
    figures = [fig for figs in panels.values() for fig in figs]
    before, base = _reference_renderer()
    kwargs = {"width_px": 1920, "height_px": 1080, "dpi": 200.0}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)

        def export_today(parallel: bool) -> float:  # the CLI's path: one export_figures call per panel
            options = ExportOptions(parallel=parallel, **kwargs)
            t0, c0 = time.perf_counter(), time.process_time()
            for pid, figs in panels.items():
                export_figures(pid, figs, out, options)
            if not parallel:
                cpu.append(time.process_time() - c0)
            return time.perf_counter() - t0

        def export_all() -> float:  # the GUI's export-all child: one pool, panel after panel
            t0 = time.perf_counter()
            with render_pool(ExportOptions(**kwargs)) as pool:
                for pid, figs in panels.items():
                    pool.submit(pid, figs, out, lambda _p: None)
                pool.wait(lambda _p: None)
            return time.perf_counter() - t0

        def export_before() -> float:
            t0, c0 = time.perf_counter(), time.process_time()
            for fig in figures:
                before.render(fig, out / f"{fig.name}.png", **kwargs)
            old_cpu.append(time.process_time() - c0)
            return time.perf_counter() - t0

        cpu: list[float] = []
        old_cpu: list[float] = []
        export_today(False)  # warm-up: fonts, imports
        export_before()
        del cpu[:], old_cpu[:]
        serial, parallel, old, everything = [], [], [], []
        for _ in range(ROUNDS):  # alternate, so a busy moment hits all four
            everything.append(export_all())
            parallel.append(export_today(True))
            serial.append(export_today(False))
            old.append(export_before())
    n = len(figures)
    ref = f"renderer at {base} (before #11)"
    ref_value = median(old) / n
    workers = max(_workers(len(figs)) for figs in panels.values())
    return [
        Row(f"{n} default PNGs, s/figure, export all (GUI)", median(everything) / n, "s", reference=ref,
            ref_value=ref_value, goal="≤ 0.33× reference",
            note=f"the GUI's export-all path (lab.export_process child): one pool of {_workers(n)} worker processes "
                 f"for every panel; figures built beforehand; median of {ROUNDS}"),
        Row(f"{n} default PNGs, s/figure", median(parallel) / n, "s", reference=ref, ref_value=ref_value,
            goal="≤ 0.33× reference", note=f"export_figures per panel, up to {workers} worker processes; "
                                            f"1920×1080 px @ 200 DPI; median of {ROUNDS}"),
        Row(f"{n} default PNGs, s/figure, one process", median(serial) / n, "s", reference=ref,
            ref_value=ref_value, goal="≤ 0.33× reference",
            note="the same without worker processes (the export dialog's path)"),
        Row(f"{n} default PNGs, CPU s/figure, one process", median(cpu) / n, "s", reference=ref,
            ref_value=median(old_cpu) / n, goal="≤ 0.33× reference",
            note="process CPU time of the one-process export: what load on a shared machine does not change"),
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
