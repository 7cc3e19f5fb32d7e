"""Qt translations: the QTranslator, the language choice, the Hangul font, and ``tr``.

Every translatable UI string goes through :func:`tr` (``QCoreApplication.translate`` in one
context, ``"nnlab"``), answered by ``resources/i18n/nnlab_ko.qm``; that file is compiled by
``pyside6-lrelease`` from ``nnlab_ko.ts``, which ``scripts/i18n_ts.py`` generates from the
catalog in ``lab/i18n_ko/`` (one source for the widgets, the figures and the exports).
Text the ``.qm`` has no exact entry for (a notice of several lines, a title with numbers)
falls back to :func:`lab.i18n.tr`, which knows the catalog's templates.

The language is the one saved under ``ui/language``; without one it follows the system
locale (Korean → 한국어, anything else → English).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from lab import i18n
from lab.i18n_font import FAMILY, hangul_font_path
from lab.resources import resource_path

CONTEXT = "nnlab"
SETTING = "ui/language"

_installed: list[QTranslator] = []  # kept alive while installed


def tr(text: str) -> str:
    """``text`` in the current language (the ``.qm`` first, then the catalog's templates)."""
    if not text or i18n.language() == "en":
        return text
    out = QCoreApplication.translate(CONTEXT, text)
    return out if out != text else i18n.tr(text)


def qm_path(lang: str) -> Path:
    """The compiled translation of ``lang``."""
    return resource_path("i18n", f"nnlab_{lang}.qm")


def saved_language(settings: QSettings) -> str:
    """The language saved in ``settings``, else the system locale's (``"ko"`` or ``"en"``)."""
    value = settings.value(SETTING)
    if isinstance(value, str) and value in i18n.LANGUAGES:
        return value
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def install(lang: str, app: QCoreApplication | None = None) -> bool:
    """Make ``lang`` current for the figures and Qt; returns False when its ``.qm`` is unusable."""
    app = app or QCoreApplication.instance()
    i18n.set_language(lang)
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    if lang == "en" or app is None:
        return True
    ok = True
    ours = QTranslator()
    if ours.load(str(qm_path(lang))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = False
    qt_own = QTranslator()  # Qt's stock buttons and dialogs (OK, Cancel, file dialogs)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return ok


def install_font(app: QApplication) -> str | None:
    """Register NanumGothic with Qt and add it after the app font's family as a fallback."""
    path = hangul_font_path()
    if path is None:
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(app.font())
    base = [f for f in font.families() if f != families[0]] or [font.family()]
    font.setFamilies([*base, families[0]])
    app.setFont(font)
    return families[0] if families[0] else FAMILY
