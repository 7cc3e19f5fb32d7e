"""The export dialog starts in a sensible folder, remembers it, and offers to open it when done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox


def _pictures() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_first_export_starts_in_pictures_then_in_the_last_folder(fake_panels, make_window, qtbot, tmp_path, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    pictures = _pictures()
    assert str(Path.home()) != str(pictures)
    window = make_window()
    window.set_current_panel("fake")
    dialog = window.exports.export_current()
    assert Path(dialog.folder_edit.text()) == pictures  # not the home folder
    target = tmp_path / "slides"
    dialog.set_folder(target)
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.start_export()
    box = dialog.done_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert str(target) in box.text()
    open_button = next(b for b in box.buttons() if b.text() == "Open folder")
    open_button.click()
    assert opened == [QUrl.fromLocalFile(str(target))]
    # a new dialog (and a new window reading the same settings) starts where the last export went
    again = window.exports.export_current()
    assert Path(again.folder_edit.text()) == target
    again.reject()
    window.close()
    assert Path(make_window().exports.export_current().folder_edit.text()) == target


def test_a_last_folder_that_is_gone_falls_back(fake_panels, make_window, tmp_path):
    pictures = _pictures()
    window = make_window()
    window.settings.setValue("export/folder", str(tmp_path / "deleted"))
    window.set_current_panel("fake")
    assert Path(window.exports.export_current().folder_edit.text()) == pictures


def test_export_all_offers_to_open_the_folder(fake_panels, make_window, qtbot, tmp_path, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    window = make_window()
    with qtbot.waitSignal(window.exports.exported_all, timeout=30000):
        assert window.exports.export_all(tmp_path)
    box = window.exports.done_box
    assert box is not None and box.isVisible()
    next(b for b in box.buttons() if b.text() == "Open folder").click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
