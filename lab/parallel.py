"""A small shared pool of helper threads for fork–join work, and the BLAS threads' idle policy.

NumPy's ufuncs, its random fills and BLAS release the GIL, so two helper threads can split
large element-wise work that would otherwise run on one core while the other idles.  Tasks
given to the pool must never wait on other tasks of the pool (that could deadlock it).

This module imports no NumPy: :func:`configure_blas` must run before NumPy loads OpenBLAS.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

#: OpenBLAS lets an idle worker thread spin for 2**this CPU cycles before it sleeps.  Its
#: default, 2**28 (about 0.1 s), keeps a core busy after every product: on a two-core machine
#: that core is then taken from the GUI thread and from our helpers, and drawing on two threads
#: right after a product runs no faster than on one.  2**18 (about 0.1 ms) still covers
#: back-to-back products.
BLAS_SPIN_LOG2_CYCLES = 18

#: Helper threads: at most two (the lab's typical machine has two cores), at least one.
WORKERS = max(1, min(2, os.cpu_count() or 1))

_pool: ThreadPoolExecutor | None = None
_lock = threading.Lock()


def pool() -> ThreadPoolExecutor:
    """The shared helper pool, created on first use."""
    global _pool
    with _lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="nnlab-helper")
        return _pool


def run_all(*tasks: Callable[[], Any]) -> list[Any]:
    """Run ``tasks`` concurrently and return their results in order.

    The first task runs on the calling thread while the others run on the pool; an exception
    from any task is re-raised here after all of them have finished.
    """
    if not tasks:
        return []
    futures: list[Future[Any]] = [pool().submit(task) for task in tasks[1:]]
    try:
        first = tasks[0]()
    finally:
        for future in futures:  # wait for all, so no task outlives the arrays it works on
            future.exception()
    return [first, *(future.result() for future in futures)]


def configure_blas() -> bool:
    """Shorten OpenBLAS's idle spin (unless the user set it); True if it can still take effect.

    Call before anything imports NumPy: OpenBLAS reads the variable when it loads.
    """
    os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", str(BLAS_SPIN_LOG2_CYCLES))
    return "numpy" not in sys.modules
