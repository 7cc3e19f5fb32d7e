"""pytest-qt fixtures: offscreen platform, isolated settings and data folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest
from PySide6.QtCore import QSettings, QStandardPaths


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Keep every test's QSettings, logs and data folder inside ``tmp_path``."""
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("NNLAB_DATA_DIR", str(tmp_path / "data"))
    yield tmp_path


@pytest.fixture
def fake_panels(monkeypatch):
    """Make the window show the fake panel plus one that has not landed."""
    from lab import registry
    from ui import main_window

    modules = {"fake": "tests.lab.fake_panel", "missing": "lab.not_landed_yet"}
    titles = {"fake": "Fake", "missing": "Missing"}
    monkeypatch.setattr(registry, "PANEL_MODULES", modules)
    monkeypatch.setattr(registry, "PANEL_TITLES", titles)
    for module in ("lab.session",):
        monkeypatch.setattr(__import__(module, fromlist=["x"]), "PANEL_MODULES", modules)
    monkeypatch.setattr(main_window, "PANEL_MODULES", modules)
    monkeypatch.setattr(main_window, "PANEL_TITLES", titles)
    monkeypatch.setattr(main_window, "PANEL_WIDGETS", {"fake": ("tests.ui.fake_panel_widget", "FakePanel"),
                                                       "missing": ("ui.panels.not_landed", "Nothing")})
    import ui.actions

    monkeypatch.setattr(ui.actions, "PANEL_TITLES", titles)
    return modules


@pytest.fixture
def make_window(qtbot):
    """Create main windows that are closed (and so save their state) at the end of the test."""
    from ui import settings as st
    from ui.main_window import MainWindow

    windows = []

    def make():
        window = MainWindow(st.app_settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
