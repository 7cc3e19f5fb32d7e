"""Export: seconds per exported slide figure (the 12 default PNGs) vs the renderer before issue #11.

The figures are built once; only rendering and writing the files is timed.

The reference is the previous ``lab/figures/render.py`` (matplotlib's constrained layout, a
second layout pass for titles and legends, a separate draw for the file, zlib level 6), read
from git at the commit where this branch left ``main`` and run on the very same figures in the
same process, alternating with today's renderer so both see the same machine load.
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


def _reference_renderer() -> tuple[types.ModuleType | None, str]:
    """The renderer as it was on ``main`` before this branch (``None`` without git)."""
    try:
        base = subprocess.run(["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        source = subprocess.run(["git", "show", f"{base}:lab/figures/render.py"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None, ""
    module = types.ModuleType("_render_before_issue_11")
    module.__file__ = f"git:{base[:10]}:lab/figures/render.py"
    sys.modules[module.__name__] = module  # dataclasses and typing look modules up by name
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module, base[:10]


def _default_figures() -> dict[str, list]:
    from lab.registry import available_specs

    return {pid: spec.build(spec.params_type()) for pid, spec in available_specs().items()}


def run() -> list[Row]:
    from lab.export import ExportOptions, _workers, export_figures

    panels = _default_figures()
    figures = [fig for figs in panels.values() for fig in figs]
    before, base = _reference_renderer()
    kwargs = {"width_px": 1920, "height_px": 1080, "dpi": 200.0}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)

        def export_today(parallel: bool) -> float:  # the CLI's path: one export_figures call per panel
            options = ExportOptions(parallel=parallel, **kwargs)
            t0 = time.perf_counter()
            for pid, figs in panels.items():
                export_figures(pid, figs, out, options)
            return time.perf_counter() - t0

        def export_before() -> float:
            t0 = time.perf_counter()
            for fig in figures:
                before.render(fig, out / f"{fig.name}.png", **kwargs)
            return time.perf_counter() - t0

        export_today(False)  # warm-up: fonts, imports
        if before is not None:
            export_before()
        serial, parallel, old = [], [], []
        for _ in range(ROUNDS):  # alternate, so a busy moment hits all three
            parallel.append(export_today(True))
            serial.append(export_today(False))
            if before is not None:
                old.append(export_before())
    n = len(figures)
    ref = f"renderer at {base}" if before is not None else ""
    ref_value = median(old) / n if old else None
    workers = max(_workers(len(figs)) for figs in panels.values())
    return [
        Row(f"{n} default PNGs, s/figure", median(parallel) / n, "s", reference=ref, ref_value=ref_value,
            goal="≤ 0.33× reference", note=f"export_figures per panel, up to {workers} worker processes; "
                                            f"1920×1080 px @ 200 DPI; median of {ROUNDS}"),
        Row(f"{n} default PNGs, s/figure, one process", median(serial) / n, "s", reference=ref,
            ref_value=ref_value, note="the same without worker processes (GUI export path)"),
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
