"""Presets as data: a name, the lecture claim it shows, and the parameter changes that show it.

Every panel lists its presets in its ``params.py`` as ``PRESETS: tuple[Preset, ...]``; the
GUI turns them into buttons (``ui/presets.py``), ``main.py export --preset PANEL:NAME``
applies one before ``--set``, and a session may record the preset it started from.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from lab import params as lp

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


def find(presets: Sequence[Preset], name: str) -> Preset:
    """The preset called ``name`` (``ValueError`` listing the known names otherwise)."""
    for preset in presets:
        if preset.name == name:
            return preset
    raise ValueError(f"unknown preset {name!r} (known: {', '.join(p.name for p in presets)})")


def check(params_type: type, presets: Sequence[Preset]) -> None:
    """Raise ``ValueError`` when a preset names an unknown field or a value out of range."""
    names = [p.name for p in presets]
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate preset names in {names}")
    for preset in presets:
        preset.apply(params_type())
