"""Session files: every panel's parameters (seeds included) as one JSON document."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from lab import params as lp
from lab.files import publish
from lab.paths import check_regular_file
from lab.registry import PANEL_MODULES, PanelUnavailable, load_spec

FORMAT = "nn-training-lab-session"
VERSION = 1
#: A session is a few kilobytes; anything this big is not one (and would take long to parse).
MAX_SESSION_BYTES = 16 * 2**20


class SessionError(ValueError):
    """A session file that cannot be used; the message says why."""


def session_dict(panel_params: Mapping[str, Any], presets: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The JSON document for ``{panel_id: params}``; ``presets`` names the preset a panel started from."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "panels": {pid: lp.to_dict(p) for pid, p in panel_params.items()},
    }
    if presets:  # informative only: the parameters above are what a session restores
        document["presets"] = dict(presets)
    return document


def save_session(path: str | os.PathLike[str], panel_params: Mapping[str, Any],
                 presets: Mapping[str, str] | None = None) -> Path:
    """Write a session file atomically and return its path."""
    path = Path(path)
    text = json.dumps(session_dict(panel_params, presets), indent=2, sort_keys=False) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        publish(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def parse_session(document: Any) -> tuple[dict[str, Any], list[str]]:
    """Validate a session document; return ``({panel_id: params}, notes)``.

    Panels that have not landed in this version are skipped with a note; anything else
    that is wrong raises :class:`SessionError`.
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SessionError("not an NN Training Lab session (missing \"format\": \"nn-training-lab-session\")")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version > VERSION or version < 1:
        raise SessionError(f"unsupported session version {version!r} (this app reads version {VERSION})")
    panels = document.get("panels")
    if not isinstance(panels, dict):
        raise SessionError("\"panels\" must be an object of panel parameters")
    out: dict[str, Any] = {}
    notes: list[str] = []
    for panel_id, values in panels.items():
        if panel_id not in PANEL_MODULES:
            raise SessionError(f"unknown panel {panel_id!r} (known: {', '.join(PANEL_MODULES)})")
        try:
            spec = load_spec(panel_id)
        except PanelUnavailable as exc:
            notes.append(f"{exc}; its saved parameters were skipped")
            continue
        try:
            out[panel_id], _ = lp.from_dict(spec.params_type, values, strict=True)
        except ValueError as exc:
            raise SessionError(f"panel {panel_id!r}: {exc}") from None
    return out, notes


def load_session(path: str | os.PathLike[str]) -> tuple[dict[str, Any], list[str]]:
    """Read and validate a session file (see :func:`parse_session`)."""
    path = Path(path)
    try:
        check_regular_file(path, max_bytes=MAX_SESSION_BYTES, what="session file")
    except ValueError as exc:
        raise SessionError(f"cannot read {exc}") from None
    try:
        text = path.read_bytes().decode("utf-8-sig")  # a byte-order mark is fine
    except OSError as exc:
        raise SessionError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise SessionError(f"{path} is not a text file") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SessionError(f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise SessionError(f"{path}: the JSON is nested too deeply to be a session") from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise SessionError(f"{path} is not a usable JSON document ({' '.join(str(exc).split())[:120]})") from None
    return parse_session(document)
