"""Helpers for the hostile-input tests: files that would make a naive reader hang or fail oddly."""

from __future__ import annotations

import os
import threading
from pathlib import Path


def make_fifo(path: Path, *, release_after: float = 5.0) -> Path:
    """A named pipe at ``path``.  If code under test opens it for reading anyway, a writer
    opens and closes it after ``release_after`` seconds, so a regression fails instead of
    hanging the test run."""
    os.mkfifo(path)

    def release() -> None:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # nobody is reading: nothing to release
            return
        os.close(fd)

    timer = threading.Timer(release_after, release)
    timer.daemon = True
    timer.start()
    return path


def make_symlink_loop(folder: Path, name: str = "loop") -> Path:
    """Two links pointing at each other; returns the first."""
    a, b = folder / name, folder / f"{name}-back"
    a.symlink_to(b)
    b.symlink_to(a)
    return a
