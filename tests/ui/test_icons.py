"""The window's icons are SVG files in resources/icons (accelerator/ui/kit/icons.py), made by
scripts/make_icons.py: every icon the window names has one, and it draws in the colour
asked for, at the sizes the window shows icons in."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from accelerator.domain.enums import Role
from accelerator.services import Services
from accelerator.services.users import actor_of
from accelerator.ui.kit import icons
from accelerator.ui.kit.icons import NAMES, icon, icon_file
from accelerator.ui.main_window import MainWindow
from tests.factories import Factory

UI = Path(icons.__file__).parents[1]


def _named_in_source() -> dict[str, str]:
    """Each glyph written in accelerator/ui (``"mdi6.<name>"``), and where."""
    found: dict[str, str] = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value.startswith("mdi6.")
            ):
                found.setdefault(node.value, f"{path.relative_to(UI)}:{node.lineno}")
    return found


def _icon_calls() -> dict[str, str]:
    """The names given as they are to ``icon(...)`` in accelerator/ui, and where."""
    found: dict[str, str] = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "icon"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(UI)}:{node.lineno}")
    return found


def test_every_icon_the_window_names_has_its_drawing() -> None:
    wanted = {name: "icons.NAMES" for name in NAMES} | _named_in_source()
    assert len(wanted) > 40
    missing = {name: where for name, where in wanted.items() if not icon_file(name).is_file()}
    assert not missing, (
        f"no SVG for {missing}: run .venv/bin/python scripts/make_icons.py to make them"
    )


def test_every_name_given_to_icon_is_an_icon() -> None:
    calls = _icon_calls()
    assert "add" in calls and "mdi6.arrow-left" in calls  # the scan sees both kinds
    unknown = {n: where for n, where in calls.items() if n not in NAMES and "." not in n}
    assert not unknown, f"not in icons.NAMES: {unknown}"


@pytest.mark.parametrize("name", sorted(NAMES))
def test_an_icon_draws_in_the_colour_asked_for(qapp: QApplication, name: str) -> None:
    red = QColor("#c00000")
    for size in (16, 20, 40):
        image = icon(name, red).pixmap(size, size).toImage()
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        pixels = [
            QColor.fromRgba(image.pixel(x, y))
            for x in range(image.width())
            for y in range(image.height())
        ]
        inked = [c for c in pixels if c.alpha() > 0]
        assert len(inked) > size, f"{name} at {size} pixels draws nothing"
        # Only the edges are partly transparent; every pixel is the colour asked for.
        strong = [c for c in inked if c.alpha() >= 128]
        assert strong, f"{name} at {size} pixels is all edge"
        assert all(
            abs(c.red() - red.red()) <= 2 and c.green() <= 2 and c.blue() <= 2 for c in strong
        ), name


def test_a_name_without_a_drawing_shows_no_icon_and_is_noted(qapp: QApplication) -> None:
    assert icon("mdi6.no-such-glyph").isNull()
    assert "mdi6.no-such-glyph" in icons.missing
    icons.missing.discard("mdi6.no-such-glyph")


@pytest.mark.parametrize("role", list(Role))
def test_every_page_finds_its_icons(
    qtbot: QtBot, services: Services, make: Factory, role: Role, tmp_path: Path
) -> None:
    make.company()
    person = make.user(username=f"{role.value}-icons", role=role)
    window = MainWindow(
        services.acting_as(actor_of(person)),
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.show()
    before = set(icons.missing)
    for key in list(window.pages):
        window.go(key)
        QApplication.processEvents()
    assert icons.missing == before, f"no drawing for {icons.missing - before}"
