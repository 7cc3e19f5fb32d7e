"""The ``nn-training-lab`` command (and ``python main.py``): the GUI, ``export`` or ``install-desktop``.

Imports neither Qt nor NumPy at the top: the exporter never loads Qt, and the BLAS idle
policy must be set before NumPy loads OpenBLAS.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from lab.blas import configure_blas


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the headless exporter (``export …``), ``install-desktop`` or the GUI; returns the exit code."""
    configure_blas()
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["export"]:
        from lab.cli import run_export

        return run_export(args[1:])
    if args[:1] == ["install-desktop"]:
        from ui.desktop_entry import run_install_desktop

        return run_install_desktop(args[1:])
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
