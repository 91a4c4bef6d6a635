"""Companies: every company in one list, filtered as you type and sorted on any column,
and the company page (profile, contacts, history across cohorts) one double-click away.

The list and the company page take turns filling the page: the list needs its nine
columns side by side, and the company page needs two columns of its own, which would
not both fit at 1280 pixels wide.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from accelerator.services.overview import CompanyRow
from accelerator.services.permissions import UseCase
from accelerator.ui.background import Background
from accelerator.ui.context import AppContext
from accelerator.ui.dialogs.company_dialog import CompanyDialog
from accelerator.ui.kit import (
    RecordTable,
    ask_to_save,
    filter_field,
    heading_row,
    muted_label,
    page_layout,
)
from accelerator.ui.kit.icons import icon
from accelerator.ui.models.company_table import CompanyTableModel, PreparedCompanies
from accelerator.ui.offers import offer
from accelerator.ui.operations import Data
from accelerator.ui.pages.base import Page
from accelerator.ui.widgets.company_profile import CompanyProfile

log = logging.getLogger(__name__)

#: How long typing may pause before the list is filtered.
FILTER_DELAY_MS = 120
#: From this many companies on, the list is read again off the GUI thread: reading
#: 100,000 rows takes seconds, and a save must not freeze the window that long.
BACKGROUND_REFRESH_ROWS = 20_000
#: Such a list shows its first companies by name at once, the rest when they are read.
FIRST_ROWS = 200


class CompaniesPage(Page):
    shows = (
        Data.COMPANIES,
        Data.ENROLMENTS,
        Data.MILESTONES,
        Data.ASSESSMENTS,
        Data.COHORTS,
        Data.PROGRAMMES,
        Data.USERS,
        Data.CLUSTERS,  # a cluster's name shows here
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._label = ""
        self._demo = Background(self)
        self._selected_id: int | None = None
        self._pending_select: int | None = None  # a new company, selected once it is listed
        self._loader = Background(self)
        self._reload_again = False
        # The list holds only its first screenful while the rest is read.
        self._partial = False
        self._widths: dict[bool, list[int]] = {}
        self._fitting = False
        self._user_sized = False
        self._viewport: QWidget | None = None
        may_edit = context.services.permissions.allows(UseCase.MANAGE_COMPANIES)

        outer = page_layout(self)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        # --- the list ---
        self.list_view = QWidget(self)
        layout = QVBoxLayout(self.list_view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.new_button = QPushButton(icon("add"), self.tr("New company"), self.list_view)
        self.new_button.setToolTip(self.tr("Add a company (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_company)
        offer(self.new_button, may_edit, UseCase.MANAGE_COMPANIES, hide=True)
        layout.addLayout(heading_row(self.tr("Companies"), self.list_view, self.new_button))

        filter_row = QHBoxLayout()
        self.filter_edit = filter_field(
            self.tr("Filter companies (name, org. number, sector, cohort)"),
            self.list_view,
            "companyFilter",
        )
        self.filter_edit.setFixedWidth(max(440, self.filter_edit.minimumWidth()))
        self.filter_edit.installEventFilter(self)
        filter_row.addWidget(self.filter_edit)
        self.count_label = muted_label("", self.list_view, wrap=False)
        filter_row.addSpacing(8)
        filter_row.addWidget(self.count_label)
        filter_row.addStretch(1)
        layout.addLayout(filter_row)

        self.banner = QFrame(self.list_view)
        self.banner.setObjectName("companyBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(12, 6, 6, 6)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        banner_layout.addWidget(self.banner_label, 1)
        self.show_all_button = QPushButton(self.tr("Show all"), self.banner)
        self.show_all_button.setToolTip(self.tr("Show every company again"))
        self.show_all_button.clicked.connect(lambda: self.show_only(None, ""))
        banner_layout.addWidget(self.show_all_button)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)

        self.model = CompanyTableModel(self)
        # Its columns share the width out themselves (``_fit_columns``).
        self.table = RecordTable(
            self.model,
            self.list_view,
            name="companyTable",
            resize=QHeaderView.ResizeMode.Interactive,
            sort_by=(CompanyTableModel.COL_NAME, Qt.SortOrder.AscendingOrder),
            row_padding=12,
        )
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._section_resized)
        self._viewport = self.table.viewport()
        self._viewport.installEventFilter(self)
        self.table.opened.connect(self._open_selected)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)

        self.empty_label = QLabel(self.list_view)
        self.empty_label.setObjectName("companyEmpty")
        # Drawn like the table it stands in for, so the page keeps its shape.
        self.empty_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty_label.setAutoFillBackground(True)
        self.empty_label.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(40)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.linkActivated.connect(self._empty_link)
        self.list_stack = QStackedWidget(self.list_view)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)
        layout.addWidget(self.list_stack, 1)
        self.stack.addWidget(self.list_view)

        # --- one company ---
        self.profile = CompanyProfile(context, self)
        self.profile.back_requested.connect(self.show_list)
        self.profile.gone.connect(self._company_gone)
        self.stack.addWidget(self.profile)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self._update_counts()

    @property
    def title(self) -> str:
        return self.tr("Companies")

    # --- what the window calls ----------------------------------------------------------

    def refresh(self) -> None:
        if self.stack.currentWidget() is self.profile:
            self.profile.refresh()
        overview = self.context.services.overview
        if self._loader.busy():
            self._reload_again = True
            return
        size = self.model.all_count() or self.context.services.companies.count_companies()
        if size < BACKGROUND_REFRESH_ROWS:
            self._show_rows(overview.company_rows())
            return
        shown = self.model.prepared() if self.model.all_count() and not self._partial else None
        if not self.model.all_count():
            # The first screenful at once (a few milliseconds), the rest behind it.
            self._show_rows(overview.company_rows(first=FIRST_ROWS))
            self._partial = True

        def read(_progress: object, _cancelled: object) -> PreparedCompanies:
            rows = (row for batch in overview.company_row_batches() for row in batch)
            return CompanyTableModel.prepare(rows, shown)

        self._loader.start(read, self._rows_loaded, self._rows_failed)
        self._update_counts()

    def is_loading(self) -> bool:
        """Whether the list is being read again in the background."""
        return self._loader.busy()

    def _rows_loaded(self, rows: PreparedCompanies) -> None:
        self._partial = False
        self._show_rows(rows)
        if self._reload_again:
            self._reload_again = False
            self.refresh()

    def _rows_failed(self, error: Exception) -> None:
        self._update_counts()
        log.warning("the company list could not be read: %s", error)
        QMessageBox.warning(self, self.tr("Companies"), str(error))

    def _show_rows(self, rows: list[CompanyRow] | PreparedCompanies) -> None:
        self.model.set_rows(rows)
        if self.model.all_count() and not self._user_sized:
            self._measure_columns()
            self._fit_columns()

    def new_company(self) -> None:
        """Ask for a new company; once created it is selected in the list."""
        if not self.context.services.permissions.allows(UseCase.MANAGE_COMPANIES):
            return  # not offered (offers.py); a stray call changes nothing
        if self.stack.currentWidget() is self.profile and not self._may_leave_company():
            return
        record = CompanyDialog.ask(self, self.context)
        if record is None:
            return
        self.stack.setCurrentWidget(self.list_view)
        # The new company is shown whatever was typed or asked for before.
        self.filter_edit.clear()
        self._apply_filter()
        self.show_only(None, "")
        self._pending_select = record.id
        if self.model.row_of(record.id) is None and not self._loader.busy():
            self._stale = False
            self.refresh()  # the announcement of the write reached a hidden page
        if self.select_company(record.id):
            self._pending_select = None
        self.table.setFocus()

    def focus_filter(self) -> None:
        """Find: the list, with the cursor in the filter box."""
        if self.stack.currentWidget() is self.profile and not self.show_list():
            return
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def open_company(self, company_id: int, enrolment_id: int | None = None) -> None:
        """Show the company page of ``company_id`` with ``enrolment_id`` selected in its
        history (default: its most recent enrolment)."""
        showing = self.stack.currentWidget() is self.profile
        if showing and self.profile.company_id == company_id:
            if enrolment_id is not None:
                self.profile.select_enrolment(enrolment_id)
            return
        if showing and not self._may_leave_company():
            return
        if self._stale:
            self._stale = False
            self.refresh()
        if not self.profile.set_company(company_id, enrolment_id):
            QMessageBox.information(
                self,
                self.tr("Company"),
                self.tr("This company no longer exists; it may have been removed."),
            )
            return
        self.select_company(company_id)
        self.stack.setCurrentWidget(self.profile)
        self.profile.form.name_edit.setFocus()

    def show_only(self, company_ids: set[int] | None, label: str) -> None:
        """Limit the list to ``company_ids`` (None: all), saying why in ``label``, e.g.
        ``at risk in Autumn 2026``."""
        if self.stack.currentWidget() is self.profile:
            self.show_list()
        self._label = label if company_ids is not None else ""
        self.model.set_only(company_ids)
        self._update_counts()

    def show_list(self) -> bool:
        """Back to the list from a company page (asking about unsaved edits first)."""
        if self.stack.currentWidget() is not self.profile:
            return True
        if not self._may_leave_company():
            return False
        self.stack.setCurrentWidget(self.list_view)
        if self.profile.company_id is not None:
            self.select_company(self.profile.company_id)
        self.table.setFocus()
        return True

    def select_company(self, company_id: int) -> bool:
        """Select ``company_id`` in the list and scroll to it; False if it is not shown."""
        if not self.table.select(company_id):
            return False
        self._selected_id = company_id
        return True

    def current_enrolment_id(self) -> int | None:
        """The enrolment shown on the company page, if a company is open."""
        if not self.profile.isVisible():
            return None
        return self.profile.enrolments.checklist.enrolment_id

    def selected_company_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self._company_id_at(index.row())

    def _company_id_at(self, row: int) -> int | None:
        company = self.model.record_at(row)
        return company.id if company is not None else None

    def showing_company(self) -> bool:
        """Whether the company page (rather than the list) fills the page."""
        return self.stack.currentWidget() is self.profile

    # --- unsaved edits ------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.profile.has_unsaved_changes()

    def save_changes(self) -> bool:
        return self.profile.save_changes()

    def discard_changes(self) -> None:
        self.profile.discard_changes()

    def _may_leave_company(self) -> bool:
        if not self.profile.has_unsaved_changes():
            return True
        record = self.profile.record
        name = record.name if record else self.tr("The company")
        return ask_to_save(
            self,
            self.tr("Unsaved changes"),
            self.tr("The profile of {0} has changes that are not saved. Save them?").format(name),
            self.profile.save_changes,
            self.profile.discard_changes,
        )

    # --- the list -----------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter_text(self.filter_edit.text())
        self._update_counts()

    def _remember_selection(self) -> None:
        # A company hidden by the filter stays remembered, and is selected again once the
        # filter shows it.
        selected = self.selected_company_id()
        if selected is not None:
            self._selected_id = selected

    def _after_reset(self) -> None:
        if self._pending_select is not None and self.select_company(self._pending_select):
            self._pending_select = None
        elif self._selected_id is not None:
            self.select_company(self._selected_id)
        self._update_counts()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selected_id = self._company_id_at(current.row())

    def _open_selected(self) -> None:
        company = self.table.selected()
        if company is not None:
            self.open_company(company.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Columns follow the table's width. In the filter box: Down moves into the
        list, Enter opens the selected (or the only) match, Escape clears the filter."""
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self._fit_columns()
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self._apply_filter()
                self._focus_table()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._apply_filter()
                if self.model.rowCount() == 1 or self.selected_company_id() is None:
                    first = self._company_id_at(0)
                    if first is not None:
                        self.open_company(first)
                else:
                    company_id = self.selected_company_id()
                    if company_id is not None:
                        self.open_company(company_id)
                return True
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                self._apply_filter()
                return True
        return super().eventFilter(watched, event)

    def _focus_table(self) -> None:
        first = self._company_id_at(0)
        if first is None:
            return
        if self.selected_company_id() is None:
            self.select_company(first)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_counts(self) -> None:
        shown = self.model.rowCount()
        total = self.model.total_count()
        if self._loader.busy() and (self._partial or not self.model.all_count()):
            text = self.tr("Loading companies…")
        elif self.model.filter_text():
            if total == 1:
                text = self.tr("{0} of 1 company matches").format(shown)
            else:
                text = self.tr("{0} of {1} companies match").format(shown, total)
        elif total == 1:
            text = self.tr("1 company")
        else:
            text = self.tr("{0} companies").format(total)
        self.count_label.setText(text)

        restricted = self.model.only() is not None
        self.banner.setVisible(restricted)
        if restricted:
            if total == 1:
                what = self.tr("Showing 1 company")
            else:
                what = self.tr("Showing {0} companies").format(total)
            self.banner_label.setText(f"{what}: {self._label}" if self._label else what)
            self._style_banner()

        if self._loader.busy() and not shown:
            self.empty_label.setText(html.escape(self.tr("Loading companies…")))
        else:
            self.empty_label.setText(self._empty_text(shown, total))
        self.list_stack.setCurrentWidget(self.table if shown else self.empty_label)

    def _empty_text(self, shown: int, total: int) -> str:
        if shown:
            return ""
        typed = self.filter_edit.text().strip()
        if typed and total:
            quoted = html.escape(f"“{typed}”")
            if self.model.only() is not None:
                text = self.tr("None of the companies shown matches {0}.").format(quoted)
            else:
                text = self.tr("No company matches {0}.").format(quoted)
            link = self.tr("Clear the filter")
            return f"{text}<br><br><a href='clear'>{html.escape(link)}</a>"
        if self.model.only() is not None:
            text = self.tr("There are no companies to show here.")
            link = self.tr("Show all companies")
            return f"{html.escape(text)}<br><br><a href='all'>{html.escape(link)}</a>"
        if not self.context.services.permissions.allows(UseCase.MANAGE_COMPANIES):
            return html.escape(self.tr("No companies yet. A coordinator adds them."))
        return self.tr(
            "No companies yet. Add one with <a href='new'>New company</a>, or "
            "<a href='demo'>load the demo programme</a>."
        )

    def _empty_link(self, link: str) -> None:
        if link == "new":
            self.new_company()
        elif link == "demo" and self.context.services.permissions.allows(UseCase.LOAD_DEMO):
            self._load_demo()
        elif link == "clear":
            self.filter_edit.clear()
            self._apply_filter()
            self.filter_edit.setFocus()
        elif link == "all":
            self.show_only(None, "")

    def _load_demo(self) -> None:
        """Load the demo programme off the GUI thread (a few hundred records)."""
        from accelerator.services.demo import load_demo

        if self._demo.busy():
            return
        services = self.context.services
        self.empty_label.setText(html.escape(self.tr("Loading the demo programme…")))
        # What it wrote is announced on the bus, which refreshes the list.
        self._demo.start(
            lambda progress, cancelled: load_demo(services),
            lambda _result: None,
            self._demo_failed,
            bus=self.context.bus,
        )

    def _demo_failed(self, error: Exception) -> None:
        self._update_counts()
        QMessageBox.warning(self, self.tr("Demo programme"), str(error))

    def _style_banner(self) -> None:
        palette = self.banner.palette()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        base = self.palette().color(QPalette.ColorRole.Base)
        # A light wash of the highlight colour over the base: reads on light and dark.
        mixed = base.toRgb()
        alpha = 0.16
        mixed.setRgbF(
            base.redF() * (1 - alpha) + highlight.redF() * alpha,
            base.greenF() * (1 - alpha) + highlight.greenF() * alpha,
            base.blueF() * (1 - alpha) + highlight.blueF() * alpha,
        )
        palette.setColor(QPalette.ColorRole.Window, mixed)
        self.banner.setPalette(palette)

    def _measure_columns(self) -> None:
        """How wide each column would like to be, from its header (on one line, and on
        two) and the first few hundred rows (measuring 100,000 would cost more than it
        tells)."""
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        padding = 18
        sample = min(self.model.rowCount(), 300)
        wide: list[int] = []
        compact: list[int] = []
        for column in range(self.model.columnCount()):
            content = 0
            for row in range(sample):
                text = self.model.data(self.model.index(row, column)) or ""
                content = max(content, metrics.horizontalAdvance(text) + padding)
            if column == CompanyTableModel.COL_GAP:
                content += 24  # the flag
            for titles, widths in ((False, wide), (True, compact)):
                title = self.model.header_text(column, compact=titles)
                lines = max(header_metrics.horizontalAdvance(t) for t in title.split("\n"))
                widths.append(min(max(content, lines + padding + 6), 420))
        self._widths = {False: wide, True: compact}

    #: What the text columns would like, and the least they get before the table scrolls.
    _PREFERRED = {
        CompanyTableModel.COL_NAME: 260,
        CompanyTableModel.COL_SECTOR: 200,
        CompanyTableModel.COL_CLUSTER: 220,
        CompanyTableModel.COL_COHORT: 150,
    }
    _MINIMUM = {
        CompanyTableModel.COL_NAME: 190,
        CompanyTableModel.COL_SECTOR: 120,
        CompanyTableModel.COL_CLUSTER: 110,
        CompanyTableModel.COL_COHORT: 100,
    }

    def _fit_columns(self) -> None:
        """Share the table's width out: numbers get what they need, the text columns
        give way (down to a readable minimum) or take what is left, the name first.
        Where the width is tight, the long headers of the number columns go on two
        lines. Once the user drags a column edge, their widths stay."""
        if self._user_sized or not self._widths:
            return
        available = self.table.viewport().width()
        if available <= 100:
            return
        wide = self._widths[False]
        needed = sum(
            max(self._MINIMUM[c] + 30, min(w, self._PREFERRED[c])) if c in self._MINIMUM else w
            for c, w in enumerate(wide)
        )
        compact = needed > available
        self.model.set_compact_headers(compact)
        full = self._widths[compact]
        widths = [min(w, self._PREFERRED.get(c, w)) for c, w in enumerate(full)]
        spare = available - sum(widths)
        if spare > 0:
            for column in self._PREFERRED:  # first let text columns show all they have
                grow = min(spare, max(0, full[column] - widths[column]))
                widths[column] += grow
                spare -= grow
            widths[CompanyTableModel.COL_NAME] += spare
        elif spare < 0:
            room = {c: max(0, widths[c] - m) for c, m in self._MINIMUM.items()}
            total_room = sum(room.values())
            if total_room:
                excess = min(-spare, total_room)
                for column, r in room.items():
                    widths[column] -= excess * r // total_room
                # What the rounding left over comes off the column with most room.
                left = sum(widths) - available
                if 0 < left <= total_room:
                    widest = max(room, key=lambda c: widths[c] - self._MINIMUM[c])
                    widths[widest] -= left
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self._user_sized = True

    def _company_gone(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
