"""A small shared pool of helper threads for fork–join work inside one computation.

NumPy's ufuncs, its random fills and BLAS release the GIL, so two helper threads can split
large element-wise work that would otherwise run on one core while the other idles (see
:mod:`lab.blas` for why BLAS's own idle threads must not keep that core busy).  Tasks given to
the pool must never wait on other tasks of the pool (that could deadlock it).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

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
