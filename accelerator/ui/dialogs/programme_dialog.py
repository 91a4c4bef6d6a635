"""Create or edit a programme: its name, cluster, description, readiness framework and how
often its companies are assessed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from accelerator.services.frameworks import DEFAULT_FRAMEWORK_KEY
from accelerator.services.programmes import ProgrammeInput
from accelerator.services.records import FrameworkRecord, ProgrammeRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import error_label, muted_label, with_error
from accelerator.ui.operations import FormErrors, Versioned


class ProgrammeDialog(QDialog):
    """``ProgrammeDialog.ask(parent, context)`` creates a programme; with ``programme`` it
    edits that one. The dialog saves itself: it stays open, with the service's messages
    beside the fields, until the programme is saved or the user cancels."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        programme: ProgrammeRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.programme = programme
        self.saved: ProgrammeRecord | None = None
        # The programme the fields were filled from; its version is what Save changes.
        self.versioned: Versioned[ProgrammeRecord] | None = None
        self.setWindowTitle(self.tr("Edit programme") if programme else self.tr("New programme"))
        self.setMinimumWidth(560)
        self.errors = FormErrors()

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Ocean Technology Accelerator"))
        self.cluster_edit = QLineEdit(self)
        self.cluster_edit.setPlaceholderText(self.tr("e.g. Vestkyst Ocean Technology Cluster"))
        self.framework_combo = QComboBox(self)
        self.framework_hint = muted_label("", self)
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(1, 52)
        self.interval_spin.setValue(6)
        self.interval_spin.setSuffix(self.tr(" weeks"))
        self.interval_spin.setMinimumWidth(110)
        self.interval_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        interval_box = QWidget(self)
        interval_row = QHBoxLayout(interval_box)
        interval_row.setContentsMargins(0, 0, 0, 0)
        interval_row.addWidget(self.interval_spin)
        interval_hint = muted_label(
            self.tr("Mentors are reminded when a company's last assessment is older."), self
        )
        interval_row.addWidget(interval_hint, 1)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("What the programme offers, for whom, and how long it runs.")
        )
        self.description_edit.setMinimumHeight(90)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        for field, label, widget in (
            ("name", self.tr("&Name:"), self.name_edit),
            ("cluster", self.tr("&Cluster:"), self.cluster_edit),
            ("framework", self.tr("&Readiness framework:"), self._framework_box()),
            ("assessment_interval_weeks", self.tr("&Assess every:"), interval_box),
            ("description", self.tr("&Description:"), self.description_edit),
        ):
            error = error_label(self)
            self.errors.register(field, error)
            form.addRow(label, with_error(widget, error))
        # The mnemonics move focus to the field, not to the box around it.
        for row, widget in enumerate(
            (
                self.name_edit,
                self.cluster_edit,
                self.framework_combo,
                self.interval_spin,
                self.description_edit,
            )
        ):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                item.widget().setBuddy(widget)  # type: ignore[attr-defined]

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if programme is None:
            self.save_button.setText(self.tr("Create programme"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

        self._frameworks = self._load_frameworks()
        self.framework_combo.currentIndexChanged.connect(self._framework_chosen)
        if programme is not None:
            programmes = context.services.programmes
            self.versioned = Versioned(
                programme,
                reload=self._fill,
                fetch=lambda: programmes.get_programme(programme.id),
            )
            self._fill(programme)
        self._framework_chosen()

    def _fill(self, programme: ProgrammeRecord) -> None:
        """Show ``programme`` in the fields (at opening, and when taking someone else's)."""
        self.programme = programme
        self.name_edit.setText(programme.name)
        self.cluster_edit.setText(programme.cluster)
        self.description_edit.setPlainText(programme.description)
        self.interval_spin.setValue(programme.assessment_interval_weeks)
        found = self.framework_combo.findData(programme.framework_id)
        if found >= 0:
            self.framework_combo.setCurrentIndex(found)

    def _framework_box(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.framework_combo)
        layout.addWidget(self.framework_hint)
        return box

    def _load_frameworks(self) -> list[FrameworkRecord]:
        frameworks = self.context.services.frameworks.list_frameworks()
        wanted = self.programme.framework_id if self.programme else None
        if wanted is None and frameworks:
            default = [f for f in frameworks if f.key == DEFAULT_FRAMEWORK_KEY]
            wanted = max(default, key=lambda f: f.version).id if default else frameworks[0].id
        for framework in frameworks:
            self.framework_combo.addItem(framework.label, framework.id)
            if framework.id == wanted:
                self.framework_combo.setCurrentIndex(self.framework_combo.count() - 1)
        if not frameworks:
            self.framework_combo.setEnabled(False)
            self.framework_combo.addItem(self.tr("No readiness framework is loaded"))
        return frameworks

    def _framework_chosen(self) -> None:
        framework_id = self.framework_combo.currentData()
        framework = next((f for f in self._frameworks if f.id == framework_id), None)
        if framework is None:
            self.framework_hint.setText(
                self.tr("Import a framework file before creating a programme.")
            )
            return
        names = ", ".join(d.name for d in framework.dimensions)
        self.framework_hint.setText(
            self.tr("{0} dimensions: {1}").format(len(framework.dimensions), names)
        )
        self.framework_combo.setToolTip(framework.description)

    def data(self) -> ProgrammeInput:
        framework_id = self.framework_combo.currentData()
        return ProgrammeInput(
            name=self.name_edit.text(),
            cluster=self.cluster_edit.text(),
            description=self.description_edit.toPlainText(),
            framework_id=framework_id if isinstance(framework_id, int) else None,
            assessment_interval_weeks=self.interval_spin.value(),
        )

    def save(self) -> None:
        data = self.data()
        service = self.context.services.programmes
        programme = self.programme
        if programme is None:
            saved = self.context.write(
                self,
                lambda: service.create_programme(data),
                form=self.errors,
            )
        else:
            versioned = self.versioned
            assert versioned is not None
            saved = self.context.write(
                self,
                lambda: service.update_programme(
                    programme.id, data, expected_version=versioned.version
                ),
                form=self.errors,
                versioned=versioned,
            )
        if saved is not None:
            self.saved = saved
            self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, programme: ProgrammeRecord | None = None
    ) -> ProgrammeRecord | None:
        dialog = cls(parent, context, programme)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
