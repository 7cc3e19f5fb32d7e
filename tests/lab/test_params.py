"""Typed parameters: defaults, ranges, parsing of command-line text, lenient restore."""

from __future__ import annotations

import pytest

from lab import params as lp
from tests.lab.fake_panel import FakeParams


def info(name):
    return {i.name: i for i in lp.infos(FakeParams)}[name]


def test_infos_describe_every_field_in_order():
    names = [i.name for i in lp.infos(FakeParams)]
    assert names == ["seed", "n", "scale", "kind", "names", "shown"]
    assert info("n").kind == "int" and info("n").lo == 3 and info("n").hi == 10_000
    assert info("names").kind == "tuple[str]"
    assert info("kind").describe_range() == "{normal,uniform}"
    assert info("scale").describe_range() == "[0, 10]"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [("n", "42", 42), ("scale", "2.5", 2.5), ("scale", "1e-3", 1e-3), ("kind", "uniform", "uniform"),
     ("names", "a,c", ("a", "c")), ("shown", "off", False), ("shown", "TRUE", True)],
)
def test_parse_text_accepts_valid_values(name, text, expected):
    assert lp.parse_text(info(name), text) == expected


@pytest.mark.parametrize(
    ("name", "text", "fragment"),
    [("n", "2", "outside"), ("n", "4.5", "integer"), ("scale", "nan", "finite"), ("scale", "inf", "finite"),
     ("scale", "abc", "number"), ("kind", "poisson", "not one of"), ("names", "a,z", "not one of"),
     ("shown", "maybe", "true or false")],
)
def test_parse_text_rejects_bad_values_with_a_clear_message(name, text, fragment):
    with pytest.raises(ValueError, match=fragment):
        lp.parse_text(info(name), text)


def test_round_trip_through_dict():
    p = FakeParams(seed=7, n=12, scale=0.5, kind="uniform", names=("c",), shown=False)
    restored, problems = lp.from_dict(FakeParams, lp.to_dict(p))
    assert restored == p and problems == []


def test_strict_from_dict_rejects_unknown_and_bad_entries():
    with pytest.raises(ValueError, match="unknown parameter 'bogus'"):
        lp.from_dict(FakeParams, {"bogus": 1})
    with pytest.raises(ValueError, match="expected an integer"):
        lp.from_dict(FakeParams, {"n": "12"})
    with pytest.raises(ValueError, match="expected true or false"):
        lp.from_dict(FakeParams, {"shown": 1})


def test_lenient_from_dict_keeps_good_entries_and_defaults_the_rest():
    restored, problems = lp.from_dict(FakeParams, {"n": 50, "scale": -3.0, "bogus": 1, "kind": 5}, strict=False)
    assert restored.n == 50
    assert restored.scale == FakeParams().scale and restored.kind == FakeParams().kind
    assert len(problems) == 3


def test_replace_checks_ranges():
    p = lp.replace(FakeParams(), n=20)
    assert p.n == 20
    with pytest.raises(ValueError):
        lp.replace(FakeParams(), n=1)
    with pytest.raises(ValueError, match="unknown"):
        lp.replace(FakeParams(), nope=1)


def test_infos_are_worked_out_once_but_handed_out_as_a_fresh_list():
    first = lp.infos(FakeParams)
    first.clear()  # a caller editing its list changes nothing for the next one
    again = lp.infos(FakeParams)
    assert again and again == lp.infos(FakeParams) and again is not lp.infos(FakeParams)
    with pytest.raises(ValueError):  # replace still checks every change against the (cached) ranges
        lp.replace(FakeParams(), **{again[0].name: "not a value"})
