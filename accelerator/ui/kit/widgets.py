"""The small widgets every page and dialog is made of: headings, secondary text, the line
under a field where the service's message appears, an explained empty state, a message bar,
a confirmation, a key handler, and the table every list is shown in. Their colours come from
:mod:`accelerator.ui.kit.colours`."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accelerator.i18n import in_context
from accelerator.ui.kit.colours import error_colour, muted_colour
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.table import RecordTableModel

R = TypeVar("R")

#: How much larger than the text a page's title is, a heading's, and a panel's.
PAGE_TITLE_SCALE = 1.6
TITLE_SCALE = 1.45
SUBTITLE_SCALE = 1.25
#: A page's margins (left, top, right, bottom), and the room between its parts.
PAGE_MARGINS = (16, 14, 16, 10)
PAGE_SPACING = 10


_tr = in_context("Kit")


class FieldError(QLabel):
    """The line under a field where the service's message about that field appears; hidden
    until there is one.

    The service words a problem to follow the field's name ("must be between 1800 and
    2026"), so with ``field_label`` a message that starts in lower case is shown after the
    name: "Founded must be between 1800 and 2026, not 1700".
    """

    def __init__(self, field_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_label = field_label.replace("&", "")
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        # A message may quote what was typed: "<b>" there is text, not markup.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
        self.setPalette(palette)
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if self.field_label and text[:1].islower():
            text = f"{self.field_label} {text}"
        super().setText(text)


def error_label(parent: QWidget | None = None, field_label: str = "") -> FieldError:
    """Where the service's message about one field appears; hidden until there is one."""
    return FieldError(field_label, parent)


def with_error(field: QWidget, error: QLabel) -> QWidget:
    """``field`` with ``error`` right beneath it, for one row of a form."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def muted_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """Secondary text: explanations, hints, counts."""
    label = QLabel(text, parent)
    label.setWordWrap(wrap)
    set_muted(label)
    return label


def set_muted(widget: QWidget) -> None:
    """Write ``widget``'s text in the secondary colour."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_colour(palette))
    widget.setPalette(palette)


def heading_label(
    text: str = "", parent: QWidget | None = None, scale: float = TITLE_SCALE
) -> QLabel:
    """A title in bold, ``scale`` times the text's size; it can be selected and copied."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def page_layout(page: QWidget) -> QVBoxLayout:
    """The column a page's parts stand in, with the margins every page has."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*PAGE_MARGINS)
    layout.setSpacing(PAGE_SPACING)
    return layout


def heading_row(
    text: str, parent: QWidget, *widgets: QWidget, scale: float = PAGE_TITLE_SCALE
) -> QHBoxLayout:
    """A heading on the left and what acts on its part (buttons, a count) on the right."""
    row = QHBoxLayout()
    row.addWidget(heading_label(text, parent, scale))
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    return row


def heading_over_buttons(
    text: str, parent: QWidget, *buttons: QWidget, scale: float = PAGE_TITLE_SCALE
) -> QVBoxLayout:
    """A heading with what acts on its part in a row under it: for a narrow column (the
    organisation's page), where buttons beside the heading made the column wider than its
    share of the page, or were clipped."""
    column = QVBoxLayout()
    column.addWidget(heading_label(text, parent, scale))
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    column.addLayout(row)
    return column


def filter_field(placeholder: str, parent: QWidget, name: str) -> QLineEdit:
    """A list's type-to-filter box: the magnifier before the text, a clear button, and wide
    enough for its placeholder with both (a page may make it wider)."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.addAction(icon("find"), QLineEdit.ActionPosition.LeadingPosition)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(placeholder) + 70)
    return edit


def caption(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A choice's label beside it, its Alt letter reaching the choice."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def led_by_icon(icon_name: str, label: QLabel) -> QHBoxLayout:
    """``label`` after an icon as tall as a line of text: a section's or a card's caption."""
    row = QHBoxLayout()
    row.setSpacing(6)
    picture = QLabel(label.parentWidget())
    size = picture.fontMetrics().height()
    picture.setPixmap(icon(icon_name).pixmap(size, size))
    row.addWidget(picture)
    row.addWidget(label, 1)
    return row


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    """``label`` in bold, ``scale`` times its size; returned for use in place."""
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def section_label(text: str, parent: QWidget | None = None, scale: float = 1.0) -> QLabel:
    """The bold heading of one part of a page."""
    return bold(QLabel(text, parent), scale)


class EmptyState(QStackedWidget):
    """Shows ``content`` (a table, a tree) or, while it has nothing to show, a sentence that
    says why and what to do about it."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.message = QLabel(self)
        self.message.setObjectName("emptyState")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setContentsMargins(24, 24, 24, 24)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        set_muted(self.message)
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        # Short lines read better than one sentence across a wide screen.
        self.message.setMaximumWidth(640)
        box.addWidget(self.message, 0, Qt.AlignmentFlag.AlignCenter)
        self.addWidget(content)
        self.addWidget(frame)
        self._frame = frame

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self._frame)

    def is_empty(self) -> bool:
        return self.currentWidget() is self._frame


class Explanation(QWidget):
    """What a page shows while it has nothing to show: a picture, a heading, a sentence or
    two on why and what to do, and the buttons that do it, all centred."""

    def __init__(
        self,
        icon_name: str,
        heading: str = "",
        text: str = "",
        buttons: Iterable[QPushButton] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        picture = QLabel(self)
        picture.setPixmap(icon(icon_name).pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        self.heading = bold(QLabel(heading, self), 1.4)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heading)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Most of the width up to short lines, which read better than one sentence across a
        # wide screen. Left at its preferred width between two stretches, a wrapped label
        # got a narrow column and lost its last lines.
        self.text.setMaximumWidth(560)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text, 4)
        row.addStretch(1)
        layout.addLayout(row)
        for button in buttons:
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)


class MessageBar(QFrame):
    """A line of news above or below a form: what just happened, with an optional action."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.action.setVisible(False)
        self.close_button = QPushButton(_tr("Dismiss"), self)
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self.setVisible(False)

    def show_message(self, text: str, icon_name: str = "done", action: str = "") -> None:
        self.icon.setPixmap(icon(icon_name).pixmap(18, 18))
        self.text.setText(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self.setVisible(True)

    def dismiss(self) -> None:
        self.setVisible(False)
        self.closed.emit()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something the user may regret; ``action`` names the button that does it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def ask_to_save(
    parent: QWidget | None,
    title: str,
    text: str,
    save: Callable[[], bool],
    discard: Callable[[], object],
) -> bool:
    """Before leaving edits that are not saved: Save (True once they are saved), Discard
    (True, the edits forgotten) or Cancel (False: the person stays where they are)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return save()
    if answer == QMessageBox.StandardButton.Discard:
        discard()
        return True
    return False


class KeyHandler(QObject):
    """Runs ``slot`` when one of ``keys`` (without modifiers) is pressed in ``widget``.

    For keys a view would otherwise use itself (Space, Return): unlike a QShortcut it
    does not depend on the window being the active one, and it takes the key first.
    """

    def __init__(self, widget: QWidget, keys: Iterable[Qt.Key], slot: Callable[[], object]):
        super().__init__(widget)
        self._keys = {int(k.value) for k in keys}
        self._slot = slot
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in self._keys
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._slot()
            return True
        return super().eventFilter(watched, event)


# --- lists ---------------------------------------------------------------------------------


def whole_rows(view: QAbstractItemView) -> None:
    """A list's rows are chosen whole, one at a time, and never edited in place (a form
    edits a record, and says what is wrong with it)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)


#: The keys that open the selected record, as a double-click does.
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: Pixels between two wrapped rows of a table as tall as its rows: entries of several lines
#: run into each other without it.
ROW_AIR = 8


class RecordTable(QTableView, Generic[R]):
    """A ``RecordTableModel[R]`` as every list in the window shows one: whole rows chosen one
    at a time and never edited in place, no grid, shaded alternate rows, no row numbers,
    headers on the left that do not light up with the selection, long text cut off with an
    ellipsis.

    What differs between lists is said here and nowhere else: the columns that share out
    the spare width (``stretch``; the others are ``resize``d; a mapping of column to weight
    shares it unequally, so that a title can have twice a place's room), wrapped text, the column it
    starts sorted by (``sort_by``: a click on a header sorts by that column), taller rows
    (``row_padding``), and the menu a right click opens (``menu``, after selecting the row
    under the pointer).

    Enter or a double-click on a row emits ``opened``: the person wants the selected record.
    Not ``activated``, which some desktops send on a single click.
    """

    opened = Signal()

    def __init__(
        self,
        model: RecordTableModel[R],
        parent: QWidget | None = None,
        *,
        name: str = "",
        stretch: Iterable[int] | Mapping[int, int] = (),
        resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.ResizeToContents,
        wrap: bool = False,
        sort_by: tuple[int, Qt.SortOrder] | None = None,
        row_padding: int | None = None,
        alternate: bool = True,
        menu: Callable[[], QMenu] | None = None,
    ) -> None:
        super().__init__(parent)
        self.records = model
        if name:
            self.setObjectName(name)
        self.setModel(model)
        whole_rows(self)
        self.setShowGrid(False)
        self.setAlternatingRowColors(alternate)
        self.setWordWrap(wrap)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.setVisible(False)
        if row_padding is not None:
            rows.setDefaultSectionSize(self.fontMetrics().height() + row_padding)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(resize)
        self._weights = dict(stretch) if isinstance(stretch, Mapping) else {}
        for column in stretch:
            mode = QHeaderView.ResizeMode.Fixed if self._weights else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        if self._weights:
            # A column fitting its contents anew changes what is left to share out.
            header.sectionResized.connect(self._other_column_resized)
        if sort_by is not None:
            header.setSortIndicator(*sort_by)
            self.setSortingEnabled(True)
        self._menu = menu
        if menu is not None:
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.customContextMenuRequested.connect(self._show_menu)
        self.doubleClicked.connect(self._double_clicked)
        KeyHandler(self, OPEN_KEYS, self._open_selected)

    # --- the spare width, by weight ---------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_out()

    def _other_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self._weights:
            self._share_out()

    def _share_out(self) -> None:
        """Give the weighted columns the width the others leave, in proportion."""
        if not self._weights:
            return
        header = self.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        weights = {c: w for c, w in self._weights.items() if c in shown}
        if not weights:
            return
        taken = sum(header.sectionSize(c) for c in shown if c not in weights)
        spare = max(0, self.viewport().width() - taken)
        total = sum(weights.values())
        least = header.minimumSectionSize()
        widths = {c: max(least, spare * w // total) for c, w in weights.items()}
        first = min(widths)
        widths[first] += max(0, spare - sum(widths.values()))  # the rounding's few pixels
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    # --- the selection -------------------------------------------------------------------

    def selected(self) -> R | None:
        """The record in the selected row; None when no row is selected."""
        rows = self.selectionModel().selectedRows()
        return self.records.record_at(rows[0].row()) if rows else None

    def select(self, key: Hashable) -> bool:
        """Make the row of the record with ``key`` the selected and current one, scrolled
        into view; False (and the selection as it was) when no row shows it."""
        row = self.records.row_of(key)
        if row is None:
            return False
        index = self.records.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    # --- its height ------------------------------------------------------------------------

    def fit_to_rows(self, most: int | None = None) -> None:
        """Make the table as tall as its rows (at most ``most`` of them, and half of the next
        one to show that there is more), so that the page, not each little table, scrolls.
        Wrapped rows are as tall as their text, with some air between them."""
        count = self.records.rowCount()
        if self.wordWrap():
            self.resizeRowsToContents()
            least = self.verticalHeader().defaultSectionSize()
            for row in range(count):
                self.setRowHeight(row, max(least, self.rowHeight(row) + ROW_AIR))
        shown = count if most is None else min(count, most)
        height = sum(self.rowHeight(row) for row in range(shown))
        if count > shown:
            height += self.rowHeight(0) // 2
        elif not count:
            height = self.verticalHeader().defaultSectionSize()  # an empty row, not a sliver
        frame = 2 * self.frameWidth()
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + height + frame)

    # --- opening -------------------------------------------------------------------------

    def _selectable(self, index: QModelIndex) -> bool:
        return index.isValid() and bool(self.records.flags(index) & Qt.ItemFlag.ItemIsSelectable)

    def _open_selected(self) -> None:
        if self.selected() is not None:
            self.opened.emit()

    def _double_clicked(self, index: QModelIndex) -> None:
        # A heading row (the checklist's categories) opens nothing.
        if self._selectable(index):
            self._open_selected()

    def _show_menu(self, point: QPoint) -> None:
        assert self._menu is not None
        index = self.indexAt(point)
        if self._selectable(index):
            self.selectRow(index.row())
        menu = self._menu()
        menu.exec(self.viewport().mapToGlobal(point))
        menu.deleteLater()
