"""Hostile values: huge integers, exact range messages, deep JSON, BOMs and odd session versions."""

from __future__ import annotations

import json

import pytest

from lab import params as lp
from lab.cli import list_params
from lab.init.spec import InitParams
from lab.pca.params import PcaParams
from lab.session import SessionError, load_session, parse_session

INIT = {i.name: i for i in lp.infos(InitParams)}
PCA = {i.name: i for i in lp.infos(PcaParams)}


def test_ranges_print_exactly_so_just_outside_is_refused_with_a_consistent_message():
    seed, n = INIT["seed"], PCA["n"]
    assert seed.describe_range() == "[0, 2147483647]"
    assert n.describe_range() == "[3, 1000000]"
    with pytest.raises(ValueError) as info:
        lp.parse_text(seed, "2147483648")
    assert str(info.value) == "seed: 2147483648 is outside [0, 2147483647]"
    with pytest.raises(ValueError) as info:
        lp.coerce(n, 1_000_001)
    assert str(info.value) == "n: 1000001 is outside [3, 1000000]"
    assert lp.parse_text(seed, "2147483647") == 2147483647  # the printed end is accepted
    assert "init.seed = 0    [0, 2147483647]" in list_params()


def test_float_bounds_and_values_print_as_shortest_exact_text():
    info = lp.ParamInfo("eps", "float", 1e-5, lo=0.1 + 0.2, hi=1e-5 * 3)
    assert info.describe_range() == "[0.30000000000000004, 3.0000000000000004e-05]"
    with pytest.raises(ValueError) as info:  # with %g both ends would read 0.3
        lp.coerce(lp.ParamInfo("eps", "float", 1.0, lo=0.1 + 0.2), 0.3)
    assert str(info.value) == "eps: 0.3 is outside [0.30000000000000004, inf]"
    assert lp.format_number(2.0**60) == "1.152921504606847e+18"  # not an int pretending to be exact
    assert lp.format_number(1e6) == "1000000"


@pytest.mark.parametrize("value", [10**400, -(10**400), 10**20], ids=["1e400", "-1e400", "1e20"])
def test_huge_integers_give_one_line_not_an_overflow_error(value):
    with pytest.raises(ValueError) as info:
        lp.coerce(INIT["seed"], value)
    text = str(info.value)
    assert text.startswith("seed: ") and "outside [0, 2147483647]" in text and "\n" not in text and len(text) < 120
    with pytest.raises(ValueError, match="outside"):
        lp.coerce(INIT["sigma_large"], value)  # a float parameter: compared exactly, never float(10**400)
    with pytest.raises(ValueError, match="finite numbers"):
        lp.coerce(lp.ParamInfo("xs", "tuple[float]", ()), [1.0, value * 10**300])
    with pytest.raises(ValueError, match="outside"):
        lp.parse_text(INIT["seed"], str(value))


def test_an_int_too_large_for_a_float_in_an_unbounded_float_parameter_is_named():
    with pytest.raises(ValueError, match="too large for a number"):
        lp.coerce(lp.ParamInfo("x", "float", 0.0), 10**400)


def _session(tmp_path, document, *, text: str | None = None, encoding: str = "utf-8"):
    path = tmp_path / "s.json"
    path.write_text(text if text is not None else json.dumps(document), encoding=encoding)
    return path


def test_a_session_with_a_utf8_bom_is_accepted(tmp_path):
    path = _session(tmp_path, {"format": "nn-training-lab-session", "version": 1, "panels": {"init": {"depth": 3}}},
                    encoding="utf-8-sig")
    assert path.read_bytes()[:3] == b"\xef\xbb\xbf"
    loaded, _ = load_session(path)
    assert loaded["init"].depth == 3


@pytest.mark.parametrize("version", [True, False, 1.0, "1", None])
def test_a_session_version_that_is_not_an_integer_is_refused(version):
    with pytest.raises(SessionError, match="unsupported session version"):
        parse_session({"format": "nn-training-lab-session", "version": version, "panels": {}})


def test_deep_json_and_giant_numbers_in_a_session_give_one_line(tmp_path):
    deep = _session(tmp_path, None, text="[" * 200_000)
    with pytest.raises(SessionError, match="nested too deeply"):
        load_session(deep)
    huge = _session(tmp_path, None, text='{"format": "nn-training-lab-session", "version": 1, '
                                         '"panels": {"init": {"seed": 1' + "0" * 400 + "}}}")
    with pytest.raises(SessionError) as info:
        load_session(huge)
    assert "seed" in str(info.value) and "outside" in str(info.value) and len(str(info.value)) < 160
    digits = _session(tmp_path, None, text='{"version": 1' + "0" * 5000 + "}")  # beyond Python's int-parsing limit
    with pytest.raises(SessionError, match="not a usable JSON document"):
        load_session(digits)


def test_restoring_settings_with_a_giant_seed_keeps_the_default_and_names_the_problem():
    # the GUI restores QSettings with strict=False: an OverflowError there broke the Init panel's wiring
    params, problems = lp.from_dict(InitParams, {"seed": 10**400, "depth": 7}, strict=False)
    assert params.seed == InitParams().seed and params.depth == 7
    assert len(problems) == 1 and problems[0].startswith("seed: ") and "outside" in problems[0]
