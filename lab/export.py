"""Write a panel's figures and tables to a folder: shared by the GUI and the headless CLI."""

from __future__ import annotations

import errno
import logging
import os
import re
import sys
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
    #: render several figures in worker processes (only where that is safe; see _workers)
    parallel: bool = True

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
    jobs = list(_jobs(panel_id, figures, out_dir, options))
    workers = _workers(len(jobs)) if options.parallel else 1
    if workers > 1:
        return _export_parallel(jobs, workers, progress)
    written: list[Path] = []
    for path, job in jobs:
        try:
            job(path)
        except OSError as exc:
            raise ExportError(f"cannot write {path}: {_reason(exc)}") from None
        written.append(path)
        if progress is not None:
            progress(path)
    return written


# Rendering is single-threaded CPU work, so several figures go to forked worker processes.  Only
# from a process without a GUI toolkit (the CLI, scripts): forking a Qt process with running
# threads can deadlock, and the GUI exports from its own worker thread anyway.
_PENDING: list[tuple[Path, Callable[[Path], Path]]] = []


def _gui_loaded() -> bool:
    return any(name in sys.modules for name in ("PySide6.QtCore", "PyQt6.QtCore", "PyQt5.QtCore"))


def _daemonic() -> bool:
    """A daemonic process (e.g. :mod:`lab.export_process`'s child) may not start workers."""
    import multiprocessing

    return bool(multiprocessing.current_process().daemon)


def _workers(n_jobs: int) -> int:
    # a forked worker starts in milliseconds and a slide takes a fifth of a second or more: two
    # figures are already worth two workers (a panel has 2–5 figures)
    if n_jobs < 2 or not sys.platform.startswith("linux") or _gui_loaded() or _daemonic():
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 4, n_jobs))


def _run_pending(index: int) -> tuple[str, str]:
    path, job = _PENDING[index]
    try:
        job(path)
    except OSError as exc:
        return str(path), _reason(exc)
    return str(path), ""


def _export_parallel(jobs: list[tuple[Path, Callable[[Path], Path]]], workers: int,
                     progress: Callable[[Path], None] | None) -> list[Path]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _PENDING[:] = jobs  # inherited by the forked workers: only indices cross the pipe
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            written: list[Path] = []
            for path_text, error in pool.map(_run_pending, range(len(jobs))):
                if error:
                    raise ExportError(f"cannot write {path_text}: {error}")
                written.append(Path(path_text))
                if progress is not None:
                    progress(Path(path_text))
            return written
    finally:
        _PENDING.clear()


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the folder is read-only (permission denied)"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    return exc.strerror or str(exc)
