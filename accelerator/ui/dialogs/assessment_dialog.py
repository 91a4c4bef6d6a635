"""Logging (or correcting) a readiness assessment: made to be done in under a minute.

Focus starts on the first dimension with the previous level already chosen. A digit
sets the level and moves on: to the reason when the level changed, else to the next
dimension; Tab keeps a level. Ctrl+Enter saves from anywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import AssessmentKind
from accelerator.services.assessments import AssessmentForm, AssessmentInput
from accelerator.services.records import AssessmentRecord, DimensionRecord
from accelerator.ui.context import AppContext
from accelerator.ui.operations import Data, FormErrors, Versioned
from accelerator.ui.widgets.level_picker import LevelPicker

KIND_LABELS = {
    AssessmentKind.BASELINE: "Baseline",
    AssessmentKind.PROGRESS: "Progress",
    AssessmentKind.FINAL: "Final",
}


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
        self.setMinimumWidth(1100)
        outer = QVBoxLayout(self)

        heading = QLabel(
            f"<b>{escape(enrolment.company_name)}</b> · {escape(enrolment.cohort_name)}"
            f" · {escape(enrolment.programme_name)}",
            self,
        )
        outer.addWidget(heading)
        self.previous_label = QLabel(self._introduction(), self)
        self.previous_label.setWordWrap(True)
        outer.addWidget(self.previous_label)

        top = QHBoxLayout()
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        when = dt.date.today()
        self.date_edit.setDate(QDate(when.year, when.month, when.day))
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.kind_combo = QComboBox(self)
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(self.tr(label), kind)
        self.kind_combo.setCurrentIndex(list(KIND_LABELS).index(form.suggested_kind))
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
        self.date_error = _error_label(self)
        top.addWidget(self.date_error)
        self.errors.register("assessed_on", self.date_error)
        outer.addLayout(top)

        body = QHBoxLayout()
        levels_box = QGroupBox(self.tr("Readiness levels"), self)
        grid = QGridLayout(levels_box)
        grid.setColumnStretch(3, 1)
        self.rows: list[_Row] = []
        for i, dimension in enumerate(form.framework.dimensions):
            name = QLabel(f"<b>{escape(dimension.name)}</b>", levels_box)
            picker = LevelPicker(dimension, levels_box)
            picker.set_level(form.previous_levels.get(dimension.key), previous=True)
            name.setBuddy(picker)
            title = QLabel(levels_box)
            title.setMinimumWidth(180)
            reason = QLineEdit(levels_box)
            reason.setMinimumWidth(260)
            reason.setPlaceholderText(self.tr("Reason (required when the level changed)"))
            reason.setAccessibleName(self.tr("Reason for {0}").format(dimension.name))
            error = _error_label(levels_box)
            self.errors.register(dimension.key, error)
            row = _Row(dimension, picker, title, reason, error)
            self.rows.append(row)
            grid.addWidget(name, 2 * i, 0)
            grid.addWidget(picker, 2 * i, 1)
            grid.addWidget(title, 2 * i, 2)
            grid.addWidget(reason, 2 * i, 3)
            grid.addWidget(error, 2 * i + 1, 3)
            picker.level_changed.connect(lambda _level, r=row: self._level_changed(r))
            picker.answered.connect(lambda r=row: self._answered(r))
            picker.focused.connect(lambda r=row: self._show_descriptor(r))
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

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save (Ctrl+Enter)")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Keys: 1-9 choose a level · Tab keeps it · Ctrl+Enter saves"), self)
        hint.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

        # Tab order: each picker, then its reason, then the next picker; then the texts.
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.picker, row.reason]
        chain += [self.notes, self.next_steps, self.confidential, self.date_edit, self.kind_combo]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if self.rows:
            self.rows[0].picker.setFocus()
            self._show_descriptor(self.rows[0])

    def _fill(self, record: AssessmentRecord) -> None:
        """Show the assessment being corrected as ``record`` has it: at opening, and when
        taking the version someone else saved meanwhile."""
        self.correcting = record
        when = record.assessed_on
        self.date_edit.setDate(QDate(when.year, when.month, when.day))
        self.kind_combo.setCurrentIndex(list(KIND_LABELS).index(record.kind))
        levels = record.levels
        reasons = {s.dimension_key: s.reason for s in record.scores}
        for row in self.rows:
            row.picker.set_level(levels.get(row.dimension.key))
            row.reason.setText(reasons.get(row.dimension.key, ""))
            row.error.setVisible(False)
            self._update_row(row)
        self.notes.setPlainText(record.notes)
        self.next_steps.setPlainText(record.next_steps)
        self.confidential.setChecked(record.confidential)
        self.previous_label.setText(self._introduction())
        if self.rows:
            self._show_descriptor(self.rows[0])

    def _introduction(self) -> str:
        if self.correcting is not None:
            return self.tr(
                "Correcting the assessment of {0}. The old values stay in the audit trail."
            ).format(self.correcting.assessed_on.isoformat())
        previous = self.form.previous
        if previous is None:
            return self.tr("No earlier assessment: this is the baseline.")
        return self.tr(
            "Previous assessment: {0} ({1}). Underlined levels are the previous ones."
        ).format(previous.assessed_on.isoformat(), previous.kind.value)

    # --- behaviour ----------------------------------------------------------------------

    def _update_row(self, row: _Row) -> None:
        level = row.picker.level()
        record = row.dimension.level(level) if level else None
        row.title.setText(record.title if record else self.tr("not yet judged"))
        needs_reason = row.picker.changed
        row.reason.setEnabled(needs_reason or bool(row.reason.text()))
        # A reason is asked for only where a level moved; otherwise Tab skips the field.
        row.reason.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if row.reason.isEnabled() else Qt.FocusPolicy.NoFocus
        )
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

    def _answered(self, row: _Row) -> None:
        if row.picker.changed and not row.reason.text().strip():
            row.reason.setFocus()
            return
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            self.rows[index + 1].picker.setFocus()
        else:
            self.notes.setFocus()

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
        text = f"<b>{escape(dimension.name)} — level {level}</b>"
        if record is not None:
            text += f"<br><i>{escape(record.title)}</i><br><br>{escape(record.description)}"
        if row.picker.previous is not None and row.picker.previous != level:
            text += "<br><br>" + self.tr("Previously {0}.").format(row.picker.previous)
        self.descriptor.setText(text)

    def to_input(self) -> AssessmentInput:
        date = self.date_edit.date()
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
            assessed_on=dt.date(date.year(), date.month(), date.day()),
            notes=self.notes.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
            confidential=self.confidential.isChecked(),
        )

    def save(self) -> None:
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
            changes=[Data.ASSESSMENTS],
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
                (row.reason if row.reason.isEnabled() else row.picker).setFocus()
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
        dialog.exec()
        return dialog.saved


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet("color: #c62828;")
    label.setWordWrap(True)
    return label
