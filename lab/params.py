"""Typed, range-checked panel parameters shared by the GUI, sessions, settings and the CLI.

A panel's parameters are a frozen dataclass whose fields are declared with :func:`param`::

    @dataclass(frozen=True)
    class ActivationParams:
        mu: float = param(0.0, lo=-10, hi=10, help="mean of the input distribution")
        functions: tuple[str, ...] = param(("sigmoid", "relu"), choices=FUNCTIONS)

Supported field types: ``bool``, ``int``, ``float``, ``str`` and ``tuple[str, ...]`` /
``tuple[float, ...]``.  ``choices`` restricts a ``str`` (or each element of a tuple).
The same field name is used in the session JSON, in QSettings and by
``main.py export --set PANEL.NAME=VALUE``.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

P = TypeVar("P")

_META = "lab_param"


@dataclass(frozen=True)
class ParamInfo:
    """What a parameter accepts."""

    name: str
    kind: str  # "bool" | "int" | "float" | "str" | "tuple[str]" | "tuple[float]"
    default: Any
    lo: float | None = None
    hi: float | None = None
    choices: tuple[str, ...] | None = None
    help: str = ""
    # How a generated form shows it (ui/form.py); none of these changes what is accepted.
    label: str = ""  # the form's row label (default: the name)
    unit: str = ""  # shown after the number
    step: float | None = None  # spin-box step (default: adaptive)
    decimals: int | None = None  # digits shown for a float (default: 3)
    log: bool = False  # the slider moves logarithmically
    slider: tuple[float, float] | None = None  # the slider's span when it is narrower than lo..hi
    choice_labels: tuple[str, ...] | None = None  # what the form shows for each choice
    placeholder: str = ""  # grey text in an empty text field

    def describe_range(self) -> str:
        """A short human-readable description of the accepted values."""
        if self.choices is not None:
            prefix = "each of " if self.kind.startswith("tuple") else ""
            return prefix + "{" + ",".join(self.choices) + "}"
        if self.kind == "bool":
            return "true|false"
        if self.lo is not None or self.hi is not None:
            lo = "-inf" if self.lo is None else format_number(self.lo)
            hi = "inf" if self.hi is None else format_number(self.hi)
            return f"[{lo}, {hi}]"
        return self.kind


def format_number(value: float) -> str:
    """The exact shortest text of a number: integers as integers, floats as their ``repr``.

    A float with an integral value prints without ``.0`` (``10``, not ``10.0``); integers
    with more than 30 digits are abbreviated, keeping the message on one readable line.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value) if abs(value) < 10**30 else f"{'-' if value < 0 else ''}{str(abs(value))[:6]}… ({len(str(abs(value)))} digits)"
        return text
    value = float(value)
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value)


def param(
    default: Any,
    *,
    lo: float | None = None,
    hi: float | None = None,
    choices: Sequence[str] | None = None,
    help: str = "",
    **display: Any,
) -> Any:
    """Declare a dataclass field as a panel parameter with its default and accepted range.

    ``display`` takes the form hints of :class:`ParamInfo` (``label``, ``unit``, ``step``,
    ``decimals``, ``log``, ``slider``, ``choice_labels``: a mapping choice -> text, ``placeholder``).
    """
    unknown = set(display) - _DISPLAY
    if unknown:
        raise TypeError(f"unknown display hint(s) {', '.join(sorted(unknown))}")
    if isinstance(display.get("choice_labels"), Mapping):
        display["choice_labels"] = tuple(display["choice_labels"][c] for c in choices or ())
    meta = {_META: {"lo": lo, "hi": hi, "choices": tuple(choices) if choices else None, "help": help, **display}}
    return dataclasses.field(default=default, metadata=meta)


_DISPLAY = frozenset({"label", "unit", "step", "decimals", "log", "slider", "choice_labels", "placeholder"})


def _kind(tp: Any) -> str:
    if tp in (bool, int, float, str):
        return tp.__name__
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis and args[0] in (str, float):
            return f"tuple[{args[0].__name__}]"
    raise TypeError(f"unsupported parameter type {tp!r}")


def infos(cls: type) -> list[ParamInfo]:
    """Return the :class:`ParamInfo` of every parameter of a params dataclass, in order."""
    return list(_infos(cls))


@functools.cache
def _infos(cls: type) -> tuple[ParamInfo, ...]:
    """:func:`infos`, worked out once per class (``get_type_hints`` costs ~0.4 ms, and a slider
    change asks for it once per preset through :func:`replace`)."""
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        meta = f.metadata.get(_META, {})
        out.append(
            ParamInfo(
                name=f.name,
                kind=_kind(hints[f.name]),
                default=f.default,
                lo=meta.get("lo"),
                hi=meta.get("hi"),
                choices=meta.get("choices"),
                help=meta.get("help", ""),
                **{k: v for k, v in meta.items() if k in _DISPLAY},
            )
        )
    return tuple(out)


def _shown(value: Any) -> str:
    """``repr`` of a bad value, cut short so a message stays one readable line."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value)
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _check_number(info: ParamInfo, value: float) -> None:
    # int and float compare exactly in Python, so a huge int never goes through float()
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{info.name}: {value!r} is not a finite number")
    if (info.lo is not None and value < info.lo) or (info.hi is not None and value > info.hi):
        raise ValueError(f"{info.name}: {format_number(value)} is outside {info.describe_range()}")


def coerce(info: ParamInfo, value: Any) -> Any:
    """Convert a JSON/Python value to the parameter's type, or raise ``ValueError``."""
    kind = info.kind
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise ValueError(f"{info.name}: expected true or false, got {_shown(value)}")
    if kind == "int":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{info.name}: expected an integer, got {_shown(value)}")
        _check_number(info, value)
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{info.name}: expected a number, got {_shown(value)}")
        _check_number(info, value)
        try:
            return float(value)
        except OverflowError:  # an int beyond the float range, inside an unbounded range
            raise ValueError(f"{info.name}: {format_number(value)} is too large for a number") from None
    if kind == "str":
        if not isinstance(value, str):
            raise ValueError(f"{info.name}: expected text, got {_shown(value)}")
        if info.choices is not None and value not in info.choices:
            raise ValueError(f"{info.name}: {_shown(value)} is not one of {info.describe_range()}")
        return value
    if not isinstance(value, list | tuple):
        raise ValueError(f"{info.name}: expected a list, got {_shown(value)}")
    if kind == "tuple[str]":
        items = tuple(value)
        for item in items:
            if not isinstance(item, str):
                raise ValueError(f"{info.name}: expected text items, got {_shown(item)}")
            if info.choices is not None and item not in info.choices:
                raise ValueError(f"{info.name}: {_shown(item)} is not one of {info.describe_range()}")
        return items
    out = []
    for item in value:
        try:
            number = float(item) if isinstance(item, int | float) and not isinstance(item, bool) else math.nan
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            raise ValueError(f"{info.name}: expected finite numbers, got {_shown(item)}")
        out.append(number)
    return tuple(out)


def parse_text(info: ParamInfo, text: str) -> Any:
    """Parse a command-line value (``--set panel.name=TEXT``) for this parameter."""
    text = text.strip()
    kind = info.kind
    if kind == "bool":
        lowered = text.lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"{info.name}: expected true or false, got {_shown(text)}")
    if kind in ("int", "float"):
        try:
            number = float(text) if kind == "float" else int(text, 10)
        except ValueError:
            raise ValueError(f"{info.name}: expected {'a number' if kind == 'float' else 'an integer'}, got {_shown(text)}") from None
        return coerce(info, number)
    if kind == "str":
        return coerce(info, text)
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if kind == "tuple[float]":
        try:
            return coerce(info, [float(p) for p in parts])
        except ValueError as exc:
            raise ValueError(f"{info.name}: expected comma-separated numbers, got {_shown(text)}") from exc
    return coerce(info, parts)


def to_dict(params: Any) -> dict[str, Any]:
    """Return a JSON-ready dict of a params dataclass (tuples become lists)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(params):
        value = getattr(params, f.name)
        out[f.name] = list(value) if isinstance(value, tuple) else value
    return out


def from_dict(cls: type[P], data: Mapping[str, Any], *, strict: bool = True) -> tuple[P, list[str]]:
    """Build ``cls`` from a mapping, starting from the defaults.

    With ``strict=True`` an unknown name or a bad value raises ``ValueError``.  With
    ``strict=False`` (restoring saved settings) such entries are dropped, the default is
    kept, and a message for each is returned in the list of problems.
    """
    if not isinstance(data, Mapping):
        raise ValueError(f"expected an object of parameters, got {type(data).__name__}")
    by_name = {i.name: i for i in infos(cls)}
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, raw in data.items():
        info = by_name.get(name)
        try:
            if info is None:
                raise ValueError(f"unknown parameter {_shown(name)} (known: {', '.join(by_name)})")
            values[name] = coerce(info, raw)
        except ValueError as exc:
            if strict:
                raise
            problems.append(str(exc))
    try:
        return cls(**values), problems
    except ValueError as exc:  # cross-field validation in __post_init__
        if strict:
            raise
        problems.append(str(exc))
        return cls(), problems


@functools.cache
def _by_name(cls: type) -> Mapping[str, ParamInfo]:
    return {i.name: i for i in _infos(cls)}


def replace(params: P, **changes: Any) -> P:
    """``dataclasses.replace`` with each change checked against its parameter's range."""
    by_name = _by_name(type(params))
    checked = {}
    for name, value in changes.items():
        if name not in by_name:
            raise ValueError(f"unknown parameter {name!r}")
        checked[name] = coerce(by_name[name], value)
    return dataclasses.replace(params, **checked)  # type: ignore[type-var]
