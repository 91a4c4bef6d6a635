"""The window reads the same catalogue as the core, Qt's own buttons included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from accelerator import i18n
from accelerator.i18n.catalogue import Catalogue, Message
from accelerator.ui.translator import CatalogueTranslator, speak


class _Base(QObject):
    def title(self) -> str:
        return self.tr("Cohort")


class _Derived(_Base):
    pass


@pytest.fixture
def bokmal() -> Iterator[None]:
    saved = dict(i18n._catalogues)
    messages = [
        Message("QPlatformTheme", "Cancel", forms=("Avbryt",), finished=True),
        Message("_Base", "Cohort", forms=("Kull",), finished=True),
        Message(
            "Counts",
            "%n companies",
            numerus=True,
            forms=("%n selskap", "%n selskaper"),
            finished=True,
        ),
    ]
    i18n._catalogues["nb"] = Catalogue("nb", {m.key: m for m in messages})
    before = i18n.current_language()
    speak("nb")
    try:
        yield
    finally:
        speak(before)
        i18n._catalogues.clear()
        i18n._catalogues.update(saved)


@pytest.mark.usefixtures("bokmal")
def test_qts_standard_buttons_speak_bokmal(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Avbryt"


@pytest.mark.usefixtures("bokmal")
def test_a_text_in_a_base_class_is_found_for_an_object_of_a_derived_class() -> None:
    # PySide6 looks a tr() text up under each class of the object's MRO; the catalogue
    # keys it by the class that wrote it (accelerator/i18n/extract.py relies on this).
    assert _Derived().title() == "Kull"
    assert _Base().title() == "Kull"


@pytest.mark.usefixtures("bokmal")
def test_counts_and_the_locale_follow_the_language() -> None:
    assert QCoreApplication.translate("Counts", "%n companies", None, 1) == "1 selskap"
    assert QCoreApplication.translate("Counts", "%n companies", None, 3) == "3 selskaper"
    assert QLocale().language() == QLocale.Language.NorwegianBokmal
    # A text the catalogue lacks shows as written rather than as nothing.
    assert QCoreApplication.translate("Nowhere", "Left as it is") == "Left as it is"


def test_speaking_again_replaces_the_translator_rather_than_stacking_it() -> None:
    app = QCoreApplication.instance()
    assert app is not None
    before = i18n.current_language()
    try:
        speak("nb")
        speak("en")
        assert len(app.findChildren(CatalogueTranslator)) == 1
        assert i18n.current_language() == "en"
        assert QLocale().language() == QLocale.Language.English
    finally:
        speak(before)
