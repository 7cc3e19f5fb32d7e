"""Where the files the app reads at run time (sample photos, icons, translations) are."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

#: The repository's top-level ``resources/`` folder is installed under this package name
#: (``[tool.setuptools.package-dir]`` in pyproject.toml).
PACKAGE = "nn_training_lab_resources"

#: The application icon: ``icons/<ICON_NAME>.svg`` and ``icons/<ICON_NAME>-<size>.png``; the
#: name is also the launcher's and the desktop file's.
ICON_NAME = "nn-training-lab"
ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def resource_root() -> Path:
    """The folder holding the runtime files, whatever the current directory.

    Code run from a source checkout (``PYTHONPATH``, ``python main.py``) reads the
    ``resources/`` beside it, so a work tree never picks up the files of another install;
    an installed distribution finds its copy with :mod:`importlib.resources`.
    """
    checkout = Path(__file__).resolve().parents[1]
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        return checkout / "resources"
    root = resources.files(PACKAGE)
    if not isinstance(root, Path):  # e.g. a zip import: the app needs real files for Qt and Pillow
        raise RuntimeError(f"{PACKAGE} is not installed as a folder ({root!r})")
    return root


def resource_path(*parts: str) -> Path:
    """Path of a runtime file, e.g. ``resource_path("samples", "cat.jpg")`` (it may not exist)."""
    return resource_root().joinpath(*parts)
