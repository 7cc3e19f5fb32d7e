"""Collect every user-visible string of the lab's panels at run time (for the translation test).

Figures are built through each panel's spec for the defaults and for every preset, so a
title a helper adds tomorrow is found without anyone listing it.  ``python -m lab.i18n_strings``
prints the strings that have no Korean entry as lines ready to paste into :mod:`lab.i18n_ko`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from lab import i18n
from lab import params as lp
from lab.registry import PANELS, available_specs
from lab.tour import tour


def _add(out: dict[str, str], where: str, texts: Iterable[str]) -> None:
    for text in texts:
        if isinstance(text, str) and text.strip():
            out.setdefault(text, where)


def collect(figures: bool = True) -> dict[str, str]:
    """``{text: where it was found}`` for panel titles, notices, presets, params, the tour, figures and the CLI's help."""
    out: dict[str, str] = {}
    _add(out, "registry", [p.title for p in PANELS])
    for k, step in enumerate(tour(), start=1):  # the notes dock shows these beside the plots
        _add(out, f"tour step {k}", [step.section, step.title, step.text])
    for panel_id, spec in available_specs().items():
        _add(out, f"{panel_id}: title/notice", [spec.title, spec.notice])
        for preset in spec.presets:
            _add(out, f"{panel_id}: preset", [preset.name, preset.claim, preset.headline])
        for info in lp.infos(spec.params_type):
            _add(out, f"{panel_id}.{info.name}",
                 [info.label or info.name, info.help, info.unit, info.placeholder,
                  *(info.choice_labels or info.choices or ())])
        if not figures:
            continue
        runs = [("defaults", spec.params_type())] + [(p.name, p.apply(spec.params_type())) for p in spec.presets]
        for name, params in runs:
            for fig in spec.figures(params, name):
                _add(out, f"{panel_id} figure {fig.name} ({name})", i18n.figure_texts(fig))
    if figures and "train" in available_specs():
        _add_live_training(out)
    if "augment" in available_specs():
        _add_augment_steps(out)
    from lab.cli import build_parser  # python main.py export --help

    _add(out, "export --help", build_parser().texts)
    return out


def _add_augment_steps(out: dict[str, str]) -> None:
    """The pipeline editor's words: pipeline presets, step kinds, their options and choices."""
    from lab.augment.pipeline import PRESETS
    from lab.augment.steps import STEP_KINDS

    _add(out, "augment: pipeline preset", list(PRESETS))
    for kind, spec in STEP_KINDS.items():
        _add(out, f"augment step {kind}", [spec.title, spec.help])
        for opt in spec.options:
            _add(out, f"augment step {kind}.{opt.name}", [opt.name.replace("_", " "), opt.help, *opt.choices])


def _add_live_training(out: dict[str, str]) -> None:
    """The training panel's live figures while runs arrive (waiting, training…, step k / n) and when done."""
    from lab.train.compute import train
    from lab.train.live import LiveRuns
    from lab.train.params import TrainParams

    params = TrainParams(activations=("relu", "tanh", "sigmoid"), schemes=("glorot_normal",), steps=40, n_per_class=20)
    live, run = LiveRuns(params), train(params)
    while True:
        try:
            live.add(next(run))
        except StopIteration as done:
            live.finish(done.value)
            break
        for fig in (live.curves(), live.regions(), live.steps()):
            _add(out, f"train live figure {fig.name}", i18n.figure_texts(fig))
    for fig in (live.curves(), live.regions(), live.steps()):
        _add(out, f"train live figure {fig.name} (done)", i18n.figure_texts(fig))


def untranslated(texts: dict[str, str]) -> dict[str, str]:
    """The pieces of ``texts`` without a Korean entry, each with where it was found."""
    gaps: dict[str, str] = {}
    for text, where in texts.items():
        for piece in i18n.missing(text):
            gaps.setdefault(piece, where)
    return gaps


def paste_lines(gaps: dict[str, str]) -> str:
    """Catalog lines for ``gaps`` (``EXACT`` entries with an empty translation to fill in)."""
    return "\n".join(f"    {text!r}: '',  # {where}" for text, where in sorted(gaps.items()))


if __name__ == "__main__":  # pragma: no cover - a maintainer's tool
    gaps = untranslated(collect())
    print(paste_lines(gaps))
    sys.exit(1 if gaps else 0)
