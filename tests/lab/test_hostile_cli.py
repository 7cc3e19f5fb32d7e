"""Hostile input through the headless export: skip-and-report like the GUI, exit 2 and one line, never hang."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from lab.cli import run_export
from tests.lab.hostile_files import make_fifo

ROOT = Path(__file__).resolve().parents[2]


def _photos(folder: Path, n: int = 3) -> Path:
    folder.mkdir()
    for i in range(n):
        Image.new("RGB", (48, 32), (60 * i, 90, 120)).save(folder / f"{i}.jpg")
    return folder


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in err, err
    return lines[0]


def test_a_folder_with_one_junk_file_is_exported_and_the_junk_reported(tmp_path, capsys):
    folder = _photos(tmp_path / "photos")
    (folder / "junk.jpg").write_bytes(b"not a jpeg")
    code = run_export(["--panel", "augment", "--format", "csv", "--image", str(folder), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 0
    assert "note: augment: skipped" in err and "junk.jpg" in err
    assert (tmp_path / "o" / "augment-samples.csv").exists()


def test_strict_mode_fails_on_the_junk_file_with_one_line(tmp_path, capsys):
    folder = _photos(tmp_path / "photos")
    (folder / "junk.jpg").write_bytes(b"not a jpeg")
    code = run_export(["--panel", "augment", "--format", "csv", "--strict", "--image", str(folder),
                       "--out", str(tmp_path / "o")])
    assert code == 2
    assert "junk.jpg" in _one_error_line(capsys.readouterr().err)
    assert not (tmp_path / "o").exists()


def test_a_session_naming_a_missing_image_says_which_one(tmp_path, capsys):
    folder = _photos(tmp_path / "photos", 1)
    session = tmp_path / "s.json"
    session.write_text(json.dumps({"format": "nn-training-lab-session", "version": 1, "panels": {
        "augment": {"images": [str(folder / "0.jpg"), str(tmp_path / "holiday.jpg")]}}}))
    code = run_export(["--panel", "augment", "--format", "csv", "--session", str(session), "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 0
    assert "holiday.jpg" in err and "no such file" in err


@pytest.mark.parametrize(
    ("args", "fragment"),
    [(["--set", "init.seed=1" + "0" * 400], "outside [0, 2147483647]"),
     (["--set", "init.seed=2147483648"], "seed: 2147483648 is outside [0, 2147483647]"),
     (["--set", "pca.n=1000001"], "n: 1000001 is outside [3, 1000000]")],
    ids=["401-digit seed", "seed one over", "n one over"],
)
def test_out_of_range_values_exit_2_with_one_exact_line(tmp_path, capsys, args, fragment):
    assert run_export(["--panel", "init", "--out", str(tmp_path / "o"), *args]) == 2
    assert fragment in _one_error_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("[" * 200_000, "nested too deeply"),
     ('{"format": "nn-training-lab-session", "version": 1, "panels": {"init": {"seed": 1' + "0" * 400 + "}}}",
      "outside [0, 2147483647]"),
     ('{"format": "nn-training-lab-session", "version": true, "panels": {}}', "unsupported session version True")],
    ids=["200000 brackets", "401-digit seed", "version true"],
)
def test_hostile_sessions_exit_2_with_one_line(tmp_path, capsys, text, fragment):
    path = tmp_path / "s.json"
    path.write_text(text)
    assert run_export(["--panel", "init", "--session", str(path), "--out", str(tmp_path / "o")]) == 2
    assert fragment in _one_error_line(capsys.readouterr().err)


def test_the_elu_corner_of_the_init_box_exports(tmp_path, capsys):
    code = run_export(["--panel", "init", "--format", "csv", "--set", "init.depth=50", "--set", "init.activation=elu",
                       "--set", "init.scheme=large_gaussian", "--set", "init.sigma_large=5", "--set", "init.elu_alpha=5",
                       "--set", "init.batch=10", "--out", str(tmp_path / "o")])
    assert code == 0, capsys.readouterr().err


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "export", *args, "--out", str(tmp_path / "o")], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are POSIX")
def test_fifos_as_csv_session_and_image_exit_2_at_once(tmp_path):
    csv_fifo = make_fifo(tmp_path / "points.csv", release_after=30)
    session_fifo = make_fifo(tmp_path / "s.json", release_after=30)
    for args, fragment in (
        (["--panel", "pca", "--set", "pca.source=csv", "--set", f"pca.csv_path={csv_fifo}"], "named pipe"),
        (["--session", str(session_fifo)], "named pipe"),
        (["--panel", "augment", "--image", str(csv_fifo)], "named pipe"),
    ):
        proc = _run(args, tmp_path)  # a hang would hit the 60 s timeout
        assert proc.returncode == 2
        assert fragment in _one_error_line(proc.stderr)


def test_a_run_whose_activations_overflow_names_the_layer_beside_the_nan_gradients(tmp_path, capsys):
    # ReLU with σ = 5 overflows float32 before layer 50: no backward pass, so grad_std is NaN
    code = run_export(["--panel", "init", "--format", "csv", "--set", "init.depth=50", "--set", "init.activation=relu",
                       "--set", "init.scheme=large_gaussian", "--set", "init.sigma_large=5", "--set", "init.batch=10",
                       "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 0
    assert "note: init: NaN in layers" in err and "activations inf at layer" in err
