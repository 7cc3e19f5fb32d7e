"""Render every figure of every preset at a small and a large page into one image under ``docs/``.

``PYTHONPATH=$PWD python scripts/contact_sheet.py [--out docs/contact_sheet.png] [--height 220]``

Each figure appears twice side by side, exported at 12×9 cm and at 40×22.5 cm and shown at the
same height: since text follows the page, the two should read alike.  A figure refused at a
page size (too small for its content) shows a grey "refused" tile with the reason.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lab.figures.render import LayoutError, render_bytes  # noqa: E402
from lab.figures.sizes import CM_PER_INCH  # noqa: E402
from lab.registry import load_spec  # noqa: E402
from tests.lab.figure_presets import preset_params  # noqa: E402

PAGES_CM = ((12.0, 9.0), (40.0, 22.5))
PER_ROW = 3  # figure pairs per row


def _tile(fig, width_cm: float, height_cm: float, height_px: int) -> Image.Image:
    dpi = height_px / (height_cm / CM_PER_INCH)
    w, h = round(width_cm / CM_PER_INCH * dpi), height_px
    try:
        data = render_bytes(fig, "png", width_px=w, height_px=h, dpi=dpi)
    except LayoutError as exc:
        tile = Image.new("RGB", (w, h), "#DDDDDD")
        ImageDraw.Draw(tile).multiline_text((8, 8), "refused:\n" + str(exc)[:200], fill="black")
        return tile
    return Image.open(io.BytesIO(data)).convert("RGB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "contact_sheet.png")
    parser.add_argument("--height", type=int, default=220, help="height of each thumbnail in pixels")
    args = parser.parse_args(argv)
    font = ImageFont.load_default()
    cells: list[tuple[str, Image.Image]] = []
    seen: set[tuple[str, str]] = set()
    for panel, preset, params in preset_params():
        for fig in load_spec(panel).figures(params, preset):
            key = (panel, fig.name + ("" if fig.name in ("patches", "preprocess") else preset))
            if key in seen:  # figures that do not depend on the preset, once
                continue
            seen.add(key)
            tiles = [_tile(fig, w, h, args.height) for w, h in PAGES_CM]
            pair = Image.new("RGB", (sum(t.width for t in tiles) + 10, args.height + 18), "white")
            x = 0
            for t in tiles:
                pair.paste(t, (x, 18))
                x += t.width + 10
            ImageDraw.Draw(pair).text((2, 2), f"{panel} · {preset} · {fig.name}   (12×9 cm | 40×22.5 cm)",
                                      fill="black", font=font)
            cells.append((f"{panel}/{preset}/{fig.name}", pair))
            print(f"{panel}/{preset}/{fig.name}", file=sys.stderr)
    width = max(c.width for _, c in cells)
    rows = [cells[i:i + PER_ROW] for i in range(0, len(cells), PER_ROW)]
    sheet = Image.new("RGB", (PER_ROW * (width + 16), len(rows) * (args.height + 34)), "#F4F4F4")
    for r, row in enumerate(rows):
        for c, (_, cell) in enumerate(row):
            sheet.paste(cell, (c * (width + 16) + 8, r * (args.height + 34) + 8))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # 256 colours: the sheet is for looking, and a palette keeps it a few MB smaller in the repository
    sheet.quantize(256, method=Image.Quantize.MEDIANCUT).save(args.out, optimize=True)
    print(f"{args.out}: {len(cells)} figures, {sheet.width}×{sheet.height} px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
