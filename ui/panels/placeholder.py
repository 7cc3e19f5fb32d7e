"""A one-line stand-in for a panel that has not landed yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPanel(QWidget):
    """Says which panel is missing; it has no parameters and exports nothing."""

    def __init__(self, title: str, reason: str = "not available yet", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(f"The {title} panel is {reason}.")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
