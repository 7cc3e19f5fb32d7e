"""Explain, before Qt aborts, why a window cannot open on this machine (no Qt imports here)."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# Qt >= 6.5's xcb platform plugin refuses to load without these (libxcb-cursor0 above all):
# shared-object name -> Debian/Ubuntu package.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def loadable(soname: str) -> bool:
    """True if the dynamic loader finds ``soname`` (dlopen: no ldconfig subprocess)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True

INSTALL_HINT = "sudo apt-get install " + " ".join(XCB_LIBRARIES.values())


def platform_problem(
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    is_loadable: Callable[[str], bool] = loadable,
) -> str | None:
    """Return a message when Qt's window system plugin will not load, else ``None``."""
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return None
    requested = env.get("QT_QPA_PLATFORM", "")
    if requested and not requested.startswith("xcb"):
        return None  # offscreen, wayland, vnc…: Qt's own checks are clear enough
    if not requested and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "NN Training Lab cannot open a window: no display was found (DISPLAY is not set).\n"
            "Run it inside a desktop session, or export figures without a window:\n"
            "  python main.py export --panel all --out figures/"
        )
    missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if not is_loadable(lib)]
    if missing:
        return (
            "NN Training Lab cannot open a window: Qt's xcb platform plugin needs system libraries "
            f"that are missing: {', '.join(missing)}.\n"
            f"Install them with:\n  {INSTALL_HINT}\n"
            "(On other distributions install the xcb-cursor, xcb-icccm, xcb-keysyms and "
            "xkbcommon-x11 libraries.)"
        )
    return None
