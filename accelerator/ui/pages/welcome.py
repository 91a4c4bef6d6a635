"""The first page of an empty database: what the program is for and how to begin."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from accelerator.services.permissions import UseCase
from accelerator.ui.background import Background
from accelerator.ui.context import AppContext
from accelerator.ui.kit import heading_label
from accelerator.ui.kit.icons import icon
from accelerator.ui.offers import offer
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page


class WelcomePage(Page):
    """Shown instead of the dashboard while the database holds no programme and no company."""

    shows = (Data.PROGRAMMES, Data.COMPANIES)
    #: The user chose to start with a programme of their own.
    create_programme_requested = Signal()
    #: The user has their companies in a spreadsheet.
    import_requested = Signal()
    #: The database has content now (the demo was loaded).
    filled = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._demo = Background(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addStretch(1)
        box = QFrame(self)
        box.setMaximumWidth(720)
        layout = QVBoxLayout(box)
        layout.setSpacing(14)
        layout.addWidget(heading_label(self.tr("Welcome to Accelerator"), box, 1.9))
        intro = QLabel(
            self.tr(
                "Accelerator keeps your acceleration programme on record: cohorts and the "
                "companies enrolled in them, their milestone checklists, the mentors' "
                "readiness assessments, and the progress reports for your steering group."
            ),
            box,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.empty_label = QLabel(
            self.tr("This database is still empty. How would you like to begin?"), box
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self._choices: list[QWidget] = []

        self.demo_button = self._choice(
            layout,
            box,
            "welcome",
            self.tr("Load the demo programme"),
            self.tr(
                "An ocean-technology cluster's accelerator with a finished and a running "
                "cohort, thirteen companies, mentors, milestones and assessments. "
                "A good way to look around; it stays in this database."
            ),
            UseCase.LOAD_DEMO,
            self.load_demo,
        )
        self.programme_button = self._choice(
            layout,
            box,
            "programmes",
            self.tr("Create your first programme"),
            self.tr(
                "Name the programme and its cluster, set up its milestone template, then add "
                "a cohort and enrol companies."
            ),
            UseCase.MANAGE_PROGRAMMES,
            self.create_programme_requested,
        )
        self.import_button = self._choice(
            layout,
            box,
            "import",
            self.tr("Import companies from a spreadsheet"),
            self.tr(
                "A CSV file saved from Excel or another spreadsheet, with a row per company. "
                "Every row is checked and shown before anything is saved."
            ),
            UseCase.IMPORT_COMPANIES,
            self.import_requested,
        )
        if not any(holder.isVisibleTo(box) for holder in self._choices):
            self.empty_label.setText(
                self.tr(
                    "This database is still empty. A coordinator sets up the programme and "
                    "its companies; they appear here once that is done."
                )
            )
        self.progress = QProgressBar(box)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    @property
    def title(self) -> str:
        return self.tr("Welcome")

    def _choice(
        self,
        layout: QVBoxLayout,
        parent: QWidget,
        icon_name: str,
        text: str,
        detail: str,
        use_case: UseCase,
        chosen: Callable[[], object] | SignalInstance,
    ) -> QPushButton:
        """One way to begin: a button, its words beneath, what it does, and whom it is
        offered to (the button and its words in one holder: a choice this person lacks
        goes whole)."""
        holder = QWidget(parent)
        button = QPushButton(icon(icon_name), text, holder)
        button.setMinimumHeight(36)
        button.clicked.connect(chosen)
        allowed = self.context.services.permissions.allows(use_case)
        offer(button, allowed, use_case, hide=True)
        holder.setVisible(allowed)
        label = QLabel(detail, holder)
        label.setWordWrap(True)
        label.setContentsMargins(4, 0, 0, 8)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(label)
        layout.addWidget(holder)
        self._choices.append(holder)
        return button

    def refresh(self) -> None:
        if not self.context.services.database.is_empty():
            self.filled.emit()

    def load_demo(self) -> None:
        """Load the demo off the GUI thread: it writes a few hundred records."""
        from accelerator.services.demo import load_demo

        services = self.context.services
        self._busy(True)
        self._demo.start(
            lambda progress, cancelled: load_demo(services),
            self._demo_loaded,
            self._demo_failed,
            bus=self.context.bus,
        )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for button in (self.demo_button, self.programme_button, self.import_button):
            button.setEnabled(not busy)

    def _demo_loaded(self, _result: object) -> None:
        self._busy(False)
        self.filled.emit()

    def _demo_failed(self, error: Exception) -> None:
        self._busy(False)
        QMessageBox.warning(self, self.tr("Demo programme"), str(error))
