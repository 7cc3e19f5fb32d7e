"""The "What to notice" side panel: follows the panel in front and its preset; hosts the lecture tour's bar.

Without a preset it shows the panel's notes (``PanelSpec.notice``); after a preset, the
preset's claim and, when the lecture tour has a step for it, that step's text (what to
notice, which numbers to read).  While the tour runs a bar on top shows "7 / 43", previous
and next buttons and a list to jump to any step.  The texts come from ``lab`` and name no
colours (colours depend on the theme).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lab import registry
from lab.registry import PanelUnavailable, load_spec
from lab.tour import TourStep, step_for, tour
from ui.i18n import tr
from ui.panels.base import Panel


def _paragraphs(text: str) -> str:
    """Plain notes text as HTML: "•" lines become list items, indented or wrapped lines continue."""
    blocks: list[list[str]] = []  # [kind, text]: kind "p" or "li"
    current: list[str] | None = None
    for raw in text.replace(" \\\n", " ").split("\n"):
        line = raw.strip()
        if not line:
            current = None
        elif line.startswith("•"):
            current = ["li", line[1:].strip()]
            blocks.append(current)
        elif current is not None and (raw[:1].isspace() or current[0] == "p"):
            current[1] += " " + line
        else:
            current = ["p", line]
            blocks.append(current)
    out, items = [], []
    for kind, body in blocks:
        if kind == "li":
            items.append(f"<li>{html.escape(body)}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if body != tr("What to notice"):  # the dock's title says it
            out.append(f"<p>{html.escape(body)}</p>")
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "".join(out)


def notes_html(panel_id: str, preset: str = "", step: TourStep | None = None) -> str:
    """What the dock shows for ``panel_id`` after ``preset`` (or at tour ``step``)."""
    try:
        spec = load_spec(panel_id)
    except PanelUnavailable as exc:
        return f"<p>{html.escape(str(exc))}</p>"
    title = html.escape(tr(spec.title))
    if step is None and preset:
        step = step_for(tour(), panel_id, preset)
    claim = tr(next((p.claim for p in spec.presets if p.name == preset), ""))
    if step is not None:
        body = (f"<p><small>{html.escape(tr(step.section))} · {title}</small></p>"
                f"<h3>{html.escape(tr(step.title))}</h3><p>{html.escape(tr(step.text))}</p>")
        if claim and step.preset == preset:
            body += f"<p><small>{html.escape(tr('Preset “{name}”: {claim}').format(name=tr(preset), claim=claim))}</small></p>"
        return body
    if claim:
        return f"<h3>{title}: {html.escape(tr(preset))}</h3><p>{html.escape(claim)}</p>"
    return f"<h3>{title}</h3>{_paragraphs(tr(spec.notice))}"


class TourBar(QWidget):
    """Previous / "7 / 43" / next, a list of the steps, and a button that ends the tour."""

    go = Signal(int)
    stop = Signal()

    def __init__(self, steps: Sequence[TourStep], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous = QToolButton(text="◀", objectName="tour_previous")
        self.next = QToolButton(text="▶", objectName="tour_next")
        self.progress = QLabel(objectName="tour_progress")
        self.end = QToolButton(text="✕", objectName="tour_end")
        self.steps = QComboBox(objectName="tour_steps")
        self.steps.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.steps.setMinimumContentsLength(5)
        self._tour = tuple(steps)
        for _step in steps:
            self.steps.addItem("")
        self.retranslate()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.previous, self.progress, self.next):
            row.addWidget(w)
        row.addWidget(self.end)
        row.insertWidget(3, self.steps, 1)
        row.setContentsMargins(0, 0, 0, 4)
        self.setLayout(row)
        self._count = len(steps)
        self.previous.clicked.connect(lambda: self.go.emit(self.steps.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.go.emit(self.steps.currentIndex() + 1))
        self.steps.activated.connect(self.go.emit)
        self.end.clicked.connect(self.stop)

    def retranslate(self) -> None:
        """The steps' titles and the tips in the current language (the list keeps its place)."""
        self.previous.setToolTip(tr("Previous step (← or Page Up)"))
        self.next.setToolTip(tr("Next step (→ or Page Down)"))
        self.end.setToolTip(tr("End the tour"))
        self.steps.setToolTip(tr("Jump to a step"))
        for k, step in enumerate(self._tour):
            self.steps.setItemText(k, f"{k + 1}. {tr(step.title)}")
            self.steps.setItemData(k, f"{tr(step.section)} — {tr(registry.panel(step.panel).title)}",
                                   Qt.ItemDataRole.ToolTipRole)

    def show_index(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        self.progress.setText(f"{index + 1} / {self._count}")
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index < self._count - 1)


class NotesDock(QDockWidget):
    """A non-modal side panel with the notes of the panel in front (and the tour's bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("What to notice"), parent)
        self.setObjectName("dock_notes")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.browser = QTextBrowser(objectName="notes_text")
        self.browser.setOpenLinks(False)
        self.browser.setMinimumWidth(200)
        known = {p.id for p in registry.PANELS}
        self.steps = tuple(s for s in tour() if s.panel in known)  # the tour over the panels this build has
        self.bar = TourBar(self.steps)
        self.bar.hide()
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.bar)
        column.addWidget(self.browser, 1)
        self.setWidget(body)
        self._panel = ""
        self._preset = ""
        self._step: TourStep | None = None
        self._presets: dict[str, str] = {}  # the preset each watched panel's params came from

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(260)
        return hint

    def fit(self, window: QMainWindow, panel_width: int) -> None:
        """Dock on the right when the window has room beside panels ``panel_width`` wide, else below."""
        needed = panel_width + self.minimumSizeHint().width() + 12
        screen = window.screen()
        # a screen too narrow for both (a 1024-px projector) keeps the notes below, so the
        # window's minimum width never exceeds the screen and the window can still be resized
        fits_screen = screen is None or screen.availableGeometry().width() >= needed
        right = window.width() >= needed and fits_screen
        area = window.dockWidgetArea(self)
        if not right and area == Qt.DockWidgetArea.RightDockWidgetArea:
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        if not right:  # room for a few lines of the step's text
            window.resizeDocks([self], [max(130, window.height() // 4)], Qt.Orientation.Vertical)
        elif right and area == Qt.DockWidgetArea.BottomDockWidgetArea:
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)

    # --- following the window ------------------------------------------------------------
    def watch(self, panel_id: str, panel: QWidget) -> None:
        """Follow ``panel``'s presets (called once per panel built)."""
        if isinstance(panel, Panel):
            panel.preset_changed.connect(lambda name, pid=panel_id: self._on_preset(pid, name))
            self._presets[panel_id] = panel.preset_name()

    def follow(self, panel_id: str) -> None:
        """The panel in front changed."""
        self._panel = panel_id
        self._refresh()

    def _on_preset(self, panel_id: str, name: str) -> None:
        self._presets[panel_id] = name
        if panel_id == self._panel:
            self._refresh()

    def set_step(self, index: int, step: TourStep | None) -> None:
        """Show tour step ``index`` (``None``: the tour ended)."""
        self._step = step
        self.bar.setVisible(step is not None)
        if step is not None:
            self.bar.show_index(index)
            self._panel = step.panel
        self._refresh()

    def retranslate(self) -> None:
        """Show the notes and the tour's steps in the current language (after a language switch)."""
        self.setWindowTitle(tr("What to notice"))
        self.bar.retranslate()
        self._refresh()

    def _refresh(self) -> None:
        if not self._panel:
            return
        step = self._step if self._step is not None and self._step.panel == self._panel else None
        self.browser.setHtml(notes_html(self._panel, self._presets.get(self._panel, ""), step))

    def text(self) -> str:
        """The notes shown, as plain text."""
        return self.browser.toPlainText()
