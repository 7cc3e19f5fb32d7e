"""``python -m benchmarks [name ...]``: run every ``bench_*.py`` and print one table of figures."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

from benchmarks.common import Row

ORDER = ["startup", "activations", "init", "augment", "pca", "limits", "train", "export"]


def discover() -> list[str]:
    found = [m.name[len("bench_"):] for m in pkgutil.iter_modules([str(Path(__file__).parent)])
             if m.name.startswith("bench_")]
    return sorted(found, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))


def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "n/a"
    text = f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


def print_table(rows: list[tuple[str, Row]]) -> None:
    header = ("suite", "figure", "value", "reference", "ref value", "ratio", "goal", "note")
    table = [header] + [
        (suite, r.name, fmt(r.value, r.unit), r.reference or "-", fmt(r.ref_value, r.unit) if r.reference else "-",
         f"{r.ratio:.2f}x" if r.ratio is not None else "-", r.goal or "-", r.note)
        for suite, r in rows
    ]
    widths = [max(len(str(line[i])) for line in table) for i in range(len(header))]
    for n, line in enumerate(table):
        print("  ".join(str(cell).ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"suites to run (default: all of {', '.join(discover())})")
    args = parser.parse_args(argv)
    names = args.names or discover()
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
    print_table(rows)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
