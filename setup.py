"""Package list for setuptools; everything else is in pyproject.toml.

pyproject.toml cannot both discover packages and add one under another name: the top-level
``resources/`` folder is installed as ``nn_training_lab_resources`` (see its package-dir), while
every package under ``lab/`` and ``ui/`` is found, so a new one needs no edit here.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["lab", "lab.*", "ui", "ui.*"]), "nn_training_lab_resources"])
