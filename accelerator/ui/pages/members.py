"""Members: the member register of the clusters. Every membership, chosen by cluster, kind
of organisation, tier and the day they were members on (today, unless another day is
asked for, or every membership ever), filtered as you type, with how many members of each
kind there were that day above the list. A coordinator adds memberships (for an
organisation on record or a new one), moves them to another tier and ends them (they
stay, as history), keeps the clusters and their tiers, and exports the register.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from accelerator.domain.enums import OrganisationKind, in_words
from accelerator.services.permissions import UseCase
from accelerator.services.records import ClusterRecord, MembershipRecord
from accelerator.ui.background import Background
from accelerator.ui.context import AppContext
from accelerator.ui.kit import (
    RecordTable,
    bold,
    caption,
    filter_field,
    format_date,
    heading_row,
    muted_label,
    page_layout,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.member_table import (
    MemberFilter,
    MemberTableModel,
    PreparedMembers,
    count_members,
    tier_key,
)
from accelerator.ui.offers import offer
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page
from accelerator.ui.widgets.date_field import DateField

log = logging.getLogger(__name__)

#: How long typing may pause before the list is filtered.
FILTER_DELAY_MS = 120
#: From this many memberships on, the register is read again off the GUI thread: reading
#: and preparing 100,000 takes two seconds, and a save must not freeze the window so long.
BACKGROUND_REFRESH_ROWS = 20_000


class MembersPage(Page):
    shows = (Data.MEMBERSHIPS, Data.CLUSTERS, Data.COMPANIES)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        permissions = context.services.permissions
        self._may_keep = permissions.allows(UseCase.MANAGE_MEMBERS)
        self._loader = Background(self)
        self._exporting = Background(self)
        self._reload_again = False
        self._selected_id: int | None = None
        self._pending: MembershipRecord | None = None  # saved, to choose once listed
        self._clusters: list[ClusterRecord] = []
        self._day = dt.date.today()

        outer = page_layout(self)
        self.add_button = QPushButton(icon("add"), self.tr("&Add membership…"), self)
        self.add_button.setToolTip(
            self.tr("Make an organisation, on record or new, a member of a cluster")
        )
        self.tier_button = QPushButton(icon("tier"), self.tr("Change &tier…"), self)
        self.tier_button.setToolTip(self.tr("Move the chosen membership to another tier"))
        self.leave_button = QPushButton(icon("leave"), self.tr("End &membership…"), self)
        self.leave_button.setToolTip(
            self.tr("End the chosen membership; it stays in the register as history")
        )
        self.clusters_button = QPushButton(icon("clusters"), self.tr("C&lusters…"), self)
        self.clusters_button.setToolTip(
            self.tr("The clusters, ours and our partners', and the tiers of their members")
        )
        self.export_button = QPushButton(icon("export"), self.tr("E&xport…"), self)
        self.export_button.setToolTip(
            self.tr("Save the members shown for a spreadsheet (the cluster and day chosen)")
        )
        # Member figures: the collection forms written and collected, the cluster's own.
        self.figures_button = QPushButton(icon("reports"), self.tr("Fi&gures"), self)
        self.figures_button.setObjectName("memberFigures")
        self.figures_button.setToolTip(
            self.tr("The members' figures: collection forms to send and to collect")
        )
        self.figures_menu = QMenu(self.figures_button)
        self.write_forms_action = self.figures_menu.addAction(
            icon("export"), self.tr("&Write collection forms…"), self.write_forms
        )
        self.collect_forms_action = self.figures_menu.addAction(
            icon("import"), self.tr("&Collect forms…"), self.collect_forms
        )
        self.figures_menu.addSeparator()
        self.figure_fields_action = self.figures_menu.addAction(
            self.tr("The cluster's &own figures…"), self.keep_figure_fields
        )
        self.figures_button.setMenu(self.figures_menu)
        for button in (self.add_button, self.tier_button, self.leave_button):
            offer(button, self._may_keep, UseCase.MANAGE_MEMBERS, hide=True)
        offer(self.export_button, permissions.allows(UseCase.EXPORT), UseCase.EXPORT, hide=True)
        offer(
            self.figures_button,
            permissions.allows(UseCase.MANAGE_FIGURES),
            UseCase.MANAGE_FIGURES,
            hide=True,
        )
        outer.addLayout(
            heading_row(
                self.tr("Members"),
                self,
                self.add_button,
                self.tier_button,
                self.leave_button,
                self.clusters_button,
                self.figures_button,
                self.export_button,
            )
        )

        # --- whose members, on which day: what the counts are of ---
        # Made in the order they are shown, which Tab follows.
        whose = QHBoxLayout()
        whose.setSpacing(6)
        self.cluster_combo = QComboBox(self)
        self.cluster_combo.setObjectName("memberCluster")
        self.cluster_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.on_check = QCheckBox(self.tr("Members &on:"), self)
        self.on_check.setChecked(True)
        self.on_check.setToolTip(
            self.tr("Untick to see every membership there has been, those that ended too")
        )
        self.on_edit = DateField(self, self._day)
        self.on_edit.setObjectName("memberDay")
        whose.addWidget(caption(self.tr("&Cluster:"), self.cluster_combo, self))
        whose.addWidget(self.cluster_combo)
        whose.addSpacing(16)
        whose.addWidget(self.on_check)
        whose.addWidget(self.on_edit)
        whose.addStretch(1)
        outer.addLayout(whose)

        # --- how many, of each kind ---
        self.counts_title = bold(QLabel(self), 1.1)
        self.counts_title.setObjectName("memberCounts")
        self.counts_title.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_title.setWordWrap(True)
        self.counts_kinds = muted_label("", self)
        self.counts_kinds.setObjectName("memberCountsByKind")
        self.counts_kinds.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.counts_title)
        outer.addWidget(self.counts_kinds)

        # --- narrowing the list: a kind, a tier, what is typed ---
        narrow = QHBoxLayout()
        narrow.setSpacing(6)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("memberKind")
        self.kind_combo.addItem(self.tr("Every kind"), None)
        for kind in OrganisationKind:
            self.kind_combo.addItem(in_words(kind), kind.value)
        self.tier_combo = QComboBox(self)
        self.tier_combo.setObjectName("memberTier")
        self.tier_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_edit = filter_field(
            self.tr("Filter (organisation, org. number, kind, cluster, tier)"), self, "memberFilter"
        )
        self.filter_edit.installEventFilter(self)
        self.count_label = muted_label("", self, wrap=False)
        narrow.addWidget(caption(self.tr("&Kind:"), self.kind_combo, self))
        narrow.addWidget(self.kind_combo)
        narrow.addSpacing(10)
        narrow.addWidget(caption(self.tr("Tie&r:"), self.tier_combo, self))
        narrow.addWidget(self.tier_combo)
        narrow.addSpacing(16)
        narrow.addWidget(self.filter_edit, 1)
        narrow.addSpacing(8)
        narrow.addWidget(self.count_label)
        outer.addLayout(narrow)

        # --- the register ---
        self.model = MemberTableModel(self)
        self.table = RecordTable(
            self.model,
            self,
            name="memberTable",
            stretch=(MemberTableModel.COL_ORGANISATION, MemberTableModel.COL_CLUSTER),
            sort_by=(MemberTableModel.COL_ORGANISATION, Qt.SortOrder.AscendingOrder),
            row_padding=12,
            menu=self._menu,
        )
        self.table.setTabKeyNavigation(False)
        self.table.opened.connect(self.open_organisation)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._current_changed())
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("memberEmpty")
        self.empty_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty_label.setAutoFillBackground(True)
        self.empty_label.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(40)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.linkActivated.connect(self._empty_link)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)
        outer.addWidget(self.list_stack, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_text)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.cluster_combo.currentIndexChanged.connect(self._cluster_changed)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._apply_choices())
        self.tier_combo.currentIndexChanged.connect(lambda _index: self._apply_choices())
        self.on_check.toggled.connect(self._on_toggled)
        self.on_edit.dateChanged.connect(self._day_changed)
        self.add_button.clicked.connect(self.add_membership)
        self.tier_button.clicked.connect(self.change_tier)
        self.leave_button.clicked.connect(self.end_membership)
        self.clusters_button.clicked.connect(self.keep_clusters)
        self.export_button.clicked.connect(self.export)
        self._fill_clusters()
        self._update()

    @property
    def title(self) -> str:
        return self.tr("Members")

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        self._fill_clusters()
        if self._loader.busy():
            self._reload_again = True
            return
        members = self.context.services.members
        size = self.model.all_count() or members.count_memberships()
        if size < BACKGROUND_REFRESH_ROWS:
            self._show_rows(MemberTableModel.prepare(members.list_memberships()))
            return
        self._loader.start(
            lambda progress, cancelled: MemberTableModel.prepare(members.list_memberships()),
            self._rows_loaded,
            self._rows_failed,
        )
        self._update()

    def is_loading(self) -> bool:
        """Whether the register is being read again in the background."""
        return self._loader.busy()

    def _rows_loaded(self, prepared: PreparedMembers) -> None:
        self._show_rows(prepared)
        if self._reload_again:
            self._reload_again = False
            self.refresh()

    def _rows_failed(self, error: Exception) -> None:
        self._update()
        log.warning("the member register could not be read: %s", error)
        QMessageBox.warning(self, self.tr("Members"), str(error))

    def _show_rows(self, prepared: PreparedMembers) -> None:
        self.model.set_rows(prepared)
        self._fill_tiers()
        self._update()
        self._choose_pending()

    def _fill_clusters(self) -> None:
        """The clusters to choose from (ours first), keeping the one chosen."""
        self._clusters = self.context.services.clusters.list_clusters()
        chosen = self.cluster_combo.currentData()
        self.cluster_combo.blockSignals(True)
        self.cluster_combo.clear()
        self.cluster_combo.addItem(self.tr("Every cluster"), None)
        for cluster in self._clusters:
            self.cluster_combo.addItem(cluster.name, cluster.id)
        index = self.cluster_combo.findData(chosen) if chosen is not None else -1
        if index < 0 and chosen is None and self.model.all_count() == 0:
            # First shown: our own cluster, when there is exactly one.
            ours = [c for c in self._clusters if c.ours]
            index = self.cluster_combo.findData(ours[0].id) if len(ours) == 1 else 0
        self.cluster_combo.setCurrentIndex(max(index, 0))
        self.cluster_combo.blockSignals(False)
        self._fill_tiers()

    def _fill_tiers(self) -> None:
        """The tiers of the cluster chosen, or every tier's name, keeping the one chosen."""
        chosen = self.tier_combo.currentData()
        cluster_id = self.cluster_combo.currentData()
        names: dict[str, str] = {}
        for cluster in self._clusters:
            if cluster_id is None or cluster.id == cluster_id:
                for tier in cluster.tiers:
                    names.setdefault(tier_key(tier.name), tier.name)
        self.tier_combo.blockSignals(True)
        self.tier_combo.clear()
        self.tier_combo.addItem(self.tr("Every tier"), "")
        for key, name in names.items():
            self.tier_combo.addItem(name, key)
        index = self.tier_combo.findData(chosen) if chosen else 0
        self.tier_combo.setCurrentIndex(max(index, 0))
        self.tier_combo.blockSignals(False)
        self._apply_choices()

    # --- the choices --------------------------------------------------------------------

    def chosen(self) -> MemberFilter:
        kind = self.kind_combo.currentData()
        return MemberFilter(
            cluster_id=self.cluster_combo.currentData(),
            kind=OrganisationKind(kind) if kind else None,
            tier=self.tier_combo.currentData() or "",
            on=self._day if self.on_check.isChecked() else None,
        )

    def choose(
        self,
        *,
        cluster_id: int | None = None,
        kind: OrganisationKind | None = None,
        on: dt.date | None = None,
    ) -> None:
        """Show the members of ``cluster_id`` (None: every cluster) of ``kind`` on ``on``
        (None: every membership ever)."""
        self.cluster_combo.setCurrentIndex(max(self.cluster_combo.findData(cluster_id), 0))
        self.kind_combo.setCurrentIndex(
            max(self.kind_combo.findData(kind.value if kind else None), 0)
        )
        self.on_check.setChecked(on is not None)
        if on is not None:
            self.on_edit.set_date(on)

    def _cluster_changed(self, _index: int) -> None:
        self._fill_tiers()

    def _on_toggled(self, checked: bool) -> None:
        self.on_edit.setEnabled(checked)
        self._apply_choices()

    def _day_changed(self, day: dt.date | None) -> None:
        if day is not None:  # a date half typed keeps the day shown until it is one
            self._day = day
            self._apply_choices()

    def _apply_choices(self) -> None:
        self.model.set_filter(self.chosen())
        self._update()

    def _apply_text(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter_text(self.filter_edit.text())
        self._update()

    # --- the selection ------------------------------------------------------------------

    def selected(self) -> MembershipRecord | None:
        return self.table.selected()

    def select_membership(self, membership_id: int) -> bool:
        if not self.table.select(membership_id):
            return False
        self._selected_id = membership_id
        return True

    def _remember_selection(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._selected_id = chosen.id

    def _after_reset(self) -> None:
        if self._selected_id is not None:
            self.table.select(self._selected_id)

    def _current_changed(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._selected_id = chosen.id
        self._update_buttons()

    # --- the actions --------------------------------------------------------------------

    def open_organisation(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.context.navigator.open_company(chosen.organisation_id)

    def add_membership(self) -> None:
        from accelerator.ui.dialogs.membership_dialogs import AddMembershipDialog

        if not self._may_keep:
            return  # not offered; a stray call changes nothing
        joined = AddMembershipDialog.ask(
            self, self.context, cluster_id=self.cluster_combo.currentData()
        )
        if joined is not None:
            self._show_saved(joined)

    def change_tier(self) -> None:
        from accelerator.ui.dialogs.membership_dialogs import ChangeTierDialog

        chosen = self.selected()
        if not self._may_keep or chosen is None or chosen.left_on is not None:
            return
        changed = ChangeTierDialog.ask(self, self.context, chosen)
        if changed is not None:
            self._show_saved(changed)

    def end_membership(self) -> None:
        from accelerator.ui.dialogs.membership_dialogs import LeaveDialog

        chosen = self.selected()
        if not self._may_keep or chosen is None or chosen.left_on is not None:
            return
        ended = LeaveDialog.ask(self, self.context, chosen)
        if ended is not None:
            self._show_saved(ended)

    def _show_saved(self, membership: MembershipRecord) -> None:
        """The membership just saved, chosen in the list (the choices widened if they hid
        it) as soon as the list holds it: at once, or once it is read again."""
        self._pending = membership
        if not self._loader.busy() and self.model.row_of(membership.id) is None:
            # The announcement of the write reached a page that was not shown.
            self._stale = False
            self.refresh()
        self._choose_pending()

    def _choose_pending(self) -> None:
        membership = self._pending
        if membership is None or self._loader.busy() or self._reload_again:
            return
        self._pending = None
        if self.model.row_of(membership.id) is None:
            self.filter_edit.clear()
            self._apply_text()
        if self.model.row_of(membership.id) is None and not self.chosen().admits(membership):
            self.choose(cluster_id=membership.cluster_id, on=None)
        self.select_membership(membership.id)
        self.table.setFocus()

    def keep_clusters(self) -> None:
        from accelerator.ui.dialogs.cluster_dialogs import ClustersDialog

        ClustersDialog.ask(self, self.context)
        self._fill_clusters()

    def write_forms(self) -> None:
        """Collection forms of a year's member figures, one per organisation."""
        from accelerator.ui.dialogs.write_forms_dialog import WriteFormsDialog

        WriteFormsDialog.ask(self, self.context)

    def collect_forms(self) -> None:
        """The forms the members returned, read back into the record."""
        from accelerator.ui.dialogs.collect_forms_wizard import CollectFormsWizard

        CollectFormsWizard.ask(self, self.context)

    def keep_figure_fields(self) -> None:
        from accelerator.ui.dialogs.figure_fields_dialog import FigureFieldsDialog

        FigureFieldsDialog.ask(self, self.context)

    def export(self) -> None:
        """The File menu's export, of the members as chosen here."""
        from accelerator.services.exporting import ExportFormat, ExportKind
        from accelerator.ui.dialogs.export_dialog import ExportDialog, ExportRequest
        from accelerator.ui.safety_actions import export_to_file

        chosen = self.chosen()
        request = ExportDialog.ask(
            self,
            self.context,
            ExportRequest(
                ExportKind.MEMBERS,
                ExportFormat.XLSX,
                cluster_id=chosen.cluster_id,
                on=chosen.on,
            ),
        )
        if request is None:
            return
        window = self.window()
        status = window.statusBar() if isinstance(window, QMainWindow) else None
        export_to_file(
            self,
            self.context,
            self._exporting,
            request,
            status,
        )

    def _menu(self) -> QMenu:
        menu = QMenu(self)
        chosen = self.selected()
        opened = QAction(icon("company"), self.tr("Open the organisation"), menu)
        opened.triggered.connect(self.open_organisation)
        opened.setEnabled(chosen is not None)
        menu.addAction(opened)
        if self._may_keep:
            open_one = chosen is not None and chosen.left_on is None
            for text, slot, name in (
                (self.tr("Change tier…"), self.change_tier, "tier"),
                (self.tr("End membership…"), self.end_membership, "leave"),
            ):
                action = QAction(icon(name), text, menu)
                action.triggered.connect(slot)
                action.setEnabled(open_one)
                menu.addAction(action)
        return menu

    # --- what the page says -------------------------------------------------------------

    def _update(self) -> None:
        self._show_counts()
        self._update_list()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        open_one = chosen is not None and chosen.left_on is None
        self.tier_button.setEnabled(open_one)
        self.leave_button.setEnabled(open_one)
        ended = self.tr("This membership has ended; it is kept as history.")
        for button in (self.tier_button, self.leave_button):
            button.setStatusTip(ended if chosen is not None and not open_one else "")

    def _show_counts(self) -> None:
        chosen = self.chosen()
        counts = count_members(self.model.all_rows(), chosen.cluster_id, chosen.on)
        total = sum(counts.values())
        cluster = self.cluster_combo.currentText() if chosen.cluster_id is not None else ""
        if self._loader.busy() and not self.model.all_count():
            self.counts_title.setText(self.tr("Reading the member register…"))
            self.counts_kinds.setText("")
            return
        if chosen.on is None:
            if cluster:
                title = self.tr("%n organisations have been members of {0}", "", total)
            else:
                title = self.tr("%n organisations have been members of a cluster", "", total)
            text = title.format(cluster)
        elif cluster:
            text = self.tr("%n members of {0} on {1}", "", total).format(
                cluster, format_date(chosen.on)
            )
        else:
            text = self.tr("%n members of a cluster on {0}", "", total).format(
                format_date(chosen.on)
            )
        self.counts_title.setText(text)
        self.counts_kinds.setText(self._kinds_text(counts))

    def _kinds_text(self, counts: Mapping[OrganisationKind, int]) -> str:
        """``12 companies · 2 research institutes · 1 investor``: the kinds there are."""
        words = {
            OrganisationKind.COMPANY: lambda n: self.tr("%n companies", "", n),
            OrganisationKind.RESEARCH_INSTITUTE: lambda n: self.tr("%n research institutes", "", n),
            OrganisationKind.UNIVERSITY: lambda n: self.tr("%n universities or colleges", "", n),
            OrganisationKind.PUBLIC_BODY: lambda n: self.tr("%n public bodies", "", n),
            OrganisationKind.INVESTOR: lambda n: self.tr("%n investors", "", n),
            OrganisationKind.OTHER: lambda n: self.tr("%n other organisations", "", n),
        }
        return "  ·  ".join(words[kind](n) for kind, n in counts.items() if n)

    def _update_list(self) -> None:
        shown = self.model.rowCount()
        chosen = self.model.chosen_count()
        if self._loader.busy() and not self.model.all_count():
            self.count_label.setText(self.tr("Reading the member register…"))
        elif self.model.filter_text():
            matching = self.tr("{0} of %n memberships match", "", chosen)
            self.count_label.setText(matching.format(shown))
        else:
            self.count_label.setText(self.tr("%n memberships", "", chosen))
        self.empty_label.setText(self._empty_text(shown, chosen))
        self.list_stack.setCurrentWidget(self.table if shown else self.empty_label)

    def _empty_text(self, shown: int, chosen: int) -> str:
        if shown:
            return ""
        if self._loader.busy() and not self.model.all_count():
            return html.escape(self.tr("Reading the member register…"))
        typed = self.filter_edit.text().strip()
        if typed and chosen:
            text = self.tr("No membership matches {0}.").format(html.escape(f"“{typed}”"))
            link = self.tr("Clear the filter")
            return f"{text}<br><br><a href='clear'>{html.escape(link)}</a>"
        if self.model.all_count():
            text = self.tr("No membership is as chosen: another cluster, kind, tier or day?")
            link = self.tr("Show every membership")
            return f"{html.escape(text)}<br><br><a href='all'>{html.escape(link)}</a>"
        if not self._may_keep:
            return html.escape(self.tr("No members yet. A coordinator keeps the register."))
        return self.tr(
            "No members yet. Add the first with <a href='add'>Add membership</a>; the "
            "clusters and their tiers are kept under <a href='clusters'>Clusters</a>."
        )

    def _empty_link(self, link: str) -> None:
        if link == "clear":
            self.filter_edit.clear()
            self._apply_text()
            self.filter_edit.setFocus()
        elif link == "all":
            self.filter_edit.clear()
            self._apply_text()
            self.choose(cluster_id=None, on=None)
            self.tier_combo.setCurrentIndex(0)
        elif link == "add":
            self.add_membership()
        elif link == "clusters":
            self.keep_clusters()

    # --- keys ---------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the filter box: Down moves into the list, Enter opens the selected (or the
        only) match's organisation, Escape clears the filter."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self._apply_text()
                self._focus_table()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._apply_text()
                if self.selected() is None and self.model.rowCount():
                    self.table.selectRow(0)
                self.open_organisation()
                return True
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                self._apply_text()
                return True
        return super().eventFilter(watched, event)

    def _focus_table(self) -> None:
        if not self.model.rowCount():
            return
        if self.selected() is None:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
