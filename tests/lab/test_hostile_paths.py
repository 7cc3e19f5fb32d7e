"""Hostile paths: named pipes, symlink loops, devices and folders are refused before opening, by name."""

from __future__ import annotations

import json
import os
import sys

import numpy as np
import pytest
from PIL import Image

from lab.augment.image_sets import load_images
from lab.augment.loading import expand_paths, load_image
from lab.paths import check_regular_file, classify_drop, file_problem
from lab.pca.patches import load_rgb
from lab.pca.sources import load_csv_points
from lab.session import SessionError, load_session
from tests.lab.hostile_files import make_fifo, make_symlink_loop

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="named pipes and symlinks are POSIX here")


def test_file_problem_names_each_kind_of_non_regular_file(tmp_path):
    fifo = make_fifo(tmp_path / "pipe.csv")
    loop = make_symlink_loop(tmp_path)
    dangling = tmp_path / "dangling.png"
    dangling.symlink_to(tmp_path / "gone.png")
    regular = tmp_path / "ok.txt"
    regular.write_text("x")
    link = tmp_path / "link.txt"
    link.symlink_to(regular)
    assert "named pipe" in file_problem(fifo)
    assert "symbolic link loop" in file_problem(loop)
    assert "broken symbolic link" in file_problem(dangling) and "gone.png" in file_problem(dangling)
    assert "folder" in file_problem(tmp_path)
    assert file_problem(tmp_path / "nope") == "no such file"
    assert file_problem(regular) is None and file_problem(link) is None  # a link to a file is fine
    if os.path.exists("/dev/zero"):
        assert "device" in file_problem("/dev/zero")
    assert check_regular_file(regular) == 1
    with pytest.raises(ValueError, match=r"ok\.txt: the CSV file is 1 bytes, above the 0 bytes limit"):
        check_regular_file(regular, max_bytes=0, what="CSV file")


def test_a_fifo_csv_is_refused_without_blocking(tmp_path):
    fifo = make_fifo(tmp_path / "points.csv")
    with pytest.raises(ValueError, match=r"points\.csv: is a named pipe \(FIFO\)"):
        load_csv_points(fifo)


def test_a_fifo_session_is_refused_without_blocking(tmp_path):
    fifo = make_fifo(tmp_path / "s.json")
    with pytest.raises(SessionError, match=r"s\.json: is a named pipe"):
        load_session(fifo)


def test_a_fifo_image_is_named_a_pipe_not_an_empty_file(tmp_path):
    fifo = make_fifo(tmp_path / "photo.jpg")
    with pytest.raises(ValueError, match="named pipe") as info:
        load_image(fifo)
    assert "empty" not in str(info.value)
    with pytest.raises(ValueError, match="named pipe"):
        load_rgb(fifo)  # the PCA panel's patch image


def test_a_symlink_loop_is_named_a_loop_not_a_missing_file(tmp_path):
    loop = make_symlink_loop(tmp_path, "photo.jpg")
    for call in (lambda: expand_paths([loop]), lambda: load_image(loop), lambda: load_csv_points(loop)):
        with pytest.raises(ValueError, match="symbolic link loop") as info:
            call()
        assert "no such file" not in str(info.value)
    with pytest.raises(SessionError, match="symbolic link loop"):
        load_session(loop)


def test_devices_and_folders_are_refused_by_name(tmp_path):
    with pytest.raises(ValueError, match="is a folder"):
        load_csv_points(tmp_path)
    with pytest.raises(SessionError, match="is a folder"):
        load_session(tmp_path)
    if os.path.exists("/dev/zero"):
        with pytest.raises(ValueError, match="is a device"):
            load_csv_points("/dev/zero")  # would never end
        with pytest.raises(SessionError, match="is a device"):
            load_session("/dev/zero")


def test_classify_drop_routes_csv_images_sessions_and_names_the_rest(tmp_path):
    csv = tmp_path / "points.csv"
    csv.write_text("x,y\n1,2\n")
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (4, 4)).save(photo)
    renamed = tmp_path / "photo.dat"  # an image by its bytes
    Image.new("RGB", (4, 4)).save(renamed, format="PNG")
    session = tmp_path / "lecture.json"
    session.write_text(json.dumps({"format": "nn-training-lab-session", "version": 1, "panels": {}}))
    pipeline = tmp_path / "pipeline.json"
    pipeline.write_text(json.dumps([{"kind": "hflip"}]))
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.4")
    folder = tmp_path / "photos"
    folder.mkdir()
    Image.new("RGB", (4, 4)).save(folder / "a.png")
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    fifo = make_fifo(tmp_path / "pipe.csv")
    assert classify_drop(csv).kind == "csv"
    assert classify_drop(photo).kind == "image"
    assert classify_drop(renamed).kind == "image"
    assert classify_drop(session).kind == "session"
    assert classify_drop(folder).kind == "image"
    for path, words in ((pipeline, "not an NN Training Lab session"), (notes, "not an image, a CSV"),
                        (empty_folder, "no image files"), (fifo, "named pipe"),
                        (tmp_path / "gone.csv", "no such file")):
        drop = classify_drop(path)
        assert drop.kind is None and words in drop.reason and path.name in drop.reason


def test_load_images_reports_and_never_raises_for_a_bad_file(tmp_path):
    good = tmp_path / "good.png"
    Image.new("RGB", (40, 30), (200, 10, 10)).save(good)
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"junk")
    fifo = make_fifo(tmp_path / "pipe.png")
    requested = [str(good), str(junk), str(fifo), str(tmp_path / "missing.png")]
    before = list(requested)
    loaded = load_images(requested, 64)
    assert requested == before  # nothing the caller gave was changed
    assert [im.name for im in loaded.images] == ["good.png"]
    assert np.array_equal(loaded.images[0].pixels[0, 0], [200, 10, 10])
    assert len(loaded.problems) == 3
    assert any("junk.jpg" in p for p in loaded.problems) and any("named pipe" in p for p in loaded.problems)
    assert loaded.missing == (str(tmp_path / "missing.png"),)
    assert loaded.requested == tuple(before)
