"""Readiness frameworks: which are in the database, every level's descriptor per dimension,
and import and export as JSON files.

A framework that assessments use is never edited in place (the service makes a new
version); which programme uses which framework is chosen in the programme dialog.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.framework_file import (
    FrameworkFileError,
    dump_framework,
    load_framework_file,
)
from accelerator.errors import AcceleratorError
from accelerator.i18n import marked, translate
from accelerator.services.atomic import atomic_write_bytes
from accelerator.services.permissions import UseCase
from accelerator.services.records import DimensionRecord, FrameworkRecord
from accelerator.ui.context import AppContext
from accelerator.ui.file_dialogs import FileKind, open_file, save_file
from accelerator.ui.kit import RecordTable, bold, heading_row, page_layout
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.framework_table import FrameworkModel
from accelerator.ui.offers import offer
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page

log = logging.getLogger(__name__)

_CONTEXT = "FrameworksPage"

FILE_FILTER = marked("FrameworksPage", "Framework files (*.json);;All files (*)")
#: A message box lists at most this many problems; the rest are under "Show Details".
MAX_LISTED_PROBLEMS = 12


def dimension_html(dimension: DimensionRecord) -> str:
    """Every level of a dimension, 1 to 9, title and description, as readable HTML."""
    parts = []
    if dimension.description:
        parts.append(f"<p><i>{html.escape(dimension.description)}</i></p>")
    parts.append("<table cellspacing='0' cellpadding='6' width='100%'>")
    for level in dimension.levels:
        parts.append(
            "<tr>"
            f"<td valign='top' align='right' width='36'><b style='font-size:large'>"
            f"{level.level}</b></td>"
            f"<td valign='top'><b>{html.escape(level.title)}</b><br>"
            f"{html.escape(level.description)}</td>"
            "</tr>"
        )
    parts.append("</table>")
    return "".join(parts)


class FrameworksPage(Page):
    """The frameworks list beside a viewer of the selected one's descriptors."""

    shows = (Data.FRAMEWORKS, Data.ASSESSMENTS, Data.PROGRAMMES)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("FrameworksPage")
        self._coordinator = context.services.permissions.allows(UseCase.MANAGE_FRAMEWORKS)

        self.import_button = QPushButton(icon("import"), self.tr("&Import…"), self)
        self.import_button.clicked.connect(self.import_framework)
        self.export_button = QPushButton(icon("export"), self.tr("E&xport…"), self)
        self.export_button.clicked.connect(self.export_framework)
        outer = page_layout(self)
        outer.addLayout(
            heading_row(
                self.tr("Readiness frameworks"), self, self.import_button, self.export_button
            )
        )
        intro = QLabel(
            self.tr(
                "The scales mentors judge a company's readiness on, 1 to 9 per dimension. A "
                "programme chooses its framework in the programme's settings. A framework "
                "that assessments use is never changed in place: a change becomes a new "
                "version, and old assessments keep the version they were made with."
            ),
            self,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        if self._coordinator:
            self.import_button.setToolTip(
                self.tr("Add a framework from a JSON file; a faulty file changes nothing")
            )
        else:
            offer(self.import_button, False, UseCase.MANAGE_FRAMEWORKS, hide=False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("frameworkMessage")
        self.message.setVisible(False)
        outer.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.model = FrameworkModel(self)
        self.view = RecordTable(
            self.model, self.splitter, name="frameworkTable", stretch=(FrameworkModel.COL_NAME,)
        )
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.splitter.addWidget(self.view)

        viewer = QWidget(self.splitter)
        viewer_layout = QVBoxLayout(viewer)
        viewer_layout.setContentsMargins(12, 0, 0, 0)
        self.name_label = bold(QLabel(viewer), 1.25)
        self.name_label.setWordWrap(True)
        self.description_label = QLabel(viewer)
        self.description_label.setWordWrap(True)
        self.use_label = QLabel(viewer)
        self.use_label.setWordWrap(True)
        viewer_layout.addWidget(self.name_label)
        viewer_layout.addWidget(self.description_label)
        viewer_layout.addWidget(self.use_label)
        self.tabs = QTabWidget(viewer)
        self.tabs.setObjectName("dimensionTabs")
        self.tabs.setUsesScrollButtons(True)
        viewer_layout.addWidget(self.tabs, 1)
        self.splitter.addWidget(viewer)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 800])
        outer.addWidget(self.splitter, 1)

    @property
    def title(self) -> str:
        return self.tr("Readiness frameworks")

    # --- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_framework()
        self.model.set_rows(self.context.services.frameworks.list_frameworks())
        first = self.model.record_at(0)
        if selected is not None and self.model.row_of(selected.id) is not None:
            self.select_framework(selected.id)
        elif first is not None:
            self.select_framework(first.id)
        else:
            self._show_selected()

    def selected_framework(self) -> FrameworkRecord | None:
        return self.view.selected()

    def select_framework(self, framework_id: int) -> None:
        if self.view.select(framework_id):
            self._show_selected()

    def _show_selected(self) -> None:
        framework = self.selected_framework()
        self.export_button.setEnabled(framework is not None)
        self.tabs.clear()
        if framework is None:
            self.name_label.setText(self.tr("No framework chosen"))
            self.description_label.setText(
                self.tr("Choose a framework in the list to read its levels.")
            )
            self.use_label.setText("")
            return
        self.name_label.setText(framework.label)
        self.description_label.setText(framework.description)
        count = framework.assessment_count
        use = (
            self.tr("{0} assessments use this version, so a change makes a new version.").format(
                count
            )
            if count
            else self.tr("No assessment uses this version yet.")
        )
        if framework.licence:
            use += " " + framework.licence
        self.use_label.setText(use)
        for dimension in framework.dimensions:
            browser = QTextBrowser(self.tabs)
            browser.setOpenLinks(False)
            browser.setHtml(dimension_html(dimension))
            self.tabs.addTab(browser, dimension.name)

    # --- import and export ----------------------------------------------------------------

    def import_framework(self) -> FrameworkRecord | None:
        """Ask for a framework file and add it; a faulty file is refused, naming each
        problem, and nothing changes."""
        if not self._coordinator:
            return None
        path, _filter = open_file(
            self,
            FileKind.FRAMEWORK,
            self.tr("Import a readiness framework"),
            translate(_CONTEXT, FILE_FILTER),
        )
        if not path:
            return None
        try:
            spec = load_framework_file(path)
        except FrameworkFileError as error:
            log.info("refused the framework file %s: %d problems", path, len(error.problems))
            self._show_problems(Path(path).name, list(error.problems))
            return None
        added = self.context.write(
            self,
            lambda: self.context.services.frameworks.import_framework(spec),
            title=self.tr("Cannot import the framework"),
        )
        if added is None:
            return None
        self.refresh()
        self.select_framework(added.id)
        self._say(self.tr("Imported {0} from {1}.").format(added.label, Path(path).name))
        return added

    def export_framework(self) -> Path | None:
        """Write the selected framework to a JSON file (atomically)."""
        framework = self.selected_framework()
        if framework is None:
            return None
        suggested = f"{re.sub(r'[^a-z0-9_-]+', '-', framework.key)}-v{framework.version}.json"
        path, _filter = save_file(
            self,
            FileKind.FRAMEWORK,
            self.tr("Export a readiness framework"),
            translate(_CONTEXT, FILE_FILTER),
            suggested,
        )
        if not path:
            return None
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".json")
        try:
            spec = self.context.services.frameworks.export_framework(framework.id)
            atomic_write_bytes(target, dump_framework(spec).encode("utf-8"))
        except AcceleratorError as error:
            QMessageBox.warning(self, self.tr("Cannot export the framework"), str(error))
            return None
        self._say(self.tr("Exported {0} to {1}.").format(framework.label, str(target)))
        return target

    def _show_problems(self, name: str, problems: list[str]) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cannot import the framework"))
        box.setText(
            self.tr("{0} is not a usable framework file; nothing was imported.").format(name)
        )
        listed = problems[:MAX_LISTED_PROBLEMS]
        text = self.tr("Problems found ({0}):").format(len(problems)) + "\n"
        text += "\n".join(f"• {p}" for p in listed)
        if len(problems) > len(listed):
            text += "\n" + self.tr("…and {0} more: see Show Details.").format(
                len(problems) - len(listed)
            )
            box.setDetailedText("\n".join(problems))
        box.setInformativeText(text)
        box.exec()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
