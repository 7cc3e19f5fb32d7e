"""The headless export with the real panels: every panel's files, tidy CSV columns, sessions."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image as PILImage

from lab.cli import list_params
from lab.registry import PANEL_MODULES, available_specs

ROOT = Path(__file__).resolve().parents[2]


def _header(path: Path) -> list[str]:
    return next(csv.reader(path.read_text().splitlines()))


def test_every_panel_has_landed_and_lists_its_parameters():
    assert set(available_specs()) == set(PANEL_MODULES)
    listing = list_params()
    for panel_id in PANEL_MODULES:
        assert f"\n  {panel_id}." in listing  # at least one parameter line per panel
    assert "not available yet" not in listing


def test_export_all_writes_every_panel_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run(
        [sys.executable, "main.py", "export", "--panel", "all", "--format", "png,csv", "--out", str(tmp_path),
         "--size", "960x540px", "--dpi", "100", "--set", "init.depth=4", "--set", "init.width=64",
         "--set", "init.batch=100"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    written = {Path(line).name for line in proc.stdout.split()}
    for name in ("activations-overview.png", "init-depth.png", "augment-grid.png", "pca-stages.png"):
        assert name in written
        with PILImage.open(tmp_path / name) as im:
            assert im.size == (960, 540)
    assert _header(tmp_path / "activations-curves.csv") == ["function", "x", "f", "df"]
    assert _header(tmp_path / "init-layers.csv") == ["scheme", "activation", "layer", "mean", "std", "saturated",
                                                     "dead", "grad_std"]
    assert _header(tmp_path / "pca-points.csv") == ["stage", "point", "x", "y"]
    layers = list(csv.DictReader((tmp_path / "init-layers.csv").read_text().splitlines()))
    assert [int(r["layer"]) for r in layers] == [1, 2, 3, 4]


def test_unusable_image_exits_2_with_one_line_naming_it(tmp_path):
    bad = tmp_path / "holiday.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 this is not really a JPEG")
    proc = subprocess.run([sys.executable, "main.py", "export", "--panel", "augment", "--image", str(bad),
                           "--out", str(tmp_path / "o")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "holiday.jpg" in proc.stderr and "Traceback" not in proc.stderr
