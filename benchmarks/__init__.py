"""Benchmarks: each module ``bench_*.py`` defines ``run() -> list[Row]``; ``python -m benchmarks`` prints them."""
