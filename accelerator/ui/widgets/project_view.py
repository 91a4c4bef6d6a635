"""A joint project's page: what it is (its area, status, period, budget and funding in sums,
its description), its timeline (each status and the day it was reached), its partners, the
clusters involved (cross-cluster ones say which), its funding applications, its documents'
links and its notes.

Whoever keeps projects (MANAGE_PROJECTS) changes its status on a day, its details, its
partners, clusters by hand, applications and links, and deletes it (refused, and said why,
once any funding was granted). Everyone else reads.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from accelerator.domain.enums import in_words
from accelerator.errors import NotFoundError, PermissionDeniedError
from accelerator.services.permissions import UseCase
from accelerator.services.projects import FundingRecord, PartnerRecord, ProjectRecord
from accelerator.ui.context import AppContext
from accelerator.ui.kit import (
    RecordTable,
    confirm,
    format_date,
    heading_label,
    heading_over_buttons,
    led_by_icon,
    muted_label,
    section_label,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.project_table import (
    DocumentRow,
    DocumentTableModel,
    FundingTableModel,
    InvolvedClusterModel,
    PartnerTableModel,
    kroner,
    period_text,
)
from accelerator.ui.offers import offer
from accelerator.ui.operations import Versioned

log = logging.getLogger(__name__)

R = TypeVar("R")

#: How many rows a section's table shows before the page scrolls past more.
ROWS_SHOWN = 8


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ProjectView(QWidget):
    """One project. ``set_project`` shows it; ``refresh`` reads it again."""

    #: Back to the list (the button or Alt+Left).
    back_requested = Signal()
    #: The project is gone (removed here or elsewhere).
    gone = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record: ProjectRecord | None = None
        self._may_keep = may_keep = context.services.permissions.allows(UseCase.MANAGE_PROJECTS)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.back_button = QPushButton(icon("mdi6.arrow-left"), self.tr("All projects"), self)
        self.back_button.setObjectName("projectBack")
        self.back_button.setToolTip(self.tr("Back to the list of projects (Alt+Left)"))
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.status_button = QPushButton(self.tr("Change &status…"), self)
        self.status_button.setToolTip(self.tr("The project reached another status, on a day"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edi&t…"), self)
        self.edit_button.setToolTip(
            self.tr("Change the title, area, dates, budget, description and notes")
        )
        self.delete_button = QPushButton(icon("remove"), self.tr("&Delete…"), self)
        self.delete_button.setToolTip(
            self.tr("Remove a project recorded by mistake; one granted funding stays")
        )
        for button in (self.status_button, self.edit_button, self.delete_button):
            offer(button, may_keep, UseCase.MANAGE_PROJECTS, hide=True)
            top.addWidget(button)
        outer.addLayout(top)

        self.title_label = heading_label("", self, 1.6)
        self.title_label.setObjectName("projectTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.subtitle_label = muted_label("", self)
        self.subtitle_label.setObjectName("projectSubtitle")
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.setContentsMargins(4, 0, 0, 0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        outer.addLayout(titles)

        scroll = QScrollArea(self)
        scroll.setObjectName("projectScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(scroll)
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(4, 4, 12, 8)
        self.body.setSpacing(8)
        self._build_about(inner)
        self._build_partners(inner)
        self._build_clusters(inner)
        self._build_funding(inner)
        self._build_documents(inner)
        self.body.addStretch(1)
        scroll.setWidget(inner)
        self.scroll_area = scroll
        outer.addWidget(scroll, 1)

        QShortcut(
            QKeySequence("Alt+Left"),
            self,
            self.back_requested.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.status_button.clicked.connect(self.change_status)
        self.edit_button.clicked.connect(self.edit_project)
        self.delete_button.clicked.connect(self.delete_project)

    # --- building -----------------------------------------------------------------------

    def _build_about(self, inner: QWidget) -> None:
        self.description_label = _plain("", inner)
        self.description_label.setObjectName("projectDescription")
        self.body.addWidget(self.description_label)
        row = QHBoxLayout()
        row.setSpacing(40)
        facts = QFormLayout()
        facts.setHorizontalSpacing(16)
        facts.setVerticalSpacing(4)
        self.area_value = _plain("", inner)
        self.status_value = _plain("", inner)
        self.period_value = _plain("", inner)
        self.budget_value = _plain("", inner)
        self.funding_value = _plain("", inner)
        self.lead_value = _plain("", inner)
        for label, value in (
            (self.tr("Strategic area:"), self.area_value),
            (self.tr("Status:"), self.status_value),
            (self.tr("Period:"), self.period_value),
            (self.tr("Total budget:"), self.budget_value),
            (self.tr("Funding:"), self.funding_value),
            (self.tr("Lead:"), self.lead_value),
        ):
            facts.addRow(QLabel(label, inner), value)
        row.addLayout(facts, 3)
        timeline = QVBoxLayout()
        timeline.setSpacing(4)
        timeline.addWidget(section_label(self.tr("Timeline"), inner))
        self.timeline_label = QLabel(inner)
        self.timeline_label.setObjectName("projectTimeline")
        self.timeline_label.setTextFormat(Qt.TextFormat.RichText)
        timeline.addWidget(self.timeline_label)
        timeline.addStretch(1)
        row.addLayout(timeline, 2)
        self.body.addLayout(row)
        self.notes_title = section_label(self.tr("Notes"), inner)
        self.notes_label = _plain("", inner)
        self.notes_label.setObjectName("projectNotes")
        self.body.addWidget(self.notes_title)
        self.body.addWidget(self.notes_label)

    def _table_section(self, inner: QWidget, title: str, buttons: tuple[QPushButton, ...]) -> None:
        for button in buttons:
            offer(button, self._may_keep, UseCase.MANAGE_PROJECTS, hide=True)
        self.body.addSpacing(8)
        self.body.addLayout(heading_over_buttons(title, inner, *buttons, scale=1.1))

    @staticmethod
    def _fixed(table: RecordTable[R]) -> None:
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTabKeyNavigation(False)

    def _build_partners(self, inner: QWidget) -> None:
        self.add_partner_button = QPushButton(icon("add"), self.tr("Add &partner…"), inner)
        self.add_partner_button.setToolTip(
            self.tr("An organisation on record joins the project, with its role and own share")
        )
        self.edit_partner_button = QPushButton(icon("edit"), self.tr("Change…"), inner)
        self.edit_partner_button.setToolTip(self.tr("The chosen partner's role and own share"))
        self.remove_partner_button = QPushButton(icon("remove"), self.tr("Remove"), inner)
        self.remove_partner_button.setToolTip(self.tr("The chosen partner leaves the project"))
        self._table_section(
            inner,
            self.tr("Partners"),
            (self.add_partner_button, self.edit_partner_button, self.remove_partner_button),
        )
        self.partner_model = PartnerTableModel(self)
        self.partners = RecordTable(
            self.partner_model,
            inner,
            name="projectPartners",
            stretch={PartnerTableModel.COL_ORGANISATION: 3, PartnerTableModel.COL_CLUSTERS: 2},
            row_padding=8,
        )
        self._fixed(self.partners)
        self.body.addWidget(self.partners)
        self.no_partners = muted_label(
            self.tr("No partners yet: the organisations doing the project together."), inner
        )
        self.body.addWidget(self.no_partners)
        self.add_partner_button.clicked.connect(self.add_partner)
        self.edit_partner_button.clicked.connect(self.edit_partner)
        self.remove_partner_button.clicked.connect(self.remove_partner)
        if self._may_keep:
            self.partners.opened.connect(self.edit_partner)
        self.partners.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def _build_clusters(self, inner: QWidget) -> None:
        self.add_cluster_button = QPushButton(icon("add"), self.tr("Add &cluster"), inner)
        self.add_cluster_button.setToolTip(
            self.tr("A cluster involved beyond the partners' memberships")
        )
        self.add_cluster_button.setObjectName("addCluster")
        self.remove_cluster_button = QPushButton(icon("remove"), self.tr("Remove"), inner)
        self.remove_cluster_button.setToolTip(self.tr("Take back a cluster added by hand"))
        self._table_section(
            inner, self.tr("Clusters"), (self.add_cluster_button, self.remove_cluster_button)
        )
        self.cross_label = QLabel(inner)
        self.cross_label.setObjectName("projectCross")
        self.cross_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cross_label.setWordWrap(True)
        self.cross_row = QWidget(inner)
        cross = led_by_icon("clusters", self.cross_label)
        cross.setContentsMargins(0, 0, 0, 0)
        self.cross_row.setLayout(cross)
        self.cross_label.setParent(self.cross_row)
        self.body.addWidget(self.cross_row)
        self.cluster_model = InvolvedClusterModel(self)
        self.clusters = RecordTable(
            self.cluster_model,
            inner,
            name="projectClusters",
            stretch=(InvolvedClusterModel.COL_THROUGH,),
            row_padding=8,
        )
        self._fixed(self.clusters)
        self.body.addWidget(self.clusters)
        self.no_clusters = muted_label(
            self.tr("No clusters: none of the partners was a member of one on the start day."),
            inner,
        )
        self.body.addWidget(self.no_clusters)
        self.cluster_menu = QMenu(self)
        self.cluster_menu.aboutToShow.connect(self._fill_cluster_menu)
        self.add_cluster_button.setMenu(self.cluster_menu)
        self.remove_cluster_button.clicked.connect(self.remove_cluster)
        self.clusters.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def _build_funding(self, inner: QWidget) -> None:
        self.add_funding_button = QPushButton(icon("add"), self.tr("Add f&unding…"), inner)
        self.add_funding_button.setToolTip(
            self.tr("An application for funding: the scheme, the amount, the decision")
        )
        self.edit_funding_button = QPushButton(icon("edit"), self.tr("Change…"), inner)
        self.edit_funding_button.setToolTip(
            self.tr("The chosen application's decision, its day and the amount granted")
        )
        self.remove_funding_button = QPushButton(icon("remove"), self.tr("Remove"), inner)
        self.remove_funding_button.setToolTip(self.tr("An application recorded by mistake"))
        self._table_section(
            inner,
            self.tr("Funding applications"),
            (self.add_funding_button, self.edit_funding_button, self.remove_funding_button),
        )
        self.funding_model = FundingTableModel(self)
        self.funding = RecordTable(
            self.funding_model,
            inner,
            name="projectFunding",
            stretch=(FundingTableModel.COL_SCHEME,),
            row_padding=8,
        )
        self._fixed(self.funding)
        self.body.addWidget(self.funding)
        self.no_funding = muted_label(self.tr("No funding applied for yet."), inner)
        self.body.addWidget(self.no_funding)
        self.add_funding_button.clicked.connect(self.add_funding)
        self.edit_funding_button.clicked.connect(self.edit_funding)
        self.remove_funding_button.clicked.connect(self.remove_funding)
        if self._may_keep:
            self.funding.opened.connect(self.edit_funding)
        self.funding.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def _build_documents(self, inner: QWidget) -> None:
        self.add_link_button = QPushButton(icon("add"), self.tr("Add &link…"), inner)
        self.add_link_button.setToolTip(self.tr("A link to one of the project's documents"))
        self.open_link_button = QPushButton(icon("mdi6.open-in-new"), self.tr("&Open"), inner)
        self.open_link_button.setToolTip(self.tr("Open the chosen document (Enter)"))
        self.remove_link_button = QPushButton(icon("remove"), self.tr("Remove"), inner)
        self.remove_link_button.setToolTip(self.tr("Take the chosen link off the project"))
        for button in (self.add_link_button, self.remove_link_button):
            offer(button, self._may_keep, UseCase.MANAGE_PROJECTS, hide=True)
        self.body.addSpacing(8)
        self.body.addLayout(
            heading_over_buttons(
                self.tr("Documents"),
                inner,
                self.add_link_button,
                self.open_link_button,
                self.remove_link_button,
                scale=1.1,
            )
        )
        self.document_model = DocumentTableModel(self)
        self.documents = RecordTable(
            self.document_model,
            inner,
            name="projectDocuments",
            stretch={DocumentTableModel.COL_TITLE: 1, DocumentTableModel.COL_URL: 2},
            row_padding=8,
        )
        self._fixed(self.documents)
        self.body.addWidget(self.documents)
        self.no_documents = muted_label(
            self.tr("No documents' links yet: the application, the contract, the reports."), inner
        )
        self.body.addWidget(self.no_documents)
        self.add_link_button.clicked.connect(self.add_link)
        self.open_link_button.clicked.connect(self.open_link)
        self.remove_link_button.clicked.connect(self.remove_link)
        self.documents.opened.connect(self.open_link)
        self.documents.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # --- showing ------------------------------------------------------------------------

    @property
    def project_id(self) -> int | None:
        return self.record.id if self.record is not None else None

    def set_project(self, project_id: int) -> bool:
        """Show the project; False (and nothing changed) when it cannot be read."""
        try:
            record = self.context.services.projects.get_project(project_id)
        except (NotFoundError, PermissionDeniedError) as error:
            log.info("project %s: %s", project_id, error)
            return False
        self.show_record(record)
        self.scroll_area.verticalScrollBar().setValue(0)
        return True

    def refresh(self) -> None:
        if self.record is None:
            return
        try:
            record = self.context.services.projects.get_project(self.record.id)
        except (NotFoundError, PermissionDeniedError) as error:
            log.info("project %s: %s", self.record.id, error)
            self.record = None
            self.gone.emit()
            return
        self.show_record(record)

    def show_record(self, record: ProjectRecord) -> None:
        self.record = record
        clusters = self.context.services.clusters.list_clusters()
        self.partner_model.set_short_names({c.name: c.short_name for c in clusters})
        self.title_label.setText(record.title)
        self.subtitle_label.setText(self._subtitle(record))
        self.description_label.setText(record.description)
        self.description_label.setVisible(bool(record.description))
        self.area_value.setText(record.strategic_area or self.tr("(none)"))
        self.status_value.setText(self._status_text(record))
        self.period_value.setText(
            period_text(record.start_on, record.end_on) or self.tr("(not set)")
        )
        self.budget_value.setText(kroner(record.total_budget) or self.tr("(not set)"))
        self.funding_value.setText(
            self.tr("{0} applied for, {1} granted").format(
                kroner(record.amount_applied), kroner(record.amount_granted)
            )
        )
        lead = record.lead
        self.lead_value.setText(lead.organisation_name if lead is not None else self.tr("(none)"))
        self.timeline_label.setText(self._timeline_html(record))
        self.notes_label.setText(record.notes)
        self.notes_title.setVisible(bool(record.notes))
        self.notes_label.setVisible(bool(record.notes))

        self._show_rows(self.partners, list(record.partners), self.no_partners)
        self._show_rows(self.clusters, list(record.clusters), self.no_clusters)
        self._show_rows(self.funding, list(record.funding), self.no_funding)
        self._show_rows(
            self.documents,
            DocumentRow.of(record.documents),
            self.no_documents,
        )
        if record.cross_cluster:
            self.cross_label.setText(
                self.tr("Cross-cluster: {0}").format(", ".join(c.name for c in record.clusters))
            )
        self.cross_row.setVisible(record.cross_cluster)
        self._update_buttons()

    @staticmethod
    def _show_rows(table: RecordTable[R], rows: list[R], empty: QLabel) -> None:
        chosen = table.selected()
        table.records.set_rows(rows)
        table.fit_to_rows(ROWS_SHOWN)
        table.setVisible(bool(rows))
        empty.setVisible(not rows)
        key = table.records.key_of(chosen) if chosen is not None else None
        if key is not None:
            table.select(key)

    def _subtitle(self, record: ProjectRecord) -> str:
        parts = [in_words(record.status)]
        if record.strategic_area:
            parts.append(record.strategic_area)
        if record.cross_cluster:
            parts.append(self.tr("cross-cluster"))
        parts.append(self.tr("%n partners", "", len(record.partners)))
        return "  ·  ".join(parts)

    def _status_text(self, record: ProjectRecord) -> str:
        since = record.status_since
        if since is None:
            return in_words(record.status)
        return self.tr("{0} since {1}").format(in_words(record.status), format_date(since))

    def _timeline_html(self, record: ProjectRecord) -> str:
        if not record.timeline:
            return html.escape(self.tr("No steps yet."))
        cells = [
            (html.escape(format_date(step.reached_on)), html.escape(in_words(step.status)))
            for step in record.timeline
        ]
        rows = "".join(
            f"<tr><td style='padding-right:14px'>{day}</td><td>{status}</td></tr>"
            for day, status in cells
        )
        return f"<table cellspacing='0' cellpadding='1'>{rows}</table>"

    def _update_buttons(self) -> None:
        shown = self.record is not None
        for button in (
            self.status_button,
            self.edit_button,
            self.delete_button,
            self.add_partner_button,
            self.add_funding_button,
            self.add_cluster_button,
            self.add_link_button,
        ):
            button.setEnabled(shown)
        self.edit_partner_button.setEnabled(self.partners.selected() is not None)
        self.remove_partner_button.setEnabled(self.partners.selected() is not None)
        self.edit_funding_button.setEnabled(self.funding.selected() is not None)
        self.remove_funding_button.setEnabled(self.funding.selected() is not None)
        cluster = self.clusters.selected()
        self.remove_cluster_button.setEnabled(cluster is not None and cluster.by_hand)
        self.remove_cluster_button.setStatusTip(
            self.tr("Only a cluster added by hand is taken back; the partners' stay.")
            if cluster is not None and not cluster.by_hand
            else ""
        )
        document = self.documents.selected()
        self.open_link_button.setEnabled(document is not None)
        self.remove_link_button.setEnabled(document is not None)

    # --- the project's actions ----------------------------------------------------------

    def _project_versioned(self) -> Versioned[ProjectRecord]:
        assert self.record is not None
        projects, project_id = self.context.services.projects, self.record.id
        return Versioned(
            self.record, reload=self.show_record, fetch=lambda: projects.get_project(project_id)
        )

    def change_status(self) -> None:
        from accelerator.ui.dialogs.project_dialogs import StatusDialog

        if self.record is None or not self._may_keep:
            return
        saved = StatusDialog.ask(self, self.context, self.record)
        if saved is not None:
            self.show_record(saved)

    def edit_project(self) -> None:
        from accelerator.ui.dialogs.project_dialogs import ProjectDialog

        if self.record is None or not self._may_keep:
            return
        saved = ProjectDialog.ask(self, self.context, self.record)
        if saved is not None:
            self.show_record(saved)

    def delete_project(self) -> None:
        record = self.record
        if record is None or not self._may_keep:
            return
        if not confirm(
            self,
            self.tr("Delete the project"),
            self.tr(
                "Delete {0} with its partners, funding applications, timeline and links? "
                "This cannot be undone."
            ).format(record.title),
            self.tr("Delete project"),
        ):
            return
        projects, project_id, version = (
            self.context.services.projects,
            record.id,
            record.row_version,
        )

        def delete() -> bool:
            projects.delete_project(project_id, expected_version=version)
            return True

        if self.context.write(self, delete, title=self.tr("Cannot delete the project")):
            self.record = None
            self.gone.emit()

    # --- partners -----------------------------------------------------------------------

    def add_partner(self) -> None:
        from accelerator.ui.dialogs.project_dialogs import PartnerDialog

        if self.record is None or not self._may_keep:
            return
        added = PartnerDialog.ask(self, self.context, self.record)
        if added is not None:
            self.refresh()
            self.partners.select(added.id)

    def edit_partner(self) -> None:
        from accelerator.ui.dialogs.project_dialogs import PartnerDialog

        partner = self.partners.selected()
        if self.record is None or partner is None or not self._may_keep:
            return
        if PartnerDialog.ask(self, self.context, self.record, partner) is not None:
            self.refresh()

    def remove_partner(self) -> None:
        partner: PartnerRecord | None = self.partners.selected()
        if self.record is None or partner is None or not self._may_keep:
            return
        if not confirm(
            self,
            self.tr("Remove the partner"),
            self.tr("{0} leaves {1}?").format(partner.organisation_name, self.record.title),
            self.tr("Remove partner"),
        ):
            return
        projects, partner_id, version = (
            self.context.services.projects,
            partner.id,
            partner.row_version,
        )
        saved = self.context.write(
            self, lambda: projects.remove_partner(partner_id, expected_version=version)
        )
        if saved is not None:
            self.show_record(saved)

    # --- clusters by hand ---------------------------------------------------------------

    def _fill_cluster_menu(self) -> None:
        self.cluster_menu.clear()
        record = self.record
        if record is None:
            return
        there = {c.cluster_id for c in record.clusters if c.by_hand}
        for cluster in self.context.services.clusters.list_clusters():
            if cluster.id in there:
                continue
            action = QAction(cluster.name, self.cluster_menu)
            action.triggered.connect(self._adds_cluster(cluster.id))
            self.cluster_menu.addAction(action)
        if self.cluster_menu.isEmpty():
            nothing = QAction(self.tr("Every cluster is added already"), self.cluster_menu)
            nothing.setEnabled(False)
            self.cluster_menu.addAction(nothing)

    def _adds_cluster(self, cluster_id: int) -> Callable[[], None]:
        # A closure without parameters: triggered's "checked" flag is not the cluster.
        return lambda: self.add_cluster(cluster_id)

    def add_cluster(self, cluster_id: int) -> None:
        if self.record is None or not self._may_keep:
            return
        projects, project_id = self.context.services.projects, self.record.id
        saved = self.context.write(self, lambda: projects.add_cluster(project_id, cluster_id))
        if saved is not None:
            self.show_record(saved)
            self.clusters.select(cluster_id)

    def remove_cluster(self) -> None:
        cluster = self.clusters.selected()
        if self.record is None or cluster is None or not cluster.by_hand or not self._may_keep:
            return
        projects, project_id, cluster_id = (
            self.context.services.projects,
            self.record.id,
            cluster.cluster_id,
        )
        saved = self.context.write(self, lambda: projects.remove_cluster(project_id, cluster_id))
        if saved is not None:
            self.show_record(saved)

    # --- funding ------------------------------------------------------------------------

    def add_funding(self) -> None:
        from accelerator.ui.dialogs.project_dialogs import FundingDialog

        if self.record is None or not self._may_keep:
            return
        added = FundingDialog.ask(self, self.context, self.record)
        if added is not None:
            self.refresh()
            self.funding.select(added.id)

    def edit_funding(self) -> None:
        from accelerator.ui.dialogs.project_dialogs import FundingDialog

        application = self.funding.selected()
        if self.record is None or application is None or not self._may_keep:
            return
        if FundingDialog.ask(self, self.context, self.record, application) is not None:
            self.refresh()

    def remove_funding(self) -> None:
        application: FundingRecord | None = self.funding.selected()
        if self.record is None or application is None or not self._may_keep:
            return
        if not confirm(
            self,
            self.tr("Remove the application"),
            self.tr("Remove the application to {0} for {1}?").format(
                application.scheme_name, kroner(application.amount_applied)
            ),
            self.tr("Remove application"),
        ):
            return
        projects, application_id, version = (
            self.context.services.projects,
            application.id,
            application.row_version,
        )
        saved = self.context.write(
            self, lambda: projects.remove_funding(application_id, expected_version=version)
        )
        if saved is not None:
            self.show_record(saved)

    # --- documents ----------------------------------------------------------------------

    def add_link(self) -> None:
        from accelerator.ui.dialogs.project_dialogs import LinkDialog

        if self.record is None or not self._may_keep:
            return
        saved = LinkDialog.ask(self, self.context, self.record)
        if saved is not None:
            self.show_record(saved)
            self.documents.select(len(saved.documents) - 1)

    def open_link(self) -> None:
        document = self.documents.selected()
        if document is None:
            return
        url = QUrl.fromUserInput(document.url)
        if not QDesktopServices.openUrl(url):
            log.info("could not open %s", document.url)

    def remove_link(self) -> None:
        from accelerator.ui.dialogs.project_dialogs import project_input

        document = self.documents.selected()
        if self.record is None or document is None or not self._may_keep:
            return
        versioned = self._project_versioned()
        projects, position = self.context.services.projects, document.id

        def remove() -> ProjectRecord:
            record = versioned.record
            kept = tuple(d for n, d in enumerate(record.documents) if n != position)
            return projects.update_project(
                record.id, project_input(record, documents=kept), expected_version=versioned.version
            )

        saved = self.context.write(self, remove, versioned=versioned)
        if saved is not None:
            self.show_record(saved)
