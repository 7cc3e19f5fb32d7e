"""Persistent settings: one INI file per user, versioned so stale state falls back to defaults."""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from lab import params as lp

ORGANIZATION = "NNTrainingLab"
APPLICATION = "nn-training-lab"
# Bump when the dock layout or the meaning of saved values changes: older state is ignored.
SETTINGS_VERSION = 1

log = logging.getLogger(__name__)


def app_settings() -> QSettings:
    """The app's settings file (tests redirect it with ``QSettings.setPath``)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def settings_usable(settings: QSettings) -> bool:
    """False for a corrupt file or one written by another settings version."""
    if settings.status() != QSettings.Status.NoError:
        log.warning("settings file %s is unreadable; using defaults", settings.fileName())
        return False
    version = settings.value("version")
    try:
        return version is not None and int(version) == SETTINGS_VERSION
    except (TypeError, ValueError):
        return False


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """A saved ``QByteArray`` (geometry, dock state) or ``None`` when missing or mangled."""
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def read_params(settings: QSettings, key: str, params_type: type) -> tuple[Any | None, list[str]]:
    """Saved parameters of a panel; bad entries fall back to their defaults."""
    raw = settings.value(key)
    if not isinstance(raw, str):
        return None, []
    try:
        data = json.loads(raw)
        return lp.from_dict(params_type, data, strict=False)
    except (ValueError, TypeError) as exc:
        return None, [f"saved parameters unreadable ({exc}); using defaults"]


def write_params(settings: QSettings, key: str, params: Any) -> None:
    """Save a panel's parameters as JSON text."""
    settings.setValue(key, json.dumps(lp.to_dict(params)))
