"""A coordinator chooses the window's language, and prints a report in the other one.

Norsk bokmål is chosen with the keyboard in View › Language, remembered in settings.json,
and the next start is in bokmål from its first dialog. On the Reports page a report's
language is its own: an English window prints a bokmål report, a bokmål window an English
one, each read back from the saved PDF.
"""

from __future__ import annotations

import json
import os
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from accelerator.cli import main
from accelerator.paths import resolve_paths
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.main_window import MainWindow
from tests.languages import kept_language
from tests.walks.conftest import sign_in_once
from tests.walks.harness import Walk

__all__ = ["kept_language"]

pytestmark = pytest.mark.usefixtures("kept_language")

PASSWORD = "kystlys-demo"  # ingrid, the demo programme's coordinator
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _popup(name: str) -> QMenu | None:
    menu = QApplication.activePopupWidget()
    return menu if isinstance(menu, QMenu) and menu.objectName() == name else None


def _sign_in(walk: Walk) -> Generator[Any, Any, MainWindow]:
    yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
    yield walk.until(
        lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "password",
        "focus on the password, the username remembered",
    )
    yield walk.type(PASSWORD)
    yield walk.press(Qt.Key.Key_Return)
    window: MainWindow = yield walk.until(lambda: walk.window(MainWindow), "the main window")
    return window


def _choose_bokmal(walk: Walk, said: list[str]) -> Walk.Script:
    yield from _sign_in(walk)
    yield walk.press(Qt.Key.Key_V, ALT, note="Alt+V: View")
    view = yield walk.until(
        lambda: (m := QApplication.activePopupWidget()) and isinstance(m, QMenu) and m,
        "the View menu",
    )
    yield walk.press(Qt.Key.Key_L, note="L: Language")
    yield walk.until(lambda: _popup("languageMenu"), "the Language menu")
    yield walk.press(Qt.Key.Key_Down, note="Down: from Follow the system to Norsk bokmål")
    yield walk.press(Qt.Key.Key_Return)
    box = yield walk.until(lambda: walk.modal(QMessageBox), "what the choice does")
    said.append(box.text())
    yield walk.press(Qt.Key.Key_Return, note="Enter: OK")
    yield walk.until(lambda: walk.modal(QMessageBox) is None and view.isHidden(), "back")


def test_bokmal_chosen_in_the_menu_is_the_next_starts_language(
    qtbot: QtBot, data_dir: Path
) -> None:
    sign_in_once(data_dir, "ingrid", PASSWORD)
    said: list[str] = []
    walk = Walk()
    walk.run(lambda: main(["--data-dir", str(data_dir)]), _choose_bokmal(walk, said))
    print(f"language walk: {walk.keys.interactions} interactions: {walk.keys.log}")

    settings = json.loads(resolve_paths(data_dir).settings_file.read_text(encoding="utf-8"))
    assert settings["language"] == "nb"
    [message] = said
    assert "Norwegian bokmål from the next time it starts" in message

    heard: dict[str, str] = {}
    again = Walk()

    def next_start() -> Walk.Script:
        dialog = yield again.until(lambda: again.modal(SignInDialog), "the sign-in dialog")
        heard["cancel"] = dialog.cancel_button.text()

    again.run(lambda: main(["--data-dir", str(data_dir)]), next_start())
    assert heard == {"cancel": "Avbryt"}


def _alt(text: str) -> Qt.Key:
    """The key of a text's underlined letter, in whatever language the window is in."""
    mnemonic = QKeySequence.mnemonic(text)
    assert not mnemonic.isEmpty(), f"{text!r} has no underlined letter"
    key: Qt.Key = mnemonic[0].key()  # type: ignore[index]
    return key


def _buddy_label(window: MainWindow, buddy: QComboBox) -> QLabel:
    return next(label for label in window.findChildren(QLabel) if label.buddy() is buddy)


def _print_in(walk: Walk, report: str) -> Walk.Script:
    window = yield from _sign_in(walk)
    yield walk.press(Qt.Key.Key_4, CTRL, note="Ctrl+4: Reports")
    yield walk.until(lambda: window.current_key() == "reports", "the reports page")
    page = window.reports_page
    combo = page.language_combo
    label = _buddy_label(window, combo).text()
    yield walk.press(_alt(label), ALT, note=f"Alt: {label}")
    yield walk.until(lambda: walk.focused(QComboBox) is combo, "focus on the report's language")
    # The window's language is offered first; the other is one arrow away.
    yield walk.press(Qt.Key.Key_Up if report == "nb" else Qt.Key.Key_Down)
    yield walk.until(lambda: page.report_language() == report, f"the report in {report}")
    generate = page.generate_button.text()
    yield walk.press(_alt(generate), ALT, note=f"Alt: {generate}")
    save = yield walk.until(
        lambda: (b := window.findChild(QPushButton, "saveReport")) and b.isEnabled() and b,
        "the report generated",
        timeout=60,
    )
    yield walk.click(save)
    yield walk.until(lambda: walk.modal(QFileDialog), "the save dialog")
    yield walk.press(Qt.Key.Key_Return)  # the proposed name, in the proposed folder
    yield walk.until(lambda: walk.modal(QFileDialog) is None and save.isEnabled(), "saved")


def _pdfs() -> set[Path]:
    return set(Path(os.environ["HOME"]).rglob("*.pdf"))


@pytest.fixture
def pdfs_before() -> Iterator[set[Path]]:
    """The PDFs under the home folder before the walk; those it saves are removed after."""
    before = _pdfs()
    yield before
    for path in _pdfs() - before:
        path.unlink()


@pytest.mark.parametrize(
    ("window", "report"), [("en", "nb"), ("nb", "en")], ids=["english-window", "bokmal-window"]
)
def test_a_report_is_printed_in_the_language_chosen_on_the_reports_page(
    qtbot: QtBot, data_dir: Path, window: str, report: str, pdfs_before: set[Path]
) -> None:
    sign_in_once(data_dir, "ingrid", PASSWORD)
    heard: list[str] = []

    def in_window(walk: Walk) -> Walk.Script:
        dialog = yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
        heard.append(dialog.cancel_button.text())
        yield from _print_in(walk, report)

    walk = Walk()
    walk.run(lambda: main(["--lang", window, "--data-dir", str(data_dir)]), in_window(walk))
    assert heard == ["Avbryt" if window == "nb" else "Cancel"], "the window's own language"

    [pdf] = sorted(_pdfs() - pdfs_before)
    text = " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages)
    text = " ".join(text.split())
    if report == "nb":
        assert pdf.name.endswith("rapport.pdf"), pdf.name
        assert "Side 1 av" in text and "Page 1 of" not in text
    else:
        assert pdf.name.endswith("report.pdf"), pdf.name
        assert "Page 1 of" in text and "Side 1 av" not in text
