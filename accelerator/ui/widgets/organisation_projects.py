"""The joint projects an organisation is a partner of, on its page (its role, where each
stands, its years, whether it joins clusters), and the projects a company started or
joined during an enrolment, the outcome of the programme, under that enrolment. Enter, a
double-click or a click on a project's name opens it on the Projects page; its details
are in its tooltip meanwhile."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from accelerator.domain.enums import in_words
from accelerator.errors import AcceleratorError
from accelerator.services.projects import OrganisationProject
from accelerator.services.records import CompanyRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import RecordTable, heading_row, muted_label
from accelerator.ui.models.organisation_project_table import (
    OrganisationProjectModel,
    project_details,
    project_years,
)
from accelerator.ui.operations import Data
from accelerator.ui.refreshing import Refreshing

log = logging.getLogger(__name__)


def open_project(widget: QWidget, project_id: int) -> bool:
    """The project on the Projects page, where the window has one; False when it has not."""
    # Asked of the window by name, as the meetings section does: importing the page (or
    # the window) from here would close a circle of imports through the company page.
    window = widget.window()
    go = getattr(window, "go", None)
    pages = getattr(window, "pages", None)
    if not callable(go) or pages is None or "projects" not in pages:
        return False
    opened = getattr(go("projects"), "open_project", None)
    return bool(opened(project_id)) if callable(opened) else False


class OrganisationProjects(Refreshing):
    """The joint projects of the organisation shown (``set_organisation``), the newest
    start first."""

    shows = (Data.PROJECTS, Data.COMPANIES, Data.MEMBERSHIPS, Data.CLUSTERS)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._organisation: CompanyRecord | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(heading_row(self.tr("Joint projects"), self, scale=1.1))
        self.model = OrganisationProjectModel(self)
        self.view = RecordTable(
            self.model,
            self,
            name="organisationProjects",
            stretch=(OrganisationProjectModel.COL_TITLE,),
            wrap=True,
            row_padding=10,
        )
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setToolTip(self.tr("Enter or a double-click opens the project on Projects"))
        self.view.opened.connect(self.open_selected)
        layout.addWidget(self.view)
        self.empty_label = muted_label(
            self.tr(
                "No joint projects yet. Projects this organisation is a partner of, "
                "recorded on the Projects page, show here."
            ),
            self,
        )
        layout.addWidget(self.empty_label)

    def set_organisation(self, organisation: CompanyRecord | None) -> None:
        """Show the projects of ``organisation`` (None: nothing), read afresh."""
        self._organisation = organisation
        self._stale = False
        self.refresh()

    def showing_anything(self) -> bool:
        return self._organisation is not None

    def refresh(self) -> None:
        organisation = self._organisation
        rows: list[OrganisationProject] = []
        if organisation is not None:
            try:
                rows = self.context.services.projects.projects_of_organisation(organisation.id)
            except AcceleratorError as error:
                log.info("projects of %s: %s", organisation.id, error)
        chosen = self.selected()
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.view.fit_to_rows(8)
        if chosen is not None:
            self.view.select(chosen.project.id)

    def selected(self) -> OrganisationProject | None:
        return self.view.selected()

    def open_selected(self) -> None:
        """The project chosen, on the Projects page (where the window has one)."""
        chosen = self.selected()
        if chosen is not None:
            open_project(self, chosen.project.id)


class EnrolmentProjects(Refreshing):
    """The projects of one enrolment (``set_enrolment``): those its company started or
    joined from the day it joined the cohort to the end of the enrolment, each a link to
    the project with its role, status and years."""

    shows = (Data.PROJECTS, Data.ENROLMENTS, Data.COHORTS, Data.COMPANIES)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._enrolment_id: int | None = None
        self.projects: list[OrganisationProject] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.caption = muted_label(self.tr("Joint projects from this enrolment"), self)
        self.caption.setToolTip(
            self.tr(
                "Projects the company started or joined between joining the cohort and the "
                "end of its enrolment: an outcome of the programme"
            )
        )
        layout.addWidget(self.caption)
        self.list_label = QLabel(self)
        self.list_label.setObjectName("enrolmentProjects")
        self.list_label.setTextFormat(Qt.TextFormat.RichText)
        self.list_label.setWordWrap(True)
        self.list_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.list_label.linkActivated.connect(self._link)
        self.list_label.linkHovered.connect(self._hovered)
        layout.addWidget(self.list_label)

    def set_enrolment(self, enrolment_id: int | None) -> None:
        """Show the projects of ``enrolment_id`` (None: nothing), read afresh."""
        self._enrolment_id = enrolment_id
        self._stale = False
        self.refresh()

    def showing_anything(self) -> bool:
        return self._enrolment_id is not None

    def refresh(self) -> None:
        self.projects = []
        if self._enrolment_id is not None:
            try:
                self.projects = self.context.services.projects.projects_of_enrolment(
                    self._enrolment_id
                )
            except AcceleratorError as error:
                log.info("projects of enrolment %s: %s", self._enrolment_id, error)
        if not self.projects:
            self.list_label.setText(html.escape(self.tr("None yet")))
            return
        lines = []
        for item in self.projects:
            facts = [in_words(item.role), in_words(item.project.status)]
            years = project_years(item.project)
            if years:
                facts.append(years)
            lines.append(
                f"<a href='project:{item.project.id}'>{html.escape(item.project.title)}</a>"
                f" · {html.escape(', '.join(facts))}"
            )
        self.list_label.setText("<br>".join(lines))

    def _project(self, link: str) -> OrganisationProject | None:
        kind, _, number = link.partition(":")
        if kind != "project" or not number.isdigit():
            return None
        return next((p for p in self.projects if p.project.id == int(number)), None)

    def _link(self, link: str) -> None:
        item = self._project(link)
        if item is not None:
            open_project(self, item.project.id)

    def _hovered(self, link: str) -> None:
        item = self._project(link)
        self.list_label.setToolTip(project_details(item.project) if item is not None else "")
