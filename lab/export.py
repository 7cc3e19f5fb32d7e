"""Write a panel's figures and tables to a folder: shared by the GUI and the headless CLI."""

from __future__ import annotations

import errno
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lab.figures.render import FORMATS as FIGURE_FORMATS
from lab.figures.render import check_page, render
from lab.figures.spec import Figure
from lab.figures.tables import write_csv
from lab.figures.themes import SLIDE, Theme

ALL_FORMATS = (*FIGURE_FORMATS, "csv")

# matplotlib's PDF backend subsets fonts with fontTools, which logs hundreds of INFO lines a
# file into whatever log the app keeps; its warnings still get through
logging.getLogger("fontTools").setLevel(logging.WARNING)


class ExportError(RuntimeError):
    """An export that could not be written; the message names the file and the reason."""


@dataclass(frozen=True)
class ExportOptions:
    """How to export: formats, theme and page size in pixels at a DPI."""

    formats: tuple[str, ...] = ("png",)
    theme: Theme = SLIDE
    width_px: int = 1920
    height_px: int = 1080
    dpi: float = 200.0
    transparent: bool = False
    figure_names: tuple[str, ...] = field(default_factory=tuple)  # empty: every figure

    def __post_init__(self) -> None:
        unknown = [f for f in self.formats if f not in ALL_FORMATS]
        if unknown or not self.formats:
            raise ValueError(f"unknown format(s) {', '.join(unknown) or '(none)'}: use {','.join(ALL_FORMATS)}")
        check_page("png", self.width_px, self.height_px, self.dpi)  # the page limits of every format


def safe_name(text: str) -> str:
    """A file-name-safe version of ``text``."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_") or "figure"


def planned_files(panel_id: str, figures: Sequence[Figure], out_dir: Path, options: ExportOptions) -> list[Path]:
    """The paths :func:`export_figures` will write, in order."""
    return [path for path, _ in _jobs(panel_id, figures, out_dir, options)]


def _jobs(panel_id: str, figures: Sequence[Figure], out_dir: Path,
          options: ExportOptions) -> Iterator[tuple[Path, Callable[[Path], Path]]]:
    chosen = [f for f in figures if not options.figure_names or f.name in options.figure_names]
    for fig in chosen:
        for fmt in options.formats:
            if fmt == "csv":
                continue
            path = out_dir / f"{safe_name(panel_id)}-{safe_name(fig.name)}.{fmt}"
            yield path, (lambda p, fig=fig, fmt=fmt: render(
                fig, p, fmt=fmt, theme=options.theme, width_px=options.width_px,
                height_px=options.height_px, dpi=options.dpi, transparent=options.transparent))
    if "csv" in options.formats:
        seen: set[str] = set()
        for fig in chosen:
            for table in fig.tables:
                if table.name in seen:
                    continue
                seen.add(table.name)
                path = out_dir / f"{safe_name(panel_id)}-{safe_name(table.name)}.csv"
                yield path, (lambda p, table=table: write_csv(table, p))


def export_figures(
    panel_id: str,
    figures: Sequence[Figure],
    out_dir: str | Path,
    options: ExportOptions,
    progress: Callable[[Path], None] | None = None,
) -> list[Path]:
    """Write ``figures`` (and, with ``"csv"``, their tables) into ``out_dir``.

    Each file is written atomically, so files written before a failure are complete and an
    older file of the same name survives a failed overwrite.  Raises :class:`ExportError`
    naming the file and the reason (read-only folder, disk full, …).
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the folder {out_dir}: {_reason(exc)}") from None
    written: list[Path] = []
    for path, job in _jobs(panel_id, figures, out_dir, options):
        try:
            job(path)
        except OSError as exc:
            raise ExportError(f"cannot write {path}: {_reason(exc)}") from None
        written.append(path)
        if progress is not None:
            progress(path)
    return written


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the folder is read-only (permission denied)"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    return exc.strerror or str(exc)
