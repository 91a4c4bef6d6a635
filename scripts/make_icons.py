#!/usr/bin/env python3
"""Writes the window's icons as SVG files into resources/icons, from the icon font that
qtawesome ships (Material Design Icons 6.9.96, Apache License 2.0).

    .venv/bin/python scripts/make_icons.py            # every icon the program names
    .venv/bin/python scripts/make_icons.py mdi6.bell  # and these too

The window draws these files (accelerator/ui/kit/icons.py) instead of loading qtawesome and
its eight fonts at every start. Run this after naming a new icon in ``icons.NAMES`` or
as ``icon("mdi6.<name>")``; tests/ui/test_icons.py fails until its file is there.
qtawesome is a development dependency for this script only.

Each file is one path on the font's 24-unit grid, with the same margin qtawesome draws
(the glyph takes 0.875 of the icon's height), in black, which the window replaces by
the palette's colour.
"""

from __future__ import annotations

import ast
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "resources" / "icons"
UI = REPO / "accelerator" / "ui"
FONT = "materialdesignicons6-webfont-6.9.96.ttf"
CHARMAP = "materialdesignicons6-webfont-charmap-6.9.96.json"
EM = 24.0
#: The font's baseline on its 24-unit grid (448 of 512 units from the top).
BASELINE = 21.0
#: qtawesome draws a glyph at 0.875 of the icon's height, centred.
MARGIN = EM * (1 / 0.875 - 1) / 2


def glyphs_in_source() -> set[str]:
    """Every glyph the window names: the values of ``icons.NAMES`` and each
    ``"mdi6.<name>"`` string written in accelerator/ui."""
    from accelerator.ui.kit.icons import NAMES

    found = set(NAMES.values())
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value.startswith("mdi6.")
            ):
                found.add(node.value)
    return found


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def svg_of(path: object) -> str:
    from PySide6.QtGui import QPainterPath

    assert isinstance(path, QPainterPath)
    parts: list[str] = []
    i = 0
    while i < path.elementCount():
        element = path.elementAt(i)
        x, y = _number(element.x), _number(element.y + BASELINE)
        if element.type == QPainterPath.ElementType.MoveToElement:
            parts.append(f"M{x} {y}")
            i += 1
        elif element.type == QPainterPath.ElementType.LineToElement:
            parts.append(f"L{x} {y}")
            i += 1
        else:  # a cubic curve: this element and two of data
            c1, c2 = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(
                f"C{x} {y} {_number(c1.x)} {_number(c1.y + BASELINE)} "
                f"{_number(c2.x)} {_number(c2.y + BASELINE)}"
            )
            i += 3
    start, side = _number(-MARGIN), _number(EM + 2 * MARGIN)
    box = f"{start} {start} {side} {side}"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{box}">'
        f'<path fill="#000000" d="{"".join(parts)}"/></svg>\n'
    )


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qtawesome  # type: ignore[import-untyped]
    from PySide6.QtGui import QFont, QRawFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    fonts = Path(qtawesome.__file__).parent / "fonts"
    charmap = json.loads((fonts / CHARMAP).read_text(encoding="utf-8"))
    font = QRawFont(str(fonts / FONT), EM, QFont.HintingPreference.PreferNoHinting)
    wanted = sorted(glyphs_in_source() | set(argv))
    missing = []
    for glyph in wanted:
        family, _, name = glyph.partition(".")
        if family != "mdi6" or name not in charmap:
            missing.append(glyph)
            continue
        (index,) = font.glyphIndexesForString(chr(int(charmap[name], 16)))
        target = OUT / family / f"{name}.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(svg_of(font.pathForGlyph(index)), encoding="utf-8")
    del app
    print(f"{len(wanted) - len(missing)} icons in {OUT}")
    if missing:
        print("not in Material Design Icons 6.9.96: " + ", ".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
