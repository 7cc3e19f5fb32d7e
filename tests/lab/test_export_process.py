"""Export all in a child process: per-file progress, a clean cancel, failures reported."""

from __future__ import annotations

import time

import pytest
from PIL import Image

from lab.export import ExportOptions
from lab.export_process import ExportProcess
from lab.figures.themes import THEMES
from tests.lab.fake_panel import FakeParams

OPTIONS = ExportOptions(formats=("png", "csv"), theme=THEMES["slide"], width_px=480, height_px=270, dpi=100)


def _drain(export: ExportProcess, timeout_s: float = 60.0) -> list[tuple]:
    messages, deadline = [], time.monotonic() + timeout_s
    while not export.finished and time.monotonic() < deadline:
        messages += export.poll()
        time.sleep(0.02)
    assert export.finished
    return messages


def test_every_file_is_reported_then_done(tmp_path):
    export = ExportProcess([("fake", "tests.lab.fake_panel", FakeParams(n=50))], tmp_path, OPTIONS)
    export.start()
    messages = _drain(export)
    files = [m[1] for m in messages if m[0] == "file"]
    assert messages[-1] == ("done", files)
    assert {p.rsplit("/", 1)[1] for p in files} == {"fake-main.png", "fake-second.png", "fake-samples.csv"}
    with Image.open(tmp_path / "fake-main.png") as im:
        assert im.size == (480, 270)


def test_the_child_renders_in_worker_processes(tmp_path):
    """Export-all (the GUI's path) renders several figures at once on a machine with cores to spare."""
    import os
    import sys

    export = ExportProcess([("fake", "tests.lab.fake_panel", FakeParams(seed=k)) for k in range(3)], tmp_path, OPTIONS)
    export.start()
    messages = _drain(export)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    expected = min(cpus, 4) if sys.platform.startswith("linux") else 1
    assert ("workers", expected) in messages
    assert messages[-1][0] == "done" and len(messages[-1][1]) == 3 * 3  # two PNGs and a CSV per panel
    for path in messages[-1][1]:
        if path.endswith(".png"):
            with Image.open(path) as im:
                assert im.size == (480, 270)


def test_cancel_stops_between_files_and_leaves_only_complete_files(tmp_path):
    jobs = [("fake", "tests.lab.fake_panel", FakeParams(seed=k)) for k in range(20)]
    export = ExportProcess(jobs, tmp_path, OPTIONS)
    export.start()
    export.cancel()
    messages = _drain(export)
    assert messages[-1][0] == "cancelled"
    assert len([m for m in messages if m[0] == "panel"]) < 20
    for path in tmp_path.iterdir():
        assert not path.name.startswith(".")  # no temporary file left behind
        if path.suffix == ".png":
            with Image.open(path) as im:
                im.verify()


def test_a_failure_is_reported_not_lost(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    export = ExportProcess([("fake", "tests.lab.fake_panel", FakeParams())], blocker / "out", OPTIONS)
    export.start()
    kind, text, _written = _drain(export)[-1]
    assert kind == "failed" and "cannot create the folder" in text


def test_export_all_titles_the_claim_of_the_chosen_preset(tmp_path):
    """A job names the preset the user chose: its headline titles the figure carrying its claim."""
    from lab.registry import load_spec

    spec = load_spec("activations")
    preset = next(p for p in spec.presets if p.name == "Sigmoid kills gradients")
    options = ExportOptions(formats=("svg",), theme=THEMES["slide"], width_px=960, height_px=540, dpi=100,
                            figure_names=(preset.figure,), parallel=False)
    export = ExportProcess([("activations", "lab.activations.spec", preset.apply(spec.params_type()), preset.name)],
                           tmp_path, options)
    export.start()
    messages = _drain(export, 120)
    assert messages[-1][0] == "done" and len(messages[-1][1]) == 1
    svg = (tmp_path / f"activations-{preset.figure}.svg").read_text(encoding="utf-8")
    assert "Sigmoid kills gradients" in svg


def _first_slow(job, options):  # a worker's _write: the first figure fails late, the second at once
    path, figure, _fmt = job
    if figure.name == "first":
        time.sleep(0.5)
    return str(path), f"{figure.name} failed"


def test_a_parallel_export_names_the_first_figure_that_failed(tmp_path, monkeypatch):
    """Workers finish in any order: the error names the first failing figure, as a one-process export does."""

    from lab import export
    from lab.figures import Axes, Figure

    monkeypatch.setattr(export, "_write", _first_slow)  # before the fork: the workers run it too
    figures = [Figure(name, (Axes("a", ()),)) for name in ("first", "second")]
    pool = export.RenderPool(ExportOptions(formats=("png",)), workers=2)
    try:
        with pytest.raises(export.ExportError, match="first failed"):
            pool.submit("p", figures, tmp_path, lambda _path: None)
            pool.wait(lambda _path: None)
    finally:
        pool.close()
