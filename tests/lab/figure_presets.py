"""Every panel under its defaults and every preset that exists today, as ``(panel, preset, params)``.

The figure lint renders all of them.  The presets still live in four places (PCA and init in
their ``lab`` modules, augmentation pipelines in ``lab.augment.pipeline``, the activation
presets in the UI): switch this to the lab presets registry once it exists (issue #10 moves
every panel's presets into ``lab/<panel>/params.py``).
"""

from __future__ import annotations

import dataclasses
import importlib
from typing import Any

from lab import params as lp


def _activation_presets() -> dict[str, dict[str, Any]]:
    for module, attr in (("lab.activations.params", "PRESETS"), ("ui.panels.activations_controls", "PRESETS")):
        try:
            presets = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):
            continue
        if isinstance(presets, dict):
            return {name: dict(changes) for name, changes in presets.items()}
        return {name: dict(changes) for name, _tip, changes in presets}
    raise LookupError("no activation presets found (lab.activations.params or ui.panels.activations_controls)")


def preset_params() -> list[tuple[str, str, Any]]:
    """``(panel, preset name, params)`` for the defaults and every preset of every panel."""
    from lab.activations.params import ActivationParams
    from lab.augment.pipeline import PRESETS as AUGMENT_PRESETS
    from lab.augment.spec import AugmentParams
    from lab.init.spec import PRESETS as INIT_PRESETS
    from lab.init.spec import InitParams, preset
    from lab.pca.params import PRESETS as PCA_PRESETS
    from lab.pca.params import PcaParams, apply_preset

    out: list[tuple[str, str, Any]] = [("activations", "defaults", ActivationParams())]
    out += [("activations", name, lp.replace(ActivationParams(), **changes))
            for name, changes in _activation_presets().items()]
    out.append(("init", "defaults", InitParams()))
    out += [("init", name, preset(name)) for name in INIT_PRESETS]
    out.append(("init", "compare", dataclasses.replace(preset("Xavier + ReLU"), compare=True)))
    out += [("augment", name, AugmentParams(preset=name)) for name in AUGMENT_PRESETS]
    out.append(("pca", "defaults", PcaParams()))
    out += [("pca", name, apply_preset(PcaParams(), name)) for name in PCA_PRESETS]
    return out
