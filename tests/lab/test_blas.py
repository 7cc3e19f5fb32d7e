"""The BLAS idle setting, applied before NumPy loads and never over a user's own."""

from __future__ import annotations

import os
import subprocess
import sys

from lab import blas


def test_configure_blas_keeps_a_users_setting():
    code = "import os, lab.blas as b; print(b.configure_blas(), os.environ['OPENBLAS_THREAD_TIMEOUT'])"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_THREAD_TIMEOUT"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", str(blas.BLAS_SPIN_LOG2_CYCLES)]
    env["OPENBLAS_THREAD_TIMEOUT"] = "25"
    late = "import numpy, os, lab.blas as b; print(b.configure_blas(), os.environ['OPENBLAS_THREAD_TIMEOUT'])"
    out = subprocess.run([sys.executable, "-c", late], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "25"]  # too late to take effect, and never overridden
