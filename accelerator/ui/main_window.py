"""The main window. For now it shows where the data is and what it holds, and on a
first run offers the demo programme; the workspace pages grow from here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.errors import AcceleratorError
from accelerator.services import Services

COUNT_LABELS = {
    "programmes": "Programmes",
    "cohorts": "Cohorts",
    "companies": "Companies",
    "enrolments": "Enrolments",
    "milestones": "Milestones",
    "assessments": "Assessments",
    "frameworks": "Readiness frameworks",
    "users": "Users",
}


class MainWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.setWindowTitle(self.tr("Accelerator"))
        self.resize(960, 640)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)

        title = QLabel(self.tr("Accelerator"), central)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        self.location_label = QLabel(central)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label.setWordWrap(True)
        layout.addWidget(self.location_label)

        self.welcome = QFrame(central)
        self.welcome.setFrameShape(QFrame.Shape.StyledPanel)
        welcome_layout = QVBoxLayout(self.welcome)
        welcome_text = QLabel(
            self.tr(
                "This database is empty. Load the demo programme to see how a cohort, its "
                "milestones and its readiness assessments look, or start with your own data."
            ),
            self.welcome,
        )
        welcome_text.setWordWrap(True)
        welcome_layout.addWidget(welcome_text)
        buttons = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Load the demo programme"), self.welcome)
        self.demo_button.clicked.connect(self.load_demo)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        welcome_layout.addLayout(buttons)
        layout.addWidget(self.welcome)

        self.counts_box = QWidget(central)
        self.counts_form = QFormLayout(self.counts_box)
        self.counts_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.count_labels: dict[str, QLabel] = {}
        for key, text in COUNT_LABELS.items():
            value = QLabel("0", self.counts_box)
            value.setObjectName(f"count_{key}")
            self.count_labels[key] = value
            self.counts_form.addRow(self.tr(text), value)
        layout.addWidget(self.counts_box)
        layout.addStretch(1)
        self.setCentralWidget(central)

        self.statusBar().showMessage(self.tr("Database: {0}").format(services.db.display_name))
        self.refresh()

    def refresh(self) -> None:
        summary = self._services.database.summary()
        self.location_label.setText(
            self.tr("Database: {0} (schema {1})").format(summary.location, summary.schema_version)
        )
        for key, label in self.count_labels.items():
            label.setText(str(summary.counts.get(key, 0)))
        self.welcome.setVisible(self._services.database.is_empty())

    def load_demo(self) -> None:
        from accelerator.services.demo import load_demo

        try:
            result = load_demo(self._services)
        except AcceleratorError as error:
            QMessageBox.warning(self, self.tr("Demo programme"), str(error))
            return
        self.refresh()
        self.statusBar().showMessage(result.summary, 8000)
