"""Start the GUI: platform check, QApplication, error reporting, main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    from lab.i18n_cli import Parser, cli_language

    parser = Parser(  # in the locale's language (NNLAB_LANG, LANG; the window's own choice needs Qt)
        lang=cli_language(),
        prog="python main.py",
        description="NN Training Lab: activations, initialization, preprocessing and augmentation, visually.",
        epilog="Headless export of slide figures: python main.py export --help",
    )
    parser.add_argument("images", nargs="*", type=Path, help="images to open in the Augmentation panel")
    parser.add_argument("--reset-settings", action="store_true", help="start with default layout and parameters")
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="save a screenshot of the window once it is painted, then quit")
    parser.add_argument("--panel", help="raise this panel first (activations, init, augment, pca)")
    parser.add_argument("--tour", action="store_true",
                        help="start the lecture tour (→ / Page Down next, ← / Page Up back; F11 presentation mode)")
    return parser


def run_gui(argv: Sequence[str]) -> int:
    """Run the lab's window; returns the exit code."""
    args = build_parser().parse_args(list(argv))
    from ui.platform_check import platform_problem

    problem = platform_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import settings as st
    from ui.errors import ErrorReporter
    from ui.icon import set_app_icon
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(st.ORGANIZATION)
    app.setApplicationName(st.APPLICATION)
    app.setApplicationDisplayName("NN Training Lab")
    set_app_icon(app)
    reporter = ErrorReporter()
    reporter.install()
    settings = st.app_settings()
    if args.reset_settings:
        settings.clear()
    from ui import i18n as ui_i18n

    language = ui_i18n.saved_language(settings)
    ui_i18n.install(language, app)  # before any widget is built
    if language != "en":
        ui_i18n.install_font(app)  # the window's first paint shows Hangul
    if os.environ.get("NNLAB_STARTUP_PROBE"):
        from ui.startup_probe import FirstPaintProbe

        probe = FirstPaintProbe()
        app.installEventFilter(probe)
    window = MainWindow(settings)
    reporter.parent = window
    # The first paint first: the panel in front draws its curves at once, but its statistics
    # worker would start meanwhile and hold the GIL against the paint.  (The Hangul fallback for
    # 한국어 in View → Language can wait too.)
    held = [panel.controller for panel in window.built_panels().values()]
    for controller in held:
        controller.set_paused(True)

    def after_first_paint() -> None:
        for controller in held:
            controller.set_paused(False)
        if language == "en":
            ui_i18n.install_font(app)

    from ui.startup_probe import AfterFirstPaint

    AfterFirstPaint(app, after_first_paint)
    window.show()
    QTimer.singleShot(1000, lambda: reporter.log_path)  # the log file, once the window is up
    if args.images:
        window.open_images(args.images)
    if args.panel in window.docks:
        window.set_current_panel(args.panel)
    if args.tour:
        window.start_tour()
    if args.screenshot is not None:
        def shoot() -> None:
            window.grab().save(str(args.screenshot))
            window.close()

        def settle() -> None:  # let background computations land, then let the layout settle
            from ui.workers import Worker

            Worker.await_workers(20_000)
            QTimer.singleShot(800, shoot)

        QTimer.singleShot(1500, settle)
    return app.exec()
