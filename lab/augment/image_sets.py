"""Loading a set of images at once: the good ones decoded, each bad one a line, nothing half-applied."""

from __future__ import annotations

import os
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from lab.augment.loading import LoadedImage, expand_paths, load_cached, sample_paths
from lab.paths import file_problem


@dataclass(frozen=True, eq=False)
class LoadedSet:
    """The outcome of loading a list of paths: the usable images and one line per unusable file.

    ``missing`` lists the requested paths (files or folders) that do not exist, so a caller can
    keep them in its parameters (a session names them) while showing the others.
    """

    requested: tuple[str, ...]
    images: tuple[LoadedImage, ...]
    problems: tuple[str, ...]
    missing: tuple[str, ...] = ()


def iter_load_images(paths: Sequence[str | os.PathLike[str]], max_side: int) -> Generator[tuple[int, int, str], None, LoadedSet]:
    """Decode ``paths`` (folders expanded; empty = the bundled samples) into a new :class:`LoadedSet`.

    A generator that yields ``(done, total, name)`` before each file and returns the set, so a
    worker can report progress and be abandoned between two files.  It never raises for a
    bad file and never changes anything it was given: an unusable file becomes one line in
    ``problems`` and the caller decides (keep its current images when ``images`` is empty,
    refuse in strict mode).
    """
    problems: list[str] = []
    missing: list[str] = []
    files: list[Path] = []
    if paths:
        for raw in paths:
            try:
                files.extend(expand_paths([raw]))
            except ValueError as exc:
                problems.append(str(exc))
                if file_problem(raw) == "no such file":
                    missing.append(str(raw))
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
    return LoadedSet(tuple(str(p) for p in paths), tuple(images), tuple(problems), tuple(missing))


def load_images(paths: Sequence[str | os.PathLike[str]], max_side: int) -> LoadedSet:
    """:func:`iter_load_images` run to the end."""
    gen = iter_load_images(paths, max_side)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value
