"""``python -m benchmarks [name ...]``: run every ``bench_*.py`` on this CPU and as an AVX2 one, print one table.

Each suite runs twice, in turn, each time in a fresh process: once as NumPy and OpenBLAS
dispatch on this CPU ("native"), once with :data:`AVX2_ENV` (NumPy's AVX-512 paths and
OpenBLAS's AVX-512 kernels switched off, which must happen before NumPy loads), so a machine
with AVX-512 also measures what an AVX2-only machine of the same kind would see.  Every ratio
is taken inside one process, from figures measured in turn in the same run.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import pkgutil
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

from benchmarks.common import Row

ORDER = ["startup", "activations", "init", "augment", "pca", "limits", "train", "export"]


def discover() -> list[str]:
    found = [m.name[len("bench_"):] for m in pkgutil.iter_modules([str(Path(__file__).parent)])
             if m.name.startswith("bench_")]
    return sorted(found, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))


#: What makes NumPy 2.4 and OpenBLAS on an AVX-512 machine dispatch like an AVX2-only one.
AVX2_ENV = {"NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512_ICL AVX512_SPR", "OPENBLAS_CORETYPE": "Haswell"}
COLUMNS = ("native", "avx2")


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "n/a"
    text = f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


def simd_level() -> str:
    """NumPy's SIMD extensions (as ``numpy.show_runtime()`` reports them) and OpenBLAS's kernel."""
    from numpy._core._multiarray_umath import __cpu_baseline__, __cpu_dispatch__, __cpu_features__

    found = [f for f in __cpu_dispatch__ if __cpu_features__[f]]
    missing = [f for f in __cpu_dispatch__ if not __cpu_features__[f]]
    text = f"NumPy baseline {' '.join(__cpu_baseline__) or '-'}; found {' '.join(found) or '-'}; " \
           f"not found {' '.join(missing) or '-'}"
    try:
        from threadpoolctl import threadpool_info

        blas = [f"{i.get('internal_api')} {i.get('architecture')} ×{i.get('num_threads')}"
                for i in threadpool_info() if i.get("user_api") == "blas"]
        text += f"; BLAS {', '.join(blas)}"
    except ImportError:
        text += "; BLAS kernel unknown (pip install threadpoolctl)"
    return text


def has_avx512() -> bool:
    from numpy._core._multiarray_umath import __cpu_features__

    return any(__cpu_features__.get(f, False) for f in AVX2_ENV["NPY_DISABLE_CPU_FEATURES"].split())


def run_suites(names: list[str]) -> tuple[list[tuple[str, Row]], bool]:
    rows: list[tuple[str, Row]] = []
    failed = False
    for name in names:
        print(f"running {name}…", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.bench_{name}")
            rows += [(name, row) for row in module.run()]
        except Exception:  # keep the other suites' figures
            failed = True
            traceback.print_exc()
    return rows, failed


def run_column(column: str, name: str) -> tuple[str, list[tuple[str, Row]], bool]:
    """Run one suite in a fresh interpreter dispatching as ``column``; its SIMD level, rows, failure."""
    env = dict(os.environ)
    if column == "avx2":
        env.update(AVX2_ENV)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.json"
        proc = subprocess.run([sys.executable, "-m", "benchmarks", "--worker", str(out), name], env=env, check=False)
        if not out.exists():
            return "", [], True
        data = json.loads(out.read_text())
    rows = [(suite, Row(**row)) for suite, row in data["rows"]]
    return data["simd"], rows, proc.returncode != 0 or data["failed"]


def _cell(row: Row | None) -> str:
    if row is None:
        return "-"
    text = fmt(row.value, row.unit)
    if row.ref_value is not None:
        text += f" / {fmt(row.ref_value, row.unit)}"
    if row.ratio is not None:
        text += f" = {row.ratio:.2f}×"
    return text


def print_columns(columns: dict[str, list[tuple[str, Row]]]) -> None:
    """One line per figure: each column's ``value / reference = ratio``."""
    keyed: dict[str, dict[tuple[str, str, int], Row]] = {}
    order: list[tuple[str, str, int]] = []
    for column, rows in columns.items():
        seen: dict[tuple[str, str], int] = {}
        keyed[column] = {}
        for suite, row in rows:
            k = seen[(suite, row.name)] = seen.get((suite, row.name), -1) + 1
            key = (suite, row.name, k)
            keyed[column][key] = row
            if key not in order:
                order.append(key)
    names = list(columns)
    header = ("suite", "figure", *(f"{c}: value / ref = ratio" for c in names), "goal", "reference", "note")
    table = [header]
    for key in order:
        first = next(keyed[c][key] for c in names if key in keyed[c])
        table.append((key[0], first.name, *(_cell(keyed[c].get(key)) for c in names), first.goal or "-",
                      first.reference or "-", first.note))
    widths = [max(len(str(line[i])) for line in table) for i in range(len(header) - 1)]
    for n, line in enumerate(table):
        print("  ".join(str(cell).ljust(w) for cell, w in zip(line, widths, strict=False)) + "  " + line[-1])
        if n == 0:
            print("  ".join("-" * w for w in widths))


def print_table(rows: list[tuple[str, Row]]) -> None:
    """One column (a single suite run in this process, e.g. ``python -m benchmarks.bench_init``)."""
    print_columns({"this process": rows})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"suites to run (default: all of {', '.join(discover())})")
    parser.add_argument("--columns", choices=("both", *COLUMNS), default="both",
                        help="dispatch natively, as an AVX2 machine, or both (default)")
    parser.add_argument("--worker", metavar="JSON", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    names = args.names or discover()
    if args.worker:  # one column of one suite, in this process
        rows, failed = run_suites(names)
        Path(args.worker).write_text(json.dumps({
            "simd": simd_level(), "failed": failed,
            "rows": [(suite, dataclasses.asdict(row)) for suite, row in rows]}))
        return 1 if failed else 0
    columns = list(COLUMNS) if args.columns == "both" else [args.columns]
    notes = []
    if "avx2" in columns and not has_avx512():
        columns.remove("avx2")
        notes.append("this CPU has no AVX-512: the native column is the AVX2 one")
        columns = columns or ["native"]
    levels: dict[str, str] = {}
    results: dict[str, list[tuple[str, Row]]] = {c: [] for c in columns}
    failed = False
    for name in names:  # the columns in turn, suite by suite, so load drifts hit both alike
        for column in columns:
            level, rows, bad = run_column(column, name)
            levels[column] = level or levels.get(column, "")
            results[column] += rows
            failed |= bad
    print(f"CPU: {_cpu_model()}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for column in columns:
        env = " ".join(f'{k}="{v}"' for k, v in AVX2_ENV.items()) if column == "avx2" else "no overrides"
        print(f"  {column} ({env}): {levels.get(column, '?')}")
    for note in notes:
        print(f"  {note}")
    print()
    print_columns(results)
    return 1 if failed else 0


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform

    return platform.processor() or "unknown"


if __name__ == "__main__":
    sys.exit(main())
