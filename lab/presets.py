"""Presets as data: a name, the lecture claim it shows, and the parameter changes that show it.

A preset also carries a ``headline`` (the claim as a slide title, with its number) and the
``figure`` whose content shows the claim.  While a preset is *active* (:func:`active`: the
params are still what the preset made) that figure's title is the headline, on screen and in
every export (:func:`retitle`, called through :meth:`lab.registry.PanelSpec.retitle`); once a
change may break the claim, the title falls back to the figure's descriptive one.

Every panel lists its presets in its ``params.py`` as ``PRESETS: tuple[Preset, ...]``; the
GUI turns them into buttons (``ui/presets.py``), ``main.py export --preset PANEL:NAME``
applies one before ``--set``, and a session may record the preset it started from.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from lab import params as lp
from lab.figures.spec import Figure

P = TypeVar("P")


@dataclass(frozen=True)
class Preset:
    """One click that makes one lecture claim visible.

    ``changes`` are applied on top of a base: fields named in ``keeps`` keep their current
    value, all others start from their default (``keeps=()``: from the defaults;
    ``keeps=ALL``: a pure overlay on the current parameters).
    ``settle`` may repair a combination the changes make pointless (e.g. comparing a
    scheme with itself).
    """

    name: str
    claim: str
    changes: Mapping[str, Any]
    keeps: Sequence[str] | str = ()
    settle: Callable[[Any], Any] | None = field(default=None, compare=False)
    #: the claim as a slide title (at most :data:`HEADLINE_MAX` characters, with its number)
    headline: str = ""
    #: the export figure whose content shows the claim ("": no figure does, e.g. a calculator)
    figure: str = ""

    def apply(self, params: P) -> P:
        """``params`` with this preset applied (each change checked against its range)."""
        cls = type(params)
        if self.keeps == ALL:
            base = params
        else:
            kept = {name: getattr(params, name) for name in self.keeps}
            base = dataclasses.replace(cls(), **kept)  # type: ignore[type-var]
        out = lp.replace(base, **self.changes)
        return self.settle(out) if self.settle is not None else out


#: ``Preset(keeps=ALL)``: the changes are laid over the current parameters.
ALL = "*"

#: A headline is a slide title: at most this many characters.
HEADLINE_MAX = 60


def is_active(preset: Preset, params: object) -> bool:
    """Whether ``params`` are still what ``preset`` made: applying it again changes nothing."""
    try:
        return preset.apply(params) == params
    except (ValueError, TypeError):  # e.g. a kept value the preset's changes no longer accept
        return False


def active(presets: Sequence[Preset], params: object, recorded: str = "") -> Preset | None:
    """The preset whose claim ``params`` still show, or ``None``.

    When several match (an overlay preset on top of another), the ``recorded`` one (the last
    preset clicked, or the one a session or ``--preset`` names) wins, else the first listed.
    """
    try:
        return _active_cached(_Same(presets), params, recorded)  # a drag asks ~60×/s for the same params
    except TypeError:  # unhashable params: decide afresh
        return _active(presets, params, recorded)


class _Same:
    """A cache key for a presets tuple by identity (presets hold dicts, so tuples of them do not hash)."""

    __slots__ = ("presets",)

    def __init__(self, presets: Sequence[Preset]) -> None:
        self.presets = presets

    def __hash__(self) -> int:
        return id(self.presets)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.presets is self.presets


@functools.lru_cache(maxsize=64)
def _active_cached(key: _Same, params: object, recorded: str) -> Preset | None:
    return _active(key.presets, params, recorded)


def _active(presets: Sequence[Preset], params: object, recorded: str) -> Preset | None:
    matching = [p for p in presets if is_active(p, params)]
    for preset in matching:
        if preset.name == recorded:
            return preset
    return matching[0] if matching else None


def headline(presets: Sequence[Preset], params: object, figure: str, recorded: str = "") -> str:
    """The title figure ``figure`` gets from the active preset ("" when no active preset's claim is in it)."""
    preset = active(presets, params, recorded)
    return preset.headline if preset is not None and preset.figure == figure and preset.headline else ""


def retitle(figures: Sequence[Figure], presets: Sequence[Preset], params: object,
            recorded: str = "") -> list[Figure]:
    """``figures`` with the active preset's headline as the title of the figure carrying its claim."""
    preset = active(presets, params, recorded)
    if preset is None or not preset.headline:
        return list(figures)
    return [with_title(f, preset.headline) if f.name == preset.figure else f for f in figures]


def with_title(figure: Figure, title: str) -> Figure:
    """``figure`` titled ``title``, its reflowed narrow-page version too (the exporter may use either)."""
    narrow = with_title(figure.narrow, title) if figure.narrow is not None else None
    return dataclasses.replace(figure, title=title, narrow=narrow)


def with_headlines(presets: Sequence[Preset], headlines: Mapping[str, tuple[str, str]]) -> tuple[Preset, ...]:
    """``presets`` with ``headlines[name] = (figure, headline)`` filled in (``KeyError`` if one is missing)."""
    unknown = set(headlines) - {p.name for p in presets}
    if unknown:
        raise KeyError(f"headlines for unknown presets: {sorted(unknown)}")
    return tuple(dataclasses.replace(p, figure=headlines[p.name][0], headline=headlines[p.name][1]) for p in presets)


def find(presets: Sequence[Preset], name: str) -> Preset:
    """The preset called ``name`` (``ValueError`` listing the known names otherwise)."""
    for preset in presets:
        if preset.name == name:
            return preset
    raise ValueError(f"unknown preset {name!r} (known: {', '.join(p.name for p in presets)})")


def check(params_type: type, presets: Sequence[Preset], figures: Sequence[str] | None = None) -> None:
    """Raise ``ValueError`` when a preset names an unknown field or a value out of range, lacks a
    headline (or has one longer than :data:`HEADLINE_MAX`), or names a figure not in ``figures``
    (the names of the panel's figures; ``None``: not checked)."""
    names = [p.name for p in presets]
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate preset names in {names}")
    for preset in presets:
        preset.apply(params_type())
        if not preset.headline.strip():
            raise ValueError(f"preset {preset.name!r} has no headline")
        if len(preset.headline) > HEADLINE_MAX:
            raise ValueError(f"preset {preset.name!r}: headline longer than {HEADLINE_MAX} characters: "
                             f"{preset.headline!r}")
        if figures is not None and preset.figure and preset.figure not in figures:
            raise ValueError(f"preset {preset.name!r}: no figure {preset.figure!r} (known: {', '.join(figures)})")
