"""Tests that change the language put it back: the rest of the suite reads English.

``kept_language`` is a fixture for any test that speaks bokmål, opens the window (which
speaks its language for its life) or chooses a language in it: afterwards the process's
language, the window's translator and Qt's locale are as the test found them, and the
suite's English is checked, not assumed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from accelerator import i18n
from accelerator.ui import translator


@pytest.fixture
def kept_language(qapp: QApplication) -> Iterator[None]:
    before = i18n.current_language()
    with translator.kept():
        yield
    assert i18n.current_language() == before
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == (
        "Avbryt" if before == "nb" else "Cancel"
    )
