"""Nothing a person reads is cut off in bokmål at 1280x800 (issue #14).

Norwegian words are longer than English ones, and a compound ("forretningsorienteringsgap")
does not break. The window speaks bokmål over a demo made in bokmål, at 1280x800, as a
coordinator (and as a mentor, for My companies); every page is visited in the states a
person sees (a cohort open, a company open, each tab), and every dialog a person can open
is opened from where they open it. In each place :func:`cut_off` looks for a text that
needs more room than it has:

- a label that is not word-wrapped and is narrower or lower than its text; a wrapped one
  narrower than its longest word, or lower than its lines at its width;
- a button, check box or radio button narrower than its text, a group box narrower than
  its title, a tab narrower than its text (Qt elides it);
- a column's title wider than its header section's label (Fusion clips it), an item of a
  list (the navigation) elided or clipped, the shown choice of a drop-down elided, a text
  field's placeholder or the words the program writes in one (a date) longer than it;
- a window whose minimum size, or a dialog whose size, exceeds the 1280x800 screen.

Table cells are left out: they hold what people typed, elided on purpose with the whole
text a click away. Each text is measured against the widget's own size after layout, as
Qt lays it out offscreen with the fonts of the machine running the test (Qt's offscreen
screen is smaller than 1280x800, so a dialog opens no bigger than a real one gives it);
``test_the_check_*`` show it fails on a deliberately cut text of each kind. With
``ACCELERATOR_SCREENSHOTS=folder`` every place and dialog is also saved there as a PNG, to
look at.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QLocale, QRect, QSettings, QSize, Qt, QThreadPool
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from accelerator import i18n
from accelerator.db import lock
from accelerator.db.engine import Database
from accelerator.db.lock import LockOwner
from accelerator.db.open import open_database
from accelerator.domain.enums import Role
from accelerator.errors import ConflictError, DamagedDatabaseError
from accelerator.services import Services
from accelerator.services.base import SYSTEM
from accelerator.services.companies import CompanyInput
from accelerator.services.demo import load_demo
from accelerator.services.safety import BackupRecord
from accelerator.services.users import UserInput, actor_of
from accelerator.ui import safety_start
from accelerator.ui.dialogs.cluster_dialogs import ClustersDialog
from accelerator.ui.dialogs.conflict_dialog import ConflictDialog
from accelerator.ui.dialogs.damaged_dialog import DamagedDialog
from accelerator.ui.dialogs.enrol_dialog import EnrolDialog
from accelerator.ui.dialogs.event_dialogs import RegisterDialog
from accelerator.ui.dialogs.first_run_dialog import FirstRunDialog
from accelerator.ui.dialogs.import_wizard import ImportWizard
from accelerator.ui.dialogs.membership_dialogs import AddMembershipDialog
from accelerator.ui.dialogs.registration_import import RegistrationImportDialog
from accelerator.ui.dialogs.server_sign_in_dialog import ServerSignInDialog
from accelerator.ui.dialogs.sign_in_dialog import SignInDialog
from accelerator.ui.error_report import ErrorDialog, Failure, Source
from accelerator.ui.kit.icons import icon
from accelerator.ui.main_window import MainWindow
from accelerator.ui.pages import frameworks as frameworks_page
from accelerator.ui.translator import speak
from accelerator.ui.widgets.date_field import DateField
from tests.ui.test_mnemonics import clashes

W = TypeVar("W", bound=QWidget)

#: The screen the window must fit: a small laptop's.
SCREEN = QSize(1280, 800)

SHOTS = os.environ.get("ACCELERATOR_SCREENSHOTS", "")


# --- the check ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cut:
    """One text that needs more room than it has."""

    widget: QWidget
    what: str  # "label", "a word", "lines", "button", "tab", "column", "item"...
    text: str
    needs: int
    has: int
    unit: str = "px wide"

    def __str__(self) -> str:
        kind = type(self.widget).__name__
        name = self.widget.objectName()
        if name and not name.startswith("qt_"):
            kind += f"#{name}"
        text = self.text if len(self.text) <= 80 else self.text[:77] + "..."
        return f"{self.what} {text!r} ({kind}) needs {self.needs} {self.unit}, has {self.has}"


def _plain(text: str) -> str:
    """A button's or label's text as shown: without the mnemonic's &, && as one &."""
    return re.sub(r"&(.)", r"\1", text)


def _label(label: QLabel) -> list[Cut]:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return []
    found = []
    width, height = label.width(), label.height()
    if label.wordWrap():
        # A wrapped label's minimum width is its longest word, which cannot break.
        word = label.minimumSizeHint().width()
        if width < word:
            found.append(Cut(label, "a word of", text, word, width))
        lines = label.heightForWidth(width)
        if height < lines:
            found.append(Cut(label, "the lines of", text, lines, height, "px high"))
        return found
    need = label.sizeHint()
    if width < need.width():
        found.append(Cut(label, "label", text, need.width(), width))
    if height < need.height():
        found.append(Cut(label, "label", text, need.height(), height, "px high"))
    return found


def _button(button: QAbstractButton) -> list[Cut]:
    text = button.text()
    if not text:
        return []
    if (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return []
    need = button.sizeHint().width()
    if button.width() < need:
        return [Cut(button, "button", _plain(text), need, button.width())]
    return []


def _group(box: QGroupBox) -> list[Cut]:
    if not box.title():
        return []
    need = box.minimumSizeHint().width()
    if box.width() < need:
        return [Cut(box, "group", _plain(box.title()), need, box.width())]
    return []


def _tabs(bar: QTabBar) -> list[Cut]:
    found = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i) or not bar.tabText(i):
            continue
        need, has = bar.tabSizeHint(i).width(), bar.tabRect(i).width()
        if has < need:
            found.append(Cut(bar, "tab", _plain(bar.tabText(i)), need, has))
    return found


def _header(header: QHeaderView) -> list[Cut]:
    """Each column title, line by line, in its label's rectangle (the section less its
    margins and sort arrow), in the header's font or the one the model gives. Qt clips a
    title that does not fit (Fusion does not elide it)."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    found = []
    style = header.style()
    horizontal = Qt.Orientation.Horizontal
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = str(model.headerData(section, horizontal, Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        header.initStyleOptionForIndex(option, section)
        option.rect = QRect(0, 0, header.sectionSize(section), header.height())
        font = model.headerData(section, horizontal, Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else header.fontMetrics()
        room = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header).width()
        need = max(metrics.horizontalAdvance(line) for line in text.splitlines())
        if need > room:
            found.append(Cut(header, "column", text, need, room))
    return found


def _list(view: QListView) -> list[Cut]:
    """Each item of a list (the navigation) as its delegate paints it: elided to its text's
    rectangle, less the margins the style keeps, or clipped where the list ends."""
    model = view.model()
    if model is None:
        return []
    found = []
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for row in range(model.rowCount(view.rootIndex())):
        if view.isRowHidden(row):
            continue
        index = model.index(row, view.modelColumn(), view.rootIndex())
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        delegate = view.itemDelegateForIndex(index)
        if not isinstance(delegate, QStyledItemDelegate):
            continue  # drawn its own way
        delegate.initStyleOption(option, index)
        if not option.text:
            continue
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        # An item wider than the list is not elided but clipped where the list ends.
        right = min(text_rect.right(), view.viewport().rect().right())
        room = right - text_rect.left() + 1 - 2 * margin
        need = QFontMetrics(option.font).horizontalAdvance(option.text)
        if need > room:
            found.append(Cut(view, "item", option.text, need, room))
    return found


def _combo(combo: QComboBox) -> list[Cut]:
    """The choice a drop-down shows, in the room its style leaves beside the arrow."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    room = field.width() - 2
    if not option.currentIcon.isNull():
        room -= option.iconSize.width() + 4
    need = combo.fontMetrics().horizontalAdvance(text)
    if need > room:
        return [Cut(combo, "choice", text, need, room)]
    return []


def _line_edit(edit: QLineEdit) -> list[Cut]:
    """The grey hint of an empty field, or the words the program writes in one (a date as
    the language writes it, a read-only value); what a person typed may scroll. QLineEdit
    keeps its frame, 2 px each side, its text margins, and the room of the icons beside
    the text (an action's, the clear button)."""
    written = edit.isReadOnly() or isinstance(edit.parent(), DateField)
    text = edit.text() if written else ""
    text = text or ("" if edit.text() else edit.placeholderText())
    if not text:
        return []
    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    margins = edit.textMargins()
    room = edit.width() - 2 * frame - 4 - margins.left() - margins.right()
    room -= sum(b.width() + 4 for b in edit.findChildren(QToolButton) if b.isVisibleTo(edit))
    need = edit.fontMetrics().horizontalAdvance(text)
    if need > room:
        return [Cut(edit, "text" if edit.text() else "placeholder", text, need, room)]
    return []


def _too_big(window: QWidget) -> list[Cut]:
    """A window that cannot be made to fit the screen; a dialog that opens bigger than it."""
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    sizes = [("the least size of", least)]
    if isinstance(window, QDialog):
        sizes.append(("the size of", window.size()))
    found = []
    for what, size in sizes:
        if size.width() > SCREEN.width():
            found.append(Cut(window, what, window.windowTitle(), size.width(), SCREEN.width()))
        if size.height() > SCREEN.height():
            found.append(
                Cut(window, what, window.windowTitle(), size.height(), SCREEN.height(), "px high")
            )
    return found


def _clipped(area: QScrollArea) -> list[Cut]:
    """A scroll area that cannot scroll sideways, holding content wider than it shows: the
    organisation's page cut its sections' buttons off at its right edge."""
    content = area.widget()
    if content is None or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return []
    needs = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
    has = area.viewport().width()
    return [Cut(area, "content", area.objectName(), needs, has)] if needs > has else []


def cut_off(root: QWidget) -> list[Cut]:
    """What a person would see cut off in ``root`` (a window, a dialog, a page) as shown."""
    found = _too_big(root) if root.isWindow() else []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel):
            found += _label(widget)
        elif isinstance(widget, QAbstractButton):
            found += _button(widget)
        elif isinstance(widget, QGroupBox):
            found += _group(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QListView) and not isinstance(widget.window(), QFileDialog):
            found += _list(widget)  # a file dialog's lists hold folders' names, not ours
        elif isinstance(widget, QComboBox):
            found += _combo(widget)
        elif isinstance(widget, QLineEdit):
            found += _line_edit(widget)
        elif isinstance(widget, QScrollArea):
            found += _clipped(widget)
    return found


# --- the check fails where it should -------------------------------------------------------

LONG = "Forretningsorienteringsgapet"


@pytest.fixture
def form(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window)
    window.resize(900, 700)
    window.show()
    return window


def _add(form: QWidget, widget: W, name: str) -> W:
    widget.setObjectName(name)
    layout = form.layout()
    assert layout is not None
    layout.addWidget(widget)
    return widget


def _cuts(form: QWidget) -> dict[str, list[str]]:
    QApplication.processEvents()
    found: dict[str, list[str]] = {}
    for cut in cut_off(form):
        found.setdefault(cut.widget.objectName(), []).append(cut.what)
    return found


def test_the_check_finds_labels_cut(form: QWidget) -> None:
    _add(form, QLabel(LONG), "fits")
    wrapped = _add(form, QLabel(f"{LONG} er stort"), "wrappedFits")
    wrapped.setWordWrap(True)
    narrow = _add(form, QLabel(LONG), "narrow")
    narrow.setFixedWidth(narrow.sizeHint().width() - 6)
    low = _add(form, QLabel("To\nlinjer"), "low")
    low.setFixedHeight(low.sizeHint().height() - 6)
    word = _add(form, QLabel(LONG), "word")
    word.setWordWrap(True)
    word.setFixedWidth(word.minimumSizeHint().width() - 6)
    lines = _add(form, QLabel(" ".join(["Kull og milepæler"] * 8)), "lines")
    lines.setWordWrap(True)
    lines.setFixedSize(200, lines.fontMetrics().height() * 2)
    assert _cuts(form) == {
        "narrow": ["label"],
        "low": ["label"],
        "word": ["a word of"],
        "lines": ["the lines of"],
    }


def test_the_check_finds_buttons_boxes_and_tabs_cut(form: QWidget) -> None:
    _add(form, QPushButton(LONG), "buttonFits")
    button = _add(form, QPushButton(icon("save"), f"&{LONG}"), "button")
    button.setFixedWidth(button.sizeHint().width() - 6)
    check = _add(form, QCheckBox(LONG), "check")
    check.setMaximumWidth(check.sizeHint().width() - 6)
    radio = _add(form, QRadioButton(LONG), "radio")
    radio.setMaximumWidth(radio.sizeHint().width() - 6)
    box = _add(form, QGroupBox(LONG), "box")
    box.setMaximumWidth(box.minimumSizeHint().width() - 6)
    tabs = _add(form, QTabWidget(), "tabs")
    for title in ("Kunde", "Teknologi", "Forretningsmodell", "Finansiering"):
        tabs.addTab(QWidget(), title)
    tabs.tabBar().setObjectName("tabBar")
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    tabs.setMaximumWidth(200)
    assert _cuts(form) == {
        "button": ["button"],
        "check": ["button"],
        "radio": ["button"],
        "box": ["group"],
        "tabBar": ["tab", "tab", "tab", "tab"],
    }


def test_the_check_finds_a_column_title_an_item_a_choice_and_a_field_cut(
    form: QWidget,
) -> None:
    table = _add(form, QTableWidget(1, 3), "table")
    table.setHorizontalHeaderLabels(["Nr.", "Modenhetsindeks", "Selskap"])
    table.horizontalHeader().setObjectName("header")
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
    table.setColumnWidth(1, QFontMetrics(table.font()).horizontalAdvance("Modenhetsindeks"))
    items = _add(form, QListWidget(), "list")
    items.addItems(["Oversikt", "Programmer og kull"])
    items.setFixedWidth(QFontMetrics(items.font()).horizontalAdvance("Programmer og kull"))
    combo = _add(form, QComboBox(), "combo")
    combo.addItems([f"Høst 2026 · {LONG}", "Kort"])
    combo.setFixedWidth(combo.sizeHint().width() - 30)
    short = _add(form, QComboBox(), "shortCombo")
    short.addItems(["Kort", f"Høst 2026 · {LONG}"])
    short.setFixedWidth(short.sizeHint().width() - 30)  # the long choice is not the one shown
    edit = _add(form, QLineEdit(), "edit")
    edit.setPlaceholderText(f"Filtrer selskaper ({LONG})")
    edit.setClearButtonEnabled(True)
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()))
    _add(form, QLineEdit(), "editFits").setPlaceholderText("Filtrer selskaper")
    written = _add(form, QLineEdit("29. september 2026"), "written")
    written.setReadOnly(True)
    written.setFixedWidth(written.fontMetrics().horizontalAdvance(written.text()))
    typed = _add(form, QLineEdit(f"{LONG} og mer"), "typed")  # what a person typed may scroll
    typed.setFixedWidth(60)
    assert _cuts(form) == {
        "header": ["column"],
        "list": ["item"],
        "combo": ["choice"],
        "edit": ["placeholder"],
        "written": ["text"],
    }


def test_the_check_finds_a_window_too_big_for_the_screen(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(" ".join([LONG] * 40)))
    dialog.show()
    QApplication.processEvents()
    assert [(cut.what, cut.unit) for cut in cut_off(dialog)] == [
        ("the least size of", "px wide"),
        ("the size of", "px wide"),
    ]
    tall = QWidget()
    qtbot.addWidget(tall)
    tall.setMinimumHeight(SCREEN.height() + 1)
    tall.show()
    assert [(cut.what, cut.unit) for cut in cut_off(tall)] == [("the least size of", "px high")]


def test_the_check_finds_a_column_that_cannot_scroll_sideways_clipped(qtbot: QtBot) -> None:
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QWidget()
    content.setMinimumWidth(500)
    area.setWidget(content)
    area.resize(300, 200)
    area.show()
    QApplication.processEvents()
    assert [(cut.what, cut.needs) for cut in cut_off(area)] == [("content", 500)]
    area.resize(600, 200)
    QApplication.processEvents()
    assert cut_off(area) == []


# --- the window in bokmål ------------------------------------------------------------------


@pytest.fixture(scope="module")
def bokmal(qapp: QApplication) -> Iterator[None]:
    """The program speaks bokmål for this module; English again afterwards."""
    language = i18n.current_language()
    locale = QLocale()
    speak("nb")
    try:
        yield
    finally:
        speak("en")
        i18n.use_language(language)
        QLocale.setDefault(locale)


@pytest.fixture(scope="module")
def bokmal_demo(
    bokmal: None, template_database: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A database with the demo made in bokmål, as 'accelerator --lang nb demo' makes it."""
    path = tmp_path_factory.mktemp("bokmal") / "accelerator.db"
    shutil.copyfile(template_database, path)
    db = open_database(str(path))
    try:
        load_demo(Services(db))
    finally:
        db.dispose()
    return path


class Windows:
    """The main windows of the module, one per person, made on first use and reused."""

    def __init__(self, database: Path, folder: Path) -> None:
        self.database = database
        self.folder = folder
        self.made: dict[str, MainWindow] = {}
        self.dbs: list[Database] = []

    def of(self, username: str, database: Path | None = None) -> MainWindow:
        key = f"{username}@{database or self.database}"
        if key not in self.made:
            db = open_database(str(database or self.database))
            self.dbs.append(db)
            services = Services(db)
            person = services.users.find_user(username)
            actor = actor_of(person) if person is not None else SYSTEM
            settings = QSettings(
                str(self.folder / f"settings-{len(self.made)}.ini"), QSettings.Format.IniFormat
            )
            window = MainWindow(services.acting_as(actor), settings)
            window.resize(SCREEN)
            window.show()
            settle()
            self.made[key] = window
        return self.made[key]

    def close(self) -> None:
        for window in self.made.values():
            window.close()
            window.deleteLater()
        settle()
        for db in self.dbs:
            db.dispose()


@pytest.fixture(scope="module")
def windows(bokmal_demo: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Windows]:
    made = Windows(bokmal_demo, tmp_path_factory.mktemp("windows"))
    try:
        yield made
    finally:
        made.close()


def settle() -> None:
    """Let layouts, deferred fits (a zero timer) and background work finish."""
    pool = QThreadPool.globalInstance()
    for _ in range(4):
        QApplication.processEvents()
    pool.waitForDone(10_000)
    for _ in range(4):
        QApplication.processEvents()


def shoot(widget: QWidget, name: str) -> None:
    if SHOTS:
        folder = Path(SHOTS)
        folder.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(folder / f"{name}.png"))


def report(place: str, cuts: list[Cut]) -> str:
    return f"cut off in bokmål at {place}:\n" + "\n".join(f"  {cut}" for cut in cuts)


# --- every page, in the states a person sees -----------------------------------------------

COORDINATOR, MENTOR = "ingrid", "bjorn"
#: A company of the running cohort, with a gap flag, overdue milestones and assessments.
COMPANY = "Dypvann Robotikk AS"
#: The mentor's own company in the running cohort.
MENTORED = "Nordsjø Hydroakustikk AS"
#: A research institute, a member of two clusters.
INSTITUTE = "Havlaben Vest"


def _company(window: MainWindow, name: str) -> None:
    services = window.services
    company = next(c for c in services.companies.list_companies() if c.name == name)
    enrolment = next(
        e
        for e in services.enrolments.list_enrolments()
        if e.company_id == company.id and e.status.value == "active"
    )
    window.open_company(company.id, enrolment.id)


def _running_cohort(window: MainWindow) -> int:
    cohorts = window.services.programmes.list_cohorts()
    return next(c.id for c in cohorts if c.status.value == "running")


@dataclass(frozen=True)
class Place:
    name: str
    person: str
    go: Callable[[MainWindow], QWidget | None]  # what to look at besides the window


def _page(key: str) -> Callable[[MainWindow], QWidget | None]:
    def go(window: MainWindow) -> QWidget | None:
        window.go(key)
        return None

    return go


def _dashboard(tab: int) -> Callable[[MainWindow], QWidget | None]:
    def go(window: MainWindow) -> QWidget | None:
        page = window.dashboard_page
        window.open_dashboard(_running_cohort(window))
        page.cohort_charts.tabs.setCurrentIndex(tab)
        return page.content  # the whole dashboard, scrolled or not

    return go


def _programme(tab: int) -> Callable[[MainWindow], QWidget | None]:
    def go(window: MainWindow) -> QWidget | None:
        page = window.programmes_page
        window.go("programmes")
        programme = window.services.programmes.list_programmes()[0]
        page.select_programme(programme.id)
        page.tabs.setCurrentIndex(tab)
        return None

    return go


def _cohort(window: MainWindow) -> QWidget | None:
    window.open_cohort(_running_cohort(window))
    return None


def _company_tab(name: str, tab: int) -> Callable[[MainWindow], QWidget | None]:
    def go(window: MainWindow) -> QWidget | None:
        _company(window, name)
        window.companies_page.profile.enrolments.tabs.setCurrentIndex(tab)
        return None

    return go


def _company_report(window: MainWindow) -> QWidget | None:
    window.go("reports")
    window.reports_page.company_radio.setChecked(True)
    return None


def _company_report_made(window: MainWindow) -> QWidget | None:
    _company_report(window)
    page = window.reports_page
    page.generate_button.click()
    settle()
    assert page.report is not None, "the report was not made"
    QTest.qWait(200)  # the preview draws its page in a thread of its own
    return None


def _frameworks(window: MainWindow) -> QWidget | None:
    window.go("frameworks")
    tabs = window.frameworks_page.tabs
    tabs.setCurrentIndex(tabs.count() - 1)
    return None


def _user_chosen(window: MainWindow) -> QWidget | None:
    page = window.users_page
    assert page is not None
    window.go("users")
    page.select_user(next(u.id for u in window.services.users.list_users() if u.username == MENTOR))
    return None


def _members(every: bool) -> Callable[[MainWindow], QWidget | None]:
    def go(window: MainWindow) -> QWidget | None:
        window.go("members")
        page = window.members_page
        page.on_check.setChecked(not every)
        page.cluster_combo.setCurrentIndex(0 if every else 1)
        page.table.selectRow(0)
        return None

    return go


def _organisation(window: MainWindow) -> QWidget | None:
    """An organisation that is no company: its kind, its memberships, no cohorts."""
    institute = next(c for c in window.services.companies.list_companies() if c.name == INSTITUTE)
    window.open_company(institute.id)
    window.companies_page.profile.memberships.view.selectRow(0)
    return None


def _organisation_meetings(window: MainWindow) -> QWidget | None:
    """The same organisation's page scrolled down to its meetings, the first chosen."""
    _organisation(window)
    meetings = window.companies_page.profile.meetings
    settle()
    scroll = next(w for w in _ancestors(meetings) if isinstance(w, QScrollArea))
    scroll.ensureWidgetVisible(meetings.view)
    meetings.view.selectRow(0)
    return None


def _ancestors(widget: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _events(window: MainWindow) -> QWidget | None:
    """Every event of the demo's year, one with a waitlist chosen: its people below."""
    window.go("events")
    page = window.events_page
    page.choose(when=None)
    waiting = next(
        e for e in window.services.events.list_events() if e.counts.waitlisted and e.capacity
    )
    page.select_event(waiting.id)
    page.people_table.selectRow(0)
    return None


def _matchmaking(window: MainWindow) -> QWidget | None:
    """The demo's proposals and meetings, the first of each chosen."""
    window.go("matchmaking")
    page = window.matchmaking_page
    page.proposals.selectRow(0)
    page.meetings.selectRow(0)
    return None


def _projects(window: MainWindow) -> QWidget | None:
    """The demo's joint projects, the one of the most clusters chosen."""
    window.go("projects")
    page = window.projects_page
    widest = max(window.services.projects.list_projects(), key=lambda r: len(r.clusters))
    page.select_project(widest.id)
    return None


def _project(window: MainWindow) -> QWidget | None:
    """That project's page: its facts, timeline, partners, clusters and applications."""
    _projects(window)
    page = window.projects_page
    page.open_selected()
    page.view.partners.selectRow(0)
    page.view.funding.selectRow(0)
    return None


def _audit_entry(window: MainWindow) -> QWidget | None:
    page = window.audit_page
    assert page is not None
    window.go("audit")
    page.table.selectRow(0)
    return None


PLACES = [
    Place("dashboard", COORDINATOR, _dashboard(0)),
    Place("dashboard, distribution", COORDINATOR, _dashboard(1)),
    Place("programme", COORDINATOR, _programme(0)),
    Place("programme, milestone template", COORDINATOR, _programme(1)),
    Place("cohort, enrolments", COORDINATOR, _cohort),
    Place("companies", COORDINATOR, _page("companies")),
    Place("members, our cluster today", COORDINATOR, _members(every=False)),
    Place("members, every membership ever", COORDINATOR, _members(every=True)),
    Place("organisation, not a company", COORDINATOR, _organisation),
    Place("organisation, its meetings", COORDINATOR, _organisation_meetings),
    Place("events, one with a waitlist", COORDINATOR, _events),
    Place("matchmaking", COORDINATOR, _matchmaking),
    Place("projects", COORDINATOR, _projects),
    Place("a project open", COORDINATOR, _project),
    Place("company, milestones", COORDINATOR, _company_tab(COMPANY, 0)),
    Place("company, assessments", COORDINATOR, _company_tab(COMPANY, 1)),
    Place("reports, cohort report", COORDINATOR, _page("reports")),
    Place("reports, company report", COORDINATOR, _company_report),
    Place("reports, a company report made", COORDINATOR, _company_report_made),
    Place("readiness frameworks", COORDINATOR, _frameworks),
    Place("users", COORDINATOR, _user_chosen),
    Place("audit trail", COORDINATOR, _audit_entry),
    Place("my companies", MENTOR, _page("my_companies")),
    Place("mentor, company, milestones", MENTOR, _company_tab(MENTORED, 0)),
    Place("mentor, company, assessments", MENTOR, _company_tab(MENTORED, 1)),
]


@pytest.mark.parametrize("place", PLACES, ids=[p.name for p in PLACES])
def test_every_page_fits(qtbot: QtBot, windows: Windows, place: Place) -> None:
    window = windows.of(place.person)
    more = place.go(window)
    settle()
    shoot(window, f"page {place.name}")
    if more is not None:
        shoot(more, f"page {place.name} (all of it)")
    cuts = cut_off(window)
    assert not cuts, report(place.name, cuts)


def test_the_welcome_page_fits(windows: Windows, template_database: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    shutil.copyfile(template_database, empty)
    db = open_database(str(empty))
    Services(db).users.create_user(
        UserInput("kari", "Kari Nordmann", Role.COORDINATOR, password="k" * 12)
    )
    db.dispose()
    window = windows.of("kari", empty)
    assert window.current_key() == "welcome"
    settle()
    shoot(window, "page welcome")
    cuts = cut_off(window)
    assert not cuts, report("the welcome page", cuts)


# --- every dialog a person can open ---------------------------------------------------------


@dataclass(frozen=True)
class Look:
    name: str
    kind: str
    cuts: list[Cut]
    #: Alt+letters two of its buttons, labels, boxes or tabs share: bokmål's words
    #: underline other letters than English's.
    clashes: dict[str, list[str]]


class Opened:
    """Dialogs as they open: each is shown, checked and photographed, then closed as if
    the person had looked at it and pressed Cancel. ``walk`` goes on inside the first one
    (the steps of the import, a save refused), calling ``look`` at each stop."""

    def __init__(self) -> None:
        self.looks: list[Look] = []
        self.name = ""
        self.walk: Callable[[QDialog, Opened], None] | None = None

    def look(self, dialog: QDialog, step: str = "") -> None:
        settle()
        name = f"{self.name}, {step}" if step else self.name
        shoot(dialog, f"dialog {name}")
        self.looks.append(Look(name, type(dialog).__name__, cut_off(dialog), clashes(dialog)))

    def exec(self, dialog: QDialog) -> int:
        dialog.show()
        self.look(dialog)
        walk, self.walk = self.walk, None
        if walk is not None:
            walk(dialog, self)
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)


def _message_box(icon_kind: QMessageBox.Icon) -> Callable[..., QMessageBox.StandardButton]:
    """QMessageBox's static functions, built as Qt builds them and shown through exec."""

    def show(
        parent: QWidget | None,
        title: str,
        text: str,
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
    ) -> QMessageBox.StandardButton:
        box = QMessageBox(icon_kind, title, text, buttons, parent)
        box.exec()
        box.deleteLater()
        for answer in (QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.No):
            if buttons & answer:
                return answer
        return QMessageBox.StandardButton.Ok

    return show


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Opened:
    seen = Opened()

    def exec_(dialog: QDialog) -> int:
        return seen.exec(dialog)

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    Icon = QMessageBox.Icon  # noqa: N806
    for name, kind in (
        ("question", Icon.Question),
        ("warning", Icon.Warning),
        ("information", Icon.Information),
        ("critical", Icon.Critical),
    ):
        monkeypatch.setattr(QMessageBox, name, _message_box(kind))

    def about(parent: QWidget | None, title: str, text: str) -> None:
        _message_box(Icon.NoIcon)(parent, title, text)

    monkeypatch.setattr(QMessageBox, "about", about)
    monkeypatch.setattr(QPrintDialog, "exec", exec_)

    def file_dialog(mode: QFileDialog.AcceptMode) -> Callable[..., tuple[str, str]]:
        """Qt's own file dialog (where the desktop has none of its own), shown through exec."""

        def ask(
            parent: QWidget | None,
            caption: str = "",
            folder: str = "",
            filters: str = "",
            *_: object,
        ) -> tuple[str, str]:
            dialog = QFileDialog(parent, caption, folder, filters)
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.setAcceptMode(mode)
            dialog.exec()
            dialog.deleteLater()
            return "", ""

        return ask

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", file_dialog(QFileDialog.AcceptMode.AcceptOpen)
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", file_dialog(QFileDialog.AcceptMode.AcceptSave)
    )
    return seen


def _save_refused(dialog: QDialog, opened: Opened) -> None:
    """Save with what is in the form: the refusals show beside the fields."""
    dialog.accept()
    assert dialog.isVisible(), "a form the test left unfinished was saved"
    opened.look(dialog, "refused")


CSV = (
    "Navn;Org.nr.;Bransje;Nettsted;Kontaktperson;E-post\n"
    "Havlys Sensorteknologi AS;;Marine sensorer;https://havlys.example;Åse Havik;"
    "ase@havlys.example\n"
    "Tangstad Undervannsrobotikk AS;123;Undervannsrobotikk;;;\n"
)


def _programme_shown(window: MainWindow) -> None:
    _programme(0)(window)


def _enrolment_chosen(window: MainWindow) -> None:
    _cohort(window)
    window.programmes_page.enrolments.view.selectRow(0)


def _milestone(window: MainWindow, name: str, action: str) -> None:
    _company_tab(name, 0)(window)
    checklist = window.companies_page.profile.enrolments.checklist
    # The first milestone not done yet (rows under a category's heading are milestones).
    for row in range(checklist.model.rowCount()):
        record = checklist.model.milestone_at(row)
        if record is not None and record.status.value != "done":
            checklist.select_milestone(record.id)
            break
    getattr(checklist, action).trigger()


def _walk_import(dialog: QDialog, opened: Opened) -> None:
    wizard = dialog
    assert isinstance(wizard, ImportWizard)
    wizard.next_button.click()
    opened.look(wizard, "preview")
    wizard.back_button.click()  # every column was recognised: Back shows them
    opened.look(wizard, "columns")


def _print_options(dialog: QDialog, opened: Opened) -> None:
    """The print dialog's options, folded away until the person asks for them: the last
    button of its row (Qt gives it no name)."""
    buttons = [b for b in dialog.findChildren(QPushButton) if not b.objectName()]
    buttons[-1].click()
    opened.look(dialog, "options")


# How each dialog is opened, from where a person opens it. ``tmp`` is the test's own
# folder, ``patch`` its monkeypatch.
Go = Callable[[MainWindow, Path, pytest.MonkeyPatch], None]


def _new_programme(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.new_programme_action.trigger()


def _edit_programme(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _programme_shown(window)
    window.programmes_page.edit_programme_button.click()


def _new_cohort(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _programme_shown(window)
    window.programmes_page.new_cohort_button.click()


def _edit_cohort(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _cohort(window)
    window.programmes_page.enrolments.edit_button.click()


def _enrol(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _cohort(window)
    window.programmes_page.enrolments.enrol_button.click()


def _enrol_new_company(dialog: QDialog, opened: Opened) -> None:
    assert isinstance(dialog, EnrolDialog)
    dialog.tabs.setCurrentIndex(EnrolDialog.NEW)
    opened.look(dialog, "new company")


def _enrolment_status(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _enrolment_chosen(window)
    window.programmes_page.enrolments.status_button.click()


def _assign_mentor(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _enrolment_chosen(window)
    window.programmes_page.enrolments.assign_button.click()


def _new_company(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.new_company_action.trigger()


def _new_contact(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _company_tab(COMPANY, 0)(window)
    window.companies_page.profile.add_contact_button.click()


def _edit_contact(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _company_tab(COMPANY, 0)(window)
    window.companies_page.profile.contacts_view.selectRow(0)
    window.companies_page.profile.edit_contact_button.click()


def _log_assessment(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _company_tab(COMPANY, 0)(window)
    window.log_assessment_action.trigger()


def _correct_assessment(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _company_tab(COMPANY, 1)(window)
    history = window.companies_page.profile.enrolments.history
    history.view.selectRow(0)
    history.correct_button.click()


def _mark(action: str, company: str = COMPANY) -> Go:
    def go(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
        _milestone(window, company, action)

    return go


def _leave_unsaved_profile(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _company_tab(COMPANY, 0)(window)
    profile = window.companies_page.profile
    QTest.keyClicks(profile.form.sector_edit, " og havvind")
    window.go("dashboard")  # asks first; the box's Cancel keeps the company open
    profile.discard_changes()


def _add_user(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.go("users")
    assert window.users_page is not None
    window.users_page.add_button.click()


def _reset_password(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _user_chosen(window)
    assert window.users_page is not None
    window.users_page.password_button.click()


def _change_password(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.change_password_action.trigger()


def _export(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.safety_actions.export_action.trigger()


def _add_membership(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _members(every=False)(window)
    window.members_page.add_button.click()


def _new_organisation(dialog: QDialog, opened: Opened) -> None:
    """A name not on record: the new organisation's kind and number are asked for."""
    assert isinstance(dialog, AddMembershipDialog)
    dialog.organisation_edit.setText("Kystlaben Nord")
    dialog.look_up()
    dialog.org_number_edit.setText("123")
    opened.look(dialog, "a new organisation")
    dialog.accept()
    assert dialog.isVisible(), "a form the test left unfinished was saved"
    opened.look(dialog, "refused")


def _change_tier(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _members(every=False)(window)
    window.members_page.tier_button.click()


def _end_membership(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _members(every=False)(window)
    window.members_page.leave_button.click()


def _clusters(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.go("members")
    window.members_page.clusters_button.click()


def _edit_cluster(dialog: QDialog, opened: Opened) -> None:
    assert isinstance(dialog, ClustersDialog)
    dialog.table.selectRow(0)
    opened.name = f"{opened.name}, edit a cluster"
    dialog.edit_button.click()


def _export_members(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _members(every=False)(window)
    window.members_page.export_button.click()


def _join_from_profile(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _organisation(window)
    window.companies_page.profile.memberships.add_button.click()


def _need_from_profile(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _organisation(window)
    window.companies_page.profile.needs.need_button.click()


def _book_meeting(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _matchmaking(window)
    window.matchmaking_page.book_button.click()


def _meeting_outcome(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _matchmaking(window)
    window.matchmaking_page.outcome_button.click()


def _new_project(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _projects(window)
    window.projects_page.new_button.click()


def _project_status(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _project(window)
    window.projects_page.view.status_button.click()


def _add_partner(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _project(window)
    window.projects_page.view.add_partner_button.click()


def _edit_funding(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _project(window)
    window.projects_page.view.edit_funding_button.click()


def _add_link(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _project(window)
    window.projects_page.view.add_link_button.click()


def _areas_and_schemes(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _projects(window)
    window.projects_page.lists_button.click()


def _new_event(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _events(window)
    window.events_page.new_button.click()


def _edit_event(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _events(window)
    window.events_page.edit_button.click()


def _register(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _events(window)
    window.events_page.register_button.click()


def _guest_refused(dialog: QDialog, opened: Opened) -> None:
    """A guest from an organisation not on record, with an address that is none."""
    assert isinstance(dialog, RegisterDialog)
    dialog.organisation_edit.setText("Kystlaben Nord")
    dialog.look_up()
    dialog.person_combo.setEditText("Solveig Lærdal-Kvamsdal")
    dialog.email_edit.setText("solveig på kystlaben")
    opened.look(dialog, "a guest")
    dialog.accept()
    assert dialog.isVisible(), "a form the test left unfinished was saved"
    opened.look(dialog, "refused")


def _import_registrations(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _events(window)
    window.events_page.import_button.click()


def _registrations_file(dialog: QDialog, opened: Opened) -> None:
    """A registration tool's file with a bad row: every row and the problem shown."""
    assert isinstance(dialog, RegistrationImportDialog)
    path = opened_folder(dialog) / "påmeldte.csv"
    path.write_text(
        "Fornavn;Etternavn;E-post;Organisasjon;Billettype\n"
        "Åse;Havik;ase@havlys.example;Havlys Sensorteknologi AS;Standard\n"
        "Ola;Nordmann;ikke en adresse;;Standard\n",
        encoding="utf-8",
    )
    dialog.set_file(path)
    opened.look(dialog, "a file with a bad row")


def opened_folder(dialog: QDialog) -> Path:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="påmeldinger-"))
    dialog.destroyed.connect(lambda *_: shutil.rmtree(folder, ignore_errors=True))
    return folder


def _export_attendees(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _events(window)
    window.events_page.export_button.click()


def _import_nothing_yet(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.safety_actions.import_action.trigger()


def _import(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    csv = tmp / "selskaper.csv"
    csv.write_text(CSV, encoding="utf-8")
    window.safety_actions.import_companies(csv)  # as a file dropped on the window


def _restore(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.services.safety.back_up_now()  # a backup to choose
    window.safety_actions.restore_action.trigger()


def _framework_refused(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    bad = tmp / "rammeverk.json"
    bad.write_text('{"key": "x", "name": "Rammeverk", "dimensions": []}', encoding="utf-8")
    patch.setattr(frameworks_page, "open_file", lambda *a, **k: (str(bad), ""))
    window.go("frameworks")
    window.frameworks_page.import_button.click()


def _open_a_file(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.go("frameworks")
    window.frameworks_page.import_button.click()


def _save_a_file(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.go("frameworks")
    window.frameworks_page.export_button.click()


def _print(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    _company_report_made(window)
    window.reports_page.print_button.click()


def _about(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.help_menu.actions()[0].trigger()


def _connect(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.team_actions.connect_server.trigger()


def _mentor_logs(window: MainWindow, tmp: Path, patch: pytest.MonkeyPatch) -> None:
    window.go("my_companies")
    assert window.my_companies_page is not None
    window.my_companies_page.log_button.click()


@dataclass(frozen=True)
class Opening:
    name: str
    person: str
    kind: str  # the dialog's class, as it opens
    go: Go
    walk: Callable[[QDialog, Opened], None] | None = None


OPENINGS = [
    Opening("new programme", COORDINATOR, "ProgrammeDialog", _new_programme, _save_refused),
    Opening("edit programme", COORDINATOR, "ProgrammeDialog", _edit_programme),
    Opening("new cohort", COORDINATOR, "CohortDialog", _new_cohort, _save_refused),
    Opening("edit cohort", COORDINATOR, "CohortDialog", _edit_cohort),
    Opening("enrol companies", COORDINATOR, "EnrolDialog", _enrol, _enrol_new_company),
    Opening("enrolment status", COORDINATOR, "EnrolmentStatusDialog", _enrolment_status),
    Opening("assign mentor", COORDINATOR, "MentorDialog", _assign_mentor),
    Opening("new company", COORDINATOR, "CompanyDialog", _new_company, _save_refused),
    Opening("new contact", COORDINATOR, "ContactDialog", _new_contact, _save_refused),
    Opening("edit contact", COORDINATOR, "ContactDialog", _edit_contact),
    Opening("log assessment", COORDINATOR, "AssessmentDialog", _log_assessment),
    Opening("correct assessment", COORDINATOR, "AssessmentDialog", _correct_assessment),
    Opening("milestone done", COORDINATOR, "MilestoneDoneDialog", _mark("done_action")),
    Opening(
        "milestone blocked",
        COORDINATOR,
        "MilestoneBlockedDialog",
        _mark("blocked_action"),
        _save_refused,
    ),
    Opening("add milestone", COORDINATOR, "AddMilestoneDialog", _mark("add_action"), _save_refused),
    Opening("unsaved profile", COORDINATOR, "QMessageBox", _leave_unsaved_profile),
    Opening("add user", COORDINATOR, "UserDialog", _add_user, _save_refused),
    Opening("reset password", COORDINATOR, "ResetPasswordDialog", _reset_password, _save_refused),
    Opening(
        "change password", COORDINATOR, "ChangePasswordDialog", _change_password, _save_refused
    ),
    Opening("export", COORDINATOR, "ExportDialog", _export),
    Opening(
        "add membership", COORDINATOR, "AddMembershipDialog", _add_membership, _new_organisation
    ),
    Opening("change tier", COORDINATOR, "ChangeTierDialog", _change_tier),
    Opening("end membership", COORDINATOR, "LeaveDialog", _end_membership),
    Opening("clusters", COORDINATOR, "ClustersDialog", _clusters, _edit_cluster),
    Opening("export members", COORDINATOR, "ExportDialog", _export_members),
    Opening("join from the profile", COORDINATOR, "AddMembershipDialog", _join_from_profile),
    Opening("a need from the profile", COORDINATOR, "NeedDialog", _need_from_profile),
    Opening("book a meeting", COORDINATOR, "BookMeetingDialog", _book_meeting),
    Opening("a meeting's outcome", COORDINATOR, "OutcomeDialog", _meeting_outcome),
    Opening("new event", COORDINATOR, "EventDialog", _new_event, _save_refused),
    Opening("new project", COORDINATOR, "ProjectDialog", _new_project, _save_refused),
    Opening("a project's status", COORDINATOR, "StatusDialog", _project_status),
    Opening("add a partner", COORDINATOR, "PartnerDialog", _add_partner),
    Opening("edit an application", COORDINATOR, "FundingDialog", _edit_funding),
    Opening("add a document's link", COORDINATOR, "LinkDialog", _add_link),
    Opening("areas and schemes", COORDINATOR, "CataloguesDialog", _areas_and_schemes),
    Opening("edit event", COORDINATOR, "EventDialog", _edit_event),
    Opening("register for an event", COORDINATOR, "RegisterDialog", _register, _guest_refused),
    Opening(
        "import registrations",
        COORDINATOR,
        "RegistrationImportDialog",
        _import_registrations,
        _registrations_file,
    ),
    Opening("export attendees", COORDINATOR, "ExportDialog", _export_attendees),
    Opening("import, no file yet", COORDINATOR, "ImportWizard", _import_nothing_yet),
    Opening("import", COORDINATOR, "ImportWizard", _import, _walk_import),
    Opening("restore", COORDINATOR, "RestoreDialog", _restore),
    Opening("framework refused", COORDINATOR, "QMessageBox", _framework_refused),
    Opening("open a file", COORDINATOR, "QFileDialog", _open_a_file),
    Opening("save a file", COORDINATOR, "QFileDialog", _save_a_file),
    Opening("print a report", COORDINATOR, "QPrintDialog", _print, _print_options),
    Opening("about", COORDINATOR, "QMessageBox", _about),
    Opening("connect to a shared server", COORDINATOR, "ConnectServerDialog", _connect),
    Opening("mentor, log assessment", MENTOR, "AssessmentDialog", _mentor_logs),
    Opening(
        "mentor, milestone done", MENTOR, "MilestoneDoneDialog", _mark("done_action", MENTORED)
    ),
]


@pytest.mark.parametrize("opening", OPENINGS, ids=[o.name for o in OPENINGS])
def test_every_dialog_fits(
    qtbot: QtBot,
    windows: Windows,
    opened: Opened,
    opening: Opening,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = windows.of(opening.person)
    opened.name = opening.name
    opened.walk = opening.walk
    opening.go(window, tmp_path, monkeypatch)
    settle()
    assert [look.kind for look in opened.looks][:1] == [opening.kind]
    cuts = [f"{look.name}: {cut}" for look in opened.looks for cut in look.cuts]
    assert not cuts, "cut off in bokmål:\n" + "\n".join(cuts)
    shared = [f"{look.name}: {look.clashes}" for look in opened.looks if look.clashes]
    assert not shared, "one Alt letter for two things in bokmål:\n" + "\n".join(shared)


# --- the dialogs before (or beside) the window ---------------------------------------------


def _conflict(services: Services, name: str = "Kystvind Forankring AS") -> ConflictDialog:
    """Someone saved the company ``name`` while this person had it open."""
    companies = services.companies
    company = next(c for c in companies.list_companies() if c.name == name)
    theirs = dataclasses.replace(
        CompanyInput.from_record(company), employees=(company.employees or 0) + 3
    )
    companies.update_company(company.id, theirs, expected_version=company.row_version)
    mine = dataclasses.replace(CompanyInput.from_record(company), sector="Havvind og fortøyning")
    try:
        companies.update_company(company.id, mine, expected_version=company.row_version)
    except ConflictError as error:
        return ConflictDialog(None, error, company)
    raise AssertionError("the second save was not refused")


def _damaged(tmp_path: Path) -> QDialog:
    path = tmp_path / "accelerator.db"
    error = DamagedDatabaseError(
        "",
        path=path,
        moved_to=tmp_path / "skadet" / "accelerator-2026-12-05T0912.db",
        backup=tmp_path / "backups" / "accelerator-2026-12-04T0800-daily.db",
        problems=("*** in database main *** Page 4: btreeInitPage() returns error code 11",),
    )
    backup = BackupRecord(
        path=tmp_path / "backups" / "accelerator-2026-12-04T0800-daily.db",
        name="accelerator-2026-12-04T0800-daily.db",
        taken_at=dt.datetime(2026, 12, 4, 8, 0),
        reason="daily",
        size_bytes=620_000,
    )
    return DamagedDialog(None, error, backup)


def _in_use(tmp_path: Path) -> QDialog:
    path = tmp_path / "accelerator.db"
    owner = LockOwner(host="kontor-pc-3", pid=48213, user="ingrid", started="2026-12-05T08:14:02")
    return safety_start.in_use_message(lock._in_use(path, owner), path)


def _error(tmp_path: Path) -> QDialog:
    try:
        raise KeyError("dimension_key")
    except KeyError:
        failure = Failure.of(sys.exc_info(), Source.WINDOW)  # type: ignore[arg-type]
    log_file = tmp_path / "logs" / "accelerator.log"
    log_file.parent.mkdir()
    log_file.write_text("", encoding="utf-8")
    return ErrorDialog(failure, log_file, None)


def _first_start(tmp_path: Path, template: Path) -> QDialog:
    empty = tmp_path / "empty.db"
    shutil.copyfile(template, empty)
    db = open_database(str(empty))
    dialog = FirstRunDialog(None, Services(db))
    dialog.destroyed.connect(db.dispose)
    return dialog


STARTS: dict[str, Callable[[Services, Path, Path], QDialog]] = {
    "sign in": lambda services, _tmp, _template: SignInDialog(None, services),
    "first start": lambda _services, tmp, template: _first_start(tmp, template),
    "sign in to the server": lambda _services, _tmp, _template: ServerSignInDialog(
        None, "postgresql://ingrid@db.vestkyst-ocean.example:5432/accelerator"
    ),
    "database damaged": lambda _services, tmp, _template: _damaged(tmp),
    "database in use": lambda _services, tmp, _template: _in_use(tmp),
    "unexpected error": lambda _services, tmp, _template: _error(tmp),
    "changed by someone else": lambda services, _tmp, _template: _conflict(services),
}


@pytest.mark.parametrize("name", list(STARTS))
def test_every_dialog_before_the_window_fits(
    qtbot: QtBot,
    bokmal_demo: Path,
    opened: Opened,
    name: str,
    tmp_path: Path,
    template_database: Path,
) -> None:
    db = open_database(str(bokmal_demo))
    try:
        services = Services(db)
        coordinator = services.users.find_user(COORDINATOR)
        assert coordinator is not None
        dialog = STARTS[name](
            services.acting_as(actor_of(coordinator)), tmp_path, template_database
        )
        qtbot.addWidget(dialog)
        opened.name = name
        dialog.exec()
    finally:
        db.dispose()
    cuts = [f"{look.name}: {cut}" for look in opened.looks for cut in look.cuts]
    assert [look.name for look in opened.looks] == [name]
    assert not cuts, "cut off in bokmål:\n" + "\n".join(cuts)


def test_a_database_in_use_says_since_when_in_bokmal(
    qtbot: QtBot, bokmal: None, tmp_path: Path
) -> None:
    # The time was read back out of the English message: in bokmål the window lost it.
    path = tmp_path / "accelerator.db"
    owner = LockOwner(host="kontor-pc-3", pid=48213, user="ingrid", started="2026-12-05T08:14:02")
    box = safety_start.in_use_message(lock._in_use(path, owner), path)
    qtbot.addWidget(box)
    assert "(kontor-pc-3, prosess 48213, siden 2026-12-05 08:14:02)" in box.text()


def test_the_conflict_dialog_names_the_fields_in_bokmal(qtbot: QtBot, bokmal_demo: Path) -> None:
    # Its words for the fields were plain English strings, and a field it had no word for
    # was its Python name: 'Employees' in a bokmål dialog.
    db = open_database(str(bokmal_demo))
    try:
        dialog = _conflict(Services(db), "Strømsund Fiskehelse AS")
        qtbot.addWidget(dialog)
        item = dialog.table.item(0, 0)
        assert item is not None and item.text() == "Ansatte"
    finally:
        db.dispose()
