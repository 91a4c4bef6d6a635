"""A window's start on an existing file paints its sign-in dialog before SQLAlchemy, the
models and the services are imported, and opens the database behind it: run as a person
runs it, in a process of its own (the test process has imported everything already)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from accelerator.db.open import open_database
from accelerator.services import Services
from tests.factories import Factory

pytestmark = pytest.mark.gui

#: Runs ``accelerator --db FILE`` in-process with a QApplication made first, so that an
#: event filter sees the first paint; says what it saw as one line of JSON, then closes.
SCRIPT = r"""
import json, sys
import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
app = QApplication(sys.argv[:1])
seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            top = type(watched.window()).__name__
            if top not in seen:
                seen[top] = {"sqlalchemy": "sqlalchemy" in sys.modules,
                             "models": "accelerator.models" in sys.modules}
                QTimer.singleShot(300, lambda w=watched.window(): answer(w))
        return False

def answer(window):
    if not shiboken6.isValid(window):  # closed by the start itself
        return
    seen[type(window).__name__]["services"] = getattr(window, "services", None) is not None
    seen["window_module"] = "accelerator.ui.main_window" in sys.modules
    if isinstance(window, QDialog):
        window.reject()

watch = Watch()
app.installEventFilter(watch)
from accelerator.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "seen": seen}))
"""


def _start(tmp_path: Path, database: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACCELERATOR_LANG="en")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "--data-dir", str(tmp_path / "data"), "--db",
         str(database)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_sign_in_paints_before_the_database_is_opened_behind_it(
    tmp_path: Path, db_path: Path, make: Factory
) -> None:
    make.user(username="kari", password="correct horse battery")
    result = _start(tmp_path, db_path)
    assert result["code"] == 0  # cancelled
    seen = result["seen"]
    assert isinstance(seen, dict)
    # On the screen before SQLAlchemy and the models were imported...
    assert seen["SignInDialog"] == {"sqlalchemy": False, "models": False, "services": True}
    # ...and by the time it could be answered, the database was open behind it and the
    # window's modules imported.
    assert seen["window_module"] is True
    assert "MainWindow" not in seen


def test_a_file_without_a_coordinator_goes_on_to_the_first_run(
    tmp_path: Path, template_database: Path
) -> None:
    database = tmp_path / "empty.db"
    database.write_bytes(template_database.read_bytes())
    db = open_database(str(database))
    try:
        assert Services(db).auth.needs_first_coordinator()
    finally:
        db.dispose()
    seen = _start(tmp_path, database)["seen"]
    assert isinstance(seen, dict)
    assert [k for k in seen if k.endswith("Dialog")] == ["SignInDialog", "FirstRunDialog"]
    # The sign-in made way for the first coordinator's dialog, on the file opened behind it.
    assert seen["FirstRunDialog"]["services"] is True
    assert "services" not in seen["SignInDialog"]
