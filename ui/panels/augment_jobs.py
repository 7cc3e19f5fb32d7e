"""The augmentation panel's background jobs: decoding images and computing a grid (run in worker threads)."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QImage

from lab.augment.compute import Result, compute, figures
from lab.augment.loading import LoadedImage, expand_paths, load_cached, sample_paths
from lab.augment.spec import AugmentParams
from lab.figures import Figure
from ui.panels.augment_grid import to_qimage


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
