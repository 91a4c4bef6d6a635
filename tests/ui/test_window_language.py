"""The window speaks the language chosen for it: from the start (Qt's own buttons
included), in its View › Language menu, and on the Reports page, where a report has a
language of its own.

Only texts the catalogue has finished in bokmål are read here (Qt's "Cancel" is "Avbryt",
a report's "Page 1 of 9" is "Side 1 av 9"), so that the test holds while the translators
work.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from accelerator import i18n
from accelerator.cli import main
from accelerator.paths import AppPaths, resolve_paths
from accelerator.services import Services
from accelerator.settings import save_language
from accelerator.ui import application
from accelerator.ui.language_actions import next_start
from accelerator.ui.main_window import MainWindow
from accelerator.ui.translator import CatalogueTranslator, speak
from tests.languages import kept_language
from tests.reports.conftest import flat
from tests.ui.test_reports_page import choose_cohort, generate, open_page

__all__ = ["kept_language"]

pytestmark = pytest.mark.usefixtures("kept_language")


def _cancel_button() -> str:
    parent = QWidget()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    text = button.text()
    parent.deleteLater()
    return text


# --- the start ----------------------------------------------------------------------------


@pytest.fixture
def heard_at_sign_in(
    qapp: QApplication, services: Services, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, object]]:
    """What the window says as its first dialog opens; the dialog is then cancelled."""
    heard: dict[str, object] = {}

    def sign_in(_services: Services) -> None:
        heard["cancel"] = _cancel_button()
        heard["locale"] = QLocale().language()
        heard["language"] = i18n.current_language()
        return None

    monkeypatch.setattr(application, "open_services", lambda _paths, _target, **_options: services)
    monkeypatch.setattr(application, "sign_in", sign_in)
    names = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName())
    yield heard
    qapp.setApplicationName(names[0])
    qapp.setOrganizationName(names[1])
    qapp.setApplicationDisplayName(names[2])


def test_the_window_speaks_the_language_of_the_process_from_its_first_dialog(
    heard_at_sign_in: dict[str, object], tmp_path: Path
) -> None:
    paths = resolve_paths(tmp_path)
    app = QCoreApplication.instance()
    assert app is not None
    translators = app.findChildren(CatalogueTranslator)
    assert _cancel_button() == "Cancel"
    i18n.use_language("nb")  # as the command line does before it opens the window
    assert application.run(paths, str(paths.default_database)) == 0
    assert heard_at_sign_in == {
        "cancel": "Avbryt",
        "locale": QLocale.Language.NorwegianBokmal,
        "language": "nb",
    }
    # Closed, the window leaves the process as it found it (a test's, a walk's).
    assert [t.code for t in app.findChildren(CatalogueTranslator)] == [t.code for t in translators]
    assert i18n.current_language() == "nb"
    i18n.use_language("en")
    assert _cancel_button() == "Cancel"


@pytest.mark.parametrize("how", ["flag", "environment", "setting", "system"])
def test_every_way_of_choosing_bokmal_reaches_the_window(
    how: str,
    heard_at_sign_in: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = ["--data-dir", str(tmp_path)]
    if how == "flag":
        args += ["--lang", "nb"]
    elif how == "environment":
        monkeypatch.setenv(i18n.ENVIRONMENT, "nb")
    elif how == "setting":
        save_language(resolve_paths(tmp_path), "nb")
    else:
        monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    assert main(args) == 0
    assert heard_at_sign_in["cancel"] == "Avbryt"
    assert heard_at_sign_in["language"] == "nb"
    assert _cancel_button() == "Cancel" and i18n.current_language() == "en"


def test_without_a_choice_the_window_is_english(
    heard_at_sign_in: dict[str, object], tmp_path: Path
) -> None:
    assert main(["--data-dir", str(tmp_path)]) == 0
    assert heard_at_sign_in["cancel"] == "Cancel"
    assert heard_at_sign_in["language"] == "en"


# --- View › Language ------------------------------------------------------------------------


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []

    def record(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent: object, title: str, text: str, *_args: object) -> object:
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def _window(
    qtbot: QtBot, services: Services, paths: AppPaths, flag: str | None = None
) -> MainWindow:
    settings = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings, paths, language_flag=flag)
    qtbot.addWidget(window)
    window.show()
    return window


def _saved(paths: AppPaths) -> object:
    if not paths.settings_file.exists():
        return None
    return json.loads(paths.settings_file.read_text(encoding="utf-8")).get("language")


def test_the_language_menu_names_each_language_in_its_own_and_checks_the_saved_choice(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    paths = resolve_paths(tmp_path)
    speak("nb")  # a window in bokmål still says "English" for English
    save_language(paths, "en")
    window = _window(qtbot, services, paths)
    menu = window.language_actions.menu
    assert menu.menuAction() in window.view_menu.actions()
    texts = [action.text() for action in menu.actions()]
    assert texts[1:] == ["&Norsk bokmål", "&English"]
    assert texts[0].endswith("(English)"), "the system's language, by its own name"
    assert [a.isChecked() for a in menu.actions()] == [False, False, True]
    assert window.language_actions.checked() == "en"


def test_choosing_a_language_saves_it_and_says_it_takes_effect_at_the_next_start(
    qtbot: QtBot, services: Services, tmp_path: Path, messages: list[tuple[str, str, str]]
) -> None:
    paths = resolve_paths(tmp_path)
    window = _window(qtbot, services, paths)
    choices = window.language_actions.choices
    assert choices[None].isChecked(), "no choice saved: the system's"

    choices["nb"].trigger()
    assert _saved(paths) == "nb"
    assert [c for c, a in choices.items() if a.isChecked()] == ["nb"]
    [(kind, _title, text)] = messages
    assert kind == "information"
    assert "Norwegian bokmål from the next time it starts" in text
    assert "This window stays as it is" in text
    assert _cancel_button() == "Cancel", "this window keeps its language"

    choices[None].trigger()
    assert _saved(paths) is None and paths.settings_file.exists()
    assert "follow the system's language" in messages[-1][2]
    assert "English on this computer" in messages[-1][2]

    messages.clear()
    choices[None].trigger()  # the choice already made: nothing to say
    assert messages == []


def test_the_message_says_when_the_environment_or_the_flag_comes_before_the_choice(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    messages: list[tuple[str, str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(i18n.ENVIRONMENT, "en")
    paths = resolve_paths(tmp_path)
    window = _window(qtbot, services, paths, flag="en")
    window.language_actions.choices["nb"].trigger()
    assert _saved(paths) == "nb", "saved all the same, for when they are gone"
    text = messages[-1][2]
    assert "ACCELERATOR_LANG is set to en" in text
    assert "while it is set, Accelerator starts in English" in text
    assert "started with --lang en" in text
    # Choosing what they say anyway needs no warning.
    assert next_start("en", "en", {i18n.ENVIRONMENT: "en"}).count("\n\n") == 0
    assert "--lang" not in next_start("nb", None, {})


def test_a_choice_that_cannot_be_saved_is_said_and_not_shown_as_made(
    qtbot: QtBot, services: Services, tmp_path: Path, messages: list[tuple[str, str, str]]
) -> None:
    paths = resolve_paths(tmp_path)
    window = _window(qtbot, services, paths)
    paths.settings_file.mkdir(parents=True)  # a folder where the file would go
    window.language_actions.choices["en"].trigger()
    [(kind, _title, text)] = messages
    assert kind == "warning" and "could not be saved" in text
    assert window.language_actions.checked() is None


# --- a report's own language ----------------------------------------------------------------


def _read(page_pdf: bytes) -> str:
    from tests.reports.conftest import page_texts

    return flat(" ".join(page_texts(page_pdf)))


def test_the_reports_page_offers_the_windows_language_first(qtbot: QtBot, demo: Services) -> None:
    page = open_page(qtbot, demo)
    assert page.report_language() == "en"
    assert [page.language_combo.itemText(i) for i in range(2)] == ["Norsk bokmål", "English"]
    speak("nb")
    assert open_page(qtbot, demo).report_language() == "nb"


@pytest.mark.parametrize(("window", "report"), [("en", "nb"), ("nb", "en")])
def test_a_report_is_in_the_language_chosen_on_the_page_not_the_windows(
    qtbot: QtBot, demo: Services, window: str, report: str
) -> None:
    speak(window)
    page = open_page(qtbot, demo)
    choose_cohort(page, "Autumn 2026")
    page.language_combo.setCurrentIndex(page.language_combo.findData(report))
    generate(qtbot, page)
    generated = page.report()
    assert generated is not None
    text = _read(generated.pdf)
    preview = flat(page.preview.document.getAllText(1).text())
    if report == "nb":
        assert "Side 1 av" in text and "Page 1 of" not in text
        assert "Side 2 av" in preview, "the preview shows the report as it is"
        assert generated.file_name == "Autumn 2026 – kullrapport.pdf"
    else:
        assert "Page 1 of" in text and "Side 1 av" not in text
        assert "Page 2 of" in preview, "the preview shows the report as it is"
        assert generated.file_name == "Autumn 2026 – cohort report.pdf"
    # The window keeps its own language, for the next report too.
    assert i18n.current_language() == window
    assert page.report_language() == report
