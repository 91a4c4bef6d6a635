"""Walks start the program as the ``accelerator`` command does, on a data folder of their
own, usually holding the demo programme (``accelerator demo``)."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest

from accelerator.cli import main
from accelerator.db.open import open_database
from accelerator.services import Services


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo loaded, made once and copied per walk."""
    folder = tmp_path_factory.mktemp("demo-walk")
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


@pytest.fixture
def data_dir(tmp_path: Path, demo_folder: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(demo_folder / "accelerator.db", folder / "accelerator.db")
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
