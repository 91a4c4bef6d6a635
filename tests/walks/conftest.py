"""Walks start the program as the ``accelerator`` command does, on a data folder of their
own, usually holding the demo programme (``accelerator demo``)."""

from __future__ import annotations

import contextlib
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from accelerator.cli import main
from accelerator.db.open import open_database
from accelerator.services import Services


@pytest.fixture(scope="session")
def demo_folders(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """A data folder with the demo loaded in a language, made once and copied per walk."""
    made: dict[str, Path] = {}

    def folder(language: str) -> Path:
        if language not in made:
            made[language] = tmp_path_factory.mktemp(f"demo-walk-{language}")
            with contextlib.redirect_stdout(io.StringIO()):
                assert main(["--data-dir", str(made[language]), "--lang", language, "demo"]) == 0
        return made[language]

    return folder


@pytest.fixture
def language() -> str:
    """The language of a walk: English, unless the walk is parametrized over both."""
    return "en"


@pytest.fixture
def data_dir(tmp_path: Path, demo_folders: Callable[[str], Path], language: str) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(demo_folders(language) / "accelerator.db", folder / "accelerator.db")
    return folder


def sign_in_once(data_dir: Path, username: str, password: str) -> None:
    """A first sign-in on this computer, typing the username too, then quitting: after
    it the sign-in dialog knows who comes back (the everyday case the walks count)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
    from accelerator.ui.main_window import MainWindow
    from tests.walks.harness import Walk

    walk = Walk()

    def script() -> Walk.Script:
        yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
        yield walk.until(
            lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "username",
            "focus on the username on a first sign-in",
        )
        yield walk.type(username)
        yield walk.press(Qt.Key.Key_Tab)
        yield walk.type(password)
        yield walk.press(Qt.Key.Key_Return)
        yield walk.until(lambda: walk.window(MainWindow), "the main window")

    walk.run(lambda: main(["--data-dir", str(data_dir)]), script())


def stored(data_dir: Path) -> Services:
    """The database as it is after the walk, read afresh (as the coordinator would)."""
    return Services(open_database(str(data_dir / "accelerator.db")))
