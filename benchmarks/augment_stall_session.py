"""Child process of ``bench_augment_gui``: the worst GUI stall while a 50 MP photo loads at full size.

Prints ``RESULT {json}``.  The photo is loaded with ``augment.max_side = 0`` (no preview
downscale), three times with different seeds; between runs the bundled samples come back.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.gui_session import GapMeter


def _photo(folder: Path) -> Path:
    y, x = np.mgrid[0:5800, 0:8700]  # 50.5 MP
    arr = np.stack([(x // 16) % 256, (y // 12) % 256, ((x + y) // 28) % 256], axis=2).astype(np.uint8)
    path = folder / "fifty_megapixels.jpg"
    Image.fromarray(arr).save(path, quality=85)
    return path


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    from lab.augment.spec import AugmentParams
    from ui.panels.augment import AugmentPanel

    def wait(signal, timeout_ms: int = 120_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    with tempfile.TemporaryDirectory() as tmp:
        path = _photo(Path(tmp))
        panel = AugmentPanel()
        panel.resize(1400, 900)
        panel.show()
        wait(panel.grid_ready)
        meter = GapMeter().start()
        idle_end = time.perf_counter() + 1.0
        while time.perf_counter() < idle_end:
            app.processEvents()
            time.sleep(0.001)
        idle = meter.stop()
        stalls, seconds = [], []
        for seed in range(3):
            meter.start()
            t0 = time.perf_counter()
            panel.set_params(AugmentParams(images=(str(path),), max_side=0, seed=seed))
            wait(panel.grid_ready)
            for _ in range(3):  # and paint the grid with the full-size original
                panel.grid.repaint()
                app.processEvents()
            seconds.append(time.perf_counter() - t0)
            stalls.append(meter.stop())
            panel.set_params(AugmentParams())
            wait(panel.grid_ready)
        panel.shutdown()
    print("RESULT " + json.dumps({"idle_worst_ms": idle, "load_worst_ms": statistics.median(stalls),
                                  "load_worst_all_ms": stalls, "seconds": statistics.median(seconds)}))


if __name__ == "__main__":
    main()
