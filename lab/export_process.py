"""Export every panel's figures in a separate process, so rendering never holds the GUI's GIL.

The GUI sends each panel's spec module and params (plain, picklable data); the child
process (``spawn``: a fresh interpreter that imports ``lab`` only) builds the figures and
hands each file to its worker processes (:func:`lab.export.render_pool`, forked before
anything else runs in the child), so several figures render at once while the next panel is
being built; each written file is reported on a queue.  A cancel event is checked as files
complete: the files being written finish (atomically), the rest are dropped, so a cancelled
export leaves only complete files behind.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import queue
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lab.export import ExportError, ExportOptions, render_pool

#: (panel id, module defining SPEC, params[, the preset the user last chose: its headline wins ties])
Job = tuple[str, str, Any] | tuple[str, str, Any, str]


class _Cancelled(Exception):
    pass


def export_panels(jobs: Sequence[Job], out_dir: str, options: ExportOptions, messages: Any, cancel: Any) -> None:
    """The child's work: build and write every panel's figures, reporting on ``messages``.

    Messages: ``("workers", n)`` (the processes rendering, besides this one when ``n > 1``),
    ``("panel", index, panel_id)``, ``("file", path)``, then one of
    ``("done", paths)``, ``("cancelled", paths)`` or ``("failed", text, paths)``.
    """
    written: list[str] = []
    try:  # rendering is background work: the GUI (and its user) come first
        os.nice(10)
    except (AttributeError, OSError):
        pass

    def progress(path: Path) -> None:
        written.append(str(path))
        messages.put(("file", str(path)))
        if cancel.is_set():
            raise _Cancelled

    try:
        with render_pool(options) as pool:  # forked now: before any thread or panel exists here
            messages.put(("workers", pool.workers))
            for index, (panel_id, module, params, *recorded) in enumerate(jobs):
                if cancel.is_set():
                    raise _Cancelled
                messages.put(("panel", index, panel_id))
                figures = importlib.import_module(module).SPEC.figures(params, *recorded)
                pool.submit(panel_id, figures, out_dir, progress)
            pool.wait(progress)
    except _Cancelled:
        messages.put(("cancelled", written))
    except ExportError as exc:
        messages.put(("failed", str(exc), written))
    except Exception as exc:  # reported to the GUI, never lost
        messages.put(("failed", f"{type(exc).__name__}: {exc}", written))
    else:
        messages.put(("done", written))


class ExportProcess:
    """One export-all run in a child process; poll it from the GUI's event loop."""

    def __init__(self, jobs: Sequence[Job], out_dir: str | Path, options: ExportOptions) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._messages = ctx.Queue()
        self._cancel = ctx.Event()
        # not daemonic: a daemonic process may not start the worker processes that render; the
        # GUI stops it on quitting (ExportActions.shutdown), and it ends by itself when done
        self._process = ctx.Process(target=export_panels, name="nnlab-export", daemon=False,
                                    args=(list(jobs), str(out_dir), options, self._messages, self._cancel))
        self.finished = False

    def start(self) -> None:
        self._process.start()

    def poll(self) -> list[tuple]:
        """Every message that has arrived (never blocks); a dead child reports ``failed``."""
        out = []
        while True:
            try:
                out.append(self._messages.get_nowait())
            except queue.Empty:
                break
        if any(m[0] in ("done", "cancelled", "failed") for m in out):
            self.finished = True
            self._process.join(timeout=0)  # reaps it if it has exited; never waits in the GUI
        elif not self._process.is_alive() and not self.finished:
            try:  # the last message may still be in the pipe
                out.append(self._messages.get(timeout=1))
                self.finished = out[-1][0] in ("done", "cancelled", "failed")
            except queue.Empty:
                self.finished = True
                out.append(("failed", f"the export process ended unexpectedly (exit code {self._process.exitcode})",
                            []))
        return out

    def cancel(self) -> None:
        """Stop after the file being written (every written file stays complete)."""
        self._cancel.set()

    def stop(self, timeout_s: float = 10.0) -> None:
        """Cancel and wait for the child (killing it only if it does not stop in time)."""
        self.cancel()
        self._process.join(timeout_s)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(2)
