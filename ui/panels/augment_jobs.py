"""The augmentation panel's background jobs (decoding images, computing a grid) and how their results read."""

from __future__ import annotations

import dataclasses
from collections.abc import Generator, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from lab.augment.captions import sample_caption
from lab.augment.compute import Result, compute, figures
from lab.augment.image_sets import LoadedSet, iter_load_images
from lab.augment.loading import LoadedImage, display_copy
from lab.augment.pipeline import Sample
from lab.augment.spec import AugmentParams
from lab.figures import Figure
from ui.figure_view import FigureView
from ui.i18n import tr
from ui.panels.augment_grid import SampleGrid, to_qimage


@dataclass(frozen=True, eq=False)
class Computed:
    """A finished grid: the backend result, the figures, the tiles as QImages and their captions."""

    params: AugmentParams
    result: Result
    figures: list[Figure]
    original: QImage
    tiles: list[QImage]
    captions: list[str] = dataclasses.field(default_factory=list)


@dataclass(frozen=True, eq=False)
class LoadAttempt:
    """Decoded images and the first grid computed on them; ``error`` when that grid failed.

    The panel replaces its images only when ``computed`` is there, so a refusal never costs
    the user the images they had.
    """

    loaded: LoadedSet
    params: AugmentParams | None
    computed: Computed | None
    error: str = ""


def load_job(paths: Sequence[str], max_side: int, params: AugmentParams,
             ) -> Generator[tuple[int, int, str], None, LoadAttempt]:
    """Decode ``paths`` (folders expanded; empty = bundled samples), then compute the first grid on them.

    A generator yielding ``(done, total, name)`` so the worker can be abandoned between two files.
    """
    loaded = yield from iter_load_images(paths, max_side)
    if not loaded.images:
        return LoadAttempt(loaded, None, None)
    kept = tuple(str(im.path) for im in loaded.images) + loaded.missing if loaded.requested else ()
    index = min(max(0, params.image_index), len(loaded.images) - 1)
    try:
        new = dataclasses.replace(params, images=kept, max_side=max_side, image_index=index)
        return LoadAttempt(loaded, new, compute_job(new, list(loaded.images)))
    except ValueError as exc:
        return LoadAttempt(loaded, None, None, str(exc))


def compute_job(params: AugmentParams, images: list[LoadedImage]) -> Computed:
    """Sample the grid, compute the statistics and the figures, and convert the tiles to QImages."""
    result = compute(params, images)
    figs = figures(params, result)
    # a display-sized original: a 50 MP QImage would be rescaled on the GUI thread at every paint
    original = to_qimage(display_copy(result.images[result.source]).pixels)
    captions = [sample_caption(s, result.steps) for s in result.samples]
    return Computed(params, result, figs, original, [to_qimage(s.image) for s in result.samples], captions)


def describe(sample: Sample) -> str:
    """:meth:`Sample.describe` in the current language (the image's name kept as it is)."""
    lines = sample.describe().split("\n")
    first = tr("sample {k} of {name}  ({size})").format(
        k=sample.index + 1, name=sample.source, size=f"{sample.image.shape[1]}×{sample.image.shape[0]}")
    return "\n".join([first, *(tr(line) for line in lines[1:])])


def size_text(image: LoadedImage) -> str:
    """"640×480, previewed at 512×384" (the file's size, and the size the lab works at if smaller)."""
    h, w = image.pixels.shape[:2]
    text = f"{image.source_size[0]}×{image.source_size[1]}"
    return text + (tr(", previewed at {size}").format(size=f"{w}×{h}") if image.downscaled else "")


def load_report(loaded: LoadedSet) -> str:
    """One status-bar line: how many images loaded, and what was skipped and why."""
    problems, n = loaded.problems, len(loaded.images)
    problems = [tr(p) for p in problems]
    if not n:
        return problems[0] if len(problems) == 1 else (
            tr("No usable image ({n} problems): {first}").format(n=len(problems), first=problems[0]))
    text = tr("Loaded {n} images").format(n=n) if n != 1 else tr("Loaded 1 image")
    if problems:
        text += tr("; skipped {n}: {problems}").format(
            n=len(problems), problems="; ".join(problems[:3]) + ("; …" if len(problems) > 3 else ""))
    if loaded.missing:
        text += tr(" (kept in the session though missing: {paths})").format(
            paths=", ".join(loaded.missing[:3]) + (", …" if len(loaded.missing) > 3 else ""))
    return text


def show_computed(computed: Computed, grid: SampleGrid, view: FigureView | None, stats: QLabel, status: QLabel) -> None:
    """Show a finished grid: the tiles, the statistics line and (given ``view``) the preprocessing figure.

    Without a view the figure waits until its tab is shown: converting its images costs the GUI
    thread hundreds of milliseconds for a 50 MP photo.
    """
    r = computed.result
    original = r.images[r.source]
    held = tr(" · held out") if r.source in r.test else ""
    tip = f"{original.path}\n{size_text(original)} px" + ("\n" + tr("\n".join(original.notes)) if original.notes else "")
    tiles = [(img, f"#{s.index + 1}" + (tr(" · mixed") if len(s.label_weights) > 1 else ""), describe(s))
             for img, s in zip(computed.tiles, r.samples, strict=True)]
    grid.set_content(computed.original, tr("original: {name} ({size})").format(name=original.name, size=size_text(original))
                     + held, tip, tiles,
                     [tr(c) for c in computed.captions])
    if view is not None:
        view.show_figure(computed.figures[2])
    st = r.stats
    split = tr(" ({a} training, {b} held out)").format(a=len(r.train), b=len(r.test)) if st.n_images else ""
    stats.setText(
        tr(st.source) + split + " — " +
        tr("mean R {r}, G {g}, B {b}").format(r=f"{st.mean[0]:.4f}", g=f"{st.mean[1]:.4f}", b=f"{st.mean[2]:.4f}") + " · " +
        tr("std R {r}, G {g}, B {b} (0–1 scale)").format(r=f"{st.std[0]:.4f}", g=f"{st.std[1]:.4f}", b=f"{st.std[2]:.4f}"))
    steps = [tr(s.title) for s in r.steps if s.enabled]
    status.setText(tr("{n} samples of {name}").format(n=len(r.samples), name=original.name) + " · "
                   + (" → ".join(steps) if steps else tr("empty pipeline")))
