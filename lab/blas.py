"""The BLAS threads' idle policy, set before NumPy loads OpenBLAS (this module imports no NumPy)."""

from __future__ import annotations

import os
import sys

#: OpenBLAS lets an idle worker thread spin for 2**this CPU cycles before it sleeps.  Its
#: default, 2**28 (about 0.1 s), keeps a core busy after every product: on a two-core machine
#: that core is then taken from the GUI thread and from our helpers, and drawing on two threads
#: right after a product runs no faster than on one.  2**18 (about 0.1 ms) still covers
#: back-to-back products.
BLAS_SPIN_LOG2_CYCLES = 18


def configure_blas() -> bool:
    """Shorten OpenBLAS's idle spin (unless the user set it); True if it can still take effect.

    Call before anything imports NumPy: OpenBLAS reads the variable when it loads.
    """
    os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", str(BLAS_SPIN_LOG2_CYCLES))
    return "numpy" not in sys.modules
