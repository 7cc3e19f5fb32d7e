"""Runtime files are found beside a checkout and, installed, through importlib.resources."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from lab.augment.loading import SAMPLE_NAMES, sample_paths
from lab.pca.patches import DEFAULT_IMAGE
from lab.resources import PACKAGE, resource_path, resource_root

ROOT = Path(__file__).resolve().parents[2]
PRINT_ROOT = "from lab.resources import resource_root; print(resource_root())"


def _run(code: str, cwd: Path, pythonpath: Path) -> str:
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    proc = subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_a_checkout_reads_its_own_resources_whatever_the_current_folder(tmp_path):
    assert Path(_run(PRINT_ROOT, tmp_path, ROOT)) == resource_root() == ROOT / "resources"
    assert resource_path("samples", "LICENSE.md").read_text().startswith("# Bundled sample photos")


def test_an_installed_copy_finds_the_resources_package(tmp_path):
    """Laid out as in site-packages: lab/ beside nn_training_lab_resources/, no pyproject.toml."""
    site = tmp_path / "site-packages"
    (site / "lab").mkdir(parents=True)
    shutil.copy(ROOT / "lab" / "__init__.py", site / "lab")
    shutil.copy(ROOT / "lab" / "resources.py", site / "lab")
    shutil.copytree(ROOT / "resources", site / PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    (site / "resources").mkdir()  # a stray top-level folder of another distribution is not taken
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    assert Path(_run(PRINT_ROOT, elsewhere, site)) == site / PACKAGE
    code = "from lab.resources import resource_path; print(resource_path('samples', 'cat.jpg').is_file())"
    assert _run(code, elsewhere, site) == "True"


def test_the_samples_and_the_pca_patch_image_come_from_the_resources():
    assert [p.name for p in sample_paths()] == list(SAMPLE_NAMES)
    assert all(p.is_file() and p.parent == resource_root() / "samples" for p in sample_paths())
    assert DEFAULT_IMAGE == resource_root() / "samples" / "astronaut.jpg" and DEFAULT_IMAGE.is_file()
