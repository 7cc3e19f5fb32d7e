"""The launcher: ``nn-training-lab`` / ``python -m ui.launcher`` / ``python main.py``, and the desktop file."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from lab.resources import ICON_NAME, ICON_SIZES, resource_path, resource_root

ROOT = Path(__file__).resolve().parents[2]


def _no_display_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_module_launcher_exports_from_any_folder_without_qt(tmp_path):
    code = ("import sys; from ui.launcher import main; rc = main(['export', '--panel', 'pca', '--format', 'csv',"
            f" '--out', {str(tmp_path / 'out')!r}]);"
            "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules), 'Qt imported';"
            "sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=_no_display_env(),
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert any((tmp_path / "out").glob("pca-*.csv"))


def test_module_launcher_and_main_py_give_the_same_export_help(tmp_path):
    via_module = subprocess.run([sys.executable, "-m", "ui.launcher", "export", "--help"], cwd=tmp_path,
                                env=_no_display_env(), capture_output=True, text=True, timeout=120)
    via_main = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", "--help"], cwd=tmp_path,
                              env=_no_display_env(), capture_output=True, text=True, timeout=120)
    assert via_module.returncode == via_main.returncode == 0
    assert via_module.stdout == via_main.stdout and "--list-params" in via_module.stdout


def test_resources_are_found_whatever_the_current_folder(tmp_path):
    proc = subprocess.run([sys.executable, "-c", "from lab.resources import resource_root; print(resource_root())"],
                          cwd=tmp_path, env=_no_display_env(), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert Path(proc.stdout.strip()) == resource_root() == ROOT / "resources"
    assert resource_path("samples", "LICENSE.md").read_text().startswith("# Bundled sample photos")


def test_desktop_file_launches_the_gui_script_with_the_bundled_icon():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(resource_path(f"{ICON_NAME}.desktop"), encoding="utf-8")
    desktop = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert scripts == {ICON_NAME: "ui.launcher:main"}
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    assert desktop["Exec"].split()[0] == desktop["TryExec"] == ICON_NAME
    assert desktop["Exec"].split()[1] == "%F"  # images open in the Augmentation panel
    assert desktop["Icon"] == ICON_NAME
    # freedesktop: one main category, list values end with ';'
    assert desktop["Categories"].split(";")[0] == "Education" and desktop["Categories"].endswith(";")
    assert all(desktop[key].endswith(";") for key in ("Keywords", "MimeType"))
    for size in ICON_SIZES:
        assert resource_path("icons", f"{ICON_NAME}-{size}.png").is_file()
