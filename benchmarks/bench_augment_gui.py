"""Augmentation panel: the worst GUI stall while a 50 MP photo loads at full resolution (max_side = 0)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from benchmarks.common import Row


def run() -> list[Row]:
    out = subprocess.run([sys.executable, "-m", "benchmarks.augment_stall_session"], capture_output=True, text=True,
                         timeout=900, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"the session printed no result:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    r = json.loads(line[len("RESULT "):])
    runs = ", ".join(f"{v:.0f}" for v in r["load_worst_all_ms"])
    return [Row("50 MP at full size: worst GUI stall (median of 3)", r["load_worst_ms"], "ms",
                reference="idle loop, same run", ref_value=r["idle_worst_ms"], goal="< 50 ms",
                note=f"runs {runs} ms; load + grid {r['seconds']:.2f} s")]
