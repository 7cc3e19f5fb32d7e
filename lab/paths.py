"""Checks on a path before anything opens it, and where a dropped file belongs.

Opening a named pipe blocks until someone writes to it, a device never ends and a symlink
loop fails with a message about a missing file; so every path that comes in (image, CSV,
session) is checked with :func:`check_regular_file` first, and the reason names what it is.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Literal, NamedTuple

#: File name endings of images (a folder is expanded to the files with these endings).
IMAGE_SUFFIXES: frozenset[str] = frozenset(
    {".jpg", ".jpeg", ".jpe", ".png", ".gif", ".bmp", ".dib", ".tif", ".tiff", ".webp"}
)
#: File name endings of point tables for the PCA panel.
CSV_SUFFIXES: frozenset[str] = frozenset({".csv", ".tsv", ".txt"})
#: File name endings of session files.
SESSION_SUFFIXES: frozenset[str] = frozenset({".json"})

DropKind = Literal["csv", "image", "session"]

# The first bytes of the image formats Pillow reads here (for files with an unusual ending).
_IMAGE_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*",
)


def _kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a regular file: reading it would wait forever"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "is not a regular file"


def _stat_failure(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "is a symbolic link loop (following its links leads back to it)"
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return f"is a broken symbolic link (its target {os.readlink(path)} does not exist)"
        return "no such file"
    if exc.errno == errno.ENOTDIR:
        return "no such file (a part of the path is not a folder)"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENAMETOOLONG:
        return "the path is too long"
    return f"cannot read ({exc.strerror or exc})"


def file_problem(path: str | os.PathLike[str]) -> str | None:
    """Why ``path`` cannot be read as a regular file (None if it can), without opening it."""
    p = Path(path)
    try:
        st = os.stat(p)  # follows links: a link to a regular file is fine
    except OSError as exc:
        return _stat_failure(p, exc)
    except ValueError:  # e.g. an embedded NUL character
        return "is not a valid path"
    return _kind_of(st.st_mode)


def check_regular_file(path: str | os.PathLike[str], *, max_bytes: int | None = None, what: str = "file") -> int:
    """Return the size of ``path`` in bytes, or raise ``ValueError`` naming why it cannot be read.

    Refuses folders, named pipes, devices, sockets, symlink loops, broken links, missing or
    unreadable files, and (with ``max_bytes``) files larger than that, before opening them.
    """
    p = Path(path)
    problem = file_problem(p)
    if problem is not None:
        raise ValueError(f"{p}: {problem}")
    size = os.stat(p).st_size
    if max_bytes is not None and size > max_bytes:
        raise ValueError(f"{p}: the {what} is {_size_text(size)}, above the {_size_text(max_bytes)} limit")
    return size


def _size_text(n: int) -> str:
    if n >= 2**20:
        return f"{n / 2**20:.1f} MB"
    if n >= 2**10:
        return f"{n / 2**10:.1f} kB"
    return f"{n} bytes"


class Drop(NamedTuple):
    """Where a dropped path belongs: ``kind`` is None when nothing takes it (``reason`` says why)."""

    kind: DropKind | None
    reason: str


def _head(path: Path, n: int = 4096) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(n)
    except OSError:
        return b""


def classify_drop(path: str | os.PathLike[str]) -> Drop:
    """Route a dropped path: ``"csv"`` (PCA points), ``"image"`` (Augmentation) or ``"session"``.

    A folder counts as images when it holds any image file.  Files are judged by their
    ending, and a file with an unknown ending by its first bytes.  Nothing is decoded, and
    named pipes and other non-regular files are refused before they are opened.
    """
    p = Path(path)
    if p.is_dir():
        try:
            has_images = any(c.suffix.lower() in IMAGE_SUFFIXES and not c.name.startswith(".") for c in p.iterdir())
        except OSError as exc:
            return Drop(None, f"{p}: cannot list the folder ({exc.strerror or exc})")
        return Drop("image", "") if has_images else Drop(None, f"{p}: no image files in this folder")
    problem = file_problem(p)
    if problem is not None:
        return Drop(None, f"{p}: {problem}")
    suffix = p.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return Drop("image", "")
    if suffix in CSV_SUFFIXES:
        return Drop("csv", "")
    head = _head(p)
    if suffix in SESSION_SUFFIXES or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        if b"nn-training-lab-session" in head:
            return Drop("session", "")
        return Drop(None, f"{p.name}: a JSON file but not an NN Training Lab session")
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return Drop("image", "")
    shown = suffix or "no ending"
    return Drop(None, f"{p.name}: not an image, a CSV of points or a session file ({shown})")
