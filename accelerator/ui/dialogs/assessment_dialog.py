"""Logging (or correcting) a readiness assessment: made to be done in under a minute.

Focus starts on the first dimension with the previous level already chosen. Each row is
walked the same way whatever was pressed: a digit sets the level and moves to that row's
reason; Enter (on the level or in the reason) moves to the next row. Tab visits every
level and every reason in order. Only Ctrl+Enter (or the Save button) saves, and before a
save that needs a second look (a reason missing, a level fallen by two or more) the dialog
shows what changed. Esc asks before throwing typed words away.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import AssessmentKind
from accelerator.domain.formatting import format_date
from accelerator.services.assessments import AssessmentForm, AssessmentInput
from accelerator.services.records import AssessmentRecord, DimensionRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import assessment_kind_text, error_label, gap_colour
from accelerator.ui.operations import FormErrors, Versioned
from accelerator.ui.widgets.date_field import DateField, dates_understood
from accelerator.ui.widgets.level_picker import LevelPicker


@dataclass
class _Row:
    dimension: DimensionRecord
    picker: LevelPicker
    title: QLabel
    reason: QLineEdit
    error: QLabel


class AssessmentDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        form: AssessmentForm,
        parent: QWidget | None = None,
        correcting: AssessmentRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.form = form
        self.correcting = correcting
        self.saved: AssessmentRecord | None = None
        # The assessment being corrected as the fields were filled from it; its version is
        # what Save changes.
        self.versioned: Versioned[AssessmentRecord] | None = None
        if correcting is not None:
            assessments = context.services.assessments
            self.versioned = Versioned(
                correcting,
                reload=self._fill,
                fetch=lambda: assessments.get_assessment(correcting.id),
            )
        self.errors = FormErrors()
        enrolment = form.enrolment
        self.setWindowTitle(
            self.tr("Correct assessment") if correcting else self.tr("Log assessment")
        )
        outer = QVBoxLayout(self)

        heading = QLabel(
            f"<b>{escape(enrolment.company_name)}</b> · {escape(enrolment.cohort_name)}"
            f" · {escape(enrolment.programme_name)}",
            self,
        )
        heading.setObjectName("heading")
        outer.addWidget(heading)
        self.previous_label = QLabel(self._introduction(), self)
        self.previous_label.setWordWrap(True)
        outer.addWidget(self.previous_label)

        top = QHBoxLayout()
        self.date_error = error_label(self)
        self.date_edit = DateField(self, dt.date.today(), error_label=self.date_error)
        self.date_edit.set_maximum(dt.date.today())
        self.kind_combo = QComboBox(self)
        for kind in AssessmentKind:
            self.kind_combo.addItem(assessment_kind_text(kind), kind)
        self.kind_combo.setCurrentIndex(list(AssessmentKind).index(form.suggested_kind))
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.date_edit)
        top.addWidget(date_label)
        top.addWidget(self.date_edit)
        top.addSpacing(16)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind_combo)
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        top.addWidget(self.date_error)
        self.errors.register("assessed_on", self.date_error)
        outer.addLayout(top)

        body = QHBoxLayout()
        levels_box = QGroupBox(self.tr("Readiness levels"), self)
        grid = QGridLayout(levels_box)
        grid.setColumnStretch(3, 1)
        # A level's title beside its picker gets the width of the framework's longest, so
        # that choosing another level never needs more room than the dialog has (bokmål's
        # run to "Mest risikable antakelser undersøkt", wider than English's).
        metrics = self.fontMetrics()
        titles = [level.title for d in form.framework.dimensions for level in d.levels]
        title_width = max(
            180, *(metrics.horizontalAdvance(t) for t in [*titles, self.tr("not yet judged")])
        )
        self.rows: list[_Row] = []
        for i, dimension in enumerate(form.framework.dimensions):
            name = QLabel(f"<b>{escape(dimension.name)}</b>", levels_box)
            picker = LevelPicker(dimension, levels_box)
            picker.set_level(form.previous_levels.get(dimension.key), previous=True)
            name.setBuddy(picker)
            title = QLabel(levels_box)
            title.setMinimumWidth(title_width)
            reason = QLineEdit(levels_box)
            reason.setMinimumWidth(260)
            reason.setPlaceholderText(self.tr("Reason (required when the level changed)"))
            reason.setAccessibleName(self.tr("Reason for {0}").format(dimension.name))
            # Writing a reason, one reads the level's descriptor beside it.
            reason.installEventFilter(self)
            error = error_label(levels_box)
            self.errors.register(dimension.key, error)
            row = _Row(dimension, picker, title, reason, error)
            self.rows.append(row)
            grid.addWidget(name, 2 * i, 0)
            grid.addWidget(picker, 2 * i, 1)
            grid.addWidget(title, 2 * i, 2)
            grid.addWidget(reason, 2 * i, 3)
            grid.addWidget(error, 2 * i + 1, 3)
            picker.level_changed.connect(lambda _level, r=row: self._level_changed(r))
            picker.answered.connect(lambda r=row: r.reason.setFocus())
            picker.focused.connect(lambda r=row: self._show_descriptor(r))
            picker.typed.connect(lambda text, r=row: self._type_into_reason(r, text))
            picker.step.connect(lambda offset, i=i: self._go_to_row(i + offset))
            self._update_row(row)
        body.addWidget(levels_box, 3)

        self.descriptor = QLabel(self)
        self.descriptor.setWordWrap(True)
        self.descriptor.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.descriptor.setFrameShape(QFrame.Shape.StyledPanel)
        self.descriptor.setMinimumWidth(220)
        self.descriptor.setMaximumWidth(320)
        self.descriptor.setMargin(10)
        body.addWidget(self.descriptor, 1)
        outer.addLayout(body, 1)

        texts = QFormLayout()
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What you saw and discussed"))
        self.notes.setFixedHeight(70)
        self.next_steps = QPlainTextEdit(self)
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setPlaceholderText(self.tr("What the company does before the next session"))
        self.next_steps.setFixedHeight(56)
        self.confidential = QCheckBox(
            self.tr("Confidential: notes visible only to me and the coordinators"), self
        )
        if correcting is not None:
            self._fill(correcting)
        texts.addRow(self.tr("&Notes:"), self.notes)
        texts.addRow(self.tr("Next &steps:"), self.next_steps)
        texts.addRow("", self.confidential)
        outer.addLayout(texts)

        # Shown when a save needs a second look: which levels changed, and what is odd.
        self.review = QLabel(self)
        self.review.setWordWrap(True)
        self.review.setTextFormat(Qt.TextFormat.PlainText)
        self.review.setFrameShape(QFrame.Shape.StyledPanel)
        self.review.setMargin(8)
        self.review.setStyleSheet(f"QLabel {{ border: 1px solid {gap_colour().name()}; }}")
        self.review.setVisible(False)
        outer.addWidget(self.review)
        self._reviewed: dict[str, int] | None = None

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in self.buttons.buttons():
            # Enter moves between rows here; a button that saved on Enter would save a
            # half-written assessment. A focused button still answers Enter or Space.
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save (Ctrl+Enter)")
        )
        self.buttons.accepted.connect(self.request_save)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr("Keys: 1-9 choose a level · Enter: next row · Ctrl+Enter saves"), self
        )
        hint.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.request_save)

        # Tab order: each picker, then its reason, then the next picker; then the texts.
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.picker, row.reason]
        chain += [self.notes, self.next_steps, self.confidential]
        chain += [self.date_edit.line_edit, self.kind_combo]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if self.rows:
            self.rows[0].picker.setFocus()
            self._show_descriptor(self.rows[0])
        # Room for the reasons at 1100 pixels, or what the rows need if that is more: a
        # minimum set by hand would keep the dialog narrower than its rows, which then lost
        # the reasons' right edge in bokmål.
        self.resize(max(1100, self.minimumSizeHint().width()), self.sizeHint().height())
        # What the form held when it opened: anything else is typed work, not thrown away
        # without asking.
        self._untouched = self.to_input()

    def _fill(self, record: AssessmentRecord) -> None:
        """Show the assessment being corrected as ``record`` has it: at opening, and when
        taking the version someone else saved meanwhile."""
        self.correcting = record
        when = record.assessed_on
        self.date_edit.set_date(when)
        self.kind_combo.setCurrentIndex(list(AssessmentKind).index(record.kind))
        levels = record.levels
        reasons = {s.dimension_key: s.reason for s in record.scores}
        for row in self.rows:
            row.picker.set_level(levels.get(row.dimension.key))
            row.reason.setText(reasons.get(row.dimension.key, ""))
            row.reason.setCursorPosition(0)  # a long reason reads from its start
            row.error.setVisible(False)
            self._update_row(row)
        self.notes.setPlainText(record.notes)
        self.next_steps.setPlainText(record.next_steps)
        self.confidential.setChecked(record.confidential)
        self.previous_label.setText(self._introduction())
        if self.rows:
            self._show_descriptor(self.rows[0])
        self._untouched = self.to_input()

    def _introduction(self) -> str:
        if self.correcting is not None:
            return self.tr(
                "Correcting the assessment of {0}. The old values stay in the audit trail."
            ).format(format_date(self.correcting.assessed_on))
        previous = self.form.previous
        if previous is None:
            return self.tr("No earlier assessment: this is the baseline.")
        return self.tr(
            "Previous assessment: {0} ({1}). Underlined levels are the previous ones."
        ).format(format_date(previous.assessed_on), assessment_kind_text(previous.kind).lower())

    # --- behaviour ----------------------------------------------------------------------

    def _update_row(self, row: _Row) -> None:
        level = row.picker.level()
        record = row.dimension.level(level) if level else None
        row.title.setText(record.title if record else self.tr("not yet judged"))
        needs_reason = row.picker.changed
        if needs_reason and row.picker.previous is not None and level is not None:
            arrow = "↑" if level > row.picker.previous else "↓"
            row.reason.setPlaceholderText(
                self.tr("Why {0} {1} → {2}? (required)").format(arrow, row.picker.previous, level)
            )
        else:
            row.reason.setPlaceholderText(self.tr("Reason (optional)"))

    def _level_changed(self, row: _Row) -> None:
        self._update_row(row)
        self._show_descriptor(row)
        row.error.setVisible(False)
        if self.review.isVisible():
            self._show_review()

    def _type_into_reason(self, row: _Row, text: str) -> None:
        row.reason.setFocus()
        row.reason.insert(text)

    def _go_to_row(self, index: int) -> None:
        """Focus the level of row ``index``; past the last row, the notes."""
        if index >= len(self.rows):
            self.notes.setFocus()
        elif index >= 0:
            self.rows[index].picker.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            row = next((r for r in getattr(self, "rows", []) if r.reason is watched), None)
            if row is not None:
                self._show_descriptor(row)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Plain Enter never saves: in a reason it goes on to the next row, elsewhere
            # to the next field; a focused button is pressed.
            focus = self.focusWidget()
            row = next((i for i, r in enumerate(self.rows) if r.reason is focus), None)
            if row is not None:
                self._go_to_row(row + 1)
            elif isinstance(focus, QPushButton):
                focus.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def _show_descriptor(self, row: _Row) -> None:
        level = row.picker.level()
        dimension = row.dimension
        if level is None:
            self.descriptor.setText(
                f"<b>{escape(dimension.name)}</b><br>"
                + escape(dimension.description or "")
                + "<br><br>"
                + self.tr("Type 1-9 to choose a level.")
            )
            return
        record = dimension.level(level)
        text = "<b>" + self.tr("{0} — level {1}").format(escape(dimension.name), level) + "</b>"
        if record is not None:
            text += f"<br><i>{escape(record.title)}</i><br><br>{escape(record.description)}"
        if row.picker.previous is not None and row.picker.previous != level:
            text += "<br><br>" + self.tr("Previously {0}.").format(row.picker.previous)
        self.descriptor.setText(text)

    def to_input(self) -> AssessmentInput:
        """What the form holds. Its date is None while the date typed is not one: a save
        first checks the field (``dates_understood``), as None would mean today."""
        levels = {
            row.dimension.key: level
            for row in self.rows
            if (level := row.picker.level()) is not None
        }
        return AssessmentInput(
            enrolment_id=self.form.enrolment.id,
            levels=levels,
            reasons={row.dimension.key: row.reason.text() for row in self.rows},
            kind=self.kind_combo.currentData(),
            assessed_on=self.date_edit.date(),
            notes=self.notes.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
            confidential=self.confidential.isChecked(),
        )

    # --- saving and leaving -------------------------------------------------------------

    def changes_text(self) -> str:
        """The levels that differ from the previous assessment: "Customer 5 → 7, …"."""
        return ", ".join(
            f"{row.dimension.name} {row.picker.previous} → {row.picker.level()}"
            for row in self.rows
            if row.picker.changed
        )

    def _needs_review(self) -> bool:
        for row in self.rows:
            if not row.picker.changed:
                continue
            if not row.reason.text().strip() or _fall(row.picker) >= 2:
                return True
        return False

    def _show_review(self) -> None:
        lines = [self.tr("Levels changed: {0}.").format(self.changes_text())]
        missing = [r for r in self.rows if r.picker.changed and not r.reason.text().strip()]
        for row in self.rows:
            fall = _fall(row.picker)
            if fall >= 2:
                lines.append(self.tr("{0} falls by {1} levels.").format(row.dimension.name, fall))
        if missing:
            names = ", ".join(r.dimension.name for r in missing)
            lines.append(self.tr("Give a reason for {0}, or set the level back.").format(names))
        else:
            lines.append(self.tr("Press Ctrl+Enter again to save."))
        self.review.setText(" ".join(lines))
        self.review.setVisible(bool(self.changes_text()))

    def request_save(self) -> None:
        """Ctrl+Enter or Save: save, after one look at the changes when they need it."""
        levels = self.to_input().levels
        if self._needs_review() and self._reviewed != levels:
            self._reviewed = dict(levels)
            self._show_review()
            missing = next(
                (r for r in self.rows if r.picker.changed and not r.reason.text().strip()),
                None,
            )
            if missing is not None:
                missing.reason.setFocus()
            return
        self.save()

    def has_typed_work(self) -> bool:
        return self.to_input() != self._untouched

    def confirm_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("Discard this assessment? What you typed will be lost."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def reject(self) -> None:
        """Esc, Cancel or closing the window: typed work is thrown away only when asked."""
        if self.saved is None and self.has_typed_work() and not self.confirm_discard():
            return
        super().reject()

    def save(self) -> None:
        if not dates_understood(self.date_edit):
            return
        data = self.to_input()
        service = self.context.services.assessments
        versioned = self.versioned
        if self.correcting is not None and versioned is not None:
            assessment_id = self.correcting.id

            def call() -> AssessmentRecord:
                return service.correct_assessment(
                    assessment_id, data, expected_version=versioned.version
                )

        else:

            def call() -> AssessmentRecord:
                return service.log_assessment(data)

        result = self.context.write(
            self,
            call,
            form=self.errors,
            title=self.windowTitle(),
            versioned=versioned,
        )
        if result is not None:
            self.saved = result
            self.accept()
        else:
            self._focus_first_error()

    def errors_text(self) -> str:
        """The problems shown in the form, one per line (for logs and tests)."""
        shown = [self.date_error] + [row.error for row in self.rows]
        return "\n".join(label.text() for label in shown if label.isVisible())

    def _focus_first_error(self) -> None:
        for row in self.rows:
            if row.error.isVisible():
                row.reason.setFocus()
                return

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: AppContext,
        enrolment_id: int,
        correcting: AssessmentRecord | None = None,
    ) -> AssessmentRecord | None:
        form = context.services.assessments.assessment_form(enrolment_id)
        dialog = cls(context, form, parent, correcting)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()  # as every dialog: none is left behind under its parent


def _fall(picker: LevelPicker) -> int:
    """How many levels the picker's level lies below the previous one (0 if not below)."""
    level, previous = picker.level(), picker.previous
    if level is None or previous is None:
        return 0
    return max(previous - level, 0)
