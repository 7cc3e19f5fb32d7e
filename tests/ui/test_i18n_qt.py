"""Qt translations: the compiled .qm is fresh, menus are translated, switching keeps parameters."""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import QApplication, QMenu

from lab import i18n
from lab.i18n_strings import paste_lines
from lab.registry import load_spec
from ui import i18n as ui_i18n
from ui.workers import compute_pool

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "nnlab_ko.ts"


@pytest.fixture(autouse=True)
def english_after():
    yield
    ui_i18n.install("en")


def _build_script():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_translations
    finally:
        sys.path.pop(0)
    return build_translations


def test_committed_qm_matches_lrelease_of_the_ts(tmp_path):
    qm = tmp_path / "nnlab_ko.qm"
    _build_script().compile_qm(TS, qm)
    assert qm.read_bytes() == ui_i18n.qm_path("ko").read_bytes(), "stale: run python scripts/build_translations.py"


def test_translator_answers_from_the_qm(qapp):
    assert ui_i18n.install("ko", qapp)
    assert QCoreApplication.translate(ui_i18n.CONTEXT, "&File") == "파일(&F)"
    assert ui_i18n.tr("Go to {panel}").format(panel=ui_i18n.tr("Augmentation")) == "데이터 증강 패널로 가기"
    ui_i18n.install("en", qapp)
    assert QCoreApplication.translate(ui_i18n.CONTEXT, "&File") == "&File"


def test_hangul_font_registered_as_fallback(qapp):
    before = qapp.font()
    family = ui_i18n.install_font(qapp)
    try:
        assert family == "NanumGothic"
        assert family in QFontDatabase.families()
        families = qapp.font().families()
        assert families[-1] == family and families[0] != family  # the Latin family stays first
    finally:
        qapp.setFont(before)


def _actions(menu: QMenu) -> list[QAction]:
    out = []
    for action in menu.actions():
        out.append(action)
        if action.menu() is not None:
            out += _actions(action.menu())
    return out


def _menu_texts(window) -> dict[str, str]:
    texts = {}
    for top in window.menuBar().actions():
        texts[top.text()] = "menu bar"
        for action in _actions(top.menu()):
            for text in (action.text(), action.statusTip(), action.toolTip()):
                if text and text not in i18n.LANGUAGES.values():
                    texts.setdefault(text.replace("&&", "&"), top.text())
    return texts


def test_every_menu_text_has_a_korean_entry(make_window):
    window = make_window()
    gaps = {}
    for text, where in _menu_texts(window).items():
        for piece in i18n.missing(text):
            gaps.setdefault(piece, where)
    assert not gaps, f"menu texts without a Korean entry (add to lab/i18n_ko/window.py):\n{paste_lines(gaps)}"


def test_switching_language_keeps_every_panels_parameters(make_window, qtbot):
    window = make_window()
    chosen = {}
    for panel_id, panel in window.real_panels().items():  # a state that differs from the defaults
        presets = load_spec(panel_id).presets
        if presets:
            panel.apply_preset(presets[-1])
        chosen[panel_id] = panel.params()
    assert window.menuBar().actions()[0].text() == "&File"

    box = window.languages.choose("ko")
    assert box is not None and i18n.language() == "ko"
    assert {pid: p.params() for pid, p in window.real_panels().items()} == chosen  # at once: nothing lost
    assert window.languages.actions["ko"].isChecked()
    box.close()
    window.close()  # the restart path: the new process reads the saved state

    again = make_window()
    assert again.menuBar().actions()[0].text() == "파일(&F)"
    assert {pid: p.params() for pid, p in again.real_panels().items()} == chosen
    assert again.languages.choose("en") is not None  # and back
    again.languages.box.close()


def test_language_follows_the_saved_choice_then_the_system(qapp):
    from PySide6.QtCore import QLocale

    from ui import settings as st

    settings = st.app_settings()
    assert ui_i18n.saved_language(settings) == ("ko" if QLocale.system().language() == QLocale.Language.Korean else "en")
    settings.setValue(ui_i18n.SETTING, "ko")
    assert ui_i18n.saved_language(settings) == "ko"
    settings.setValue(ui_i18n.SETTING, "xx")
    assert ui_i18n.saved_language(settings) in ("en", "ko")
    assert isinstance(QApplication.instance(), QApplication)


def test_live_view_shows_the_figure_in_the_current_language(qtbot):
    from lab.figures import spec as fs
    from ui.figure_view import FigureView

    view = FigureView()
    qtbot.addWidget(view)
    fig = fs.Figure("f", (fs.Axes("a", (fs.Line([0, 1], [0, 1], label="mean", key="m"),),
                                  title="Whitening", xlabel="layer"),), title="Preprocessing")
    view.show_figure(fig)
    assert view.figure() is fig  # English: the very figure
    ui_i18n.install("ko")
    view.show_figure(fig)
    shown = view.figure()
    assert (shown.title, shown.axes[0].title, shown.axes[0].xlabel) == ("전처리", "화이트닝", "층")
    assert shown.axes[0].items[0].label == "평균" and shown.axes[0].items[0].key == "m"


def test_notes_dock_and_tour_speak_korean_and_follow_a_switch(make_window, qtbot):
    from lab.tour import tour

    window = make_window()
    steps = tour()
    k = next(i for i, s in enumerate(steps) if s.panel == "pca" and s.preset == "Worked example Σ")
    window.start_tour(k)
    assert steps[k].text in window.notes.text()
    box = window.languages.choose("ko")  # at once: the notes, the step list and its tips
    box.close()
    shown = window.notes.text()
    assert i18n.tr(steps[k].text) in shown and "28.155°" in shown and "이 점들은" in shown
    assert i18n.tr(steps[k].title) in shown and "§2 데이터 전처리" in shown
    assert window.notes.bar.steps.currentText() == f"{k + 1}. 풀이 예제"
    assert window.notes.bar.next.toolTip() == "다음 단계 (→ 또는 Page Down)"
    assert window.notes.windowTitle() == "눈여겨볼 점"
    window.tour.next()
    assert i18n.tr(steps[k + 1].text) in window.notes.text()
    window.tour.stop()
    window.close()

    again = make_window()  # built in Korean from the start: the panel's notes too
    again.set_current_panel("pca")
    qtbot.waitUntil(lambda: "중심화는 점 구름을 원점으로 옮긴다" in again.notes.text())
    again.start_tour(0)
    assert again.notes.bar.steps.itemText(0).startswith("1. Conv 층")
    assert again.notes.bar.end.toolTip() == "투어 끝내기"
    again.tour.stop()


# --- every widget text of the Korean window ------------------------------------------------

# Latin words the Korean screen may show besides lab.i18n's names (ReLU, Xavier, PCA, …): names
# of things the notes keep in English, keys, units.  Everything else in Latin letters is English
# that did not go through tr().
_ALLOWED_LATIN = re.compile(
    r"(?i)\b(?:NN Training Lab|English|Leaky|conv|stride|padding|pooling|avg|fan(?:-in|-out)?|fancy|\d+-crop|hue|saturation|"
    r"lightness|BT\.601|HSL|HSV|JSON|XOR|Page|Up|Down|Esc|Delete|Gauss|Legendre|Monte|Carlo|Cutout|hPa|F\d*|"
    r"Enter|Tab|Home|End|Space|PgUp|PgDown|Left|Right|torchvision|CenterCrop|TenCrop|Inception|Pillow|Beta|lo|hi|CC0|ns|mod)\b")
_TAGS = re.compile(r"<[^>]+>|&\w+;")
_HANGUL_NEXT_TO_LATIN = re.compile(r"(?<=[A-Za-z0-9])(?=[\uac00-\ud7a3])|(?<=[\uac00-\ud7a3])(?=[A-Za-z])")


def _english_left(text: str) -> bool:
    """Whether ``text`` still holds an English word (a particle such as 를 in "Xavier를" is not one)."""
    plain = _HANGUL_NEXT_TO_LATIN.sub(" ", _TAGS.sub(" ", text))
    return i18n._needs_entry(_ALLOWED_LATIN.sub(" ", plain)) or bool(re.search(r"\b(?:e\.g|i\.e)\.", plain))


def _widget_texts(root) -> dict[str, str]:
    """``{text: where}`` of every text a user can see (or hear) in ``root`` and its children."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QProgressBar,
        QTabBar,
        QTableWidget,
        QTextEdit,
        QWidget,
    )

    out: dict[str, str] = {}

    def add(where: str, *texts: str | None) -> None:
        for text in texts:
            if text:
                out.setdefault(text, where)

    for w in [root, *root.findChildren(QWidget)]:
        name = f"{type(w).__name__} {w.objectName() or ''}".strip()
        if not w.isVisibleTo(root) and w is not root and not isinstance(w, QMenu):
            continue
        add(name, w.toolTip(), w.statusTip(), w.accessibleName(), w.whatsThis())
        if isinstance(w, QLabel):
            add(name, w.text())
        if isinstance(w, QAbstractButton):
            add(name, w.text().replace("&&", "&"))
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(name, w.placeholderText())
        if isinstance(w, QGroupBox):
            add(name, w.title())
        if isinstance(w, QDockWidget):
            add(name, w.windowTitle())
        if isinstance(w, QProgressBar):
            add(name, w.text())
        if isinstance(w, QAbstractSpinBox):
            add(name, w.specialValueText(), getattr(w, "suffix", lambda: "")(), getattr(w, "prefix", lambda: "")())
        if isinstance(w, QComboBox):
            add(name, *(w.itemText(k) for k in range(w.count())),
                *(w.itemData(k, Qt.ItemDataRole.ToolTipRole) for k in range(w.count())))
        if isinstance(w, QTabBar):
            add(name, *(w.tabText(k) for k in range(w.count())), *(w.tabToolTip(k) for k in range(w.count())))
        if isinstance(w, QListWidget):
            for k in range(w.count()):
                add(name, w.item(k).text(), w.item(k).toolTip())
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                header = w.horizontalHeaderItem(c)
                add(name, header.text() if header else None, header.toolTip() if header else None)
                for r in range(w.rowCount()):
                    item = w.item(r, c)
                    if item is not None:
                        add(name, item.text(), item.toolTip())
        for action in w.actions():
            add(f"action of {name}", action.text().replace("&&", "&"), action.toolTip(), action.statusTip())
    return out


def _tooltips(root) -> dict[str, str]:
    """The tooltips, status tips and "What's this" of every widget under ``root``, shown or not."""
    from PySide6.QtWidgets import QWidget

    out: dict[str, str] = {}
    for w in [root, *root.findChildren(QWidget)]:
        for text in (w.toolTip(), w.statusTip(), w.whatsThis()):
            if text:
                out.setdefault(text, f"tooltip of {type(w).__name__} {w.objectName() or ''}".strip())
    return out


def _korean_leftovers(window) -> dict[str, str]:
    texts = _widget_texts(window)
    for text, where in _tooltips(window).items():
        texts.setdefault(text, where)
    for top in window.menuBar().actions():  # menus are hidden until opened: walk them too
        for action in [top, *_actions(top.menu())]:
            for text in (action.text(), action.statusTip(), action.toolTip()):
                if text:
                    texts.setdefault(text.replace("&&", "&"), f"menu {top.text()}")
    texts.setdefault(window.windowTitle(), "window title")
    texts.setdefault(window.statusBar().currentMessage(), "status bar")
    return {t: w for t, w in texts.items() if t and _english_left(t)}


def test_allow_list_still_catches_english():
    assert _english_left("Remove") and _english_left("<b>Samples</b>") and _english_left("Loaded 3 images")
    assert _english_left("학습 Stop") and _english_left("e.g. 0, 3, 5")
    assert not _english_left("죽은 ReLU") and not _english_left("Leaky ReLU 기울기 α") and not _english_left("12 px")
    assert not _english_left("Xavier를 쓰면") and _english_left("Remove를")


def test_every_widget_of_the_korean_window_speaks_korean(make_window, qtbot):
    """Every panel in Korean, after a preset and a finished computation: no English text left."""
    ui_i18n.install("ko")
    window = make_window()
    window.resize(1280, 720)
    leftovers: dict[str, str] = {}
    for panel_id, panel in window.real_panels().items():
        window.set_current_panel(panel_id)
        presets = load_spec(panel_id).presets
        if presets:
            buttons = list(getattr(panel, "preset_buttons", {}).values())
            if buttons:
                buttons[-1].click()  # the status line says which preset
            else:
                panel.apply_preset(presets[-1])
        pools = (QThreadPool.globalInstance(), compute_pool())
        assert panel.controller.wait_idle(60_000), (panel_id, "busy threads (global, compute):",
                                                    [p.activeThreadCount() for p in pools])
        qtbot.wait(50)
        for text, where in _korean_leftovers(window).items():
            leftovers.setdefault(text, f"{panel_id}: {where}")
        if panel_id == "activations":  # each tab under the curves shows its own views, table and tips
            panel.set_params(dataclasses.replace(panel.params(), show_noise=True))  # adds the Noise tab
            assert panel.controller.wait_idle(60_000)
            tabs = panel.lower_tabs
            assert {tabs.tabText(i) for i in range(tabs.count())} >= {"모두", "출력", "깊이", "지그재그", "표", "잡음"}
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                assert panel.controller.wait_idle(60_000)
                qtbot.wait(50)
                for text, where in _korean_leftovers(window).items():
                    leftovers.setdefault(text, f"activations, tab {tabs.tabText(i)}: {where}")
    dialog = window.exports.export_current()  # the export dialog of the last panel
    for text, where in _widget_texts(dialog).items():
        if _english_left(text):
            leftovers.setdefault(text, f"export dialog: {where}")
    dialog.close()
    assert not leftovers, "English left on the Korean screen (wrap in ui.i18n.tr, add to lab/i18n_ko/window.py):\n" + \
        "\n".join(f"  {t!r}  ({w})" for t, w in sorted(leftovers.items(), key=lambda kv: kv[1]))


def test_korean_pipeline_editor_shows_korean_but_keeps_english_values(qtbot):
    """Combo boxes show translations; the params keep the English names a session file stores."""
    from lab.augment.pipeline import PRESETS, Step
    from ui.panels.augment_pipeline_editor import PipelineEditor

    ui_i18n.install("ko")
    editor = PipelineEditor()
    qtbot.addWidget(editor)
    index = editor.preset_combo.findData("Flips & crops")
    assert editor.preset_combo.itemText(index) == "뒤집기와 자르기"
    editor.preset_combo.setCurrentIndex(index)
    with qtbot.waitSignal(editor.changed):
        editor.preset_combo.activated.emit(index)
    assert editor.preset() == "Flips & crops" and editor.steps() == PRESETS["Flips & crops"]
    editor.set_state("custom", (Step.default("cutout"),))
    editor.list.setCurrentRow(0)
    fill = editor.option_widget("fill")
    assert fill.currentText() == "검은색" and fill.currentData() == "black"
    with qtbot.waitSignal(editor.changed):
        fill.setCurrentIndex(fill.findData("gray"))
    assert editor.steps()[0].options["fill"] == "gray" and editor.preset() == "custom"
    assert editor.preset_combo.currentText() == "사용자 정의"


def test_errors_from_lab_reach_a_korean_user_in_korean(make_window, qtbot, tmp_path):
    """A bad session file (dialog and status bar) and a malformed CSV (status bar, PCA notes)."""
    from PySide6.QtWidgets import QMessageBox

    ui_i18n.install("ko")
    window = make_window()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "nn-training-lab-session", "version": 1,
                               "panels": {"activations": {"mu": "abc"}}}), encoding="utf-8")
    assert not window.open_session(bad)
    boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
    assert [b.text() for b in boxes] == ["패널 'activations': mu: 수여야 합니다 (받은 값: 'abc')"]
    assert boxes[0].windowTitle() == "세션 열기 실패" and boxes[0].informativeText() == "바뀐 것은 없습니다."
    boxes[0].close()
    assert window.statusBar().currentMessage() == \
        "bad.json 파일을 열 수 없습니다: 패널 'activations': mu: 수여야 합니다 (받은 값: 'abc')"

    csv = tmp_path / "pts.csv"
    csv.write_text("x,y\n1,2\n3,abc\n4,5\n6,7\n", encoding="utf-8")
    window.open_dropped([csv])
    expected = "PCA 데이터: pts.csv, 3행: y의 'abc'은(는) 수가 아닙니다"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == expected, timeout=30_000)
