"""Write a panel's figures and tables to a folder: shared by the GUI and the headless CLI."""

from __future__ import annotations

import errno
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from lab.figures.render import FORMATS as FIGURE_FORMATS
from lab.figures.render import check_page, render
from lab.figures.spec import Figure, Table
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
    return [path for path, _, _ in _jobs(panel_id, figures, out_dir, options)]


#: One file to write: its path, what goes in it (a figure or a table) and the format.
Job = tuple[Path, "Figure | Table", str]


def _jobs(panel_id: str, figures: Sequence[Figure], out_dir: Path, options: ExportOptions) -> Iterator[Job]:
    chosen = [f for f in figures if not options.figure_names or f.name in options.figure_names]
    for fig in chosen:
        for fmt in options.formats:
            if fmt != "csv":
                yield out_dir / f"{safe_name(panel_id)}-{safe_name(fig.name)}.{fmt}", fig, fmt
    if "csv" in options.formats:
        seen: set[str] = set()
        for fig in chosen:
            for table in fig.tables:
                if table.name not in seen:
                    seen.add(table.name)
                    yield out_dir / f"{safe_name(panel_id)}-{safe_name(table.name)}.csv", table, "csv"


def _write(job: Job, options: ExportOptions) -> tuple[str, str]:
    """Write one file; ``(path, "")``, or ``(path, reason)`` when the system refused it."""
    path, what, fmt = job
    try:
        if isinstance(what, Table):
            write_csv(what, path)
        else:
            render(what, path, fmt=fmt, theme=options.theme, width_px=options.width_px, height_px=options.height_px,
                   dpi=options.dpi, transparent=options.transparent)
    except OSError as exc:
        return str(path), _reason(exc)
    return str(path), ""


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
    written: list[Path] = []

    def done(path: Path) -> None:
        written.append(path)
        if progress is not None:
            progress(path)

    n_files = len(planned_files(panel_id, figures, Path(out_dir), options))
    with render_pool(options, n_files) as pool:
        pool.submit(panel_id, figures, out_dir, done)
        pool.wait(done)
    return written


# Rendering is single-threaded CPU work, so several figures go to forked worker processes.  Only
# from a process without a GUI toolkit (the CLI, scripts, the GUI's export-all child): forking a
# Qt process with running threads can deadlock (the GUI's own dialog exports from a thread).


def _gui_loaded() -> bool:
    return any(name in sys.modules for name in ("PySide6.QtCore", "PyQt6.QtCore", "PyQt5.QtCore"))


def _daemonic() -> bool:
    """A daemonic process may not start workers."""
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


def _ready() -> None:
    """A worker's first task: it exists (forked) before the caller goes on."""


class RenderPool:
    """Writes the files of panel after panel, in worker processes when that pays (else here).

    :meth:`submit` queues a panel's files (the CSV tables, cheap, are written at once) and
    reports those already finished; :meth:`wait` reports the rest.  Leaving the ``with``
    block early (a cancel raised by ``progress``, a failure) drops the files not yet started;
    those being written finish, atomically.
    """

    def __init__(self, options: ExportOptions, workers: int) -> None:
        self.options = options
        self.workers = workers
        self._running: list[tuple[Path, Future[tuple[str, str]]]] = []
        self._pool: ProcessPoolExecutor | None = None
        if workers > 1:
            import multiprocessing

            self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
            self._pool.submit(_ready).result()  # fork the workers now, from the process as it is

    def submit(self, panel_id: str, figures: Sequence[Figure], out_dir: str | Path,
               progress: Callable[[Path], None]) -> None:
        out_dir = Path(out_dir)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(f"cannot create the folder {out_dir}: {_reason(exc)}") from None
        for job in _jobs(panel_id, figures, out_dir, self.options):
            if self._pool is None or isinstance(job[1], Table):
                _check(_write(job, self.options))
                progress(job[0])
            else:
                self._running.append((job[0], self._pool.submit(_write, job, self.options)))
        self._report(progress, block=False)

    def wait(self, progress: Callable[[Path], None]) -> None:
        """Report every file as it is written; raises :class:`ExportError` on the first that failed."""
        self._report(progress, block=True)

    def _report(self, progress: Callable[[Path], None], block: bool) -> None:
        while self._running:
            if block:
                wait([f for _, f in self._running], return_when=FIRST_COMPLETED)
            finished = [(p, f) for p, f in self._running if f.done()]
            if not finished:
                return
            for item in finished:
                try:
                    _check(item[1].result())
                except Exception:
                    self._raise_first_failure(item)
                self._running.remove(item)
                progress(item[0])

    def _raise_first_failure(self, failed: tuple[Path, Future[tuple[str, str]]]) -> None:
        """Raise the failure of the first file (in submission order) that failed, up to ``failed``.

        Workers finish in any order; without this the message (say, which figure's page is too
        small) would depend on which worker was faster, where a one-process export names the first.
        """
        earlier = self._running[: self._running.index(failed) + 1]
        wait([f for _, f in earlier])
        for _path, future in earlier:
            _check(future.result())

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


@contextmanager
def render_pool(options: ExportOptions, n_files: int = 16) -> Iterator[RenderPool]:
    """A :class:`RenderPool` with worker processes when ``n_files`` is worth them and forking is safe."""
    pool = RenderPool(options, _workers(n_files) if options.parallel else 1)
    try:
        yield pool
    finally:
        pool.close()


def _check(result: tuple[str, str]) -> None:
    path, error = result
    if error:
        raise ExportError(f"cannot write {path}: {error}")


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the folder is read-only (permission denied)"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    return exc.strerror or str(exc)
