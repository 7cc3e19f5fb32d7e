"""Drawing the PCA panel's stage views (four linked views or one interpolated view) and its notes."""

from __future__ import annotations

import dataclasses
import functools

import numpy as np

from lab.figures import Figure
from lab.pca.analysis import PcaAnalysis, interpolate_stage
from lab.pca.figures import display_indices, interpolated_axes, moved_indices, stages_figure
from lab.pca.params import PcaParams
from lab.pca.spec import column_names
from ui.figure_view import FigureView
from ui.i18n import tr
from ui.panels.pca_widgets import PointPicker


@functools.lru_cache(maxsize=8)
def _display(n: int, extra: tuple[int, ...]) -> np.ndarray:
    """:func:`display_indices`, kept while ``n`` and the extra points stay (a drag re-draws ~60×/s)."""
    out = display_indices(n, extra=extra)
    out.flags.writeable = False  # shared between frames
    return out


def draw_stages(view: FigureView, picker: PointPicker, r: PcaAnalysis, p: PcaParams,
                frozen: tuple[str, tuple, tuple] | None, title: str = "") -> None:
    """Show ``r`` as ``p.layout`` asks; ``frozen`` keeps one axes' limits still during a drag;
    ``title``: the active preset's headline ("" none)."""
    n = r.points.shape[0]
    sel = p.selected if 0 <= p.selected < n else -1
    disp = _display(n, (sel, *moved_indices(p.moved_points)))
    names = column_names(p)
    if p.layout == "grid":
        # no figure title on screen (the tab names it): the four plots get the height
        fig = dataclasses.replace(stages_figure(r, names=names, selected=sel, tables=False, display=disp), title="")
        pts = {f"stage{i}": r.stages[i].points for i in range(4)}
        draggable = "stage0"
    else:
        ax = interpolated_axes(r, p.stage, names=names, selected=sel, display=disp)
        fig = Figure(name="single", axes=(ax,))
        pts = {"single": interpolate_stage(r, p.stage)}
        draggable = "single" if p.stage == 0 else ""
    if frozen is not None:
        key, xlim, ylim = frozen
        fig = dataclasses.replace(fig, axes=tuple(
            dataclasses.replace(a, xlim=xlim, ylim=ylim) if a.key == key else a for a in fig.axes))
    view.show_figure(dataclasses.replace(fig, title=title))
    picker.clear()
    for key, xy in pts.items():
        picker.set_points(key, disp, xy, draggable=key == draggable)


def notes_text(r: PcaAnalysis | None, error: str) -> str:
    """The notes under the controls: the fit, how many points are shown, and any problem."""
    lines = []
    if error:
        lines.append("⚠ " + tr("{reason} (showing the last good data)").format(reason=tr(error)))
    if r is not None:
        n = r.points.shape[0]
        lines.append(tr("PC1 at {deg}, λ = {a}, {b}; top-{k} keeps {pct}.").format(
            deg=f"{r.fit.first_axis_deg:.3f}°", a=f"{r.fit.eigenvalues[0]:.5g}", b=f"{r.fit.eigenvalues[1]:.5g}",
            k=r.k, pct=f"{100 * r.retained:.2f}%"))
        shown = _display(n, ()).size
        if n > shown:
            lines.append(tr("Showing {shown} of {n} points per view (all are computed).").format(
                shown=f"{shown:,}", n=f"{n:,}"))
        lines.extend(f"⚠ {tr(note)}" for note in r.notes)
    return "\n".join(lines)
