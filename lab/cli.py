"""``python main.py export``: write slide figures and CSVs without a display."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from lab import params as lp
from lab.export import ALL_FORMATS, ExportError, ExportOptions, export_figures
from lab.figures.sizes import PRESETS, parse_size
from lab.figures.themes import THEMES
from lab.i18n import LANGUAGES, set_language, tr
from lab.i18n_cli import Parser, cli_language
from lab.presets import find
from lab.registry import PANEL_MODULES, PanelSpec, PanelUnavailable, available_specs, load_spec
from lab.session import SessionError, load_session

EXIT_USAGE = 2
EXIT_FAILED = 2  # every failure: exit 2 and one line (a bad value is found late as often as early)


class UsageError(Exception):
    """A bad argument: reported in one line with exit code 2."""


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The argument parser of the ``export`` command, speaking ``lang``."""
    parser = Parser(
        lang=lang,
        raw_description=True,
        prog="python main.py export",
        description="Export slide-ready figures (and the numbers behind them) without opening a window.",
        epilog=(
            "examples:\n"
            "  python main.py export --panel all --format png,pdf,csv --out slides/\n"
            "  python main.py export --panel activations --set activations.mu=1.5 --size 25x14cm --dpi 300 --out out/\n"
            "  python main.py export --panel augment --image photos/ --format png --out out/\n"
            "  python main.py export --panel init --preset 'init:Kaiming + ReLU' --set init.depth=20 --out out/\n"
            "  python main.py export --list-params"
        ),
    )
    panels = ",".join([*PANEL_MODULES, "all"])
    parser.add_argument("--panel", default="all", metavar="{" + panels + "}",
                        help="panel(s) to export, comma-separated (default: all)")
    parser.add_argument("--format", default="png", metavar="FORMATS",
                        help=f"comma-separated formats from {','.join(ALL_FORMATS)} (default: png)")
    parser.add_argument("--out", type=Path, metavar="DIR", help="output folder (created if missing)")
    parser.add_argument("--session", type=Path, metavar="FILE", help="a session file saved by the app (File → Save session…)")
    parser.add_argument("--dpi", type=float, default=200.0, metavar="N", help="resolution for PNG and size units (default: 200)")
    parser.add_argument("--size", default="16:9", metavar="WxH{px,cm,in}",
                        help=f"page size, e.g. 1920x1080px, 25x14cm, 10x5.6in, or a preset: {', '.join(PRESETS)} (default: 16:9 = 9.6x5.4in)")
    parser.add_argument("--theme", default="slide", choices=sorted(THEMES), help="look of the figure (default: slide)")
    parser.add_argument("--transparent", action="store_true", help="transparent background (PNG, SVG, PDF)")
    parser.add_argument("--lang", default="en", choices=sorted(LANGUAGES),
                        help="language of the figures' titles, labels and captions (default: en)")
    parser.add_argument("--set", action="append", default=[], metavar="PANEL.PARAM=VALUE", dest="overrides",
                        help="override a parameter by its session-file name; repeatable (see --list-params)")
    parser.add_argument("--image", action="append", default=[], metavar="PATH",
                        help="image file or folder for the augment panel; repeatable")
    parser.add_argument("--strict", action="store_true",
                        help="fail on the first unusable or missing image instead of skipping it with a note")
    parser.add_argument("--list-params", action="store_true", help="list every parameter with its default and range, then exit")
    parser.add_argument("--preset", action="append", default=[], metavar="PANEL:NAME", dest="presets",
                        help="start a panel from a lecture preset (one per panel, applied before --set; see --list-presets)")
    parser.add_argument("--list-presets", action="store_true", help="list every panel's presets and their claims, then exit")
    parser.add_argument("--figure", action="append", default=[], metavar="NAME", dest="figures",
                        help="export only the figure(s) NAME (e.g. overview, stages; a file is PANEL-NAME.png); repeatable")
    return parser


def list_presets(lang: str = "en") -> str:
    """Every panel's presets, one per line: PANEL:NAME and the lecture claim it shows (in ``lang``)."""
    lines = []
    for panel_id, spec in available_specs().items():
        lines.append(f"{panel_id}  ({tr(spec.title, lang)})")
        lines.extend(f"  {panel_id}:{p.name}    {tr(p.claim, lang)}" for p in spec.presets)
    return "\n".join(lines)


def _apply_presets(texts: Sequence[str], params: dict[str, Any], specs: dict[str, PanelSpec]) -> dict[str, str]:
    """Apply each ``PANEL:NAME``; return ``{panel: preset name}`` (the export titles follow it while it holds)."""
    seen: dict[str, str] = {}
    for text in texts:
        panel_id, sep, name = text.partition(":")
        panel_id, name = panel_id.strip(), name.strip()
        if not sep or not name:
            raise UsageError(f"--preset {text!r}: expected PANEL:NAME (see --list-presets)")
        if panel_id in seen:
            raise UsageError(f"--preset {text!r}: one preset per panel ({panel_id} has one already)")
        seen[panel_id] = name
        try:
            spec = specs.get(panel_id) or load_spec(panel_id)
            preset = find(spec.presets, name)
        except (PanelUnavailable, ValueError) as exc:
            raise UsageError(f"--preset {text!r}: {exc}") from None
        specs[panel_id] = spec
        params[panel_id] = preset.apply(params.get(panel_id, spec.params_type()))
    return seen


def list_params(lang: str = "en") -> str:
    """Every panel's parameters, one per line: name, default, accepted values, help (in ``lang``)."""
    lines = []
    for panel_id in PANEL_MODULES:
        try:
            spec = load_spec(panel_id)
        except PanelUnavailable as exc:
            lines.append(tr(f"{panel_id}: {exc}", lang))
            continue
        lines.append(f"{panel_id}  ({tr(spec.title, lang)})")
        for info in lp.infos(spec.params_type):
            default = lp.to_dict(spec.params_type()).get(info.name)
            shown = ",".join(map(str, default)) if isinstance(default, list) else str(default).lower() if isinstance(default, bool) else str(default)
            lines.append(f"  {panel_id}.{info.name} = {shown}    {info.describe_range()}    {tr(info.help, lang)}".rstrip())
    return "\n".join(lines)


def _selected_panels(text: str) -> list[str]:
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        raise UsageError("--panel is empty")
    if "all" in names:
        return list(PANEL_MODULES)
    for name in names:
        if name not in PANEL_MODULES:
            raise UsageError(f"unknown panel {name!r} (use {', '.join([*PANEL_MODULES, 'all'])})")
    return names


def _apply_override(text: str, params: dict[str, Any], specs: dict[str, PanelSpec]) -> None:
    target, sep, value = text.partition("=")
    shown = text if len(text) <= 60 else text[:57] + "..."
    panel_id, dot, name = target.strip().partition(".")
    if not sep or not dot or not name:
        raise UsageError(f"--set {shown!r}: expected PANEL.PARAM=VALUE")
    if panel_id not in PANEL_MODULES:
        raise UsageError(f"--set {shown!r}: unknown panel {panel_id!r}")
    if panel_id not in specs:
        try:
            specs[panel_id] = load_spec(panel_id)
        except PanelUnavailable as exc:
            raise UsageError(f"--set {shown!r}: {exc}") from None
    spec = specs[panel_id]
    by_name = {i.name: i for i in lp.infos(spec.params_type)}
    if name not in by_name:
        raise UsageError(f"--set {shown!r}: unknown parameter {panel_id}.{name} (see --list-params)")
    current = params.get(panel_id, spec.params_type())
    try:
        params[panel_id] = lp.replace(current, **{name: lp.parse_text(by_name[name], value)})
    except ValueError as exc:
        raise UsageError(f"--set {shown!r}: {exc}") from None


def _apply_images(paths: Sequence[str], params: dict[str, Any], specs: dict[str, PanelSpec]) -> None:
    try:
        spec = specs.get("augment") or load_spec("augment")
    except PanelUnavailable as exc:
        raise UsageError(f"--image: {exc}") from None
    specs["augment"] = spec
    current = params.get("augment", spec.params_type())
    try:
        params["augment"] = lp.replace(current, images=tuple(paths))
    except ValueError as exc:
        raise UsageError(f"--image: {exc}") from None


def _usable_images(params: dict[str, Any], specs: dict[str, PanelSpec], strict: bool) -> list[str]:
    """Decode the augment panel's images like the GUI does: skip unusable ones, one note each.

    Returns the notes; raises :class:`UsageError` when no image is usable, or on the first
    problem with ``strict``.
    """
    spec = specs.get("augment")
    current = params.get("augment")
    if spec is None or current is None or not current.images:
        return []
    from lab.augment.image_sets import load_images

    loaded = load_images(current.images, current.max_side)
    if loaded.problems and (strict or not loaded.images):
        first = loaded.problems[0]
        more = f" (and {len(loaded.problems) - 1} more)" if len(loaded.problems) > 1 else ""
        raise UsageError(first + more)
    try:
        params["augment"] = lp.replace(current, images=tuple(str(im.path) for im in loaded.images))
    except ValueError as exc:
        raise UsageError(f"augment: {exc}") from None
    return [f"augment: skipped {problem}" for problem in loaded.problems]


def run_export(argv: Sequence[str]) -> int:
    """Run the export command; return the process exit code.

    Help and messages speak :func:`~lab.i18n_cli.cli_language` (``--lang``, else the
    locale); the figures speak ``--lang`` (English without it).
    """
    lang = cli_language(argv)
    parser = build_parser(lang)
    args = parser.parse_args(list(argv))  # exits with code 2 on a malformed command line
    set_language(args.lang)
    if args.list_params:
        print(list_params(lang))
        return 0
    if args.list_presets:
        print(list_presets(lang))
        return 0
    try:
        return _export(args, lang)
    except UsageError as exc:
        _error(_one_line(exc), lang)
        return EXIT_USAGE
    except ExportError as exc:
        _error(_one_line(exc), lang)
        return EXIT_FAILED
    except PageTooSmall as exc:
        _error(str(exc), lang)
        return EXIT_USAGE
    except (Exception, RecursionError) as exc:  # never a traceback (NNLAB_DEBUG=1 shows one)
        if os.environ.get("NNLAB_DEBUG"):
            traceback.print_exc()
        print(f"{tr('error', lang)}: {type(exc).__name__}: {_one_line(exc)}", file=sys.stderr)
        return EXIT_FAILED


def _error(message: str, lang: str) -> None:
    print(f"{tr('error', lang)}: {tr(message, lang)}", file=sys.stderr)


def _note(message: str, lang: str) -> None:
    print(f"{tr('note', lang)}: {tr(message, lang)}", file=sys.stderr)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 400 else text[:397] + "..."


def _export(args: argparse.Namespace, lang: str = "en") -> int:
    if args.out is None:
        raise UsageError("--out DIR is required")
    formats = tuple(f.strip().lower() for f in args.format.split(",") if f.strip())
    try:
        size = parse_size(args.size)
        width_px, height_px = size.pixels(args.dpi)
        options = ExportOptions(formats=formats, theme=THEMES[args.theme], width_px=width_px,
                                height_px=height_px, dpi=args.dpi, transparent=args.transparent,
                                figure_names=tuple(args.figures))
    except ValueError as exc:
        raise UsageError(str(exc)) from None

    panel_ids = _selected_panels(args.panel)
    explicit = args.panel.strip() != "all"
    specs: dict[str, PanelSpec] = {}
    notes: list[str] = []
    for panel_id in panel_ids:
        try:
            specs[panel_id] = load_spec(panel_id)
        except PanelUnavailable as exc:
            if explicit:
                raise UsageError(str(exc)) from None
            notes.append(f"{exc}; skipped")
    params: dict[str, Any] = {}
    if args.session is not None:
        try:
            params, session_notes = load_session(args.session)
        except SessionError as exc:
            raise UsageError(f"--session: {exc}") from None
        notes += session_notes
    recorded = _apply_presets(args.presets, params, specs)
    for text in args.overrides:
        _apply_override(text, params, specs)
    if args.image:
        _apply_images(args.image, params, specs)
    if "augment" in panel_ids:
        notes += _usable_images(params, specs, args.strict)
    for note in notes:  # only once every argument has been accepted
        _note(note, lang)

    built: set[str] = set()
    for panel_id in panel_ids:
        spec = specs.get(panel_id)
        if spec is None:
            continue
        try:
            figures = spec.figures(params.get(panel_id, spec.params_type()), recorded.get(panel_id, ""))
        except ValueError as exc:  # e.g. an unusable image or CSV named in the parameters
            raise UsageError(f"{panel_id}: {exc}") from None
        except (Exception, RecursionError) as exc:
            if os.environ.get("NNLAB_DEBUG"):
                traceback.print_exc()
            print(f"{tr('error', lang)}: {panel_id}: {type(exc).__name__}: {_one_line(exc)}", file=sys.stderr)
            return EXIT_FAILED
        built.update({f.name for f in figures})
        for path in _export_sized(panel_id, figures, args.out, options):
            print(path)
        for fig in figures:  # e.g. gradients never computed after the activations overflowed
            gaps = [t.name for t in fig.tables if any(_has_nan(col) for col in t.data)]
            if gaps and "csv" in options.formats:
                _note(f"{panel_id}: NaN in {', '.join(gaps)}: {fig.caption or fig.title}", lang)
    missing = sorted(set(args.figures) - built)
    if missing:
        raise UsageError(f"--figure: no figure named {', '.join(map(repr, missing))} (known: {', '.join(sorted(built))})")
    return 0


def _has_nan(column: Sequence[object]) -> bool:
    try:
        values = np.asarray(column, dtype=np.float64)
    except (TypeError, ValueError):  # a column of names
        return False
    return bool(np.isnan(values).any())


class PageTooSmall(Exception):
    """The page is too small for a figure: reported with the smallest size that works (exit 2)."""


def _export_sized(panel_id: str, figures: list[Any], out: Path, options: ExportOptions) -> list[Path]:
    from lab.figures.render import LayoutError, smallest_page

    try:
        return export_figures(panel_id, figures, out, options)
    except LayoutError as exc:
        name = str(exc).split(":", 1)[0]
        fig = next((f for f in figures if f.name == name), figures[0])
        w, h = options.width_px / options.dpi, options.height_px / options.dpi
        try:
            sw, sh = smallest_page(fig, w, h, theme=options.theme)
            hint = f"; the smallest page that works is about {sw * 2.54:.3g}x{sh * 2.54:.3g}cm (--size {sw * 2.54:.3g}x{sh * 2.54:.3g}cm)"
        except LayoutError:
            hint = ""
        raise PageTooSmall(f"{panel_id}-{exc}{hint}; nothing was written for it") from None
