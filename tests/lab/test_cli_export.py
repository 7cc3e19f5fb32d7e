"""Headless export: files written, sessions reproduce figures, bad arguments exit 2 in one line."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image as PILImage

from lab import params as lp
from lab.cli import run_export
from lab.export import ExportError, ExportOptions, export_figures
from lab.session import SessionError, load_session, save_session
from tests.lab.fake_panel import FakeParams, build

ROOT = Path(__file__).resolve().parents[2]


def test_export_writes_every_format(fake_registry, tmp_path, capsys):
    code = run_export(["--panel", "fake", "--format", "png,svg,pdf,csv", "--out", str(tmp_path / "o"),
                       "--size", "800x450px", "--dpi", "100"])
    assert code == 0
    names = sorted(p.name for p in (tmp_path / "o").iterdir())
    assert names == ["fake-main.pdf", "fake-main.png", "fake-main.svg", "fake-samples.csv",
                     "fake-second.pdf", "fake-second.png", "fake-second.svg"]
    printed = capsys.readouterr().out.split()
    assert len(printed) == 7
    with PILImage.open(tmp_path / "o" / "fake-main.png") as im:
        assert im.size == (800, 450)


def test_set_overrides_reach_the_figure(fake_registry, tmp_path):
    assert run_export(["--panel", "fake", "--format", "csv", "--out", str(tmp_path),
                       "--set", "fake.n=7", "--set", "fake.seed=3"]) == 0
    rows = list(csv.DictReader((tmp_path / "fake-samples.csv").read_text().splitlines()))
    assert len(rows) == 7
    expected = build(FakeParams(n=7, seed=3))[0].tables[0].data[1]
    assert [float(r["value"]) for r in rows] == expected


@pytest.mark.parametrize(
    ("args", "fragment"),
    [(["--set", "fake.bogus=1"], "unknown parameter fake.bogus"),
     (["--set", "fake.n=1"], "outside"),
     (["--set", "fake.n"], "PANEL.PARAM=VALUE"),
     (["--set", "nope.x=1"], "unknown panel"),
     (["--panel", "nope"], "unknown panel"),
     (["--panel", "missing"], "not available yet"),
     (["--format", "gif"], "unknown format"),
     (["--size", "huge"], "bad size"),
     (["--dpi", "5"], "outside"),
     (["--session", "/nonexistent/s.json"], "cannot read")],
)
def test_bad_arguments_exit_2_with_one_line(fake_registry, tmp_path, capsys, args, fragment):
    code = run_export(["--panel", "fake", "--out", str(tmp_path / "o"), *args] if "--panel" not in args
                      else ["--out", str(tmp_path / "o"), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert fragment in err and err.startswith("error: ") and err.count("\n") == 1
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_missing_out_and_argparse_errors_exit_2(fake_registry, capsys):
    assert run_export(["--panel", "fake"]) == 2
    with pytest.raises(SystemExit) as info:
        run_export(["--theme", "neon", "--out", "x"])
    assert info.value.code == 2


def test_all_skips_panels_that_have_not_landed(fake_registry, tmp_path, capsys):
    assert run_export(["--panel", "all", "--format", "csv", "--out", str(tmp_path)]) == 0
    assert "not available yet" in capsys.readouterr().err
    assert (tmp_path / "fake-samples.csv").exists()


def test_list_params_shows_defaults_and_ranges(fake_registry, capsys):
    assert run_export(["--list-params"]) == 0
    out = capsys.readouterr().out
    assert "fake.n = 100    [3, 10000]    number of samples" in out
    assert "fake.names = a,b    each of {a,b,c}" in out
    assert "fake.shown = true" in out
    assert "missing: the Missing panel is not available yet" in out


def test_session_round_trip_reproduces_the_figures(fake_registry, tmp_path):
    params = FakeParams(seed=11, n=33, scale=2.5, kind="uniform", names=("b", "c"), shown=False)
    path = save_session(tmp_path / "s.json", {"fake": params})
    loaded, notes = load_session(path)
    assert loaded == {"fake": params} and notes == []
    assert build(loaded["fake"])[0].tables[0].data == build(params)[0].tables[0].data
    assert run_export(["--panel", "fake", "--format", "csv", "--out", str(tmp_path / "o"), "--session", str(path)]) == 0
    rows = list(csv.DictReader((tmp_path / "o" / "fake-samples.csv").read_text().splitlines()))
    assert [float(r["value"]) for r in rows] == build(params)[0].tables[0].data[1]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [("{not json", "not valid JSON"), ("[]", "not an NN Training Lab session"),
     (json.dumps({"format": "nn-training-lab-session", "version": 99, "panels": {}}), "unsupported session version"),
     (json.dumps({"format": "nn-training-lab-session", "version": 1, "panels": {"zzz": {}}}), "unknown panel"),
     (json.dumps({"format": "nn-training-lab-session", "version": 1, "panels": {"fake": {"n": "x"}}}), "expected an integer")],
)
def test_malformed_sessions_are_refused_clearly(fake_registry, tmp_path, content, fragment):
    path = tmp_path / "s.json"
    path.write_text(content)
    with pytest.raises(SessionError, match=fragment):
        load_session(path)


def test_session_skips_panels_not_landed_with_a_note(fake_registry, tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"format": "nn-training-lab-session", "version": 1,
                                "panels": {"fake": lp.to_dict(FakeParams(n=9)), "missing": {"x": 1}}}))
    loaded, notes = load_session(path)
    assert loaded["fake"].n == 9 and "missing" not in loaded
    assert len(notes) == 1 and "not available yet" in notes[0]


def test_read_only_folder_is_a_clear_error(tmp_path, monkeypatch):
    # Simulated at the point where the file is moved into place (root ignores chmod 0o500).
    import lab.figures.render as rmod

    def denied(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(rmod.os, "replace", denied)
    with pytest.raises(ExportError, match=r"cannot write .*fake-main.png: the folder is read-only"):
        export_figures("fake", build(FakeParams()), tmp_path, ExportOptions(formats=("png",)))
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind


def test_unwritable_target_is_a_clear_error_and_keeps_earlier_files(tmp_path):
    # A folder name that is taken by a file cannot be created: works as root too.
    blocker = tmp_path / "taken"
    blocker.write_text("I am a file")
    with pytest.raises(ExportError, match="cannot create the folder"):
        export_figures("fake", build(FakeParams()), blocker / "sub", ExportOptions(formats=("csv",)))
    assert blocker.read_text() == "I am a file"
    out = tmp_path / "out"
    out.mkdir()
    (out / "fake-main.svg").mkdir()  # the second file's name is taken by a folder
    with pytest.raises(ExportError, match="fake-main.svg"):
        export_figures("fake", build(FakeParams()), out, ExportOptions(formats=("png", "svg")))
    with PILImage.open(out / "fake-main.png") as im:  # the file written before the failure is whole
        im.verify()


def test_cli_in_a_subprocess_needs_no_display_and_no_qt(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = (
        "import sys, runpy; sys.argv = ['main.py', 'export', '--list-params'];"
        "import main; rc = main.main(sys.argv[1:]);"
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules), 'Qt imported';"
        "sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    bad = subprocess.run([sys.executable, "main.py", "export", "--set", "x", "--out", str(tmp_path)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and bad.stderr.startswith("error:")
    helped = subprocess.run([sys.executable, "main.py", "export", "--help"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert helped.returncode == 0 and "--list-params" in helped.stdout and "--set" in helped.stdout
