"""The panels the lab knows: one declarative list, looked up lazily.

Each :class:`Panel` names the module of its ``lab`` spec (``SPEC: PanelSpec``) and the Qt
widget that shows it (``"module:Class"``; only ``ui`` imports it, ``lab`` never does).  The
ids are used in sessions, settings, dock object names and ``main.py export --panel``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lab import presets
from lab.figures.spec import Figure


@dataclass(frozen=True)
class Panel:
    """One panel of the lab: id, title, its spec module and its widget."""

    id: str
    title: str
    spec: str  # module defining SPEC
    widget: str  # "module:Class" of the Qt widget


PANELS: tuple[Panel, ...] = (
    Panel("activations", "Activations", "lab.activations.spec", "ui.panels.activations:ActivationsPanel"),
    Panel("init", "Initialization", "lab.init.spec", "ui.panels.init:InitPanel"),
    Panel("augment", "Augmentation", "lab.augment.spec", "ui.panels.augment:AugmentPanel"),
    Panel("pca", "PCA & Whitening", "lab.pca.spec", "ui.panels.pca:PcaPanel"),
    Panel("train", "Training", "lab.train.spec", "ui.panels.train:TrainPanel"),
)


class _View(Mapping[str, str]):
    """A read-only ``{panel id: attribute}`` view of :data:`PANELS` (always current)."""

    def __init__(self, attribute: str) -> None:
        self.attribute = attribute

    def __getitem__(self, panel_id: str) -> str:
        for panel in PANELS:
            if panel.id == panel_id:
                return getattr(panel, self.attribute)
        raise KeyError(panel_id)

    def __iter__(self) -> Iterator[str]:
        return iter([p.id for p in PANELS])

    def __len__(self) -> int:
        return len(PANELS)


#: ``{id: spec module}`` and ``{id: title}``, derived from :data:`PANELS`.
PANEL_MODULES: Mapping[str, str] = _View("spec")
PANEL_TITLES: Mapping[str, str] = _View("title")


def panel(panel_id: str) -> Panel:
    """The registry entry of ``panel_id`` (:class:`PanelUnavailable` if unknown)."""
    for p in PANELS:
        if p.id == panel_id:
            return p
    raise PanelUnavailable(f"unknown panel {panel_id!r} (known: {', '.join(p.id for p in PANELS)})")


@dataclass(frozen=True)
class PanelSpec:
    """What the shell needs to know about a panel, without Qt.

    ``build(params)`` returns the panel's figures for export (the first is the main one),
    each carrying the tables behind it.  It must be deterministic for given params (all
    randomness comes from seeds in the params).  ``presets`` are the panel's
    :class:`lab.presets.Preset` (from its ``params.py``).
    """

    id: str
    title: str
    params_type: type
    build: Callable[[Any], list[Figure]]
    notice: str  # the "what to notice" help text, plain text with line breaks
    presets: tuple = ()
    #: the names of every figure ``build`` can return (a preset's ``figure`` must be one of them)
    figure_names: tuple[str, ...] = ()

    def headline(self, params: Any, figure: str, recorded: str = "") -> str:
        """The title the active preset gives figure ``figure`` ("" if none): the one decision of
        which preset is active, shared by the live views and every export."""
        return presets.headline(self.presets, params, figure, recorded)

    def retitle(self, params: Any, figures: Sequence[Figure], recorded: str = "") -> list[Figure]:
        """``figures`` (built for ``params``) with the active preset's headline on the figure that
        carries its claim; ``recorded`` names the preset the params came from, if known."""
        return presets.retitle(figures, self.presets, params, recorded)

    def titled(self, params: Any, figure: Figure, name: str, recorded: str = "") -> Figure:
        """A live view's ``figure`` showing export figure ``name``: titled with the headline while
        the active preset's claim is in it, as it is otherwise."""
        text = self.headline(params, name, recorded)
        return presets.with_title(figure, text) if text else figure

    def figures(self, params: Any, recorded: str = "") -> list[Figure]:
        """The export figures of ``params``: ``build`` then :meth:`retitle`."""
        return self.retitle(params, self.build(params), recorded)


class PanelUnavailable(LookupError):
    """Raised for an unknown panel, or one whose module cannot be imported."""


def load_spec(panel_id: str) -> PanelSpec:
    """Return the spec of ``panel_id`` or raise :class:`PanelUnavailable`."""
    entry = panel(panel_id)
    try:
        module = importlib.import_module(entry.spec)
    except ModuleNotFoundError as exc:
        if exc.name is not None and entry.spec.startswith(exc.name):
            raise PanelUnavailable(f"the {entry.title} panel is not available yet") from None
        raise
    return module.SPEC


def available_specs() -> dict[str, PanelSpec]:
    """Every panel whose spec loads, by id, in the canonical order."""
    out = {}
    for entry in PANELS:
        try:
            out[entry.id] = load_spec(entry.id)
        except PanelUnavailable:
            continue
    return out
