"""The company profile form, shared by the company page and the New company dialog.

The form checks nothing itself: it hands a ``CompanyInput`` to the service and shows
the service's problems beside the fields they are about (``errors``, a ``FormErrors``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QPalette, QRegularExpressionValidator, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import OrganisationKind, in_words
from accelerator.services.companies import CompanyInput, CompanySuggestions
from accelerator.services.records import ClusterRecord, CompanyRecord
from accelerator.ui.kit import FieldError
from accelerator.ui.operations import FormErrors

#: Field names as the service uses them, in the order of the form.
FIELDS = (
    "name",
    "kind",
    "org_number",
    "country",
    "registry_number",
    "sector",
    "home_cluster",
    "website",
    "founded_year",
    "employees",
    "technology_focus",
    "description",
)


class CompanyForm(QWidget):
    """Name, kind (a company, a research institute...), registration (Norwegian org.
    number, or country and registry number abroad), sector, home cluster (one of the
    clusters on record, or a new name), website, founded, employees, technology focus and
    description."""

    #: The user changed a field.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FormErrors()
        self.error_labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        #: Each field's edit by the service's name for it, in the order of the form.
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._loaded = CompanyInput(name="")
        self._loading = False

        self.name_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        for kind in OrganisationKind:
            self.kind_combo.addItem(in_words(kind), kind.value)
        self.org_number_edit = QLineEdit(self)
        self.org_number_edit.setPlaceholderText(self.tr("Nine digits, e.g. 923 609 016"))
        self.foreign_check = QCheckBox(self.tr("Registered outside Norway"), self)
        self.country_edit = QLineEdit(self)
        self.country_edit.setPlaceholderText(self.tr("e.g. Denmark"))
        self.registry_edit = QLineEdit(self)
        self.registry_edit.setPlaceholderText(self.tr("The number in that country's register"))
        self.sector_edit = QLineEdit(self)
        self.sector_edit.setPlaceholderText(self.tr("e.g. Marine sensors"))
        # The clusters on record, or a new name typed (made a partner cluster on saving).
        self.cluster_combo = QComboBox(self)
        self.cluster_combo.setEditable(True)
        self.cluster_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        cluster_edit = self.cluster_combo.lineEdit()
        assert cluster_edit is not None, "an editable combo has its line"
        self.cluster_edit: QLineEdit = cluster_edit
        self.cluster_edit.setPlaceholderText(self.tr("Choose one, or type a new name"))
        self.website_edit = QLineEdit(self)
        self.website_edit.setPlaceholderText("https://")
        whole_number = QRegularExpressionValidator(QRegularExpression(r"\d{0,7}"), self)
        self.founded_edit = QLineEdit(self)
        self.founded_edit.setValidator(whole_number)
        self.founded_edit.setPlaceholderText(self.tr("Year"))
        self.employees_edit = QLineEdit(self)
        self.employees_edit.setValidator(whole_number)
        self.technology_edit = _text_box(self, 3)
        self.technology_edit.setPlaceholderText(
            self.tr("The technology the company builds on, in a sentence or two")
        )
        self.description_edit = _text_box(self, 4)
        self.description_edit.setPlaceholderText(
            self.tr("What the company does and for whom; where it stands")
        )
        for edit in (self.founded_edit, self.employees_edit):
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0") * 10 + 16)

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(8)
        self._row("name", self.tr("&Name"), self.name_edit)
        self._row("kind", self.tr("&Kind"), self.kind_combo, narrow=True)
        self._row("org_number", self.tr("&Org. number"), self.org_number_edit)
        self.form.addRow("", self.foreign_check)
        self._row("country", self.tr("&Country"), self.country_edit)
        self._row("registry_number", self.tr("&Registry number"), self.registry_edit)
        self._row("sector", self.tr("&Sector"), self.sector_edit)
        self._row("home_cluster", self.tr("Home &cluster"), self.cluster_combo)
        self._row("website", self.tr("&Website"), self.website_edit)
        self._row("founded_year", self.tr("Fo&unded"), self.founded_edit, narrow=True)
        self._row("employees", self.tr("Em&ployees"), self.employees_edit, narrow=True)
        self._row("technology_focus", self.tr("&Technology focus"), self.technology_edit)
        self._row("description", self.tr("&Description"), self.description_edit)

        for field_edit in self.edits.values():
            field_edit.textChanged.connect(self._changed)
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.foreign_check.toggled.connect(self._foreign_toggled)
        self.foreign_check.toggled.connect(self._changed)
        self._foreign_toggled(False)

    def _row(self, field: str, label: str, widget: QWidget, *, narrow: bool = False) -> None:
        """A field with its error line under it; the error goes away once the field is edited."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if narrow:
            line = QHBoxLayout()
            line.addWidget(widget)
            line.addStretch(1)
            column.addLayout(line)
        else:
            column.addWidget(widget)
        error = WrappedFieldError(label, holder)
        column.addWidget(error)
        column.addStretch(1)  # any spare height goes below, keeping the field by its label
        self.form.addRow(label, holder)
        buddy = self.form.labelForField(holder)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(widget)
            # Line the label's text up with the field's first line, not with the error under it.
            if isinstance(widget, QPlainTextEdit):
                top = widget.frameWidth() + 4
            else:
                top = max(0, (widget.sizeHint().height() - buddy.sizeHint().height()) // 2)
            buddy.setContentsMargins(0, top, 0, 0)
            # Some font set-ups paint a label a few pixels wider than they measure it.
            buddy.setMinimumWidth(buddy.sizeHint().width() + 6)
        self.errors.register(field, error)
        self.error_labels[field] = error
        self._fields[field] = holder
        text = self.cluster_edit if widget is self.cluster_combo else widget
        if isinstance(text, QLineEdit | QPlainTextEdit):
            self.edits[field] = text
            text.textChanged.connect(lambda *_: error.setVisible(False))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda *_: error.setVisible(False))

    # --- values -------------------------------------------------------------------------

    def load(self, record: CompanyRecord | None) -> None:
        """Show ``record`` (None: an empty form for a new company), with no error showing."""
        value = CompanyInput.from_record(record) if record else CompanyInput(name="")
        self._loading = True
        try:
            self.name_edit.setText(value.name)
            self.org_number_edit.setText(value.org_number)
            self.foreign_check.setChecked(value.is_foreign)
            self.country_edit.setText(value.country if value.is_foreign else "")
            self.registry_edit.setText(value.registry_number)
            self.sector_edit.setText(value.sector)
            self.kind_combo.setCurrentIndex(
                self.kind_combo.findData((value.kind or OrganisationKind.COMPANY).value)
            )
            self._show_cluster(value.home_cluster)
            self.website_edit.setText(value.website)
            self.founded_edit.setText("" if value.founded_year is None else str(value.founded_year))
            self.employees_edit.setText("" if value.employees is None else str(value.employees))
            self.technology_edit.setPlainText(value.technology_focus)
            self.description_edit.setPlainText(value.description)
        finally:
            self._loading = False
        self._loaded = self.value()
        self.errors.clear()
        for edit in (self.name_edit, self.org_number_edit, self.website_edit):
            edit.setCursorPosition(0)

    def value(self) -> CompanyInput:
        """What the form says, as the service takes it: the home cluster chosen from the
        list by its id (renamed meanwhile, it is still the one chosen), a name typed by
        its name."""
        typed = company_input(self.edits, foreign=self.foreign_check.isChecked())
        found = self.cluster_combo.findText(
            self.cluster_edit.text(), Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive
        )
        chosen = self.cluster_combo.itemData(found) if found >= 0 else None
        return replace(
            typed,
            kind=OrganisationKind(self.kind_combo.currentData()),
            home_cluster_id=chosen,
        )

    def _show_cluster(self, name: str) -> None:
        found = self.cluster_combo.findText(
            name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive
        )
        self.cluster_combo.setCurrentIndex(found)
        self.cluster_edit.setText(name)

    def is_edited(self) -> bool:
        """Whether the fields differ from what was loaded."""
        return self.value() != self._loaded

    def set_suggestions(
        self, suggestions: CompanySuggestions, clusters: Sequence[ClusterRecord] = ()
    ) -> None:
        """Offer the sectors and countries other companies already have, and the clusters
        on record (what is typed in the cluster's field stays)."""
        typed = self.cluster_edit.text()
        loading, self._loading = self._loading, True
        try:
            self.cluster_combo.clear()
            for cluster in clusters:
                self.cluster_combo.addItem(cluster.name, cluster.id)
            self._show_cluster(typed)
        finally:
            self._loading = loading
        for edit, values in (
            (self.sector_edit, suggestions.sectors),
            (self.country_edit, suggestions.countries),
        ):
            completer = QCompleter(list(values), edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
        self.foreign_check.setEnabled(not read_only)
        for combo in (self.kind_combo, self.cluster_combo):
            combo.setEnabled(not read_only)
            if not read_only:
                continue
            # Read, not greyed out: whoever may not change the profile still reads it, as
            # in the read-only text fields beside them.
            palette = combo.palette()
            for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
                shown = palette.color(QPalette.ColorGroup.Active, role)
                palette.setColor(QPalette.ColorGroup.Disabled, role, shown)
            combo.setPalette(palette)

    def focus_first_error(self) -> bool:
        """Put the cursor in the first field the service complained about."""
        for field in FIELDS:
            if not self.error_labels[field].isHidden():
                widget = self.form.labelForField(self._fields[field])
                buddy = widget.buddy() if isinstance(widget, QLabel) else None
                if buddy is not None:
                    buddy.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _foreign_toggled(self, foreign: bool) -> None:
        self.form.setRowVisible(self._fields["org_number"], not foreign)
        self.form.setRowVisible(self._fields["country"], foreign)
        self.form.setRowVisible(self._fields["registry_number"], foreign)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()


class WrappedFieldError(FieldError):
    """A field's error that asks for the height of all its lines at the field's width.

    A word-wrapped QLabel asks its layout for one line and leaves the rest to the layout's
    height-for-width, which a form layout inside a dialog honours only in part: a message
    wrapping to two lines squeezed the Description box of the New company dialog from 68
    to 53 pixels. This label's minimum is its whole text at the width of the field's
    column (it spans it), so the window grows instead.
    """

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        # The column's width, not the label's own: a label shown for the first time still
        # has Qt's default 100 pixels, which would ask for eight lines.
        holder = self.parentWidget()
        width = holder.contentsRect().width() if holder is not None else self.width()
        if self.text() and width > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(width)))
        return hint

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        hint.setHeight(self.minimumSizeHint().height())
        return hint

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # narrower: more lines, so the layout asks again


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 2 * box.frameWidth() + 10
    box.setFixedHeight(height)
    return box


def company_input(
    edits: Mapping[str, QLineEdit | QPlainTextEdit], *, foreign: bool
) -> CompanyInput:
    """What a company's form says, as the service takes it: ``edits`` by the service's
    names for them (a form may leave some out). Only the number that applies is kept: the
    org. number for a Norwegian company, country and registry number else; a year or a
    count that is not a whole number is none."""

    def text(field: str) -> str:
        edit = edits.get(field)
        if isinstance(edit, QPlainTextEdit):
            return edit.toPlainText()
        return edit.text() if edit is not None else ""

    return CompanyInput(
        name=text("name"),
        org_number="" if foreign else text("org_number"),
        is_foreign=foreign,
        country=text("country") if foreign else "Norway",
        registry_number=text("registry_number") if foreign else "",
        sector=text("sector"),
        home_cluster=text("home_cluster"),
        website=text("website"),
        founded_year=_whole_number(text("founded_year")),
        employees=_whole_number(text("employees")),
        technology_focus=text("technology_focus"),
        description=text("description"),
    )


def _whole_number(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None
