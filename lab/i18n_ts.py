"""Write the Qt Linguist source (``resources/i18n/nnlab_ko.ts``) from the Korean catalog (:mod:`lab.i18n`).

The catalog is the one source of every translation; the ``.ts`` is generated from it (all
entries in one context, ``nnlab``, the one ``ui.i18n.tr`` looks up) and ``pyside6-lrelease``
compiles it to the ``.qm`` Qt loads (``scripts/build_translations.py`` does both).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from lab.i18n import catalog_entries

CONTEXT = "nnlab"


def entries() -> list[tuple[str, str]]:
    """Every ``(English, Korean)`` pair: exact entries, then templates, in catalog order."""
    exact, templates = catalog_entries()
    return [*exact.items(), *templates]


def ts_text(language: str = "ko_KR") -> str:
    """The ``.ts`` file: one finished message per catalog entry."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">',
             "<context>", f"    <name>{CONTEXT}</name>"]
    for source, target in entries():
        lines += ["    <message>",
                  f"        <source>{escape(source)}</source>",
                  f"        <translation>{escape(target)}</translation>" if target
                  else '        <translation type="unfinished"></translation>',
                  "    </message>"]
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)
