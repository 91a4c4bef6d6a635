"""One way to write a dialog that saves one thing: ``FormDialog``.

The dialog is a shell (a title, what is said above and below the form, a line for the
service's messages about no field in particular, and the row of buttons) around a form
of rows: a label with its mnemonic, the field the mnemonic reaches, and beneath the
field the line where the service's message about it appears. Save runs the service call
through the window's write helper (``context.write``); a refusal is shown beside the
fields and the dialog stays open with what was typed, so nothing is lost and nothing is
half-saved. ``ask`` shows the dialog and gives what was saved, or None.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Generic, ParamSpec, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.errors import AcceleratorError, ValidationError
from accelerator.i18n import in_context
from accelerator.ui.context import AppContext
from accelerator.ui.kit import error_label, with_error
from accelerator.ui.operations import FormErrors, Versioned
from accelerator.ui.widgets.date_field import DateField, dates_understood
from accelerator.ui.widgets.wrapped_text import fit_wrapped_text

P = ParamSpec("P")
R = TypeVar("R")


@runtime_checkable
class _Stored(Protocol):
    """A record as the services return it: with its id."""

    @property
    def id(self) -> int: ...


_tr = in_context("FormDialog")


def button_row(
    dialog: QDialog,
    accept: str,
    reject: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Cancel,
) -> tuple[QDialogButtonBox, QPushButton]:
    """The row of buttons under a dialog: ``accept`` (the default button: Enter presses it)
    calls the dialog's ``accept``, ``reject`` (Escape) its ``reject``. Returns the row and
    the accept button."""
    buttons = QDialogButtonBox(dialog)
    button = buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    button.setDefault(True)
    buttons.addButton(reject)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, button


def labelled_row(
    form: QFormLayout, label: str, widget: QWidget, focus: QWidget | None = None
) -> QLabel | None:
    """Add ``label`` beside ``widget`` to ``form``; the label's mnemonic reaches ``focus``
    (default ``widget``): a field, not the box around it with its error line."""
    form.addRow(label, widget)
    shown = form.labelForField(widget)
    if not isinstance(shown, QLabel):
        return None
    shown.setBuddy(focus or widget)
    return shown


def as_sentence(message: str) -> str:
    """A service message ("wrong username or password") as a sentence on screen."""
    text = message.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class FormDialog(QDialog, Generic[R]):
    """A dialog that saves one ``R`` through a service and closes only once it is saved.

    A subclass builds its rows after ``super().__init__`` with ``add_field`` (a field the
    service may have something to say about) and ``add_row`` (a label and a widget), and
    says how to save in ``save_call``: it reads the fields there and returns the service
    call, which reads no widget (on a server it runs in a worker). A form that edits a
    record calls ``edit(record, fetch)`` and implements ``fill``: a save then says which
    version it changes, and a conflict offers the other person's version.

    Every date field shown must be understood before anything is sent; the first field
    the service complained about gets the cursor. ``ask(parent, ...)`` takes what the
    constructor takes, shows the dialog and gives ``saved``, or None when cancelled;
    afterwards the dialog is deleted, so none is left behind under its parent.
    """

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext | None,
        *,
        title: str,
        accept: str = "",
        width: int = 480,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.saved: R | None = None
        #: The record the fields were filled from, when editing one: its version is the
        #: one a save changes.
        self.versioned: Versioned[R] | None = None
        self.errors = FormErrors()
        self._fields: list[tuple[QLabel, QWidget]] = []
        self.setWindowTitle(title)
        self._width = width
        self._shown_once = False

        self.body = QVBoxLayout(self)
        self.body.setSpacing(10)
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setVerticalSpacing(10)
        self.body.addLayout(self.form_layout)
        self._above = 0
        # What the service says about no field in particular (or about one not shown).
        self.general_error = error_label(self)
        self.errors.register("", self.general_error)
        self.body.addWidget(self.general_error)
        self.buttons, self.save_button = button_row(self, accept or _tr("Save"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.body.addWidget(self.buttons)
        # A message that wraps to three lines takes its height from the window, not from
        # the fields around it.
        fit_wrapped_text(self)

    @property
    def context(self) -> AppContext:
        """The window's context. A dialog shown before there is a window (the first start)
        has none, and saves in its own ``submit``."""
        if self._context is None:
            raise RuntimeError(f"{type(self).__name__} is shown before there is a window")
        return self._context

    # --- building ---------------------------------------------------------------------------

    def add_field(
        self,
        field: str,
        label: str,
        widget: QWidget,
        *,
        focus: QWidget | None = None,
        error: QLabel | None = None,
        subject: str = "",
    ) -> QLabel:
        """A row for what the service calls ``field``: ``label`` beside ``widget``, and the
        service's message beneath it. The mnemonic and the cursor after a refusal go to
        ``focus`` (default: ``widget``, which may be a box around it). ``error`` is a line
        made already (a date field's, which also says why a date is not one); ``subject``
        names the field in a message that follows a name ("must be after the start date":
        "The end date must be after..."). Returns the error line."""
        line = error if error is not None else error_label(self, subject)
        self.add_row(label, with_error(widget, line), focus or widget)
        self.errors_of(field, line, focus or widget)
        return line

    def errors_of(self, field: str, line: QLabel, focus: QWidget) -> None:
        """Show the service's message about ``field`` on ``line``, a line already placed
        (two dates in one row have one each); after a refusal the cursor goes to ``focus``."""
        if field:
            self.errors.register(field, line)
        self._fields.append((line, focus))

    def add_row(self, label: str, widget: QWidget, focus: QWidget | None = None) -> None:
        """``label`` beside ``widget``; its mnemonic reaches ``focus`` (default ``widget``)."""
        labelled_row(self.form_layout, label, widget, focus)

    def add_date_field(
        self, field: str, label: str, field_widget: DateField, *, box: QWidget | None = None
    ) -> QLabel:
        """A date field's row: its own reasons and the service's share its error line."""
        return self.add_field(
            field, label, box or field_widget, focus=field_widget, error=field_widget.error_label
        )

    def date_field(self, day: dt.date | None, *, optional: bool = False) -> DateField:
        """A date field whose problems are shown on a line of the form (``add_date_field``)."""
        return DateField(self, day, optional=optional, error_label=error_label(self))

    def label_of(self, line: QLabel) -> QLabel:
        """The label of the row ``add_field`` made with the error line ``line``."""
        label = self.form_layout.labelForField(self._box_of(line))
        assert isinstance(label, QLabel), "a row made by add_field has a label"
        return label

    def show_field(self, line: QLabel, shown: bool) -> None:
        """Show or hide the whole row ``add_field`` made with the error line ``line``."""
        self.form_layout.setRowVisible(self._box_of(line), shown)

    @staticmethod
    def _box_of(line: QLabel) -> QWidget:
        box = line.parentWidget()
        assert box is not None, "a row made by add_field holds its error line"
        return box

    def add_above(self, widget: QWidget, stretch: int = 0) -> None:
        """Put ``widget`` above the form, after what is there already."""
        self.body.insertWidget(self._above, widget, stretch)
        self._above += 1

    def add_below(self, widget: QWidget) -> None:
        """Put ``widget`` under the form, above the general message and the buttons."""
        self.body.insertWidget(self.body.indexOf(self.general_error), widget)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        # Before the first showing, when the rows are all there: Qt gives the cursor to the
        # first field as the window is shown, and sizes it if nobody has.
        if visible and not self._shown_once:
            self._shown_once = True
            self._buttons_last()
            if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
                # Opened at ``width`` (or wider, when the rows ask for more) and as tall as
                # the rows want; a person may still make it narrower.
                hint = self.sizeHint()
                self.resize(max(self._width, hint.width()), hint.height())
        super().setVisible(visible)

    def _buttons_last(self) -> None:
        """The shell's buttons were made before the fields, and Qt's focus chain follows
        the order widgets are made in: without this, the dialog opened with the cursor on
        Save, and a Space typed into it pressed Save. The first field has the cursor; Tab
        reaches the buttons last."""
        buttons = [b for b in self.buttons.buttons() if b.isVisibleTo(self)]
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not self and widget is not None:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        fields = [
            w
            for w in chain
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not self.buttons.isAncestorOf(w)
            and w.isVisibleTo(self)
        ]
        previous = fields[-1] if fields else None
        for button in buttons:
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
        # A button box shown in a dialog where nothing has the cursor yet gives it to its
        # default button; the form means to be typed into.
        if fields and self.focusWidget() is None:
            fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- editing a record -------------------------------------------------------------------

    def edit(self, record: R, fetch: Callable[[], R]) -> Versioned[R]:
        """Fill the form from ``record``; a save changes this version of it, and a conflict
        can reload it (``fetch`` reads it anew)."""
        self.versioned = Versioned(record, reload=self.fill, fetch=fetch)
        self.fill(record)
        return self.versioned

    def editing(self) -> Versioned[R]:
        """The record being edited, as ``edit`` was given it (or a conflict replaced it)."""
        if self.versioned is None:
            raise RuntimeError(f"{type(self).__name__} was given no record to edit")
        return self.versioned

    def fill(self, record: R) -> None:
        """Show ``record`` in the fields (at opening, and when taking someone else's)."""
        raise NotImplementedError(f"{type(self).__name__} edits no record")

    # --- saving -----------------------------------------------------------------------------

    def save_call(self) -> Callable[[], R] | None:
        """The service call that saves what the fields say now, or None to save nothing."""
        raise NotImplementedError(f"{type(self).__name__} says nothing of how it saves")

    def create_or_update(
        self, create: Callable[[], R], update: Callable[[int, int], R]
    ) -> Callable[[], R]:
        """The call that saves a new record (``create()``) or the one being edited
        (``update(its id, the version it changes)``). The version is read at each attempt:
        after Overwrite in a conflict it is the other person's."""
        versioned = self.versioned
        if versioned is None:
            return create
        record = versioned.record
        assert isinstance(record, _Stored), "a record being edited is a stored one"
        record_id = record.id
        return lambda: update(record_id, versioned.version)

    def submit(self) -> R | None:
        """Save; what was saved, or None when it was refused (and why is shown)."""
        call = self.save_call()
        if call is None:
            return None
        return self.context.write(self, call, form=self.errors, versioned=self.versioned)

    def accept(self) -> None:
        """Save, and close once saved; refused, stay open with the reasons shown."""
        dates = [d for d in self.findChildren(DateField) if d.isVisibleTo(self)]
        if not dates_understood(*dates):
            return  # each date says why beneath it; nothing is sent
        saved = self.submit()
        if saved is None:
            self.focus_first_error()
            return
        self.saved = saved
        super().accept()

    def refuse(self, error: AcceleratorError) -> None:
        """Show ``error`` in the dialog: a refusal about fields beside them, anything else
        on the general line (for a dialog that calls its service itself)."""
        self.errors.clear()
        if isinstance(error, ValidationError):
            unplaced = self.errors.show(error)
            if not unplaced:
                return
            text = "\n".join(unplaced)
        else:
            text = as_sentence(str(error))
        self.general_error.setText(text)
        self.general_error.setVisible(True)

    def focus_first_error(self) -> bool:
        """Put the cursor in the first field whose error line shows; whether there was one."""
        for line, widget in self._fields:
            if not line.isHidden():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    @classmethod
    def ask(cls: Callable[P, FormDialog[R]], *args: P.args, **kwargs: P.kwargs) -> R | None:
        """Show the dialog until it closes; what it saved, or None."""
        dialog = cls(*args, **kwargs)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
