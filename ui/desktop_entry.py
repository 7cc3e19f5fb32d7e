"""``nn-training-lab install-desktop``: the lab in a Linux desktop's application menu (no Qt needed)."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from lab.resources import ICON_NAME, ICON_SIZES, resource_path

#: Characters that make the freedesktop spec quote an Exec argument.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_quote(arg: str) -> str:
    """One argument of a desktop file's ``Exec=`` key, quoted as the freedesktop spec asks."""
    arg = arg.replace("%", "%%")  # a lone % starts a field code such as %F
    if not arg or any(c in _RESERVED for c in arg):
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        # the key's value is itself a string in which a backslash is written twice
        return '"' + escaped.replace("\\", "\\\\") + '"'
    return arg


def launcher_command() -> list[str]:
    """How this very installation was started, so that the menu runs the same one (not one on PATH)."""
    script = Path(sys.argv[0]).absolute()
    if script.name == "main.py":  # python main.py install-desktop, from a checkout
        return [sys.executable, str(script)]
    if script.name == ICON_NAME and script.is_file():  # the installed gui-script
        return [str(script)]
    return [sys.executable, "-m", "ui.launcher"]


def install_desktop_entry(data_home: Path, command: Sequence[str]) -> list[Path]:
    """Write the desktop file (``Exec`` = ``command``) and the icons under ``data_home``; return the paths."""
    lines = []
    for line in resource_path(f"{ICON_NAME}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(exec_quote(a) for a in command) + " %F"
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        lines.append(line)
    targets = {data_home / "applications" / f"{ICON_NAME}.desktop": None,
               data_home / "icons/hicolor/scalable/apps" / f"{ICON_NAME}.svg": resource_path("icons", f"{ICON_NAME}.svg")}
    for size in ICON_SIZES:
        targets[data_home / f"icons/hicolor/{size}x{size}/apps/{ICON_NAME}.png"] = \
            resource_path("icons", f"{ICON_NAME}-{size}.png")
    for target, source in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            shutil.copyfile(source, target)
    return list(targets)


def run_install_desktop(argv: Sequence[str]) -> int:
    """Command line of ``install-desktop``; returns the exit code."""
    default_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    from lab.i18n import tr
    from lab.i18n_cli import Parser, cli_language

    lang = cli_language()
    parser = Parser(
        lang=lang,
        prog=f"{ICON_NAME} install-desktop",
        description="Add NN Training Lab to the application menu of a Linux desktop (for this user).",
    )
    parser.add_argument("--data-home", type=Path, default=default_home, metavar="DIR",
                        help=f"where desktop files and icons go (default: {default_home})")
    args = parser.parse_args(list(argv))
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        print(f"{tr('error', lang)}: " + tr("desktop files are for Linux and BSD desktops; "
                                            "on Windows and macOS start the lab with nn-training-lab", lang), file=sys.stderr)
        return 2
    try:
        written = install_desktop_entry(args.data_home, launcher_command())
    except OSError as exc:
        print(f"{tr('error', lang)}: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0
