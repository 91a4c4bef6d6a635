"""The window speaks the program's catalogues: one translator over ``accelerator.i18n``.

Qt asks every installed translator for each ``tr()`` and ``translate()``; this one answers
from the same catalogue the services, the command line and the reports read, so a message
a service raises reads the same in a dialog as on the terminal. Qt's own widgets (the
standard buttons, the file and print dialogs, a text field's context menu) are answered
from it too: Qt ships no bokmål, so their texts are in the project's catalogue under
Qt's own contexts (``QPlatformTheme``, ``QFileDialog``...).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from accelerator import i18n

#: Each language by its own name, the same whatever language the window speaks: a person
#: looking for their own language finds it in a window they cannot read.
OWN_NAMES: dict[str, str] = {"nb": "Norsk bokmål", "en": "English"}

#: The Qt locale behind each language: dates, numbers and the calendar's month names.
LOCALES: dict[str, tuple[QLocale.Language, QLocale.Country]] = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class CatalogueTranslator(QTranslator):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.code = language
        self.catalogue = i18n.catalogue(language)

    # None, not "", tells Qt the text is not here, so that it shows the source.
    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        return self.catalogue.lookup(context, source_text, disambiguation or "", n)

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return QLocale(*LOCALES[self.code]).name()


def speak(language: str) -> CatalogueTranslator:
    """Makes ``language`` the program's: its texts, and Qt's dates and numbers."""
    i18n.use_language(language)
    QLocale.setDefault(QLocale(*LOCALES[language]))
    translator = CatalogueTranslator(language)
    app = QCoreApplication.instance()
    if app is not None:
        for old in app.findChildren(CatalogueTranslator):
            QCoreApplication.removeTranslator(old)
            old.setParent(None)
        # Owned by the application, so that it lives as long as the texts it answers.
        translator.setParent(app)
        QCoreApplication.installTranslator(translator)
    return translator


@contextmanager
def kept() -> Iterator[None]:
    """What is spoken now (the process's language, the installed translator, Qt's locale),
    back as it was after the block."""
    app = QCoreApplication.instance()
    before = [t.code for t in app.findChildren(CatalogueTranslator)] if app is not None else []
    language = i18n.current_language()
    locale = QLocale()
    try:
        yield
    finally:
        app = QCoreApplication.instance()  # made within the block, perhaps
        if before:
            speak(before[-1])
        elif app is not None:
            for translator in app.findChildren(CatalogueTranslator):
                QCoreApplication.removeTranslator(translator)
                translator.setParent(None)
        i18n.use_language(language)
        QLocale.setDefault(locale)


@contextmanager
def spoken(language: str) -> Iterator[CatalogueTranslator]:
    """``speak(language)`` for the block (the window's life), then what was spoken before.

    A person's program starts once per process and never needs the way back; a test or a
    walk runs the window many times in one process, and the next one must not inherit
    this one's language, translator or locale."""
    with kept():
        yield speak(language)
