"""The joint projects an organisation is a partner of, on its page (its role, where each
stands, its years, whether it joins clusters), and the projects a company started or
joined during an enrolment, the outcome of the programme, under that enrolment. Enter, a
double-click or a click on a project's name opens it on the Projects page; its details
are in its tooltip meanwhile."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from accelerator.domain.enums import in_words
from accelerator.errors import AcceleratorError
from accelerator.services.projects import OrganisationProject
from accelerator.ui.context import AppContext
from accelerator.ui.kit import muted_label
from accelerator.ui.models.organisation_project_table import (
    OrganisationProjectModel,
    project_details,
    project_years,
)
from accelerator.ui.operations import Data
from accelerator.ui.refreshing import Refreshing
from accelerator.ui.widgets.organisation_section import OrganisationSection, open_on_page

log = logging.getLogger(__name__)


def open_project(widget: QWidget, project_id: int) -> bool:
    """The project on the Projects page, where the window has one; False when it has not."""
    return open_on_page(widget, "projects", "open_project", project_id)


class OrganisationProjects(OrganisationSection[OrganisationProject]):
    """The joint projects of the organisation shown (``set_organisation``), the newest
    start first."""

    shows = (Data.PROJECTS, Data.COMPANIES, Data.MEMBERSHIPS, Data.CLUSTERS)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        model = OrganisationProjectModel()
        columns = (OrganisationProjectModel.COL_TITLE,)
        super().__init__(context, parent, model, name="organisationProjects", stretch=columns)
        model.setParent(self)
        self.set_words(
            self.tr("Joint projects"),
            self.tr(
                "No joint projects yet. Projects this organisation is a partner of, "
                "recorded on the Projects page, show here."
            ),
            self.tr("Enter or a double-click opens the project on Projects"),
        )

    def read(self, organisation_id: int) -> list[OrganisationProject]:
        return self.context.services.projects.projects_of_organisation(organisation_id)

    def key_of(self, row: OrganisationProject) -> int:
        return row.project.id

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
