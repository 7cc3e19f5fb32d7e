"""Every panel under its defaults and every preset, as ``(panel, preset, params)``.

The presets come from the one registry (``lab.registry`` → each spec's ``presets``, declared
as data in ``lab/<panel>/params.py``), so a preset added anywhere is linted automatically.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from lab.registry import available_specs


def preset_params() -> list[tuple[str, str, Any]]:
    """``(panel, preset name, params)`` for the defaults and every preset of every panel."""
    out: list[tuple[str, str, Any]] = []
    for panel_id, spec in available_specs().items():
        defaults = spec.params_type()
        out.append((panel_id, "defaults", defaults))
        out += [(panel_id, p.name, p.apply(defaults)) for p in getattr(spec, "presets", ())]
    init = [params for panel, name, params in out if panel == "init" and name == "Xavier + ReLU"]
    if init:
        out.append(("init", "compare", dataclasses.replace(init[0], compare=True)))
    return out
