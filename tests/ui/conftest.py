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

    panels = (registry.Panel("fake", "Fake", "tests.lab.fake_panel", "tests.ui.fake_panel_widget:FakePanel"),
              registry.Panel("missing", "Missing", "lab.not_landed_yet", "ui.panels.not_landed:Nothing"))
    monkeypatch.setattr(registry, "PANELS", panels)  # every lookup reads this one list
    return {p.id: p.spec for p in panels}


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
