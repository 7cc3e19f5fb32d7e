"""The launcher: ``nn-training-lab`` / ``python -m ui.launcher`` / ``python main.py``, and the desktop file."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from lab.resources import ICON_NAME, ICON_SIZES, resource_path

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


def _desktop_keys(path: Path) -> dict[str, str]:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    return dict(entry["Desktop Entry"])


def test_install_desktop_writes_the_entry_and_every_icon_size(tmp_path):
    from ui.launcher import main

    home = tmp_path / "share"
    assert main(["install-desktop", "--data-home", str(home)]) == 0
    installed = _desktop_keys(home / "applications" / f"{ICON_NAME}.desktop")
    bundled = _desktop_keys(resource_path(f"{ICON_NAME}.desktop"))
    assert installed["Exec"].endswith(" %F") and installed["Exec"] != bundled["Exec"]
    program = installed["TryExec"]
    assert Path(program).is_absolute() and Path(program).exists()  # found without PATH
    assert {k: v for k, v in installed.items() if k not in ("Exec", "TryExec")} == \
           {k: v for k, v in bundled.items() if k not in ("Exec", "TryExec")}
    for size in ICON_SIZES:
        png = home / f"icons/hicolor/{size}x{size}/apps/{ICON_NAME}.png"
        assert png.read_bytes() == resource_path("icons", f"{ICON_NAME}-{size}.png").read_bytes()
    assert (home / f"icons/hicolor/scalable/apps/{ICON_NAME}.svg").read_text().lstrip().startswith("<?xml")


def test_exec_arguments_are_quoted_as_the_desktop_spec_asks(tmp_path):
    from ui.desktop_entry import exec_quote, install_desktop_entry

    assert exec_quote("/usr/bin/nn-training-lab") == "/usr/bin/nn-training-lab"
    assert exec_quote("/opt/my lab/python") == '"/opt/my lab/python"'
    assert exec_quote('/a"b$c') == '"/a\\\\"b\\\\$c"'  # escaped for quoting, then for the string value
    assert exec_quote("/100%/py") == "/100%%/py"
    paths = install_desktop_entry(tmp_path, ["/opt/my lab/python", "-m", "ui.launcher"])
    keys = _desktop_keys(paths[0])
    assert keys["Exec"] == '"/opt/my lab/python" -m ui.launcher %F' and keys["TryExec"] == "/opt/my lab/python"


def test_install_desktop_reports_an_unwritable_folder_in_one_line(tmp_path, capsys):
    from ui.launcher import main

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert main(["install-desktop", "--data-home", str(blocker)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error:") and err.count("\n") == 1 and "Traceback" not in err
