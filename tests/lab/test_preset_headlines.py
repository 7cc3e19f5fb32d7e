"""Preset headlines: each preset states its claim as the title of the figure that shows it, while
the params are still what the preset made; any change that may break the claim brings the
descriptive title back.  The same decision feeds the export (``main.py export --preset``)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from lab import cli
from lab.activations.functions import ACTIVATIONS
from lab.figures import spec as fs
from lab.presets import HEADLINE_MAX, Preset, active, check
from lab.registry import available_specs

SPECS = available_specs()
PRESETS = [(pid, p) for pid, spec in SPECS.items() for p in spec.presets]


def test_every_panel_has_presets_with_headlines() -> None:
    assert set(SPECS) == {"activations", "init", "augment", "pca", "train"}
    assert len(PRESETS) >= 40
    for pid, preset in PRESETS:
        assert 0 < len(preset.headline) <= HEADLINE_MAX, (pid, preset.name)
    for spec in SPECS.values():
        check(spec.params_type, spec.presets, spec.figure_names)


def test_check_rejects_a_bad_headline_or_figure() -> None:
    spec = SPECS["activations"]
    good = spec.presets[0]
    with pytest.raises(ValueError, match="no figure 'nonesuch'"):
        check(spec.params_type, (dataclasses.replace(good, figure="nonesuch"),), spec.figure_names)
    with pytest.raises(ValueError, match="longer than"):
        check(spec.params_type, (dataclasses.replace(good, headline="x" * (HEADLINE_MAX + 1)),))
    with pytest.raises(ValueError, match="no headline"):
        check(spec.params_type, (dataclasses.replace(good, headline=" "),))


#: Headlines quote the lecture's numbers (LECTURE.md), not the code's output.
QUOTED = {
    ("activations", "Sigmoid kills gradients"): "0.25",
    ("activations", "Dead ReLU"): "99.9 %",  # Φ(3) = 0.99865 of N(−3, 1) is below 0
    ("activations", "ELU: near-zero mean"): "0.1605",
    ("activations", "tanh saturates"): "9.87e-3",
    ("activations", "GELU minimum"): "−0.16997",
    ("init", "Kaiming + ReLU"): "0.8256",
    ("init", "Xavier + tanh"): "0.628",
    ("init", "Conv layer fan-in"): "144",  # 3·3·16
    ("pca", "Worked example Σ"): "28.155°",
}


@pytest.mark.parametrize(("panel", "name"), list(QUOTED))
def test_headlines_carry_the_lectures_number(panel: str, name: str) -> None:
    preset = next(p for p in SPECS[panel].presets if p.name == name)
    assert QUOTED[panel, name] in preset.headline


def _cheap(panel: str, preset: Preset) -> bool:
    return panel in ("activations", "pca") or preset.name in ("Conv layer fan-in", "ReLU vs tanh vs sigmoid",
                                                              "Cutout")


@pytest.mark.parametrize(("panel", "preset"), [(pid, p) for pid, p in PRESETS if _cheap(pid, p)],
                         ids=lambda v: v if isinstance(v, str) else v.name)
def test_a_preset_titles_its_figure_in_the_export(panel: str, preset: Preset) -> None:
    spec = SPECS[panel]
    params = preset.apply(spec.params_type())
    assert active(spec.presets, params, preset.name) is preset
    built = spec.build(params)
    figures = spec.figures(params, preset.name)
    assert [f.name for f in figures] == [f.name for f in built]
    assert preset.figure in [f.name for f in figures]  # the named figure exists under the preset
    for plain, titled in zip(built, figures, strict=True):
        if titled.name == preset.figure:
            assert titled.title == preset.headline != plain.title
            if titled.narrow is not None:  # the reflowed version a narrow page gets says it too
                assert titled.narrow.title == preset.headline
        else:
            assert titled.title == plain.title  # only one figure carries the claim


CHANGES = [  # (panel, preset, a change that may break the claim)
    ("activations", "Dead ReLU", {"mu": -1.0}),
    ("activations", "Sigmoid kills gradients", {"functions": ("sigmoid", "relu")}),
    ("activations", "Mini-batch softens the zig-zag", {"zigzag_batch_b": 8}),
    ("pca", "Correlated Gaussian", {"std2": 1.5}),
    ("pca", "Worked example Σ", {"source": "gaussian"}),
    ("pca", "Decision line: centred vs not", {"tilt_deg": 20.0}),
    ("init", "Kaiming + ReLU", {"activation": "tanh"}),
    ("train", "ReLU vs tanh vs sigmoid", {"lr": 0.5}),
    ("augment", "Cutout", {"preset": "Flips & crops"}),
]


@pytest.mark.parametrize(("panel", "name", "change"), CHANGES)
def test_a_change_brings_the_descriptive_title_back(panel: str, name: str, change: dict) -> None:
    spec = SPECS[panel]
    preset = next(p for p in spec.presets if p.name == name)
    params = dataclasses.replace(preset.apply(spec.params_type()), **change)
    found = active(spec.presets, params, name)
    assert found is None or found.figure != preset.figure or found.name != name
    assert spec.headline(params, preset.figure, name) in ("", getattr(found, "headline", ""))
    assert spec.headline(params, preset.figure, name) != preset.headline


def test_an_overlay_preset_survives_a_field_it_does_not_set() -> None:
    spec = SPECS["pca"]
    preset = next(p for p in spec.presets if p.name == "Correlated Gaussian")
    params = preset.apply(spec.params_type())
    # the seed is not part of the claim (keeps=ALL): still active; the shape is: not active
    assert spec.headline(dataclasses.replace(params, seed=7), "stages") == preset.headline
    assert spec.headline(dataclasses.replace(params, rotation_deg=-30.0), "stages") == ""


def test_the_recorded_preset_wins_when_two_match() -> None:
    spec = SPECS["init"]
    kaiming = next(p for p in spec.presets if p.name == "Kaiming + ReLU")
    pooling = next(p for p in spec.presets if p.name.startswith("Pooling"))
    params = pooling.apply(kaiming.apply(spec.params_type()))  # the pooling overlay keeps Kaiming's run
    assert active(spec.presets, params) is kaiming  # first listed
    assert active(spec.presets, params, pooling.name) is pooling
    assert spec.headline(params, "depth", pooling.name) == ""  # the calculator's claim is in no figure
    assert spec.headline(params, "depth") == kaiming.headline


def test_defaults_that_are_a_preset_carry_its_headline() -> None:
    spec = SPECS["pca"]
    assert spec.figures(spec.params_type())[0].title == spec.presets[0].headline  # defaults = "Correlated Gaussian"
    act = SPECS["activations"]
    assert active(act.presets, act.params_type()) is None
    assert act.figures(act.params_type())[1].title.startswith("Activation functions")


def _exported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *args: str) -> list[fs.Figure]:
    seen: list[fs.Figure] = []

    def fake(panel_id, figures, out, options, progress=None):
        seen.extend(figures)
        return []

    monkeypatch.setattr(cli, "export_figures", fake)
    assert cli.run_export(["--out", str(tmp_path), *args]) == 0
    return seen


def test_cli_export_with_a_preset_carries_the_headline(monkeypatch, tmp_path) -> None:
    figures = _exported(monkeypatch, tmp_path, "--panel", "activations", "--preset", "activations:Dead ReLU")
    curves = next(f for f in figures if f.name == "curves")
    assert curves.title == "Dead ReLU: f′ = 0 for 99.9 % of inputs (μ = −3)"
    # --set after the preset moves μ: the claim may no longer hold, the title is descriptive again
    figures = _exported(monkeypatch, tmp_path, "--panel", "activations", "--preset", "activations:Dead ReLU",
                        "--set", "activations.mu=-1")
    assert next(f for f in figures if f.name == "curves").title == "Activation functions: f (solid), f′ (dashed)"


def test_cli_export_of_a_session_with_preset_params_carries_the_headline(monkeypatch, tmp_path) -> None:
    from lab.session import save_session

    spec = SPECS["activations"]
    preset = next(p for p in spec.presets if p.name == "tanh saturates")
    path = save_session(tmp_path / "s.json", {"activations": preset.apply(spec.params_type())},
                        {"activations": preset.name})
    figures = _exported(monkeypatch, tmp_path, "--panel", "activations", "--session", str(path))
    assert next(f for f in figures if f.name == "curves").title == preset.headline


# --- captions name only what is drawn -----------------------------------------------------------

FUNCTION_NAMES = sorted({a.label for a in ACTIVATIONS.values()}, key=len, reverse=True)


def _mentions(text: str) -> set[str]:
    """The activation functions ``text`` names (``ReLU`` inside ``Leaky ReLU`` does not count)."""
    found = set()
    for name in FUNCTION_NAMES:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if name == "ReLU" and text[max(0, m.start() - 6):m.start()] == "Leaky ":
                continue
            found.add(name)
    return found


def _drawn(fig: fs.Figure) -> set[str]:
    """The functions the figure's series, labels and texts name."""
    texts = [ax.title for ax in fig.axes]
    for ax in fig.axes:
        for item in ax.items:
            texts.append(getattr(item, "label", "") or "")
            if isinstance(item, fs.Text):
                texts.append(item.text)
    return set().union(*(_mentions(t) for t in texts))


def test_the_mention_finder() -> None:
    assert _mentions("grey: ReLU dead (f′ = 0)") == {"ReLU"}
    assert _mentions("Leaky ReLU slope 0.01") == {"Leaky ReLU"}
    assert _mentions("ELU vs SELU, sigmoid and tanh(z)") == {"ELU", "SELU", "sigmoid", "tanh"}


def _preset_runs():
    for pid, spec in SPECS.items():
        yield pid, "defaults", spec.params_type()
        for p in spec.presets:
            params = p.apply(spec.params_type())
            if pid == "init":  # the captions do not depend on the batch: 5× cheaper
                params = dataclasses.replace(params, batch=min(params.batch, 200))
            yield pid, p.name, params


@pytest.mark.parametrize(("panel", "name", "params"), list(_preset_runs()),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_captions_and_titles_name_only_functions_that_are_drawn(panel: str, name: str, params) -> None:
    for fig in SPECS[panel].figures(params, name):
        drawn = _drawn(fig)
        extra = _mentions(fig.caption) - drawn
        assert not extra, f"{panel}/{name}/{fig.name}: caption names {sorted(extra)} (drawn: {sorted(drawn)})"
