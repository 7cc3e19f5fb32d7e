"""The helper pool's fork–join, the BLAS idle setting and the per-thread scratch buffers."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import numpy as np
import pytest

from lab import blas, parallel
from lab.scratch import scratch


def test_run_all_returns_results_in_order_from_two_threads():
    barrier = threading.Barrier(2, timeout=5)

    def task(value: int) -> tuple[int, int]:
        barrier.wait()  # both tasks must be running at once, or this times out
        return value, threading.get_ident()

    (a, ta), (b, tb) = parallel.run_all(lambda: task(1), lambda: task(2))
    assert (a, b) == (1, 2)
    assert ta == threading.get_ident() and tb != ta  # the first runs here, the second on the pool
    assert parallel.run_all() == []


def test_run_all_waits_for_every_task_before_raising():
    done = threading.Event()

    def slow() -> None:
        done.wait(0.2)
        done.set()

    def fail() -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        parallel.run_all(fail, slow)
    assert done.is_set()


def test_configure_blas_keeps_a_users_setting():
    code = "import os, lab.blas as b; print(b.configure_blas(), os.environ['OPENBLAS_THREAD_TIMEOUT'])"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_THREAD_TIMEOUT"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", str(blas.BLAS_SPIN_LOG2_CYCLES)]
    env["OPENBLAS_THREAD_TIMEOUT"] = "25"
    late = "import numpy, os, lab.blas as b; print(b.configure_blas(), os.environ['OPENBLAS_THREAD_TIMEOUT'])"
    out = subprocess.run([sys.executable, "-c", late], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "25"]  # too late to take effect, and never overridden


def test_scratch_is_reused_per_thread_and_per_name():
    a = scratch("test.a", (10, 3), np.float32)
    assert scratch("test.a", (10, 3), np.float32) is a
    assert scratch("test.b", (10, 3), np.float32) is not a
    assert scratch("test.a", (10, 4), np.float32) is not a
    assert scratch("test.a", (10, 3), np.float64).dtype == np.float64
    other: list[np.ndarray] = []
    thread = threading.Thread(target=lambda: other.append(scratch("test.a", (10, 3), np.float32)))
    thread.start()
    thread.join()
    assert other[0] is not a
