"""The activation panel's statistics table and the note saying how each number was computed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidget, QTableWidgetItem, QWidget

from lab.activations.compute import StatisticsResult
from lab.activations.functions import ACTIVATIONS
from lab.activations.params import ActivationParams

COLUMNS = ("function", "mean", "std", "E[f′]", "saturated", "dead", "cost ×ReLU", "method")


def percent(fraction: float) -> str:
    """A share as a percentage that never rounds a small non-zero share to "0.00 %"."""
    if fraction == 0.0:
        return "0 %"
    return f"{100 * fraction:.3g} %"


def fixed4(value: float) -> str:
    """Four decimals, without the "-0.0000" a mean of -1e-17 would otherwise show."""
    text = f"{value:.4f}"
    return text[1:] if text == "-0.0000" else text


class StatisticsTable(QWidget):
    """Mean, std, E[f′], saturated and dead shares, cost and method of every shown function."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setToolTip(
            "Statistics of f(z) for z ~ N(μ, σ²). method: closed form (ReLU family, ELU, SELU) or "
            "composite Gauss–Legendre quadrature (others). cost: measured NumPy time per element vs ReLU.")
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.note, 2)

    def show_result(self, p: ActivationParams, result: StatisticsResult) -> None:
        views, costs, table = result.views, result.costs, self.table
        table.setRowCount(len(views.stats))
        for row, s in enumerate(views.stats):
            cost = f"{costs[s.name].relative_to_relu:.1f}" if costs is not None else "…"
            cells = (ACTIVATIONS[s.name].label, fixed4(s.mean), fixed4(s.std), f"{s.mean_grad:.4g}",
                     percent(s.saturated), percent(s.dead), cost, s.method)
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))
            if costs is None:
                table.item(row, 6).setToolTip("measured shortly after start-up")
                continue
            c = costs[s.name]
            table.item(row, 6).setToolTip(f"measured on this machine (NumPy, float64): f {c.f_seconds * 1e9:.2f} ns, "
                                          f"f′ {c.df_seconds * 1e9:.2f} ns per element")
        table.resizeColumnsToContents()
        self.note.setText(
            f"Statistics of f(z), z ~ N({p.mu:g}, {p.sigma:g}²): closed forms for ReLU, Leaky ReLU, ELU "
            "and SELU; composite Gauss–Legendre quadrature (error < 1e-12) for the others. "
            f"Histogram: Monte Carlo, {p.n_samples} samples, seed {p.seed}. Depth view: E[f′]ⁿ for "
            "independent inputs at every layer. Cost: NumPy time per element on this machine, "
            "measured once per session, relative to ReLU.")
