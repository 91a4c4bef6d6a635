"""Create or edit a programme: its name, cluster, description, readiness framework and how
often its companies are assessed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
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
from accelerator.ui.dialogs.form import FormDialog
from accelerator.ui.kit import muted_label


class ProgrammeDialog(FormDialog[ProgrammeRecord]):
    """``ProgrammeDialog.ask(parent, context)`` creates a programme; with ``programme`` it
    edits that one."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        programme: ProgrammeRecord | None = None,
    ) -> None:
        super().__init__(
            parent,
            context,
            title=self.tr("Edit programme") if programme else self.tr("New programme"),
            accept=self.tr("Save") if programme else self.tr("Create programme"),
            width=560,
        )
        self.programme = programme

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

        self.add_field("name", self.tr("&Name:"), self.name_edit)
        self.add_field("cluster", self.tr("&Cluster:"), self.cluster_edit)
        self.add_field(
            "framework",
            self.tr("&Readiness framework:"),
            self._framework_box(),
            focus=self.framework_combo,
        )
        self.add_field(
            "assessment_interval_weeks",
            self.tr("&Assess every:"),
            interval_box,
            focus=self.interval_spin,
        )
        self.add_field("description", self.tr("&Description:"), self.description_edit)

        self._frameworks = self._load_frameworks()
        self.framework_combo.currentIndexChanged.connect(self._framework_chosen)
        if programme is not None:
            programmes = context.services.programmes
            self.edit(programme, lambda: programmes.get_programme(programme.id))
        self._framework_chosen()

    def fill(self, record: ProgrammeRecord) -> None:
        self.programme = record
        self.name_edit.setText(record.name)
        self.cluster_edit.setText(record.cluster)
        self.description_edit.setPlainText(record.description)
        self.interval_spin.setValue(record.assessment_interval_weeks)
        found = self.framework_combo.findData(record.framework_id)
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

    def save_call(self) -> Callable[[], ProgrammeRecord]:
        data = self.data()
        service = self.context.services.programmes
        return self.create_or_update(
            lambda: service.create_programme(data),
            lambda programme_id, version: service.update_programme(
                programme_id, data, expected_version=version
            ),
        )
