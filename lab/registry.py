"""The panels the lab knows, looked up lazily so that an unfinished panel never breaks the rest."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lab.figures.spec import Figure

# Panel id -> module defining ``SPEC: PanelSpec``.  The ids are used in sessions, settings,
# dock object names and ``main.py export --panel``.
PANEL_MODULES: dict[str, str] = {
    "activations": "lab.activations.spec",
    "init": "lab.init.spec",
    "augment": "lab.augment.spec",
    "pca": "lab.pca.spec",
    "train": "lab.train.spec",
}

PANEL_TITLES: dict[str, str] = {
    "activations": "Activations",
    "init": "Initialization",
    "augment": "Augmentation",
    "pca": "PCA & Whitening",
    "train": "Training",
}


@dataclass(frozen=True)
class PanelSpec:
    """What the shell needs to know about a panel, without Qt.

    ``build(params)`` returns the panel's figures for export (the first is the main one),
    each carrying the tables behind it.  It must be deterministic for given params (all
    randomness comes from seeds in the params).
    """

    id: str
    title: str
    params_type: type
    build: Callable[[Any], list[Figure]]
    notice: str  # the "what to notice" help text, plain text with line breaks


class PanelUnavailable(LookupError):
    """Raised for a panel that has not landed yet."""


def load_spec(panel_id: str) -> PanelSpec:
    """Return the spec of ``panel_id`` or raise :class:`PanelUnavailable`."""
    try:
        module_name = PANEL_MODULES[panel_id]
    except KeyError:
        raise PanelUnavailable(f"unknown panel {panel_id!r} (known: {', '.join(PANEL_MODULES)})") from None
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module_name.startswith(exc.name):
            raise PanelUnavailable(f"the {PANEL_TITLES[panel_id]} panel is not available yet") from None
        raise
    return module.SPEC


def available_specs() -> dict[str, PanelSpec]:
    """Every panel that has landed, by id, in the canonical order."""
    out = {}
    for panel_id in PANEL_MODULES:
        try:
            out[panel_id] = load_spec(panel_id)
        except PanelUnavailable:
            continue
    return out
