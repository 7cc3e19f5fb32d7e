"""The wheel holds every runtime file, the launcher and SPDX licence metadata, and builds without warnings."""

from __future__ import annotations

import email
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest

from lab.augment.loading import SAMPLE_NAMES
from lab.resources import ICON_NAME, ICON_SIZES, PACKAGE

ROOT = Path(__file__).resolve().parents[2]
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__",
                                    ".pytest_cache", ".ruff_cache", ".hypothesis", "out")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Iterator[tuple[zipfile.ZipFile, str]]:
    """Build the wheel from a copy of the checkout (setuptools builds in-tree); return it and the build log."""
    setuptools = version("setuptools")
    assert int(setuptools.split(".")[0]) >= 77, (
        f"setuptools {setuptools} cannot build the wheel: install the test extra (python -m pip install -e '.[test]')")
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(ROOT, src, ignore=NOT_SOURCE)
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-v",
         "-w", str(tmp / "dist"), str(src)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    (built,) = (tmp / "dist").glob("nn_training_lab-*.whl")
    archive = zipfile.ZipFile(built)
    yield archive, proc.stdout + proc.stderr
    archive.close()


def test_every_runtime_file_is_in_the_wheel(wheel):
    names = set(wheel[0].namelist())
    wanted = {f"{PACKAGE}/samples/{name}" for name in (*SAMPLE_NAMES, "LICENSE.md")}
    wanted |= {f"{PACKAGE}/icons/{ICON_NAME}.svg", f"{PACKAGE}/{ICON_NAME}.desktop"}
    wanted |= {f"{PACKAGE}/icons/{ICON_NAME}-{size}.png" for size in ICON_SIZES}
    assert wanted <= names, sorted(wanted - names)
    # and nothing under resources/ is left behind (a new folder needs a package-data glob)
    in_checkout = {f"{PACKAGE}/{p.relative_to(ROOT / 'resources').as_posix()}"
                   for p in (ROOT / "resources").rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert in_checkout <= names, sorted(in_checkout - names)


def test_every_file_of_lab_and_ui_is_in_the_wheel(wheel):
    names = set(wheel[0].namelist())
    files = {p.relative_to(ROOT).as_posix() for top in ("lab", "ui") for p in (ROOT / top).rglob("*")
             if p.is_file() and "__pycache__" not in p.parts}
    missing = sorted(files - names)
    assert not missing, f"not in the wheel (a data file needs package-data in pyproject.toml): {missing}"
    assert not any(n.startswith(("tests/", "benchmarks/", "tools/")) or n == "main.py" for n in names)


def test_metadata_has_an_spdx_licence_and_the_gui_launcher(wheel):
    archive, _ = wheel
    dist_info = next(n.split("/")[0] for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    meta = email.message_from_bytes(archive.read(f"{dist_info}/METADATA"))
    assert meta["License-Expression"] == "MIT"
    assert meta["License"] is None  # the deprecated free-text field is gone
    assert sorted(meta.get_all("License-File")) == ["LICENSE", "resources/samples/LICENSE.md"]
    assert "MIT License" in archive.read(f"{dist_info}/licenses/LICENSE").decode()
    assert "Intended Audience :: Education" in meta.get_all("Classifier")
    entry_points = archive.read(f"{dist_info}/entry_points.txt").decode()
    assert "[gui_scripts]\nnn-training-lab = ui.launcher:main" in entry_points
    assert "[console_scripts]" not in entry_points  # a console window on Windows is what gui-scripts avoids


def test_the_build_prints_no_licence_or_packaging_warnings(wheel):
    _, log = wheel
    for needle in ("SetuptoolsDeprecationWarning", "License classifiers are deprecated", "project.license",
                   "is absent from the `packages` configuration", "package init file"):
        assert needle not in log, needle


def test_pyproject_keeps_lint_tools_out_of_the_test_extra():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    tools = ("ruff", "import-linter")
    assert not [r for r in extras["test"] if r.startswith(tools)]
    assert sorted(r.split(">")[0] for r in extras["dev"]) == sorted(tools)
