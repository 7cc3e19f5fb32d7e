"""The command line in the user's language: argparse's own words and a parser that uses them.

``python main.py --help`` and ``python main.py export --help`` (and their error messages)
speak the language :func:`cli_language` finds: ``--lang`` on the command line, else
``NNLAB_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``; ``ko_KR.UTF-8`` →
Korean).  :class:`Parser` passes every text it prints through :func:`lab.i18n.tr`: the help
strings given to it, argparse's own ("usage: ", "options", "unrecognized arguments: …")
and its error messages; English stays byte for byte what argparse prints.  Korean lines are
wrapped by display width (a Hangul syllable takes two terminal columns).
"""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any, NoReturn

from lab.i18n import ENV, LANGUAGES, tr

_LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")


def cli_language(argv: Sequence[str] = (), environ: Mapping[str, str] | None = None) -> str:
    """The language of the command line's messages: ``--lang``, ``NNLAB_LANG``, then the locale."""
    env = os.environ if environ is None else environ
    args = list(argv)
    for k, arg in enumerate(args):
        if arg == "--":
            break
        value = args[k + 1] if arg == "--lang" and k + 1 < len(args) else arg.partition("=")[2] if arg.startswith("--lang=") else None
        if value in LANGUAGES:
            return value
    if env.get(ENV) in LANGUAGES:
        return env[ENV]
    for name in _LOCALE_VARS:  # the first one set decides, as in C's setlocale
        value = env.get(name)
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap of ``text`` to ``width`` terminal columns (wide characters count two)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and _width(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter with a translated "usage: " and wrapping by display width."""

    def __init__(self, prog: str, lang: str = "en", raw: bool = False, **kwargs: Any) -> None:
        super().__init__(prog, **kwargs)
        self._lang, self._raw = lang, raw

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, tr("usage: ", self._lang) if prefix is None else prefix)

    def _format_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None) -> str:
        text = super()._format_usage(usage, actions, groups, prefix)
        extra = _width(prefix or "") - len(prefix or "")  # "사용법: " is 8 columns wide, 5 characters long
        if not extra:
            return text
        first, *rest = text.split("\n")
        return "\n".join([first, *(" " * extra + line if line.strip() else line for line in rest)])

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if self._raw:
            return super()._fill_text(text, width, indent)
        if self._lang == "en":  # argparse.HelpFormatter's own filling
            return argparse.HelpFormatter._fill_text(self, text, width, indent)
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

    def _split_lines(self, text: str, width: int) -> list[str]:
        if self._lang == "en":
            return super()._split_lines(text, width)
        return wrap(text, width)


class Parser(argparse.ArgumentParser):
    """An :class:`argparse.ArgumentParser` that prints in ``lang``.

    ``raw_description`` keeps the description's and epilog's line breaks (as
    :class:`argparse.RawDescriptionHelpFormatter`); help strings are translated by
    :meth:`add_argument`, the description and epilog here.
    """

    def __init__(self, *, lang: str = "en", raw_description: bool = False, description: str | None = None,
                 epilog: str | None = None, **kwargs: Any) -> None:
        self.lang = lang
        self.texts: list[str] = []  # every English text this parser shows (for the catalog's test)
        super().__init__(description=self.tr(description), epilog=self.tr(epilog), add_help=False,
                         formatter_class=partial(_Formatter, lang=lang, raw=raw_description), **kwargs)
        self._positionals.title = self.tr("positional arguments")
        self._optionals.title = self.tr("options")
        self.texts += ["usage: ", "error"]
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="show this help message and exit")

    def tr(self, text: str | None) -> str | None:
        """``text`` in this parser's language; indented lines (example commands) are kept as they are."""
        if text is None:
            return None
        lines = text.split("\n")
        self.texts += [line for line in lines if line.strip() and not line[:1].isspace()]
        return "\n".join(line if line[:1].isspace() else tr(line, self.lang) for line in lines)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:  # type: ignore[override]
        if isinstance(kwargs.get("help"), str) and kwargs["help"] != argparse.SUPPRESS:
            kwargs["help"] = self.tr(kwargs["help"])
        return super().add_argument(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """Print the usage and ``message`` (translated) to stderr; exit with code 2, as argparse does."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {tr('error', self.lang)}: {tr(message, self.lang)}\n")
