"""Atomic file writes that end up with the permissions the user's umask gives a new file."""

from __future__ import annotations

import os
import threading

_LOCK = threading.Lock()


def current_umask() -> int:
    """The process umask, read without changing it where the OS allows (Linux ``/proc``)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _LOCK:  # elsewhere: set and restore (briefly process-wide, so under a lock)
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The mode ``open(path, "w")`` would give a new file: ``0o666`` minus the umask."""
    return 0o666 & ~current_umask()


def publish(tmp: str | os.PathLike[str], path: str | os.PathLike[str]) -> None:
    """Give the temporary file ``tmp`` a new file's permissions and move it onto ``path`` atomically.

    ``tempfile.mkstemp`` creates files readable by the owner only (0600), which would make every
    exported figure and session private whatever the umask says.
    """
    os.chmod(tmp, new_file_mode())
    os.replace(tmp, path)
