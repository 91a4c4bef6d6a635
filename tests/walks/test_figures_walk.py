"""A coordinator keeps the members' figures, in the demo made in the language of the
window. Signs in, finds Dypvann Robotikk with Ctrl+F and opens it, enters this year's
revenue and full-time equivalents with Enter figures… (typed as the language writes
numbers), and sees them on the organisation's page. Then collects the forms two members
returned (written by the program for last year, filled in with openpyxl, saved in a
folder): Members, Figures › Collect forms…, the folder typed, Enter reads them, the review
says what will be imported, Import, Close. The stored rows say so (entered by ingrid; from
a form), in at most 24 interactions (tests/keyboard.py says what counts)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from accelerator.cli import main
from accelerator.domain.enums import KpiSource
from accelerator.services.figure_forms import CODE_SHEET
from accelerator.ui.dialogs.collect_forms_wizard import CollectFormsWizard
from accelerator.ui.dialogs.figures_dialog import FiguresDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages.companies import CompaniesPage
from accelerator.ui.pages.members import MembersPage
from tests.walks.conftest import sign_in_once, stored
from tests.walks.harness import Walk, mnemonic

GOAL = 24
PASSWORD = "kystlys-demo"  # ingrid, the demo programme's coordinator
CTRL = Qt.KeyboardModifier.ControlModifier
ENTERED = "Dypvann Robotikk AS"
#: Two members of our cluster who returned last year's forms.
RETURNED = {
    "Dypvann Robotikk AS": {"revenue": 13_100_000, "patents_filed": 2},
    "Blåskjell Teknologi AS": {"revenue": 4_250_000, "fte": 6.5},
}
THIS_YEAR = dt.date.today().year
LAST_YEAR = THIS_YEAR - 1
#: What is typed, as each language writes numbers.
TYPED = {
    "en": ("12,400,000", "11.5"),
    "nb": ("12 400 000", "11,5"),
}


def _returned_forms(data_dir: Path, folder: Path) -> None:
    """Last year's forms of two members, as the program writes them and the members fill
    them in (before the program is started: the coordinator e-mailed them earlier)."""
    services = stored(data_dir)
    ids = {c.name: c.id for c in services.companies.list_companies() if c.name in RETURNED}
    written = services.figure_forms.write_forms(LAST_YEAR, folder, organisation_ids=ids.values())
    services.db.engine.dispose()
    for form in written:
        book = load_workbook(form.path)
        codes, sheet = book[CODE_SHEET], book.worksheets[0]
        rows = {
            str(codes[f"B{r}"].value): int(codes[f"A{r}"].value)
            for r in range(1, codes.max_row + 1)
            if isinstance(codes[f"A{r}"].value, int) and codes[f"B{r}"].value
        }
        for key, value in RETURNED[form.organisation_name].items():
            sheet[f"D{rows[key]}"] = value
        book.save(form.path)


def _walk(walk: Walk, language: str, folder: Path) -> Walk.Script:
    yield walk.until(lambda: walk.modal(SignInDialog), "the sign-in dialog")
    yield walk.until(
        lambda: (edit := walk.focused(QLineEdit)) and edit.objectName() == "password",
        "focus on the password, the username remembered",
    )
    yield walk.type(PASSWORD)
    yield walk.press(Qt.Key.Key_Return)
    window = yield walk.until(lambda: walk.window(MainWindow), "the main window")
    assert isinstance(window, MainWindow)

    # The organisation, found by typing part of its name.
    yield walk.press(Qt.Key.Key_F, CTRL, note="Ctrl+F: find a company")
    companies = yield walk.until(
        lambda: window.current_key() == "companies" and window.companies_page, "the companies"
    )
    assert isinstance(companies, CompaniesPage)
    yield walk.type("Dypvann")
    yield walk.press(Qt.Key.Key_Return)
    profile = companies.profile
    yield walk.until(
        lambda: (
            companies.showing_company()
            and profile.record is not None
            and profile.record.name == ENTERED
        ),
        "Dypvann Robotikk's page",
    )

    # This year's figures: revenue, then full-time equivalents two fields on.
    section = profile.figures
    yield walk.press_underlined(lambda: section.enter_button, note="Alt: Enter figures")
    dialog = yield walk.until(lambda: walk.modal(FiguresDialog), "the figures dialog")
    assert isinstance(dialog, FiguresDialog)
    yield walk.until(lambda: walk.focused(QSpinBox) is dialog.year_spin, "focus on the year")
    assert dialog.year() == THIS_YEAR
    revenue, fte = TYPED[language]
    yield walk.press(Qt.Key.Key_Tab)  # to revenue
    yield walk.type(revenue)
    yield walk.press(Qt.Key.Key_Tab)  # export revenue
    yield walk.press(Qt.Key.Key_Tab)  # full-time equivalents
    yield walk.type(fte)
    yield walk.press(Qt.Key.Key_Return)
    yield walk.until(lambda: walk.modal(FiguresDialog) is None, "the figures saved")
    yield walk.until(
        lambda: (v := section.value_of("revenue", THIS_YEAR)) is not None and v.value == 12_400_000,
        "this year's revenue on the page",
    )

    # The returned forms: Members, Figures › Collect forms…
    yield walk.press(Qt.Key.Key_9, CTRL, note="Ctrl+9: Members")
    members = yield walk.until(
        lambda: window.current_key() == "members" and window.members_page, "the members page"
    )
    assert isinstance(members, MembersPage)
    yield walk.press_underlined(lambda: members.figures_button, note="Alt: Figures")
    yield walk.until(lambda: members.figures_menu.isVisible(), "the figures menu")
    yield walk.press(
        mnemonic(members.collect_forms_action.text()), note="Collect forms… in the menu"
    )
    wizard = yield walk.until(lambda: walk.modal(CollectFormsWizard), "the collect wizard")
    assert isinstance(wizard, CollectFormsWizard)
    yield walk.until(lambda: walk.focused(QLineEdit) is wizard.path_edit, "focus on the folder")
    assert wizard.year() == LAST_YEAR
    yield walk.type(str(folder))
    yield walk.press(Qt.Key.Key_Return)  # reads them
    yield walk.until(
        lambda: wizard.plan is not None and wizard.import_button.isEnabled(),
        "the review, ready to import",
    )
    assert wizard.plan is not None and wizard.plan.changes == 4
    yield walk.press_underlined(lambda: wizard.import_button, note="Alt: Import")
    yield walk.until(lambda: wizard.collected is not None, "the forms collected")
    yield walk.press(Qt.Key.Key_Return)  # Close
    yield walk.until(lambda: walk.modal(CollectFormsWizard) is None, "the wizard closed")


@pytest.mark.parametrize("language", ["en", "nb"])
def test_a_coordinator_enters_figures_and_collects_returned_forms(
    qtbot: QtBot, data_dir: Path, language: str, tmp_path: Path
) -> None:
    folder = tmp_path / "returned forms"
    _returned_forms(data_dir, folder)
    sign_in_once(data_dir, "ingrid", PASSWORD)
    walk = Walk()
    walk.run(
        lambda: main(["--data-dir", str(data_dir), "--lang", language]),
        _walk(walk, language, folder),
    )
    print(f"figures walk: {walk.keys.interactions} interactions (goal {GOAL}): {walk.keys.log}")

    services = stored(data_dir)
    ids = {c.name: c.id for c in services.companies.list_companies()}
    this_year = {
        v.key: v
        for v in services.figures.of_organisation(ids[ENTERED])
        if v.year == THIS_YEAR and v.quarter == 0
    }
    assert this_year["revenue"].value == 12_400_000
    assert this_year["fte"].value == 11.5
    assert {this_year[k].source for k in ("revenue", "fte")} == {KpiSource.ENTERED}
    ingrid = next(u for u in services.users.list_users() if u.username == "ingrid")
    assert this_year["revenue"].recorded_by == ingrid.display_name
    for name, values in RETURNED.items():
        last_year = {
            v.key: v
            for v in services.figures.of_organisation(ids[name])
            if v.year == LAST_YEAR and v.quarter == 0
        }
        for key, value in values.items():
            assert last_year[key].value == value, (name, key)
            assert last_year[key].source is KpiSource.FORM
    assert walk.keys.interactions <= GOAL, walk.keys.log
