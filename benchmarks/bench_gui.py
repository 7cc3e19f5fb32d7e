"""GUI soak and Export-all stall, each measured in a fresh offscreen app (a child process).

Soak: seeded random actions on every visible control of every panel plus panel switches;
reports actions, exceptions, error dialogs, pyqtgraph paint errors, the worst GUI stall and
RSS growth (goal: 0 exceptions, bounded RSS).  Export stall: the worst event-loop stall
while File → Export all writes every panel's files, next to the idle loop's worst stall
measured in the same run (goal < 50 ms).  ``NNLAB_SOAK_ACTIONS`` sets the soak length.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from benchmarks.common import Row


def _child(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "benchmarks.gui_session", *args], capture_output=True, text=True,
                         timeout=1800, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    raise RuntimeError(f"the GUI session printed no result:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")


def _where(stacks: list) -> str:
    """The innermost project frame and the innermost frame of the most sampled stall stack."""
    if not stacks:
        return "-"
    parts = stacks[0][1].split(" > ")
    return " > ".join(parts[-2:])


def run() -> list[Row]:
    actions = os.environ.get("NNLAB_SOAK_ACTIONS", "600")
    soak = _child("soak", actions, "1")
    export = _child("export")
    note = "; ".join(soak["exception_samples"] + soak["logged_samples"])
    return [
        Row("soak actions (panel switches)", soak["actions"], "", note=f"{soak['switches']} switches, "
            f"{soak['seconds']:.0f} s"),
        Row("soak exceptions + error dialogs + paint errors", soak["exceptions"] + soak["dialogs"] + soak["logged"],
            "", goal="0", note=note[:120]),
        Row("soak worst GUI stall", soak["worst_stall_ms"], "ms", goal="< 100 ms",
            note=f"GUI-thread CPU in it {soak['worst_stall_cpu_ms']:.0f} ms (the rest: waiting for a core or the "
                 f"GIL); most sampled stall stack: {_where(soak['stall_stacks'])}"),
        Row("soak worst GUI-thread CPU time in one stall", soak["worst_cpu_stall_ms"], "ms", goal="< 100 ms",
            note="what an idle machine would see as that stall; sampled stack: "
                 + " > ".join(soak["worst_cpu_stall_where"].split(" > ")[-3:])),
        Row("soak RSS growth", soak["rss_growth_mb"], "MB", reference="RSS after start-up",
            ref_value=soak["rss_start_mb"], goal="bounded (< 100 MB)",
            note=f"{soak['rss_growth_trimmed_mb']:.0f} MB after gc + malloc_trim (the difference is freed heap "
                 "glibc kept, not a leak)"),
        Row("export all: worst GUI stall", export["export_worst_ms"], "ms", reference="idle loop, same run",
            ref_value=export["idle_worst_ms"], goal="< 50 ms", note=f"{export['files']} files in {export['seconds']:.1f} s"),
    ]
