"""Translations of the lab's words, keyed by the English source text (no Qt).

Every user-visible English string stays where it is written (figure builders, presets,
param declarations, panel titles, notices); the translation is applied afterwards, at the
few places text is shown: :func:`translate_figure` on a built :class:`~lab.figures.Figure`
(the live view and the exporter both call it), :func:`tr` for everything else.  The catalog
(:mod:`lab.i18n_ko`) is data: an exact ``{English: Korean}`` table plus templates such as
``"{name}: saturated {pct}"`` for text carrying numbers; a ``{field}`` of a template is
translated itself (a function's name) or kept (a number).  Multi-line text is translated
line by line, so a new line in a notice needs one new entry, not a new paragraph.

Text made only of names the lecture keeps in English (ReLU, Xavier, PCA, …), numbers and
symbols needs no entry.  :func:`missing` lists the pieces of a text that have none.

The current language is process-wide.  :func:`set_language` also sets ``NNLAB_LANG`` in the
environment so the export process the GUI spawns renders in the same language.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterator
from functools import lru_cache

from lab import i18n_ko_messages
from lab.figures import spec as fs

LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어"}
ENV = "NNLAB_LANG"


def _valid(lang: str | None) -> str:
    return lang if lang in LANGUAGES else "en"


_state = {"lang": _valid(os.environ.get(ENV))}


def language() -> str:
    """The current language code (``"en"`` or ``"ko"``)."""
    return _state["lang"]


def set_language(lang: str) -> None:
    """Make ``lang`` current (unknown codes fall back to English) for this process and its children."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (use one of {', '.join(LANGUAGES)})")
    _state["lang"] = lang
    os.environ[ENV] = lang


# --- the catalog ---------------------------------------------------------------------------

# Names the lecture itself keeps in English, and symbols: text made only of these needs no entry.
_KEEP_WORDS = re.compile(
    r"(?i)\S+\.(?:jpe?g|png|gif|bmp|tiff?|webp|csv|json)\b|\b(?:Leaky ReLU|ReLU|PReLU|ELU|SELU|GELU|SiLU|Swish|Maxout|Softplus|tanh|sigmoid|Sigmoid|Xavier|Glorot|"
    r"Kaiming|He|MSRA|LeCun|PCA|ZCA|SVD|RGB|CSV|PNG|SVG|PDF|DPI|MLP|SGD|Adam|NaN|std|var|exp|log|max|min|"
    r"ln|px|cm|dB|ms|Lab|NN|Ctrl|Shift|Alt|PyTorch|NumPy|sklearn|scikit-learn|AlexNet|ResNet|VGG|ImageNet|"
    r"MixUp|CutMix|Mish|float32|float64|PC\d*|astronaut|cat|coffee)\b"
    # the inch after a number or alone (a unit list); "in" of a sentence needs an entry; fan-in, fan-out
    r"|(?<=\d) in\b|^in$|\bfan-(?:in|out)\b"
    # identifiers (d_in, key=value pairs of a drawn augmentation step) and file names
    r"|\b\w+_\w+\b|\b[A-Za-z_]\w*=\S*")
_HAS_WORD = re.compile(r"[A-Za-z]{2,}")


def _needs_entry(text: str) -> bool:
    return bool(_HAS_WORD.search(_KEEP_WORDS.sub(" ", text)))


def catalog_entries() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """The whole catalog: exact entries, and templates in the order they are tried.

    Messages (:mod:`lab.i18n_ko_messages`: the command line, errors) come first, then the
    words of the panels (:mod:`lab.i18n_ko`), then the catch-all ``"{where}: {error}"``.
    """
    from lab import i18n_ko

    msg = i18n_ko_messages
    return ({**i18n_ko.EXACT, **msg.EXACT}, (*msg.TEMPLATES, *i18n_ko.TEMPLATES, *msg.LAST))


@dataclasses.dataclass(frozen=True)
class _Template:
    pattern: re.Pattern[str]
    target: str
    fields: tuple[str, ...]
    lists: frozenset[str]  # the separators (", ", "; ") its own words contain
    worded: bool  # has words of its own ("{p} in k = {k}"), not a bare joiner ("{a}, {b}")


@lru_cache(maxsize=1)
def _catalog() -> tuple[dict[str, str], tuple[_Template, ...]]:
    exact, sources = catalog_entries()
    templates = []
    for source, target in sources:
        fields = tuple(re.findall(r"\{(\w+)\}", source))
        pattern = "".join(
            f"(?P<{part}>.+?)" if k % 2 else re.escape(part)
            for k, part in enumerate(re.split(r"\{(\w+)\}", source))
        )
        words = re.sub(r"\{\w+\}", " ", source)
        templates.append(_Template(re.compile(f"^{pattern}$", re.DOTALL), target, fields,
                                   frozenset(sep for sep in (", ", "; ") if sep in words), bool(_HAS_WORD.search(words))))
    return exact, tuple(templates)


_VERBATIM = {name: re.compile(rule) for name, rule in i18n_ko_messages.VERBATIM.items()}


def _balanced(text: str) -> bool:
    """Whether every bracket of ``text`` closes (a field cut out of a list by ", " does not)."""
    depth = {"(": 0, "[": 0, "{": 0}
    closing = {")": "(", "]": "[", "}": "{"}
    for c in text:
        if c in depth:
            depth[c] += 1
        elif c in closing:
            depth[closing[c]] -= 1
            if depth[closing[c]] < 0:
                return False
    return not any(depth.values())


def _fill(template: _Template, match: re.Match[str]) -> str | None:
    """``template``'s translation with the fields ``match`` found, or None when a field does not fit."""
    values = {}
    for name in template.fields:
        value = match.group(name)
        if name in _VERBATIM:  # data shown as it is (a path, a bad value, an OS reason)
            if not _VERBATIM[name].search(value) or not _balanced(value):
                return None  # not this template's data: "[5" of "[5, 400]"
            values[name] = value
            continue
        if len(name) == 1 and template.worded and any(sep in value for sep in {", ", "; "} - template.lists):
            return None  # a value ({k}, {p}) of a phrase is one item: "3, 95% in k = 6" is a list
        values[name], gaps = _translate_ko(value)
        if gaps:
            return None
    return template.target.format(**values)


@lru_cache(maxsize=8192)
def _translate_ko(text: str) -> tuple[str, tuple[str, ...]]:
    """``(translation, missing pieces)`` of ``text``."""
    exact, templates = _catalog()
    if text in exact:
        return exact[text], ()
    stripped = text.strip()
    if not stripped or (stripped not in exact and not _needs_entry(stripped)):
        return text, ()
    if stripped in exact:  # keep the surrounding blanks (indentation of a notice line)
        start = text.index(stripped)
        return text[:start] + exact[stripped] + text[start + len(stripped):], ()
    if "\n" in text:
        parts = [_translate_ko(line) for line in text.split("\n")]
        return "\n".join(p[0] for p in parts), tuple(m for p in parts for m in p[1])
    for template in templates:
        match = template.pattern.match(stripped)
        filled = None if match is None else _fill(template, match)
        if filled is not None:
            start = text.index(stripped)
            return text[:start] + filled + text[start + len(stripped):], ()
    return text, (stripped,)


def tr(text: str, lang: str | None = None) -> str:
    """``text`` in ``lang`` (default: the current language); English text where no entry exists."""
    if (lang or _state["lang"]) == "en" or not text:
        return text
    return _translate_ko(text)[0]


def missing(text: str) -> tuple[str, ...]:
    """The pieces of ``text`` (lines, or the whole) that have no Korean entry."""
    return _translate_ko(text)[1] if text else ()


# --- figures -------------------------------------------------------------------------------

_ITEM_TEXT = ("label", "text")
_AXES_TEXT = ("title", "xlabel", "ylabel")
_FIGURE_TEXT = ("title", "caption")


def _replaced(obj: object, names: tuple[str, ...], lang: str) -> dict[str, str]:
    changes = {}
    for name in names:
        value = getattr(obj, name, None)
        if isinstance(value, str) and value:
            new = tr(value, lang)
            if new != value:
                changes[name] = new
    return changes


def translate_figure(fig: fs.Figure, lang: str | None = None) -> fs.Figure:
    """``fig`` with its titles, caption, labels and texts in ``lang`` (the same object in English).

    Keys, data and the tables behind the figure (the CSV columns) are unchanged, so the live
    view still updates in place and exported numbers read the same in every language.
    """
    lang = lang or _state["lang"]
    if lang == "en":
        return fig
    axes = []
    for ax in fig.axes:
        items = []
        for item in ax.items:
            changes = _replaced(item, _ITEM_TEXT, lang)
            items.append(dataclasses.replace(item, **changes) if changes else item)
        changes = _replaced(ax, _AXES_TEXT, lang)
        axes.append(dataclasses.replace(ax, items=tuple(items), **changes))
    # a figure may carry other arrangements of itself (a reflowed layout for narrow pages)
    nested = {f.name: translate_figure(v, lang) for f in dataclasses.fields(fig)
              if isinstance(v := getattr(fig, f.name), fs.Figure)}
    return dataclasses.replace(fig, axes=tuple(axes), **nested, **_replaced(fig, _FIGURE_TEXT, lang))


def figure_texts(fig: fs.Figure) -> Iterator[str]:
    """Every text a figure shows (titles, caption, axis labels, legend labels, texts)."""
    for name in _FIGURE_TEXT:
        yield getattr(fig, name)
    for f in dataclasses.fields(fig):  # other arrangements of the same figure
        if isinstance(value := getattr(fig, f.name), fs.Figure):
            yield from figure_texts(value)
    for ax in fig.axes:
        for name in _AXES_TEXT:
            yield getattr(ax, name)
        for item in ax.items:
            for name in _ITEM_TEXT:
                value = getattr(item, name, None)
                if isinstance(value, str):
                    yield value
