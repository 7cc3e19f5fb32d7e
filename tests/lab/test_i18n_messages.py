"""The command line and the errors lab/ raises, in Korean: help, argparse's words, file problems.

Each message here is produced by the code that shows it to a user (a bad session file, a
malformed CSV, an image Pillow cannot read, a named pipe, a refused page size), then must
translate completely (no piece left without a Korean entry) and keep its data (file name,
bad value) as it is.  English output stays what it was.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lab import i18n
from lab.cli import build_parser, run_export
from lab.i18n_cli import cli_language, wrap

from .hostile_files import make_fifo

ROOT = Path(__file__).resolve().parents[2]
HANGUL = re.compile("[\uac00-\ud7a3]")
ENGLISH_PHRASE = re.compile(r"\b[a-z]{3,} [a-z]{2,} [a-z]{3,}\b")  # three English words in a row


def korean(message: str) -> str:
    """``message`` in Korean; fails when a piece of it has no entry."""
    assert i18n.missing(message) == (), f"no Korean entry for a piece of {message!r}: {i18n.missing(message)}"
    out = i18n.tr(message, "ko")
    assert HANGUL.search(out), (message, out)
    return out


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


# --- which language the command line speaks ---------------------------------------------------

@pytest.mark.parametrize(("argv", "env", "expected"), [
    (["--lang", "ko"], {}, "ko"),
    (["--out", "x", "--lang=ko"], {"LANG": "en_US.UTF-8"}, "ko"),
    (["--lang", "en"], {"LANG": "ko_KR.UTF-8"}, "en"),
    ([], {"LANG": "ko_KR.UTF-8"}, "ko"),
    ([], {"LC_ALL": "C", "LANG": "ko_KR.UTF-8"}, "en"),  # LC_ALL wins, as in setlocale
    ([], {"NNLAB_LANG": "ko", "LANG": "en_US.UTF-8"}, "ko"),
    ([], {}, "en"),
    (["--lang", "fr"], {}, "en"),  # argparse itself refuses it, in English
])
def test_the_language_comes_from_lang_then_the_locale(argv, env, expected):
    assert cli_language(argv, env) == expected


def test_korean_lines_wrap_by_terminal_columns():
    lines = wrap("가나다라 마바사 아자차카 타파하", 12)  # each syllable two columns wide
    assert lines == ["가나다라", "마바사", "아자차카", "타파하"]


# --- help -----------------------------------------------------------------------------------

def _help(lang: str) -> str:
    return build_parser(lang).format_help()


def test_korean_export_help_has_no_english_sentence_left():
    text = _help("ko")
    assert text.startswith("사용법: python main.py export")
    assert "옵션:" in text and "이 도움말을 보여 주고 끝냄" in text and "예:" in text
    prose = [line for line in text.splitlines() if not line.strip().startswith(("python main.py", "[", "-"))]
    left = [line for line in prose if ENGLISH_PHRASE.search(re.sub(r"--?[\w-]+|\{[^}]*\}|[A-Z][\w.]*", " ", line))]
    assert not left, left
    # the example commands stay runnable
    assert "  python main.py export --panel all --format png,pdf,csv --out slides/" in text


def test_english_export_help_is_argparse_s_own():
    text = _help("en")
    assert not HANGUL.search(text)
    assert text.startswith("usage: python main.py export [-h]")
    assert "\noptions:\n  -h, --help            show this help message and exit\n" in text
    assert "\nexamples:\n  python main.py export --panel all" in text


def test_main_help_follows_the_korean_locale():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "ko_KR.UTF-8", "LC_ALL": "", "NNLAB_LANG": ""}
    out = subprocess.run([sys.executable, "main.py", "--help"], capture_output=True, text=True, cwd=ROOT, env=env,
                         check=True, timeout=60).stdout
    assert out.startswith("사용법: python main.py") and "데이터 증강 패널에서 열 이미지" in out
    assert "창 없이 슬라이드 그림 내보내기: python main.py export --help" in out
    env["LANG"] = "en_US.UTF-8"
    out = subprocess.run([sys.executable, "main.py", "--help"], capture_output=True, text=True, cwd=ROOT, env=env,
                         check=True, timeout=60).stdout
    assert out.startswith("usage: python main.py") and not HANGUL.search(out)


# --- errors on the command line ----------------------------------------------------------------

@pytest.mark.parametrize(("argv", "expected"), [
    (["--lang", "ko", "--lang", "fr"], "python main.py export: 오류: 인수 --lang: 잘못된 선택: 'fr' ('en', 'ko' 중에서 고르세요)"),
    (["--lang", "ko", "--bogus"], "python main.py export: 오류: 알 수 없는 인수: --bogus"),
    (["--lang", "ko", "--dpi", "abc"], "python main.py export: 오류: 인수 --dpi: 잘못된 float 값: 'abc'"),
])
def test_argparse_errors_in_korean(argv, expected, capsys):
    with pytest.raises(SystemExit) as stop:
        run_export(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("사용법: ") and err.rstrip().endswith(expected)


@pytest.mark.parametrize(("args", "english", "korean_text"), [
    ([], "error: --out DIR is required", "오류: --out DIR이 필요합니다"),
    (["--out", "{tmp}", "--set", "activations.mu=abc"],
     "error: --set 'activations.mu=abc': mu: expected a number, got 'abc'",
     "오류: --set 'activations.mu=abc': mu: 수여야 합니다 (받은 값: 'abc')"),
    (["--out", "{tmp}", "--session", "{tmp}/missing.json"],
     "error: --session: cannot read {tmp}/missing.json: no such file",
     "오류: --session: {tmp}/missing.json을(를) 읽을 수 없습니다: 그런 파일이 없습니다"),
    (["--out", "{tmp}", "--panel", "activations", "--figure", "overview", "--size", "2x2cm"],
     "error: activations-overview: a 1.99×1.99 cm page is too small (the plot areas would be too small); "
     "nothing was written for it",
     "오류: activations-overview: 1.99×1.99 cm 페이지는 너무 작습니다 (그래프 영역이 너무 작아집니다); "
     "이 그림은 아무것도 쓰지 않았습니다"),
])
def test_export_errors_in_korean_and_unchanged_in_english(args, english, korean_text, tmp_path, capsys):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert run_export(argv) == 2
    assert capsys.readouterr().err.strip() == english.replace("{tmp}", str(tmp_path))
    assert run_export([*argv, "--lang", "ko"]) == 2
    assert capsys.readouterr().err.strip() == korean_text.replace("{tmp}", str(tmp_path))


def test_list_presets_in_korean(capsys):
    assert run_export(["--list-presets", "--lang", "ko"]) == 0
    out = capsys.readouterr().out
    assert "activations  (활성화 함수)" in out and "  activations:Dead ReLU    활성화 전 값이" in out


# --- errors lab/ raises, as a dialog or the status bar shows them ---------------------------------

def _message(call, *args, **kwargs) -> str:
    with pytest.raises(ValueError) as caught:
        call(*args, **kwargs)
    return str(caught.value)


def test_session_file_problems_translate(tmp_path):
    from lab.session import load_session

    cases = {
        "missing.json": None,
        "not-json.json": "{ nope",
        "other.json": json.dumps({"format": "something else"}),
        "future.json": json.dumps({"format": "nn-training-lab-session", "version": 99, "panels": {}}),
        "bad-value.json": json.dumps({"format": "nn-training-lab-session", "version": 1,
                                      "panels": {"activations": {"mu": "abc"}}}),
        "deep.json": "[" * 100_000 + "]" * 100_000,
    }
    seen = set()
    for name, text in cases.items():
        if text is not None:
            (tmp_path / name).write_text(text, encoding="utf-8")
        message = _message(load_session, tmp_path / name)
        out = korean(message)
        assert (name in message) == (name in out)  # a file named in the message keeps its name
        seen.add(out)
    assert len(seen) == len(cases)
    assert korean(_message(load_session, tmp_path)).endswith("파일이 아니라 폴더입니다")


def test_csv_problems_translate(tmp_path):
    from lab.pca.sources import load_csv_points

    bad_cell = tmp_path / "points.csv"
    bad_cell.write_text("x,y\n1,2\n3,abc\n5,6\n", encoding="utf-8")
    out = korean(_message(load_csv_points, bad_cell))
    assert out == "points.csv, 3행: y의 'abc'은(는) 수가 아닙니다"
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "latin1.csv").write_bytes("x,y\n1,2\n\xe9,3\n".encode("latin-1"))
    (tmp_path / "short.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    for name in ("empty.csv", "latin1.csv", "short.csv", "nothere.csv"):
        assert name in korean(_message(load_csv_points, tmp_path / name))
    assert korean(_message(load_csv_points, bad_cell, "x", "zz")) == (
        "points.csv: 이름이 'zz'인 열이 없습니다 (머리글: x, y); 열 이름이나 1부터 세는 번호를 쓰세요")


def test_image_problems_translate(tmp_path):
    from lab.augment.loading import load_image

    (tmp_path / "text.png").write_text("not an image", encoding="utf-8")
    (tmp_path / "empty.png").write_bytes(b"")
    fifo = make_fifo(tmp_path / "pipe.png")
    assert korean(_message(load_image, tmp_path / "text.png")).endswith(
        "text.png: Pillow가 읽을 수 있는 이미지가 아닙니다 (알 수 없거나 지원하지 않는 형식)")
    assert korean(_message(load_image, tmp_path / "empty.png")).endswith("empty.png: 빈 파일 (0바이트)")
    assert "FIFO" in korean(_message(load_image, fifo))
    assert korean(_message(load_image, tmp_path)).endswith("이미지 파일이 아니라 폴더입니다")


def test_parameter_and_page_problems_translate():
    from lab import params as lp
    from lab.activations.params import ActivationParams
    from lab.figures.sizes import parse_size

    infos = {i.name: i for i in lp.infos(ActivationParams)}
    assert korean(_message(lp.parse_text, infos["mu"], "abc")) == "mu: 수여야 합니다 (받은 값: 'abc')"
    assert korean(_message(lp.parse_text, infos["bins"], "1000")) == "bins: 1000은(는) [5, 400] 범위 밖입니다"
    assert korean(_message(parse_size, "9x")).startswith("잘못된 크기 '9x': ")


def test_export_folder_problems_translate():
    """As root the folder cannot be made read-only here, so the text lab/export.py writes is checked."""
    from lab.export import ExportError

    for reason in ("the folder is read-only (permission denied)", "the disk is full"):
        assert korean(str(ExportError(f"cannot write /slides/a.png: {reason}"))).startswith("/slides/a.png에 쓸 수 없습니다: ")
    # an OS reason the catalog cannot know stays as the OS gave it
    assert korean("cannot create the folder /x/y: Input/output error") == "폴더 /x/y을(를) 만들 수 없습니다: Input/output error"


def test_an_english_title_with_a_colon_is_still_reported_missing():
    """The catch-all "name: problem" keeps only data-like names: an English heading is not hidden."""
    assert i18n.missing("Frobnicated widgets: the file is empty") == ("Frobnicated widgets: the file is empty",)
    assert i18n.missing("mu: the file is empty") == ()


def test_pipeline_file_problems_translate(tmp_path):
    from lab.augment.pipeline import PIPELINE_FORMAT, load_pipeline

    def doc(steps):
        return json.dumps({"format": PIPELINE_FORMAT, "version": 1, "steps": steps})

    cases = {
        "syntax.json": ("{ nope", "syntax.json: 올바른 JSON이 아닙니다 (1행 3열): "),
        "other.json": (json.dumps({"format": "other"}), "other.json: 증강 파이프라인이 아닙니다 (형식 'other')"),
        "kind.json": (doc([{"kind": "zzz"}]), "kind.json: 1단계: 알 수 없는 단계 'zzz'"),
        "p.json": (doc([{"kind": "cutout", "p": 2}]), "p.json: 1단계: cutout: 확률 p는 [0, 1] 안이어야 합니다 (받은 값: 2)"),
        "fill.json": (doc([{"kind": "cutout", "options": {"fill": "pink"}}]),
                      "fill.json: 1단계: cutout: fill은(는) black, gray, noise 중 하나여야 합니다 (받은 값: 'pink')"),
        "steps.json": (json.dumps({"format": PIPELINE_FORMAT, "version": 1, "steps": 3}),
                       "steps.json: 파이프라인 JSON에는 단계 목록이 필요합니다"),
    }
    for name, (text, expected) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        out = korean(_message(load_pipeline, tmp_path / name))
        assert out.endswith(expected) if name != "syntax.json" else expected in out, (name, out)
