"""Run-wide test settings, made before pytest-xdist starts its workers (they inherit the environment)."""

from __future__ import annotations

from lab.blas import configure_blas

# NumPy is loaded in this process already (by plugins), but not yet in the xdist workers or the
# processes tests spawn: there OpenBLAS's idle threads then sleep after a product, as in the app,
# instead of spinning for ~0.1 s and taking the core from the test running beside them.
configure_blas()
