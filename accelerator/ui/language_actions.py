"""View › Language: the language of the window, chosen in the window.

The choice is remembered in ``settings.json`` (``accelerator/settings.py``), which the
command line reads too, and takes effect the next time Accelerator starts: every page,
dialog and menu is worded as it is built, and building them all again in another
language while a person works in them is not worth a window left half in one language.
The message after a choice says so, which language the next start will be in, and when
``ACCELERATOR_LANG`` or the ``--lang`` the window was started with comes before it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

from accelerator import i18n
from accelerator.errors import AcceleratorError
from accelerator.i18n import in_context, marked, translate
from accelerator.settings import save_language, saved_language
from accelerator.ui.translator import OWN_NAMES
from accelerator.ui.window_base import WindowBase

log = logging.getLogger(__name__)

_CONTEXT = "LanguageMenu"
_tr = in_context("LanguageMenu")

#: A language's name inside a sentence, in the language spoken ("norsk bokmål").
_IN_SENTENCE = {
    "nb": marked("LanguageMenu", "Norwegian bokmål"),
    "en": marked("LanguageMenu", "English"),
}


def language_in_sentence(language: str) -> str:
    return translate(_CONTEXT, _IN_SENTENCE[language])


@dataclass(frozen=True)
class LanguageActions:
    menu: QMenu
    #: The choices, by language; None: follow the system.
    choices: dict[str | None, QAction]

    def checked(self) -> str | None:
        """The language checked in the menu; None: follow the system."""
        return next(code for code, action in self.choices.items() if action.isChecked())


def install(window: WindowBase) -> LanguageActions:
    menu = QMenu(_tr("&Language"), window)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    choices: dict[str | None, QAction] = {
        None: QAction(
            _tr("Follow the &system ({0})").format(OWN_NAMES[i18n.system_language()]), group
        ),
    }
    for language in ("nb", "en"):
        # Not translated: each language by its own name.
        choices[language] = QAction("&" + OWN_NAMES[language], group)
    for code, action in choices.items():
        action.setCheckable(True)
        action.setObjectName(f"language_{code or 'system'}")
        menu.addAction(action)
    actions = LanguageActions(menu, choices)
    choices[saved_language(window.paths)].setChecked(True)
    group.triggered.connect(lambda action: choose(window, actions, _code(choices, action)))
    window.view_menu.addSeparator()
    window.view_menu.addMenu(menu)
    return actions


def _code(choices: dict[str | None, QAction], action: QAction) -> str | None:
    return next(code for code, each in choices.items() if each is action)


def choose(window: WindowBase, actions: LanguageActions, language: str | None) -> None:
    """Remember ``language`` (None: follow the system) for the next start, and say so."""
    saved = saved_language(window.paths)
    if language == saved:
        return
    try:
        save_language(window.paths, language)
    except (AcceleratorError, OSError) as error:
        log.warning("the language chosen was not saved: %s", error)
        actions.choices[saved].setChecked(True)
        QMessageBox.warning(
            window,
            _tr("Language"),
            _tr("The language could not be saved: {0}").format(error),
        )
        return
    log.info("language chosen for the next start: %s", language or "the system's")
    QMessageBox.information(window, _tr("Language"), next_start(language, window.language_flag))


def next_start(
    language: str | None, flag: str | None, environ: Mapping[str, str] = os.environ
) -> str:
    """What the message after a choice says: the language of the next start, and what
    comes before the choice (``ACCELERATOR_LANG``, the ``--lang`` of this window)."""
    system = i18n.system_language(environ)
    chosen = language or system
    if language is None:
        said = [
            _tr(
                "Accelerator will follow the system's language from the next time it starts: "
                "{0} on this computer. This window stays as it is."
            ).format(language_in_sentence(system))
        ]
    else:
        said = [
            _tr(
                "Accelerator will be in {0} from the next time it starts. This window stays "
                "as it is."
            ).format(language_in_sentence(language))
        ]
    set_in_environment = i18n.parse_language(environ.get(i18n.ENVIRONMENT))
    if set_in_environment is not None and set_in_environment != chosen:
        said.append(
            _tr(
                "ACCELERATOR_LANG is set to {0} on this computer and comes before this "
                "choice: while it is set, Accelerator starts in {1}."
            ).format(environ[i18n.ENVIRONMENT], language_in_sentence(set_in_environment))
        )
    given = i18n.parse_language(flag)
    if given is not None and given != chosen:
        said.append(
            _tr(
                "This window was started with --lang {0}, which comes before this choice: "
                "started that way, Accelerator is in {1}."
            ).format(flag, language_in_sentence(given))
        )
    return "\n\n".join(said)


__all__ = ["LanguageActions", "choose", "install", "language_in_sentence", "next_start"]
