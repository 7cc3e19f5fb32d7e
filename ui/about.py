"""The About text: versions of everything the lab runs on."""

from __future__ import annotations

import platform

import numpy
import pyqtgraph
import PySide6
from PySide6.QtCore import qVersion

import lab
from ui.i18n import tr


def about_text() -> str:
    """Plain text with the app's purpose and the versions in use."""
    return (
        f"NN Training Lab {lab.__version__}\n"
        + tr("A visual lab for 'Training Neural Networks I': activation functions, weight initialization,\n"
             "data preprocessing (zero-centring, normalization, PCA, whitening) and data augmentation.") + "\n\n"
        f"Python {platform.python_version()}\n"
        f"Qt {qVersion()}\n"
        f"PySide6 {PySide6.__version__}\n"
        f"NumPy {numpy.__version__}\n"
        f"pyqtgraph {pyqtgraph.__version__}"
    )
