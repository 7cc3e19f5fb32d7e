"""NN Training Lab: ``python main.py`` opens the lab; ``python main.py export …`` exports headless."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from lab.blas import configure_blas

configure_blas()  # before NumPy loads OpenBLAS


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: dispatch to the headless exporter or the GUI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["export"]:
        from lab.cli import run_export

        return run_export(args[1:])
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
