"""Regenerate ``resources/i18n/nnlab_ko.ts`` from ``lab/i18n_ko/`` and compile it to ``.qm``.

Run from the repository root after editing the catalog::

    python scripts/build_translations.py

``tests/ui/test_i18n_qt.py`` fails while the committed ``.ts`` or ``.qm`` is stale.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lab.i18n_ts import ts_text  # noqa: E402

TS = ROOT / "resources" / "i18n" / "nnlab_ko.ts"


def lrelease() -> list[str]:
    """The command that runs Qt's ``lrelease`` shipped with PySide6."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    spec = importlib.util.find_spec("PySide6")  # its wheel ships lrelease beside the package
    if spec is None or spec.origin is None:
        raise RuntimeError("PySide6 is not installed: no lrelease")
    return [str(Path(spec.origin).parent / "lrelease")]


def compile_qm(ts: Path, qm: Path) -> None:
    """Compile ``ts`` to ``qm`` (raises on a failure of lrelease)."""
    subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    TS.write_text(ts_text(), encoding="utf-8")
    compile_qm(TS, TS.with_suffix(".qm"))
    print(f"wrote {TS.relative_to(ROOT)} and {TS.with_suffix('.qm').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
