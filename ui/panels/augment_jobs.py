"""The augmentation panel's background jobs (decoding images, computing a grid) and how their results read."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from lab.augment.compute import Result, compute, figures
from lab.augment.loading import LoadedImage, expand_paths, load_cached, sample_paths
from lab.augment.spec import AugmentParams
from lab.figures import Figure
from ui.figure_view import FigureView
from ui.panels.augment_grid import SampleGrid, to_qimage


@dataclass(frozen=True, eq=False)
class Loaded:
    """The outcome of decoding a set of paths: the usable images and one line per unusable file."""

    requested: tuple[str, ...]
    images: list[LoadedImage]
    problems: list[str]


def load_job(paths: Sequence[str], max_side: int) -> Generator[tuple[int, int, str], None, Loaded]:
    """Decode ``paths`` (folders expanded; empty = bundled samples), yielding ``(done, total, name)``.

    A generator so the worker can be abandoned between two files.
    """
    problems: list[str] = []
    files: list[Path] = []
    if paths:
        for raw in paths:
            try:
                files.extend(expand_paths([raw]))
            except ValueError as exc:
                problems.append(str(exc))
    else:
        files = sample_paths()
    images: list[LoadedImage] = []
    seen: set[Path] = set()
    for i, f in enumerate(files):
        yield i, len(files), f.name
        if f in seen:
            continue
        seen.add(f)
        try:
            images.append(load_cached(f, max_side=max_side))
        except ValueError as exc:
            problems.append(str(exc))
    return Loaded(tuple(str(p) for p in paths), images, problems)


@dataclass(frozen=True, eq=False)
class Computed:
    """A finished grid: the backend result, the figures, and the tiles as QImages."""

    params: AugmentParams
    result: Result
    figures: list[Figure]
    original: QImage
    tiles: list[QImage]


def compute_job(params: AugmentParams, images: list[LoadedImage]) -> Computed:
    """Sample the grid, compute the statistics and the figures, and convert the tiles to QImages."""
    result = compute(params, images)
    figs = figures(params, result)
    original = to_qimage(result.images[result.source].pixels)
    return Computed(params, result, figs, original, [to_qimage(s.image) for s in result.samples])


def load_report(loaded: Loaded) -> str:
    """One status-bar line: how many images loaded, and what was skipped and why."""
    problems, n = loaded.problems, len(loaded.images)
    if not n:
        return problems[0] if len(problems) == 1 else f"No usable image ({len(problems)} problems): " + problems[0]
    text = f"Loaded {n} image{'s' if n != 1 else ''}"
    if problems:
        text += f"; skipped {len(problems)}: " + "; ".join(problems[:3]) + ("; …" if len(problems) > 3 else "")
    return text


def show_computed(computed: Computed, grid: SampleGrid, view: FigureView, stats: QLabel, status: QLabel) -> None:
    """Show a finished grid: the tiles, the preprocessing figure and the statistics line."""
    r = computed.result
    original = r.images[r.source]
    h, w = original.pixels.shape[:2]
    held = " · held out" if r.source in r.test else ""
    tip = (f"{original.path}\n{original.source_size[0]}×{original.source_size[1]} px"
           + (f" (previewed at {w}×{h})" if original.downscaled else "")
           + ("\n" + "\n".join(original.notes) if original.notes else ""))
    tiles = [(img, f"#{s.index + 1}" + (" · mixed" if len(s.label_weights) > 1 else ""), s.describe())
             for img, s in zip(computed.tiles, r.samples, strict=True)]
    grid.set_content(computed.original, f"original: {original.name} ({w}×{h}){held}", tip, tiles)
    view.show_figure(computed.figures[2])
    st = r.stats
    stats.setText(
        f"{st.source}{f' ({len(r.train)} training, {len(r.test)} held out)' if st.n_images else ''} — "
        f"mean R {st.mean[0]:.4f}, G {st.mean[1]:.4f}, B {st.mean[2]:.4f} · "
        f"std R {st.std[0]:.4f}, G {st.std[1]:.4f}, B {st.std[2]:.4f} (0–1 scale)")
    steps = [s.title for s in r.steps if s.enabled]
    status.setText(f"{len(r.samples)} samples of {original.name} · " + (" → ".join(steps) if steps else "empty pipeline"))
