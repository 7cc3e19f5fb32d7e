"""NN Training Lab backend: pure NumPy (+ Pillow, matplotlib for export). Never imports Qt."""

__version__ = "0.1.0"
