"""The activation panel's statistics table and the note saying how each number was computed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lab.activations.compute import StatisticsResult
from lab.activations.cost import Cost
from lab.activations.functions import ACTIVATIONS
from lab.activations.params import ActivationParams
from lab.activations.stats import CLOSED_FORM_NAMES, ActivationStats, activation_stats
from ui.i18n import tr

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
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        # compact rows, and a table as tall as its rows: every function visible without scrolling
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setToolTip(tr(
            "Statistics of f(z) for z ~ N(μ, σ²). method: closed form (ReLU family, ELU, SELU) or "
            "composite Gauss–Legendre quadrature (others). cost: measured NumPy time per element vs ReLU."))
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)  # the note under the table: at 1024 px both fit side by side no more
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.table)
        layout.addWidget(self.note)

    def _fit_height(self) -> None:
        t = self.table
        height = t.horizontalHeader().sizeHint().height() + t.rowCount() * t.verticalHeader().defaultSectionSize()
        scroll = t.horizontalScrollBar().sizeHint().height()  # reserved: a narrow window shows it
        t.setFixedHeight(height + scroll + 2 * t.frameWidth())

    def show_closed_forms(self, p: ActivationParams) -> None:
        """Fill the rows at once: closed forms now (microseconds), the others "…" until the worker ends."""
        stats: list[ActivationStats | str] = [
            activation_stats(n, p.mu, p.sigma, threshold=p.threshold, slope=p.slope, alpha=p.alpha)
            if n in CLOSED_FORM_NAMES else n for n in p.functions]
        self.show_rows(p, stats, None)

    def show_result(self, p: ActivationParams, result: StatisticsResult) -> None:
        self.show_rows(p, result.views.stats, result.costs)

    def show_rows(self, p: ActivationParams, stats: Sequence[ActivationStats | str],
                  costs: dict[str, Cost] | None) -> None:
        """One row per function: its statistics, or (a name only) "…" while they are computed."""
        table = self.table
        table.setRowCount(len(stats))
        for row, s in enumerate(stats):
            if isinstance(s, str):
                cells = (ACTIVATIONS[s].label, *("…",) * 6, tr("quadrature (computing)"))
                for col, text in enumerate(cells):
                    table.setItem(row, col, QTableWidgetItem(text))
                continue
            cost = f"{costs[s.name].relative_to_relu:.1f}" if costs is not None else "…"
            cells = (ACTIVATIONS[s.name].label, fixed4(s.mean), fixed4(s.std), f"{s.mean_grad:.4g}",
                     percent(s.saturated), percent(s.dead), cost, tr(s.method))
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))
            if costs is None:
                table.item(row, 6).setToolTip(tr("measured shortly after start-up"))
                continue
            c = costs[s.name]
            table.item(row, 6).setToolTip(tr("measured on this machine (NumPy, float64): f {f} ns, f′ {df} ns per element")
                                          .format(f=f"{c.f_seconds * 1e9:.2f}", df=f"{c.df_seconds * 1e9:.2f}"))
        table.resizeColumnsToContents()
        self._fit_height()
        self.note.setText(
            tr("f(z), z ~ N({mu}, {sigma}²): closed forms (ReLU family, ELU, SELU), else Gauss–Legendre "
               "quadrature (error < 1e-12) · histogram: Monte Carlo, {n} samples, seed {seed}")
            .format(mu=f"{p.mu:g}", sigma=f"{p.sigma:g}", n=p.n_samples, seed=p.seed))
        self.note.setToolTip(tr(
            "Depth view: E[f′]ⁿ for independent inputs at every layer. Cost: NumPy time per element on this "
            "machine, measured once per session, relative to ReLU."))
