"""Benchmarks: each module ``bench_*.py`` defines ``run() -> list[Row]``; ``python -m benchmarks`` prints them."""

from lab.blas import configure_blas

configure_blas()  # measure with the BLAS idle policy the app runs with (before NumPy loads)
